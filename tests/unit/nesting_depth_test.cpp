// Nesting depth (issue 11, point 5): no reader recurses without bound. JSON is parsed, walked,
// printed and freed without recursion, so any depth up to kMaxNestingDepth reads and a deeper one
// is a positioned error whatever --max-depth says; YAML stops, positioned, before yaml-cpp's own
// guard (which only said "bad file"); --max-depth itself is 1..kMaxNestingDepth on the command
// line.
#include <gtest/gtest.h>

#include <string>

#include "cli_run_support.hpp"
#include "io/json_reader.hpp"
#include "io/read_options.hpp"
#include "io/yaml_reader.hpp"
#include "json_input_support.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

std::string nested_arrays(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

/// A node-link graph whose one node has attribute `x`, an array nested `depth` deep (so the whole
/// document is depth + 3 deep: the root, `nodes` and the node object).
std::string node_link_with_deep_attribute(std::size_t depth) {
  return "{\"nodes\": [{\"id\": \"a\", \"x\": " + nested_arrays(depth) + "}], \"links\": []}";
}

ReadOptions with_max_depth(std::size_t depth) {
  ReadOptions options;
  options.limits.max_depth = depth;
  return options;
}

TEST(JsonNestingTest, DepthUpToTheHardCapReadsAndPrintsWithoutRecursion) {
  // 9,990 + 3 levels: under the cap. The attribute is kept as its compact JSON text, which is
  // printed (and the tree freed) without recursion.
  const std::size_t depth = kMaxNestingDepth - 10;
  const KnowledgeGraph g = test::read_json_ok(node_link_with_deep_attribute(depth), "deep.json",
                                              with_max_depth(kMaxNestingDepth));
  ASSERT_EQ(g.node_count(), 1u);
  const AttributeColumn* x = g.node_attributes().find("x");
  ASSERT_NE(x, nullptr);
  EXPECT_EQ(attribute_text(*x, 0, g.strings()), nested_arrays(depth));
}

TEST(JsonNestingTest, DeeperThanTheHardCapIsAnErrorWhateverTheLimitSays) {
  // 80,000 levels crashed kgviz once --max-depth was raised (issue 11); a limit above the hard cap
  // (as a library caller could set) still stops at the cap, at the bracket that goes too deep.
  const std::string deep = node_link_with_deep_attribute(80'000);
  for (std::size_t limit : {kMaxNestingDepth, kMaxNestingDepth + 1, std::size_t(-1)}) {
    // The first bracket of `x` is at column 29 and opens level 4.
    EXPECT_TRUE(test::first_error_at(deep, "deep.json", 1, 29 + kMaxNestingDepth - 3,
                                     "nested deeper than 10000 levels (kgviz reads at most 10000",
                                     with_max_depth(limit)))
        << limit;
  }
  // Under the cap, the message says how to raise the limit and how far.
  EXPECT_TRUE(test::first_error_at(deep, "deep.json", 1, 29 + 100 - 3,
                                   "(raise the limit with --max-depth, up to 10000)",
                                   with_max_depth(100)));
}

InputSource yaml_source(std::string text) {
  InputSource source;
  source.display_name = source.path = source.basename = "deep.yaml";
  source.content = std::move(text);
  return source;
}

std::vector<Diagnostic> yaml_errors(const std::string& text, std::size_t max_depth) {
  try {
    read_yaml(yaml_source(text), with_max_depth(max_depth));
  } catch (const InputError& e) {
    return e.diagnostics();
  }
  ADD_FAILURE() << "no error";
  return {};
}

/// YAML nested `depth` levels in four spellings: flow sequences, flow maps, and (unless
/// `flow_only`, as their indentation grows with the square of the depth) block maps, block
/// sequences.
std::vector<std::string> yaml_nestings(std::size_t depth, bool flow_only = false) {
  std::string flow_sequences = "a: " + nested_arrays(depth - 1) + "\n";
  std::string flow_maps;
  for (std::size_t i = 0; i < depth; ++i) flow_maps += "{a: ";
  flow_maps += "1" + std::string(depth, '}') + "\n";
  if (flow_only) return {flow_sequences, flow_maps};
  std::string block_maps;
  std::string block_sequences;
  for (std::size_t i = 0; i < depth; ++i) {
    block_maps += std::string(2 * i, ' ') + "k:\n";
    block_sequences += std::string(2 * i, ' ') + "-\n";
  }
  block_maps += std::string(2 * depth, ' ') + "v\n";
  block_sequences += std::string(2 * depth, ' ') + "v\n";
  return {flow_sequences, flow_maps, block_maps, block_sequences};
}

TEST(YamlNestingTest, DeepestReadableYamlParsesAndOneMoreIsAPositionedError) {
  for (const std::string& text : yaml_nestings(kYamlMaxDepth)) {
    // Parsed to the end: the errors are the schema's (not a mapping, unknown keys).
    for (const auto& d : yaml_errors(text, kMaxNestingDepth)) {
      EXPECT_EQ(d.message.find("nesting"), std::string::npos) << d.format();
      EXPECT_EQ(d.message.find("bad file"), std::string::npos) << d.format();
    }
  }
  for (const std::string& text : yaml_nestings(kYamlMaxDepth + 1)) {
    const auto found = yaml_errors(text, kMaxNestingDepth);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_GT(found[0].column, 1u) << found[0].format();
    EXPECT_NE(found[0].message.find("nesting deeper than 480 levels: kgviz reads YAML up to 480"),
              std::string::npos)
        << found[0].format();
  }
}

TEST(YamlNestingTest, NoDepthCrashesOrSaysBadFile) {
  // 500+ levels once said only "bad file"; 100,000 must not exhaust the stack.
  for (std::size_t depth : {499u, 500u, 501u, 2000u, 100'000u}) {
    for (const std::string& text : yaml_nestings(depth, depth > 2000)) {
      const auto found = yaml_errors(text, kMaxNestingDepth);
      ASSERT_EQ(found.size(), 1u);
      EXPECT_NE(found[0].message.find("kgviz reads YAML up to 480 levels"), std::string::npos)
          << found[0].format();
    }
  }
  // A lower --max-depth names the option.
  const auto found = yaml_errors(yaml_nestings(50)[0], 20);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(
      found[0].message.find("nesting deeper than 20 levels (raise the limit with --max-depth"),
      std::string::npos)
      << found[0].format();
}

class NestingCliTest : public test::CliFixture {
 protected:
  NestingCliTest() : CliFixture("kgviz-nesting-") {}
};

TEST_F(NestingCliTest, MaxDepthOutsideItsRangeIsAUsageError) {
  write("deep.json", node_link_with_deep_attribute(80'000));
  for (const char* value : {"-1", "0", "10001", "18446744073709551615", "99999999999999999999"}) {
    const auto run = kgviz(std::string("validate --max-depth ") + value + " deep.json");
    EXPECT_EQ(run.status, 2) << value << "\n" << run.err;
    EXPECT_NE(run.err.find("--max-depth"), std::string::npos) << run.err;
  }
  const auto help = kgviz("validate --help");
  EXPECT_NE(help.out.find("1 to 10000"), std::string::npos) << help.out;
}

TEST_F(NestingCliTest, DeepInputsFailCleanlyAtTheHighestLimit) {
  write("deep.json", node_link_with_deep_attribute(80'000));
  auto run = kgviz("export --max-depth 10000 deep.json -o out.graphml");
  EXPECT_EQ(run.status, 1) << run.err;
  EXPECT_NE(run.err.find("deep.json:1:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("kgviz reads at most 10000 levels"), std::string::npos) << run.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out.graphml"));

  write("deep.yaml", yaml_nestings(600)[0]);
  run = kgviz("validate --max-depth 10000 deep.yaml");
  EXPECT_EQ(run.status, 1) << run.err;
  EXPECT_NE(run.err.find("deep.yaml:1:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("kgviz reads YAML up to 480 levels"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace kgviz
