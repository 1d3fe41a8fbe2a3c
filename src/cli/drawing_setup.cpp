#include "cli/drawing_setup.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <tuple>

#include "model/diagnostics.hpp"
#include "render/diagram_choices.hpp"
#include "render/graph_title.hpp"

namespace kgviz {

namespace {

/// The encoding `text` names for `channel` ("" = Automatic); UsageError listing the choices when it
/// names none of them.
VisualEncoding encoding_option(std::string_view option, const std::string& text, Channel channel,
                               std::string_view attribute_kind, const KnowledgeGraph& graph,
                               const AnalysisResult& analysis) {
  if (text.empty()) return {};
  const EncodingChoices choices = encoding_choices(channel, graph, analysis);
  if (auto found = find_encoding(choices, text)) return *found;
  std::string message = std::string(option) + " " + text + ": ";
  if (text == "community") {
    message += "there are no communities (add community to --metrics)";
  } else {
    message += "not a choice for this graph";
  }
  throw UsageError(message + "; choose " + describe_choices(choices, attribute_kind));
}

ClusterBy cluster_option(const std::string& text) {
  if (text.empty() || text == "none") return ClusterBy::None;
  if (text == "type") return ClusterBy::EntityType;
  if (text == "community") return ClusterBy::Community;
  throw UsageError("--cluster-by " + text + ": choose none, type or community");
}

LayoutEngine engine_option(const std::string& text) {
  if (text.empty()) return LayoutEngine::Automatic;
  if (auto engine = layout_engine_named(text)) return *engine;
  throw UsageError(fmt::format("--engine {}: choose {}", text, fmt::join(layout_engines(), ", ")));
}

}  // namespace

DrawingSetup drawing_setup(const ExportCommand& command, const KnowledgeGraph& graph,
                           const AnalysisResult& analysis,
                           const std::vector<std::string>& input_names, Theme theme) {
  DrawingSetup setup;
  DrawingOptions& drawing = setup.drawing;
  drawing.engine = engine_option(command.engine);
  drawing.cluster_by = cluster_option(command.cluster_by);
  if (drawing.cluster_by == ClusterBy::Community && !has_communities(graph, analysis)) {
    throw UsageError(
        "--cluster-by community: there are no communities (add community to --metrics)");
  }
  if (drawing.cluster_by != ClusterBy::None && drawing.engine != LayoutEngine::Automatic &&
      drawing.engine != LayoutEngine::Dot && drawing.engine != LayoutEngine::Fdp) {
    throw UsageError("--cluster-by " + command.cluster_by +
                     ": clusters are drawn by the dot and fdp "
                     "engines only, not by " +
                     command.engine);
  }
  drawing.color = encoding_option("--color-by", command.color_by, Channel::NodeColor,
                                  "node attribute", graph, analysis);
  drawing.size = encoding_option("--size-by", command.size_by, Channel::NodeSize,
                                 "numeric node attribute", graph, analysis);
  drawing.width = encoding_option("--width-by", command.width_by, Channel::EdgeWidth,
                                  "numeric edge attribute", graph, analysis);
  drawing.title = command.title.empty() ? graph_title(graph, input_names) : command.title;
  drawing.caption = graph_caption(graph, input_names);
  drawing.theme = std::move(theme);
  if (const auto& focus = command.input.selection.focus) {
    drawing.focus = resolve_entity(graph, *focus);
  }
  if (command.engine.empty()) {
    if (auto positions = input_positions(graph)) {
      drawing.positions = std::move(*positions);
      drawing.positions_by = "input";
    }
  }

  auto& record = setup.record;
  if (!command.engine.empty()) record.emplace_back("engine", command.engine);
  record.emplace_back("color_by", encoding_name(effective_encoding(
                                      Channel::NodeColor, drawing.color, graph, analysis)));
  for (const auto& [key, channel, encoding] :
       {std::tuple{"size_by", Channel::NodeSize, &drawing.size},
        std::tuple{"width_by", Channel::EdgeWidth, &drawing.width}}) {
    const VisualEncoding effective = effective_encoding(channel, *encoding, graph, analysis);
    if (effective.source != VisualEncoding::Source::None) {
      record.emplace_back(key, encoding_name(effective));
    }
  }
  record.emplace_back("cluster_by", command.cluster_by.empty() ? "none" : command.cluster_by);
  if (drawing.positions_by == "input") record.emplace_back("layout", "input");
  if (!command.title.empty()) record.emplace_back("title", command.title);
  return setup;
}

}  // namespace kgviz
