// What people read (issue 14): analyze's table and markdown (significant digits, only the columns
// that tell something, fitted to a width, a default row count on a terminal, the default sort) and
// path's text (no arrows on undirected graphs, no empty brackets, weights and totals, parallel
// relations told apart), as golden files on a directed typed graph (the bundled article graph),
// an undirected one (karate) and a weighted one (karate's weights); and the errors that say what
// to type. KGVIZ_UPDATE_GOLDEN=1 rewrites the golden files (then read the diff).
#include <gtest/gtest.h>

#include <string>

#include "cli_run_support.hpp"
#include "export_fixture.hpp"

namespace kgviz {
namespace {

const std::string kKarate =
    std::string("'") + KGVIZ_TEST_DATA_DIR + "/data/graphml/networkx_karate.graphml'";

struct Golden {
  const char* file;  ///< under tests/golden/text
  std::string args;
};

const Golden kGoldens[] = {
    {"bundled_table_80.txt", "analyze --format table --width 80 --top 10"},
    {"bundled_table_120.txt", "analyze --format table --width 120 --top 10"},
    {"bundled_markdown.md", "analyze --format markdown --top 10"},
    {"bundled_path_all.txt", "path fbi salt-typhoon --all"},
    {"bundled_path_backwards.txt", "path kamala-harris salt-typhoon"},
    {"karate_table_80.txt", "analyze " + kKarate + " --format table --width 80 --top 10"},
    {"karate_markdown.md", "analyze " + kKarate + " --format markdown --top 10 --precision 3"},
    {"karate_path.txt", "path " + kKarate + " 16 26"},
    {"weighted_table_100.txt",
     "analyze " + kKarate + " --weight weight --format table --width 100 --top 8"},
    {"weighted_path.txt", "path " + kKarate + " 16 26 --weight weight"},
};

class TextOutput : public test::CliFixture {
 protected:
  TextOutput() : CliFixture("kgviz-text-") {}

  /// Runs `args` and expects exit `status` and one error line with the prefix and `message`.
  void expect_error(const std::string& args, int status, const std::string& message) {
    const auto run = kgviz(args);
    EXPECT_EQ(run.status, status) << args << "\n" << run.err;
    EXPECT_EQ(run.err.rfind("kgviz: error: ", 0), 0u) << args << "\n" << run.err;
    EXPECT_NE(run.err.find(message), std::string::npos) << args << "\n" << run.err;
    EXPECT_EQ(run.out, "") << args;
  }
};

/// The markdown's first line is the run record (kgviz's version, input hashes): not compared.
std::string without_record(const std::string& text) {
  if (text.rfind("<!--", 0) != 0) return text;
  return text.substr(text.find('\n') + 1);
}

TEST_F(TextOutput, MatchesTheGoldenFiles) {
  for (const Golden& golden : kGoldens) {
    const auto run = kgviz(golden.args);
    ASSERT_EQ(run.status, 0) << golden.args << "\n" << run.err;
    const std::string path = std::string(KGVIZ_TEST_DATA_DIR) + "/golden/text/" + golden.file;
    EXPECT_TRUE(test::matches_golden(without_record(run.out), path))
        << "kgviz " << golden.args << "\n"
        << run.out;
  }
}

TEST_F(TextOutput, ColumnsLeftOutToFitAreNamedOnStandardError) {
  const auto run = kgviz("analyze --format table --width 80 --top 3");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("kgviz: note: 9 columns left out to fit 80 characters: clustering, "),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("--format csv writes them all"), std::string::npos) << run.err;
  EXPECT_EQ(run.out.rfind("id ", 0), 0u) << run.out;
  std::size_t start = 0;
  while (start < run.out.size()) {
    const std::size_t end = run.out.find('\n', start);
    const std::string line = run.out.substr(start, end - start);
    if (line.find("nodes,") == std::string::npos) {
      EXPECT_LE(line.size(), 80u) << line;
    }
    start = end + 1;
  }
  // No width given and no terminal: every column that tells something, no note.
  const auto wide = kgviz("analyze --format table --top 3");
  EXPECT_EQ(wide.err, "");
  EXPECT_NE(wide.out.find("clustering"), std::string::npos) << wide.out;
}

TEST_F(TextOutput, ColumnsThatTellNothingAreLeftOut) {
  const auto karate = kgviz("analyze " + kKarate + " --format table");
  ASSERT_EQ(karate.status, 0) << karate.err;
  const std::string header = karate.out.substr(0, karate.out.find('\n'));
  for (const char* absent :
       {"in_degree", "out_degree", "strong_component", "label", "type", "component "}) {
    EXPECT_EQ(header.find(absent), std::string::npos) << absent << ": " << header;
  }
  EXPECT_NE(header.find("degree"), std::string::npos);
  // Named metrics are shown even when they tell nothing.
  const auto named = kgviz("analyze " + kKarate + " --format table --metrics degree,in_degree");
  EXPECT_NE(named.out.find("in_degree"), std::string::npos) << named.out;
}

TEST_F(TextOutput, PrecisionAndFullDigitsInDataFormats) {
  const auto table = kgviz("analyze --format table --metrics pagerank --precision 2 --top 1");
  EXPECT_NE(table.out.find("0.082"), std::string::npos) << table.out;
  EXPECT_EQ(table.out.find("0.0816"), std::string::npos) << table.out;
  const auto csv = kgviz("analyze --format csv --metrics pagerank --top 1");
  EXPECT_NE(csv.out.find("0.0816308047955661"), std::string::npos) << csv.out;
  const auto markdown = kgviz("analyze --format markdown");
  EXPECT_EQ(markdown.out.find("00000000"), std::string::npos) << markdown.out;
  EXPECT_EQ(kgviz("analyze --precision 0").status, 2);
  EXPECT_EQ(kgviz("analyze --precision 18").status, 2);
}

TEST_F(TextOutput, DefaultSortPutsTheActorsNearTheTop) {
  // PageRank follows relations to their targets: Kamala Harris above Salt Typhoon. Degree (the
  // default sort) counts relations either way.
  const auto run = kgviz("analyze --format table --top 3");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("salt-typhoon"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("kamala-harris"), std::string::npos) << run.out;
  EXPECT_LT(run.out.find("us-telecom-hack"), run.out.find("salt-typhoon")) << run.out;
}

TEST_F(TextOutput, RowsCutSayHowManyMore) {
  const auto run = kgviz("analyze --format table --top 5");
  EXPECT_NE(run.out.find("\xE2\x80\xA6 32 more (--top 0 shows all 37)"), std::string::npos)
      << run.out;
  const auto all = kgviz("analyze --format table");
  EXPECT_EQ(all.out.find("more (--top"), std::string::npos) << "not a terminal: every row";
}

// ---- errors that say what to type
// ----------------------------------------------------------------

TEST_F(TextOutput, DidYouMeanForCommandsOptionsAndValues) {
  expect_error("analize", 2, "unknown command 'analize'; did you mean 'analyze'?");
  expect_error("analyze --metric degree", 2,
               "unknown option '--metric'; did you mean '--metrics'?");
  expect_error("path --weigth w a b", 2, "unknown option '--weigth'; did you mean '--weight'?");
  expect_error("analyze --metrics pagernk", 2,
               "unknown metric 'pagernk'; did you mean 'pagerank'?");
  expect_error("analyze --sort pagernk", 2, "did you mean 'pagerank'?");
  expect_error(
      "export --engine dott -o x.svg", 2,
      "--engine must be dot, neato, fdp, sfdp, circo or twopi (got 'dott'); did you mean 'dot'?");
  expect_error("export --cluster-by typ -o x.svg", 2, "did you mean 'type'?");
  expect_error("export --to grapml -o -", 2,
               "--to grapml: unknown output format; did you mean 'graphml'?");
  expect_error("export -o out.grapml", 2, "did you mean '.graphml'?");
  expect_error("analyze --from yml", 2, "did you mean 'yaml' or 'gml'?");
  expect_error(
      "analyze --format tabel", 2,
      "--format must be table, csv, json or markdown (got 'tabel'); did you mean 'table'?");
  expect_error("analyze --min-confidence confirmd", 2, "did you mean 'confirmed'?");
  expect_error("analyze --algorithm lovain", 2, "did you mean 'louvain'?");
}

TEST_F(TextOutput, FiltersThatMatchNothingAreErrors) {
  expect_error(
      "analyze --types identiy", 1,
      "--types identiy: no entity has this type; did you mean 'identity'? (types: "
      "campaign, identity, infrastructure, intrusion-set, location, report, threat-actor)");
  expect_error("analyze " + kKarate + " --types person", 1,
               "--types person: no entity of this graph has a type");
  expect_error("analyze --focus 'Salt Typhon'", 1,
               "--focus: unknown entity 'Salt Typhon'; did you mean 'Salt Typhoon'?");
  write("c.csv", "source,target,confidence\na,b,alleged\n");
  expect_error("analyze c.csv --min-confidence confirmed", 1,
               "--min-confidence confirmed: no relation is confirmed (confidences: alleged)");
  write("typed.csv", "source,target,confidence\na,b,alleged\nc,d,confirmed\n");
  write("nodes.csv", "id,type\na,x\nb,x\nc,y\nd,y\n");
  expect_error("analyze typed.csv --nodes nodes.csv --types x --min-confidence confirmed", 1,
               "--min-confidence confirmed leaves no entity of --types x");
}

TEST_F(TextOutput, PathNamesAFileGivenWhereAnEntityGoes) {
  expect_error("path " + kKarate + " 16", 2, "is a file: give it as FILE before two entities");
  expect_error("path 16 " + kKarate, 2, "is a file: give it as FILE before two entities");
  expect_error("path " + kKarate + " 16 " + kKarate, 2,
               "is a file, where path expects an entity: path reads one FILE, given first");
  expect_error("path", 2, "path needs two entities: FROM TO (the bundled graph) or FILE FROM TO");
  expect_error("path a b c d", 2, "not 4 arguments");
  const auto help = kgviz("path --help");
  EXPECT_NE(help.out.find("Usage: kgviz path [OPTIONS] [FILE] FROM TO"), std::string::npos)
      << help.out;
  EXPECT_EQ(help.out.find("ARGS"), std::string::npos) << help.out;
}

}  // namespace
}  // namespace kgviz
