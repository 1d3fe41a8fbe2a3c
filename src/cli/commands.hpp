// The subcommands, as functions of parsed options (no argument parsing here, no exit()).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "analysis/analyze.hpp"
#include "io/read_options.hpp"
#include "render/analysis_writers.hpp"

namespace kgviz {

/// Options every command that reads graphs takes.
struct InputOptions {
  std::vector<std::string> files;  ///< empty = the bundled article graph
  std::string from;                ///< --from FORMAT ("" = by extension)
  bool undirected = false;
  std::string nodes;               ///< --nodes FILE
  ReadOptions read;
};

struct AnalyzeCommand {
  InputOptions input;
  AnalysisOptions analysis;
  std::string format;  ///< table | csv | json | markdown; "" = table on a terminal, else csv
  TableOptions table;
  std::string output;  ///< -o FILE ("" = standard output)
};

struct ExportCommand {
  InputOptions input;
  AnalysisOptions analysis;
  std::vector<std::string> outputs;
  std::string to;
  std::string engine;
  std::string color_by = "type";
  std::string size_by;
  std::string cluster_by = "none";
  std::string title;
};

int run_validate(const InputOptions& options, std::ostream& out, std::ostream& err);
int run_analyze(const AnalyzeCommand& command, bool stdout_is_terminal, std::ostream& out,
                std::ostream& err);
int run_export(const ExportCommand& command, std::ostream& out, std::ostream& err);

}  // namespace kgviz
