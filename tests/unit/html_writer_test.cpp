// The interactive HTML page as a file (the browser tests in tests/html drive it in chromium): the
// data island carries what the data exports carry and cannot end its <script>, the CSP admits
// exactly the page's own scripts and style, the record is in a <meta>, bytes are reproducible,
// large graphs are refused with advice, and `export -o x.html` works on every input format.
#include "render/html_writer.hpp"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <array>
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

std::string data_island(const std::string& html) { return between(html, kDataOpen, "</script>"); }

/// Values of column `name` in the page data's `columns` (null when the column is absent).
Json column(const Json& columns, const std::string& name) {
  for (const Json& item : columns) {
    if (item.at("name") == name) return item.at("values");
  }
  return nullptr;
}

TEST(HtmlWriter, DataIslandCarriesWhatTheNodeLinkExportCarries) {
  const KnowledgeGraph graph = test::export_graph();
  const DrawingHints hints = test::export_hints();
  const Json data = Json::parse(data_island(page(graph)));
  std::ostringstream nodelink_text;
  write_nodelink_json(graph, test::export_analysis(), &hints, test::export_record(), nodelink_text);
  const Json nodelink = Json::parse(nodelink_text.str());

  ASSERT_EQ(data.at("nodes").at("count"), graph.node_count());
  ASSERT_EQ(data.at("edges").at("count"), graph.edge_count());
  EXPECT_EQ(data.at("directed"), graph.directed());
  const Json& node_columns = data.at("nodes").at("columns");
  for (std::size_t v = 0; v < graph.node_count(); ++v) {
    const Json& expected = nodelink.at("nodes").at(v);
    EXPECT_EQ(data.at("nodes").at("id").at(v), expected.at("id"));
    // Node-link leaves out its reserved `id` column; the page keeps every export column.
    for (const Json& item : node_columns) {
      if (item.at("name") != "id" && !item.at("values").at(v).is_null()) {
        EXPECT_TRUE(expected.contains(item.at("name").get<std::string>()))
            << "node " << v << " " << item.at("name");
      }
    }
    for (const auto& [name, value] : expected.items()) {
      if (name == "id") continue;
      EXPECT_EQ(column(node_columns, name).at(v), value) << "node " << v << " " << name;
    }
  }
  const Json& edge_columns = data.at("edges").at("columns");
  for (std::size_t e = 0; e < graph.edge_count(); ++e) {
    const Json& expected = nodelink.at("edges").at(e);
    EXPECT_EQ(data.at("nodes").at("id").at(data.at("edges").at("source").at(e).get<std::size_t>()),
              expected.at("source"));
    EXPECT_EQ(data.at("nodes").at("id").at(data.at("edges").at("target").at(e).get<std::size_t>()),
              expected.at("target"));
    for (const auto& [name, value] : expected.items()) {
      if (name == "source" || name == "target" || name == "key") continue;
      EXPECT_EQ(column(edge_columns, name).at(e), value) << "edge " << e << " " << name;
    }
  }
  // The columns node-link reserves are still in the page (it has no reserved names).
  EXPECT_EQ(column(edge_columns, "key").at(3), "shadow key");
  EXPECT_EQ(column(node_columns, "id").at(1), "shadow id");
  EXPECT_EQ(data.at("graph").at("seed"), 42);
  EXPECT_EQ(data.at("graph").at("title"), "T & <G>");
  EXPECT_EQ(data.at("record_line"), test::export_record().summary_line());
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
  EXPECT_EQ(column(data.at("nodes").at("columns"), "label").at(0), hostile);
  EXPECT_EQ(column(data.at("edges").at("columns"), "evidence").at(0), hostile);
  // Four scripts: the data, graphology, sigma, the page's own; nothing else anywhere.
  std::size_t scripts = 0;
  for (std::size_t at = html.find("<script"); at != std::string::npos;
       at = html.find("<script", at + 1))
    ++scripts;
  EXPECT_EQ(scripts, 4U);
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

TEST(HtmlWriter, LibrariesAreInlinedWithTheirLicences) {
  const std::string html = page(test::export_graph());
  for (const char* file :
       {"/third_party/sigma/sigma.min.js", "/third_party/graphology/graphology.umd.min.js",
        "/third_party/sigma/LICENSE", "/third_party/graphology/LICENSE",
        "/third_party/events/LICENSE", "/third_party/graphology-utils/LICENSE"}) {
    const std::string content = test::read_text_file(std::string(KGVIZ_SOURCE_DIR) + file);
    ASSERT_FALSE(content.empty()) << file;
    EXPECT_NE(html.find(content), std::string::npos) << file;
  }
  EXPECT_NE(html.find("/*! sigma 3.0.3 (npm), MIT licence:"), std::string::npos);
  EXPECT_NE(html.find("/*! graphology 0.26.0 (npm), MIT licence:"), std::string::npos);
  // No address the browser would fetch: the only URLs are inside the licence comments.
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("href=\"http"), std::string::npos);
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
