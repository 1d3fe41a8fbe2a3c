// End-to-end runs of the data exports through the kgviz binary: the CSV edge and node tables read
// back through the CSV reader, the JSON forms through the JSON reader, and every data file is
// byte-identical whatever the output path, locale or thread count (DESIGN.md "Command line").
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_run_support.hpp"

namespace {

namespace fs = std::filesystem;

/// A scratch folder per test; `run` keeps kgviz's standard output and error in out.txt and
/// err.txt there, for the assertions to read.
class DataExportTest : public kgviz::test::CliFixture {
 protected:
  DataExportTest() : CliFixture("kgviz-data-") {}

  int run(const std::string& args, const std::string& env = "") {
    const kgviz::test::CliOutcome outcome = kgviz(args, "", env);
    write("out.txt", outcome.out);
    write("err.txt", outcome.err);
    return outcome.status;
  }
  [[nodiscard]] std::string file(const std::string& name) const { return read(name); }
};

TEST_F(DataExportTest, EdgeTableReadsBackThroughTheCsvReader) {
  ASSERT_EQ(run("export -o e.edges.csv -o n.csv"), 0) << file("err.txt");
  ASSERT_EQ(run("analyze e.edges.csv --nodes n.csv --format json"), 0) << file("err.txt");
  const auto read_back = nlohmann::json::parse(file("out.txt"));
  EXPECT_EQ(read_back["graph"]["nodes"], 37);
  EXPECT_EQ(read_back["graph"]["edges"], 46);
  EXPECT_EQ(read_back["graph"]["directed"], true);
  EXPECT_EQ(read_back["data"]["inputs"][0]["name"], "e.edges.csv");

  // Every relation survives with its attributes, and every entity with its label and type: the
  // read-back graph writes the same tables (so its metrics are the same too).
  ASSERT_EQ(run("export e.edges.csv --nodes n.csv -o again.edges.csv -o again.csv"), 0)
      << file("err.txt");
  EXPECT_EQ(file("again.edges.csv"), file("e.edges.csv"));
  EXPECT_EQ(file("again.csv"), file("n.csv"));
}

TEST_F(DataExportTest, JsonExportsReadBackThroughTheJsonReader) {
  ASSERT_EQ(run("export -o g.json -o g.nodelink.json"), 0) << file("err.txt");
  for (const char* name : {"g.json", "g.nodelink.json"}) {
    ASSERT_EQ(run(std::string("analyze ") + name + " --format json"), 0) << name << file("err.txt");
    const auto read_back = nlohmann::json::parse(file("out.txt"));
    EXPECT_EQ(read_back["graph"]["nodes"], 37) << name;
    EXPECT_EQ(read_back["graph"]["edges"], 46) << name;
    EXPECT_EQ(read_back["graph"]["directed"], true) << name;
  }
}

TEST_F(DataExportTest, DataFilesAreByteIdenticalWhateverPathLocaleAndThreads) {
  const std::vector<std::string> extensions{".gexf", ".graphml",   ".json", ".nodelink.json",
                                            ".csv",  ".edges.csv", ".md"};
  fs::create_directories(dir_ / "first");
  fs::create_directories(dir_ / "second" / "deeper");
  std::string first_args = "export --threads 1";
  std::string second_args = "export --threads 4";
  for (const auto& extension : extensions) {
    first_args += " -o first/a" + extension;
    second_args += " -o second/deeper/other-name" + extension;
  }
  ASSERT_EQ(run(first_args, "LC_ALL=C"), 0) << file("err.txt");
  ASSERT_EQ(run(second_args, "LC_ALL=C.UTF-8 LANG=de_DE.UTF-8"), 0) << file("err.txt");
  for (const auto& extension : extensions) {
    const std::string first = file("first/a" + extension);
    EXPECT_FALSE(first.empty()) << extension;
    EXPECT_EQ(first, file("second/deeper/other-name" + extension)) << extension;
  }
}

}  // namespace
