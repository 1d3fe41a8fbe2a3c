#include "cli/output_formats.hpp"

#include <array>
#include <cctype>

#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

struct FormatInfo {
  OutputFormat format;
  std::string_view name;
  std::array<std::string_view, 2> extensions;
  bool layout;
};

// Order matters for extension matching: longer, more specific suffixes first.
constexpr std::array<FormatInfo, 13> kFormats{{
    {OutputFormat::EdgesCsv, "edges", {".edges.csv", ""}, false},
    {OutputFormat::NodeLink, "nodelink", {".nodelink.json", ""}, true},
    {OutputFormat::Stix, "stix", {".stix.json", ""}, false},
    {OutputFormat::Dot, "dot", {".dot", ".gv"}, true},
    {OutputFormat::Svg, "svg", {".svg", ""}, true},
    {OutputFormat::Png, "png", {".png", ""}, true},
    {OutputFormat::Pdf, "pdf", {".pdf", ""}, true},
    {OutputFormat::GraphML, "graphml", {".graphml", ""}, true},
    {OutputFormat::Gexf, "gexf", {".gexf", ""}, true},
    {OutputFormat::Json, "json", {".json", ""}, true},
    {OutputFormat::Csv, "csv", {".csv", ""}, false},
    {OutputFormat::Markdown, "md", {".md", ".markdown"}, false},
    {OutputFormat::Html, "html", {".html", ".htm"}, true},
}};

bool ends_with_ci(std::string_view text, std::string_view suffix) {
  if (suffix.empty() || text.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    const char c = text[text.size() - suffix.size() + i];
    if (std::tolower(static_cast<unsigned char>(c)) != suffix[i]) return false;
  }
  return true;
}

}  // namespace

std::string_view output_format_name(OutputFormat format) {
  for (const auto& info : kFormats) {
    if (info.format == format) return info.name;
  }
  return "";
}

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  for (const auto& info : kFormats) {
    if (info.name == name) return info.format;
  }
  return std::nullopt;
}

std::optional<OutputFormat> format_from_extension(std::string_view path) {
  for (const auto& info : kFormats) {
    for (auto extension : info.extensions) {
      if (ends_with_ci(path, extension)) return info.format;
    }
  }
  return std::nullopt;
}

std::string output_format_list() {
  std::string out;
  for (const auto& info : kFormats) {
    if (!out.empty()) out += ", ";
    out += std::string(info.name) + " (";
    bool first = true;
    for (auto extension : info.extensions) {
      if (extension.empty()) continue;
      out += std::string(first ? "" : " ") + std::string(extension);
      first = false;
    }
    out += ")";
  }
  return out;
}

bool needs_layout(OutputFormat format) {
  for (const auto& info : kFormats) {
    if (info.format == format) return info.layout;
  }
  return false;
}

bool is_diagram(OutputFormat format) {
  return format == OutputFormat::Dot || format == OutputFormat::Svg || format == OutputFormat::Png ||
         format == OutputFormat::Pdf;
}

OutputFormat resolve_output_format(const std::string& path, const std::string& to) {
  if (!to.empty()) {
    if (auto format = parse_output_format(to)) return *format;
    throw UsageError("--to " + to + ": unknown output format; formats: " + output_format_list());
  }
  if (auto format = format_from_extension(path)) return *format;
  if (path == "-") {
    throw UsageError("-o -: name the output format with --to; formats: " + output_format_list());
  }
  throw UsageError("cannot tell the output format of '" + path +
                   "' from its extension; formats: " + output_format_list());
}

}  // namespace kgviz
