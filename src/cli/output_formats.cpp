#include "cli/output_formats.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "model/diagnostics.hpp"
#include "model/suggestions.hpp"

namespace kgviz {

namespace {

std::string formats_hint() { return "; formats: " + output_format_list(); }

/// The `--to` names of the formats kgviz writes, and their extensions.
std::vector<std::string> writable_names(bool extensions) {
  std::vector<std::string> names;
  for (const FileFormat& format : file_formats()) {
    if (!format.output) continue;
    if (!extensions) names.emplace_back(format.name);
    if (extensions) names.insert(names.end(), format.extensions.begin(), format.extensions.end());
  }
  return names;
}

/// "cannot tell the output format of 'x.grapml' ...; did you mean '.graphml'?" and the formats.
std::string unknown_extension_message(const std::string& path) {
  std::string message = "cannot tell the output format of '" + path +
                        "' from its extension; add --to FORMAT or use an extension";
  const std::size_t dot = path.rfind('.');
  const std::size_t slash = path.rfind('/');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) {
    message = with_suggestions(message, path.substr(dot), writable_names(true));
  }
  return message + " (formats: " + output_format_list() + ")";
}

/// The format a name's extension gives, nullopt when the extension tells nothing. Throws for an
/// extension of a format kgviz reads but does not write.
std::optional<OutputFormat> format_by_extension(const std::string& path) {
  if (path == "-") return std::nullopt;
  const FileFormat* named = format_of_path(path);
  if (named == nullptr) return std::nullopt;
  if (!named->output) {
    throw UsageError("cannot write '" + path + "': kgviz reads " + std::string(named->name) +
                     " files but does not write them" + formats_hint());
  }
  return named->output;
}

constexpr std::array<std::pair<AnalysisFormat, std::string_view>, 4> kAnalysisFormats{{
    {AnalysisFormat::Table, "table"},
    {AnalysisFormat::Csv, "csv"},
    {AnalysisFormat::Json, "json"},
    {AnalysisFormat::Markdown, "markdown"},
}};

std::string_view analysis_format_name(AnalysisFormat format) {
  for (const auto& [f, name] : kAnalysisFormats) {
    if (f == format) return name;
  }
  return "";
}

}  // namespace

std::vector<OutputFormat> resolve_output_formats(const std::vector<std::string>& paths,
                                                 const std::string& to) {
  std::optional<OutputFormat> requested;
  if (!to.empty()) {
    requested = output_format_named(to);
    if (!requested) {
      throw UsageError(
          with_suggestions("--to " + to + ": unknown output format", to, writable_names(false)) +
          " (formats: " + output_format_list() + ")");
    }
  }
  std::vector<OutputFormat> formats;
  bool to_used = false;
  std::string contradiction;
  for (const auto& path : paths) {
    if (auto by_name = format_by_extension(path)) {
      formats.push_back(*by_name);
      if (requested && *by_name != *requested && contradiction.empty()) {
        contradiction = "'" + path + "' is " + std::string(output_format_name(*by_name));
      }
      continue;
    }
    if (!requested) {
      if (path == "-") {
        throw UsageError("-o -: name the output format with --to" + formats_hint());
      }
      throw UsageError(unknown_extension_message(path));
    }
    formats.push_back(*requested);
    to_used = true;
  }
  if (requested && !to_used && !contradiction.empty()) {
    throw UsageError("--to " + to + " contradicts the extension: " + contradiction +
                     " (--to applies only to -o - and to names whose extension does not tell)");
  }
  return formats;
}

AnalysisFormat resolve_analysis_format(const std::string& format, const std::string& output,
                                       bool stdout_is_terminal) {
  std::optional<AnalysisFormat> requested;
  if (!format.empty()) {
    for (const auto& [f, name] : kAnalysisFormats) {
      if (name == format) requested = f;
    }
    if (!requested) throw UsageError("--format " + format + ": use table, csv, json or markdown");
  }
  std::optional<AnalysisFormat> by_name;
  if (!output.empty() && output != "-") {
    if (const FileFormat* named = format_of_path(output)) {
      if (named->output == OutputFormat::Csv) {
        by_name = AnalysisFormat::Csv;
      } else if (named->output == OutputFormat::Json) {
        by_name = AnalysisFormat::Json;
      } else if (named->output == OutputFormat::Markdown) {
        by_name = AnalysisFormat::Markdown;
      } else {
        throw UsageError("analyze writes csv, json or markdown tables, not " +
                         std::string(named->name) + " ('" + output +
                         "'); for diagrams and graph files use kgviz export");
      }
    }
  }
  if (requested && by_name && *requested != *by_name) {
    throw UsageError("--format " + format + " contradicts the extension of '" + output + "' (" +
                     std::string(analysis_format_name(*by_name)) + ")");
  }
  if (requested) return *requested;
  if (by_name) return *by_name;
  const bool to_terminal = stdout_is_terminal && (output.empty() || output == "-");
  return to_terminal ? AnalysisFormat::Table : AnalysisFormat::Csv;
}

}  // namespace kgviz
