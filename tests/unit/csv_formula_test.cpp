// Spreadsheet formula cells in kgviz's CSV outputs (issue 11, point 12, OWASP "CSV Injection"):
// guarded with a `'` and quoted, numbers untouched, and the CSV reader undoes the guard so
// kgviz's own tables read back to the same values; data formats keep exact values.
#include "model/csv_formula.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli_run_support.hpp"

namespace kgviz {
namespace {

TEST(CsvFormula, FormulaCellsAreThoseSpreadsheetsRun) {
  for (const char* cell :
       {"=1+1", "=HYPERLINK(\"http://x\")", "+cmd", "-x", "@SUM(A1)", "\tx", "\rx", "-", "+",
        "-1+2", "-inf", "-nan", "+0x10", "-1e", "--1", "-.e1"}) {
    EXPECT_TRUE(is_formula_cell(cell)) << cell;
  }
  for (const char* cell : {"", "plain", "a=b", " =1", "'=1", "-0.5", "-3", "+3", "-1e-05", "+.5",
                           "-5.", "1.5E+10", "-2E3", "0"}) {
    EXPECT_FALSE(is_formula_cell(cell)) << cell;
  }
}

TEST(CsvFormula, GuardIsUndoneExactly) {
  // What the writer guards, the reader unguards; nothing else changes either way.
  for (const char* cell :
       {"=1+1", "'=1+1", "''@x", "-x", "\tx", "-0.5", "'-0.5", "'", "''", "plain", "'plain", ""}) {
    const std::string value = cell;
    const std::string written = needs_formula_guard(value) ? "'" + value : value;
    EXPECT_EQ(std::string(without_formula_guard(written)), value) << cell;
  }
  EXPECT_TRUE(needs_formula_guard("'=1"));
  EXPECT_FALSE(needs_formula_guard("'-0.5"));
  EXPECT_EQ(without_formula_guard("'=1"), "=1");
  EXPECT_EQ(without_formula_guard("'-0.5"), "'-0.5");
  EXPECT_EQ(without_formula_guard("'plain"), "'plain");
}

class CsvFormulaOutput : public test::CliFixture {
 protected:
  CsvFormulaOutput() : CliFixture("kgviz-formula-") {}

  void write_formula_graph() {
    write("edges.csv",
          "source,target,relation,note,score\n"
          "\"=1+1\",\"@b\",\"-rel\",\"=HYPERLINK(\"\"http://evil\"\")\",-0.5\n"
          "\"@b\",'=c,plain,\"\tx\",-3\n");  // an unquoted '=c is a value of its own
  }
};

TEST_F(CsvFormulaOutput, FormulaCellsAreGuardedNumbersAreNot) {
  write_formula_graph();
  const auto run = kgviz("export edges.csv -o t.edges.csv -o n.csv");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string edges = read("t.edges.csv");
  // The export columns (label falls back to the relation, weight defaults to 1), guarded alike.
  EXPECT_EQ(edges,
            "id,source,target,relation,label,weight,note,score\n"
            "e0,\"'=1+1\",\"'@b\",\"'-rel\",\"'-rel\",1,\"'=HYPERLINK(\"\"http://evil\"\")\",-0.5\n"
            "e1,\"'@b\",\"''=c\",plain,plain,1,\"'\tx\",-3\n");
  const std::string nodes = read("n.csv");
  EXPECT_NE(nodes.find("\n\"'=1+1\",\"'=1+1\","), std::string::npos) << nodes;  // id, label
  EXPECT_EQ(nodes.find("\n=1+1"), std::string::npos) << nodes;
  const auto analysis = kgviz("analyze edges.csv --format csv --metrics degree");
  ASSERT_EQ(analysis.status, 0) << analysis.err;
  EXPECT_NE(analysis.out.find("\n\"'@b\",\"'@b\","), std::string::npos) << analysis.out;
}

TEST_F(CsvFormulaOutput, EdgeTableReadsBackToTheSameValues) {
  write_formula_graph();
  ASSERT_EQ(kgviz("export edges.csv -o t.edges.csv -o t.json").status, 0);
  const auto again = kgviz("export t.edges.csv -o again.edges.csv -o again.json");
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(read("again.edges.csv"), read("t.edges.csv"));
  // The graph read back holds the original values: ids, relations and attributes.
  const auto first = nlohmann::json::parse(read("t.json"));
  const auto second = nlohmann::json::parse(read("again.json"));
  ASSERT_EQ(first["elements"]["edges"].size(), second["elements"]["edges"].size());
  for (std::size_t i = 0; i < first["elements"]["edges"].size(); ++i) {
    const auto& a = first["elements"]["edges"][i]["data"];
    const auto& b = second["elements"]["edges"][i]["data"];
    for (const char* key : {"source", "target", "relation", "note", "score"}) {
      EXPECT_EQ(a[key], b[key]) << key;
    }
  }
  EXPECT_EQ(first["elements"]["edges"][0]["data"]["source"], "=1+1");
  EXPECT_EQ(first["elements"]["edges"][1]["data"]["target"], "'=c");
  EXPECT_EQ(first["elements"]["edges"][1]["data"]["note"], "\tx");
}

TEST_F(CsvFormulaOutput, DataFormatsKeepExactValues) {
  write_formula_graph();
  ASSERT_EQ(kgviz("export edges.csv -o g.graphml -o g.gexf -o g.nodelink.json").status, 0);
  EXPECT_NE(read("g.graphml").find("<node id=\"=1+1\">"), std::string::npos);
  EXPECT_NE(read("g.gexf").find("id=\"=1+1\""), std::string::npos);
  EXPECT_NE(read("g.nodelink.json").find("\"=1+1\""), std::string::npos);
  EXPECT_EQ(read("g.graphml").find("'=1+1"), std::string::npos);
}

}  // namespace
}  // namespace kgviz
