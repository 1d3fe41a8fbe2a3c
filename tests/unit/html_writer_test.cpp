// The interactive HTML page as a file (the browser tests in tests/html drive it in chromium): the
// data island carries what the data exports carry and cannot end its <script>, the CSP admits
// exactly the page's own scripts and style, the record is in a <meta>, bytes are reproducible,
// large graphs are refused with advice, and `export -o x.html` works on every input format.
#include "render/html_writer.hpp"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <array>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run_support.hpp"
#include "export_fixture.hpp"
#include "model/diagnostics.hpp"
#include "render/json_writers.hpp"

namespace kgviz {
namespace {

using Json = nlohmann::json;

std::string page(const KnowledgeGraph& graph, const RunRecord& record = test::export_record()) {
  std::ostringstream out;
  write_html(graph, test::export_analysis(), test::export_hints(), record, out);
  return out.str();
}

/// The text between `open` and the next `close` after it ("" when absent).
std::string between(const std::string& text, const std::string& open, const std::string& close,
                    std::size_t from = 0) {
  const std::size_t start = text.find(open, from);
  if (start == std::string::npos) return "";
  const std::size_t end = text.find(close, start + open.size());
  return text.substr(start + open.size(), end - start - open.size());
}

const std::string kDataOpen = "<script type=\"application/json\" id=\"kgviz-data\">";
const std::string kDetailsOpen = "<script type=\"application/json\" id=\"kgviz-details\">";

std::string data_island(const std::string& html) { return between(html, kDataOpen, "</script>"); }
std::string details_island(const std::string& html) {
  return between(html, kDetailsOpen, "</script>");
}

/// The values of a column entry: `values`, or `table` indexed by `codes`.
Json entry_values(const Json& entry) {
  if (entry.contains("values")) return entry.at("values");
  Json values = Json::array();
  for (const Json& code : entry.at("codes"))
    values.push_back(entry.at("table").at(code.get<std::size_t>()));
  return values;
}

/// The page's data with the columns of `kind` ("nodes", "edges") resolved: name -> values, taken
/// from the first block or, for a column marked `details`, from the details block (in order).
std::map<std::string, Json> resolved_columns(const Json& data, const Json& details,
                                             const std::string& kind) {
  std::map<std::string, Json> columns;
  std::size_t later = 0;
  for (const Json& entry : data.at(kind).at("columns")) {
    const std::string name = entry.at("name");
    if (entry.value("details", false)) {
      const Json& stored = details.at(kind).at(later++);
      EXPECT_EQ(stored.at("name"), name);
      columns[name] = entry_values(stored);
    } else {
      columns[name] = entry_values(entry);
    }
  }
  EXPECT_EQ(later, details.at(kind).size()) << kind;
  return columns;
}

/// The entry of column `name` in the first block's `columns` of `kind` (null when absent).
Json entry(const Json& data, const std::string& kind, const std::string& name) {
  for (const Json& item : data.at(kind).at("columns")) {
    if (item.at("name") == name) return item;
  }
  return nullptr;
}

TEST(HtmlWriter, DataIslandCarriesWhatTheNodeLinkExportCarries) {
  const KnowledgeGraph graph = test::export_graph();
  const DrawingHints hints = test::export_hints();
  const std::string html = page(graph);
  const Json data = Json::parse(data_island(html));
  const Json details = Json::parse(details_island(html));
  std::ostringstream nodelink_text;
  write_nodelink_json(graph, test::export_analysis(), &hints, test::export_record(), nodelink_text);
  const Json nodelink = Json::parse(nodelink_text.str());

  ASSERT_EQ(data.at("nodes").at("count"), graph.node_count());
  ASSERT_EQ(data.at("edges").at("count"), graph.edge_count());
  EXPECT_EQ(data.at("directed"), graph.directed());
  EXPECT_EQ(data.at("format"), "kgviz-html 2");
  EXPECT_EQ(details.at("format"), "kgviz-html 2");
  std::map<std::string, Json> node_columns = resolved_columns(data, details, "nodes");
  for (std::size_t v = 0; v < graph.node_count(); ++v) {
    const Json& expected = nodelink.at("nodes").at(v);
    EXPECT_EQ(data.at("nodes").at("id").at(v), expected.at("id"));
    // Node-link leaves out its reserved `id` column; the page keeps every export column.
    for (const auto& [name, values] : node_columns) {
      ASSERT_EQ(values.size(), graph.node_count()) << name;
      if (name != "id" && !values.at(v).is_null()) {
        EXPECT_TRUE(expected.contains(name)) << "node " << v << " " << name;
      }
    }
    for (const auto& [name, value] : expected.items()) {
      if (name == "id") continue;
      ASSERT_TRUE(node_columns.count(name)) << name;
      EXPECT_EQ(node_columns[name].at(v), value) << "node " << v << " " << name;
    }
  }
  std::map<std::string, Json> edge_columns = resolved_columns(data, details, "edges");
  for (std::size_t e = 0; e < graph.edge_count(); ++e) {
    const Json& expected = nodelink.at("edges").at(e);
    EXPECT_EQ(data.at("nodes").at("id").at(data.at("edges").at("source").at(e).get<std::size_t>()),
              expected.at("source"));
    EXPECT_EQ(data.at("nodes").at("id").at(data.at("edges").at("target").at(e).get<std::size_t>()),
              expected.at("target"));
    for (const auto& [name, value] : expected.items()) {
      if (name == "source" || name == "target" || name == "key") continue;
      ASSERT_TRUE(edge_columns.count(name)) << name;
      EXPECT_EQ(edge_columns[name].at(e), value) << "edge " << e << " " << name;
    }
  }
  // The columns node-link reserves are still in the page (it has no reserved names).
  EXPECT_EQ(edge_columns["key"].at(3), "shadow key");
  EXPECT_EQ(node_columns["id"].at(1), "shadow id");
  EXPECT_EQ(data.at("graph").at("seed"), 42);
  EXPECT_EQ(data.at("graph").at("title"), "T & <G>");
  EXPECT_EQ(data.at("record_line"), test::export_record().summary_line());
}

TEST(HtmlWriter, FirstFrameColumnsFirstTheRestInTheDetailsRepeatedValuesAsATable) {
  KnowledgeGraph graph = test::export_graph();
  const std::string html = page(graph);
  const Json data = Json::parse(data_island(html));
  // What the first frame, the legend and the type/confidence/date filters read is in the first
  // block; evidence, aliases, descriptions and metrics wait in the details block.
  for (const char* name : {"label", "type", "x", "y", "size", "color"}) {
    EXPECT_FALSE(entry(data, "nodes", name).value("details", false)) << name;
  }
  for (const char* name : {"relation", "label", "confidence", "date"}) {
    EXPECT_FALSE(entry(data, "edges", name).value("details", false)) << name;
  }
  for (const char* name : {"aliases", "description", "degree", "r"}) {
    EXPECT_TRUE(entry(data, "nodes", name).at("details")) << name;
    EXPECT_FALSE(entry(data, "nodes", name).contains("values")) << name;
  }
  for (const char* name : {"evidence", "source_doc", "weight", "according_to"}) {
    EXPECT_TRUE(entry(data, "edges", name).at("details")) << name;
  }
  // Many relations, three distinct `relation` values: a table is shorter than the values.
  const VertexId p = 0, q = 1;
  for (int extra = 0; extra < 20; ++extra)
    graph.set_edge_string(graph.add_relation(p, q), attr::kRelation, "targets");
  const Json many = Json::parse(data_island(page(graph)));
  const Json relation = entry(many, "edges", "relation");
  EXPECT_EQ(relation.at("table"), Json::parse(R"(["targets","attributed-to","self <loop>"])"));
  Json codes = Json::parse("[0,1,0,2]");
  for (int extra = 0; extra < 20; ++extra) codes.push_back(0);
  EXPECT_EQ(relation.at("codes"), codes);
  EXPECT_FALSE(relation.contains("values"));
  // Labels differ from row to row: written as they are.
  EXPECT_TRUE(entry(data, "nodes", "label").contains("values"));
  EXPECT_FALSE(entry(data, "nodes", "label").contains("table"));
}

TEST(HtmlWriter, NoTextCanEndTheDataScript) {
  KnowledgeGraph graph = test::export_graph();
  const std::string hostile =
      "</script><script>window.pwned=1</script><!-- <img src=x onerror=\"window.pwned=1\"> & "
      "\xE2\x80\xA8 \xE2\x80\xA9 ]]> javascript:alert(1)";
  graph.set_label(0, hostile);
  graph.set_edge_string(0, attr::kEvidence, hostile);
  const std::string html = page(graph);
  const std::string island = data_island(html);
  for (const char* raw : {"<", ">", "&", "\xE2\x80\xA8", "\xE2\x80\xA9"}) {
    EXPECT_EQ(island.find(raw), std::string::npos) << raw;
  }
  EXPECT_NE(island.find("\\u003c/script\\u003e"), std::string::npos);
  EXPECT_NE(island.find("\\u2028"), std::string::npos);
  const Json data = Json::parse(island);
  const std::string details_text = details_island(html);
  for (const char* raw : {"<", ">", "&", "\xE2\x80\xA8", "\xE2\x80\xA9"}) {
    EXPECT_EQ(details_text.find(raw), std::string::npos) << raw;
  }
  EXPECT_NE(details_text.find("\\u003c/script\\u003e"), std::string::npos);
  const Json details = Json::parse(details_text);
  EXPECT_EQ(resolved_columns(data, details, "nodes").at("label").at(0), hostile);
  EXPECT_EQ(resolved_columns(data, details, "edges").at("evidence").at(0), hostile);
  // Five scripts: the two data blocks, graphology, sigma, the page's own; nothing else anywhere.
  std::size_t scripts = 0;
  for (std::size_t at = html.find("<script"); at != std::string::npos;
       at = html.find("<script", at + 1))
    ++scripts;
  EXPECT_EQ(scripts, 5U);
  EXPECT_EQ(html.find("pwned=1\">"), std::string::npos);
}

std::string sha256_base64(const std::string& text) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  EVP_Digest(text.data(), text.size(), digest.data(), &length, EVP_sha256(), nullptr);
  std::array<unsigned char, 64> base64{};
  const int written = EVP_EncodeBlock(base64.data(), digest.data(), static_cast<int>(length));
  return std::string(reinterpret_cast<const char*>(base64.data()), written);
}

TEST(HtmlWriter, ContentSecurityPolicyAdmitsExactlyThePagesScriptsAndStyle) {
  const std::string html = page(test::export_graph());
  const std::string csp =
      between(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"");
  EXPECT_EQ(csp.rfind("default-src 'none'; script-src ", 0), 0U) << csp;
  EXPECT_NE(csp.find("; base-uri 'none'; form-action 'none'"), std::string::npos) << csp;
  std::vector<std::string> hashes;
  for (std::size_t at = html.find("<script>"); at != std::string::npos;
       at = html.find("<script>", at + 1)) {
    hashes.push_back("'sha256-" + sha256_base64(between(html, "<script>", "</script>", at)) + "'");
  }
  ASSERT_EQ(hashes.size(), 3U);
  EXPECT_EQ(between(csp, "script-src ", ";"), hashes[0] + " " + hashes[1] + " " + hashes[2]);
  EXPECT_EQ(between(csp, "style-src ", ";"),
            "'sha256-" + sha256_base64(between(html, "<style>", "</style>")) + "'");
}

/// The characters of UTF-8 `text` (valid), decoded.
std::u32string code_points(const std::string& text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const int extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
    char32_t code = extra == 0 ? byte : byte & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k)
      code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out += code;
    i += 1 + extra;
  }
  return out;
}

/// `script` as the page inlines it: characters above U+00FF as JavaScript `\uXXXX` escapes (UTF-16
/// code units), the others as they are.
std::string latin1_javascript(const std::string& script) {
  std::string out;
  std::size_t at = 0;
  for (char32_t code : code_points(script)) {
    const std::size_t length = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (code <= 0xFF) {
      out += script.substr(at, length);
    } else {
      std::u16string units = code > 0xFFFF
                                 ? std::u16string{char16_t(0xD800 + ((code - 0x10000) >> 10)),
                                                  char16_t(0xDC00 + ((code - 0x10000) & 0x3FF))}
                                 : std::u16string{char16_t(code)};
      for (char16_t unit : units) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "\\u%04x", static_cast<unsigned>(unit));
        out += hex;
      }
    }
    at += length;
  }
  return out;
}

TEST(HtmlWriter, LibrariesAreInlinedWithTheirLicences) {
  const std::string html = page(test::export_graph());
  for (const char* file :
       {"/third_party/sigma/sigma.min.js", "/third_party/graphology/graphology.umd.min.js",
        "/third_party/sigma/LICENSE", "/third_party/graphology/LICENSE",
        "/third_party/events/LICENSE", "/third_party/graphology-utils/LICENSE"}) {
    const std::string content = test::read_text_file(std::string(KGVIZ_SOURCE_DIR) + file);
    ASSERT_FALSE(content.empty()) << file;
    // Unchanged but for characters above U+00FF, which the page writes as escapes.
    EXPECT_NE(html.find(latin1_javascript(content)), std::string::npos) << file;
  }
  // sigma.js holds an ellipsis (U+2026) in a string: inlined as an escape, which means the same.
  EXPECT_NE(test::read_text_file(std::string(KGVIZ_SOURCE_DIR) + "/third_party/sigma/sigma.min.js")
                .find("\xE2\x80\xA6"),
            std::string::npos);
  EXPECT_NE(html.find("/*! sigma 3.0.3 (npm), MIT licence:"), std::string::npos);
  EXPECT_NE(html.find("/*! graphology 0.26.0 (npm), MIT licence:"), std::string::npos);
  // No address the browser would fetch: the only URLs are inside the licence comments.
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("href=\"http"), std::string::npos);
}

TEST(HtmlWriter, EveryCharacterOfThePageIsLatin1WiderOnesEscaped) {
  // A browser keeps a Latin-1 page at one byte a character; one wider character would make the
  // whole data two bytes a character (slower to decode and parse, twice the memory).
  KnowledgeGraph graph = test::export_graph();
  const std::string wide = "\u2026 \u2028 \u2029 \u2019 \u96ea \u2603 \U0001D11E \u00fcber";
  graph.set_label(0, "label " + wide);
  graph.set_edge_string(0, attr::kEvidence, "quote " + wide);
  RunRecord record = test::export_record();
  record.options.emplace_back("title", "title " + wide);
  const std::string html = page(graph, record);
  std::size_t wider = 0;
  for (char32_t code : code_points(html)) wider += code > 0xFF ? 1 : 0;
  EXPECT_EQ(wider, 0U);
  EXPECT_NE(html.find("\u00fcber"), std::string::npos);  // Latin-1 stays as it is
  EXPECT_NE(html.find("\\u2026"), std::string::npos);
  EXPECT_NE(html.find("\\ud834\\udd1e"), std::string::npos);  // U+1D11E: a surrogate pair
  EXPECT_NE(html.find("<title>title &#x2026; &#x2028; &#x2029; &#x2019; &#x96ea; &#x2603; "
                      "&#x1d11e; \u00fcber</title>"),
            std::string::npos);
  const Json data = Json::parse(data_island(html));
  const Json details = Json::parse(details_island(html));
  EXPECT_EQ(resolved_columns(data, details, "nodes").at("label").at(0), "label " + wide);
  EXPECT_EQ(resolved_columns(data, details, "edges").at("evidence").at(0), "quote " + wide);
  EXPECT_EQ(data.at("title"), "title " + wide);
}

TEST(HtmlWriter, RecordInMetaAndTitleEscaped) {
  const std::string html = page(test::export_graph());
  std::string meta = between(html, "<meta name=\"kgviz-record\" content=\"", "\"");
  for (const auto& [entity, character] : std::vector<std::pair<std::string, std::string>>{
           {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (std::size_t at = meta.find(entity); at != std::string::npos; at = meta.find(entity, at)) {
      meta.replace(at, entity.size(), character);
    }
  }
  const Json record = Json::parse(meta);
  EXPECT_EQ(record.at("seed"), 42);
  EXPECT_EQ(record.at("inputs").at(1).at("name"), "h & <i>.graphml");
  EXPECT_EQ(between(html, "<title>", "</title>"), "T &amp; &lt;G&gt;");
  RunRecord titled = test::export_record();
  titled.options.emplace_back("title", "Mine <b>");
  EXPECT_EQ(between(page(test::export_graph(), titled), "<title>", "</title>"), "Mine &lt;b&gt;");
}

TEST(HtmlWriter, SameInputSameBytesUnderAnyLocale) {
  const KnowledgeGraph graph = test::export_graph();
  const std::string first = page(graph);
  EXPECT_EQ(page(graph), first);
  test::under_other_locales([&](const char* name) { EXPECT_EQ(page(graph), first) << name; });
}

TEST(HtmlWriter, RefusesGraphsAboveTheCapWithAdvice) {
  KnowledgeGraph graph;
  for (std::size_t v = 0; v < kHtmlMaxNodes; ++v) graph.add_entity("n" + std::to_string(v), "", "");
  EXPECT_NO_THROW(check_html_size(graph));
  graph.add_entity("one-too-many", "", "");
  try {
    check_html_size(graph);
    FAIL() << "no error above the cap";
  } catch (const Error& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("100,001 entities"), std::string::npos) << message;
    EXPECT_NE(message.find("--focus ID --depth N"), std::string::npos) << message;
    EXPECT_NE(message.find("--types"), std::string::npos) << message;
    EXPECT_NE(message.find("--min-confidence"), std::string::npos) << message;
  }
  DrawingHints hints;
  hints.nodes.resize(graph.node_count());
  std::ostringstream out;
  EXPECT_THROW(write_html(graph, AnalysisResult{}, hints, test::export_record(), out), Error);
  EXPECT_TRUE(out.str().empty());
}

class HtmlCliTest : public test::CliFixture {
 protected:
  HtmlCliTest() : CliFixture("kgviz-html-") {}
};

TEST_F(HtmlCliTest, ExportsEveryInputFormat) {
  const std::string data = std::string(KGVIZ_TEST_DATA_DIR) + "/data/";
  write("g.csv", "source,target,relation\na,b,uses\nb,c,targets\n");
  for (const std::string& input :
       {std::string(""), "'" + data + "graphml/networkx_multidigraph.graphml'",
        "'" + data + "gexf/networkx_karate.gexf'", std::string("g.csv"),
        "'" + data + "stix/examples/threat-reports/apt1.json'"}) {
    const test::CliOutcome run =
        kgviz("export --quiet " + input + " -o out.html -o out.nodelink.json");
    ASSERT_EQ(run.status, 0) << input << "\n" << run.err;
    const Json nodelink = Json::parse(read("out.nodelink.json"));
    const Json island = Json::parse(data_island(read("out.html")));
    EXPECT_EQ(island.at("nodes").at("count"), nodelink.at("nodes").size()) << input;
    EXPECT_EQ(island.at("edges").at("count"), nodelink.at("edges").size()) << input;
    // The JSON export of the same run as input (node-link JSON is an input format too).
    if (input.empty()) {
      ASSERT_EQ(kgviz("export --quiet out.nodelink.json -o again.html").status, 0);
      EXPECT_EQ(Json::parse(data_island(read("again.html"))).at("nodes").at("count"), 37);
    }
  }
}

TEST_F(HtmlCliTest, FormatByExtensionAndByName) {
  ASSERT_EQ(kgviz("export --quiet -o a.htm").status, 0);
  const test::CliOutcome piped = kgviz("export --quiet --to html -o -");
  ASSERT_EQ(piped.status, 0) << piped.err;
  EXPECT_EQ(piped.out, read("a.htm"));
  EXPECT_EQ(piped.out.rfind("<!DOCTYPE html>", 0), 0U);
  EXPECT_NE(kgviz("export --help").out.find("html (.html .htm)"), std::string::npos);
}

TEST_F(HtmlCliTest, TooLargeAGraphFailsBeforeAnyOutput) {
  std::string csv = "source,target\n";
  for (std::size_t i = 0; i < kHtmlMaxNodes; ++i)
    csv += std::to_string(i) + "," + std::to_string(i + 1) + "\n";
  write("big.csv", csv);
  write("keep.html", "old");
  const test::CliOutcome run = kgviz("export --quiet big.csv -o keep.html -o new.graphml");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("kgviz: error: the graph has 100,001 entities"), std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("--focus ID --depth N"), std::string::npos) << run.err;
  EXPECT_EQ(read("keep.html"), "old");
  EXPECT_FALSE(std::filesystem::exists(dir_ / "new.graphml"));
}

}  // namespace
}  // namespace kgviz
