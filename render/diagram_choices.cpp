#include "render/diagram_choices.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>

namespace kgviz {

namespace {

constexpr std::string_view kType = "type";
constexpr std::string_view kCommunity = "community";
constexpr std::string_view kNone = "none";

bool contains(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string joined(const std::vector<std::string>& names) {
  return fmt::format("{}", fmt::join(names, ", "));
}

/// Whether the column `name` of `table` is numeric with two different finite values among the
/// rows [0, rows).
bool numeric_and_varying(const AttributeTable& table, std::string_view name, std::size_t rows) {
  const AttributeColumn* column = table.find(name);
  if (column == nullptr || !is_numeric(column->type())) return false;
  std::optional<double> first;
  for (std::size_t row = 0; row < rows; ++row) {
    const std::optional<double> value = column->number(row);
    if (!value || !std::isfinite(*value)) continue;
    if (!first) first = value;
    if (*value != *first) return true;
  }
  return false;
}

}  // namespace

EncodingChoices encoding_choices(Channel channel, const KnowledgeGraph& graph,
                                 const AnalysisResult& analysis) {
  EncodingChoices choices;
  if (channel == Channel::NodeColor) {
    choices.keywords.emplace_back(kType);
    if (has_communities(graph, analysis)) choices.keywords.emplace_back(kCommunity);
  }
  choices.keywords.emplace_back(kNone);
  if (channel != Channel::EdgeWidth) {
    for (const auto& column : analysis.metrics.columns()) {
      // `community` is a keyword (palette colours) when computed, not a ramp of its numbers.
      if (!contains(choices.keywords, column.name) && !contains(choices.metrics, column.name)) {
        choices.metrics.push_back(column.name);
      }
    }
  }
  const AttributeTable& table =
      channel == Channel::EdgeWidth ? graph.edge_attributes() : graph.node_attributes();
  for (const AttributeColumn& column : table.columns()) {
    const bool usable = channel == Channel::NodeColor ? column.type() != AttrType::StringList
                                                      : is_numeric(column.type());
    // A stored column named like a keyword or a computed metric is shadowed by it.
    if (!usable || column.count() == 0 || contains(choices.keywords, column.name()) ||
        contains(choices.metrics, column.name())) {
      continue;
    }
    choices.attributes.push_back(column.name());
  }
  return choices;
}

std::optional<VisualEncoding> find_encoding(const EncodingChoices& choices, std::string_view name) {
  using Source = VisualEncoding::Source;
  if (contains(choices.keywords, name)) {
    if (name == kType) return VisualEncoding{Source::EntityType, {}};
    if (name == kCommunity) return VisualEncoding{Source::Community, {}};
    return VisualEncoding{Source::None, {}};
  }
  if (contains(choices.metrics, name)) return VisualEncoding{Source::Metric, std::string(name)};
  if (contains(choices.attributes, name))
    return VisualEncoding{Source::Attribute, std::string(name)};
  return std::nullopt;
}

std::string describe_choices(const EncodingChoices& choices, std::string_view attribute_kind) {
  std::vector<std::string> parts = choices.keywords;
  if (!choices.metrics.empty()) {
    parts.push_back((choices.metrics.size() == 1 ? "the metric " : "a metric (") +
                    joined(choices.metrics) + (choices.metrics.size() == 1 ? "" : ")"));
  }
  if (!choices.attributes.empty()) {
    parts.push_back(std::string(choices.attributes.size() == 1 ? "the " : "a ") +
                    std::string(attribute_kind) + (choices.attributes.size() == 1 ? " " : " (") +
                    joined(choices.attributes) + (choices.attributes.size() == 1 ? "" : ")"));
  }
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " or " : ", ";
    out += parts[i];
  }
  return out;
}

std::string encoding_name(const VisualEncoding& encoding) {
  switch (encoding.source) {
    case VisualEncoding::Source::Automatic:
      return {};
    case VisualEncoding::Source::None:
      return std::string(kNone);
    case VisualEncoding::Source::EntityType:
      return std::string(kType);
    case VisualEncoding::Source::Community:
      return std::string(kCommunity);
    case VisualEncoding::Source::Metric:
    case VisualEncoding::Source::Attribute:
      break;
  }
  return encoding.name;
}

bool has_entity_types(const KnowledgeGraph& graph) {
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    if (!graph.type(v).empty()) return true;
  }
  return false;
}

bool has_communities(const KnowledgeGraph& graph, const AnalysisResult& analysis) {
  if (!analysis.communities.empty()) return true;
  const MetricColumn* column = analysis.metrics.find(kCommunity);
  return column != nullptr && column->values.size() == graph.node_count();
}

LayoutEngine automatic_engine(const KnowledgeGraph& graph, ClusterBy cluster_by) {
  const bool clustered = cluster_by != ClusterBy::None;
  if (graph.node_count() > kAutoDotNodeLimit)
    return clustered ? LayoutEngine::Fdp : LayoutEngine::Sfdp;
  // Ranks suit relations that read as sentences (who does what to whom); a co-occurrence or
  // friendship network has no such direction, and dot would stack it into layers.
  if (graph.directed() && has_entity_types(graph)) return LayoutEngine::Dot;
  return clustered ? LayoutEngine::Fdp : LayoutEngine::Neato;
}

VisualEncoding effective_encoding(Channel channel, const VisualEncoding& encoding,
                                  const KnowledgeGraph& graph, const AnalysisResult& analysis) {
  using Source = VisualEncoding::Source;
  if (encoding.source != Source::Automatic) return encoding;
  switch (channel) {
    case Channel::NodeColor:
      if (has_entity_types(graph)) return {Source::EntityType, {}};
      if (has_communities(graph, analysis)) return {Source::Community, {}};
      return {Source::None, {}};
    case Channel::NodeSize:
      return {Source::None, {}};
    case Channel::EdgeWidth:
      // A weight that is the same everywhere (the YAML reader's default 1) says nothing.
      if (numeric_and_varying(graph.edge_attributes(), attr::kWeight, graph.edge_count())) {
        return {Source::Attribute, std::string(attr::kWeight)};
      }
      return {Source::None, {}};
  }
  return {Source::None, {}};
}

std::optional<std::vector<std::pair<double, double>>> input_positions(const KnowledgeGraph& graph) {
  const std::size_t n = graph.node_count();
  const AttributeTable& columns = graph.node_attributes();
  const bool kept_as_input =
      columns.find("input_x") != nullptr && columns.find("input_y") != nullptr;
  const AttributeColumn* xs = columns.find(kept_as_input ? "input_x" : "x");
  const AttributeColumn* ys = columns.find(kept_as_input ? "input_y" : "y");
  if (n == 0 || xs == nullptr || ys == nullptr || !is_numeric(xs->type()) ||
      !is_numeric(ys->type())) {
    return std::nullopt;
  }
  std::vector<std::pair<double, double>> points(n);
  for (std::size_t v = 0; v < n; ++v) {
    const auto x = xs->number(v);
    const auto y = ys->number(v);
    if (!x || !y || !std::isfinite(*x) || !std::isfinite(*y)) return std::nullopt;
    points[v] = {*x, *y};
  }
  double x0 = points[0].first;
  double x1 = x0;
  double y0 = points[0].second;
  double y1 = y0;
  for (const auto& [x, y] : points) {
    x0 = std::min(x0, x);
    x1 = std::max(x1, x);
    y0 = std::min(y0, y);
    y1 = std::max(y1, y);
  }
  const double w = x1 - x0;
  const double h = y1 - y0;
  if (!(w > 0) && !(h > 0)) return std::nullopt;
  // A square inch (72 x 72 points) per node; a layout on a line spreads sqrt(n) inches along it.
  constexpr double kInch = 72.0;
  const double area = static_cast<double>(n) * kInch * kInch;
  const double scale = w > 0 && h > 0 ? std::sqrt(area / (w * h))
                                      : std::sqrt(static_cast<double>(n)) * kInch / std::max(w, h);
  for (auto& [x, y] : points) {
    x = (x - x0) * scale;
    y = (y - y0) * scale;
  }
  return points;
}

}  // namespace kgviz
