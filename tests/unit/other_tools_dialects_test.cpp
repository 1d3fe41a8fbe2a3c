// Dialects of the files other tools write, as their users read them (issue 13, the corpus of
// tests/data/formats): a user's DOT keeps every attribute while kgviz's own DOT (its run-record
// comment) drops the drawing kgviz added; record-shaped DOT labels without their ports;
// graph-tool's `\"` in GML strings; GML ids kept as `gml_id` where the labels are the ids.
#include <gtest/gtest.h>

#include <string>

#include "io/dot_reader.hpp"
#include "io/gml_reader.hpp"
#include "reader_test_support.hpp"

namespace kgviz {
namespace {

const test::ReaderTester kDot(read_dot, "t.dot", std::string(KGVIZ_TEST_DATA_DIR) + "/data/dot/");
const test::ReaderTester kGml(read_gml, "t.gml", std::string(KGVIZ_TEST_DATA_DIR) + "/data/gml/");
using test::string_value;

const std::string kStyledDot =
    "digraph g {\n"
    "  graph [rankdir=LR, bgcolor=white];\n"
    "  node [shape=box, fillcolor=\"#eeeeee\", style=filled];\n"
    "  a [fontsize=14, topic=\"cats\"];\n"
    "  b;\n"
    "  a -> b [color=red, penwidth=2, evidence=\"seen\"];\n"
    "}\n";

TEST(OtherToolsDialects, UsersDotKeepsEveryAttribute) {
  const KnowledgeGraph g = kDot.read_ok(kDot.source_of(kStyledDot));
  const VertexId a = *g.find("a");
  const VertexId b = *g.find("b");
  EXPECT_EQ(string_value(g, g.node_attributes(), "shape", a), "box");
  EXPECT_EQ(string_value(g, g.node_attributes(), "shape", b), "box");  // the default applies
  EXPECT_EQ(string_value(g, g.node_attributes(), "fillcolor", b), "#eeeeee");
  EXPECT_EQ(string_value(g, g.node_attributes(), "fontsize", a), "14");
  EXPECT_EQ(string_value(g, g.node_attributes(), "topic", a), "cats");
  EXPECT_EQ(string_value(g, g.edge_attributes(), "color", 0), "red");
  EXPECT_EQ(string_value(g, g.edge_attributes(), "penwidth", 0), "2");
  EXPECT_EQ(string_value(g, g.edge_attributes(), "evidence", 0), "seen");
  EXPECT_EQ(string_value(g, g.graph_attributes(), "rankdir", 0), "LR");
  EXPECT_EQ(string_value(g, g.graph_attributes(), "bgcolor", 0), "white");
}

TEST(OtherToolsDialects, KgvizRecordCommentMarksKgvizsOwnDot) {
  // The same text as kgviz writes it (its first line): the drawing attributes are kgviz's own.
  const KnowledgeGraph g =
      kDot.read_ok(kDot.source_of("// kgviz: kgviz 0.1.0 export; seed: 0\n" + kStyledDot));
  for (const char* drawing : {"shape", "fillcolor", "style", "fontsize"}) {
    EXPECT_EQ(g.node_attributes().find(drawing), nullptr) << drawing;
  }
  EXPECT_EQ(string_value(g, g.node_attributes(), "topic", *g.find("a")), "cats");
  EXPECT_EQ(g.edge_attributes().find("color"), nullptr);
  EXPECT_EQ(g.edge_attributes().find("penwidth"), nullptr);
  EXPECT_EQ(string_value(g, g.edge_attributes(), "evidence", 0), "seen");
  EXPECT_EQ(g.graph_attributes().find("rankdir"), nullptr);
  // A comment elsewhere, or another tool's, does not make the file kgviz's.
  const KnowledgeGraph other = kDot.read_ok(kDot.source_of("// made by hand\n" + kStyledDot));
  EXPECT_NE(other.node_attributes().find("shape"), nullptr);
}

TEST(OtherToolsDialects, RecordLabelsShowTheirFieldsWithoutPorts) {
  const KnowledgeGraph g =
      kDot.read_ok(kDot.source_of("digraph { node [shape=record];\n"
                                  "  a [label=\"<p0> left|<p1> middle|<p2> right\"];\n"
                                  "  b [label=\"{<n> north|<s> south}\"];\n"
                                  "  c [label=\"x \\<y\\>\"];\n"
                                  "  d [shape=box, label=\"<kept>\"];\n"
                                  "  a:p1 -> b:n; }\n"));
  EXPECT_EQ(g.label(*g.find("a")), "left| middle| right");
  EXPECT_EQ(g.label(*g.find("b")), "{ north| south}");
  EXPECT_EQ(g.label(*g.find("c")), "x <y>");   // escaped angle brackets are text
  EXPECT_EQ(g.label(*g.find("d")), "<kept>");  // not a record: the label as written
}

TEST(OtherToolsDialects, GraphToolQuotesInGmlStrings) {
  const KnowledgeGraph g =
      kGml.read_ok(kGml.source_of("graph [\n"
                                  "  readme \"the novel \\\"Les Miserables\\\" by Hugo\"\n"
                                  "  node [ id 0 label \"Myriel\" note \"a \\\"bishop\\\"\" ]\n"
                                  "  node [ id 1 label \"Napoleon\" path \"C:\\\\x\" ]\n"
                                  "  edge [ source 0 target 1 ]\n"
                                  "]\n"));
  EXPECT_EQ(string_value(g, g.graph_attributes(), "readme", 0),
            "the novel \"Les Miserables\" by Hugo");
  EXPECT_EQ(string_value(g, g.node_attributes(), "note", *g.find("Myriel")), "a \"bishop\"");
  // Other backslashes stay as written (graph-tool writes them as they are).
  EXPECT_EQ(string_value(g, g.node_attributes(), "path", *g.find("Napoleon")), "C:\\\\x");
  EXPECT_EQ(g.edge_count(), 1u);
}

TEST(OtherToolsDialects, GmlStringWithEscapedQuoteStillNeedsItsEnd) {
  EXPECT_TRUE(kGml.one_error("graph [\n  node [ id 0 label \"open \\\" ]\n]\n", 2, 21,
                             "unterminated string"));
}

TEST(OtherToolsDialects, GmlIdsStayWhenLabelsAreTheIds) {
  const KnowledgeGraph g =
      kGml.read_ok(kGml.source_of("graph [ directed 1\n"
                                  "  node [ id 7 label \"Alpha\" ]\n"
                                  "  node [ id 9 label \"Beta\" ]\n"
                                  "  edge [ source 7 target 9 ]\n"
                                  "]\n"));
  const AttributeColumn* gml_id = g.node_attributes().find("gml_id");
  ASSERT_NE(gml_id, nullptr);
  EXPECT_EQ(gml_id->type(), AttrType::Long);
  EXPECT_EQ(string_value(g, g.node_attributes(), "gml_id", *g.find("Alpha")), "7");
  EXPECT_EQ(string_value(g, g.node_attributes(), "gml_id", *g.find("Beta")), "9");
  // Repeated labels: the GML ids are the ids, no second copy of them.
  const KnowledgeGraph same = kGml.read_ok(
      kGml.source_of("graph [\n  node [ id 7 label \"A\" ]\n  node [ id 9 label \"A\" ]\n]\n"));
  EXPECT_TRUE(same.find("7").has_value());
  EXPECT_EQ(same.node_attributes().find("gml_id"), nullptr);
}

}  // namespace
}  // namespace kgviz
