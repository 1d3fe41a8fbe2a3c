// Runs the kgviz binary (KGVIZ_BINARY) as a user types it, in a scratch folder per test: the one
// fixture for end-to-end tests, so each of them runs the binary the same way.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace kgviz::test {

struct CliOutcome {
  int status = -1;  ///< exit status; -1 when kgviz did not exit normally (a crash)
  std::string out;
  std::string err;
};

inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

/// A fixture with an empty scratch folder `dir_` named after `prefix`, the test and the test
/// process, removed after: two test runs at once (two checkouts, or ctest -j) never share one.
class CliFixture : public ::testing::Test {
 protected:
  explicit CliFixture(std::string prefix) : prefix_(std::move(prefix)) {}

  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           (prefix_ + ::testing::UnitTest::GetInstance()->current_test_info()->name() + "-" +
            std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  /// Runs `ENV kgviz ARGS` in the scratch folder (the shell does the quoting: pass ready-quoted
  /// args; ENV is e.g. "LC_ALL=C.UTF-8").
  CliOutcome kgviz(const std::string& args, const std::string& stdin_text = "",
                   const std::string& env = "") {
    std::ofstream(dir_ / "stdin.txt", std::ios::binary) << stdin_text;
    const std::string command = "cd '" + dir_.string() + "' && " + env + " '" + KGVIZ_BINARY +
                                "' " + args + " < stdin.txt > stdout.txt 2> stderr.txt";
    const int raw = std::system(command.c_str());
    CliOutcome run;
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.out = slurp(dir_ / "stdout.txt");
    run.err = slurp(dir_ / "stderr.txt");
    return run;
  }

  void write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  [[nodiscard]] std::string read(const std::string& name) const { return slurp(dir_ / name); }

  std::filesystem::path dir_;

 private:
  std::string prefix_;
};

}  // namespace kgviz::test
