// The Pajek reader (io/pajek_reader.hpp): files written by networkx and igraph, every section kind
// of the Pajek manual, mixed arcs and edges, and every class of bad input with its position.
#include "io/pajek_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/graph_reader.hpp"
#include "reader_test_support.hpp"

namespace kgviz {
namespace {

const test::ReaderTester kReader(read_pajek, "t.net",
                                 std::string(KGVIZ_TEST_DATA_DIR) + "/data/pajek/");
using test::string_value;
using test::with_limit;

std::string node_value(const KnowledgeGraph& g, std::string_view id, std::string_view name) {
  return string_value(g, g.node_attributes(), name, *g.find(id));
}
std::string edge_value(const KnowledgeGraph& g, EdgeId e, std::string_view name) {
  return string_value(g, g.edge_attributes(), name, e);
}
/// "from>to" of every relation, in order, by entity id.
std::vector<std::string> ends(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (EdgeId e = 0; e < g.edge_count(); ++e) {
    out.push_back(std::string(g.id(g.source(e))) + ">" + std::string(g.id(g.target(e))));
  }
  return out;
}

TEST(PajekReader, NetworkxKarate) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("networkx_karate.net"));
  ASSERT_EQ(g.node_count(), 34u);
  ASSERT_EQ(g.edge_count(), 78u);
  EXPECT_FALSE(g.directed());
  // The labels (networkx's node names) are unique: they are the ids, so `path FILE 0 33` means
  // what it means in networkx.
  EXPECT_EQ(g.id(0), "0");
  EXPECT_EQ(g.label(0), "0");
  EXPECT_EQ(node_value(g, "0", "club"), "Mr. Hi");
  EXPECT_EQ(node_value(g, "33", "club"), "Officer");
  EXPECT_EQ(g.node_attributes().find("shape"), nullptr);
  EXPECT_EQ(node_value(g, "5", "x"), "0");
  EXPECT_EQ(g.edge_number(0, "weight"), 4.0);
  EXPECT_EQ(g.edge_attributes().find("weight")->type(), AttrType::Double);
}

TEST(PajekReader, NetworkxMultigraph) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("networkx_multidigraph.net"));
  ASSERT_EQ(g.node_count(), 3u);
  EXPECT_TRUE(g.directed());
  EXPECT_EQ(g.id(0), "New York");
  EXPECT_EQ(g.id(2),
            "\xC3\x9Cn\xC3\xAF"
            "code \xE2\x98\x83");
  EXPECT_EQ(node_value(g, "Salt Typhoon", "kind"), "apt");
  EXPECT_EQ(ends(g), (std::vector<std::string>{"New York>\xC3\x9Cn\xC3\xAF"
                                               "code \xE2\x98\x83",
                                               "Salt Typhoon>New York", "Salt Typhoon>New York"}));
  EXPECT_EQ(g.relation(2), "located-at");
  EXPECT_EQ(g.edge_number(1, "weight"), 2.5);
}

TEST(PajekReader, IgraphWithoutVertexLines) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("igraph_karate.net"));
  ASSERT_EQ(g.node_count(), 34u);  // *Vertices 34 with no vertex lines: labels are the numbers
  ASSERT_EQ(g.edge_count(), 78u);
  EXPECT_FALSE(g.directed());
  EXPECT_EQ(g.id(0), "1");
  EXPECT_EQ(g.label(33), "34");
  EXPECT_EQ(g.edge_number(77, "weight"), 1.5);
  EXPECT_EQ(g.node_attributes().find("x"), nullptr);
}

TEST(PajekReader, IgraphDirectedWithCoordinates) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("igraph_small.net"));
  EXPECT_TRUE(g.directed());
  EXPECT_EQ(g.id(3), "delta");
  EXPECT_EQ(node_value(g, "beta", "x"), "0.2");
  EXPECT_EQ(node_value(g, "beta", "y"), "0.6");
  EXPECT_EQ(ends(g), (std::vector<std::string>{"alpha>beta", "beta>gamma", "gamma>alpha",
                                               "alpha>beta", "delta>delta"}));
  EXPECT_EQ(g.edge_number(2, "weight"), 0.1);
}

TEST(PajekReader, EverySectionKindAndMixedDirections) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("pajek_style.net"));
  ASSERT_EQ(g.node_count(), 6u);
  EXPECT_TRUE(g.directed());  // it has arcs: each *Edges line is two arcs, a self-loop one
  EXPECT_EQ(string_value(g, g.graph_attributes(), "name", 0), "Pajek style test");
  EXPECT_EQ(g.id(0), "Alpha One");
  EXPECT_EQ(g.label(3), "4");  // not listed: its number
  EXPECT_EQ(g.label(5), "6");
  EXPECT_EQ(node_value(g, "Alpha One", "z"), "0.5");
  EXPECT_EQ(node_value(g, "Beta", "x"), "0.3");
  EXPECT_EQ(node_value(g, "Alpha One", "team"), "blue");
  EXPECT_EQ(node_value(g, "Alpha One", "mode"), "1");
  EXPECT_EQ(node_value(g, "Gamma", "mode"), "2");
  for (const char* drawing : {"ic", "bc", "x_fact", "shape", "box"}) {
    EXPECT_EQ(g.node_attributes().find(drawing), nullptr) << drawing;
  }
  EXPECT_EQ(ends(g), (std::vector<std::string>{"Alpha One>Beta", "Beta>Gamma", "Gamma>4", "4>Gamma",
                                               "Epsilon>Epsilon", "Alpha One>Gamma", "Alpha One>4",
                                               "6>Alpha One", "Alpha One>6", "6>Beta", "Beta>6"}));
  EXPECT_EQ(g.relation(0), "friend");  // *Arcs :1 "friend"
  EXPECT_EQ(g.relation(1), "friend");
  EXPECT_EQ(g.relation(2), "");
  EXPECT_EQ(edge_value(g, 0, "label"), "close friends");  // Pajek's l
  EXPECT_EQ(edge_value(g, 0, "since"), "2019");
  EXPECT_EQ(g.edge_number(0, "weight"), 2.5);
  EXPECT_EQ(g.edge_number(3, "weight"), 1.0);  // both arcs of an edge carry its values
  EXPECT_EQ(g.edge_attributes().find("c"), nullptr);
  EXPECT_EQ(g.edge_attributes().find("w"), nullptr);
}

TEST(PajekReader, UndirectedOptionReadsEachLineOnce) {
  ReadOptions options;
  options.undirected = true;
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("pajek_style.net"), options);
  EXPECT_FALSE(g.directed());
  EXPECT_EQ(g.edge_count(), 8u);
}

TEST(PajekReader, Matrix) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("matrix.net"));
  EXPECT_TRUE(g.directed());
  EXPECT_EQ(ends(g), (std::vector<std::string>{"a>b", "b>c", "c>a"}));
  EXPECT_EQ(g.edge_number(1, "weight"), 2.5);
}

TEST(PajekReader, RepeatedLabelsLeaveTheNumbers) {
  const KnowledgeGraph g =
      kReader.read_ok(kReader.source_of("\xEF\xBB\xBF%comment\r\n*vertices 3\r\n1 \"same\"\r\n2 "
                                        "\"same\"\r\n3 \"\"\r\n\r\n*edges\r\n1 2\r\n"));
  EXPECT_EQ(g.id(0), "1");
  EXPECT_EQ(g.label(0), "same");
  EXPECT_EQ(g.label(2), "3");  // an empty label: the number
  EXPECT_FALSE(g.directed());
  EXPECT_EQ(g.edge_attributes().find("weight"), nullptr);
}

TEST(PajekReader, EveryClassOfBadInputIsPositioned) {
  const std::vector<test::BadInputCase> inputs{
      {"vertex beyond N", "*Vertices 2\n*Arcs\n1 3\n", 3, 3, "vertex 3 is not in 1..2"},
      {"vertex zero", "*Vertices 2\n1 \"a\"\n0 \"b\"\n", 3, 1, "vertex 0 is not in 1..2"},
      {"not a number", "*Vertices 2\n*Edges\n1 b\n", 3, 3, "'b' is not a vertex number"},
      {"listed twice", "*Vertices 2\n1 a\n1 b\n", 3, 1, "vertex 1 is listed twice"},
      {"one coordinate", "*Vertices 2\n1 \"a\" 0.5\n", 2, 7, "two or three coordinates"},
      {"key without value", "*Vertices 2\n*Arcs\n1 2 1.0 c\n", 3, 9, "parameter 'c' has no value"},
      {"unterminated quote", "*Vertices 2\n1 \"a b\n", 2, 3, "unterminated quoted label"},
      {"arcs first", "*Arcs\n1 2\n", 1, 1, "*Arcs before *Vertices"},
      {"line outside", "1 2\n*Vertices 2\n", 1, 1, "outside any section"},
      {"unsupported", "*Vertices 2\n*Partition x\n1\n", 2, 1,
       "unsupported Pajek section '*Partition'"},
      {"second network", "*Vertices 1\n*Vertices 2\n", 2, 1, "a second *Vertices"},
      {"vertex count", "*Vertices many\n", 1, 11, "must be a whole number"},
      {"matrix row", "*Vertices 2\n*Matrix\n0 1 0\n1 0\n", 3, 1, "a *Matrix row has 3 numbers"},
      {"short matrix", "*Vertices 2\n*Matrix\n0 1\n", 4, 1, "the *Matrix ends after 1 rows"},
      {"no vertices", "*Vertices 0\n", 1, 1, "the network has no vertices"},
      {"empty", "% nothing\n", 1, 1, "the network has no vertices"},
      {"invalid UTF-8", "*Vertices 1\n1 \"\xC0\xAF\"\n", 2, 4, "invalid UTF-8"},
      {"truncated", "*Vertices 3\n1 \"a\"\n2 \"b", 3, 3, "unterminated quoted label"},
      {"vertex bomb", "*Vertices 99999999999\n", 1, 11, "more than 50000000 nodes"},
      {"node limit", "*Vertices 5\n", 1, 11, "more than 4 nodes",
       with_limit(&ReadLimits::max_nodes, 4)},
      {"edge limit", "*Vertices 2\n*Arcslist\n1 2 2 1\n", 3, 7, "more than 2 edges",
       with_limit(&ReadLimits::max_edges, 2)},
      {"doubled edges", "*Vertices 2\n*Arcs\n1 2\n*Edges\n1 2\n", 0, 0,
       "once each *Edges line is two arcs", with_limit(&ReadLimits::max_edges, 2)},
      {"string length", "*Vertices 1\n1 \"abcdefghijk\"\n", 2, 3, "longer than 10",
       with_limit(&ReadLimits::max_string_length, 10)},
  };
  test::expect_each_reported(kReader, inputs);
}

TEST(PajekReader, EveryBadLineIsCollected) {
  std::string text = "*Vertices 2\n*Arcs\n";
  for (int i = 0; i < 5; ++i) text += "1 " + std::to_string(3 + i) + "\n";
  kReader.expect_every_error_collected(text, 5, 3);
}

TEST(PajekReader, ExtensionAndFromName) {
  InputSource source;
  source.path = "k.NET";
  EXPECT_EQ(detect_format(source, InputFormat::Auto), InputFormat::Pajek);
  source.path = "k.net.gz";
  EXPECT_EQ(detect_format(source, InputFormat::Auto), InputFormat::Pajek);
  EXPECT_EQ(input_format_named("pajek"), InputFormat::Pajek);
}

}  // namespace
}  // namespace kgviz
