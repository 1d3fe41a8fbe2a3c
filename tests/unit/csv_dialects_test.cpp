// CSV/TSV edge lists and node tables as spreadsheets and other tools write them (issue 13): Gephi's
// Source,Target,Type,Id,Label,Weight tables, header synonyms, and columns named by option.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "cli_run_support.hpp"
#include "io/csv_reader.hpp"
#include "model/diagnostics.hpp"
#include "reader_test_support.hpp"

namespace kgviz {
namespace {

const std::string kCsvData = std::string(KGVIZ_TEST_DATA_DIR) + "/data/csv/";
KnowledgeGraph read_comma(const InputSource& input, const ReadOptions& options) {
  return read_csv(input, options, ',');
}
const test::ReaderTester kCsv(read_comma, "t.csv", kCsvData);
using test::contains;
using test::string_value;

ReadOptions with_columns(std::string source, std::string target, std::string id = {}) {
  ReadOptions options;
  options.csv_columns = {std::move(source), std::move(target), std::move(id)};
  return options;
}

// ---- Gephi's tables

TEST(GephiCsv, EdgeTableOfUndirectedEdges) {
  const KnowledgeGraph g = kCsv.read_ok(kCsv.file_source("gephi_edges.csv"));
  ASSERT_EQ(g.edge_count(), 5u);
  EXPECT_FALSE(g.directed());
  EXPECT_EQ(g.node_count(), 5u);
  EXPECT_EQ(g.id(0), "Myriel");
  // Type said the direction: it is not kept as a column.
  EXPECT_EQ(g.edge_attributes().find("type"), nullptr);
  EXPECT_EQ(g.edge_attributes().find("Type"), nullptr);
  EXPECT_EQ(string_value(g, g.edge_attributes(), "id", 3), "3");  // Gephi's edge Id
  EXPECT_EQ(g.edge_label(3), "sisters");
  EXPECT_EQ(g.edge_number(2, "weight"), 10.0);
}

TEST(GephiCsv, NodeTableGivesLabelsAndColumns) {
  ReadOptions options;
  options.nodes_file = kCsvData + "gephi_nodes.csv";
  const KnowledgeGraph g = kCsv.read_ok(kCsv.file_source("gephi_edges.csv"), options);
  ASSERT_EQ(g.node_count(), 6u);  // Geborand has no edge
  EXPECT_EQ(g.label(*g.find("MlleBaptistine")), "Mlle Baptistine");
  EXPECT_EQ(g.node_attributes().find("modularity_class")->number(2), 1.0);
  EXPECT_EQ(g.node_attributes().find("Label"), nullptr);
}

TEST(GephiCsv, TypeDecidesTheDirectionAndAMixIsAnError) {
  const std::string head = "Source,Target,Type\n";
  EXPECT_TRUE(kCsv.read_ok(kCsv.source_of(head + "a,b,Directed\nb,c,DIRECTED\n")).directed());
  EXPECT_FALSE(kCsv.read_ok(kCsv.source_of(head + "a,b,undirected\nb,c,Mutual\n")).directed());
  EXPECT_TRUE(kCsv.one_error(head + "a,b,Undirected\nb,c,Undirected\nc,d,Directed\n", 4, 5,
                             "Type 'Directed' after 'Undirected' on line 2: a graph is directed "
                             "or undirected throughout"));
  // --undirected reads every edge undirected anyway.
  ReadOptions undirected;
  undirected.undirected = true;
  EXPECT_FALSE(
      kCsv.read_ok(kCsv.source_of(head + "a,b,Undirected\nc,d,Directed\n"), undirected).directed());
  // Empty cells say nothing.
  EXPECT_FALSE(kCsv.read_ok(kCsv.source_of(head + "a,b,\nb,c,Undirected\n")).directed());
}

TEST(GephiCsv, ATypeColumnOfOtherWordsIsAnAttribute) {
  const KnowledgeGraph g =
      kCsv.read_ok(kCsv.source_of("source,target,type\na,b,knows\nb,c,directed\n"));
  EXPECT_TRUE(g.directed());
  EXPECT_EQ(string_value(g, g.edge_attributes(), "type", 0), "knows");
  EXPECT_EQ(string_value(g, g.edge_attributes(), "type", 1), "directed");
}

// ---- header synonyms and named columns

TEST(CsvHeaders, SynonymsOfSourceAndTargetInAnyCase) {
  for (const char* header :
       {"from,to", "src,dst", "SOURCE,TARGET", "From,To", "Src,Dst", "source,to"}) {
    SCOPED_TRACE(header);
    const KnowledgeGraph g = kCsv.read_ok(kCsv.source_of(std::string(header) + ",w\na,b,1\n"));
    ASSERT_EQ(g.edge_count(), 1u);
    EXPECT_EQ(g.id(g.source(0)), "a");
    EXPECT_EQ(g.id(g.target(0)), "b");
    EXPECT_EQ(g.edge_attributes().columns().size(), 1u);
  }
  // `source` wins over `from`, which stays an attribute.
  const KnowledgeGraph g = kCsv.read_ok(kCsv.source_of("from,source,target\nx,a,b\n"));
  EXPECT_EQ(g.id(g.source(0)), "a");
  EXPECT_EQ(string_value(g, g.edge_attributes(), "from", 0), "x");
}

TEST(CsvHeaders, NoSourceColumnSaysWhatWouldDo) {
  const auto errors = kCsv.read_errors("a,b\nx,y\n");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].format(),
            "t.csv:1:1: error: the header has no source column (source, from or src, any case; or "
            "name it with --source-col)");
  EXPECT_TRUE(contains(errors[1].message, "--target-col"));
}

TEST(CsvHeaders, ColumnsNamedByOption) {
  const KnowledgeGraph g = kCsv.read_ok(kCsv.source_of("caller,callee,source\nx,y,s\n"),
                                        with_columns("Caller", "callee"));
  EXPECT_EQ(g.id(g.source(0)), "x");  // matched in any case
  EXPECT_EQ(g.id(g.target(0)), "y");
  EXPECT_EQ(string_value(g, g.edge_attributes(), "source", 0), "s");  // now an attribute
}

TEST(CsvHeaders, AnOptionNamingNoColumnIsAUsageErrorListingTheHeader) {
  try {
    (void)read_comma(kCsv.source_of("a,b,weight\nx,y,1\n"), with_columns("caller", ""));
    FAIL() << "no error";
  } catch (const UsageError& e) {
    EXPECT_EQ(std::string(e.what()),
              "--source-col caller: t.csv has no such column (its columns: a, b, weight)");
  }
  EXPECT_THROW((void)read_comma(kCsv.source_of("a,b\nx,y\n"), with_columns("a", "a")), UsageError);
}

TEST(CsvHeaders, NodeTableIdSynonymsAndOption) {
  const std::string path = testing::TempDir() + "kgviz_csv_dialects_nodes.csv";
  const auto read_with_nodes = [&](const std::string& table, const std::string& id_column) {
    std::ofstream(path, std::ios::binary) << table;
    ReadOptions options = with_columns("", "", id_column);
    options.nodes_file = path;
    return kCsv.read_ok(kCsv.source_of("source,target\na,b\n"), options);
  };
  for (const char* table : {"node,label\na,Alpha\n", "Name,label\na,Alpha\n", "ID,Label\na,Alpha\n",
                            "name,id,label\nx,a,Alpha\n"}) {
    SCOPED_TRACE(table);
    const KnowledgeGraph g = read_with_nodes(table, "");
    EXPECT_EQ(g.label(*g.find("a")), "Alpha");
    EXPECT_EQ(g.node_count(), 2u);
  }
  const KnowledgeGraph g = read_with_nodes("who,label\na,Alpha\n", "WHO");
  EXPECT_EQ(g.label(*g.find("a")), "Alpha");
  std::remove(path.c_str());
}

class CsvCli : public test::CliFixture {
 protected:
  CsvCli() : CliFixture("kgviz_csv_dialects_") {}
};

TEST_F(CsvCli, GephiTablesAnalyseAsUndirected) {
  const auto run = kgviz("analyze '" + kCsvData + "gephi_edges.csv' --nodes '" + kCsvData +
                         "gephi_nodes.csv' --format json --metrics degree");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(contains(run.out, "\"directed\": false")) << run.out.substr(0, 400);
  EXPECT_TRUE(contains(run.out, "\"nodes\": 6"));
}

TEST_F(CsvCli, NamedColumnsAndTheirUsageErrors) {
  write("calls.csv", "caller,callee,minutes\nann,bob,3\nbob,cy,4\n");
  write("people.csv", "person,label\nann,Ann\n");
  const auto run = kgviz(
      "path calls.csv Ann cy --source-col caller --target-col callee "
      "--nodes people.csv --id-col person");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(contains(run.out, "Ann"));
  const auto missing = kgviz("validate calls.csv --source-col from --target-col callee");
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.err,
            "kgviz: error: --source-col from: calls.csv has no such column (its columns: caller, "
            "callee, minutes)\n");
  const auto missing_id = kgviz(
      "validate calls.csv --source-col caller --target-col callee "
      "--nodes people.csv --id-col who");
  EXPECT_EQ(missing_id.status, 2);
  EXPECT_TRUE(contains(missing_id.err,
                       "--id-col who: people.csv has no such column (its columns: "
                       "person, label)"));
}

TEST_F(CsvCli, MixedGephiTypesAreAPositionedError) {
  write("mixed.csv", "Source,Target,Type\na,b,Directed\nb,c,Undirected\n");
  const auto run = kgviz("validate mixed.csv");
  EXPECT_EQ(run.status, 1);
  EXPECT_TRUE(
      contains(run.err, "mixed.csv:3:5: error: Type 'Undirected' after 'Directed' on line 2"))
      << run.err;
}

TEST_F(CsvCli, EdgesMayNameNodesTheNodeTableLacks) {
  write("e.csv", "source,target\na,b\nb,c\n");
  write("n.csv", "id,label\na,Alpha\n");
  const auto run = kgviz("validate e.csv --nodes n.csv");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(contains(run.out, "3 entities, 2 relations"));
}

}  // namespace
}  // namespace kgviz
