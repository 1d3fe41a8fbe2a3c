// The one format table (model/formats.hpp) and what the CLI makes of it: extensions matched
// case-insensitively and longest first, content sniffing, `--to` applying only where the extension
// does not tell, `analyze -o` by extension, and a piped standard input never silently ignored.
#include "model/formats.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>

#include "cli/app.hpp"
#include "cli/output_formats.hpp"
#include "cli_run_support.hpp"
#include "io/graph_reader.hpp"
#include "model/diagnostics.hpp"

namespace {

using kgviz::FileFormat;
using kgviz::InputFormat;
using kgviz::OutputFormat;

std::string name_of(std::string_view path) {
  const FileFormat* format = kgviz::format_of_path(path);
  return format == nullptr ? "(none)" : std::string(format->name);
}

TEST(FormatTable, ExtensionsAreCaseInsensitiveAndLongestFirst) {
  EXPECT_EQ(name_of("R.JSON"), "json");
  EXPECT_EQ(name_of("r.json"), "json");
  EXPECT_EQ(name_of("a.Edges.CSV"), "edges");
  EXPECT_EQ(name_of("a.csv"), "csv");
  EXPECT_EQ(name_of("g.NodeLink.Json"), "nodelink");
  EXPECT_EQ(name_of("b.STIX.json"), "stix");
  EXPECT_EQ(name_of("x.GraphML"), "graphml");
  EXPECT_EQ(name_of("x.yml"), "yaml");
  EXPECT_EQ(name_of("x.tab"), "tsv");
  EXPECT_EQ(name_of("x.gv"), "dot");
  EXPECT_EQ(name_of("x.markdown"), "md");
  EXPECT_EQ(name_of("x.txt"), "(none)");
  EXPECT_EQ(name_of("csv"), "(none)") << "a bare name is no extension";
  EXPECT_EQ(name_of("x.graphml.gz"), "(none)") << "compression is looked through separately";
}

TEST(FormatTable, CompressionSuffix) {
  bool compressed = false;
  EXPECT_EQ(kgviz::strip_compression_suffix("a/b.graphml.GZ", &compressed), "a/b.graphml");
  EXPECT_TRUE(compressed);
  EXPECT_EQ(kgviz::strip_compression_suffix("a/b.graphml", &compressed), "a/b.graphml");
  EXPECT_FALSE(compressed);
  EXPECT_EQ(kgviz::strip_compression_suffix(".gz", &compressed), ".gz");
}

TEST(FormatTable, NamesRoundTripAndListsCoverEveryRow) {
  for (const FileFormat& row : kgviz::file_formats()) {
    if (row.input) {
      EXPECT_EQ(kgviz::input_format_named(row.name), row.input) << row.name;
      EXPECT_NE(kgviz::input_format_list().find(std::string(row.name)), std::string::npos);
    }
    if (row.output) {
      EXPECT_EQ(kgviz::output_format_named(row.name), row.output) << row.name;
      EXPECT_NE(kgviz::output_format_names().find(std::string(row.name)), std::string::npos);
    }
    for (std::string_view extension : row.extensions) {
      EXPECT_EQ(kgviz::format_of_path("file" + std::string(extension)), &row) << extension;
    }
  }
  EXPECT_EQ(kgviz::output_format_named("GraphML"), OutputFormat::GraphML)
      << "names too ignore case";
  EXPECT_FALSE(kgviz::output_format_named("yaml")) << "kgviz reads YAML but does not write it";
  EXPECT_FALSE(kgviz::input_format_named("svg"));
}

std::string sniffed(std::string_view content) {
  const auto result = kgviz::sniff_input_format(content);
  if (!result) return "(none)";
  return std::string(kgviz::input_format_name(result->format)) + (result->decisive ? "!" : "?");
}

TEST(FormatSniffing, TellsFormatsApartByTheirFirstBytes) {
  EXPECT_EQ(sniffed("<?xml version='1.0'?>\n<!-- c -->\n<graphml xmlns='x'>"), "graphml!");
  EXPECT_EQ(sniffed("\xEF\xBB\xBF<gexf xmlns=\"http://gexf.net/1.3\">"), "gexf!");
  EXPECT_EQ(sniffed("<?xml version='1.0'?><!DOCTYPE svg><svg></svg>"), "(none)");
  EXPECT_EQ(sniffed("{\"nodes\": [], \"links\": []}"), "json!");
  EXPECT_EQ(sniffed("  {\"type\" : \"bundle\", \"objects\": []}"), "stix!");
  EXPECT_EQ(sniffed("# a graph\nentities:\n  - id: a\n"), "yaml!");
  EXPECT_EQ(sniffed("---\nfoo: 1\n"), "yaml?");
  EXPECT_EQ(sniffed("source,target\na,b\n"), "csv?");
  EXPECT_EQ(sniffed("source\ttarget\na\tb\n"), "tsv?");
  EXPECT_EQ(sniffed("just words\n"), "(none)");
  EXPECT_EQ(sniffed(""), "(none)");
  EXPECT_EQ(sniffed("/* c */ strict DiGraph \"g\" { a -> b }"), "dot!");
  EXPECT_EQ(sniffed("\xEF\xBB\xBF// c\n/* x */ # y\nSTRICT Graph \"n\" {"), "dot!");
  EXPECT_EQ(sniffed("graph {\n a -- b\n}"), "dot!");
  EXPECT_EQ(sniffed("Creator \"igraph\"\nVersion 1\ngraph\n[\n  directed 0\n]"), "gml!");
  EXPECT_EQ(sniffed("graph [\n  node [ id 1 ]\n]"), "gml!");
  EXPECT_EQ(sniffed("Creator \"Cytoscape\"\nVersion\t1.0\ngraph\t["), "gml!");
  EXPECT_EQ(sniffed("% pajek\n*Vertices 3\n1 \"a\"\n"), "pajek!");
  EXPECT_EQ(sniffed("\xEF\xBB\xBF% comment\r\n\r\n*network x\r\n*vertices 3"), "pajek!");
  EXPECT_EQ(sniffed("*Arcs\n1 2"), "(none)") << "Pajek declares its vertices first";
  EXPECT_TRUE(kgviz::is_gzip("\x1F\x8B\x08"));
  EXPECT_FALSE(kgviz::is_gzip("<graphml"));
}

kgviz::InputSource file_source(std::string path, std::string content) {
  kgviz::InputSource source;
  source.path = path;
  source.display_name = path;
  source.content = std::move(content);
  return source;
}

constexpr const char* kGraphml =
    "<?xml version='1.0'?>\n<graphml xmlns='http://graphml.graphdrawing.org/xmlns'>"
    "<graph edgedefault='directed'><node id='a'/><node id='b'/><edge source='a' target='b'/>"
    "</graph></graphml>\n";

TEST(FormatDetection, ExtensionDecidesAndContentFillsIn) {
  using kgviz::detect_format;
  EXPECT_EQ(detect_format(file_source("G.GRAPHML", kGraphml), InputFormat::Auto),
            InputFormat::GraphML);
  EXPECT_EQ(detect_format(file_source("g.txt", kGraphml), InputFormat::Auto), InputFormat::GraphML)
      << "an unknown extension: the content decides";
  EXPECT_EQ(detect_format(file_source("g.graphml.gz", kGraphml), InputFormat::Auto),
            InputFormat::GraphML);
  EXPECT_EQ(detect_format(file_source("b.json", "{\"type\": \"bundle\"}"), InputFormat::Auto),
            InputFormat::Stix);
  EXPECT_EQ(detect_format(file_source("b.json", "{\"nodes\": []}"), InputFormat::Auto),
            InputFormat::Json);
  EXPECT_EQ(detect_format(file_source("e.csv", "a;b\n"), InputFormat::Auto), InputFormat::Csv)
      << "a weak guess never overrides the extension";
  EXPECT_EQ(detect_format(file_source("e.tsv", "a,b\n"), InputFormat::Auto), InputFormat::Tsv);
  EXPECT_EQ(detect_format(file_source("g.gexf", kGraphml), InputFormat::GraphML),
            InputFormat::GraphML)
      << "--from insists";
}

TEST(FormatDetection, ContradictionNamesWhatTheContentLooksLike) {
  try {
    kgviz::detect_format(file_source("g.gexf", kGraphml), InputFormat::Auto);
    FAIL() << "expected a usage error";
  } catch (const kgviz::UsageError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("'g.gexf' looks like graphml"), std::string::npos) << message;
    EXPECT_NE(message.find("--from graphml"), std::string::npos) << message;
  }
  EXPECT_THROW(kgviz::detect_format(file_source("g.svg", "<svg/>"), InputFormat::Auto),
               kgviz::UsageError);
  EXPECT_THROW(kgviz::detect_format(file_source("g.txt", "words\n"), InputFormat::Auto),
               kgviz::UsageError);
}

std::vector<OutputFormat> resolve(std::vector<std::string> paths, std::string to = "") {
  return kgviz::resolve_output_formats(paths, to);
}

TEST(OutputFormats, ToAppliesOnlyWhereTheExtensionDoesNotTell) {
  EXPECT_EQ(resolve({"out.SVG", "-"}, "dot"),
            (std::vector<OutputFormat>{OutputFormat::Svg, OutputFormat::Dot}));
  EXPECT_EQ(resolve({"picture", "b.png"}, "svg"),
            (std::vector<OutputFormat>{OutputFormat::Svg, OutputFormat::Png}));
  EXPECT_EQ(resolve({"a.dot"}, "dot"), std::vector<OutputFormat>{OutputFormat::Dot});
  EXPECT_EQ(resolve({"a.edges.csv", "a.csv"}),
            (std::vector<OutputFormat>{OutputFormat::EdgesCsv, OutputFormat::Csv}));
  EXPECT_THROW(resolve({"d.png", "d.svg"}, "dot"), kgviz::UsageError) << "a contradiction";
  EXPECT_THROW(resolve({"-"}), kgviz::UsageError);
  EXPECT_THROW(resolve({"picture"}), kgviz::UsageError);
  EXPECT_THROW(resolve({"g.yaml"}), kgviz::UsageError) << "kgviz does not write YAML";
  EXPECT_THROW(resolve({"-"}, "xml"), kgviz::UsageError);
}

TEST(OutputFormats, AnalyzeFormatFromTheExtension) {
  using kgviz::AnalysisFormat;
  using kgviz::resolve_analysis_format;
  EXPECT_EQ(resolve_analysis_format("", "R.JSON", false), AnalysisFormat::Json);
  EXPECT_EQ(resolve_analysis_format("", "r.Md", false), AnalysisFormat::Markdown);
  EXPECT_EQ(resolve_analysis_format("", "r.csv", true), AnalysisFormat::Csv);
  EXPECT_EQ(resolve_analysis_format("", "r.txt", true), AnalysisFormat::Csv);
  EXPECT_EQ(resolve_analysis_format("", "", true), AnalysisFormat::Table);
  EXPECT_EQ(resolve_analysis_format("", "", false), AnalysisFormat::Csv);
  EXPECT_EQ(resolve_analysis_format("table", "r.txt", false), AnalysisFormat::Table);
  EXPECT_EQ(resolve_analysis_format("json", "r.json", false), AnalysisFormat::Json);
  EXPECT_THROW(resolve_analysis_format("csv", "r.json", false), kgviz::UsageError);
  EXPECT_THROW(resolve_analysis_format("", "r.svg", false), kgviz::UsageError);
  EXPECT_THROW(resolve_analysis_format("xml", "", false), kgviz::UsageError);
}

class FormatsCli : public kgviz::test::CliFixture {
 protected:
  FormatsCli() : CliFixture("kgviz-formats-") {}

  /// Runs a shell command line in the scratch folder; `$KGVIZ` is the binary.
  kgviz::test::CliOutcome shell(const std::string& line) {
    const std::string command = "cd '" + dir_.string() + "' && KGVIZ='" + KGVIZ_BINARY + "' && " +
                                line + " > stdout.txt 2> stderr.txt";
    const int raw = std::system(command.c_str());
    kgviz::test::CliOutcome run;
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.out = read("stdout.txt");
    run.err = read("stderr.txt");
    return run;
  }
};

TEST_F(FormatsCli, AnalyzeOutputExtensionIgnoresCase) {
  auto run = kgviz("analyze -o R.JSON");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(read("R.JSON").substr(0, 1), "{");
  EXPECT_EQ(kgviz("analyze -o r.svg").status, 2);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "r.svg"));
}

TEST_F(FormatsCli, ToDoesNotOverrideAnExtension) {
  auto run = kgviz("export -o out.svg -o - --to dot");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(read("out.svg").find("<svg"), std::string::npos);
  EXPECT_EQ(run.out.find("<svg"), std::string::npos);
  EXPECT_NE(run.out.find("digraph"), std::string::npos);
  auto contradiction = kgviz("export -o d.png -o d.svg --to dot");
  EXPECT_EQ(contradiction.status, 2);
  EXPECT_NE(contradiction.err.find("--to dot contradicts"), std::string::npos) << contradiction.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "d.png"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "d.svg"));
}

TEST_F(FormatsCli, WrongAndUnknownExtensions) {
  write("g.gexf", kGraphml);
  auto wrong = kgviz("validate g.gexf");
  EXPECT_EQ(wrong.status, 2);
  EXPECT_NE(wrong.err.find("looks like graphml"), std::string::npos) << wrong.err;
  EXPECT_NE(wrong.err.find("--from graphml"), std::string::npos) << wrong.err;
  EXPECT_EQ(kgviz("validate --from graphml g.gexf").status, 0);
  write("g.data", kGraphml);
  auto unknown = kgviz("validate g.data");
  EXPECT_EQ(unknown.status, 0) << unknown.err;
  EXPECT_NE(unknown.out.find("2 entities, 1 relations"), std::string::npos) << unknown.out;
  write("notes.txt", "nothing a graph\n");
  auto neither = kgviz("validate notes.txt");
  EXPECT_EQ(neither.status, 2);
  EXPECT_NE(neither.err.find("--from"), std::string::npos) << neither.err;
}

TEST_F(FormatsCli, PipedStandardInputIsReadWhenNoFileIsGiven) {
  write("g.graphml", kGraphml);
  auto piped = shell("cat g.graphml | $KGVIZ validate");
  EXPECT_EQ(piped.status, 0) << piped.err;
  EXPECT_NE(piped.out.find("<stdin>: ok: 2 entities, 1 relations"), std::string::npos) << piped.out;
  auto redirected = shell("$KGVIZ analyze --format csv < g.graphml");
  EXPECT_EQ(redirected.status, 0) << redirected.err;
  EXPECT_EQ(std::count(redirected.out.begin(), redirected.out.end(), '\n'), 3) << redirected.out;
  // Nothing to read: the bundled graph, whatever kind of standard input holds nothing.
  for (const std::string stdin_form : {"< /dev/null", "<&-", "< empty.txt", "< blank.txt"}) {
    write("empty.txt", "");
    write("blank.txt", " \n\n");
    auto run = shell("$KGVIZ validate " + stdin_form);
    EXPECT_EQ(run.status, 0) << stdin_form << ": " << run.err;
    EXPECT_NE(run.out.find("<bundled>/salt_typhoon.yaml: ok: 37 entities"), std::string::npos)
        << stdin_form << ": " << run.out;
  }
  auto empty_pipe = shell("true | $KGVIZ validate");
  EXPECT_NE(empty_pipe.out.find("<bundled>/salt_typhoon.yaml: ok"), std::string::npos)
      << empty_pipe.out;
  auto garbage = shell("echo 'not a graph' | $KGVIZ validate");
  EXPECT_EQ(garbage.status, 2) << "piped content is never ignored";
  EXPECT_NE(garbage.err.find("standard input"), std::string::npos) << garbage.err;
}

TEST(FormatsInProcess, RunReadsItsInStream) {
  std::istringstream in(kGraphml);
  std::ostringstream out;
  std::ostringstream err;
  EXPECT_EQ(kgviz::run({"validate", "-"}, in, out, err), 0) << err.str();
  EXPECT_EQ(out.str(), "<stdin>: ok: 2 entities, 1 relations\n");
  std::istringstream implicit(kGraphml);
  std::ostringstream out2;
  EXPECT_EQ(kgviz::run({"validate"}, implicit, out2, err), 0) << err.str();
  EXPECT_EQ(out2.str(), "<stdin>: ok: 2 entities, 1 relations\n");
  std::istringstream nothing;
  std::ostringstream out3;
  EXPECT_EQ(kgviz::run({"validate"}, nothing, out3, err), 0) << err.str();
  EXPECT_NE(out3.str().find("<bundled>/"), std::string::npos);
}

}  // namespace
