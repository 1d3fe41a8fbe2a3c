// The DrawingOptions of an export, from the command's option strings, the graph and its analysis:
// each choice typed and checked here (a bad name is a usage error listing the names this graph
// offers), so that the render side only ever sees valid, typed choices.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "cli/commands.hpp"
#include "model/theme.hpp"
#include "render/diagram.hpp"

namespace kgviz {

struct DrawingSetup {
  DrawingOptions drawing;
  /// The choices for the run record, in order: engine (when given), color_by, size_by and
  /// width_by (when not none), cluster_by, layout=input (when the input's positions are used),
  /// title (when given). Automatic choices are recorded as what they resolved to.
  std::vector<std::pair<std::string, std::string>> record;
};

/// Throws UsageError for an unknown engine or cluster choice, a `--color-by`, `--size-by` or
/// `--width-by` name the graph and analysis do not offer (listing those they do), community
/// colours or clusters without the community analysis, and clusters with an engine that does not
/// draw them. `input_names` are the inputs' file names (for the title and caption fallback).
/// The input's own layout (diagram_choices.hpp input_positions) is used unless `--engine` is given.
DrawingSetup drawing_setup(const ExportCommand& command, const KnowledgeGraph& graph,
                           const AnalysisResult& analysis,
                           const std::vector<std::string>& input_names, Theme theme);

}  // namespace kgviz
