#include "render/html_writer.hpp"

#include <openssl/evp.h>

#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "model/confidence.hpp"
#include "model/diagnostics.hpp"
#include "render/export_columns.hpp"
#include "render/export_json.hpp"
#include "render/html_assets.hpp"
#include "render/record_json.hpp"
#include "render/xml_text.hpp"

namespace kgviz {

namespace {

using Json = nlohmann::ordered_json;

/// Version of the data layout the page script reads (docs/html.md "Data").
constexpr std::string_view kDataFormat = "kgviz-html 1";

std::string_view asset(std::string_view path) {
  for (const HtmlAsset& file : html_assets()) {
    if (file.path == path) return file.content;
  }
  throw Error("the HTML page asset " + std::string(path) + " is not built into this kgviz");
}

/// `json` made safe inside a <script> element: `<`, `>`, `&`, U+2028 and U+2029 as `\uXXXX`. JSON
/// text holds these characters only inside strings, where the escape means the same character, so
/// the data parses to the same values while no `</script>` or `<!--` can appear.
void append_script_safe(std::string& out, std::string_view json) {
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
}

std::string html_escaped(std::string_view text) {
  std::string out;
  append_xml_escaped(out, text, XmlContext::Attribute);
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

/// `"columns":[{"name","type","values":[...]}, ...]`, one column a line; values null where a row
/// has none.
void append_columns(std::string& out, const std::vector<const ExportColumn*>& columns,
                    std::size_t rows) {
  out += "\"columns\":[";
  ExportValue scratch;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const ExportColumn& column = *columns[c];
    Json values = Json::array();
    for (std::size_t row = 0; row < rows; ++row) {
      values.push_back(column.read(row, scratch) ? export_json_value(scratch) : Json(nullptr));
    }
    const Json head = {{"name", column.name}, {"type", attr_type_name(column.type)}};
    std::string text = compact_json(head);
    text.pop_back();  // the closing brace: the values follow
    out += c == 0 ? "\n" : ",\n";
    append_script_safe(out, text);
    out += ",\"values\":";
    append_script_safe(out, compact_json(values));
    out += '}';
  }
  out += "]";
}

/// The confidence words, surest first: the page draws them in this order, darkest first.
Json confidence_level_names() {
  Json names = Json::array();
  for (Confidence level : kConfidences) names.push_back(std::string(confidence_name(level)));
  return names;
}

/// The data island: everything the page script shows, as script-safe JSON.
std::string page_data(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                      const DrawingHints& hints, const RunRecord& record,
                      const std::string& title) {
  const ExportPlan plan(graph, analysis, &hints, {}, {});
  const Json head = {{"format", kDataFormat},
                     {"title", title},
                     {"directed", graph.directed()},
                     {"graph", graph_record_json(graph, record)},
                     {"record_line", record.summary_line()},
                     {"confidence_levels", confidence_level_names()},
                     {"libraries", libraries()},
                     {"sources", source_documents(graph)}};
  std::string out;
  std::string text = compact_json(head);
  text.pop_back();
  append_script_safe(out, text);

  Json ids = Json::array();
  for (VertexId v = 0; v < graph.node_count(); ++v) ids.push_back(graph.id(v));
  out += ",\n\"nodes\":{\"count\":" + std::to_string(graph.node_count()) + ",\"id\":";
  append_script_safe(out, compact_json(ids));
  out += ',';
  append_columns(out, plan.node_values, graph.node_count());

  Json sources = Json::array();
  Json targets = Json::array();
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    sources.push_back(graph.source(e));
    targets.push_back(graph.target(e));
  }
  out += "},\n\"edges\":{\"count\":" + std::to_string(graph.edge_count()) +
         ",\"source\":" + compact_json(sources) + ",\n\"target\":" + compact_json(targets) + ',';
  append_columns(out, plan.edge_values, graph.edge_count());
  out += "}}";
  return out;
}

/// `script`, checked to be safe as the text of an inline <script>: no `</script` would end it early
/// and no `<!--` would switch the HTML parser into its "escaped" script state (ASCII
/// case-insensitive). Guards the inlined libraries against an update that breaks the page.
const std::string& inline_script(const std::string& script, std::string_view what) {
  std::string lower(script);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  if (lower.find("</script") != std::string::npos || lower.find("<!--") != std::string::npos) {
    throw Error("the HTML page's " + std::string(what) +
                " cannot be inlined: it holds </script or <!--");
  }
  return script;
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
  const std::string graphology = library_script("graphology");
  const std::string sigma = library_script("sigma");
  const std::string app(asset("render/html/page.js"));
  const std::string csp = "default-src 'none'; script-src " + csp_hash(graphology) + " " +
                          csp_hash(sigma) + " " + csp_hash(app) + "; style-src " + csp_hash(style) +
                          "; base-uri 'none'; form-action 'none'";
  const std::string page = fill_template(
      asset("render/html/page.html"), {{"CSP", csp},
                                       {"GENERATOR", html_escaped("kgviz " + record.version)},
                                       {"RECORD", html_escaped(compact_json(record_json(record)))},
                                       {"TITLE", html_escaped(title)},
                                       {"STYLE", style},
                                       {"DATA", page_data(graph, analysis, hints, record, title)},
                                       {"GRAPHOLOGY", inline_script(graphology, "graphology")},
                                       {"SIGMA", inline_script(sigma, "sigma.js")},
                                       {"APP", inline_script(app, "script")}});
  out << page;
  out.flush();
  if (!out) throw Error("writing HTML failed");
}

}  // namespace kgviz
