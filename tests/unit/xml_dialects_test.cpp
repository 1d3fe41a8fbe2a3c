// GraphML and GEXF as other tools write them (issue 13): graph-tool's value types kgviz cannot
// type, igraph's names as ids, and edges naming nodes that the file never declares. The files in
// tests/data/graphml are written by the real tools (make_files.py).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_run_support.hpp"
#include "io/gexf_reader.hpp"
#include "io/graphml_reader.hpp"
#include "model/diagnostics.hpp"
#include "reader_test_support.hpp"
#include "warning_test_support.hpp"

namespace kgviz {
namespace {

const std::string kGraphmlData = std::string(KGVIZ_TEST_DATA_DIR) + "/data/graphml/";
const test::ReaderTester kGraphml(read_graphml, "t.graphml", kGraphmlData);
const test::ReaderTester kGexf(read_gexf, "t.gexf",
                               std::string(KGVIZ_TEST_DATA_DIR) + "/data/gexf/");
using test::collecting_warnings;
using test::contains;
using test::string_value;

const std::string kGraphmlHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";  // lines 1-2
const std::string kGexfHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n";  // lines 1-2

/// Reads the GraphML test file `name`, which must succeed, with its warnings kept in `warnings`.
KnowledgeGraph read_graphml_file(const std::string& name, std::vector<Diagnostic>& warnings) {
  return kGraphml.read_ok(kGraphml.file_source(name), collecting_warnings(warnings));
}

// ---- graph-tool: value types kgviz cannot type are text, with one warning per key

TEST(GraphToolGraphml, EveryValueTypeReadsVectorsAsTextWithOneWarningEach) {
  std::vector<Diagnostic> warnings;
  const KnowledgeGraph g = read_graphml_file("graph_tool_vectors.graphml", warnings);
  ASSERT_EQ(g.node_count(), 3u);
  ASSERT_EQ(g.edge_count(), 2u);
  EXPECT_TRUE(g.directed());
  const AttributeTable& nodes = g.node_attributes();
  // Kept exactly as graph-tool writes them (its own escapes included).
  for (const char* name : {"pos", "ints", "words", "flags", "blob"}) {
    ASSERT_NE(nodes.find(name), nullptr) << name;
    EXPECT_EQ(nodes.find(name)->type(), AttrType::String) << name;
  }
  EXPECT_EQ(string_value(g, nodes, "pos", 1), "1.5, -1");
  EXPECT_EQ(string_value(g, nodes, "ints", 2), "2, 3, 4");
  EXPECT_EQ(string_value(g, nodes, "words", 0), "w0, a,\\ b");
  EXPECT_EQ(string_value(g, nodes, "blob", 0), "gAWVCgAAAAAAAAB9lIwBa5RLAHMu");
  EXPECT_EQ(string_value(g, g.edge_attributes(), "coords", 1), "1, 1.5");
  // The types kgviz reads stay typed: graph-tool's int16_t is written `short`.
  EXPECT_EQ(nodes.find("small")->type(), AttrType::Int);
  EXPECT_EQ(nodes.find("small")->number(0), -1.0);
  EXPECT_EQ(nodes.find("big")->number(2), 1099511627778.0);
  EXPECT_EQ(nodes.find("flag")->type(), AttrType::Boolean);

  // One warning per key, at its <key>, naming it and its type.
  ASSERT_EQ(warnings.size(), 6u) << test::formatted(warnings);
  EXPECT_EQ(warnings[0].format(),
            "graph_tool_vectors.graphml:8:3: warning: key 'key1' (blob) has type "
            "\"python_object\", which kgviz does not read: its values are kept as text");
  std::string named;
  for (const Diagnostic& w : warnings) {
    EXPECT_EQ(w.severity, Severity::Warning);
    named += w.message.substr(0, w.message.find(')') + 1) + " ";
  }
  EXPECT_EQ(named,
            "key 'key1' (blob) key 'key2' (coords) key 'key5' (flags) key 'key6' (ints) "
            "key 'key7' (pos) key 'key11' (words) ");
}

TEST(GraphToolGraphml, CollectionKarateAsGraphToolSavesIt) {
  std::vector<Diagnostic> warnings;
  const KnowledgeGraph g = read_graphml_file("graph_tool_karate.graphml", warnings);
  EXPECT_EQ(g.node_count(), 34u);
  EXPECT_EQ(g.edge_count(), 78u);
  EXPECT_FALSE(g.directed());
  EXPECT_EQ(g.id(0), "n0");  // no names: the file's ids
  EXPECT_EQ(string_value(g, g.node_attributes(), "pos", 0),
            "-97.518891526091664, -18.55198438922142");
  EXPECT_TRUE(contains(string_value(g, g.graph_attributes(), "description", 0), "Zachary"));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_TRUE(contains(warnings[0].message, "(pos) has type \"vector_float\""));
}

TEST(GraphToolGraphml, VertexAndEdgeIdKeysGiveTheIds) {
  std::vector<Diagnostic> warnings;
  const KnowledgeGraph g = kGraphml.read_ok(
      kGraphml.source_of(
          kGraphmlHead +
          "<key id=\"k0\" for=\"node\" attr.name=\"_graphml_vertex_id\" attr.type=\"string\"/>\n"
          "<key id=\"k1\" for=\"edge\" attr.name=\"_graphml_edge_id\" attr.type=\"string\"/>\n"
          "<graph edgedefault=\"directed\">\n"
          "<node id=\"n0\"><data key=\"k0\">alice</data></node>\n"
          "<node id=\"n1\"><data key=\"k0\">bob</data></node>\n"
          "<node id=\"n2\"/>\n"
          "<edge source=\"n0\" target=\"n1\"><data key=\"k1\">e-ab</data></edge>\n"
          "</graph></graphml>\n"),
      collecting_warnings(warnings));
  EXPECT_TRUE(warnings.empty());
  ASSERT_EQ(g.node_count(), 3u);
  EXPECT_EQ(g.id(0), "alice");
  EXPECT_EQ(g.label(0), "alice");
  EXPECT_EQ(g.id(2), "n2");  // no value: the file's id
  EXPECT_EQ(*g.find("bob"), 1u);
  EXPECT_FALSE(g.find("n0").has_value());
  EXPECT_EQ(g.node_attributes().find("_graphml_vertex_id"), nullptr);  // it is the id now
  EXPECT_EQ(g.edge_string(0, "id"), "e-ab");
}

TEST(GraphToolGraphml, RepeatedVertexIdValuesAreAnError) {
  const auto errors = kGraphml.read_errors(
      kGraphmlHead +
      "<key id=\"k0\" for=\"node\" attr.name=\"_graphml_vertex_id\" attr.type=\"string\"/>\n"
      "<graph><node id=\"n0\"><data key=\"k0\">x</data></node>"
      "<node id=\"n1\"><data key=\"k0\">x</data></node></graph></graphml>\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].format(),
            "t.graphml: error: the values of '_graphml_vertex_id' (graph-tool's node ids) are not "
            "distinct");
}

TEST(GraphToolGraphml, AnyUnknownTypeIsTextNeverARefusal) {
  std::vector<Diagnostic> warnings;
  const KnowledgeGraph g = kGraphml.read_ok(
      kGraphml.source_of(
          kGraphmlHead +
          "  <key id=\"d0\" for=\"node\" attr.name=\"n\" attr.type=\"complex\"/>\n"
          "  <key id=\"d1\" for=\"node\" attr.name=\"m\" attr.type=\"INTEGER\"/>\n"
          "  <key id=\"d2\" for=\"node\" attr.name=\"l\" attr.type=\"liststring\"/>\n"
          "<graph><node id=\"a\"><data key=\"d0\"> 1+2i </data><data key=\"d1\">7</data>"
          "<data key=\"d2\">x</data></node></graph></graphml>\n"),
      collecting_warnings(warnings));
  EXPECT_EQ(string_value(g, g.node_attributes(), "n", 0), " 1+2i ");  // as written
  EXPECT_EQ(g.node_attributes().find("m")->type(), AttrType::Int);    // GEXF's name, any case
  EXPECT_EQ(string_value(g, g.node_attributes(), "l", 0), "x");
  ASSERT_EQ(warnings.size(), 2u) << test::formatted(warnings);
  EXPECT_EQ(warnings[0].line, 3u);
  EXPECT_EQ(warnings[0].column, 3u);
  EXPECT_TRUE(contains(warnings[0].message, "key 'd0' (n) has type \"complex\""));
  EXPECT_EQ(warnings[1].line, 5u);
}

TEST(GexfDialects, UnknownTypeIsTextWithAWarning) {
  std::vector<Diagnostic> warnings;
  const KnowledgeGraph g = kGexf.read_ok(
      kGexf.source_of(
          kGexfHead +
          "<graph><attributes class=\"node\">\n"
          "  <attribute id=\"0\" title=\"n\" type=\"number\"/>\n"
          "</attributes><nodes><node id=\"a\"><attvalues><attvalue for=\"0\" value=\"12 \"/>"
          "</attvalues></node></nodes></graph></gexf>\n"),
      collecting_warnings(warnings));
  EXPECT_EQ(string_value(g, g.node_attributes(), "n", 0), "12 ");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].format(),
            "t.gexf:4:3: warning: node attribute '0' (n) has type \"number\", which kgviz does not "
            "read: its values are kept as text");
}

// ---- igraph: vertex names are the ids

TEST(IgraphGraphml, NamesAreTheIdsAndTheLabelsWhereThereIsNone) {
  std::vector<Diagnostic> warnings;
  const KnowledgeGraph g = read_graphml_file("igraph_names.graphml", warnings);
  EXPECT_TRUE(warnings.empty());
  ASSERT_EQ(g.node_count(), 4u);
  ASSERT_EQ(g.edge_count(), 4u);
  EXPECT_EQ(g.id(0), "alice");
  EXPECT_EQ(g.label(0), "Alice A.");  // igraph's own label attribute wins
  EXPECT_EQ(g.id(2), "carol");
  EXPECT_EQ(g.label(2), "carol");  // none of its own (igraph writes an empty one)
  EXPECT_EQ(g.source(3), *g.find("carol"));
  EXPECT_EQ(g.target(3), *g.find("dave"));
  EXPECT_FALSE(g.find("n0").has_value());
  EXPECT_EQ(g.edge_number(0, "weight"), 1.5);
}

TEST(IgraphGraphml, WithoutNamesTheFileIdsStay) {
  std::vector<Diagnostic> warnings;
  const KnowledgeGraph g = read_graphml_file("igraph_karate.graphml", warnings);
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(g.node_count(), 34u);
  EXPECT_EQ(g.edge_count(), 78u);
  EXPECT_EQ(g.id(33), "n33");
  EXPECT_EQ(g.label(33), "n33");
}

TEST(IgraphGraphml, RepeatedNamesCannotBeIdsAndSaySo) {
  std::vector<Diagnostic> warnings;
  const KnowledgeGraph g = read_graphml_file("igraph_repeated_names.graphml", warnings);
  EXPECT_EQ(g.id(0), "n0");
  EXPECT_EQ(g.id(1), "n1");
  EXPECT_EQ(g.label(1), "x");  // still the label
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].format(),
            "igraph_repeated_names.graphml: warning: node ids stay n0, n1, ...: nodes 'n0' and "
            "'n1' are both named 'x', so the names cannot be the ids");
}

TEST(IgraphGraphml, ANodeWithoutANameKeepsTheFileIds) {
  std::vector<Diagnostic> warnings;
  const KnowledgeGraph g = kGraphml.read_ok(
      kGraphml.source_of(
          kGraphmlHead +
          "<key id=\"v_name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
          "<graph><node id=\"n0\"><data key=\"v_name\">a</data></node>"
          "<node id=\"n1\"/></graph></graphml>\n"),
      collecting_warnings(warnings));
  EXPECT_EQ(g.id(0), "n0");
  EXPECT_EQ(g.label(0), "a");
  EXPECT_EQ(g.label(1), "n1");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_TRUE(contains(warnings[0].message, "node 'n1' has no name")) << warnings[0].message;
}

TEST(IgraphGraphml, NamesAreIdsOnlyWhereFileIdsArePositions) {
  // networkx's ids are the user's: a `name` there is the label, not the id.
  const KnowledgeGraph g = kGraphml.read_ok(kGraphml.source_of(
      kGraphmlHead +
      "<key id=\"d0\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
      "<graph><node id=\"n1\"><data key=\"d0\">one</data></node>"
      "<node id=\"n0\"><data key=\"d0\">zero</data></node></graph></graphml>\n"));
  EXPECT_EQ(g.id(0), "n1");
  EXPECT_EQ(g.label(0), "one");
}

class IgraphCli : public test::CliFixture {
 protected:
  IgraphCli() : CliFixture("kgviz_igraph_") {}
};

TEST_F(IgraphCli, PathAndFocusTakeTheNamesPeopleSeeInIgraph) {
  const std::string file = "'" + kGraphmlData + "igraph_names.graphml'";
  const auto path = kgviz("path " + file + " alice dave");
  ASSERT_EQ(path.status, 0) << path.err;
  EXPECT_TRUE(contains(path.out, "Alice A."));
  EXPECT_TRUE(contains(path.out, "dave"));
  const auto focus =
      kgviz("analyze " + file + " --focus carol --depth 1 --format csv --metrics degree");
  ASSERT_EQ(focus.status, 0) << focus.err;
  EXPECT_TRUE(contains(focus.out, "\ncarol,carol,"));
}

TEST_F(IgraphCli, GraphToolWarningsGoToStandardErrorAndTheRunSucceeds) {
  const auto run = kgviz("validate '" + kGraphmlData + "graph_tool_vectors.graphml'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(contains(run.out, ": ok: 3 entities, 2 relations"));
  EXPECT_TRUE(contains(run.err,
                       "graph_tool_vectors.graphml:14:3: warning: key 'key7' (pos) has type "
                       "\"vector_float\""));
  EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 6);
  // Warnings are capped like errors.
  const auto capped =
      kgviz("validate --max-errors 2 '" + kGraphmlData + "graph_tool_vectors.graphml'");
  ASSERT_EQ(capped.status, 0);
  EXPECT_EQ(std::count(capped.err.begin(), capped.err.end(), '\n'), 3) << capped.err;
  EXPECT_TRUE(contains(capped.err, "more warnings left out"));
}

// ---- an edge end no node declares is an error at the edge, never a phantom node

TEST(UndeclaredEdgeEnds, GraphmlReportsEachAtItsFirstEdge) {
  const auto errors = kGraphml.read_errors(kGraphmlHead +
                                           "<graph edgedefault=\"directed\">\n"
                                           "  <node id=\"a\"/>\n"
                                           "  <edge source=\"a\" target=\"typo\"/>\n"
                                           "  <edge source=\"ghost\" target=\"a\"/>\n"
                                           "  <edge source=\"a\" target=\"typo\"/>\n"
                                           "</graph></graphml>\n");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].format(),
            "t.graphml:5:3: error: edge end 'typo' is not a node of the file (no <node "
            "id=\"typo\">)");
  EXPECT_EQ(errors[1].line, 6u);
  EXPECT_TRUE(contains(errors[1].message, "'ghost'"));
}

TEST(UndeclaredEdgeEnds, GexfReportsEachAtItsFirstEdge) {
  EXPECT_TRUE(kGexf.one_error(kGexfHead + "<graph><nodes><node id=\"a\"/></nodes>\n"
                                          "<edges>\n"
                                          "  <edge source=\"a\" target=\"b\"/>\n"
                                          "</edges></graph></gexf>\n",
                              5, 3, "edge end 'b' is not a node of the file"));
}

TEST(UndeclaredEdgeEnds, SortedAmongOtherErrorsByPosition) {
  const auto errors = kGraphml.read_errors(kGraphmlHead +
                                           "<graph>\n"
                                           "<edge source=\"a\" target=\"b\"/>\n"
                                           "<node id=\"a\"/>\n"
                                           "<node/>\n"
                                           "</graph></graphml>\n");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].line, 4u);  // b, found at the end
  EXPECT_EQ(errors[1].line, 6u);  // <node> without an id
}

TEST(UndeclaredEdgeEnds, FilesOfOtherToolsDeclareEveryNode) {
  for (const char* file :
       {"networkx_karate.graphml", "networkx_multidigraph.graphml", "igraph_small.graphml",
        "graph_tool_small.graphml", "gephi_style.graphml", "yed_style.graphml"}) {
    SCOPED_TRACE(file);
    (void)kGraphml.read_ok(kGraphml.file_source(file));
  }
  for (const char* file : {"networkx_karate.gexf", "networkx_multidigraph.gexf", "gephi_style.gexf",
                           "graphology_13.gexf"}) {
    SCOPED_TRACE(file);
    (void)kGexf.read_ok(kGexf.file_source(file));
  }
}

}  // namespace
}  // namespace kgviz
