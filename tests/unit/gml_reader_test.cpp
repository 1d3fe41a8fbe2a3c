// The GML reader (io/gml_reader.hpp): files written by networkx and igraph, the layouts of
// Newman's datasets, Cytoscape and Gephi, and every class of bad input with its position.
#include "io/gml_reader.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "io/graph_reader.hpp"
#include "reader_test_support.hpp"

namespace kgviz {
namespace {

const test::ReaderTester kReader(read_gml, "t.gml",
                                 std::string(KGVIZ_TEST_DATA_DIR) + "/data/gml/");
using test::string_value;
using test::with_limit;

std::string node_value(const KnowledgeGraph& g, std::string_view id, std::string_view name) {
  return string_value(g, g.node_attributes(), name, *g.find(id));
}

TEST(GmlReader, NetworkxKarate) {
  test::expect_networkx_karate(kReader.read_ok(kReader.file_source("networkx_karate.gml")));
}

TEST(GmlReader, NetworkxMultigraph) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("networkx_multidigraph.gml"));
  ASSERT_EQ(g.node_count(), 4u);
  ASSERT_EQ(g.edge_count(), 5u);  // parallel edges kept
  EXPECT_TRUE(g.directed());
  // Labels are unique: they are the ids, as networkx reads them back.
  const VertexId ny = *g.find("New York");
  const VertexId snow = *g.find(
      "\xC3\x9Cn\xC3\xAF"
      "code \xE2\x98\x83");  // &#220;n&#239;code &#9731;
  EXPECT_EQ(g.label(ny), "New York");
  EXPECT_EQ(g.type(ny), "location");
  EXPECT_EQ(node_value(g, "New York", "population"), "8336817");
  EXPECT_EQ(g.node_attributes().find("population")->type(), AttrType::Long);
  EXPECT_EQ(g.node_attributes().find("area")->type(), AttrType::Double);
  EXPECT_EQ(node_value(g, "New York", "capital"), "0");  // networkx writes booleans as 0 and 1
  // Repeated keys are lists; networkx's one-item list marker is dropped.
  EXPECT_EQ(g.node_attributes().find("tags")->type(), AttrType::StringList);
  EXPECT_EQ(node_value(g, "New York", "tags"), "city; port");
  EXPECT_EQ(node_value(g, "Salt Typhoon", "tags"), "apt");
  EXPECT_EQ(node_value(g, "New York", "pos"), "[1.5,-2.0]");
  EXPECT_EQ(string_value(g, g.node_attributes(), "info", snow), "{\"a\":1,\"b\":\"x\"}");
  EXPECT_EQ(g.node_attributes().find("id"), nullptr);
  EXPECT_EQ(g.node_attributes().find("label"), nullptr);
  // Edges in file order: networkx writes the self-loop first; NAN and +INF weights.
  EXPECT_EQ(g.source(0), ny);
  EXPECT_EQ(g.target(0), ny);
  EXPECT_TRUE(std::isnan(*g.edge_number(0, "weight")));
  EXPECT_TRUE(std::isinf(*g.edge_number(3, "weight")));
  EXPECT_EQ(g.edge_attributes().find("weight")->type(), AttrType::Double);
  EXPECT_EQ(g.relation(2), "located-at");
  EXPECT_EQ(string_value(g, g.edge_attributes(), "key", 3), "2");
  EXPECT_EQ(string_value(g, g.edge_attributes(), "confidence", 1), "reported");
  EXPECT_EQ(string_value(g, g.graph_attributes(), "title", 0), "multi & <test>");
  EXPECT_EQ(string_value(g, g.graph_attributes(), "year", 0), "2024");
  EXPECT_EQ(g.graph_attributes().find("multigraph"), nullptr);
  EXPECT_EQ(g.graph_attributes().find("directed"), nullptr);
}

TEST(GmlReader, IgraphNamesAreIdsAndLabels) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("igraph_small.gml"));
  ASSERT_EQ(g.node_count(), 4u);
  ASSERT_EQ(g.edge_count(), 5u);
  EXPECT_TRUE(g.directed());
  EXPECT_EQ(g.id(0), "alpha");
  EXPECT_EQ(g.label(0), "alpha");
  EXPECT_EQ(g.node_attributes().find("name"), nullptr);  // it is the label
  EXPECT_EQ(node_value(g, "gamma", "kind"), "a");
  EXPECT_EQ(g.node_attributes().find("rank")->type(), AttrType::Long);
  // igraph writes -3 for -3.0: the column is still a double one.
  EXPECT_EQ(g.node_attributes().find("score")->type(), AttrType::Double);
  EXPECT_EQ(g.node_attributes().find("score")->number(*g.find("delta")), 1e-300);
  EXPECT_EQ(g.edge_number(1, "weight"), 2.5);
  EXPECT_EQ(g.edge_attributes().find("weight")->type(), AttrType::Double);
  EXPECT_EQ(g.id(g.source(4)), "delta");  // the self-loop
  EXPECT_EQ(g.id(g.target(4)), "delta");
  EXPECT_EQ(string_value(g, g.graph_attributes(), "title", 0), "igraph test");
  EXPECT_EQ(g.graph_attributes().find("Creator"), nullptr);  // top-level pairs are not the graph's
}

TEST(GmlReader, NewmanDatasetLayout) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("newman_style.gml"));
  EXPECT_FALSE(g.directed());  // no `directed`: undirected, as GML defines
  ASSERT_EQ(g.node_count(), 4u);
  EXPECT_EQ(g.id(1), "Napoleon");
  EXPECT_EQ(node_value(g, "Cosette", "value"), "5");
  ASSERT_EQ(g.edge_count(), 3u);
  EXPECT_EQ(g.id(g.source(0)), "Napoleon");
  EXPECT_EQ(g.id(g.target(0)), "Myriel");
  EXPECT_EQ(string_value(g, g.edge_attributes(), "value", 1), "8");
}

TEST(GmlReader, CytoscapeGraphicsGivePositionsOnly) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("cytoscape_style.gml"));
  EXPECT_TRUE(g.directed());
  ASSERT_EQ(g.node_count(), 3u);
  EXPECT_EQ(g.id(0), "YKR026C");
  EXPECT_EQ(node_value(g, "YKR026C", "x"), "-48");
  EXPECT_EQ(node_value(g, "YGL122C", "y"), "-7");
  EXPECT_EQ(node_value(g, "YOL123W", "x"), "<absent>");
  EXPECT_EQ(g.node_attributes().find("x")->type(), AttrType::Double);
  EXPECT_EQ(node_value(g, "YOL123W", "root_index"), "-1");
  for (const char* drawing : {"graphics", "fill", "w", "type"}) {
    EXPECT_EQ(g.node_attributes().find(drawing), nullptr) << drawing;
  }
  ASSERT_EQ(g.edge_count(), 2u);
  EXPECT_EQ(g.id(g.source(0)), "YKR026C");  // source -3 -> target -2, listed target first
  EXPECT_EQ(g.id(g.target(0)), "YGL122C");
  EXPECT_EQ(g.edge_label(0), "pp");
  EXPECT_EQ(g.edge_attributes().find("graphics"), nullptr);
  EXPECT_EQ(g.edge_attributes().find("LabelGraphics"), nullptr);
}

TEST(GmlReader, RepeatedLabelsLeaveTheGmlIds) {
  // Gephi: two nodes labelled "Paris", so the ids are the GML ids.
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("gephi_style.gml"));
  ASSERT_EQ(g.node_count(), 3u);
  EXPECT_EQ(g.id(0), "1");
  EXPECT_EQ(g.label(0), "Paris");
  EXPECT_EQ(g.label(2), "Paris");
  EXPECT_EQ(node_value(g, "2", "x"), "12.5");
  EXPECT_EQ(node_value(g, "1", "population"), "2161000");
  EXPECT_EQ(g.node_attributes().find("z"), nullptr);
  EXPECT_EQ(g.id(g.source(1)), "3");
  EXPECT_EQ(string_value(g, g.edge_attributes(), "value", 1), "2");
  EXPECT_EQ(string_value(g, g.edge_attributes(), "id", 1), "6");
}

TEST(GmlReader, CommentsBomEdgesBeforeNodesAndUndirectedOption) {
  ReadOptions options;
  options.undirected = true;
  const KnowledgeGraph g =
      kReader.read_ok(kReader.source_of("\xEF\xBB\xBF# a comment\r\n"
                                        "graph [ # another\r\n"
                                        "  directed 1\r\n"
                                        "  edge [ source \"b\" target 1 weight 3 ]\r\n"
                                        "  node [ id 1 label 1.5 type \"t\" ] node [ id \"b\" ]\r\n"
                                        "  comment \"spans\n two lines\"\r\n"
                                        "]\r\n"),
                      options);
  EXPECT_FALSE(g.directed());
  ASSERT_EQ(g.node_count(), 2u);
  EXPECT_EQ(g.id(0), "1");  // the second node has no label: GML ids
  EXPECT_EQ(g.label(0), "1.5");
  EXPECT_EQ(g.type(0), "t");
  EXPECT_EQ(g.label(1), "b");
  ASSERT_EQ(g.edge_count(), 1u);
  EXPECT_EQ(g.source(0), 1u);
  EXPECT_EQ(g.edge_number(0, "weight"), 3.0);
  EXPECT_EQ(string_value(g, g.graph_attributes(), "comment", 0), "spans\n two lines");
}

TEST(GmlReader, NumbersBeyondDoubleAreWhatPythonsFloatReads) {
  // The one real grammar (model/value_typing): too large is infinity, too small is zero, as
  // networkx's float() reads them; an integer beyond 64 bits becomes a real.
  const KnowledgeGraph g = kReader.read_ok(kReader.source_of(
      "graph [ node [ id 1 ] node [ id 2 ]\n"
      "  edge [ source 1 target 2 big 1e400 small -1e-400 huge 123456789012345678901234 ]\n"
      "  edge [ source 2 target 1 big -1.5E+999 small 0.0000001e-320 huge +5 ] ]\n"));
  EXPECT_EQ(g.edge_number(0, "big"), HUGE_VAL);
  EXPECT_EQ(g.edge_number(0, "small"), 0.0);
  EXPECT_TRUE(std::signbit(*g.edge_number(0, "small")));
  EXPECT_DOUBLE_EQ(*g.edge_number(0, "huge"), 1.23456789012345678901234e23);
  EXPECT_EQ(g.edge_number(1, "big"), -HUGE_VAL);
  EXPECT_EQ(g.edge_number(1, "small"), 0.0);
  EXPECT_EQ(g.edge_number(1, "huge"), 5.0);
}

// ---- bad input

TEST(GmlReader, EveryClassOfBadInputIsPositioned) {
  const std::string nodes = "graph [\n node [ id 1 ]\n node [ id 2 ]\n node [ id 3 ]\n]";
  const std::vector<test::BadInputCase> inputs{
      {"bad character", "graph [\n  node [ id 1 ] ;\n]", 2, 17, "unexpected character ';'"},
      {"key without value", "graph [\n  node [ id ]\n]", 2, 10, "key 'id' has no value"},
      {"value without key", "graph [ node [ 1 ] ]", 1, 16, "expected a key, found a value"},
      {"unterminated string", "graph [\n  node [ id 1 label \"x ]\n]\n", 2, 21,
       "unterminated string"},
      {"unterminated list", "graph [\n  node [ id 1 ]\n", 1, 7, "unterminated list"},
      {"truncated file", "graph [\n  node [ id 1 ]\n  edge [ source 1 targ", 3, 19, "has no value"},
      {"unmatched bracket", "graph [ node [ id 1 ] ] ]", 1, 25, "']' without a '['"},
      {"no graph", "Creator \"x\"\nVersion 1\n", 1, 1, "no 'graph [ ... ]'"},
      {"graph not a list", "graph 1", 1, 1, "'graph' must be a list"},
      {"second graph", "graph [ node [ id 1 ] ]\ngraph [ ]", 2, 1, "a second graph"},
      {"node without id", "graph [\n  node [ label \"a\" ]\n]", 2, 3, "node without an id"},
      {"list id", "graph [ node [ id [ x 1 ] ] ]", 1, 19, "must be a number or a string"},
      {"duplicate id", "graph [\n node [ id 1 ]\n node [ id 1 ]\n]", 3, 12,
       "duplicate node id '1'"},
      {"undeclared target", "graph [\n node [ id 1 ]\n edge [ source 1 target 7 ]\n]", 3, 25,
       "edge target '7' is not the id of a node"},
      {"edge without source", "graph [\n node [ id 1 ]\n edge [ target 1 ]\n]", 3, 2,
       "edge without a source"},
      {"node not a list", "graph [ node 1 ]", 1, 14, "node must be a list"},
      {"directed 2", "graph [ directed 2 node [ id 1 ] ]", 1, 18, "directed must be 0 or 1"},
      {"no nodes", "graph [\n  directed 1\n]", 1, 1, "the graph has no nodes"},
      {"invalid UTF-8", "graph [ node [ id 1 label \"\xFF\" ] ]", 1, 28, "invalid UTF-8"},
      {"nesting", "graph [ node [ id 1 a [ b [ c 1 ] ] ] ]", 1, 27, "nested deeper than 3",
       with_limit(&ReadLimits::max_depth, 3)},
      {"string length", "graph [ node [ id 1 label \"abcdefghijk\" ] ]", 1, 27, "longer than 10",
       with_limit(&ReadLimits::max_string_length, 10)},
      {"nodes", nodes, 4, 2, "more than 2 nodes", with_limit(&ReadLimits::max_nodes, 2)},
      {"edges", "graph [ node [ id 1 ] edge [ source 1 target 1 ] edge [ source 1 target 1 ] ]", 1,
       50, "more than 1 edges", with_limit(&ReadLimits::max_edges, 1)},
  };
  test::expect_each_reported(kReader, inputs);
}

TEST(GmlReader, EveryEdgeErrorIsCollected) {
  std::string text = "graph [\nnode [ id 1 ]\n";
  for (int i = 0; i < 5; ++i) text += "edge [ source 1 target " + std::to_string(10 + i) + " ]\n";
  text += "]\n";
  kReader.expect_every_error_collected(text, 5, 3);
}

TEST(GmlReader, NestingBombStopsAtTheDepthLimit) {
  // A million nested lists: refused at the 101st, without recursion.
  std::string text = "graph [ node [ id 1 ";
  for (int i = 0; i < 1000000; ++i) text += "a [ ";
  EXPECT_TRUE(kReader.one_error(text, 1, 21 + 4 * 98 + 2, "nested deeper than 100"));
}

TEST(GmlReader, ExtensionAndFromName) {
  InputSource source;
  source.path = "k.GML";
  EXPECT_EQ(detect_format(source, InputFormat::Auto), InputFormat::Gml);
  source.path = "k.gml.gz";
  EXPECT_EQ(detect_format(source, InputFormat::Auto), InputFormat::Gml);
  EXPECT_EQ(input_format_named("gml"), InputFormat::Gml);
}

}  // namespace
}  // namespace kgviz
