#include "io/gexf_reader.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "export_fixture.hpp"
#include "io/graph_reader.hpp"
#include "model/diagnostics.hpp"
#include "reader_test_support.hpp"
#include "render/gexf_writer.hpp"

namespace kgviz {
namespace {

const test::ReaderTester kReader(read_gexf, "t.gexf",
                                 std::string(KGVIZ_TEST_DATA_DIR) + "/data/gexf/");
using test::contains;
using test::string_value;

const std::string kHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n";
// lines 1-2

std::vector<std::string_view> list_value(const KnowledgeGraph& g, std::string_view name,
                                         std::size_t row) {
  std::vector<std::string_view> items;
  const AttributeColumn* column = g.node_attributes().find(name);
  if (column == nullptr || !column->has(row)) return items;
  for (const StringId id : column->list(row)) items.push_back(g.strings().view(id));
  return items;
}

// ---- bad input: each class of problem with its position and message

/// An input with one problem: where the reader must report it and what the message says.
struct BadInput {
  const char* what;
  std::string text;
  std::size_t line;
  std::size_t column;
  std::string_view message;
  ReadOptions options{};
};

void expect_each_reported(const std::vector<BadInput>& inputs) {
  for (const BadInput& bad : inputs) {
    SCOPED_TRACE(bad.what);
    EXPECT_TRUE(kReader.one_error(bad.text, bad.line, bad.column, bad.message, bad.options));
  }
}

ReadOptions with_limit(std::size_t ReadLimits::*limit, std::size_t value) {
  ReadOptions options;
  options.limits.*limit = value;
  return options;
}

const std::string kNodeA = "<graph><nodes><node id=\"a\"/></nodes>";

TEST(GexfReaderErrors, DoctypesAndEntities) {
  expect_each_reported({
      {"internal entity",
       "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [ <!ENTITY x \"boom\"> ]>\n"
       "<gexf><graph><nodes><node id=\"&x;\"/></nodes></graph></gexf>\n",
       2, 1, "DOCTYPE declarations are not allowed in GEXF input"},
      {"external DTD",
       "<!DOCTYPE gexf SYSTEM \"http://gexf.net/1.3/gexf.dtd\">\n"
       "<gexf><graph><nodes><node id=\"a\"/></nodes></graph></gexf>\n",
       1, 1, "DOCTYPE"},
      // XXE: expat would skip the external entity silently and go on; the DOCTYPE stops it.
      {"external entity",
       "<?xml version=\"1.0\"?>\n"
       "<!DOCTYPE gexf [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
       "<gexf><graph><nodes><node id=\"a\" label=\"&xxe;\"/></nodes></graph>"
       "</gexf>\n",
       2, 1, "DOCTYPE declarations are not allowed"},
      // Without a DTD an entity reference is only an undefined entity.
      {"undeclared entity", kHead + "<graph><nodes><node id=\"&ext;\"/></nodes></graph></gexf>\n",
       3, 15, "XML syntax error: undefined entity"},
  });
}

TEST(GexfReaderErrors, MalformedXmlAtKnownPositions) {
  expect_each_reported({
      {"mismatched tag",
       kHead + "<graph>\n  <nodes><node id=\"a\"></nod>\n</nodes></graph></gexf>\n", 4, 25,
       "XML syntax error: mismatched tag"},
      {"cut short", kHead + "<graph><nodes><node id=\"a\"/>", 3, 29,
       "XML syntax error: no element found"},
      {"empty", "", 1, 1, "XML syntax error: no element found"},
      {"another format", "<graphml><graph/></graphml>\n", 1, 1,
       "not a GEXF document: the root element is <graphml>, not <gexf>"},
      // Two 2-byte characters before the error: expat would say column 40; the byte column is 42.
      {"columns in bytes",
       kHead + "<graph><nodes><node id=\"\xC3\xA9\xC3\xA9\"><attvalues><attvalue for=\"zz\" "
               "value=\"1\"/></attvalues></node></nodes></graph></gexf>\n",
       3, 42, "undeclared node attribute 'zz'"},
  });
}

TEST(GexfReaderErrors, Declarations) {
  expect_each_reported({
      {"undeclared attribute",
       kHead + "<graph>\n"
               "  <attributes class=\"edge\"><attribute id=\"0\" title=\"w\" type=\"double\"/>"
               "</attributes>\n"
               "  <nodes><node id=\"a\"><attvalues>\n"
               "    <attvalue for=\"0\" value=\"1\"/>\n"
               "  </attvalues></node></nodes>\n</graph></gexf>\n",
       6, 5, "<attvalue> refers to undeclared node attribute '0'"},
      {"unknown class",
       kHead + "<graph>\n<attributes class=\"graph\"></attributes><nodes><node id=\"a\"/></nodes>"
               "</graph></gexf>\n",
       4, 1, "<attributes> has unknown class \"graph\""},
      {"no class",
       kHead + "<graph>\n<attributes><attribute id=\"0\" type=\"string\"/></attributes>"
               "<nodes><node id=\"a\"/></nodes></graph></gexf>\n",
       4, 1, "<attributes> without a class"},
      {"declared twice",
       kHead + "<graph><attributes class=\"node\"><attribute id=\"0\"/>\n<attribute id=\"0\"/>"
               "</attributes><nodes><node id=\"a\"/></nodes></graph></gexf>\n",
       4, 1, "node attribute id '0' is declared twice"},
  });
}

TEST(GexfReaderErrors, ValuesThatAreNotOfTheirType) {
  const std::string declared =
      kHead +
      "<graph><attributes class=\"node\"><attribute id=\"0\" title=\"count\" type=\"integer\"/>"
      "<attribute id=\"1\" title=\"ok\" type=\"boolean\"/></attributes>\n"
      "<nodes><node id=\"a\"><attvalues>\n";
  const std::string end = "</attvalues></node></nodes></graph></gexf>\n";
  expect_each_reported({
      {"integer", declared + "<attvalue for=\"0\" value=\"1.5\"/>" + end, 5, 1,
       "value '1.5' of 'count' is not an integer (its attribute '0' has type int)"},
      {"boolean", declared + "<attvalue for=\"1\" value=\"yes\"/>" + end, 5, 1,
       "value 'yes' of 'ok' is not a boolean"},
      {"default",
       kHead + "<graph><attributes class=\"node\"><attribute id=\"2\" title=\"big\" type=\"long\">"
               "\n  <default>many</default></attribute></attributes><nodes><node id=\"a\"/>"
               "</nodes></graph></gexf>\n",
       4, 3, "default value 'many' of attribute 'big' is not an integer"},
      {"edge weight",
       kHead + kNodeA +
           "<edges>\n  <edge source=\"a\" target=\"a\" weight=\"heavy\"/>\n"
           "</edges></graph></gexf>\n",
       4, 3, "edge weight 'heavy' is not a number"},
      {"viz position",
       kHead + "<graph><nodes><node id=\"a\">\n  <viz:position x=\"1\" y=\"north\"/></node>"
               "</nodes></graph></gexf>\n",
       4, 3, "viz y 'north' is not a number"},
      {"viz colour range",
       kHead + "<graph><nodes><node id=\"a\">\n  <viz:color r=\"300\" g=\"0\" b=\"0\"/></node>"
               "</nodes></graph></gexf>\n",
       4, 3, "viz color r '300' is out of range (0 to 255)"},
      {"viz hex colour",
       kHead + "<graph><nodes><node id=\"a\">\n  <viz:color hex=\"orange\"/></node></nodes>"
               "</graph></gexf>\n",
       4, 3, "viz color hex 'orange' is not #rrggbb"},
  });
}

TEST(GexfReaderErrors, Directions) {
  expect_each_reported({
      {"default edge type",
       kHead + "  <graph defaultedgetype=\"sideways\"><nodes><node id=\"a\"/></nodes></graph>"
               "</gexf>\n",
       3, 3, "defaultedgetype must be \"directed\", \"undirected\" or \"mutual\""},
      {"edge type",
       kHead + kNodeA +
           "<edges>\n<edge source=\"a\" target=\"a\" type=\"both\"/></edges></graph>"
           "</gexf>\n",
       4, 1, "edge type must be"},
      {"mixed",
       kHead + "<graph defaultedgetype=\"directed\"><nodes><node id=\"a\"/></nodes><edges>"
               "<edge source=\"a\" target=\"a\"/>\n"
               "<edge source=\"a\" target=\"a\" type=\"undirected\"/></edges></graph></gexf>\n",
       4, 1, "an undirected edge in a directed graph: graphs mixing both are not supported"},
  });
}

TEST(GexfReaderErrors, StructureAndEmptyGraphs) {
  expect_each_reported({
      {"no nodes", kHead + "  <graph defaultedgetype=\"undirected\"/>\n</gexf>\n", 3, 3,
       "the graph has no nodes"},
      {"empty node list", kHead + "  <graph><nodes/><edges/></graph>\n</gexf>\n", 3, 3,
       "the graph has no nodes"},
      {"nested nodes",
       kHead + "<graph><nodes><node id=\"a\">\n<nodes><node id=\"b\"/></nodes></node></nodes>"
               "</graph></gexf>\n",
       4, 1, "hierarchies are not supported (<nodes> inside a <node>)"},
      {"pid",
       kHead +
           "<graph><nodes><node id=\"a\"/>\n<node id=\"b\" pid=\"a\"/></nodes></graph></gexf>\n",
       4, 1, "hierarchies are not supported (node 'b' has a pid)"},
      {"parents",
       kHead + "<graph><nodes><node id=\"a\">\n<parents><parent for=\"b\"/></parents></node>"
               "</nodes></graph></gexf>\n",
       4, 1, "hierarchies are not supported (<parents> inside a <node>)"},
      {"duplicate node",
       kHead + "<graph><nodes><node id=\"a\"/>\n  <node id=\"a\"/></nodes></graph></gexf>\n", 4, 3,
       "duplicate node id 'a'"},
      {"second graph",
       kHead + kNodeA + "</graph>\n  <graph><nodes><node id=\"b\"/></nodes></graph></gexf>\n", 4, 3,
       "a second <graph>"},
      {"misplaced",
       kHead + "<graph><nodes><node id=\"a\"/>\n<edge source=\"a\" target=\"a\"/></nodes></graph>"
               "</gexf>\n",
       4, 1, "unexpected element <edge> inside <nodes>"},
      {"node without id", kHead + "<graph><nodes>\n<node label=\"x\"/></nodes></graph></gexf>\n", 4,
       1, "<node> without an id"},
      {"edge without target",
       kHead + kNodeA + "<edges>\n<edge source=\"a\"/></edges></graph></gexf>\n", 4, 1,
       "<edge> without a target"},
  });
  const auto none = kReader.read_errors(kHead + "<meta><creator>x</creator></meta></gexf>\n");
  ASSERT_EQ(none.size(), 1u);
  EXPECT_TRUE(contains(none[0].message, "no <graph> element"));
}

TEST(GexfReaderErrors, LimitsNameTheirFlags) {
  const ReadOptions short_text = with_limit(&ReadLimits::max_string_length, 8);
  expect_each_reported({
      {"depth",
       kHead + "<graph><nodes><node id=\"a\"><attvalues>\n"
               "<x:a xmlns:x=\"urn:x\"><x:b/></x:a></attvalues></node></nodes></graph></gexf>\n",
       4, 22, "nested deeper than 6 levels (raise the limit with --max-depth)",
       with_limit(&ReadLimits::max_depth, 6)},
      {"attribute text",
       kHead + "<graph><nodes><node id=\"a\" label=\"123456789\"/></nodes></graph></gexf>\n", 3, 15,
       "--max-string-length", short_text},
      {"element text", kHead + "<meta><description>123456789</description></meta>\n", 3, 20,
       "--max-string-length", short_text},
      {"nodes",
       kHead + "<graph><nodes><node id=\"a\"/><node id=\"b\"/></nodes><edges>\n"
               "<edge source=\"a\" target=\"c\"/></edges></graph></gexf>\n",
       4, 1, "more than 2 nodes (raise the limit with --max-nodes)",
       with_limit(&ReadLimits::max_nodes, 2)},
      {"edges",
       kHead + kNodeA +
           "<edges>\n<edge source=\"a\" target=\"a\"/><edge source=\"a\" "
           "target=\"a\"/></edges></graph></gexf>\n",
       4, 30, "more than 1 edges (raise the limit with --max-edges)",
       with_limit(&ReadLimits::max_edges, 1)},
  });
}

TEST(GexfReaderErrors, CollectsEveryErrorUpToTheCap) {
  std::string text = kHead +
                     "<graph><attributes class=\"node\"><attribute id=\"n\" title=\"n\" "
                     "type=\"integer\"/></attributes>\n<nodes>\n";
  for (int i = 0; i < 10; ++i) {
    text += "<node id=\"v" + std::to_string(i) +
            "\"><attvalues><attvalue for=\"n\" value=\"x\"/></attvalues></node>\n";
  }
  text += "</nodes></graph></gexf>\n";
  kReader.expect_every_error_collected(text, 10, 5);
}

TEST(GexfReaderErrors, PositionsStayRightAcrossChunks) {
  // Far past the first 64 KiB piece handed to expat.
  std::string text = kHead + "<graph><nodes>\n";
  for (int i = 0; i < 5000; ++i) text += "<node id=\"node number " + std::to_string(i) + "\"/>\n";
  text +=
      "  <node id=\"x\"><attvalues><attvalue for=\"late\" value=\"1\"/></attvalues></node>\n"
      "</nodes></graph></gexf>\n";
  EXPECT_TRUE(kReader.one_error(text, 5004, 27, "undeclared node attribute 'late'"));
}

// ---- what other tools write

TEST(GexfReaderFiles, NetworkxKarate) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("networkx_karate.gexf"));
  test::expect_networkx_karate(g);
  EXPECT_EQ(g.edge_attributes().find("weight")->type(), AttrType::Double);  // the XML weight
  EXPECT_EQ(string_value(g, g.graph_attributes(), "creator", 0), "NetworkX 3.6.1");
}

TEST(GexfReaderFiles, NetworkxMultiDiGraph) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("networkx_multidigraph.gexf"));
  test::expect_networkx_multidigraph(g);  // weights written "nan" and "inf"
  EXPECT_EQ(g.node_list(*g.find("Salt Typhoon"), attr::kAliases),
            (std::vector<std::string_view>{"Earth Estries", "GhostEmperor"}));
  EXPECT_EQ(g.node_attributes().find("population")->type(), AttrType::Long);
  EXPECT_EQ(g.node_attributes().find("type"), nullptr);  // the entity type, not a column
  EXPECT_EQ(string_value(g, g.edge_attributes(), "networkx_key", 3), "2");
  EXPECT_EQ(string_value(g, g.graph_attributes(), "name", 0), "multi & <test>");
}

TEST(GexfReaderFiles, NetworkxViz) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("networkx_viz.gexf"));
  ASSERT_EQ(g.node_count(), 3u);
  EXPECT_FALSE(g.directed());
  const AttributeTable& t = g.node_attributes();
  EXPECT_EQ(t.find("r")->type(), AttrType::Int);
  EXPECT_EQ(t.find("x")->type(), AttrType::Double);
  EXPECT_EQ(t.find("r")->number(0), 230.0);
  EXPECT_EQ(t.find("g")->number(0), 159.0);
  EXPECT_EQ(t.find("b")->number(1), 255.0);
  EXPECT_EQ(t.find("x")->number(0), 10.5);
  EXPECT_EQ(t.find("y")->number(0), -3.0);
  EXPECT_EQ(t.find("size")->number(0), 12.5);
  EXPECT_FALSE(t.find("x")->has(1));
  EXPECT_FALSE(t.find("r")->has(2));
  EXPECT_EQ(t.find("z"), nullptr);                        // kgviz draws in 2D
  EXPECT_EQ(g.graph_attributes().find("name"), nullptr);  // networkx writes name=""
}

TEST(GexfReaderFiles, Graphology13) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("graphology_13.gexf"));
  ASSERT_EQ(g.node_count(), 3u);
  ASSERT_EQ(g.edge_count(), 3u);
  EXPECT_TRUE(g.directed());
  const VertexId salt = *g.find("salt");
  const VertexId att = *g.find("att");
  const VertexId quoted = *g.find("quoted \"id\"");
  EXPECT_EQ(g.label(att), "AT&T");
  EXPECT_EQ(g.label(quoted), "Line\nbreak");
  EXPECT_EQ(g.type(salt), "intrusion-set");
  // graphology 1.3 writes list items unquoted, so the comma inside one splits it (graphology's
  // own reader does the same).
  EXPECT_EQ(g.node_list(salt, attr::kAliases),
            (std::vector<std::string_view>{"Earth Estries", "GhostEmperor", "too"}));
  EXPECT_EQ(list_value(g, "tags", quoted), (std::vector<std::string_view>{"x|y"}));
  EXPECT_EQ(g.node_attributes().find("tags")->type(), AttrType::StringList);
  EXPECT_EQ(g.node_attributes().find("rank")->type(), AttrType::Int);
  EXPECT_EQ(g.node_attributes().find("active")->number(att), 0.0);
  // viz:color hex
  EXPECT_EQ(g.node_attributes().find("r")->number(salt), 230.0);
  EXPECT_EQ(g.node_attributes().find("g")->number(salt), 159.0);
  EXPECT_EQ(g.node_attributes().find("b")->number(att), 255.0);
  EXPECT_EQ(g.node_attributes().find("size")->number(salt), 12.5);
  EXPECT_EQ(g.node_attributes().find("y")->number(salt), -3.0);
  EXPECT_EQ(g.relation(0), "targets");
  EXPECT_EQ(g.edge_label(1), "compromised");
  EXPECT_EQ(g.relation(1), "compromises");
  EXPECT_EQ(g.edge_number(0, "weight"), 2.5);
  EXPECT_FALSE(g.edge_attributes().find("weight")->has(2));
  EXPECT_EQ(g.edge_string(0, attr::kEvidence), "they said \"<targets>\" & more");
  EXPECT_EQ(g.source(2), g.target(2));
  EXPECT_EQ(string_value(g, g.graph_attributes(), "description", 0), "graphology & <gexf> test");
}

TEST(GexfReaderFiles, Graphology12) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("graphology_12.gexf"));
  ASSERT_EQ(g.node_count(), 3u);
  ASSERT_EQ(g.edge_count(), 3u);
  const VertexId salt = *g.find("salt");
  EXPECT_EQ(g.node_list(salt, attr::kAliases),
            (std::vector<std::string_view>{"Earth Estries", "GhostEmperor, too"}));
  EXPECT_EQ(list_value(g, "tags", *g.find("quoted \"id\"")),
            (std::vector<std::string_view>{"x", "y"}));
  EXPECT_EQ(g.node_attributes().find("r")->number(salt), 230.0);  // r, g, b in GEXF 1.2
}

TEST(GexfReaderFiles, GephiStyle) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("gephi_style.gexf"));
  ASSERT_EQ(g.node_count(), 3u);
  ASSERT_EQ(g.edge_count(), 3u);
  EXPECT_TRUE(g.directed());
  EXPECT_EQ(g.label(1), "AT&T");
  EXPECT_EQ(g.type(0), "intrusion-set");  // attribute titled "type"
  EXPECT_EQ(g.type(1), "organization");   // its <default>
  const AttributeTable& t = g.node_attributes();
  EXPECT_EQ(t.find("Modularity Class")->number(1), 1.0);
  EXPECT_EQ(list_value(g, "Tags", 0),
            (std::vector<std::string_view>{"apt", "china, nexus", "it's"}));
  EXPECT_EQ(string_value(g, t, "Website", 1), "https://www.att.com/?a=1&b=2");  // anyURI
  // Dynamic: the time dimension is dropped, the last value kept.
  EXPECT_EQ(t.find("Score")->number(0), 2.5);
  EXPECT_EQ(t.find("x")->number(1), 100.0);
  EXPECT_EQ(t.find("size")->number(2), 10.0);
  EXPECT_EQ(t.find("b")->number(2), 178.0);
  EXPECT_FALSE(t.find("x")->has(2));
  EXPECT_EQ(g.relation(0), "targets");
  EXPECT_EQ(g.edge_label(0), "targets AT&T");
  EXPECT_EQ(g.edge_number(0, "weight"), 2.0);
  EXPECT_EQ(g.edge_string(0, attr::kEvidence), "\"breached\" the networks");
  EXPECT_EQ(g.edge_attributes().find("confirmed")->number(0), 1.0);
  EXPECT_EQ(g.edge_attributes().find("confirmed")->number(1), 0.0);  // <default>
  EXPECT_EQ(g.relation(1), "compromises");
  EXPECT_EQ(g.edge_attributes().find("r"), nullptr);  // edge colours are not kept
  EXPECT_EQ(string_value(g, g.graph_attributes(), "creator", 0), "Gephi 0.10.1");
}

// ---- details of the format

TEST(GexfReader, BomCrlfAndEdgesBeforeNodes) {
  const std::string text =
      "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
      "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\r\n"
      "<graph defaultedgetype=\"directed\">\r\n"
      "<attributes class=\"node\"><attribute id=\"0\" title=\"note\" type=\"string\"/>"
      "</attributes>\r\n"
      "<edges><edge source=\"b\" target=\"a\" kind=\"targets\"/>\r\n"
      "<edge source=\"a\" target=\"a\"/></edges>\r\n"
      "<nodes><node id=\"a\" label=\"Alpha\"><attvalues><attvalue for=\"0\" "
      "value=\"two&#13;&#10;lines\"/></attvalues></node><node id=\"b\"/></nodes>\r\n"
      "</graph></gexf>\r\n";
  const KnowledgeGraph g = kReader.read_ok(kReader.source_of(text));
  ASSERT_EQ(g.node_count(), 2u);
  EXPECT_EQ(g.id(0), "b");  // first named by the first edge, declared last
  EXPECT_EQ(g.label(0), "b");
  EXPECT_EQ(g.label(1), "Alpha");
  EXPECT_EQ(string_value(g, g.node_attributes(), "note", 1), "two\r\nlines");
  EXPECT_EQ(g.relation(0), "targets");
  EXPECT_EQ(g.relation(1), "");
  // With a BOM, the first line's columns still start at the first visible character.
  const auto errors = kReader.read_errors("\xEF\xBB\xBF<gexf><graph></gexf>");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].column, 16u);  // the name of the mismatched end tag
}

TEST(GexfReader, EdgeDirections) {
  const auto direction_of = [](const std::string& graph_tag, const std::string& edges) {
    return kReader
        .read_ok(kReader.source_of(kHead + graph_tag + "<nodes><node id=\"a\"/></nodes><edges>" +
                                   edges + "</edges></graph></gexf>\n"))
        .directed();
  };
  EXPECT_FALSE(direction_of("<graph>", ""));  // GEXF's default
  EXPECT_FALSE(direction_of("<graph defaultedgetype=\"mutual\">", ""));
  EXPECT_TRUE(direction_of("<graph defaultedgetype=\"Directed\">", ""));
  // The edges' own type decides, as long as they agree.
  EXPECT_TRUE(direction_of("<graph>", "<edge source=\"a\" target=\"a\" type=\"directed\"/>"));
  EXPECT_FALSE(direction_of("<graph defaultedgetype=\"directed\">",
                            "<edge source=\"a\" target=\"a\" type=\"mutual\"/>"));
  ReadOptions options;
  options.undirected = true;
  EXPECT_FALSE(kReader
                   .read_ok(kReader.source_of(kHead + "<graph defaultedgetype=\"directed\"><nodes>"
                                                      "<node id=\"a\"/></nodes></graph></gexf>\n"),
                            options)
                   .directed());
}

TEST(GexfReader, TypesDefaultsAndLastValueWins) {
  const std::string text =
      kHead +
      "<graph><attributes class=\"node\" mode=\"static\">\n"
      "<attribute id=\"0\" title=\"n\" type=\"LONG\"/>\n"
      "<attribute id=\"1\" title=\"n\" type=\"double\"/>\n"
      "<attribute id=\"2\" title=\"when\" type=\"date\"/>\n"
      "<attribute id=\"3\" title=\"ints\" type=\"listinteger\"/>\n"
      "<attribute id=\"4\" title=\"weight\" type=\"float\"><default>1.5</default></attribute>\n"
      "<attribute id=\"5\"/>\n"
      "<attribute id=\"6\" title=\"x\" type=\"integer\"/>\n"
      "</attributes>\n"
      "<nodes><node id=\"a\"><attvalues>"
      "<attvalue for=\"0\" value=\"7\"/><attvalue for=\"2\" value=\"2024-10-05\"/>"
      "<attvalue for=\"3\" value=\"1|2|3\"/><attvalue for=\"4\" value=\"2\"/>"
      "<attvalue for=\"4\" value=\"3\"/><attvalue id=\"5\" value=\"old-style\"/>"
      "<attvalue for=\"6\" value=\"4\"/></attvalues>"
      "<viz:position x=\"9.5\" y=\"1\"/></node>\n"
      "<node id=\"b\"><attvalues><attvalue for=\"1\" value=\"0.5\"/><attvalue for=\"0\" "
      "value=\"\"/>"
      "</attvalues></node></nodes></graph></gexf>\n";
  const KnowledgeGraph g = kReader.read_ok(kReader.source_of(text));
  const AttributeTable& t = g.node_attributes();
  EXPECT_EQ(t.find("n")->type(), AttrType::Double);  // long and double under one title
  EXPECT_EQ(t.find("n")->number(0), 7.0);
  EXPECT_EQ(t.find("n")->number(1), 0.5);
  EXPECT_EQ(string_value(g, t, "when", 0), "2024-10-05");
  EXPECT_EQ(list_value(g, "ints", 0), (std::vector<std::string_view>{"1", "2", "3"}));
  EXPECT_EQ(t.find("weight")->number(0), 3.0);         // the last value
  EXPECT_EQ(t.find("weight")->number(1), 1.5);         // the default
  EXPECT_EQ(string_value(g, t, "5", 0), "old-style");  // no title: the id; no type: string
  EXPECT_EQ(t.find("x")->type(), AttrType::Double);    // joined with viz's double
  EXPECT_EQ(t.find("x")->number(0), 4.0);              // the attvalue wins over viz
  EXPECT_EQ(t.find("y")->number(0), 1.0);
}

TEST(GexfReader, DispatchByExtensionAndContent) {
  const std::string text = kHead + "<graph><nodes><node id=\"a\"/></nodes></graph></gexf>\n";
  EXPECT_EQ(read_graph(kReader.source_of(text, "x.gexf"), ReadOptions{}).node_count(), 1u);
  InputSource stdin_source = kReader.source_of(text, "<stdin>");
  stdin_source.from_stdin = true;
  EXPECT_EQ(read_graph(stdin_source, ReadOptions{}).node_count(), 1u);
}

// ---- kgviz reads what it writes

std::string write(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                  const DrawingHints* hints) {
  std::ostringstream out;
  write_gexf(graph, analysis, hints, test::export_record(), out);
  return out.str();
}

TEST(GexfReaderRoundTrip, SameNodesEdgesAndAttributes) {
  KnowledgeGraph g;
  const VertexId a = g.add_entity("a & <1>", "Alpha \"A\"\nline\ttab", "threat-actor");
  const VertexId b = g.add_entity("b", "Beta ☃", "");
  g.set_node_list(a, attr::kAliases, {"A one", "A|two, three"});
  g.set_node_string(b, attr::kDescription, "about b ’");
  g.node_attributes().ensure("count", AttrType::Int)->set_integer(a, -7);
  g.node_attributes().ensure("big", AttrType::Long)->set_integer(b, std::int64_t{1} << 40);
  g.node_attributes().ensure("ok", AttrType::Boolean)->set_bool(a, true);
  g.node_attributes().ensure("ratio", AttrType::Float)->set_real(b, 0.1);
  g.node_attributes().ensure("score", AttrType::Double)->set_real(a, 1.0 / 3.0);
  const EdgeId e0 = g.add_relation(a, b);
  g.set_edge_string(e0, attr::kRelation, "targets");
  g.set_edge_string(e0, attr::kLabel, "targets");
  g.set_edge_string(e0, attr::kEvidence, "\"quoted\" <b> & \r\n");
  g.set_edge_real(e0, attr::kWeight, 2.5);
  const EdgeId e1 = g.add_relation(a, b);  // parallel, another type
  g.set_edge_string(e1, attr::kRelation, "uses");
  g.set_edge_string(e1, attr::kLabel, "uses it");
  g.set_edge_real(e1, attr::kWeight, std::numeric_limits<double>::infinity());
  const EdgeId e2 = g.add_relation(b, b);
  g.set_edge_string(e2, attr::kRelation, "self");
  g.set_edge_string(e2, attr::kLabel, "self");
  g.set_edge_real(e2, attr::kWeight, 1.0);
  g.edge_attributes().ensure("hops", AttrType::Long)->set_integer(e2, 3);

  const KnowledgeGraph back =
      kReader.read_ok(kReader.source_of(write(g, AnalysisResult{}, nullptr)));
  EXPECT_TRUE(back.directed());
  ASSERT_EQ(back.node_count(), g.node_count());
  ASSERT_EQ(back.edge_count(), g.edge_count());
  for (VertexId v = 0; v < g.node_count(); ++v) {
    EXPECT_EQ(back.id(v), g.id(v));
    EXPECT_EQ(back.label(v), g.label(v));
    EXPECT_EQ(back.type(v), g.type(v));
    EXPECT_EQ(back.node_list(v, attr::kAliases), g.node_list(v, attr::kAliases));
  }
  for (const AttributeColumn& column : g.node_attributes().columns()) {
    if (column.name() == attr::kAliases) continue;  // the entity's aliases, checked above
    const AttributeColumn* read = back.node_attributes().find(column.name());
    ASSERT_NE(read, nullptr) << column.name();
    EXPECT_EQ(read->type(), column.type()) << column.name();
    for (VertexId v = 0; v < g.node_count(); ++v) {
      EXPECT_EQ(read->has(v), column.has(v)) << column.name();
      EXPECT_EQ(attribute_text(*read, v, back.strings()), attribute_text(column, v, g.strings()))
          << column.name();
    }
  }
  EXPECT_EQ(back.node_attributes().columns().size(), g.node_attributes().columns().size());
  for (EdgeId e = 0; e < g.edge_count(); ++e) {
    EXPECT_EQ(back.source(e), g.source(e));
    EXPECT_EQ(back.target(e), g.target(e));
  }
  ASSERT_EQ(back.edge_attributes().columns().size(), g.edge_attributes().columns().size());
  for (const AttributeColumn& column : g.edge_attributes().columns()) {
    const AttributeColumn* read = back.edge_attributes().find(column.name());
    ASSERT_NE(read, nullptr) << column.name();
    EXPECT_EQ(read->type(), column.type()) << column.name();
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
      EXPECT_EQ(attribute_text(*read, e, back.strings()), attribute_text(column, e, g.strings()))
          << column.name();
    }
  }
}

TEST(GexfReaderRoundTrip, ReadingTheGoldenFileWritesItAgain) {
  // The writer's golden file holds hostile text, every column type, metrics and drawing hints:
  // read back and written with the same hints, it comes out byte for byte the same.
  const std::string golden =
      test::read_text_file(std::string(KGVIZ_TEST_DATA_DIR) + "/golden/gexf_writer_small.gexf");
  const KnowledgeGraph back = kReader.read_ok(kReader.source_of(golden));
  const DrawingHints hints = test::export_hints();
  EXPECT_EQ(write(back, AnalysisResult{}, &hints), golden);
  // What XML cannot carry came back as U+FFFD, as the writer documents; the rest unchanged.
  const VertexId q = *back.find("q \"two\"\n");
  EXPECT_EQ(back.label(q),
            "Q \"quoted\" <b>&amp;</b> & ]]> -- 'apos'\nline\ttab\rcr \xEF\xBF\xBD\xEF\xBF\xBD "
            "\xEF\xBF\xBD \xEF\xBF\xBD ünï ☃ 𝄞");
  EXPECT_EQ(back.node_attributes().find("x")->number(2), 123456.789);
  EXPECT_EQ(back.node_attributes().find("r")->number(0), 230.0);
  EXPECT_EQ(back.node_attributes().find("pagerank")->number(1), 1.0 / 3.0);
  EXPECT_FALSE(back.node_attributes().find("pagerank")->has(2));  // NaN is not written
  EXPECT_EQ(back.graph_attributes().columns().size(), 0u);        // kgviz's record is not data
}

}  // namespace
}  // namespace kgviz
