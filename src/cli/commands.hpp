// The subcommands, as functions of parsed options (no argument parsing here, no exit()).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "analysis/analyze.hpp"
#include "analysis/paths.hpp"
#include "analysis/selection.hpp"
#include "io/read_options.hpp"
#include "render/analysis_writers.hpp"

namespace kgviz {

/// Options every command that reads graphs takes.
struct InputOptions {
  std::vector<std::string> files;  ///< empty = the bundled article graph
  std::string from;                ///< --from FORMAT ("" = by extension)
  bool undirected = false;
  std::string nodes;  ///< --nodes FILE
  ReadOptions read;
  SelectionOptions selection;  ///< --focus/--depth, --min-confidence, --types
  bool quiet = false;          ///< --quiet
  bool progress = false;       ///< show a progress line (stderr is a terminal, no --quiet)
  /// Where `-` reads from (`run()`'s `in`); null = the process's standard input.
  std::istream* standard_input = nullptr;
  /// Whether standard input may hold a graph (a pipe or a redirected file): with no FILE it is
  /// read, and only when it holds nothing but white space is the bundled graph used.
  bool stdin_may_hold_data = false;
};

struct AnalyzeCommand {
  InputOptions input;
  AnalysisOptions analysis;          ///< its metrics are set from `metrics` when the run starts
  std::vector<std::string> metrics;  ///< --metrics as given (checked, then typed)
  std::string sort;                  ///< --sort METRIC as given ("" = the default order)
  std::string format;  ///< table | csv | json | markdown; "" = table on a terminal, else csv
  TableOptions table;
  bool top_given = false;    ///< --top given (else a terminal shows kTerminalRows rows)
  bool width_given = false;  ///< --width given (else a terminal's width, and no limit otherwise)
  std::string output;        ///< -o FILE ("" = standard output)
};

/// Rows a table or markdown shows on a terminal unless --top says otherwise.
inline constexpr std::size_t kTerminalRows = 20;

struct ExportCommand {
  InputOptions input;
  AnalysisOptions analysis;          ///< its metrics are set from `metrics` when the run starts
  std::vector<std::string> metrics;  ///< --metrics as given (checked, then typed)
  std::vector<std::string> outputs;
  std::string to;
  std::string engine;    ///< "" = automatic
  std::string color_by;  ///< "" = automatic
  std::string size_by;   ///< "" = none
  std::string width_by;  ///< "" = automatic
  std::string cluster_by = "none";
  std::string title;
  std::string theme;  ///< --theme FILE ("" = the built-in style)
};

struct PathCommand {
  InputOptions input;                  ///< at most one file
  std::vector<std::string> arguments;  ///< FROM TO, or FILE FROM TO
  PathOptions path;
  std::string format = "text";  ///< text | json
};

int run_validate(const InputOptions& options, std::ostream& out, std::ostream& err);
int run_analyze(const AnalyzeCommand& command, bool stdout_is_terminal, std::ostream& out,
                std::ostream& err);
int run_export(const ExportCommand& command, std::ostream& out, std::ostream& err);
int run_path(const PathCommand& command, std::ostream& out, std::ostream& err);

}  // namespace kgviz
