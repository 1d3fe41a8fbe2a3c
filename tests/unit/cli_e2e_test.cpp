// End-to-end runs of the kgviz binary, as a user types them.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_run_support.hpp"

namespace {

namespace fs = std::filesystem;
using kgviz::test::slurp;
using Outcome = kgviz::test::CliOutcome;

class CliTest : public kgviz::test::CliFixture {
 protected:
  CliTest() : CliFixture("kgviz-cli-") {}
};

TEST_F(CliTest, VersionAndHelpExitZero) {
  Outcome version = kgviz("--version");
  EXPECT_EQ(version.status, 0);
  EXPECT_NE(version.out.find("kgviz 0."), std::string::npos);
  Outcome help = kgviz("--help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("analyze"), std::string::npos);
  EXPECT_NE(help.out.find("export"), std::string::npos);
  EXPECT_EQ(kgviz("export --help").status, 0);
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(kgviz("").status, 2);
  EXPECT_EQ(kgviz("frobnicate").status, 2);
  EXPECT_EQ(kgviz("analyze --no-such-option").status, 2);
  EXPECT_EQ(kgviz("analyze --format xml").status, 2);
  EXPECT_EQ(kgviz("analyze --metrics degree,nonsense").status, 2);
  Outcome unknown_format = kgviz("export -o picture.xyz");
  EXPECT_EQ(unknown_format.status, 2);
  EXPECT_NE(unknown_format.err.find("svg"), std::string::npos) << "lists the formats";
  EXPECT_FALSE(fs::exists(dir_ / "picture.xyz"));
}

TEST_F(CliTest, ValidatesTheBundledGraph) {
  Outcome run = kgviz("validate");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("ok: 37 entities, 46 relations"), std::string::npos) << run.out;
}

TEST_F(CliTest, BadFileExitsOneWithPositionedErrors) {
  write("bad.yaml",
        "sources: []\ntypes: {entity_types: [a], relation_types: [r]}\nentities:\n"
        "  - {id: x, label: X, type: b}\n  - {id: x, label: Y, type: a}\nrelations: []\n");
  Outcome run = kgviz("validate bad.yaml");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("bad.yaml:4:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("bad.yaml:5:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(": error: "), std::string::npos);
  EXPECT_EQ(kgviz("analyze bad.yaml").status, 1);
  EXPECT_EQ(kgviz("validate missing.yaml").status, 1);
}

TEST_F(CliTest, AnalyzeCsvHasEveryEntity) {
  Outcome run = kgviz("analyze --format csv");
  ASSERT_EQ(run.status, 0) << run.err;
  std::istringstream lines(run.out);
  std::string header;
  std::getline(lines, header);
  EXPECT_EQ(header,
            "id,label,type,degree,in_degree,out_degree,betweenness,closeness,harmonic,pagerank,"
            "eigenvector,core,component,strong_component,clustering,community");
  std::size_t rows = 0;
  for (std::string line; std::getline(lines, line);) ++rows;
  EXPECT_EQ(rows, 37u);
  EXPECT_NE(run.out.find("att,AT&T,identity,"), std::string::npos);
}

TEST_F(CliTest, AnalyzeJsonHasSummaryCommunitiesAndRecord) {
  Outcome run = kgviz("analyze --format json --seed 3");
  ASSERT_EQ(run.status, 0) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["graph"]["nodes"], 37);
  EXPECT_EQ(json["graph"]["edges"], 46);
  EXPECT_EQ(json["graph"]["directed"], true);
  EXPECT_EQ(json["graph"]["diameter"], 7);
  EXPECT_EQ(json["graph"]["seed"], 3);
  EXPECT_EQ(json["graph"]["algorithm"], "louvain");
  EXPECT_GT(json["graph"]["modularity"].get<double>(), 0.5);
  EXPECT_EQ(json["nodes"].size(), 37u);
  EXPECT_FALSE(json["communities"].empty());
  EXPECT_EQ(json["data"]["inputs"][0]["name"], "salt_typhoon.yaml");
  EXPECT_EQ(json["data"]["inputs"][0]["sha256"].get<std::string>().size(), 64u);
  // Deterministic: same input and seed, same bytes.
  EXPECT_EQ(kgviz("analyze --format json --seed 3").out, run.out);
  const auto leiden = nlohmann::json::parse(kgviz("analyze --format json --algorithm leiden").out);
  EXPECT_EQ(leiden["graph"]["algorithm"], "leiden");
  EXPECT_GT(leiden["graph"]["modularity"].get<double>(), 0.5);
  EXPECT_EQ(kgviz("analyze --algorithm girvan-newman").status, 2);
}

TEST_F(CliTest, AnalyzeTableAndMarkdown) {
  Outcome table = kgviz("analyze --format table --top 5 --sort pagerank");
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("pagerank"), std::string::npos);
  EXPECT_NE(table.out.find("37 nodes, 46 edges"), std::string::npos);
  Outcome markdown = kgviz("analyze --format markdown --metrics degree,pagerank");
  ASSERT_EQ(markdown.status, 0);
  EXPECT_NE(markdown.out.find("| id                                | label"), std::string::npos)
      << markdown.out;
  EXPECT_NE(markdown.out.find("| type           | degree | pagerank |"), std::string::npos)
      << markdown.out;
  EXPECT_EQ(kgviz("analyze --format table --sort nonsense").status, 2);
}

TEST_F(CliTest, TopAndSortSelectRowsInEveryFormat) {
  // The bundled graph's hub: the campaign has the highest degree (17).
  Outcome csv = kgviz("analyze --format csv --metrics degree --top 2 --sort degree");
  ASSERT_EQ(csv.status, 0) << csv.err;
  EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n'), 3) << csv.out;
  EXPECT_EQ(csv.out.rfind("id,label,type,degree\nus-telecom-hack,US telecom hack,campaign,17\n", 0),
            0u)
      << csv.out;
  const auto json = nlohmann::json::parse(kgviz("analyze --format json --top 3 --sort degree").out);
  ASSERT_EQ(json["nodes"].size(), 3u);
  EXPECT_EQ(json["nodes"][0]["id"], "us-telecom-hack");
  EXPECT_GE(json["nodes"][1]["degree"].get<int>(), json["nodes"][2]["degree"].get<int>());
  EXPECT_EQ(json["graph"]["nodes"], 37);  // the summary still covers the whole graph
  // Without --top/--sort: every entity, in input order.
  const auto all = nlohmann::json::parse(kgviz("analyze --format json --metrics degree").out);
  EXPECT_EQ(all["nodes"].size(), 37u);
  EXPECT_EQ(all["nodes"][0]["id"], "china-affiliated-hackers");
}

TEST_F(CliTest, ReadsStandardInputAndWritesOutputFiles) {
  write("edges.csv", "source,target,weight\na,b,2\nb,c,1\n");
  Outcome run =
      kgviz("analyze - --from csv --metrics degree -o result.csv", slurp(dir_ / "edges.csv"));
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(slurp(dir_ / "result.csv"), "id,label,type,degree\na,a,,1\nb,b,,2\nc,c,,1\n");
  Outcome bad = kgviz("analyze - --from csv", "source,target\na\n");
  EXPECT_EQ(bad.status, 1);
  EXPECT_NE(bad.err.find("<stdin>:2:1: error:"), std::string::npos) << bad.err;
}

TEST_F(CliTest, ExportWritesEveryOutputOfOneRun) {
  Outcome run = kgviz("export -o g.svg -o g.graphml -o g.dot -o g.csv -o g.edges.csv -o g.md");
  ASSERT_EQ(run.status, 0) << run.err;
  for (const char* name : {"g.svg", "g.graphml", "g.dot", "g.csv", "g.edges.csv", "g.md"}) {
    EXPECT_GT(fs::file_size(dir_ / name), 100u) << name;
  }
  const std::string svg = slurp(dir_ / "g.svg");
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("Salt Typhoon"), std::string::npos);
  EXPECT_NE(slurp(dir_ / "g.dot").find("digraph"), std::string::npos);
  EXPECT_NE(slurp(dir_ / "g.graphml").find("<graphml"), std::string::npos);
  // Files get normal permissions, not mkstemp's 0600.
  const auto perms = fs::status(dir_ / "g.svg").permissions();
  EXPECT_NE(perms & fs::perms::others_read, fs::perms::none);
  // No temporary file is left behind.
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().find(".kgviz-"), std::string::npos) << entry.path();
  }
}

TEST_F(CliTest, ExportIsDeterministic) {
  ASSERT_EQ(kgviz("export -o a.svg -o a.graphml -o a.dot").status, 0);
  ASSERT_EQ(kgviz("export -o b.svg -o b.graphml -o b.dot").status, 0);
  EXPECT_EQ(slurp(dir_ / "a.svg"), slurp(dir_ / "b.svg"));
  EXPECT_EQ(slurp(dir_ / "a.graphml"), slurp(dir_ / "b.graphml"));
  EXPECT_EQ(slurp(dir_ / "a.dot"), slurp(dir_ / "b.dot"));
}

TEST_F(CliTest, FailedExportLeavesNothingAndKeepsExistingFiles) {
  write("keep.svg", "old content");
  write("bad.yaml", "not: [valid\n");
  Outcome run = kgviz("export bad.yaml -o keep.svg -o new.graphml");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(slurp(dir_ / "keep.svg"), "old content");
  EXPECT_FALSE(fs::exists(dir_ / "new.graphml"));
  Outcome unwritable = kgviz("export -o no/such/folder/x.svg -o keep.svg");
  EXPECT_EQ(unwritable.status, 1);
  EXPECT_NE(unwritable.err.find("no/such/folder"), std::string::npos) << unwritable.err;
  EXPECT_EQ(slurp(dir_ / "keep.svg"), "old content");
}

TEST_F(CliTest, ExportToStandardOutput) {
  Outcome run = kgviz("export -o - --to dot");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("digraph"), std::string::npos);
  EXPECT_EQ(kgviz("export -o -").status, 2);
}

TEST_F(CliTest, SchemaExampleOfTheDataReadmeValidates) {
  // The complete example in graph_data/README.md must stay valid.
  const std::string readme = slurp(fs::path(KGVIZ_SOURCE_DIR) / "graph_data/README.md");
  const auto start = readme.find("```yaml\n");
  const auto end = readme.find("```", start + 8);
  ASSERT_NE(start, std::string::npos);
  const auto quote_start = readme.find("holding\n`") + 9;
  const auto quote_end = readme.find('`', quote_start);
  fs::create_directories(dir_ / "sources");
  write("sources/example.txt", readme.substr(quote_start, quote_end - quote_start) + "\n");
  write("example.yaml", readme.substr(start + 8, end - start - 8));
  Outcome run = kgviz("validate example.yaml");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("ok: 3 entities, 2 relations"), std::string::npos) << run.out;
}

}  // namespace

namespace {

TEST_F(CliTest, PathPrintsOneHopPerLineWithEvidence) {
  Outcome run = kgviz("path 'Salt Typhoon' mss");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out,
            "Salt Typhoon -[attributed-to, alleged]-> Ministry of State Security (MSS)  \"Salt "
            "Typhoon is "
            "a cyber espionage group linked to China\xE2\x80\x99s Ministry of State Security "
            "(MSS), which "
            "has been active since at least 2020.\"\n");
  Outcome backwards = kgviz("path fbi salt-typhoon");
  ASSERT_EQ(backwards.status, 0) << backwards.err;
  EXPECT_NE(backwards.out.find("FBI -[investigates, reported]-> US telecom hack"),
            std::string::npos);
  EXPECT_NE(backwards.out.find("US telecom hack -[attributed-to, reported, according to The "
                               "Washington Post]-> Salt Typhoon"),
            std::string::npos)
      << backwards.out;
  Outcome all = kgviz("path fbi salt-typhoon --all --format json");
  ASSERT_EQ(all.status, 0);
  const auto json = nlohmann::json::parse(all.out);
  EXPECT_EQ(json["length"], 2);
  EXPECT_EQ(json["paths"].size(), 2u);  // the two newspapers' parallel attributions
}

TEST_F(CliTest, PathErrorsExitOne) {
  Outcome unknown = kgviz("path 'Salt Typhon' fbi");
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.err.find("did you mean 'Salt Typhoon'"), std::string::npos) << unknown.err;
  Outcome none = kgviz("path salt-typhoon fbi --directed");
  EXPECT_EQ(none.status, 1);
  EXPECT_NE(none.err.find("no path"), std::string::npos);
  EXPECT_EQ(kgviz("path onlyone").status, 2);
  write("g.csv", "source,target\na,b\nc,d\n");
  EXPECT_EQ(kgviz("path g.csv a b").status, 0);
  EXPECT_EQ(kgviz("path g.csv a d").status, 1);
}

TEST_F(CliTest, FocusAndFilters) {
  Outcome focus = kgviz("analyze --focus 'Salt Typhoon' --depth 1 --metrics degree --format csv");
  ASSERT_EQ(focus.status, 0) << focus.err;
  std::size_t lines = 0;
  for (char c : focus.out) lines += c == '\n';
  EXPECT_EQ(lines, 9u);  // header + Salt Typhoon + its 7 neighbours
  Outcome confirmed = kgviz(
      "analyze --min-confidence confirmed --types identity,report --metrics degree --format csv");
  ASSERT_EQ(confirmed.status, 0) << confirmed.err;
  EXPECT_EQ(confirmed.out.find("salt-typhoon"), std::string::npos);
  EXPECT_NE(confirmed.out.find("joint-advisory"), std::string::npos);
  EXPECT_EQ(kgviz("analyze --focus nobody").status, 1);
  ASSERT_EQ(kgviz("export --focus salt-typhoon -o f.svg").status, 0);
}

}  // namespace

namespace {

TEST_F(CliTest, WriteErrorsAreReported) {
  // /dev/full accepts the open and fails every write: like a full disk.
  Outcome full = kgviz("export -o /dev/full --to dot");
  EXPECT_EQ(full.status, 1);
  EXPECT_NE(full.err.find("cannot write '/dev/full': No space left on device"), std::string::npos)
      << full.err;
  // A device target is written in place, never replaced by a rename.
  EXPECT_TRUE(fs::is_character_file("/dev/full"));
}

TEST_F(CliTest, InterruptLeavesNoTemporaryFiles) {
  // A slow run (betweenness on a larger graph) interrupted by SIGINT and by SIGTERM: no output and
  // no temporary file may remain.
  std::string csv = "source,target\n";
  for (int i = 1; i < 20000; ++i) {
    csv += std::to_string(i) + "," + std::to_string(i / 2) + "\n";
    csv += std::to_string(i) + "," + std::to_string((i * 7919) % i) + "\n";
  }
  write("big.csv", csv);
  for (const char* signal_name : {"INT", "TERM"}) {
    const std::string command =
        std::string("'") + KGVIZ_BINARY +
        "' export big.csv --engine sfdp -o out.graphml -o out.svg & pid=$!; "
        "sleep 1; kill -" +
        signal_name + " $pid; wait $pid; echo $? > status.txt";
    const int raw =
        std::system(("cd '" + dir_.string() + "' && (" + command + ") >/dev/null 2>&1").c_str());
    ASSERT_TRUE(WIFEXITED(raw));
    const std::string status = slurp(dir_ / "status.txt");
    EXPECT_NE(status, "0\n") << "the run should have been interrupted (" << signal_name << ")";
    EXPECT_FALSE(fs::exists(dir_ / "out.graphml"));
    EXPECT_FALSE(fs::exists(dir_ / "out.svg"));
    for (const auto& entry : fs::directory_iterator(dir_)) {
      EXPECT_EQ(entry.path().filename().string().find(".kgviz-"), std::string::npos)
          << entry.path();
    }
  }
}

}  // namespace
