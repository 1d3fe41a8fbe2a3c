#include "render/diagram_plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <unordered_set>

#include "model/diagnostics.hpp"
#include "render/graphviz_text.hpp"

namespace kgviz {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string join_names(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += ", ";
    out += names[i];
  }
  return out;
}

std::vector<std::string_view> metric_names(const AnalysisResult& analysis) {
  std::vector<std::string_view> names;
  for (const auto& column : analysis.metrics.columns()) names.push_back(column.name);
  return names;
}

const MetricColumn& require_metric(const AnalysisResult& analysis, const KnowledgeGraph& graph,
                                   std::string_view option, std::string_view name,
                                   std::vector<std::string_view> valid) {
  const MetricColumn* column = analysis.metrics.find(name);
  if (column == nullptr) {
    for (auto metric : metric_names(analysis)) valid.push_back(metric);
    throw UsageError(fmt::format("{} '{}' is not a computed metric (valid: {})", option,
                                 sanitize_text(name), join_names(valid)));
  }
  if (column->values.size() != graph.node_count()) {
    throw Error(fmt::format("metric '{}' has {} values for {} nodes", name, column->values.size(),
                            graph.node_count()));
  }
  return *column;
}

/// Community number per vertex (nullopt = in none): from the community list of the analysis, else
/// from its `community` metric column.
std::vector<std::optional<std::size_t>> community_of(const KnowledgeGraph& graph,
                                                     const AnalysisResult& analysis,
                                                     std::string_view option) {
  std::vector<std::optional<std::size_t>> out(graph.node_count());
  if (!analysis.communities.empty()) {
    for (const auto& community : analysis.communities) {
      for (auto v : community.members) {
        if (v < out.size()) out[v] = community.id;
      }
    }
    return out;
  }
  if (const MetricColumn* column = analysis.metrics.find("community");
      column != nullptr && column->values.size() == graph.node_count()) {
    for (std::size_t v = 0; v < out.size(); ++v) {
      const double value = column->values[v];
      // Community numbers are small integers; anything else counts as "in none".
      if (value >= 0 && value < 1e9) out[v] = static_cast<std::size_t>(value);
    }
    return out;
  }
  throw UsageError(fmt::format("{} community needs the community analysis (metric 'community')",
                               option));
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
  if (id.find('\n') != std::string_view::npos || id.find('\t') != std::string_view::npos) return false;
  return sanitize_text(id) == id;
}

DiagramPlan plan_diagram(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                         const DrawingOptions& options) {
  const std::size_t n = graph.node_count();
  const Theme& theme = options.theme;
  // Graphviz copies fontname into SVG unescaped: a theme built in code gets the reader's check too.
  if (!is_safe_font_name(theme.fonts.name)) {
    throw Error(fmt::format("theme font name '{}' may hold only letters, digits, spaces and ,._-",
                            sanitize_text(theme.fonts.name)));
  }
  if (theme.palette.empty() || theme.fallback_shapes.empty()) {
    throw Error("a theme needs at least one palette colour and one fallback shape");
  }
  DiagramPlan plan;
  plan.directed = graph.directed();

  // --- engine and clusters --------------------------------------------------------------------
  const auto& engines = layout_engines();
  if (!options.engine.empty() &&
      std::find(engines.begin(), engines.end(), options.engine) == engines.end()) {
    throw UsageError(fmt::format("unknown layout engine '{}' (engines: {})",
                                 sanitize_text(options.engine), join_names(engines)));
  }
  const std::string cluster_by = options.cluster_by.empty() ? std::string("none") : options.cluster_by;
  if (cluster_by != "none" && cluster_by != "type" && cluster_by != "community") {
    throw UsageError(fmt::format("unknown cluster choice '{}' (valid: none, type, community)",
                                 sanitize_text(cluster_by)));
  }
  const bool clustered = cluster_by != "none";
  plan.large = n > kAllLabelsNodeLimit;
  if (!options.engine.empty()) {
    plan.engine = options.engine;
  } else if (n <= kAutoDotNodeLimit) {
    plan.engine = "dot";
  } else {
    // Only dot and fdp draw clusters; fdp is the one of the two that copes with many nodes.
    plan.engine = clustered ? "fdp" : "sfdp";
  }
  if (clustered && plan.engine != "dot" && plan.engine != "fdp") {
    throw UsageError(fmt::format("clusters (cluster by {}) are drawn by the dot and fdp engines only, "
                                 "not by {}",
                                 cluster_by, plan.engine));
  }
  plan.edge_labels = graph.edge_count() <= kEdgeLabelLimit && !plan.large;

  // --- colour ----------------------------------------------------------------------------------
  const std::string color_by = options.color_by.empty() ? std::string("type") : options.color_by;
  const bool color_by_type = color_by == "type";
  std::vector<Rgb> fills(n, kNeutralFill);
  TypeStyles type_styles(theme);
  std::vector<std::size_t> style_index(n);
  for (VertexId v = 0; v < n; ++v) style_index[v] = type_styles.index_of(graph.type(v));
  const auto& used_types = type_styles.used();

  std::optional<std::vector<std::optional<std::size_t>>> communities;
  if (color_by_type) {
    for (VertexId v = 0; v < n; ++v) fills[v] = used_types[style_index[v]].second.fill;
  } else if (color_by == "community") {
    communities = community_of(graph, analysis, "colour by");
    std::size_t count = 0;
    for (const auto& c : *communities) {
      if (c) count = std::max(count, *c + 1);
    }
    std::vector<std::size_t> sizes(count, 0);
    for (VertexId v = 0; v < n; ++v) {
      const auto& c = (*communities)[v];
      fills[v] = c ? categorical_color(*c, theme) : kUndefinedFill;
      if (c) ++sizes[*c];
    }
    plan.legend.color_title = "Community";
    // One colour per palette entry: list the largest communities, then say the colours repeat.
    const std::size_t shown_count = theme.palette.size();
    for (std::size_t c = 0; c < count && c < shown_count; ++c) {
      plan.legend.colors.push_back(
          {fmt::format("community {} ({} node{})", c, sizes[c], sizes[c] == 1 ? "" : "s"),
           categorical_color(c, theme)});
    }
    if (count > shown_count) {
      plan.legend.colors.push_back(
          {fmt::format("{} more (colours repeat)", count - shown_count), kNeutralFill});
    }
    if (std::any_of(communities->begin(), communities->end(), [](const auto& c) { return !c; })) {
      plan.legend.colors.push_back({"no community", kUndefinedFill});
    }
  } else {
    const MetricColumn& column =
        require_metric(analysis, graph, "colour by", color_by, {"type", "community"});
    const auto range = value_range(column.values);
    bool undefined = false;
    for (VertexId v = 0; v < n; ++v) {
      const double t = normalized(column.values[v], range);
      undefined = undefined || std::isnan(t);
      fills[v] = std::isnan(t) ? kUndefinedFill : sequential_color(t);
    }
    plan.legend.color_title = "Colour: " + column.name;
    if (range) {
      const int steps = range->first == range->second ? 1 : 5;
      for (int i = 0; i < steps; ++i) {
        const double t = steps == 1 ? 0.5 : i / 4.0;
        const double value = range->first + t * (range->second - range->first);
        plan.legend.colors.push_back({short_number(value), sequential_color(t)});
      }
    }
    if (undefined) plan.legend.colors.push_back({"undefined", kUndefinedFill});
  }

  // --- size and labels -------------------------------------------------------------------------
  std::vector<double> size_t_values(n, kNaN);
  std::vector<double> score;
  if (!options.size_by.empty()) {
    const MetricColumn& column = require_metric(analysis, graph, "size by", options.size_by, {});
    const auto range = value_range(column.values);
    for (VertexId v = 0; v < n; ++v) {
      const double t = normalized(column.values[v], range);
      // Square root: the drawn area, not the width, should grow with the value.
      size_t_values[v] = std::isnan(t) ? 0.0 : std::sqrt(std::clamp(t, 0.0, 1.0));
    }
    score = column.values;
    plan.legend.size_note = "Size: " + column.name;
  } else {
    score = degree_scores(graph, analysis);
  }
  std::size_t label_count = n;
  if (options.label_limit > 0) {
    label_count = std::min(n, options.label_limit);
  } else if (plan.large) {
    label_count = std::min(n, kAutoLabelCount);
  }
  std::vector<bool> labelled(n, label_count >= n);
  if (label_count < n) {
    const auto order = ranked(score);
    for (std::size_t i = 0; i < label_count; ++i) labelled[order[i]] = true;
  }

  // --- nodes -----------------------------------------------------------------------------------
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
    const bool sized = !options.size_by.empty();
    const double t = sized ? size_t_values[v] : 0.0;
    if (labelled[v]) {
      node.label_lines = wrap_words(label, kLabelWrap);
      if (plan.large) {
        // The few labelled nodes of a big picture must read at the scale the picture is shown.
        node.font_size = (sized ? 16.0 + 14.0 * t : 20.0) * font_scale;
      } else {
        node.font_size = (sized ? 10.0 + 8.0 * t : 11.0) * font_scale;
      }
      node.width = sized ? 0.6 + 0.9 * t : 0.6;
      node.height = sized ? 0.4 + 0.6 * t : 0.4;
    } else {
      node.fixed_size = true;
      node.width = sized ? 0.12 + 0.4 * t : 0.18;
      node.height = node.width;
    }
  }

  // --- clusters --------------------------------------------------------------------------------
  if (cluster_by == "type") {
    for (const auto& [type, style] : used_types) {
      plan.clusters.push_back({type.empty() ? std::string("(untyped)") : type});
    }
    for (VertexId v = 0; v < n; ++v) plan.nodes[v].cluster = static_cast<int>(style_index[v]);
  } else if (cluster_by == "community") {
    if (!communities) communities = community_of(graph, analysis, "cluster by");
    std::vector<std::size_t> sizes;
    for (const auto& c : *communities) {
      if (!c) continue;
      if (sizes.size() <= *c) sizes.resize(*c + 1, 0);
      ++sizes[*c];
    }
    // A one-node cluster is only a frame: communities of one stay outside.
    std::vector<int> index(sizes.size(), -1);
    for (std::size_t c = 0; c < sizes.size(); ++c) {
      if (sizes[c] < 2) continue;
      index[c] = static_cast<int>(plan.clusters.size());
      plan.clusters.push_back({fmt::format("community {}", c)});
    }
    for (VertexId v = 0; v < n; ++v) {
      if (const auto& c = (*communities)[v]) plan.nodes[v].cluster = index[*c];
    }
  }

  // --- edges -----------------------------------------------------------------------------------
  plan.edges.resize(graph.edge_count());
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    EdgePlan& edge = plan.edges[e];
    const std::string_view confidence = graph.edge_string(e, attr::kConfidence);
    plan.legend.confidence = plan.legend.confidence || !confidence.empty();
    edge.line_style = std::string(confidence_line_style(confidence, theme));
    edge.tooltip = edge_tooltip(graph, e);
    if (plan.edge_labels) {
      const std::string_view label = graph.edge_label(e);
      if (!label.empty()) edge.label_lines = wrap_words(label, kLabelWrap);
    }
  }

  // --- legend ----------------------------------------------------------------------------------
  for (const auto& [type, style] : used_types) {
    TypeStyle shown = style;
    if (!color_by_type) {
      shown.fill = kNeutralFill;
      shown.text.reset();  // the type's label colour was chosen for its own fill
    }
    plan.legend.types.emplace_back(type.empty() ? std::string("(untyped)") : type, shown);
  }
  return plan;
}

}  // namespace kgviz
