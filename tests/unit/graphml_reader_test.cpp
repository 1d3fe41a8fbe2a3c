#include "io/graphml_reader.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <string>

#include "io/graph_reader.hpp"
#include "model/diagnostics.hpp"
#include "reader_test_support.hpp"

namespace kgviz {
namespace {

const test::ReaderTester kReader(read_graphml, "t.graphml",
                                 std::string(KGVIZ_TEST_DATA_DIR) + "/data/graphml/");
using test::contains;
using test::string_value;

const std::string kHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";  // lines 1-2

// ---- bad input, one class per test, each with its message and position

TEST(GraphMLReaderErrors, UndeclaredKey) {
  EXPECT_TRUE(kReader.one_error(kHead + "<graph edgedefault=\"directed\">\n"
                                        "  <node id=\"a\">\n"
                                        "    <data key=\"nope\">1</data>\n"
                                        "  </node>\n"
                                        "</graph></graphml>\n",
                                5, 5, "undeclared key 'nope'"));
}

TEST(GraphMLReaderErrors, DoctypeIsRefused) {
  EXPECT_TRUE(
      kReader.one_error("<?xml version=\"1.0\"?>\n"
                        "<!DOCTYPE graphml [ <!ENTITY x \"boom\"> ]>\n" +
                            std::string("<graphml><graph><node id=\"&x;\"/></graph></graphml>\n"),
                        2, 1, "DOCTYPE declarations are not allowed"));
}

TEST(GraphMLReaderErrors, ExternalEntityIsNeverRead) {
  const auto diagnostics = kReader.read_errors(
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE graphml [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
      "<graphml><graph><node id=\"a\"><data key=\"d\">&xxe;</data></node></graph></graphml>\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].line, 2u);
  EXPECT_TRUE(contains(diagnostics[0].message, "DOCTYPE"));
  EXPECT_FALSE(contains(diagnostics[0].message, "root:"));
}

TEST(GraphMLReaderErrors, ExternalDtdAndBillionLaughsAreRefused) {
  EXPECT_TRUE(kReader.one_error(
      "<!DOCTYPE graphml SYSTEM \"http://graphml.graphdrawing.org/dtds/graphml.dtd\">\n"
      "<graphml><graph><node id=\"a\"/></graph></graphml>\n",
      1, 1, "DOCTYPE"));
  std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    laughs += " <!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k)
      laughs += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    laughs += "\">\n";
  }
  laughs += "]>\n<graphml><graph><node id=\"&lol9;\"/></graph></graphml>\n";
  EXPECT_TRUE(kReader.one_error(laughs, 2, 1, "DOCTYPE"));
}

TEST(GraphMLReaderErrors, EntityReferenceWithoutDeclarationIsASyntaxError) {
  EXPECT_TRUE(kReader.one_error(kHead + "<graph><node id=\"&ext;\"/></graph></graphml>\n", 3, 8,
                                "XML syntax error: undefined entity"));
}

TEST(GraphMLReaderErrors, MalformedXmlAtKnownPosition) {
  EXPECT_TRUE(kReader.one_error(kHead + "<graph>\n"
                                        "  <node id=\"a\"></nod>\n"
                                        "</graph></graphml>\n",
                                4, 18, "XML syntax error: mismatched tag"));
  EXPECT_TRUE(kReader.one_error(kHead + "<graph><node id=\"a\"/>", 3, 22,
                                "XML syntax error: no element found"));
  EXPECT_TRUE(kReader.one_error("", 1, 1, "XML syntax error: no element found"));
}

TEST(GraphMLReaderErrors, ColumnsAreBytesNotCharacters) {
  // Two 2-byte characters before the error: expat would say column 22, the byte column is 24.
  EXPECT_TRUE(kReader.one_error(
      kHead + "<graph><node id=\"\xC3\xA9\xC3\xA9\"><data key=\"zz\"/></node></graph></graphml>\n",
      3, 24, "undeclared key 'zz'"));
}

TEST(GraphMLReaderErrors, EmptyGraph) {
  EXPECT_TRUE(kReader.one_error(kHead + "  <graph edgedefault=\"undirected\"/>\n</graphml>\n", 3, 3,
                                "the graph has no nodes"));
  const auto none = kReader.read_errors(kHead + "</graphml>\n");
  ASSERT_EQ(none.size(), 1u);
  EXPECT_TRUE(contains(none[0].message, "no <graph> element"));
}

TEST(GraphMLReaderErrors, NonNumericValueInNumericKey) {
  EXPECT_TRUE(kReader.one_error(
      kHead + "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
              "<graph>\n"
              "<node id=\"a\"/>\n"
              "<edge source=\"a\" target=\"a\"><data key=\"w\">heavy</data></edge>\n"
              "</graph></graphml>\n",
      6, 29, "value 'heavy' of 'weight' is not a number"));
  EXPECT_TRUE(kReader.one_error(
      kHead + "<key id=\"k\" for=\"node\" attr.name=\"count\" attr.type=\"int\"/>\n"
              "<graph><node id=\"a\"><data key=\"k\">1.5</data></node></graph></graphml>\n",
      4, 21, "is not an integer"));
  EXPECT_TRUE(kReader.one_error(
      kHead + "<key id=\"k\" for=\"node\" attr.name=\"ok\" attr.type=\"boolean\"/>\n"
              "<graph><node id=\"a\"><data key=\"k\">yes</data></node></graph></graphml>\n",
      4, 21, "is not a boolean"));
  EXPECT_TRUE(
      kReader.one_error(kHead + "<key id=\"k\" for=\"node\" attr.name=\"n\" attr.type=\"long\"/>\n"
                                "<graph><node id=\"a\"><data "
                                "key=\"k\">99999999999999999999</data></node></graph></graphml>\n",
                        4, 21, "out of range"));
  EXPECT_TRUE(
      kReader.one_error(kHead + "<key id=\"k\" for=\"node\" attr.name=\"n\" attr.type=\"long\">\n"
                                "  <default>many</default></key>\n"
                                "<graph><node id=\"a\"/></graph></graphml>\n",
                        4, 3, "default value 'many' of key 'n' is not an integer"));
}

TEST(GraphMLReaderErrors, TooDeepNesting) {
  ReadOptions options;
  options.limits.max_depth = 6;
  EXPECT_TRUE(kReader.one_error(
      kHead + "<key id=\"d\" for=\"node\"/><graph><node id=\"a\"><data key=\"d\">\n"
              "<x:a xmlns:x=\"urn:x\"><x:b><x:c/></x:b></x:a></data></node></graph></graphml>\n",
      4, 27, "nested deeper than 6 levels (raise the limit with --max-depth)", options));
}

TEST(GraphMLReaderErrors, LimitsNameTheirFlags) {
  ReadOptions options;
  options.limits.max_string_length = 8;
  EXPECT_TRUE(kReader.one_error(
      kHead + "<key id=\"d\" for=\"node\" attr.name=\"s\" attr.type=\"string\"/>\n"
              "<graph><node id=\"a\"><data key=\"d\">123456789</data></node></graph></graphml>\n",
      4, 35, "--max-string-length", options));
  EXPECT_TRUE(kReader.one_error(kHead + "<graph><node id=\"123456789\"/></graph></graphml>\n", 3, 8,
                                "--max-string-length", options));
  options = ReadOptions{};
  options.limits.max_nodes = 2;
  EXPECT_TRUE(kReader.one_error(
      kHead + "<graph><node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"c\"/>"
              "</graph></graphml>\n",
      4, 1, "more than 2 nodes (raise the limit with --max-nodes)", options));
  options = ReadOptions{};
  options.limits.max_edges = 1;
  EXPECT_TRUE(kReader.one_error(kHead + "<graph><node id=\"a\"/>\n<edge source=\"a\" target=\"a\"/>"
                                        "<edge source=\"a\" target=\"a\"/></graph></graphml>\n",
                                4, 30, "more than 1 edges (raise the limit with --max-edges)",
                                options));
}

TEST(GraphMLReaderErrors, UnsupportedStructures) {
  EXPECT_TRUE(kReader.one_error(kHead + "<graph><node id=\"a\"/>\n<hyperedge><endpoint "
                                        "node=\"a\"/></hyperedge></graph></graphml>\n",
                                4, 1, "hyperedges are not supported"));
  EXPECT_TRUE(kReader.one_error(kHead + "<graph><node id=\"a\">\n<graph id=\"inner\"><node "
                                        "id=\"b\"/></graph></node></graph></graphml>\n",
                                4, 1, "nested graphs"));
  EXPECT_TRUE(kReader.one_error(
      kHead + "<graph><node id=\"a\">\n<port name=\"p\"/></node></graph></graphml>\n", 4, 1,
      "ports are not supported"));
  EXPECT_TRUE(kReader.one_error(
      kHead + "<graph><node id=\"a\"/></graph>\n  <graph><node id=\"b\"/></graph></graphml>\n", 4,
      3, "a second <graph>"));
  EXPECT_TRUE(kReader.one_error(
      kHead + "<graph edgedefault=\"undirected\"><node id=\"a\"/>\n"
              "<edge source=\"a\" target=\"a\" directed=\"true\"/></graph></graphml>\n",
      4, 1, "graphs mixing both are not supported"));
  EXPECT_TRUE(kReader.one_error("<gexf><graph/></gexf>\n", 1, 1, "not a GraphML document"));
}

TEST(GraphMLReaderErrors, DuplicatesAndWrongScopes) {
  EXPECT_TRUE(
      kReader.one_error(kHead + "<graph><node id=\"a\"/>\n  <node id=\"a\"/></graph></graphml>\n",
                        4, 3, "duplicate node id 'a'"));
  EXPECT_TRUE(kReader.one_error(
      kHead + "<key id=\"d\" for=\"edge\" attr.name=\"w\"/>\n<key id=\"d\" for=\"node\"/>\n"
              "<graph><node id=\"a\"/></graph></graphml>\n",
      4, 1, "key id 'd' is declared twice"));
  EXPECT_TRUE(kReader.one_error(
      kHead + "<key id=\"d\" for=\"edge\" attr.name=\"w\"/>\n"
              "<graph><node id=\"a\"><data key=\"d\">1</data></node></graph></graphml>\n",
      4, 21, "is not declared for <node> data"));
}

TEST(GraphMLReaderErrors, CollectsEveryErrorUpToTheCap) {
  std::string text =
      kHead + "<key id=\"n\" for=\"node\" attr.name=\"n\" attr.type=\"int\"/>\n<graph>\n";
  for (int i = 0; i < 10; ++i) {
    text += "<node id=\"v" + std::to_string(i) + "\"><data key=\"n\">x</data></node>\n";
  }
  text += "</graph></graphml>\n";
  kReader.expect_every_error_collected(text, 10, 5);
}

TEST(GraphMLReaderErrors, PositionsStayRightAcrossChunks) {
  // Far past the first 64 KiB piece handed to expat.
  std::string text = kHead + "<graph>\n";
  for (int i = 0; i < 5000; ++i) text += "<node id=\"node number " + std::to_string(i) + "\"/>\n";
  text += "  <node id=\"x\"><data key=\"late\"/></node>\n</graph></graphml>\n";
  EXPECT_TRUE(kReader.one_error(text, 5004, 16, "undeclared key 'late'"));
}

// ---- what other tools write

TEST(GraphMLReaderFiles, NetworkxKarateWithWeights) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("networkx_karate.graphml"));
  test::expect_networkx_karate(g);  // its graph data written after all edges
  EXPECT_EQ(g.edge_attributes().find("weight")->type(), AttrType::Long);
}

TEST(GraphMLReaderFiles, NetworkxMultiDiGraph) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("networkx_multidigraph.graphml"));
  test::expect_networkx_multidigraph(g);  // edge ids "0", "0", "1", "2", "0"
  const VertexId ny = *g.find("New York");
  // One attribute written as two keys (long and double) is one double column.
  const AttributeColumn* score = g.node_attributes().find("score");
  ASSERT_NE(score, nullptr);
  EXPECT_EQ(score->type(), AttrType::Double);
  EXPECT_EQ(score->number(*g.find("Ünïcode ☃")), 1.5);
  // The <default> fills nodes without the data.
  EXPECT_EQ(string_value(g, g.node_attributes(), "color", ny), "blue");
  EXPECT_EQ(string_value(g, g.node_attributes(), "color", *g.find("Salt Typhoon")), "grey");
  EXPECT_EQ(string_value(g, g.graph_attributes(), "title", 0), "multi & <test>");
  EXPECT_EQ(g.graph_attributes().find("year")->number(0), 2024.0);
}

TEST(GraphMLReaderFiles, Igraph) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("igraph_small.graphml"));
  ASSERT_EQ(g.node_count(), 4u);
  ASSERT_EQ(g.edge_count(), 5u);
  EXPECT_TRUE(g.directed());
  EXPECT_EQ(g.id(0), "alpha");  // igraph's ids are its names; n0, n1, ... are positions
  EXPECT_EQ(g.label(0), "alpha");
  EXPECT_EQ(string_value(g, g.node_attributes(), "name", 0), "alpha");
  EXPECT_EQ(g.node_attributes().find("rank")->type(), AttrType::Double);
  EXPECT_EQ(g.node_attributes().find("score")->number(3), 1e-300);
  EXPECT_EQ(g.node_attributes().find("active")->type(), AttrType::Boolean);
  EXPECT_EQ(g.node_attributes().find("active")->number(1), 0.0);
  EXPECT_EQ(g.source(4), g.target(4));
  EXPECT_EQ(g.relation(3), "likes");
  EXPECT_EQ(g.edge_number(2, "weight"), 0.1);
  EXPECT_EQ(string_value(g, g.graph_attributes(), "title", 0), "igraph test");
}

TEST(GraphMLReaderFiles, GraphTool) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("graph_tool_small.graphml"));
  ASSERT_EQ(g.node_count(), 4u);
  ASSERT_EQ(g.edge_count(), 4u);
  EXPECT_FALSE(g.directed());
  EXPECT_EQ(g.node_attributes().find("active")->type(), AttrType::Boolean);
  EXPECT_EQ(g.node_attributes().find("active")->number(0), 1.0);  // written as 1/0
  EXPECT_EQ(g.node_attributes().find("rank")->type(), AttrType::Int);
  EXPECT_EQ(g.node_attributes().find("rank")->number(3), 30.0);
  EXPECT_EQ(g.node_attributes().find("score")->type(), AttrType::Float);
  EXPECT_EQ(g.node_attributes().find("score")->number(0), 0.1);  // 17 digits read exactly
  EXPECT_EQ(g.node_attributes().find("score")->number(1), 2.0 / 3.0);
  EXPECT_EQ(g.edge_number(0, "weight"), 0.3);
  EXPECT_EQ(string_value(g, g.graph_attributes(), "title", 0), "graph-tool test");
}

TEST(GraphMLReaderFiles, GephiStyle) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("gephi_style.graphml"));
  ASSERT_EQ(g.node_count(), 3u);
  ASSERT_EQ(g.edge_count(), 2u);
  EXPECT_FALSE(g.directed());
  EXPECT_EQ(g.label(0), "Myriel");
  EXPECT_EQ(g.node_attributes().find("r")->type(), AttrType::Int);
  EXPECT_EQ(g.node_attributes().find("r")->number(1), 236.0);
  EXPECT_EQ(g.node_attributes().find("x")->type(), AttrType::Float);
  EXPECT_EQ(g.node_attributes().find("x")->number(0), -266.82776);
  EXPECT_EQ(g.node_attributes().find("Modularity Class")->number(2), 1.0);
  EXPECT_EQ(string_value(g, g.edge_attributes(), "Edge Label", 1), "lives with");
  EXPECT_EQ(g.edge_number(1, "weight"), 8.0);
}

TEST(GraphMLReaderFiles, YedStyle) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("yed_style.graphml"));
  ASSERT_EQ(g.node_count(), 2u);
  ASSERT_EQ(g.edge_count(), 1u);
  EXPECT_TRUE(g.directed());
  EXPECT_EQ(g.label(0), "Server");  // from y:NodeLabel
  EXPECT_EQ(g.label(1), "Client & Co");
  EXPECT_EQ(g.edge_label(0), "serves");                              // from y:EdgeLabel
  const AttributeColumn* owner = g.node_attributes().find("owner");  // key without attr.type
  ASSERT_NE(owner, nullptr);
  EXPECT_EQ(owner->type(), AttrType::String);
  EXPECT_EQ(string_value(g, g.node_attributes(), "owner", 0), "alice");
  EXPECT_EQ(string_value(g, g.node_attributes(), "description", 1), "the other end");
  EXPECT_EQ(string_value(g, g.edge_attributes(), "url", 0), "http://example.org/");
  EXPECT_EQ(string_value(g, g.graph_attributes(), "Description", 0), "A yEd diagram");
  // yfiles.type keys leave nothing behind.
  EXPECT_EQ(g.node_attributes().columns().size(), 2u);
  EXPECT_EQ(g.edge_attributes().columns().size(), 2u);  // url, label
}

// ---- details of the format

TEST(GraphMLReader, BomCrlfAndEdgesBeforeNodes) {
  const std::string text =
      "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\r\n"
      "<key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\r\n"
      "<key id=\"t\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\r\n"
      "<key id=\"a\" for=\"node\" attr.name=\"aliases\" attr.type=\"string\"/>\r\n"
      "<key id=\"m\" for=\"node\" attr.name=\"note\" attr.type=\"string\"/>\r\n"
      "<graph>\r\n"
      "<edge source=\"b\" target=\"a\" label=\"targets\"/>\r\n"
      "<edge source=\"a\" target=\"a\"/>\r\n"
      "<node id=\"a\"><data key=\"l\">Alpha</data><data key=\"t\">tool</data>"
      "<data key=\"a\">A1; A 2</data><data key=\"m\">two\r\nlines</data></node>\r\n"
      "<node id=\"b\"/>\r\n"
      "</graph></graphml>\r\n";
  const KnowledgeGraph g = kReader.read_ok(kReader.source_of(text));
  ASSERT_EQ(g.node_count(), 2u);
  EXPECT_EQ(g.id(0), "b");  // first named by the first edge, declared last
  EXPECT_EQ(g.label(0), "b");
  EXPECT_EQ(g.label(1), "Alpha");
  EXPECT_EQ(g.type(1), "tool");
  EXPECT_EQ(g.node_list(1, attr::kAliases), (std::vector<std::string_view>{"A1", "A 2"}));
  EXPECT_EQ(string_value(g, g.node_attributes(), "note", 1), "two\nlines");
  EXPECT_EQ(g.relation(0), "targets");  // Gephi's edge type attribute
  EXPECT_EQ(g.relation(1), "");
  EXPECT_EQ(g.node_attributes().find("label"), nullptr);
  // With a BOM, the first line's columns still start at the first visible character.
  const auto errors = kReader.read_errors("\xEF\xBB\xBF<graphml><graph></graphml>");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].column, 19u);  // the name of the mismatched end tag
}

TEST(GraphMLReader, KeysForAllDefaultsAndGraphDataAnywhere) {
  const std::string text =
      kHead +
      "<key id=\"w\" attr.name=\"weight\" attr.type=\"double\"><default>1.5</default></key>\n"
      "<key id=\"b\" for=\"graph\" attr.name=\"ok\" attr.type=\"boolean\"/>\n"
      "<graph edgedefault=\"undirected\">\n"
      "<data key=\"w\">9</data>\n"
      "<node id=\"a\"/><node id=\"b\"><data key=\"w\"> 2e3 </data></node>\n"
      "<edge source=\"a\" target=\"b\"/><edge source=\"a\" target=\"b\"><data "
      "key=\"w\">+4</data></edge>\n"
      "<data key=\"b\">TRUE</data>\n"
      "</graph></graphml>\n";
  const KnowledgeGraph g = kReader.read_ok(kReader.source_of(text));
  EXPECT_FALSE(g.directed());
  EXPECT_EQ(g.node_attributes().find("weight")->number(0), 1.5);
  EXPECT_EQ(g.node_attributes().find("weight")->number(1), 2000.0);
  EXPECT_EQ(g.edge_number(0, "weight"), 1.5);
  EXPECT_EQ(g.edge_number(1, "weight"), 4.0);
  EXPECT_EQ(g.graph_attributes().find("weight")->number(0), 9.0);
  EXPECT_EQ(g.graph_attributes().find("ok")->number(0), 1.0);
}

TEST(GraphMLReader, NumbersInEveryFormWriterUse) {
  const std::string text = kHead +
                           "<key id=\"d\" for=\"node\" attr.name=\"v\" attr.type=\"double\"/>\n"
                           "<graph>\n"
                           "<node id=\"0\"><data key=\"d\">0x1.8p+1</data></node>\n"
                           "<node id=\"1\"><data key=\"d\">-0x1p-2</data></node>\n"
                           "<node id=\"2\"><data key=\"d\">INF</data></node>\n"
                           "<node id=\"3\"><data key=\"d\">-Infinity</data></node>\n"
                           "<node id=\"4\"><data key=\"d\">NaN</data></node>\n"
                           "<node id=\"5\"><data key=\"d\">1E-5</data></node>\n"
                           "<node id=\"6\"><data key=\"d\"></data></node>\n"
                           "</graph></graphml>\n";
  const KnowledgeGraph g = kReader.read_ok(kReader.source_of(text));
  const AttributeColumn* v = g.node_attributes().find("v");
  EXPECT_EQ(v->number(0), 3.0);
  EXPECT_EQ(v->number(1), -0.25);
  EXPECT_EQ(v->number(2), std::numeric_limits<double>::infinity());
  EXPECT_EQ(v->number(3), -std::numeric_limits<double>::infinity());
  EXPECT_TRUE(std::isnan(*v->number(4)));
  EXPECT_EQ(v->number(5), 1e-5);
  EXPECT_FALSE(v->has(6));  // empty numeric data is no value, as networkx reads it
}

TEST(GraphMLReader, UndirectedOptionAndDispatch) {
  ReadOptions options;
  options.undirected = true;
  const std::string text =
      kHead + "<graph edgedefault=\"directed\"><node id=\"a\"/></graph></graphml>\n";
  EXPECT_FALSE(kReader.read_ok(kReader.source_of(text), options).directed());
  EXPECT_TRUE(kReader.read_ok(kReader.source_of(text)).directed());
  // read_graph picks this reader by extension and by content on standard input.
  EXPECT_EQ(read_graph(kReader.source_of(text, "x.graphml"), ReadOptions{}).node_count(), 1u);
  InputSource stdin_source = kReader.source_of(text, "<stdin>");
  stdin_source.from_stdin = true;
  EXPECT_EQ(read_graph(stdin_source, ReadOptions{}).node_count(), 1u);
}

TEST(GraphMLReader, NamespacelessAndForeignElements) {
  const std::string text =
      "<graphml><key id=\"k\" for=\"node\" attr.name=\"s\"><desc>about <b>it</b></desc></key>\n"
      "<graph><desc>a graph</desc><ext:thing xmlns:ext=\"urn:ext\"><node "
      "id=\"ignored\"/></ext:thing>\n"
      "<node id=\"a\"><data key=\"k\">v<ext:note "
      "xmlns:ext=\"urn:ext\"/></data></node></graph></graphml>";
  const KnowledgeGraph g = kReader.read_ok(kReader.source_of(text));
  EXPECT_EQ(g.node_count(), 1u);
  EXPECT_EQ(g.node_attributes().find("s"), nullptr);  // data holding elements is an extension
}

}  // namespace
}  // namespace kgviz
