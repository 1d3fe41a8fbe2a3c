// End-to-end runs of the kgviz binary on STIX and JSON graph input: bad input exits 1 with
// FILE:LINE:COL errors and writes nothing; good input exports to STIX and the other formats.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli_run_support.hpp"

namespace kgviz {
namespace {

namespace fs = std::filesystem;
using test::slurp;

const std::string kApt1 =
    std::string(KGVIZ_TEST_DATA_DIR) + "/data/stix/examples/threat-reports/apt1.json";

class StixCliTest : public test::CliFixture {
 protected:
  StixCliTest() : CliFixture("kgviz-stix-cli-") {}

  /// Exports `name` to STIX and GraphML, which must fail with exit 1, an error at `where`
  /// ("name:LINE:COL: error: ...") mentioning `part`, and no output file.
  void expect_rejected(const std::string& name, const std::string& where, const std::string& part,
                       const std::string& options = "") {
    const test::CliOutcome run =
        kgviz("export " + name + " " + options + " -o out.stix.json -o out.graphml");
    EXPECT_EQ(run.status, 1) << run.err;
    EXPECT_NE(run.err.find(where + ": error: "), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(part), std::string::npos) << run.err;
    EXPECT_FALSE(fs::exists(dir_ / "out.stix.json"));
    EXPECT_FALSE(fs::exists(dir_ / "out.graphml"));
  }
};

const std::string kBundleHead =
    "{\"type\": \"bundle\", \"id\": \"bundle--99999999-9999-4999-8999-999999999999\",\n"
    " \"objects\": [\n"
    "  {\"type\": \"identity\", \"spec_version\": \"2.1\", \"id\": "
    "\"identity--66666666-6666-4666-8666-666666666666\","
    " \"created\": \"2020-01-01T00:00:00.000Z\", \"modified\": \"2020-01-01T00:00:00.000Z\", "
    "\"name\": \"I\"}";

TEST_F(StixCliTest, BadStixExitsOneWithPositionsAndWritesNothing) {
  write("syntax.json",
        "{\"type\": \"bundle\",\n \"objects\": [\n  {\"type\": \"identity\",, }\n]}");
  expect_rejected("syntax.json", "syntax.json:3:23", "invalid JSON");

  write("notype.json",
        kBundleHead + ",\n  {\"id\": \"tool--22222222-2222-4222-8222-222222222222\"}\n]}");
  expect_rejected("notype.json", "notype.json:4:3", "object has no 'type'");

  write("dangling.json",
        kBundleHead +
            ",\n  {\"type\": \"relationship\", \"spec_version\": \"2.1\", \"id\": "
            "\"relationship--10000000-0000-4000-8000-000000000000\", \"created\": "
            "\"2020-01-01T00:00:00.000Z\", \"modified\": \"2020-01-01T00:00:00.000Z\", "
            "\"relationship_type\": \"targets\", \"source_ref\": "
            "\"identity--66666666-6666-4666-8666-666666666666\",\n   \"target_ref\": "
            "\"tool--22222222-2222-4222-8222-222222222222\"}\n]}");
  expect_rejected("dangling.json", "dangling.json:5:18",
                  "tool--22222222-2222-4222-8222-222222222222");

  write("badid.json",
        kBundleHead + ",\n  {\"type\": \"tool\", \"id\": \"tool--1\", \"name\": \"T\"}\n]}");
  expect_rejected("badid.json", "badid.json:4:26", "id 'tool--1' is not a STIX identifier");

  write("deep.json",
        kBundleHead +
            ",\n  {\"type\": \"tool\", \"id\": \"tool--22222222-2222-4222-8222-222222222222\","
            " \"x_deep\": [[[[[1]]]]]}\n]}");
  expect_rejected("deep.json", "deep.json:4:84", "nested deeper than 5 levels", "--max-depth 5");

  write("empty.stix.json",
        "{\"type\": \"bundle\", \"id\": \"bundle--99999999-9999-4999-8999-999999999999\"}");
  expect_rejected("empty.stix.json", "empty.stix.json:1:1", "no nodes");

  write("notstix.json", "{\"nodes\": [{\"id\": \"a\"}], \"edges\": []}");
  expect_rejected("notstix.json", "notstix.json:1:1", "not a STIX bundle", "--from stix");
  write("named.stix.json", "{\"nodes\": [{\"id\": \"a\"}], \"edges\": []}");
  expect_rejected("named.stix.json", "named.stix.json:1:1", "not a STIX bundle");
}

TEST_F(StixCliTest, BadJsonGraphsExitOne) {
  write("g.json",
        "{\"nodes\": [{\"id\": \"a\"}],\n \"edges\": [{\"source\": \"a\", \"target\": \"b\"}]}");
  expect_rejected("g.json", "g.json:2:38", "edge target 'b' is not a node");
  write("c.json", "{\"elements\": {\"nodes\": [{\"data\": {\"label\": \"x\"}}]}}");
  expect_rejected("c.json", "c.json:1:34", "node has no 'id'");
  const test::CliOutcome in = kgviz("validate - --from json", "{\"nodes\": [}");
  EXPECT_EQ(in.status, 1);
  EXPECT_NE(in.err.find("<stdin>:1:12: error: invalid JSON"), std::string::npos) << in.err;
}

TEST_F(StixCliTest, ExportsTheArticleAndImportedBundles) {
  test::CliOutcome run = kgviz("export -o article.stix.json -o -  --to stix");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(slurp(dir_ / "article.stix.json"), run.out) << "-o - --to stix writes the same bundle";
  EXPECT_EQ(run.out.rfind("{\n  \"type\": \"bundle\",", 0), 0u);

  run = kgviz("validate '" + kApt1 + "'");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("ok: 45 entities, 30 relations"), std::string::npos) << run.out;
  run = kgviz("export '" + kApt1 +
              "' -o apt1.stix.json -o apt1.graphml -o apt1.gexf -o apt1.svg --color-by community");
  ASSERT_EQ(run.status, 0) << run.err;
  for (const char* name : {"apt1.stix.json", "apt1.graphml", "apt1.gexf", "apt1.svg"}) {
    EXPECT_GT(fs::file_size(dir_ / name), 1000u) << name;
  }
  EXPECT_NE(slurp(dir_ / "apt1.graphml").find("indicator--031778a4-057f-48e6-9db9-c8d72b81ccd5"),
            std::string::npos)
      << "the STIX id is the GraphML node id";
  // Read back from standard input, detected by content.
  run = kgviz("validate -", slurp(dir_ / "apt1.stix.json"));
  EXPECT_NE(run.out.find("ok: 45 entities, 30 relations"), std::string::npos) << run.out << run.err;
}

}  // namespace
}  // namespace kgviz
