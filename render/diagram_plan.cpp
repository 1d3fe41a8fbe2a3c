#include "render/diagram_plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "model/diagnostics.hpp"
#include "render/graphviz_text.hpp"

namespace kgviz {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using Source = VisualEncoding::Source;

/// A choice the CLI should have refused: the caller's mistake, not the user's.
[[noreturn]] void invalid(const std::string& what) { throw std::invalid_argument(what); }

/// The values of a metric or numeric attribute per row (NaN = none): metrics and node attributes
/// for the node channels, edge attributes for line width. Throws std::invalid_argument when there
/// is no such column or it is not numeric.
std::vector<double> encoded_values(const VisualEncoding& encoding, Channel channel,
                                   const KnowledgeGraph& graph, const AnalysisResult& analysis) {
  const bool edges = channel == Channel::EdgeWidth;
  const std::size_t rows = edges ? graph.edge_count() : graph.node_count();
  if (encoding.source == Source::Metric && !edges) {
    const MetricColumn* column = analysis.metrics.find(encoding.name);
    if (column == nullptr || column->values.size() != rows) {
      invalid("no metric '" + encoding.name + "' with a value per node");
    }
    return column->values;
  }
  const AttributeTable& table = edges ? graph.edge_attributes() : graph.node_attributes();
  const AttributeColumn* column =
      encoding.source == Source::Attribute ? table.find(encoding.name) : nullptr;
  if (column == nullptr || !is_numeric(column->type())) {
    invalid("no numeric " + std::string(edges ? "edge" : "node") + " attribute '" + encoding.name +
            "'");
  }
  std::vector<double> values(rows, kNaN);
  for (std::size_t row = 0; row < rows; ++row) {
    if (const auto value = column->number(row); value && std::isfinite(*value))
      values[row] = *value;
  }
  return values;
}

/// Min and max of the defined values; nullopt when there is none.
std::optional<std::pair<double, double>> value_range(const std::vector<double>& values) {
  std::optional<std::pair<double, double>> range;
  for (double v : values) {
    if (std::isnan(v)) continue;
    if (!range) {
      range = std::make_pair(v, v);
    } else {
      range->first = std::min(range->first, v);
      range->second = std::max(range->second, v);
    }
  }
  return range;
}

/// `value` on [0, 1] within `range` (0.5 when the range is a single value); NaN stays NaN.
double normalized(double value, const std::optional<std::pair<double, double>>& range) {
  if (std::isnan(value) || !range) return kNaN;
  const double span = range->second - range->first;
  if (!(span > 0.0)) return 0.5;
  return (value - range->first) / span;
}

std::string short_number(double value) { return fmt::format("{:.3g}", value); }

std::string node_label_text(const KnowledgeGraph& graph, VertexId v) {
  std::string_view label = graph.label(v);
  return std::string(label.empty() ? graph.id(v) : label);
}

std::string edge_tooltip(const KnowledgeGraph& graph, EdgeId e) {
  std::vector<std::string> parts;
  const auto add = [&](std::string_view text) {
    if (!text.empty()) parts.emplace_back(text);
  };
  add(graph.relation(e));
  add(graph.edge_string(e, attr::kConfidence));
  add(graph.edge_string(e, attr::kEvidence));
  std::string source;
  if (std::string_view doc = graph.edge_string(e, attr::kSourceDoc); !doc.empty()) {
    source = "source: " + std::string(doc);
  }
  if (std::string_view who = graph.edge_string(e, attr::kAccordingTo); !who.empty()) {
    // according_to names an entity: show its label when it is one of ours.
    std::string name(who);
    if (auto v = graph.find(who)) name = node_label_text(graph, *v);
    source += source.empty() ? "according to " + name : " (according to " + name + ")";
  }
  add(source);
  if (parts.empty()) {
    return node_label_text(graph, graph.source(e)) + " \xE2\x86\x92 " +  // →
           node_label_text(graph, graph.target(e));
  }
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += " \xE2\x80\x94 ";  // em dash
    out += parts[i];
  }
  return out;
}

/// Vertices in the order they deserve a label: by `score` descending (NaN last), ties by vertex.
std::vector<VertexId> ranked(const std::vector<double>& score) {
  std::vector<VertexId> order(score.size());
  std::iota(order.begin(), order.end(), VertexId{0});
  std::stable_sort(order.begin(), order.end(), [&](VertexId a, VertexId b) {
    const double x = score[a];
    const double y = score[b];
    if (std::isnan(x) || std::isnan(y)) return !std::isnan(x) && std::isnan(y);
    return x > y;
  });
  return order;
}

std::vector<double> degree_scores(const KnowledgeGraph& graph, const AnalysisResult& analysis) {
  if (const MetricColumn* column = analysis.metrics.find("degree");
      column != nullptr && column->values.size() == graph.node_count()) {
    return column->values;
  }
  std::vector<double> degree(graph.node_count(), 0.0);
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    degree[graph.source(e)] += 1.0;
    degree[graph.target(e)] += 1.0;
  }
  return degree;
}

void assign_names(const KnowledgeGraph& graph, std::vector<NodePlan>& nodes) {
  std::unordered_set<std::string_view> ids;
  for (VertexId v = 0; v < graph.node_count(); ++v) ids.insert(graph.id(v));
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    const std::string_view id = graph.id(v);
    if (is_safe_node_name(id)) {
      nodes[v].name = std::string(id);
      continue;
    }
    // A substitute that no entity id can clash with (ids are unique, substitutes embed v).
    std::string name = "kgviz-node-" + std::to_string(v);
    while (ids.count(name) > 0) name += '_';
    nodes[v].name = std::move(name);
    nodes[v].renamed = true;
  }
}

/// Community number per vertex (nullopt = in none): from the community list of the analysis, else
/// from its `community` metric column.
std::vector<std::optional<std::size_t>> community_of(const KnowledgeGraph& graph,
                                                     const AnalysisResult& analysis) {
  if (!has_communities(graph, analysis)) invalid("community colours or clusters need communities");
  std::vector<std::optional<std::size_t>> out(graph.node_count());
  if (!analysis.communities.empty()) {
    for (const auto& community : analysis.communities) {
      for (auto v : community.members) {
        if (v < out.size()) out[v] = community.id;
      }
    }
    return out;
  }
  const MetricColumn& column = *analysis.metrics.find("community");
  for (std::size_t v = 0; v < out.size(); ++v) {
    const double value = column.values[v];
    // Community numbers are small integers; anything else counts as "in none".
    if (value >= 0 && value < 1e9) out[v] = static_cast<std::size_t>(value);
  }
  return out;
}

}  // namespace

/// Whether `text` holds something Graphviz's SVG writer takes for an entity (`&name;`, `&#38;`,
/// `&#x26;`) and copies unescaped into <title>, so that a reader sees another name.
bool has_entity(std::string_view text) {
  for (std::size_t i = text.find('&'); i != std::string_view::npos; i = text.find('&', i + 1)) {
    std::size_t j = i + 1;
    if (j < text.size() && text[j] == '#') ++j;
    while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j])) != 0) ++j;
    // Graphviz's xml_isentity takes an empty name (`&;`, `&#;`) for an entity too, and copies it
    // into SVG unescaped: any `&` + name characters + `;` counts.
    if (j < text.size() && text[j] == ';') return true;
  }
  return false;
}

bool is_safe_node_name(std::string_view id) {
  if (id.empty() || id.front() == '%') return false;
  if (id.find('\\') != std::string_view::npos || has_entity(id)) return false;
  if (id.find('\n') != std::string_view::npos || id.find('\t') != std::string_view::npos)
    return false;
  return sanitize_text(id) == id;
}

namespace {

std::string plural(std::size_t count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

/// Fills by community: a palette colour each, cycling; the legend lists as many communities as
/// there are colours and says that the colours repeat after that.
void color_by_community(const std::vector<std::optional<std::size_t>>& communities,
                        const Theme& theme, std::vector<Rgb>& fills, LegendPlan& legend) {
  std::size_t count = 0;
  for (const auto& c : communities) {
    if (c) count = std::max(count, *c + 1);
  }
  std::vector<std::size_t> sizes(count, 0);
  bool outside = false;
  for (std::size_t v = 0; v < communities.size(); ++v) {
    const auto& c = communities[v];
    fills[v] = c ? categorical_color(*c, theme) : kUndefinedFill;
    if (c) ++sizes[*c];
    outside = outside || !c;
  }
  legend.color_title = "Community";
  const std::size_t shown_count = categorical_color_count(theme);
  for (std::size_t c = 0; c < count && c < shown_count; ++c) {
    legend.colors.push_back({fmt::format("community {} ({})", c, plural(sizes[c], "node")),
                             categorical_color(c, theme)});
  }
  if (count > shown_count) {
    legend.colors.push_back(
        {fmt::format("{} more (colours repeat)", count - shown_count), kNeutralFill});
  }
  if (outside) legend.colors.push_back({"no community", kUndefinedFill});
}

/// The distinct values of a node column as text, with the rows holding each; `value_of[v]` indexes
/// `values` (nullopt = no value).
struct Categories {
  std::vector<std::string> values;  ///< in order of first appearance
  std::vector<std::size_t> counts;
  std::vector<std::optional<std::size_t>> value_of;
};

Categories categories(const AttributeColumn& column, const KnowledgeGraph& graph) {
  Categories out;
  out.value_of.resize(graph.node_count());
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t v = 0; v < graph.node_count(); ++v) {
    if (!column.has(v)) continue;
    std::string text = attribute_text(column, v, graph.strings());
    auto [it, added] = index.emplace(std::move(text), out.values.size());
    if (added) {
      out.values.push_back(it->first);
      out.counts.push_back(0);
    }
    ++out.counts[it->second];
    out.value_of[v] = it->second;
  }
  return out;
}

/// Fills by the values of a categorical column: a palette colour per value, the most frequent
/// first; with more values than colours, the rarest share one grey as "other".
void color_by_category(const Categories& found, std::string_view name, const Theme& theme,
                       std::vector<Rgb>& fills, LegendPlan& legend) {
  std::vector<std::size_t> order(found.values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return found.counts[a] > found.counts[b]; });
  const std::size_t colours = categorical_color_count(theme);
  const bool grouped = found.values.size() > colours;
  const std::size_t shown = grouped ? colours - 1 : found.values.size();
  std::vector<std::size_t> rank(found.values.size());
  for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  std::size_t missing = 0;
  std::size_t others = 0;
  for (std::size_t v = 0; v < fills.size(); ++v) {
    const auto& value = found.value_of[v];
    if (!value) {
      fills[v] = kUndefinedFill;
      ++missing;
    } else if (rank[*value] < shown) {
      fills[v] = categorical_color(rank[*value], theme);
    } else {
      fills[v] = kOtherFill;
      ++others;
    }
  }
  legend.color_title = std::string(name);
  for (std::size_t r = 0; r < shown; ++r) {
    const std::string& value = found.values[order[r]];
    legend.colors.push_back(
        {fmt::format("{} ({})", value.empty() ? "(empty)" : value, found.counts[order[r]]),
         categorical_color(r, theme)});
  }
  if (grouped) {
    legend.colors.push_back(
        {fmt::format("other: {} ({})", plural(found.values.size() - shown, "value"),
                     plural(others, "node")),
         kOtherFill});
  }
  if (missing > 0) legend.colors.push_back({fmt::format("no value ({})", missing), kUndefinedFill});
}

/// Fills on the sequential ramp by value (undefined values grey); the legend shows five steps.
void color_by_number(const std::vector<double>& values, std::string_view name,
                     std::vector<Rgb>& fills, LegendPlan& legend) {
  const auto range = value_range(values);
  bool undefined = false;
  for (std::size_t v = 0; v < fills.size(); ++v) {
    const double t = normalized(values[v], range);
    undefined = undefined || std::isnan(t);
    fills[v] = std::isnan(t) ? kUndefinedFill : sequential_color(t);
  }
  legend.color_title = "Colour: " + std::string(name);
  if (range) {
    const int steps = range->first == range->second ? 1 : 5;
    for (int i = 0; i < steps; ++i) {
      const double t = steps == 1 ? 0.5 : i / 4.0;
      const double value = range->first + t * (range->second - range->first);
      legend.colors.push_back({short_number(value), sequential_color(t)});
    }
  }
  if (undefined) legend.colors.push_back({"undefined", kUndefinedFill});
}

/// Whether a node column is drawn as categories (palette) rather than on a ramp: text, booleans,
/// and integers with no more distinct values than there are categorical colours.
bool is_categorical(const AttributeColumn& column, const Categories& found, const Theme& theme) {
  if (!is_numeric(column.type())) return true;
  return column.type() == AttrType::Boolean ||
         (is_integral(column.type()) && found.values.size() <= categorical_color_count(theme));
}

/// The fill of every vertex by `color` (never Automatic), with the colour key of the legend.
/// Type colours come from `type_fills`; uniform is the theme's first palette colour.
std::vector<Rgb> plan_fills(const VisualEncoding& color, const KnowledgeGraph& graph,
                            const AnalysisResult& analysis, const Theme& theme,
                            std::vector<Rgb> type_fills, LegendPlan& legend) {
  const std::size_t n = graph.node_count();
  switch (color.source) {
    case Source::Automatic:
    case Source::EntityType:
      return type_fills;
    case Source::None:
      return std::vector<Rgb>(n, categorical_color(0, theme));
    case Source::Community: {
      std::vector<Rgb> fills(n);
      color_by_community(community_of(graph, analysis), theme, fills, legend);
      return fills;
    }
    case Source::Attribute:
      if (const AttributeColumn* column = graph.node_attributes().find(color.name);
          column != nullptr && column->type() != AttrType::StringList) {
        const Categories found = categories(*column, graph);
        if (is_categorical(*column, found, theme)) {
          std::vector<Rgb> fills(n);
          color_by_category(found, color.name, theme, fills, legend);
          return fills;
        }
      } else {
        invalid("no node attribute '" + color.name + "' to colour by");
      }
      break;
    case Source::Metric:
      break;
  }
  std::vector<Rgb> fills(n);
  color_by_number(encoded_values(color, Channel::NodeColor, graph, analysis), color.name, fills,
                  legend);
  return fills;
}

/// Line widths by `width` (never Automatic): 0 (the default) for None and relations without a
/// value; else thin to thick over the range of values. Returns the legend note ("" for None).
std::string plan_widths(const VisualEncoding& width, const KnowledgeGraph& graph,
                        const AnalysisResult& analysis, bool large, std::vector<EdgePlan>& edges) {
  if (width.source == Source::None || width.source == Source::Automatic) return {};
  const std::vector<double> values = encoded_values(width, Channel::EdgeWidth, graph, analysis);
  const auto range = value_range(values);
  for (std::size_t e = 0; e < edges.size(); ++e) {
    const double t = normalized(values[e], range);
    if (!std::isnan(t)) edges[e].pen_width = large ? 0.3 + 2.2 * t : 0.6 + 3.4 * t;
  }
  if (!range) return {};
  return range->first == range->second
             ? fmt::format("Line width: {}", width.name)
             : fmt::format("Line width: {} ({} to {})", width.name, short_number(range->first),
                           short_number(range->second));
}

void check_theme(const Theme& theme) {
  // Graphviz copies fontname into SVG unescaped: a theme built in code gets the reader's check too.
  if (!is_safe_font_name(theme.fonts.name)) {
    throw Error(fmt::format("theme font name '{}' may hold only letters, digits, spaces and ,._-",
                            sanitize_text(theme.fonts.name)));
  }
  if (theme.palette.empty() || theme.fallback_shapes.empty()) {
    throw Error("a theme needs at least one palette colour and one fallback shape");
  }
}

LayoutEngine plan_engine(const KnowledgeGraph& graph, const DrawingOptions& options) {
  const LayoutEngine engine = options.engine == LayoutEngine::Automatic
                                  ? automatic_engine(graph, options.cluster_by)
                                  : options.engine;
  if (options.cluster_by != ClusterBy::None && engine != LayoutEngine::Dot &&
      engine != LayoutEngine::Fdp) {
    invalid("clusters are drawn by the dot and fdp engines only, not by " +
            std::string(layout_engine_name(engine)));
  }
  return engine;
}

/// Vertices that keep a visible label: all, or the `label_limit` (automatic: kAutoLabelCount on a
/// large graph) best by `score`.
std::vector<bool> labelled_vertices(std::size_t n, const DrawingOptions& options, bool large,
                                    const std::vector<double>& score) {
  std::size_t label_count = n;
  if (options.label_limit > 0) {
    label_count = std::min(n, options.label_limit);
  } else if (large) {
    label_count = std::min(n, kAutoLabelCount);
  }
  std::vector<bool> labelled(n, label_count >= n);
  if (label_count < n) {
    const auto order = ranked(score);
    for (std::size_t i = 0; i < label_count; ++i) labelled[order[i]] = true;
  }
  return labelled;
}

/// Clusters by type or community; communities of one node stay outside (a frame round one node
/// says nothing).
void plan_clusters(ClusterBy cluster_by, const KnowledgeGraph& graph,
                   const AnalysisResult& analysis, const TypeStyles& type_styles,
                   const std::vector<std::size_t>& style_index, DiagramPlan& plan) {
  if (cluster_by == ClusterBy::EntityType) {
    for (const auto& [type, style] : type_styles.used()) {
      plan.clusters.push_back({type.empty() ? std::string("(untyped)") : type});
    }
    for (VertexId v = 0; v < graph.node_count(); ++v) {
      plan.nodes[v].cluster = static_cast<int>(style_index[v]);
    }
  } else if (cluster_by == ClusterBy::Community) {
    const auto communities = community_of(graph, analysis);
    std::vector<std::size_t> sizes;
    for (const auto& c : communities) {
      if (!c) continue;
      if (sizes.size() <= *c) sizes.resize(*c + 1, 0);
      ++sizes[*c];
    }
    std::vector<int> index(sizes.size(), -1);
    for (std::size_t c = 0; c < sizes.size(); ++c) {
      if (sizes[c] < 2) continue;
      index[c] = static_cast<int>(plan.clusters.size());
      plan.clusters.push_back({fmt::format("community {}", c)});
    }
    for (VertexId v = 0; v < graph.node_count(); ++v) {
      if (const auto& c = communities[v]) plan.nodes[v].cluster = index[*c];
    }
  }
}

void plan_edges(const KnowledgeGraph& graph, const Theme& theme, DiagramPlan& plan) {
  std::vector<bool> level_drawn(confidence_levels().size(), false);
  plan.edges.resize(graph.edge_count());
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    EdgePlan& edge = plan.edges[e];
    const std::string_view confidence = graph.edge_string(e, attr::kConfidence);
    const auto& levels = confidence_levels();
    if (auto it = std::find(levels.begin(), levels.end(), confidence); it != levels.end()) {
      level_drawn[static_cast<std::size_t>(it - levels.begin())] = true;
    }
    edge.line_style = std::string(confidence_line_style(confidence, theme));
    edge.tooltip = edge_tooltip(graph, e);
    if (plan.edge_labels) {
      const std::string_view label = graph.edge_label(e);
      if (!label.empty()) edge.label_lines = wrap_words(label, kLabelWrap);
    }
  }
  for (std::size_t i = 0; i < level_drawn.size(); ++i) {
    if (level_drawn[i]) plan.legend.confidence_levels.push_back(confidence_levels()[i]);
  }
}

/// Node sizes by the size encoding: `t` per vertex on [0, 1] (0 when unsized), growing with the
/// square root of the value, since the drawn area, not the width, should grow with it; and the
/// score that ranks vertices for a label (the size values, else degree).
struct NodeSizes {
  bool sized = false;
  std::vector<double> t;
  std::vector<double> score;
};

NodeSizes plan_sizes(const VisualEncoding& size, const KnowledgeGraph& graph,
                     const AnalysisResult& analysis) {
  NodeSizes out;
  out.sized = size.source != Source::None;
  out.t.assign(graph.node_count(), 0.0);
  if (!out.sized) {
    out.score = degree_scores(graph, analysis);
    return out;
  }
  out.score = encoded_values(size, Channel::NodeSize, graph, analysis);
  const auto range = value_range(out.score);
  for (std::size_t v = 0; v < out.t.size(); ++v) {
    const double t = normalized(out.score[v], range);
    out.t[v] = std::isnan(t) ? 0.0 : std::sqrt(std::clamp(t, 0.0, 1.0));
  }
  return out;
}

/// Font size and box of a node: a labelled node holds its label (larger with `t` when sized), an
/// unlabelled one is a small dot of fixed size.
void size_node(NodePlan& node, bool labelled, bool large, bool sized, double t, double font_scale) {
  if (labelled) {
    // The few labelled nodes of a big picture must read at the scale the picture is shown.
    const double points =
        large ? (sized ? 16.0 + 14.0 * t : 20.0) : (sized ? 10.0 + 8.0 * t : 11.0);
    node.font_size = points * font_scale;
    node.width = sized ? 0.6 + 0.9 * t : 0.6;
    node.height = sized ? 0.4 + 0.6 * t : 0.4;
  } else {
    node.fixed_size = true;
    node.width = sized ? 0.12 + 0.4 * t : 0.18;
    node.height = node.width;
  }
}

/// The legend's type samples (only when some entity has a type: an untyped graph's one shape needs
/// no key) and its focus sample, drawn as the focused node is.
void plan_legend_entries(const KnowledgeGraph& graph, const DrawingOptions& options,
                         const TypeStyles& type_styles, const std::vector<std::size_t>& style_index,
                         bool color_by_type, DiagramPlan& plan) {
  if (has_entity_types(graph)) {
    for (const auto& [type, style] : type_styles.used()) {
      TypeStyle shown = style;
      if (!color_by_type) {
        shown.fill = kNeutralFill;
        shown.text.reset();  // the type's label colour was chosen for its own fill
      }
      plan.legend.types.emplace_back(type.empty() ? std::string("(untyped)") : type, shown);
    }
  }
  if (options.focus) {
    const VertexId v = *options.focus;
    TypeStyle drawn = type_styles.used()[style_index[v]].second;
    drawn.fill = plan.nodes[v].fill;
    drawn.text = plan.nodes[v].font_color;
    plan.legend.focus.emplace("focus: " + node_label_text(graph, v), std::move(drawn));
  }
}

}  // namespace

DiagramPlan plan_diagram(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                         const DrawingOptions& options) {
  const std::size_t n = graph.node_count();
  const Theme& theme = options.theme;
  check_theme(theme);
  if (options.focus && *options.focus >= n) invalid("the focus is no vertex of the graph");
  DiagramPlan plan;
  plan.directed = graph.directed();
  plan.engine = plan_engine(graph, options);
  plan.large = n > kAllLabelsNodeLimit;
  plan.edge_labels = graph.edge_count() <= kEdgeLabelLimit && !plan.large;

  TypeStyles type_styles(theme);
  std::vector<std::size_t> style_index(n);
  for (VertexId v = 0; v < n; ++v) style_index[v] = type_styles.index_of(graph.type(v));
  const auto& used_types = type_styles.used();
  std::vector<Rgb> type_fills(n);
  for (VertexId v = 0; v < n; ++v) type_fills[v] = used_types[style_index[v]].second.fill;
  const VisualEncoding color =
      effective_encoding(Channel::NodeColor, options.color, graph, analysis);
  const bool color_by_type = color.source == Source::EntityType;
  const std::vector<Rgb> fills =
      plan_fills(color, graph, analysis, theme, std::move(type_fills), plan.legend);

  const VisualEncoding size = effective_encoding(Channel::NodeSize, options.size, graph, analysis);
  const NodeSizes sizes = plan_sizes(size, graph, analysis);
  if (sizes.sized) plan.legend.size_note = "Size: " + size.name;
  const std::vector<bool> labelled = labelled_vertices(n, options, plan.large, sizes.score);

  // Label sizes are tuned for the built-in 11 points; a theme's label size scales all of them.
  const double font_scale = theme.fonts.label_size / ThemeFonts{}.label_size;
  plan.nodes.resize(n);
  assign_names(graph, plan.nodes);
  for (VertexId v = 0; v < n; ++v) {
    NodePlan& node = plan.nodes[v];
    const TypeStyle& style = used_types[style_index[v]].second;
    node.shape = style.shape;
    node.rounded = style.rounded;
    node.fill = fills[v];
    node.font_color = color_by_type ? label_color(style) : text_color_on(fills[v]);
    const std::string label = node_label_text(graph, v);
    const std::string_view description = graph.node_string(v, attr::kDescription);
    node.tooltip = description.empty() ? label : std::string(description);
    node.focused = options.focus == v;
    // The focus keeps its label whatever its rank: the picture is about it.
    const bool shown = labelled[v] || node.focused;
    if (shown) node.label_lines = wrap_words(label, kLabelWrap);
    size_node(node, shown, plan.large, sizes.sized, sizes.t[v], font_scale);
  }

  plan_clusters(options.cluster_by, graph, analysis, type_styles, style_index, plan);
  plan_edges(graph, theme, plan);
  const VisualEncoding width =
      effective_encoding(Channel::EdgeWidth, options.width, graph, analysis);
  plan.legend.width_note = plan_widths(width, graph, analysis, plan.large, plan.edges);
  plan_legend_entries(graph, options, type_styles, style_index, color_by_type, plan);
  return plan;
}

}  // namespace kgviz
