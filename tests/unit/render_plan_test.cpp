// What a diagram shows, decided without Graphviz (render/diagram_plan.hpp, diagram_style.hpp):
// styles by type, engine choice, option errors, labels kept on large graphs, legend entries.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "model/diagnostics.hpp"
#include "render/diagram_plan.hpp"
#include "render/diagram_style.hpp"
#include "render/graphviz_session.hpp"

namespace kgviz {
namespace {

KnowledgeGraph chain(std::size_t n, const std::vector<std::string>& types) {
  KnowledgeGraph g;
  for (std::size_t i = 0; i < n; ++i) {
    g.add_entity("v" + std::to_string(i), "Vertex " + std::to_string(i), types[i % types.size()]);
  }
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const EdgeId e = g.add_relation(static_cast<VertexId>(i), static_cast<VertexId>(i + 1));
    g.set_edge_string(e, "relation", "next");
  }
  return g;
}

AnalysisResult with_metric(const std::string& name, std::vector<double> values) {
  AnalysisResult r;
  MetricColumn column;
  column.name = name;
  column.values = std::move(values);
  r.metrics.add(std::move(column));
  return r;
}

TEST(RenderStyle, StixTypesHaveFixedDistinctStyles) {
  TypeStyles a;
  TypeStyles b;
  b.style_of("custom-first");  // registering others first must not change STIX styles
  const std::vector<std::string> stix = {
      "intrusion-set",  "threat-actor", "campaign",       "identity", "location",      "report",
      "infrastructure", "malware",      "attack-pattern", "tool",     "vulnerability", "indicator"};
  std::vector<std::string> shapes;
  for (const auto& type : stix) {
    const TypeStyle style = a.style_of(type);
    EXPECT_EQ(style.shape, b.style_of(type).shape) << type;
    EXPECT_EQ(style.fill, b.style_of(type).fill) << type;
    shapes.push_back(style.shape + (style.rounded ? "+rounded" : ""));
  }
  std::sort(shapes.begin(), shapes.end());
  EXPECT_EQ(std::unique(shapes.begin(), shapes.end()), shapes.end()) << "a shape is used twice";
  EXPECT_EQ(a.style_of("identity").shape, "box");
  EXPECT_TRUE(a.style_of("identity").rounded);
}

TEST(RenderStyle, UnknownTypesCycleInOrderOfFirstAppearance) {
  TypeStyles a;
  TypeStyles b;
  const TypeStyle first = a.style_of("alpha");
  const TypeStyle second = a.style_of("beta");
  EXPECT_NE(first.shape, second.shape);
  EXPECT_EQ(b.style_of("alpha").shape, first.shape);  // same order, same styles
  EXPECT_EQ(b.style_of("identity").shape, "box");     // STIX types take no fallback slot
  EXPECT_EQ(b.style_of("beta").shape, second.shape);
  // 88 (shape, colour) pairs before one repeats.
  TypeStyles many;
  std::vector<std::pair<std::string, std::string>> pairs;
  for (int i = 0; i < 88; ++i) {
    const TypeStyle& s = many.style_of("t" + std::to_string(i));
    pairs.emplace_back(s.shape, s.fill.hex());
  }
  std::sort(pairs.begin(), pairs.end());
  EXPECT_EQ(std::unique(pairs.begin(), pairs.end()), pairs.end());
  EXPECT_EQ(many.used().size(), 88u);
}

TEST(RenderStyle, ColoursAndLineStyles) {
  EXPECT_EQ(sequential_color(0.0).hex(), "#440154");
  EXPECT_EQ(sequential_color(1.0).hex(), "#fde725");
  EXPECT_EQ(sequential_color(2.0).hex(), "#fde725");
  EXPECT_EQ(sequential_color(std::numeric_limits<double>::quiet_NaN()).hex(), "#440154");
  EXPECT_EQ(text_color_on(sequential_color(0.0)).hex(), "#ffffff");
  EXPECT_EQ(text_color_on(sequential_color(1.0)).hex(), "#1a1a1a");
  EXPECT_EQ(text_color_on(categorical_color(0)).hex(), "#1a1a1a");
  EXPECT_EQ(categorical_color_count(), 16u);
  EXPECT_EQ(categorical_color(8), blend(categorical_color(0), {0, 0, 0}, 0.4));  // a shade darker
  EXPECT_NE(categorical_color(8), categorical_color(0));
  EXPECT_EQ(categorical_color(0), categorical_color(16));
  EXPECT_EQ(confidence_line_style("confirmed"), "solid");
  EXPECT_EQ(confidence_line_style("reported"), "dashed");
  EXPECT_EQ(confidence_line_style("alleged"), "dotted");
  EXPECT_EQ(confidence_line_style(""), "solid");
  EXPECT_EQ(confidence_line_style("unheard-of"), "solid");
}

TEST(RenderPlan, EngineIsDotForSmallTypedDirectedGraphsAndSfdpForLarge) {
  const AnalysisResult none;
  EXPECT_EQ(plan_diagram(chain(10, {"identity"}), none, {}).engine, LayoutEngine::Dot);
  EXPECT_EQ(plan_diagram(chain(150, {"identity"}), none, {}).engine, LayoutEngine::Dot);
  EXPECT_EQ(plan_diagram(chain(151, {"identity"}), none, {}).engine, LayoutEngine::Sfdp);
  DrawingOptions clustered;
  clustered.cluster_by = ClusterBy::EntityType;
  EXPECT_EQ(plan_diagram(chain(400, {"identity"}), none, clustered).engine, LayoutEngine::Fdp);
  for (auto name : layout_engines()) {
    DrawingOptions o;
    o.engine = *layout_engine_named(name);
    EXPECT_EQ(layout_engine_name(plan_diagram(chain(5, {"identity"}), none, o).engine), name);
  }
  EXPECT_FALSE(layout_engine_named("graphviz"));
  EXPECT_FALSE(layout_engine_named(""));
}

TEST(RenderPlan, ChoicesTheCliCannotHaveLetThroughAreProgrammerErrors) {
  const KnowledgeGraph g = chain(5, {"identity"});
  const AnalysisResult r = with_metric("pagerank", {0.1, 0.2, 0.3, 0.2, 0.2});
  const auto message = [&](DrawingOptions o) -> std::string {
    try {
      (void)plan_diagram(g, r, o);
    } catch (const std::invalid_argument& e) {
      return e.what();
    }
    return "no error";
  };
  DrawingOptions o;
  o.color = {VisualEncoding::Source::Metric, "betweenness"};
  EXPECT_EQ(message(o), "no metric 'betweenness' with a value per node");
  o = {};
  o.size = {VisualEncoding::Source::Attribute, "club"};
  EXPECT_EQ(message(o), "no numeric node attribute 'club'");
  o = {};
  o.cluster_by = ClusterBy::EntityType;
  o.engine = LayoutEngine::Neato;
  EXPECT_EQ(message(o), "clusters are drawn by the dot and fdp engines only, not by neato");
  o = {};
  o.color = {VisualEncoding::Source::Community, {}};
  EXPECT_EQ(message(o), "community colours or clusters need communities");
  o = {};
  o.focus = 5;
  EXPECT_EQ(message(o), "the focus is no vertex of the graph");
}

TEST(RenderPlan, LegendListsOnlyThePresentTypesInOrder) {
  const KnowledgeGraph g = chain(6, {"location", "identity", "location"});
  const DiagramPlan plan = plan_diagram(g, {}, {});
  ASSERT_EQ(plan.legend.types.size(), 2u);
  EXPECT_EQ(plan.legend.types[0].first, "location");
  EXPECT_EQ(plan.legend.types[1].first, "identity");
  EXPECT_TRUE(plan.legend.confidence_levels.empty());  // no edge has a confidence
  EXPECT_TRUE(plan.legend.color_title.empty());
}

TEST(RenderPlan, EdgesGetStyleLabelAndTooltip) {
  KnowledgeGraph g;
  const VertexId a = g.add_entity("a", "Agency", "identity");
  const VertexId b = g.add_entity("b", "Bureau", "identity");
  const EdgeId e = g.add_relation(a, b);
  g.set_edge_string(e, "relation", "informed-of");
  g.set_edge_string(e, "label", "was informed of a very long thing");
  g.set_edge_string(e, "confidence", "alleged");
  g.set_edge_string(e, "evidence", "the quote");
  g.set_edge_string(e, "source_doc", "article");
  g.set_edge_string(e, "according_to", "a");
  const EdgeId bare = g.add_relation(b, a);
  const DiagramPlan plan = plan_diagram(g, {}, {});
  EXPECT_EQ(plan.edges[e].line_style, "dotted");
  EXPECT_EQ(plan.edges[e].label_lines,
            (std::vector<std::string>{"was informed of a", "very long thing"}));
  EXPECT_EQ(plan.edges[e].tooltip,
            "informed-of \xE2\x80\x94 alleged \xE2\x80\x94 the quote \xE2\x80\x94 source: article "
            "(according to Agency)");
  EXPECT_EQ(plan.edges[bare].tooltip, "Bureau \xE2\x86\x92 Agency");
  EXPECT_EQ(plan.edges[bare].line_style, "solid");
  EXPECT_EQ(plan.legend.confidence_levels, (std::vector<std::string_view>{"alleged"}));
}

TEST(RenderPlan, NodeTooltipIsTheDescriptionElseTheLabel) {
  KnowledgeGraph g;
  const VertexId a = g.add_entity("a", "Agency", "identity");
  g.add_entity("b", "", "identity");
  g.set_node_string(a, "description", "What the agency does.");
  const DiagramPlan plan = plan_diagram(g, {}, {});
  EXPECT_EQ(plan.nodes[0].tooltip, "What the agency does.");
  EXPECT_EQ(plan.nodes[0].label_lines, (std::vector<std::string>{"Agency"}));
  EXPECT_EQ(plan.nodes[1].tooltip, "b");  // no label: the id stands in
  EXPECT_EQ(plan.nodes[1].label_lines, (std::vector<std::string>{"b"}));
}

TEST(RenderPlan, LargeGraphsKeepLabelsOnTheTopNodesOnly) {
  const std::size_t n = 1000;
  KnowledgeGraph g = chain(n, {"identity"});
  std::vector<double> pagerank(n);
  for (std::size_t i = 0; i < n; ++i) pagerank[i] = static_cast<double>((i * 7919) % n);
  DrawingOptions o;
  o.size = {VisualEncoding::Source::Metric, "pagerank"};
  const DiagramPlan plan = plan_diagram(g, with_metric("pagerank", pagerank), o);
  EXPECT_TRUE(plan.large);
  EXPECT_FALSE(plan.edge_labels);
  std::size_t labelled = 0;
  double smallest_labelled = 1e300;
  double largest_unlabelled = -1;
  for (std::size_t v = 0; v < n; ++v) {
    EXPECT_FALSE(plan.nodes[v].tooltip.empty());
    if (plan.nodes[v].label_lines.empty()) {
      EXPECT_TRUE(plan.nodes[v].fixed_size);
      largest_unlabelled = std::max(largest_unlabelled, pagerank[v]);
    } else {
      ++labelled;
      smallest_labelled = std::min(smallest_labelled, pagerank[v]);
    }
  }
  EXPECT_EQ(labelled, kAutoLabelCount);
  EXPECT_GT(smallest_labelled, largest_unlabelled);
  EXPECT_EQ(plan.legend.size_note, "Size: pagerank");

  o.label_limit = 3;
  const DiagramPlan few = plan_diagram(chain(10, {"identity"}),
                                       with_metric("pagerank", std::vector<double>(10, 1.0)), o);
  std::size_t shown = 0;
  for (const auto& node : few.nodes) shown += node.label_lines.empty() ? 0 : 1;
  EXPECT_EQ(shown, 3u);
  EXPECT_FALSE(few.nodes[0].label_lines.empty());  // ties: lowest vertex first
}

TEST(RenderPlan, ColourByMetricAndCommunity) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const KnowledgeGraph g = chain(4, {"identity"});
  DrawingOptions o;
  o.color = {VisualEncoding::Source::Metric, "closeness"};
  const DiagramPlan plan = plan_diagram(g, with_metric("closeness", {0.0, 0.5, 1.0, nan}), o);
  EXPECT_EQ(plan.nodes[0].fill, sequential_color(0.0));
  EXPECT_EQ(plan.nodes[2].fill, sequential_color(1.0));
  EXPECT_EQ(plan.nodes[3].fill, kUndefinedFill);
  EXPECT_EQ(plan.legend.color_title, "Colour: closeness");
  ASSERT_EQ(plan.legend.colors.size(), 6u);  // 5 steps and "undefined"
  EXPECT_EQ(plan.legend.colors[0].label, "0");
  EXPECT_EQ(plan.legend.colors[4].label, "1");
  EXPECT_EQ(plan.legend.colors[5].label, "undefined");
  EXPECT_EQ(plan.legend.types[0].second.fill, kNeutralFill);  // shapes still explain types

  AnalysisResult communities;
  communities.communities.push_back({0, {0, 1}});
  communities.communities.push_back({1, {2}});
  o.color = {VisualEncoding::Source::Community, {}};
  o.cluster_by = ClusterBy::Community;
  const DiagramPlan by_community = plan_diagram(g, communities, o);
  EXPECT_EQ(by_community.nodes[0].fill, categorical_color(0));
  EXPECT_EQ(by_community.nodes[2].fill, categorical_color(1));
  EXPECT_EQ(by_community.nodes[3].fill, kUndefinedFill);
  ASSERT_EQ(by_community.clusters.size(), 1u);  // one-node communities get no frame
  EXPECT_EQ(by_community.nodes[0].cluster, 0);
  EXPECT_EQ(by_community.nodes[2].cluster, -1);
  EXPECT_EQ(by_community.legend.colors.back().label, "no community");
}

TEST(RenderPlan, UnsafeIdsGetSubstituteNodeNames) {
  EXPECT_TRUE(is_safe_node_name("salt-typhoon"));
  EXPECT_TRUE(is_safe_node_name("node"));  // cgraph quotes keywords itself
  EXPECT_TRUE(is_safe_node_name("with \"quotes\" and {braces}"));
  EXPECT_FALSE(is_safe_node_name(""));
  EXPECT_FALSE(is_safe_node_name("ends with \\"));
  EXPECT_FALSE(is_safe_node_name("%3"));
  EXPECT_FALSE(is_safe_node_name("two\nlines"));
  EXPECT_FALSE(is_safe_node_name("bad\xFF"));
  EXPECT_TRUE(is_safe_node_name("AT&T"));
  EXPECT_TRUE(is_safe_node_name("a & b; c"));
  EXPECT_FALSE(is_safe_node_name("&amp; raw"));
  EXPECT_FALSE(is_safe_node_name("x&#38;y"));
  EXPECT_FALSE(is_safe_node_name("n<Q\"}&;"));  // Graphviz takes `&;` for an entity (fuzz finding)
  EXPECT_FALSE(is_safe_node_name("x&#;"));

  KnowledgeGraph g;
  g.add_entity("kgviz-node-1", "taken", "identity");
  g.add_entity("back\\slash", "x", "identity");
  const DiagramPlan plan = plan_diagram(g, {}, {});
  EXPECT_EQ(plan.nodes[0].name, "kgviz-node-1");
  EXPECT_FALSE(plan.nodes[0].renamed);
  EXPECT_EQ(plan.nodes[1].name, "kgviz-node-1_");
  EXPECT_TRUE(plan.nodes[1].renamed);
}

TEST(RenderPlugins, MissingConfigurationOrEngineIsAClearError) {
  const auto message = [](const std::vector<std::string>& installed) -> std::string {
    try {
      require_layout_engines(installed, {"sfdp", "nop2"});
    } catch (const Error& e) {
      return e.what();
    }
    return "no error";
  };
  EXPECT_EQ(message({}),
            "Graphviz has no layout engines: its plugin configuration is missing (run `dot -c` as "
            "root to rebuild it)");
  EXPECT_EQ(message({"dot", "nop2"}),
            "Graphviz has no 'sfdp' layout engine (installed: dot, nop2)");
  EXPECT_EQ(message({"dot", "sfdp", "nop2"}), "no error");
}

}  // namespace
}  // namespace kgviz
