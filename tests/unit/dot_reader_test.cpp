// The DOT reader (io/dot_reader.hpp): Graphviz users' files, layouts Graphviz wrote, kgviz's own
// drawings read back to the graph they were drawn from, every class of bad input with its
// position, and cgraph's global state kept out of the next read and of other threads.
#include "io/dot_reader.hpp"

#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "dot_support.hpp"
#include "export_fixture.hpp"
#include "io/graph_reader.hpp"
#include "io/text.hpp"
#include "io/yaml_reader.hpp"
#include "model/analysis_result.hpp"
#include "reader_test_support.hpp"
#include "render/diagram.hpp"
#include "render/graphviz_session.hpp"
#include "render/graphviz_text.hpp"

namespace kgviz {
namespace {

const test::ReaderTester kReader(read_dot, "t.dot",
                                 std::string(KGVIZ_TEST_DATA_DIR) + "/data/dot/");
using test::string_value;
using test::with_limit;

std::string node_value(const KnowledgeGraph& g, std::string_view id, std::string_view name) {
  return string_value(g, g.node_attributes(), name, *g.find(id));
}
std::string edge_value(const KnowledgeGraph& g, EdgeId e, std::string_view name) {
  return string_value(g, g.edge_attributes(), name, e);
}

// ---- Graphviz users' files

/// What clusters.gv holds, whether read as written or after a Graphviz layout (laidout.dot).
void expect_threat_map(const KnowledgeGraph& g) {
  ASSERT_EQ(g.node_count(), 6u);
  EXPECT_TRUE(g.directed());
  EXPECT_EQ(g.label(*g.find("salt")), "Salt Typhoon");               // \n line break
  EXPECT_EQ(g.label(*g.find("volt")), "Volt Typhoon & co");          // HTML-like label
  EXPECT_EQ(g.label(*g.find("mss")), "Ministry of State Security");  // \l line breaks
  EXPECT_EQ(g.label(*g.find("telecom")), "telecom");                 // \N
  EXPECT_EQ(g.label(*g.find("gov:x")), "US gov");                    // a quoted name with ':'
  // Typed columns: every value of score is a number; defaults (node [team=...]) apply.
  ASSERT_NE(g.node_attributes().find("score"), nullptr);
  EXPECT_EQ(g.node_attributes().find("score")->type(), AttrType::Double);
  EXPECT_EQ(node_value(g, "volt", "score"), "2");
  EXPECT_EQ(node_value(g, "salt", "team"), "red");
  EXPECT_EQ(node_value(g, "mss", "team"), "unknown");
  // The innermost cluster, by its label (HTML text content), else by its name; the root's label,
  // which cgraph hands subgraphs as a default, is not a cluster's.
  EXPECT_EQ(node_value(g, "salt", "cluster"), "China-linked");
  EXPECT_EQ(node_value(g, "mss", "cluster"), "Actors");
  EXPECT_EQ(node_value(g, "telecom", "cluster"), "cluster_targets");
  EXPECT_EQ(node_value(g, "unclustered", "cluster"), "<absent>");
  // A user's file keeps every attribute as a column, Graphviz's own included (drawing attributes
  // only leave kgviz's own drawings): node [..] and edge [..] defaults apply, ports stay.
  EXPECT_EQ(node_value(g, "salt", "shape"), "box");
  EXPECT_EQ(node_value(g, "mss", "fillcolor"), "#eeeeee");
  EXPECT_EQ(node_value(g, "volt", "style"), "filled");
  EXPECT_EQ(string_value(g, g.graph_attributes(), "name", 0), "Threat map");
  EXPECT_EQ(string_value(g, g.graph_attributes(), "label", 0), "Who targets whom");
  EXPECT_EQ(string_value(g, g.graph_attributes(), "source", 0), "hand-written");
  EXPECT_EQ(string_value(g, g.graph_attributes(), "rankdir", 0), "LR");

  ASSERT_EQ(g.edge_count(), 6u);  // both parallel salt -> telecom edges, the self-loop
  int parallel = 0;
  int second_key = 0;
  for (EdgeId e = 0; e < g.edge_count(); ++e) {
    if (g.id(g.source(e)) == "salt" && g.id(g.target(e)) == "telecom") {
      ++parallel;
      EXPECT_EQ(g.relation(e), "targets");
      if (edge_value(g, e, "key") == "second") {
        ++second_key;
        EXPECT_EQ(g.edge_number(e, "weight"), 3.0);
      }
    }
    if (g.id(g.source(e)) == "mss") {
      EXPECT_EQ(edge_value(g, e, "evidence"), "linked to \"MSS\"");
      EXPECT_EQ(edge_value(g, e, "style"), "dashed");
      EXPECT_EQ(edge_value(g, e, "color"), "gray");
    }
    if (g.id(g.target(e)) == "gov:x") {
      EXPECT_EQ(edge_value(g, e, "tailport"), "p1:ne");
      EXPECT_EQ(edge_value(g, e, "headport"), "w");
    }
  }
  EXPECT_EQ(parallel, 2);
  EXPECT_EQ(second_key, 1);
  EXPECT_EQ(g.edge_attributes().find("weight")->type(), AttrType::Double);
}

TEST(DotReader, GraphvizUsersFile) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("clusters.gv"));
  expect_threat_map(g);
  EXPECT_EQ(g.node_attributes().find("x"), nullptr);  // no layout: no position
  // File order: the first edge is the first written.
  EXPECT_EQ(g.id(g.source(0)), "salt");
  EXPECT_EQ(edge_value(g, 0, "confidence"), "reported");
}

TEST(DotReader, LayoutWrittenByGraphvizKeepsItsValues) {
  // `dot -Txdot clusters.gv`: bb, pos, lp, width, height, _draw_ ... added by the layout, kept as
  // columns like any attribute of a file kgviz did not write; `pos` is the position (x, y).
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("laidout.dot"));
  expect_threat_map(g);
  const AttributeColumn* x = g.node_attributes().find("x");
  ASSERT_NE(x, nullptr);
  EXPECT_EQ(x->type(), AttrType::Double);
  EXPECT_TRUE(x->has(*g.find("salt")));
  EXPECT_TRUE(g.node_attributes().find("y")->has(*g.find("salt")));
  EXPECT_EQ(g.node_attributes().find("pos"), nullptr);
  EXPECT_NE(g.node_attributes().find("width"), nullptr);
  EXPECT_NE(g.graph_attributes().find("bb"), nullptr);
}

TEST(DotReader, StrictGraphMergesAsGraphvizDoes) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("strict.dot"));
  ASSERT_EQ(g.edge_count(), 3u);  // a->b once (last attributes win), b->a, one self-loop
  EXPECT_EQ(g.id(g.source(0)), "a");
  EXPECT_EQ(g.id(g.target(0)), "b");
  EXPECT_EQ(edge_value(g, 0, "w"), "2");
}

TEST(DotReader, UndirectedGraphWithNodeSetEdges) {
  const KnowledgeGraph g = kReader.read_ok(kReader.file_source("undirected.dot"));
  EXPECT_FALSE(g.directed());
  EXPECT_EQ(g.node_count(), 7u);
  ASSERT_EQ(g.edge_count(), 8u);  // {a b} -- {c d} is four edges; c--a and a--c both kept
  for (EdgeId e = 0; e < 4; ++e) EXPECT_EQ(edge_value(g, e, "kind"), "product");
  EXPECT_EQ(g.id(g.source(4)), "c");  // ends as written
  EXPECT_EQ(g.id(g.target(4)), "a");
  EXPECT_EQ(string_value(g, g.graph_attributes(), "name", 0), "G");
}

TEST(DotReader, UndirectedOptionAndTextConventions) {
  ReadOptions options;
  options.undirected = true;
  const KnowledgeGraph g = kReader.read_ok(
      kReader.source_of("\xEF\xBB\xBF"
                        "DiGraph g {\n"
                        "  NODE [kind=x];\n"
                        "  a [label=\"\\G: \\N \\\\ &lt;&#233;&gt;\", flag=true, n=\"-3\"];\n"
                        "  b [label=\"x\" + \"y\", flag=false, n=4, url=\"\"];\n"
                        "  a -> b [label=\"\\T to \\H\"];\n"
                        "}\n"),
      options);
  EXPECT_FALSE(g.directed());
  EXPECT_EQ(g.label(0), "g: a \\ <\xC3\xA9>");
  EXPECT_EQ(g.label(1), "xy");
  EXPECT_EQ(g.node_attributes().find("flag")->type(), AttrType::Boolean);
  EXPECT_EQ(g.node_attributes().find("n")->type(), AttrType::Long);
  EXPECT_EQ(node_value(g, "a", "kind"), "x");
  EXPECT_EQ(g.node_attributes().find("url"), nullptr);  // no value anywhere: no column
  EXPECT_EQ(edge_value(g, 0, "label"), "a to b");
}

// ---- kgviz's own drawings

/// Every node and edge of `a` is in `b` with the same id, label, type, ends and attributes
/// (compared as text); `b` may have x and y besides.
void expect_same_graph(const KnowledgeGraph& a, const KnowledgeGraph& b) {
  ASSERT_EQ(a.node_count(), b.node_count());
  ASSERT_EQ(a.edge_count(), b.edge_count());
  EXPECT_EQ(a.directed(), b.directed());
  for (VertexId v = 0; v < a.node_count(); ++v) {
    const auto w = b.find(a.id(v));
    ASSERT_TRUE(w.has_value()) << a.id(v);
    EXPECT_EQ(a.label(v), b.label(*w));
    EXPECT_EQ(a.type(v), b.type(*w));
    for (const AttributeColumn& column : a.node_attributes().columns()) {
      EXPECT_EQ(string_value(a, a.node_attributes(), column.name(), v),
                string_value(b, b.node_attributes(), column.name(), *w))
          << a.id(v) << " " << column.name();
    }
  }
  for (const AttributeColumn& column : b.node_attributes().columns()) {
    EXPECT_TRUE(a.node_attributes().find(column.name()) != nullptr || column.name() == "x" ||
                column.name() == "y")
        << "extra column " << column.name();
  }
  // Edges: kgviz writes them in its own order; match each to an unused equal one. `weight` is
  // Graphviz's layout weight, which the drawing does not carry (the bundled graph's are all 1,
  // the value of a relation without one).
  std::vector<bool> used(b.edge_count(), false);
  const auto edge_text = [&a](const KnowledgeGraph& g, EdgeId e) {
    std::string text = std::string(g.id(g.source(e))) + "|" + std::string(g.id(g.target(e))) + "|" +
                       std::string(g.relation(e)) + "|" + std::string(g.edge_label(e));
    for (const AttributeColumn& column : a.edge_attributes().columns()) {
      if (column.name() == attr::kLabel || column.name() == attr::kWeight) continue;
      text += "|" + column.name() + "=" + string_value(g, g.edge_attributes(), column.name(), e);
    }
    return text;
  };
  for (const AttributeColumn& column : b.edge_attributes().columns()) {
    EXPECT_NE(a.edge_attributes().find(column.name()), nullptr) << "extra column " << column.name();
  }
  for (EdgeId e = 0; e < a.edge_count(); ++e) {
    const std::string wanted = edge_text(a, e);
    bool found = false;
    for (EdgeId f = 0; f < b.edge_count() && !found; ++f) {
      if (!used[f] && edge_text(b, f) == wanted) found = used[f] = true;
    }
    EXPECT_TRUE(found) << wanted;
  }
}

KnowledgeGraph read_back(const KnowledgeGraph& graph, const DrawingOptions& options) {
  const std::string dot =
      Diagram::build(graph, AnalysisResult{}, options, RunRecord{}).render(DiagramFormat::Dot);
  return kReader.read_ok(kReader.source_of(dot, "kgviz.dot"));
}

TEST(DotReader, KgvizDrawingOfTheBundledGraphReadsBackToIt) {
  const KnowledgeGraph bundled = read_yaml(bundled_input(), ReadOptions{});
  DrawingOptions options;
  options.title = "A title";
  options.caption = "A caption";
  const KnowledgeGraph back = read_back(bundled, options);
  expect_same_graph(bundled, back);
  EXPECT_EQ(string_value(back, back.graph_attributes(), "title", 0),
            string_value(bundled, bundled.graph_attributes(), "title", 0));
  // The legend and caption are drawing, not entities.
  EXPECT_FALSE(back.find("kgviz-caption").has_value());
  EXPECT_FALSE(back.find("kgviz-legend-0").has_value());
  EXPECT_EQ(back.node_attributes().find("cluster"), nullptr);
  EXPECT_EQ(back.node_attributes().find("tooltip"), nullptr);
  EXPECT_NE(back.node_attributes().find("x"), nullptr);
}

TEST(DotReader, KgvizDrawingWithClustersReadsBackWithoutThem) {
  const KnowledgeGraph bundled = read_yaml(bundled_input(), ReadOptions{});
  DrawingOptions options;
  options.cluster_by = ClusterBy::EntityType;  // edge labels become xlabels, nodes sit in clusters
  const KnowledgeGraph back = read_back(bundled, options);
  expect_same_graph(bundled, back);
  EXPECT_EQ(back.node_attributes().find("cluster"), nullptr);
}

TEST(DotReader, KgvizDrawingOfHostileTextReadsBack) {
  // Ids Graphviz cannot take as node names (renamed, with entity_id), markup, quotes, line breaks,
  // backslashes, entities in every field. Text that no output can carry (invalid UTF-8, controls)
  // is sanitised by the writer; a label whose drawn lines do not join back to it (line breaks)
  // is carried whole as entity_label and read back as it was (tabs as spaces).
  KnowledgeGraph graph = test::export_graph();
  const VertexId odd = graph.add_entity("ends with \\", "a \\N label \\", "type \\n");
  graph.set_node_string(odd, attr::kDescription, "back\\slash &amp; \"q\"");
  const KnowledgeGraph back = read_back(graph, DrawingOptions{});
  ASSERT_EQ(back.node_count(), graph.node_count());
  ASSERT_EQ(back.edge_count(), graph.edge_count());
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    const std::string id = sanitize_text(graph.id(v));
    const auto w = back.find(id);
    ASSERT_TRUE(w.has_value()) << id;
    std::string label = sanitize_text(graph.label(v));
    std::replace(label.begin(), label.end(), '\t', ' ');  // as in every DOT value kgviz writes
    EXPECT_EQ(back.label(*w), label) << id;
    EXPECT_EQ(back.type(*w), sanitize_text(graph.type(v))) << id;
    EXPECT_EQ(back.node_string(*w, attr::kDescription),
              sanitize_text(graph.node_string(v, attr::kDescription)))
        << id;
  }
  // Aliases travel joined by "; " (as in GraphML and GEXF): an alias holding "; " comes back split.
  EXPECT_EQ(back.node_list(*back.find("p&<1>"), attr::kAliases),
            (std::vector<std::string_view>{"P one", "P, \"two\"", "three", "p|pipe"}));
  std::vector<std::string> evidence_written;
  std::vector<std::string> evidence_read;
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    evidence_written.push_back(sanitize_text(graph.edge_string(e, attr::kEvidence)));
    evidence_read.push_back(std::string(back.edge_string(e, attr::kEvidence)));
  }
  std::sort(evidence_written.begin(), evidence_written.end());
  std::sort(evidence_read.begin(), evidence_read.end());
  EXPECT_EQ(evidence_written, evidence_read);
}

// ---- bad input: each class with its position

TEST(DotReader, EveryClassOfBadInputIsPositioned) {
  const std::string many_nodes = "digraph { a b c d e }";
  const std::vector<test::BadInputCase> inputs{
      {"syntax error", "digraph {\n  a -> ;\n}\n", 2, 8, "expected a node or a subgraph"},
      {"missing brace", "digraph\n  a -> b\n", 2, 5, "expected '{' to open the graph"},
      {"arrow in graph", "graph {\n  a -> b\n}", 2, 5, "'->' in an undirected graph"},
      {"dashes in digraph", "digraph { a -- b }", 1, 13, "'--' in a directed graph"},
      {"unterminated string", "digraph {\n  a [label=\"open\n  b\n}\n", 2, 12,
       "unterminated quoted string"},
      {"unterminated html", "digraph { a [label=<<b>x</b>] }", 1, 20, "unterminated HTML string"},
      {"unterminated comment", "digraph { a }\n/* never closed", 2, 1, "unterminated /* comment"},
      {"truncated file", "digraph {\n  a -> b [color=re", 2, 19, "found end of input"},
      {"bad character", "digraph { a; \x01 }", 1, 14, "unexpected character 0x01"},
      {"attribute macro", "digraph { a [@x] }", 1, 14, "unexpected character '@'"},
      {"subgraph without body", "digraph { subgraph s; a }", 1, 21,
       "expected '{' to open the subgraph"},
      {"empty node name", "digraph { a -> \"\" }", 1, 16, "empty node name"},
      {"second graph", "digraph { a }\ndigraph { b }\n", 2, 1, "a second graph"},
      {"text after graph", "digraph { a } x", 1, 15, "after the graph's closing '}'"},
      {"empty input", "  \n// nothing\n", 3, 1, "empty input"},
      {"no nodes", "digraph { }", 0, 0, "the graph has no nodes"},
      {"invalid UTF-8", "digraph { \"\xC3\x28\" }", 1, 12, "invalid UTF-8"},
      {"NUL byte", std::string("digraph { a", 11) + std::string(1, '\0') + " }", 1, 12, "NUL byte"},
      {"nesting", "digraph { { { { a } } } }", 1, 15, "nested deeper than 3",
       with_limit(&ReadLimits::max_depth, 3)},
      {"string length", "digraph { \"abcdefghijk\" }", 1, 11, "longer than 10",
       with_limit(&ReadLimits::max_string_length, 10)},
      {"joined string length", "digraph { a [x=\"abcdef\" + \"ghijk\"] }", 1, 16, "longer than 10",
       with_limit(&ReadLimits::max_string_length, 10)},
      {"nodes", many_nodes, 1, 19, "more than 4 nodes", with_limit(&ReadLimits::max_nodes, 4)},
      {"edges", "digraph {\n a -> b -> c\n}", 2, 9, "more than 1 edges",
       with_limit(&ReadLimits::max_edges, 1)},
      {"node-set product", "digraph { {a b c} -> {d e f} }", 1, 19, "more than 8 edges",
       with_limit(&ReadLimits::max_edges, 8)},
  };
  test::expect_each_reported(kReader, inputs);
}

TEST(DotReader, NodeSetProductBombStopsBeforeGraphvizBuildsIt) {
  // Two sets of 30,000 nodes joined by one `->` ask for 900 million edges (the default limit is
  // 500 million): refused from the counts alone, at the operator.
  std::string text = "digraph {\n{";
  for (int i = 0; i < 30000; ++i) text += " a" + std::to_string(i);
  text += " }\n -> {";
  for (int i = 0; i < 30000; ++i) text += " b" + std::to_string(i);
  text += " }\n}\n";
  EXPECT_TRUE(kReader.one_error(text, 3, 2, "more than 500000000 edges"));
}

TEST(DotReader, NamedSubgraphEndsCountAllTheirNodes) {
  // `subgraph s` opened again keeps its nodes: as an edge end it has all four.
  const std::string text = "digraph { subgraph s { a b } subgraph s { c d } x -> subgraph s { } }";
  EXPECT_TRUE(
      kReader.one_error(text, 1, 51, "more than 3 edges", with_limit(&ReadLimits::max_edges, 3)));
  const KnowledgeGraph g = kReader.read_ok(kReader.source_of(text));
  EXPECT_EQ(g.edge_count(), 4u);
}

// ---- cgraph's global state

TEST(DotReader, NoStateLeaksBetweenReadsOrIntoOtherGraphvizUsers) {
  // A file cgraph would leave mid-comment, then a direct cgraph read (as render/ and the tests
  // do), then a broken direct read, then the reader again.
  const std::string trailing = "digraph { a -> b } /* a comment\n   over two lines */\n";
  EXPECT_EQ(kReader.read_ok(kReader.source_of(trailing)).edge_count(), 1u);
  {
    const test::ParsedDot parsed("digraph { x -> y -> z }");
    ASSERT_NE(parsed.graph(), nullptr);
    EXPECT_EQ(agnnodes(parsed.graph()), 3);
  }
  {
    const test::ParsedDot broken("digraph { a [label=\"never closed ]\n");
    EXPECT_EQ(broken.graph(), nullptr);
  }
  const KnowledgeGraph g = kReader.read_ok(kReader.source_of("graph { p -- q }"));
  EXPECT_EQ(g.node_count(), 2u);
  EXPECT_FALSE(g.directed());
  EXPECT_TRUE(kReader.one_error("digraph { a -> }", 1, 16, "expected a node"));
  EXPECT_EQ(kReader.read_ok(kReader.source_of("digraph { r }")).node_count(), 1u);
}

TEST(DotReader, ThreadsReadAtOnce) {
  const InputSource clusters = kReader.file_source("clusters.gv");
  std::vector<std::thread> threads;
  std::vector<int> edges(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i)
        edges[t] += static_cast<int>(read_dot(clusters, {}).edge_count());
    });
  }
  for (auto& thread : threads) thread.join();
  for (int count : edges) EXPECT_EQ(count, 60);
}

// ---- sniffing and registration

TEST(DotReader, ExtensionsAndFromName) {
  InputSource source;
  source.path = "x.GV";
  EXPECT_EQ(detect_format(source, InputFormat::Auto), InputFormat::Dot);
  source.path = "x.dot";
  EXPECT_EQ(detect_format(source, InputFormat::Auto), InputFormat::Dot);
  source.path = "x.dot.gz";
  EXPECT_EQ(detect_format(source, InputFormat::Auto), InputFormat::Dot);
  EXPECT_EQ(input_format_named("dot"), InputFormat::Dot);
}

}  // namespace
}  // namespace kgviz
