// Output formats of `export` and `analyze -o`: names for `--to`, extensions, and which are
// diagrams (need the Graphviz layout).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kgviz {

enum class OutputFormat { Dot, Svg, Png, Pdf, GraphML, Gexf, Json, NodeLink, Stix, Csv, EdgesCsv, Markdown, Html };

/// The `--to` name of a format.
std::string_view output_format_name(OutputFormat format);
/// Parses a `--to` name.
std::optional<OutputFormat> parse_output_format(std::string_view name);
/// The format of an output path from its extension (`.edges.csv` before `.csv`, `.nodelink.json`
/// and `.stix.json` before `.json`).
std::optional<OutputFormat> format_from_extension(std::string_view path);
/// "dot (.dot .gv), svg, ..." for error messages and help.
std::string output_format_list();

/// Whether the format needs a layout (pictures, DOT, and files carrying x/y).
bool needs_layout(OutputFormat format);
/// Whether the format is drawn by Graphviz (DOT, SVG, PNG, PDF).
bool is_diagram(OutputFormat format);

/// Resolves the format of one `-o` path: `--to` when given, else the extension. Throws UsageError
/// (exit 2) listing the formats when neither tells.
OutputFormat resolve_output_format(const std::string& path, const std::string& to);

}  // namespace kgviz
