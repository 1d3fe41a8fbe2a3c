#include "model/formats.hpp"

#include <algorithm>
#include <cctype>

namespace kgviz {

namespace {

using In = InputFormat;
using Out = OutputFormat;

// One row per name a user types. An extension appears in one row only; where reading and writing
// the same file name mean different things (`.csv` is read as an edge list and written as the node
// table; `.json` is read as node-link, Cytoscape.js or STIX and written as Cytoscape.js), the row
// says both.
const std::vector<FileFormat>& table() {
  static const std::vector<FileFormat> rows{
      {"yaml", {".yaml", ".yml"}, In::Yaml, std::nullopt, "knowledge-graph YAML"},
      {"graphml", {".graphml"}, In::GraphML, Out::GraphML, "GraphML"},
      {"gexf", {".gexf"}, In::Gexf, Out::Gexf, "GEXF 1.3 (Gephi)"},
      {"json",
       {".json"},
       In::Json,
       Out::Json,
       "JSON: read node-link, Cytoscape.js or STIX (by content); written as Cytoscape.js"},
      {"nodelink", {".nodelink.json"}, In::Json, Out::NodeLink, "node-link JSON (networkx)"},
      {"stix", {".stix.json"}, In::Stix, Out::Stix, "STIX 2.1 bundle"},
      {"csv", {".csv"}, In::Csv, Out::Csv, "CSV: read as an edge list, written as the node table"},
      {"edges", {".edges.csv"}, In::Csv, Out::EdgesCsv, "CSV edge table"},
      {"tsv", {".tsv", ".tab"}, In::Tsv, std::nullopt, "tab-separated edge list"},
      {"dot", {".dot", ".gv"}, In::Dot, Out::Dot, "Graphviz DOT"},
      {"gml", {".gml"}, In::Gml, std::nullopt, "GML"},
      {"pajek", {".net", ".paj"}, In::Pajek, std::nullopt, "Pajek"},
      {"svg", {".svg"}, std::nullopt, Out::Svg, "SVG diagram"},
      {"png", {".png"}, std::nullopt, Out::Png, "PNG diagram"},
      {"pdf", {".pdf"}, std::nullopt, Out::Pdf, "PDF diagram"},
      {"md", {".md", ".markdown"}, std::nullopt, Out::Markdown, "analysis as markdown"},
      {"html",
       {".html", ".htm"},
       std::nullopt,
       Out::Html,
       "interactive page (one offline file: search, neighbours, evidence, filters)"},
  };
  return rows;
}

bool ends_with_ci(std::string_view text, std::string_view suffix) {
  if (suffix.empty() || text.size() < suffix.size()) return false;
  const std::string_view tail = text.substr(text.size() - suffix.size());
  return std::equal(tail.begin(), tail.end(), suffix.begin(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
  });
}

bool equals_ci(std::string_view a, std::string_view b) {
  return a.size() == b.size() && ends_with_ci(a, b);
}

bool readable(const FileFormat& row) { return row.input.has_value(); }
bool writable(const FileFormat& row) { return row.output.has_value(); }

std::string format_list(bool (*wanted)(const FileFormat&), bool with_extensions) {
  std::string out;
  for (const auto& row : table()) {
    if (!wanted(row)) continue;
    if (!out.empty()) out += ", ";
    out += row.name;
    if (!with_extensions) continue;
    out += " (";
    for (std::size_t i = 0; i < row.extensions.size(); ++i) {
      out += (i == 0 ? "" : " ");
      out += row.extensions[i];
    }
    out += ")";
  }
  return out;
}

// ---- content sniffing ------------------------------------------------------------------------

constexpr std::size_t kSniffBytes = std::size_t{1} << 16;

/// A cursor over the first bytes of a file, with the skipping every text format needs.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text.substr(0, kSniffBytes)) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") at_ = 3;
  }
  [[nodiscard]] bool done() const { return at_ >= text_.size(); }
  [[nodiscard]] char peek() const { return done() ? '\0' : text_[at_]; }
  [[nodiscard]] std::string_view rest() const { return text_.substr(std::min(at_, text_.size())); }
  void skip_space() {
    while (!done() && std::isspace(static_cast<unsigned char>(text_[at_])) != 0) ++at_;
  }
  void skip_line() {
    while (!done() && text_[at_] != '\n') ++at_;
  }
  /// Skips white space and comments of the given kinds.
  void skip_comments(bool c_style, char line_comment) {
    while (true) {
      skip_space();
      const std::string_view r = rest();
      if (c_style && r.substr(0, 2) == "//") {
        skip_line();
      } else if (c_style && r.substr(0, 2) == "/*") {
        const std::size_t end = r.find("*/", 2);
        at_ = end == std::string_view::npos ? text_.size() : at_ + end + 2;
      } else if (line_comment != '\0' && !r.empty() && r[0] == line_comment) {
        skip_line();
      } else {
        return;
      }
    }
  }
  /// A run of letters, digits and underscores (empty when none).
  std::string_view word() {
    const std::size_t start = at_;
    while (!done() &&
           (std::isalnum(static_cast<unsigned char>(text_[at_])) != 0 || text_[at_] == '_'))
      ++at_;
    return text_.substr(start, at_ - start);
  }
  /// A double-quoted string with backslash escapes; false when unterminated.
  bool quoted() {
    if (peek() != '"') return false;
    for (++at_; !done(); ++at_) {
      if (text_[at_] == '\\') {
        ++at_;
      } else if (text_[at_] == '"') {
        ++at_;
        return true;
      }
    }
    return false;
  }
  /// A number such as `-1`, `2.5e3`.
  bool number() {
    const std::size_t start = at_;
    while (!done() && (std::isdigit(static_cast<unsigned char>(text_[at_])) != 0 ||
                       std::string_view("+-.eE").find(text_[at_]) != std::string_view::npos)) {
      ++at_;
    }
    return at_ > start;
  }
  void advance(std::size_t n) { at_ += n; }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

/// The name of an XML document's root element (after the declaration, comments, DOCTYPE and
/// processing instructions).
std::string_view xml_root(Cursor cursor) {
  while (true) {
    cursor.skip_space();
    const std::string_view r = cursor.rest();
    if (r.substr(0, 4) == "<!--") {
      const std::size_t end = r.find("-->");
      if (end == std::string_view::npos) return {};
      cursor.advance(end + 3);
    } else if (r.substr(0, 2) == "<?" || r.substr(0, 2) == "<!") {
      const std::size_t end = r.find('>');
      if (end == std::string_view::npos) return {};
      cursor.advance(end + 1);
    } else if (r.substr(0, 1) == "<") {
      cursor.advance(1);
      std::string_view name = cursor.rest();
      const std::size_t end = name.find_first_of(" \t\r\n/>");
      name = name.substr(0, end);
      const std::size_t colon = name.find(':');  // a namespace prefix
      return colon == std::string_view::npos ? name : name.substr(colon + 1);
    } else {
      return {};
    }
  }
}

/// Whether a JSON text is a STIX bundle: a top-level `"type": "bundle"` member in its head.
bool json_is_stix_bundle(std::string_view head) {
  std::size_t at = head.find("\"type\"");
  while (at != std::string_view::npos) {
    std::size_t i = at + 6;
    while (i < head.size() && std::string_view(" \t\r\n:").find(head[i]) != std::string_view::npos)
      ++i;
    if (head.substr(i, 8) == "\"bundle\"") return true;
    at = head.find("\"type\"", at + 6);
  }
  return false;
}

/// DOT: `[strict] (graph|digraph) [ID] {`, keywords in any case, after comments.
bool looks_like_dot(Cursor cursor) {
  cursor.skip_comments(true, '#');
  std::string_view keyword = cursor.word();
  if (equals_ci(keyword, "strict")) {
    cursor.skip_comments(true, '#');
    keyword = cursor.word();
  }
  if (!equals_ci(keyword, "graph") && !equals_ci(keyword, "digraph")) return false;
  cursor.skip_comments(true, '#');
  if (cursor.peek() == '"') {
    if (!cursor.quoted()) return false;
  } else {
    cursor.word();
  }
  cursor.skip_comments(true, '#');
  return cursor.peek() == '{';
}

/// GML: top-level `key value` pairs (numbers or strings, as `Creator "igraph"`), then `graph [`.
bool looks_like_gml(Cursor cursor) {
  for (int pairs = 0; pairs < 64; ++pairs) {
    cursor.skip_comments(false, '#');
    const std::string_view key = cursor.word();
    if (key.empty()) return false;
    cursor.skip_comments(false, '#');
    if (key == "graph" && cursor.peek() == '[') return true;
    if (cursor.peek() == '"') {
      if (!cursor.quoted()) return false;
    } else if (!cursor.number()) {
      return false;
    }
  }
  return false;
}

/// Pajek: the first line that is not a `%` comment starts with `*Network` or `*Vertices` (any
/// case): a Pajek file declares its vertices before any arc.
bool looks_like_pajek(Cursor cursor) {
  cursor.skip_comments(false, '%');
  if (cursor.peek() != '*') return false;
  cursor.advance(1);
  const std::string_view section = cursor.word();
  return equals_ci(section, "network") || equals_ci(section, "vertices");
}

/// A knowledge-graph YAML document: `---`, `%YAML`, or a top-level key of the schema first.
std::optional<SniffResult> sniff_yaml(Cursor cursor) {
  cursor.skip_comments(false, '#');
  const std::string_view r = cursor.rest();
  if (r.substr(0, 3) == "---" || r.substr(0, 5) == "%YAML") return SniffResult{In::Yaml, false};
  for (std::string_view key : {"sources:", "types:", "entities:", "relations:"}) {
    if (r.substr(0, key.size()) == key) return SniffResult{In::Yaml, true};
  }
  return std::nullopt;
}

/// A delimited header line: tab-separated when it has more tabs than commas.
std::optional<SniffResult> sniff_delimited(Cursor cursor) {
  cursor.skip_space();
  std::string_view line = cursor.rest();
  line = line.substr(0, line.find('\n'));
  const auto tabs = std::count(line.begin(), line.end(), '\t');
  const auto commas = std::count(line.begin(), line.end(), ',');
  if (tabs == 0 && commas == 0) return std::nullopt;
  return SniffResult{tabs > commas ? In::Tsv : In::Csv, false};
}

}  // namespace

const std::vector<FileFormat>& file_formats() { return table(); }

const FileFormat* format_of_path(std::string_view path) {
  const FileFormat* best = nullptr;
  std::size_t best_length = 0;
  for (const auto& row : table()) {
    for (std::string_view extension : row.extensions) {
      if (extension.size() > best_length && ends_with_ci(path, extension)) {
        best = &row;
        best_length = extension.size();
      }
    }
  }
  return best;
}

std::string_view strip_compression_suffix(std::string_view path, bool* compressed) {
  const bool gz = path.size() > 3 && ends_with_ci(path, ".gz");
  if (compressed != nullptr) *compressed = gz;
  return gz ? path.substr(0, path.size() - 3) : path;
}

std::optional<InputFormat> input_format_named(std::string_view name) {
  for (const auto& row : table()) {
    if (row.input && equals_ci(name, row.name)) return row.input;
  }
  return std::nullopt;
}

std::optional<OutputFormat> output_format_named(std::string_view name) {
  for (const auto& row : table()) {
    if (row.output && equals_ci(name, row.name)) return row.output;
  }
  return std::nullopt;
}

std::string_view input_format_name(InputFormat format) {
  for (const auto& row : table()) {
    if (row.input == format) return row.name;
  }
  return "auto";
}

std::string_view output_format_name(OutputFormat format) {
  for (const auto& row : table()) {
    if (row.output == format) return row.name;
  }
  return "";
}

std::string input_format_list() { return format_list(readable, true); }
std::string output_format_list() { return format_list(writable, true); }
std::string input_format_names() { return format_list(readable, false); }
std::string output_format_names() { return format_list(writable, false); }

bool needs_layout(OutputFormat format) {
  switch (format) {
    case Out::Dot:
    case Out::Svg:
    case Out::Png:
    case Out::Pdf:
    case Out::GraphML:
    case Out::Gexf:
    case Out::Json:
    case Out::NodeLink:
    case Out::Html:
      return true;
    case Out::Stix:
    case Out::Csv:
    case Out::EdgesCsv:
    case Out::Markdown:
      return false;
  }
  return false;
}

bool is_diagram(OutputFormat format) {
  return format == Out::Dot || format == Out::Svg || format == Out::Png || format == Out::Pdf;
}

bool is_gzip(std::string_view content) { return content.substr(0, 2) == "\x1F\x8B"; }

std::optional<SniffResult> sniff_input_format(std::string_view content) {
  const Cursor start(content);
  Cursor first = start;
  first.skip_space();
  const char c = first.peek();
  if (c == '<') {
    const std::string_view root = xml_root(start);
    if (root == "graphml") return SniffResult{In::GraphML, true};
    if (root == "gexf") return SniffResult{In::Gexf, true};
    return std::nullopt;
  }
  if (c == '{' || c == '[') {
    // A JSON document; `[` could also open a YAML flow sequence, which no kgviz YAML starts with.
    return SniffResult{json_is_stix_bundle(first.rest()) ? In::Stix : In::Json, true};
  }
  if (looks_like_dot(start)) return SniffResult{In::Dot, true};
  if (looks_like_pajek(start)) return SniffResult{In::Pajek, true};
  if (looks_like_gml(start)) return SniffResult{In::Gml, true};
  if (auto yaml = sniff_yaml(start)) return yaml;
  return sniff_delimited(start);
}

}  // namespace kgviz
