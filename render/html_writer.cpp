#include "render/html_writer.hpp"

#include <fmt/format.h>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "model/confidence.hpp"
#include "model/diagnostics.hpp"
#include "model/utf8.hpp"
#include "render/export_columns.hpp"
#include "render/export_json.hpp"
#include "render/html_assets.hpp"
#include "render/record_json.hpp"
#include "render/xml_text.hpp"

namespace kgviz {

namespace {

using Json = nlohmann::ordered_json;

/// Version of the data layout the page script reads (docs/html.md "The data in the page").
constexpr std::string_view kDataFormat = "kgviz-html 2";

std::string_view asset(std::string_view path) {
  for (const HtmlAsset& file : html_assets()) {
    if (file.path == path) return file.content;
  }
  throw Error("the HTML page asset " + std::string(path) + " is not built into this kgviz");
}

/// Calls `wide(code_point)` for each character of `text` above U+00FF and `plain(byte)` for each
/// other byte (those of the characters up to U+00FF, and any that is not UTF-8).
///
/// Why: a browser keeps a text whose characters all fit one byte (Latin-1) at one byte a character;
/// a single wider character anywhere in the chunk it decodes at once (often the whole page) makes
/// all of it two bytes a character, which doubles the memory and time of decoding, tokenizing and
/// JSON-parsing the data. So the page is written in Latin-1 characters only, wider ones escaped.
template <typename Plain, typename Wide>
void for_each_latin1(std::string_view text, Plain plain, Wide wide) {
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t code = 0;
    const std::size_t length = utf8_sequence(text, i, code);
    if (length > 0 && code > 0xFF) {
      wide(code);
      i += length;
      continue;
    }
    const std::size_t end = i + std::max<std::size_t>(length, 1);  // not UTF-8: a byte, as it is
    for (; i < end; ++i) plain(text[i]);
  }
}

/// `\uXXXX` of `code` in JSON and JavaScript (a surrogate pair above U+FFFF).
void append_u_escape(std::string& out, std::uint32_t code) {
  const auto hex = [&out](unsigned unit) {
    static constexpr std::string_view kDigits = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += kDigits[(unit >> shift) & 0xF];
  };
  if (code > 0xFFFF) {
    hex(0xD800 + ((code - 0x10000) >> 10));
    hex(0xDC00 + ((code - 0x10000) & 0x3FF));
  } else {
    hex(code);
  }
}

/// `json` made safe inside a <script> element: `<`, `>`, `&` and every character above U+00FF
/// (among them U+2028 and U+2029) as `\uXXXX`. JSON text holds these characters only inside
/// strings, where the escape means the same character, so the data parses to the same values while
/// no `</script>` or `<!--` can appear (and the page stays Latin-1, for_each_latin1).
void append_script_safe(std::string& out, std::string_view json) {
  for_each_latin1(
      json,
      [&out](char c) {
        if (c == '<') {
          out += "\\u003c";
        } else if (c == '>') {
          out += "\\u003e";
        } else if (c == '&') {
          out += "\\u0026";
        } else {
          out += c;
        }
      },
      [&out](std::uint32_t code) { append_u_escape(out, code); });
}

/// `text` for an HTML attribute value or element text: markup characters as entities, characters
/// above U+00FF as numeric references (`&#x2026;`), which mean the same characters.
std::string html_escaped(std::string_view text) {
  std::string escaped;
  append_xml_escaped(escaped, text, XmlContext::Attribute);
  std::string out;
  for_each_latin1(
      escaped, [&out](char c) { out += c; },
      [&out](std::uint32_t code) { out += fmt::format("&#x{:x};", code); });
  return out;
}

/// A CSP source that allows exactly the inline element whose text is `content`:
/// `'sha256-BASE64'`.
std::string csp_hash(std::string_view content) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_Digest(content.data(), content.size(), digest.data(), &length, EVP_sha256(), nullptr) !=
      1) {
    throw Error("SHA-256 failed");
  }
  std::array<unsigned char, 4 * ((EVP_MAX_MD_SIZE + 2) / 3) + 1> base64{};
  const int written = EVP_EncodeBlock(base64.data(), digest.data(), static_cast<int>(length));
  return "'sha256-" + std::string(reinterpret_cast<const char*>(base64.data()), written) + "'";
}

std::string option_value(const RunRecord& record, std::string_view key) {
  for (const auto& [name, value] : record.options) {
    if (name == key) return value;
  }
  return "";
}

/// The page title: `--title`, else the graph's `title` attribute, else the first source document's
/// title, else the input names (the diagrams' title rule).
std::string page_title(const KnowledgeGraph& graph, const RunRecord& record) {
  std::string title = option_value(record, "title");
  if (!title.empty()) return title;
  if (const AttributeColumn* column = graph.graph_attributes().find("title")) {
    ExportValue value;
    if (stored_column_reader(*column, graph.strings())(0, value)) {
      if (const auto* text = std::get_if<std::string_view>(&value.data)) {
        if (!text->empty()) return std::string(*text);
      }
    }
  }
  for (const SourceDocument& source : graph.sources()) {
    if (source.title && !source.title->empty()) return *source.title;
  }
  for (const auto& input : record.inputs) title += (title.empty() ? "" : ", ") + input.basename;
  return title.empty() ? "kgviz" : title;
}

Json optional_text(const std::optional<std::string>& text) {
  return text ? Json(*text) : Json(nullptr);
}

Json source_documents(const KnowledgeGraph& graph) {
  Json sources = Json::array();
  for (const SourceDocument& source : graph.sources()) {
    sources.push_back({{"id", source.id},
                       {"title", optional_text(source.title)},
                       {"publisher", optional_text(source.publisher)},
                       {"date", optional_text(source.date)},
                       {"url", optional_text(source.url)}});
  }
  return sources;
}

/// The inlined libraries (third_party/packages.json): name, version, licence.
Json libraries() {
  const Json manifest = Json::parse(asset("third_party/packages.json"));
  Json list = Json::array();
  for (const auto& package : manifest.at("packages")) {
    list.push_back({{"name", package.at("name")},
                    {"version", package.at("version")},
                    {"license", package.at("license")}});
  }
  return list;
}

/// A library script with the licences of its code first, as a comment that minifiers keep.
std::string library_script(std::string_view name) {
  const Json manifest = Json::parse(asset("third_party/packages.json"));
  for (const auto& package : manifest.at("packages")) {
    if (package.at("name").get<std::string>() != name) continue;
    std::string text = "/*! " + std::string(name) + " " + package.at("version").get<std::string>() +
                       " (npm), " + package.at("license").get<std::string>() + " licence:\n";
    text += asset("third_party/" + package.at("license_file").get<std::string>());
    for (const auto& bundled_name : package.at("bundles")) {
      for (const auto& bundled : manifest.at("bundled")) {
        if (bundled.at("name") != bundled_name) continue;
        text += "\nIt contains " + bundled_name.get<std::string>() + " " +
                bundled.at("version").get<std::string>() + ", " +
                bundled.at("license").get<std::string>() + " licence:\n";
        text += asset("third_party/" + bundled.at("license_file").get<std::string>());
      }
    }
    text += "*/\n";
    text += asset("third_party/" + package.at("file").get<std::string>());
    return text;
  }
  throw Error("no library " + std::string(name) + " in third_party/packages.json");
}

/// The columns the page needs for its first frame, the legend drawn with it and the filters of
/// types, confidence, communities and dates travel in the first data block; the others (evidence,
/// descriptions, aliases, metrics, ...) in the details block, which the page parses only when the
/// side panel, the search or a metric filter first needs it (docs/html.md "The data in the page").
constexpr std::array<std::string_view, 7> kFirstFrameNodeColumns = {
    "label", "type", "x", "y", "size", "color", "community"};
constexpr std::array<std::string_view, 4> kFirstFrameEdgeColumns = {"relation", "label",
                                                                    "confidence", "date"};

template <std::size_t count>
bool listed(const std::array<std::string_view, count>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

/// The values of one column, script-safe: `"values":[...]`, or, when it is shorter, `"table":[the
/// distinct values in order of first appearance],"codes":[the index of each row's value in table]`
/// (many rows share a few values: types, relations, confidences, dates, sources).
std::string column_values(const ExportColumn& column, std::size_t rows) {
  std::vector<std::string> texts(rows);
  ExportValue scratch;
  for (std::size_t row = 0; row < rows; ++row) {
    texts[row] =
        compact_json(column.read(row, scratch) ? export_json_value(scratch) : Json(nullptr));
  }
  std::string plain = "\"values\":[";
  std::unordered_map<std::string_view, std::size_t> code_of;
  std::string table = "\"table\":[";
  std::string codes = "\"codes\":[";
  for (std::size_t row = 0; row < rows; ++row) {
    if (row > 0) {
      plain += ',';
      codes += ',';
    }
    plain += texts[row];
    const auto [found, added] = code_of.emplace(texts[row], code_of.size());
    if (added) {
      if (found->second > 0) table += ',';
      table += texts[row];
    }
    codes += std::to_string(found->second);
  }
  plain += ']';
  table += "],";
  codes += ']';
  std::string out;
  append_script_safe(out, table.size() + codes.size() < plain.size() ? table + codes : plain);
  return out;
}

/// Writes the columns of one element kind: into `first`, `"columns":[{"name","type",...}, ...]`,
/// one column a line, each with its values (column_values) when `in_first(name)`, else with
/// `"details":true`; into `details`, `[{"name", values}, ...]`, the values of the others, in order.
void append_columns(std::string& first, std::string& details,
                    const std::vector<const ExportColumn*>& columns, std::size_t rows,
                    const std::function<bool(std::string_view)>& in_first) {
  first += "\"columns\":[";
  details += '[';
  bool any_details = false;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const ExportColumn& column = *columns[c];
    const Json head = {{"name", column.name}, {"type", attr_type_name(column.type)}};
    std::string text = compact_json(head);
    text.pop_back();  // the closing brace: the values follow
    first += c == 0 ? "\n" : ",\n";
    append_script_safe(first, text);
    if (in_first(column.name)) {
      first += ',' + column_values(column, rows) + '}';
      continue;
    }
    first += ",\"details\":true}";
    details += any_details ? ",\n" : "\n";
    any_details = true;
    std::string name = compact_json(Json({{"name", column.name}}));
    name.pop_back();
    append_script_safe(details, name);
    details += ',' + column_values(column, rows) + '}';
  }
  first += "]";
  details += ']';
}

/// The confidence words, surest first: the page draws them in this order, darkest first.
Json confidence_level_names() {
  Json names = Json::array();
  for (Confidence level : kConfidences) names.push_back(std::string(confidence_name(level)));
  return names;
}

/// The page's two data blocks (docs/html.md "The data in the page"), script-safe JSON.
struct PageData {
  std::string first;    ///< `kgviz-data`: what the first frame, the legend and the filters need
  std::string details;  ///< `kgviz-details`: the other columns (side panel, search, metric filter)
};

PageData page_data(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                   const DrawingHints& hints, const RunRecord& record, const std::string& title) {
  const ExportPlan plan(graph, analysis, &hints, {}, {});
  const std::string color_by = option_value(record, "color_by");
  const Json head = {{"format", kDataFormat},
                     {"title", title},
                     {"directed", graph.directed()},
                     {"graph", graph_record_json(graph, record)},
                     {"record_line", record.summary_line()},
                     {"confidence_levels", confidence_level_names()},
                     {"libraries", libraries()},
                     {"sources", source_documents(graph)}};
  PageData data;
  std::string& out = data.first;
  std::string text = compact_json(head);
  text.pop_back();
  append_script_safe(out, text);

  Json ids = Json::array();
  for (VertexId v = 0; v < graph.node_count(); ++v) ids.push_back(graph.id(v));
  out += ",\n\"nodes\":{\"count\":" + std::to_string(graph.node_count()) + ",\"id\":";
  append_script_safe(out, compact_json(ids));
  out += ',';
  data.details = "{\"format\":\"" + std::string(kDataFormat) + "\",\"nodes\":";
  append_columns(out, data.details, plan.node_values, graph.node_count(),
                 [&](std::string_view name) {
                   return listed(kFirstFrameNodeColumns, name) ||
                          name == color_by;  // color_by: the legend's key
                 });

  Json sources = Json::array();
  Json targets = Json::array();
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    sources.push_back(graph.source(e));
    targets.push_back(graph.target(e));
  }
  out += "},\n\"edges\":{\"count\":" + std::to_string(graph.edge_count()) +
         ",\"source\":" + compact_json(sources) + ",\n\"target\":" + compact_json(targets) + ',';
  data.details += ",\n\"edges\":";
  append_columns(out, data.details, plan.edge_values, graph.edge_count(),
                 [](std::string_view name) { return listed(kFirstFrameEdgeColumns, name); });
  out += "}}";
  data.details += "}";
  return data;
}

/// `script` as the text of an inline <script>: characters above U+00FF as `\uXXXX` (the same
/// character in a string, template, regular expression, identifier or comment; for_each_latin1),
/// and checked: no `</script` would end it early and no `<!--` would switch the HTML parser into
/// its "escaped" script state (ASCII case-insensitive), and no such character follows a backslash
/// (where the escape would change its meaning). Guards the inlined libraries against an update
/// that breaks the page.
std::string inline_script(std::string_view script, std::string_view what) {
  std::string out;
  bool after_backslash = false;
  for_each_latin1(
      script,
      [&](char c) {
        out += c;
        after_backslash = c == '\\' && !after_backslash;
      },
      [&](std::uint32_t code) {
        if (after_backslash) {
          throw Error("the HTML page's " + std::string(what) +
                      " cannot be inlined: it escapes a character above U+00FF with a backslash");
        }
        append_u_escape(out, code);
        after_backslash = false;
      });
  std::string lower(out);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  if (lower.find("</script") != std::string::npos || lower.find("<!--") != std::string::npos) {
    throw Error("the HTML page's " + std::string(what) +
                " cannot be inlined: it holds </script or <!--");
  }
  return out;
}

/// Replaces each `@NAME@` of `page` by its value; every placeholder of the template must have one.
std::string fill_template(std::string_view page,
                          const std::vector<std::pair<std::string_view, std::string>>& values) {
  std::string out;
  std::size_t at = 0;
  for (;;) {
    const std::size_t start = page.find('@', at);
    if (start == std::string_view::npos) break;
    const std::size_t end = page.find('@', start + 1);
    if (end == std::string_view::npos) break;
    const std::string_view name = page.substr(start + 1, end - start - 1);
    const std::string* value = nullptr;
    for (const auto& [key, text] : values) {
      if (key == name) value = &text;
    }
    if (value == nullptr)
      throw Error("the HTML page template has an unknown @" + std::string(name) + "@");
    out.append(page.substr(at, start - at));
    out += *value;
    at = end + 1;
  }
  out.append(page.substr(at));
  return out;
}

/// 12345 as "12,345".
std::string with_commas(std::size_t number) {
  std::string digits = std::to_string(number);
  for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ",");
  return digits;
}

}  // namespace

void check_html_size(const KnowledgeGraph& graph) {
  if (graph.node_count() <= kHtmlMaxNodes && graph.edge_count() <= kHtmlMaxEdges) return;
  throw Error("the graph has " + with_commas(graph.node_count()) + " entities and " +
              with_commas(graph.edge_count()) +
              " relations; the interactive HTML page opens graphs of up to " +
              with_commas(kHtmlMaxNodes) + " entities and " + with_commas(kHtmlMaxEdges) +
              " relations. Export a part of it: --focus ID --depth N (the neighbourhood of one "
              "entity), --types LIST (some entity types) or --min-confidence LEVEL; or write "
              "GraphML/GEXF for Gephi");
}

void write_html(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                const DrawingHints& hints, const RunRecord& record, std::ostream& out) {
  check_html_size(graph);
  const std::string title = page_title(graph, record);
  const std::string style(asset("render/html/page.css"));
  const std::string graphology = inline_script(library_script("graphology"), "graphology");
  const std::string sigma = inline_script(library_script("sigma"), "sigma.js");
  const std::string app = inline_script(asset("render/html/page.js"), "script");
  const std::string csp = "default-src 'none'; script-src " + csp_hash(graphology) + " " +
                          csp_hash(sigma) + " " + csp_hash(app) + "; style-src " + csp_hash(style) +
                          "; base-uri 'none'; form-action 'none'";
  const PageData data = page_data(graph, analysis, hints, record, title);
  const std::string page = fill_template(
      asset("render/html/page.html"), {{"CSP", csp},
                                       {"GENERATOR", html_escaped("kgviz " + record.version)},
                                       {"RECORD", html_escaped(compact_json(record_json(record)))},
                                       {"TITLE", html_escaped(title)},
                                       {"STYLE", style},
                                       {"DATA", data.first},
                                       {"DETAILS", data.details},
                                       {"GRAPHOLOGY", graphology},
                                       {"SIGMA", sigma},
                                       {"APP", app}});
  out << page;
  out.flush();
  if (!out) throw Error("writing HTML failed");
}

}  // namespace kgviz
