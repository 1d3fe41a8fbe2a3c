// Which format each output of a run gets: from its name's extension (model/formats.hpp, the one
// format table), from `--to` for standard output and names that do not tell, and for `analyze`
// from `--format`.
#pragma once

#include <string>
#include <vector>

#include "model/formats.hpp"

namespace kgviz {

/// The format of every `-o` of `export`, in order. An extension that names a format kgviz writes
/// decides (case-insensitively); `to` (`--to`, "" = not given) applies only to `-` and to names
/// whose extension does not tell. Throws UsageError (exit 2): `-` or an unknown extension without
/// `--to`; an extension of a format kgviz only reads; `--to` naming no format kgviz writes; `--to`
/// that applies to no output (every extension decides) while contradicting one of them.
std::vector<OutputFormat> resolve_output_formats(const std::vector<std::string>& paths,
                                                 const std::string& to);

/// The analysis table formats of `analyze`.
enum class AnalysisFormat { Table, Csv, Json, Markdown };

/// The format of `analyze`'s output: `--format` (`format`, "" = not given) and the extension of
/// `-o` (`output`, "" = standard output) must agree when both tell; with neither, a table on a
/// terminal and CSV otherwise. Throws UsageError for an unknown `--format`, an extension of a
/// format `analyze` does not write, or a contradiction.
AnalysisFormat resolve_analysis_format(const std::string& format, const std::string& output,
                                       bool stdout_is_terminal);

}  // namespace kgviz
