// Numeric option values out of range are usage errors (issue 11, point 15): exit 2 with the range
// in words and the `kgviz: error:` prefix, as every command-line parse error; --help and
// --version keep their output and exit 0.
#include <gtest/gtest.h>

#include <string>

#include "cli_run_support.hpp"

namespace kgviz {
namespace {

class NumericOptions : public test::CliFixture {
 protected:
  NumericOptions() : CliFixture("kgviz-options-") {}

  /// Runs `args`, expecting exit 2 and an error line holding `message` and the --help hint.
  void expect_usage_error(const std::string& args, const std::string& message) {
    const auto run = kgviz(args);
    EXPECT_EQ(run.status, 2) << args << "\n" << run.err;
    EXPECT_EQ(run.err.rfind("kgviz: error: ", 0), 0u) << args << "\n" << run.err;
    EXPECT_NE(run.err.find(message), std::string::npos) << args << "\n" << run.err;
    EXPECT_NE(run.err.find("--help' for more information"), std::string::npos) << run.err;
    EXPECT_TRUE(run.out.empty()) << args;
  }
};

constexpr const char* kUint64 = "from 0 to 18446744073709551615";

TEST_F(NumericOptions, OutOfRangeValuesAreUsageErrors) {
  expect_usage_error(
      "analyze --max-input-size -1",
      "--max-input-size must be an integer from 1 to 18446744073709551615 (got '-1')");
  expect_usage_error("analyze --max-input-size 0", "--max-input-size must be an integer from 1 to");
  expect_usage_error("validate --max-depth -1", "--max-depth must be an integer from 1 to");
  expect_usage_error("analyze --seed -5", std::string("--seed must be an integer ") + kUint64);
  expect_usage_error("analyze --seed 18446744073709551616",
                     std::string("--seed must be an integer ") + kUint64);
  expect_usage_error("analyze --top -1", std::string("--top must be an integer ") + kUint64);
  expect_usage_error("analyze --max-nodes 99999999999999999999999",
                     "--max-nodes must be an integer from 1 to");
  expect_usage_error("analyze --resolution nan", "--resolution must be a number > 0 (got 'nan')");
  expect_usage_error("analyze --resolution inf", "--resolution must be a number > 0");
  expect_usage_error("analyze --resolution 0", "--resolution must be a number > 0");
  expect_usage_error("analyze --resolution -1.5", "--resolution must be a number > 0");
  expect_usage_error("analyze --resolution 1e999", "--resolution must be a number > 0");
  expect_usage_error("analyze --focus fbi --depth -1",
                     std::string("--depth must be an integer ") + kUint64);
  expect_usage_error("analyze --threads -1", "--threads must be an integer from 0 to 4294967295");
  expect_usage_error("export -o x.graphml --samples -1",
                     std::string("--samples must be an integer ") + kUint64);
  expect_usage_error("validate --max-errors 0", "--max-errors must be an integer from 1 to");
  expect_usage_error("validate --max-edges ' 5'", "--max-edges must be an integer");
  expect_usage_error("validate --max-string-length 5x",
                     "--max-string-length must be an integer from 1 to");
  expect_usage_error("path a b --max-alias-expansion +3",
                     "--max-alias-expansion must be an integer");
}

TEST_F(NumericOptions, ValuesInRangeAreAccepted) {
  EXPECT_EQ(kgviz("analyze --seed 18446744073709551615 --resolution 0.5 --threads 1 --top 3 "
                  "--max-errors 1 --max-input-size 100000000 --format csv")
                .status,
            0);
  EXPECT_EQ(kgviz("analyze --focus salt-typhoon --depth 0 --resolution 2e-1 --format csv").status,
            0);
  const auto run = kgviz("analyze --seed 18446744073709551615 --format json");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("\"seed\": 18446744073709551615"), std::string::npos);
}

TEST_F(NumericOptions, EveryParseErrorHasThePrefixAndHint) {
  expect_usage_error("", "A subcommand is required");
  expect_usage_error("frobnicate",
                     "unknown command 'frobnicate' (commands: validate, analyze, export, path)");
  expect_usage_error("analyze --no-such-option", "--no-such-option");
  expect_usage_error("analyze --format xml", "--format");
  expect_usage_error("analyze --seed", "--seed");
  const auto run = kgviz("analyze --no-such-option");
  EXPECT_NE(run.err.find("Run 'kgviz analyze --help' for more information."), std::string::npos)
      << run.err;
}

TEST_F(NumericOptions, HelpAndVersionExitZeroOnStandardOutput) {
  const auto help = kgviz("analyze --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("--seed N"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("--resolution X"), std::string::npos) << help.out;
  EXPECT_TRUE(help.err.empty());
  const auto version = kgviz("--version");
  EXPECT_EQ(version.status, 0);
  EXPECT_EQ(version.out.rfind("kgviz ", 0), 0u);
}

}  // namespace
}  // namespace kgviz
