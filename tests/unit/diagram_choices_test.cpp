// Pictures of plain graphs, decided without Graphviz (render/diagram_choices.hpp, diagram_plan.hpp,
// label_placement.hpp, legend_layout.hpp, graph_title.hpp): the default engine, colour, size and
// line width, the legend's entries, the focus, the choices offered to the command line, the input's
// own layout, the title, where edge labels and the legend go.
#include "render/diagram_choices.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "render/diagram_plan.hpp"
#include "render/diagram_style.hpp"
#include "render/graph_title.hpp"
#include "render/label_placement.hpp"
#include "render/legend_layout.hpp"

namespace kgviz {
namespace {

using Source = VisualEncoding::Source;

/// A ring of `n` entities of the given types ("" = untyped), relations `next` between neighbours.
KnowledgeGraph ring(std::size_t n, std::vector<std::string> types, bool directed) {
  KnowledgeGraph g;
  g.set_directed(directed);
  for (std::size_t i = 0; i < n; ++i) {
    g.add_entity("v" + std::to_string(i), "Vertex " + std::to_string(i), types[i % types.size()]);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const EdgeId e = g.add_relation(static_cast<VertexId>(i), static_cast<VertexId>((i + 1) % n));
    g.set_edge_string(e, attr::kRelation, "next");
  }
  return g;
}

/// Two communities: vertices below `split` in 0, the others in 1.
AnalysisResult two_communities(std::size_t n, std::size_t split) {
  AnalysisResult r;
  Community first{0, {}};
  Community second{1, {}};
  for (std::size_t v = 0; v < n; ++v)
    (v < split ? first : second).members.push_back(static_cast<VertexId>(v));
  r.communities = {first, second};
  return r;
}

void set_texts(KnowledgeGraph& g, const std::string& name, const std::vector<std::string>& values) {
  AttributeColumn* column = g.node_attributes().ensure(name, AttrType::String);
  for (std::size_t v = 0; v < values.size(); ++v) {
    if (!values[v].empty()) column->set_string(v, g.strings().intern(values[v]));
  }
}

std::vector<std::string> labels(const std::vector<ColorKey>& keys) {
  std::vector<std::string> out;
  for (const auto& key : keys) out.push_back(key.label);
  return out;
}

// --- default engine --------------------------------------------------------------------------

TEST(DiagramChoices, ForceDirectedForUndirectedOrUntypedGraphsDotForSmallKnowledgeGraphs) {
  EXPECT_EQ(automatic_engine(ring(20, {"identity"}, true), ClusterBy::None), LayoutEngine::Dot);
  EXPECT_EQ(automatic_engine(ring(20, {"identity"}, false), ClusterBy::None), LayoutEngine::Neato);
  EXPECT_EQ(automatic_engine(ring(20, {""}, true), ClusterBy::None), LayoutEngine::Neato);
  EXPECT_EQ(automatic_engine(ring(150, {""}, false), ClusterBy::None), LayoutEngine::Neato);
  EXPECT_EQ(automatic_engine(ring(151, {""}, false), ClusterBy::None), LayoutEngine::Sfdp);
  EXPECT_EQ(automatic_engine(ring(151, {"identity"}, true), ClusterBy::None), LayoutEngine::Sfdp);
  // Clusters need an engine that draws them.
  EXPECT_EQ(automatic_engine(ring(20, {""}, false), ClusterBy::Community), LayoutEngine::Fdp);
  EXPECT_EQ(automatic_engine(ring(20, {"identity"}, true), ClusterBy::EntityType),
            LayoutEngine::Dot);
  // The plan follows.
  EXPECT_EQ(plan_diagram(ring(30, {""}, false), {}, {}).engine, LayoutEngine::Neato);
}

// --- colour ----------------------------------------------------------------------------------

TEST(DiagramChoices, UntypedGraphIsColouredByCommunityWithoutAnUntypedLegendEntry) {
  const KnowledgeGraph g = ring(6, {""}, false);
  const AnalysisResult communities = two_communities(6, 4);
  EXPECT_EQ(effective_encoding(Channel::NodeColor, {}, g, communities).source, Source::Community);
  const DiagramPlan plan = plan_diagram(g, communities, {});
  EXPECT_TRUE(plan.legend.types.empty()) << "no (untyped) entry";
  EXPECT_EQ(plan.legend.color_title, "Community");
  EXPECT_EQ(labels(plan.legend.colors),
            (std::vector<std::string>{"community 0 (4 nodes)", "community 1 (2 nodes)"}));
  EXPECT_EQ(plan.nodes[0].fill, categorical_color(0));
  EXPECT_EQ(plan.nodes[5].fill, categorical_color(1));

  // Without communities: one colour, nothing to explain.
  const DiagramPlan plain = plan_diagram(g, {}, {});
  EXPECT_TRUE(plain.legend.types.empty());
  EXPECT_TRUE(plain.legend.color_title.empty());
  EXPECT_EQ(plain.nodes[0].fill, plain.nodes[3].fill);
}

TEST(DiagramChoices, TypedGraphsKeepTypeColoursAndAMixedGraphNamesItsUntypedEntities) {
  const KnowledgeGraph typed = ring(4, {"identity", "location"}, true);
  EXPECT_EQ(effective_encoding(Channel::NodeColor, {}, typed, two_communities(4, 2)).source,
            Source::EntityType);
  const DiagramPlan mixed = plan_diagram(ring(4, {"identity", ""}, true), {}, {});
  ASSERT_EQ(mixed.legend.types.size(), 2u);
  EXPECT_EQ(mixed.legend.types[1].first, "(untyped)");
}

TEST(DiagramChoices, CategoricalAttributeGetsALegendOfItsValuesMostFrequentFirst) {
  KnowledgeGraph g = ring(6, {""}, false);
  set_texts(g, "club", {"Officer", "Mr. Hi", "Mr. Hi", "Officer", "Mr. Hi", ""});
  DrawingOptions options;
  options.color = {Source::Attribute, "club"};
  const DiagramPlan plan = plan_diagram(g, {}, options);
  EXPECT_EQ(plan.legend.color_title, "club");
  EXPECT_EQ(labels(plan.legend.colors),
            (std::vector<std::string>{"Mr. Hi (3)", "Officer (2)", "no value (1)"}));
  EXPECT_EQ(plan.nodes[1].fill, categorical_color(0));
  EXPECT_EQ(plan.nodes[0].fill, categorical_color(1));
  EXPECT_EQ(plan.nodes[5].fill, kUndefinedFill);
  EXPECT_EQ(plan.nodes[1].font_color, text_color_on(categorical_color(0)));
}

TEST(DiagramChoices, TooManyValuesGroupTheRarestAsOther) {
  Theme theme;
  theme.palette = {{0xAA, 0, 0}, {0, 0, 0xAA}};  // four colours: two, then darker
  const std::size_t n = 10;
  KnowledgeGraph g = ring(n, {""}, false);
  // Values a..f; "a" four times, "b" twice, the rest once.
  set_texts(g, "kind", {"a", "a", "a", "a", "b", "b", "c", "d", "e", "f"});
  DrawingOptions options;
  options.theme = theme;
  options.color = {Source::Attribute, "kind"};
  const DiagramPlan plan = plan_diagram(g, {}, options);
  EXPECT_EQ(labels(plan.legend.colors),
            (std::vector<std::string>{"a (4)", "b (2)", "c (1)", "other: 3 values (3 nodes)"}));
  EXPECT_EQ(plan.nodes[7].fill, kOtherFill);
  EXPECT_EQ(plan.nodes[6].fill, categorical_color(2, theme));
}

TEST(DiagramChoices, NumbersGetARampAndFewIntegersCategories) {
  KnowledgeGraph g = ring(4, {""}, false);
  AttributeColumn* score = g.node_attributes().ensure("score", AttrType::Double);
  AttributeColumn* group = g.node_attributes().ensure("group", AttrType::Int);
  for (VertexId v = 0; v < 4; ++v) {
    score->set_real(v, v * 0.5);
    group->set_integer(v, v % 2);
  }
  DrawingOptions options;
  options.color = {Source::Attribute, "score"};
  const DiagramPlan ramp = plan_diagram(g, {}, options);
  EXPECT_EQ(ramp.legend.color_title, "Colour: score");
  EXPECT_EQ(ramp.nodes[0].fill, sequential_color(0.0));
  EXPECT_EQ(ramp.nodes[3].fill, sequential_color(1.0));
  options.color = {Source::Attribute, "group"};
  const DiagramPlan categories = plan_diagram(g, {}, options);
  EXPECT_EQ(labels(categories.legend.colors), (std::vector<std::string>{"0 (2)", "1 (2)"}));
}

// --- size and line width ---------------------------------------------------------------------

TEST(DiagramChoices, SizeByANumericAttribute) {
  KnowledgeGraph g = ring(3, {""}, false);
  AttributeColumn* members = g.node_attributes().ensure("members", AttrType::Long);
  for (VertexId v = 0; v < 3; ++v) members->set_integer(v, 10 * v);
  DrawingOptions options;
  options.size = {Source::Attribute, "members"};
  const DiagramPlan plan = plan_diagram(g, {}, options);
  EXPECT_LT(plan.nodes[0].width, plan.nodes[1].width);
  EXPECT_LT(plan.nodes[1].width, plan.nodes[2].width);
  EXPECT_EQ(plan.legend.size_note, "Size: members");
}

TEST(DiagramChoices, VaryingWeightsAreDrawnAsLineWidthUnlessSwitchedOff) {
  KnowledgeGraph g = ring(4, {""}, false);
  for (EdgeId e = 0; e < 4; ++e) g.set_edge_real(e, attr::kWeight, 1.0 + e);
  EXPECT_EQ(effective_encoding(Channel::EdgeWidth, {}, g, {}),
            (VisualEncoding{Source::Attribute, "weight"}));
  const DiagramPlan plan = plan_diagram(g, {}, {});
  EXPECT_EQ(plan.legend.width_note, "Line width: weight (1 to 4)");
  EXPECT_DOUBLE_EQ(plan.edges[0].pen_width, 0.6);
  EXPECT_DOUBLE_EQ(plan.edges[3].pen_width, 4.0);
  EXPECT_LT(plan.edges[1].pen_width, plan.edges[2].pen_width);

  DrawingOptions off;
  off.width = {Source::None, {}};
  const DiagramPlan plain = plan_diagram(g, {}, off);
  EXPECT_TRUE(plain.legend.width_note.empty());
  EXPECT_EQ(plain.edges[3].pen_width, 0.0);

  // The YAML reader's weight 1 on every relation says nothing: no widths.
  KnowledgeGraph same = ring(4, {""}, false);
  for (EdgeId e = 0; e < 4; ++e) same.set_edge_real(e, attr::kWeight, 1.0);
  EXPECT_EQ(effective_encoding(Channel::EdgeWidth, {}, same, {}).source, Source::None);
}

// --- focus and legend ------------------------------------------------------------------------

TEST(DiagramChoices, FocusIsMarkedLabelledAndNamedInTheLegend) {
  const std::size_t n = 400;  // large: most nodes lose their label, the focus keeps its own
  const KnowledgeGraph g = ring(n, {"identity"}, true);
  DrawingOptions options;
  options.focus = 123;
  const DiagramPlan plan = plan_diagram(g, {}, options);
  EXPECT_TRUE(plan.nodes[123].focused);
  EXPECT_EQ(std::count_if(plan.nodes.begin(), plan.nodes.end(),
                          [](const NodePlan& p) { return p.focused; }),
            1);
  EXPECT_EQ(plan.nodes[123].label_lines, (std::vector<std::string>{"Vertex 123"}));
  ASSERT_TRUE(plan.legend.focus);
  EXPECT_EQ(plan.legend.focus->first, "focus: Vertex 123");
  EXPECT_EQ(plan.legend.focus->second.shape, plan.nodes[123].shape);
  EXPECT_FALSE(plan_diagram(g, {}, {}).legend.focus);
}

TEST(DiagramChoices, LegendListsOnlyTheConfidenceLevelsDrawn) {
  KnowledgeGraph g = ring(4, {"identity"}, true);
  g.set_edge_string(0, attr::kConfidence, "reported");
  g.set_edge_string(1, attr::kConfidence, "confirmed");
  g.set_edge_string(2, attr::kConfidence, "confirmed");
  const DiagramPlan plan = plan_diagram(g, {}, {});
  EXPECT_EQ(plan.legend.confidence_levels,
            (std::vector<std::string_view>{"confirmed", "reported"}));
}

// --- what the command line may choose ----------------------------------------------------------

TEST(DiagramChoices, ChoicesNameCommunityOnceAndOfferAttributes) {
  KnowledgeGraph g = ring(4, {""}, false);
  set_texts(g, "club", {"a", "b", "a", "b"});
  set_texts(g, "pagerank", {"stale", "", "", ""});  // shadowed by the computed metric
  g.node_attributes().ensure("aliases", AttrType::StringList);
  AnalysisResult r = two_communities(4, 2);
  r.metrics.add({"degree", MetricColumn::Kind::Integer, {2, 2, 2, 2}});
  r.metrics.add({"pagerank", MetricColumn::Kind::Real, {0.25, 0.25, 0.25, 0.25}});
  r.metrics.add({"community", MetricColumn::Kind::Integer, {0, 0, 1, 1}});
  const EncodingChoices color = encoding_choices(Channel::NodeColor, g, r);
  EXPECT_EQ(color.keywords, (std::vector<std::string>{"type", "community", "none"}));
  EXPECT_EQ(color.metrics, (std::vector<std::string>{"degree", "pagerank"}));
  EXPECT_EQ(color.attributes, (std::vector<std::string>{"club"}));
  EXPECT_EQ(describe_choices(color, "node attribute"),
            "type, community, none, a metric (degree, pagerank) or the node attribute club");
  EXPECT_EQ(find_encoding(color, "club"), (VisualEncoding{Source::Attribute, "club"}));
  EXPECT_EQ(find_encoding(color, "pagerank"), (VisualEncoding{Source::Metric, "pagerank"}));
  EXPECT_EQ(find_encoding(color, "community"), (VisualEncoding{Source::Community, {}}));
  EXPECT_FALSE(find_encoding(color, "clubs"));
  // Size takes numbers only; width takes numeric edge attributes.
  EXPECT_TRUE(encoding_choices(Channel::NodeSize, g, r).attributes.empty());
  EXPECT_EQ(encoding_choices(Channel::EdgeWidth, g, r).keywords,
            (std::vector<std::string>{"none"}));
  // Without the community analysis, a stored `community` column is an attribute like any other.
  set_texts(g, "community", {"x", "y", "x", "y"});
  const EncodingChoices without = encoding_choices(Channel::NodeColor, g, {});
  EXPECT_EQ(without.keywords, (std::vector<std::string>{"type", "none"}));
  EXPECT_EQ(find_encoding(without, "community"), (VisualEncoding{Source::Attribute, "community"}));
}

TEST(DiagramChoices, EncodingNamesForTheRecord) {
  EXPECT_EQ(encoding_name({Source::EntityType, {}}), "type");
  EXPECT_EQ(encoding_name({Source::Community, {}}), "community");
  EXPECT_EQ(encoding_name({Source::None, {}}), "none");
  EXPECT_EQ(encoding_name({Source::Attribute, "club"}), "club");
  EXPECT_EQ(encoding_name({}), "");
}

// --- the input's own layout --------------------------------------------------------------------

TEST(DiagramChoices, InputPositionsAreKeptInShapeAndScaledToTheDrawing) {
  KnowledgeGraph g = ring(4, {""}, false);
  EXPECT_FALSE(input_positions(g));
  AttributeColumn* x = g.node_attributes().ensure("x", AttrType::Double);
  AttributeColumn* y = g.node_attributes().ensure("y", AttrType::Double);
  // networkx's spring_layout range: a square of side 2 (unit scale).
  const double xs[] = {-1, 1, 1, -1};
  const double ys[] = {-1, -1, 1, 1};
  for (VertexId v = 0; v < 3; ++v) {
    x->set_real(v, xs[v]);
    y->set_real(v, ys[v]);
  }
  EXPECT_FALSE(input_positions(g)) << "one node without a position";
  x->set_real(3, xs[3]);
  y->set_real(3, ys[3]);
  const auto points = input_positions(g);
  ASSERT_TRUE(points);
  // Four square inches for four nodes: a square of 144 points, from the origin.
  EXPECT_DOUBLE_EQ((*points)[0].first, 0.0);
  EXPECT_DOUBLE_EQ((*points)[0].second, 0.0);
  EXPECT_DOUBLE_EQ((*points)[2].first, 144.0);
  EXPECT_DOUBLE_EQ((*points)[2].second, 144.0);
  y->set_real(1, std::numeric_limits<double>::infinity());
  EXPECT_FALSE(input_positions(g));
  for (VertexId v = 0; v < 4; ++v) {
    x->set_real(v, 5);
    y->set_real(v, 5);
  }
  EXPECT_FALSE(input_positions(g)) << "all on one point is no layout";
}

TEST(DiagramChoices, InputPositionsKeptAsInputColumnsComeFirst) {
  // The CLI keeps an input's x and y as input_x and input_y (cli/input_columns.hpp).
  KnowledgeGraph g = ring(2, {""}, false);
  // Node 0 at the origin, node 1 at `second`.
  const auto place = [&g](const char* x_name, const char* y_name,
                          std::pair<double, double> second) {
    AttributeColumn* xs = g.node_attributes().ensure(x_name, AttrType::Double);
    AttributeColumn* ys = g.node_attributes().ensure(y_name, AttrType::Double);
    xs->set_real(0, 0);
    ys->set_real(0, 0);
    xs->set_real(1, second.first);
    ys->set_real(1, second.second);
  };
  place("input_x", "input_y", {2, 0});
  place("x", "y", {0, 2});
  const auto points = input_positions(g);
  ASSERT_TRUE(points);
  EXPECT_GT((*points)[1].first, 0.0);
  EXPECT_DOUBLE_EQ((*points)[1].second, 0.0);
}

// --- title -------------------------------------------------------------------------------------

TEST(DiagramChoices, TitleFromTheGraphsTitleOrNameElseItsSourceElseTheFiles) {
  KnowledgeGraph g = ring(2, {""}, false);
  EXPECT_EQ(graph_title(g, {"a.graphml", "b.csv"}), "a.graphml, b.csv");
  g.sources().push_back({"doc", std::string("The article"), {}, {}, {}, {}, {}});
  EXPECT_EQ(graph_title(g, {"a.graphml"}), "The article");
  g.graph_attributes()
      .ensure("name", AttrType::String)
      ->set_string(0, g.strings().intern("Zachary's Karate Club"));
  EXPECT_EQ(graph_title(g, {"a.graphml"}), "Zachary's Karate Club");
  g.graph_attributes().ensure("title", AttrType::String)->set_string(0, g.strings().intern("  "));
  EXPECT_EQ(graph_title(g, {"a.graphml"}), "Zachary's Karate Club") << "a blank title is none";
  EXPECT_EQ(graph_caption(g, {"a.graphml"}), "Source: \u201CThe article\u201D");
}

// --- edge labels -------------------------------------------------------------------------------

TEST(LabelPlacement, LabelSitsOnItsOwnLineAwayFromOtherLinesAndLabels) {
  // Two horizontal lines 10 points apart; a third crosses the first at its middle.
  const std::vector<std::vector<Point>> lines = {
      {{0, 0}, {200, 0}}, {{0, 10}, {200, 10}}, {{100, -50}, {100, 50}}};
  const std::vector<LabelToPlace> labels = {{0, 30, 14, {}}, {1, 30, 14, {}}};
  const std::vector<Point> centres = place_labels(labels, lines, {});
  ASSERT_EQ(centres.size(), 2u);
  // On its own line, off the middle where the third line crosses.
  EXPECT_DOUBLE_EQ(centres[0].y, 0.0);
  EXPECT_GE(std::fabs(centres[0].x - 100.0), 15.0);
  EXPECT_DOUBLE_EQ(centres[1].y, 10.0);
  EXPECT_GE(std::fabs(centres[1].x - 100.0), 15.0);
  // 14 points high on lines 10 apart: side by side, not on top of each other.
  EXPECT_GE(std::fabs(centres[0].x - centres[1].x), 30.0);
}

TEST(LabelPlacement, LabelAvoidsNodesAndStaysInTheMiddleWhenFree) {
  const std::vector<std::vector<Point>> lines = {{{0, 0}, {100, 0}}};
  EXPECT_DOUBLE_EQ(place_labels({{0, 20, 6, {}}}, lines, {})[0].x, 50.0);
  const std::vector<Box> node = {{40, -10, 60, 10}};
  const Point moved = place_labels({{0, 20, 6, {}}}, lines, node)[0];
  EXPECT_TRUE(moved.x + 10 <= 40 || moved.x - 10 >= 60) << moved.x;
}

TEST(LabelPlacement, EnginesPlaceBesideTheLineOnlyWhenTheLineHasNoRoom) {
  // A short edge between two nodes: every place on it covers one of them, so the label goes where
  // the engine made room beside it.
  const std::vector<std::vector<Point>> short_line = {{{0, 0}, {40, 0}}};
  const std::vector<Box> ends = {{-20, -10, 15, 10}, {25, -10, 60, 10}};
  const Point beside{20, 20};
  const Point placed = place_labels({{0, 30, 10, beside}}, short_line, ends)[0];
  EXPECT_DOUBLE_EQ(placed.x, beside.x);
  EXPECT_DOUBLE_EQ(placed.y, beside.y);
  // A long free line keeps its label on it, off-centre if need be, whatever the engine proposed.
  const std::vector<std::vector<Point>> long_line = {{{0, 0}, {200, 0}}};
  const std::vector<Box> middle = {{90, -10, 110, 10}};
  const Point kept = place_labels({{0, 30, 10, beside}}, long_line, middle)[0];
  EXPECT_DOUBLE_EQ(kept.y, 0.0);
  EXPECT_TRUE(kept.x + 15 <= 90 || kept.x - 15 >= 110) << kept.x;
}

// --- legend placement --------------------------------------------------------------------------

TEST(LegendLayout, BesideATallDrawingBelowAFlatOne) {
  const std::vector<Box> blocks(6, Box{0, 0, 80, 20});
  LegendSpacing spacing;
  const LegendLayout tall = arrange_legend({0, 0, 400, 600}, blocks, spacing);
  EXPECT_TRUE(tall.beside);
  EXPECT_GE(tall.frame.x0, 400.0);
  EXPECT_DOUBLE_EQ(tall.frame.y1, 600.0);
  const LegendLayout flat = arrange_legend({0, 0, 700, 120}, blocks, spacing);
  EXPECT_FALSE(flat.beside);
  EXPECT_LE(flat.frame.y1, 0.0);
  EXPECT_LE(flat.frame.width(), 700.0);
  // Below, the blocks run along rows: more than one block on the first row.
  EXPECT_DOUBLE_EQ(flat.centres[0].y, flat.centres[1].y);
  // Beside, no block is taller than the drawing allows: columns.
  for (const Point& c : tall.centres) EXPECT_GE(c.y - 10, tall.frame.y0);
}

TEST(LegendLayout, ColumnsNeverPassTheDrawingsHeight) {
  const std::vector<Box> blocks(12, Box{0, 0, 60, 25});
  const LegendLayout layout = arrange_legend({0, 0, 300, 200}, blocks, LegendSpacing{});
  for (const Point& c : layout.centres) {
    EXPECT_GE(c.y - 12.5, layout.frame.y0 - 1e-9);
    EXPECT_LE(c.y + 12.5, layout.frame.y1 + 1e-9);
  }
  if (layout.beside) {
    EXPECT_LE(layout.frame.height(), 200.0);
  }
}

}  // namespace
}  // namespace kgviz
