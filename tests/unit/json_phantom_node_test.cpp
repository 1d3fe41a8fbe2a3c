// The phantom-node rule of issue 13 for the JSON graph formats: an edge whose end names no declared
// node is an error at that end, in every spelling (node-link `links` or `edges`, Cytoscape.js
// grouped or flat elements); kgviz never makes a node up for it (a typo must not become an entity).
#include <gtest/gtest.h>

#include <string>

#include "json_input_support.hpp"

namespace kgviz {
namespace {

/// Column (1-based) of `needle` in the last line of `text` where it occurs.
std::size_t column_of(const std::string& text, const std::string& needle) {
  const std::size_t at = text.rfind(needle);
  return at - text.rfind('\n', at);
}

TEST(JsonPhantomNodeTest, EdgesToUndeclaredNodesAreErrorsAtTheirEnd) {
  const std::string node_link_links =
      "{\"nodes\": [{\"id\": \"a\"}],\n \"links\": [{\"source\": \"a\", \"target\": \"typo\"}]}";
  EXPECT_TRUE(test::first_error_at(node_link_links, "g.json", 2,
                                   column_of(node_link_links, "\"typo\""),
                                   "edge target 'typo' is not a node (no node has this id)", {}));
  const std::string node_link_edges =
      "{\"nodes\": [{\"id\": 1}],\n \"edges\": [{\"source\": 2, \"target\": 1}]}";
  EXPECT_TRUE(test::first_error_at(node_link_edges, "g.json", 2, column_of(node_link_edges, "2,"),
                                   "edge source '2' is not a node", {}));
  const std::string cytoscape_grouped =
      "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}}],\n \"edges\": [{\"data\": "
      "{\"source\": \"a\", \"target\": \"b\"}}]}}";
  EXPECT_TRUE(test::first_error_at(cytoscape_grouped, "g.json", 2,
                                   column_of(cytoscape_grouped, "\"b\""),
                                   "edge target 'b' is not a node", {}));
  const std::string cytoscape_flat =
      "[{\"data\": {\"id\": \"a\"}},\n {\"data\": {\"source\": \"x\", \"target\": \"a\"}}]";
  EXPECT_TRUE(test::first_error_at(cytoscape_flat, "g.json", 2, column_of(cytoscape_flat, "\"x\""),
                                   "edge source 'x' is not a node", {}));
}

TEST(JsonPhantomNodeTest, EveryBadEndIsReportedAndNoneBecomesANode) {
  std::string text = "{\"nodes\": [{\"id\": \"a\"}], \"links\": [\n";
  for (int i = 0; i < 5; ++i) {
    text += std::string(i ? ",\n" : "") + "{\"source\": \"a\", \"target\": \"n" +
            std::to_string(i) + "\"}";
  }
  text += "]}";
  const auto errors = test::read_json_errors(text, "g.json", {});
  ASSERT_EQ(errors.size(), 5u);
  for (std::size_t i = 0; i < errors.size(); ++i) {
    EXPECT_EQ(errors[i].line, i + 2) << errors[i].format();
    EXPECT_NE(errors[i].message.find("'n" + std::to_string(i) + "' is not a node"),
              std::string::npos);
  }
}

}  // namespace
}  // namespace kgviz
