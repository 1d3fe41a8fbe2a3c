// What kgviz's DOT drawing holds, read back with cgraph: only entities outside the legend cluster
// (the caption in it), the data contract as plain attributes, the focus marked, and each relation
// label on its own line.
#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dot_support.hpp"
#include "io/input.hpp"
#include "io/yaml_reader.hpp"
#include "render/diagram.hpp"

namespace kgviz {
namespace {

RunRecord record() {
  RunRecord r;
  r.version = "0.1.0";
  r.command = "export";
  r.seed = 3;
  return r;
}

KnowledgeGraph bundled_graph() { return read_yaml(bundled_input(), ReadOptions{}); }

std::string draw_dot(const KnowledgeGraph& graph, DrawingOptions options = {}) {
  if (options.caption.empty()) options.caption = "Source: test";
  return Diagram::build(graph, {}, options, record()).render(DiagramFormat::Dot);
}

/// Names of the nodes of `graph` (root or subgraph).
std::set<std::string> node_names(Agraph_t* graph) {
  std::set<std::string> names;
  for (Agnode_t* n = agfstnode(graph); n != nullptr; n = agnxtnode(graph, n))
    names.insert(agnameof(n));
  return names;
}

std::string get(void* object, const char* name) { return test::ParsedDot::get(object, name); }

/// The points of a DOT `pos` of an edge ("e,x,y s,x,y x,y x,y ..."), its Bézier pieces sampled.
std::vector<std::pair<double, double>> line_of(const std::string& pos) {
  std::vector<std::pair<double, double>> controls;
  std::istringstream in(pos);
  std::string token;
  while (in >> token) {
    if (token.rfind("e,", 0) == 0 || token.rfind("s,", 0) == 0) continue;
    const auto comma = token.find(',');
    controls.emplace_back(std::stod(token.substr(0, comma)), std::stod(token.substr(comma + 1)));
  }
  std::vector<std::pair<double, double>> line;
  for (std::size_t i = 0; i + 3 < controls.size(); i += 3) {
    for (int k = 0; k <= 16; ++k) {
      const double t = k / 16.0;
      const double u = 1 - t;
      const auto at = [&](auto member) {
        return u * u * u * member(controls[i]) + 3 * u * u * t * member(controls[i + 1]) +
               3 * u * t * t * member(controls[i + 2]) + t * t * t * member(controls[i + 3]);
      };
      line.emplace_back(at([](const auto& p) { return p.first; }),
                        at([](const auto& p) { return p.second; }));
    }
  }
  return line;
}

std::pair<double, double> point_of(const std::string& text) {
  const auto comma = text.find(',');
  return {std::stod(text.substr(0, comma)), std::stod(text.substr(comma + 1))};
}

double distance_to(const std::vector<std::pair<double, double>>& line,
                   std::pair<double, double> p) {
  double best = 1e300;
  for (std::size_t i = 1; i < line.size(); ++i) {
    const auto [x0, y0] = line[i - 1];
    const auto [x1, y1] = line[i];
    const double dx = x1 - x0;
    const double dy = y1 - y0;
    const double length = dx * dx + dy * dy;
    double t = length > 0 ? ((p.first - x0) * dx + (p.second - y0) * dy) / length : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    best = std::min(best, std::hypot(x0 + t * dx - p.first, y0 + t * dy - p.second));
  }
  return best;
}

TEST(DiagramDot, OnlyEntitiesOutsideTheLegendClusterWhichHoldsTheCaption) {
  const KnowledgeGraph graph = bundled_graph();
  const test::ParsedDot dot(draw_dot(graph));
  ASSERT_NE(dot.graph(), nullptr);
  Agraph_t* legend = agsubg(dot.graph(), const_cast<char*>("cluster_kgviz_legend"), 0);
  ASSERT_NE(legend, nullptr);
  const std::set<std::string> drawing_only = node_names(legend);
  EXPECT_EQ(drawing_only.count("kgviz-caption"), 1u);
  std::set<std::string> entities;
  for (VertexId v = 0; v < graph.node_count(); ++v) entities.insert(std::string(graph.id(v)));
  std::set<std::string> outside;
  for (const std::string& name : node_names(dot.graph())) {
    if (drawing_only.count(name) == 0) outside.insert(name);
  }
  EXPECT_EQ(outside, entities);
  EXPECT_EQ(get(dot.node("kgviz-caption"), "class"), "kgviz-caption");
}

TEST(DiagramDot, WithoutALegendTheCaptionStillSitsInAnUndrawnLegendCluster) {
  KnowledgeGraph graph;
  graph.add_entity("a", "A", "");
  graph.add_entity("b", "B", "");
  graph.add_relation(0, 1);
  const test::ParsedDot dot(draw_dot(graph));
  Agraph_t* legend = agsubg(dot.graph(), const_cast<char*>("cluster_kgviz_legend"), 0);
  ASSERT_NE(legend, nullptr);
  EXPECT_EQ(node_names(legend), (std::set<std::string>{"kgviz-caption"}));
  EXPECT_EQ(get(legend, "peripheries"), "0");
  EXPECT_EQ(node_names(dot.graph()), (std::set<std::string>{"a", "b", "kgviz-caption"}));
}

TEST(DiagramDot, DataContractTravelsAsPlainAttributes) {
  KnowledgeGraph graph;
  const VertexId a = graph.add_entity("a", "Agency", "identity");
  const VertexId b = graph.add_entity("b", "Bureau", "identity");
  graph.set_node_list(a, attr::kAliases, {"The Agency", "A"});
  graph.set_node_string(a, attr::kDescription, "line one\nline \\ two");
  const EdgeId e = graph.add_relation(a, b);
  graph.set_edge_string(e, attr::kRelation, "informs");
  graph.set_edge_string(e, attr::kLabel, "informs");
  graph.set_edge_string(e, attr::kConfidence, "reported");
  graph.set_edge_string(e, attr::kEvidence, "they \"said\" so");
  graph.set_edge_string(e, attr::kSourceDoc, "article");
  graph.set_edge_string(e, attr::kDate, "2024-11-13");
  graph.set_edge_real(e, attr::kWeight, 2.5);
  graph.set_edge_string(e, attr::kAccordingTo, "b");
  const std::string text = draw_dot(graph);
  const test::ParsedDot dot(text);
  Agnode_t* agency = dot.node("a");
  ASSERT_NE(agency, nullptr);
  EXPECT_EQ(get(agency, "type"), "identity");
  EXPECT_EQ(get(agency, "aliases"), "The Agency; A");
  EXPECT_EQ(get(agency, "description"), "line one\\nline \\\\ two");  // C-style (escape_dot_value)
  EXPECT_EQ(get(agency, "label"), "Agency");
  EXPECT_EQ(get(agency, "entity_label"), "") << "the drawn label reads back as it is";
  Agedge_t* edge = dot.edge_by_key("e0");
  ASSERT_NE(edge, nullptr);
  EXPECT_EQ(get(edge, "relation"), "informs");
  EXPECT_EQ(get(edge, "confidence"), "reported");
  EXPECT_EQ(get(edge, "evidence"), "they \"said\" so");
  EXPECT_EQ(get(edge, "source_doc"), "article");
  EXPECT_EQ(get(edge, "date"), "2024-11-13");
  EXPECT_EQ(get(edge, "weight"), "2.5");
  EXPECT_EQ(get(edge, "according_to"), "b");
  bool html = false;
  EXPECT_EQ(test::html_label_text(test::ParsedDot::get(edge, "label", &html)), "informs");
  EXPECT_TRUE(html);

  // The weight is data only: the layout is the one drawn without it.
  graph.set_edge_real(e, attr::kWeight, 1000.0);
  const test::ParsedDot heavy(draw_dot(graph));
  EXPECT_EQ(get(heavy.node("a"), "pos"), get(agency, "pos"));
  EXPECT_EQ(get(heavy.edge_by_key("e0"), "weight"), "1000");
}

TEST(DiagramDot, LabelsTheDrawingDoesNotShowAreKeptAsData) {
  const std::size_t n = 400;  // large: only the top nodes keep a visible label, no edge labels
  KnowledgeGraph graph;
  for (std::size_t i = 0; i < n; ++i)
    graph.add_entity("v" + std::to_string(i), "Vertex " + std::to_string(i), "");
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const EdgeId e = graph.add_relation(static_cast<VertexId>(i), static_cast<VertexId>(i + 1));
    graph.set_edge_string(e, attr::kLabel, "next to");
  }
  DrawingOptions options;
  // Kept small: a given layout, Graphviz only draws.
  for (std::size_t i = 0; i < n; ++i) options.positions.emplace_back(30.0 * i, 0.0);
  options.positions_by = "input";
  const test::ParsedDot dot(draw_dot(graph, options));
  std::size_t hidden = 0;
  for (std::size_t i = 0; i < n; ++i) {
    Agnode_t* node = dot.node("v" + std::to_string(i));
    ASSERT_NE(node, nullptr);
    if (get(node, "label").empty()) {
      ++hidden;
      EXPECT_EQ(get(node, "entity_label"), "Vertex " + std::to_string(i));
    }
  }
  EXPECT_GT(hidden, 300u);
  EXPECT_EQ(get(dot.edge_by_key("e0"), "relation_label"), "next to");
}

TEST(DiagramDot, FocusIsMarkedInTheDrawingAndTheLegend) {
  const KnowledgeGraph graph = bundled_graph();
  DrawingOptions options;
  options.focus = graph.find("cisa");
  ASSERT_TRUE(options.focus);
  const test::ParsedDot dot(draw_dot(graph, options));
  Agnode_t* cisa = dot.node("cisa");
  EXPECT_EQ(get(cisa, "peripheries"), "2");
  EXPECT_EQ(get(cisa, "class"), "kgviz-focus");
  bool html = false;
  EXPECT_NE(test::ParsedDot::get(cisa, "label", &html).find("<B>CISA</B>"), std::string::npos);
  EXPECT_TRUE(html);
  EXPECT_EQ(get(dot.node("fbi"), "peripheries"), "");
  Agnode_t* sample = dot.node("kgviz-legend-focus");
  ASSERT_NE(sample, nullptr);
  EXPECT_EQ(get(sample, "peripheries"), "2");
  EXPECT_EQ(test::html_label_text(get(sample, "label")), "focus: CISA");
}

TEST(DiagramDot, EachRelationLabelSitsOnItsOwnLine) {
  const KnowledgeGraph graph = bundled_graph();
  const test::ParsedDot dot(draw_dot(graph));
  std::vector<std::vector<std::pair<double, double>>> lines(graph.edge_count());
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    Agedge_t* edge = dot.edge_by_key("e" + std::to_string(e));
    ASSERT_NE(edge, nullptr);
    lines[e] = line_of(get(edge, "pos"));
  }
  std::size_t labelled = 0;
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    const std::string lp = get(dot.edge_by_key("e" + std::to_string(e)), "lp");
    if (lp.empty()) continue;
    ++labelled;
    // Within the sampling of the spline (kgviz samples 8 points a piece, this test 16).
    EXPECT_LT(distance_to(lines[e], point_of(lp)), 1.5) << "e" << e;
  }
  EXPECT_EQ(labelled, graph.edge_count());
  // The case: FBI's and CISA's "published" and "investigates" labels, next to each other
  // at the left: no other line runs through the middle of any of them.
  for (const auto& [from, to] :
       std::vector<std::pair<std::string, std::string>>{{"fbi", "joint-advisory"},
                                                        {"cisa", "joint-advisory"},
                                                        {"fbi", "us-telecom-hack"},
                                                        {"cisa", "us-telecom-hack"}}) {
    Agedge_t* edge = agedge(dot.graph(), dot.node(from), dot.node(to), nullptr, 0);
    ASSERT_NE(edge, nullptr) << from << " -> " << to;
    const auto centre = point_of(get(edge, "lp"));
    const auto key = std::stoul(std::string(agnameof(edge)).substr(1));
    for (EdgeId other = 0; other < graph.edge_count(); ++other) {
      if (other == key) continue;
      EXPECT_GT(distance_to(lines[other], centre), 4.0)
          << from << " -> " << to << " label, crossed by e" << other;
    }
  }
}

}  // namespace
}  // namespace kgviz
