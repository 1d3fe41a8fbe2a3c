// CSV/TSV edge lists and node tables: good files, and every class of bad input with its position.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "io/graph_reader.hpp"
#include "io/input.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

namespace fs = std::filesystem;

class CsvReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("kgviz-csv-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return (dir_ / name).string();
  }

  KnowledgeGraph read(const std::string& content, ReadOptions options = {},
                      const std::string& name = "edges.csv") {
    const std::string path = write(name, content);
    return read_graph(load_input(path, options.limits), options);
  }

  std::vector<Diagnostic> errors(const std::string& content, ReadOptions options = {},
                                 const std::string& name = "edges.csv") {
    try {
      read(content, options, name);
    } catch (const InputError& e) {
      return e.diagnostics();
    }
    ADD_FAILURE() << "no error for: " << content.substr(0, 200);
    return {};
  }

  void expect_error(const std::string& content, std::size_t line, std::size_t column,
                    const std::string& text, ReadOptions options = {}) {
    const auto found = errors(content, options);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0].line, line) << found[0].format();
    EXPECT_EQ(found[0].column, column) << found[0].format();
    EXPECT_NE(found[0].message.find(text), std::string::npos) << found[0].format();
  }

  fs::path dir_;
};

TEST_F(CsvReaderTest, ReadsEdgesWithTypedAttributes) {
  const KnowledgeGraph graph = read(
      "source,target,weight,relation,count,flag\n"
      "a,b,2.5,targets,3,true\n"
      "b,c,1,\"uses, often\",4,false\n"
      "a,b,,targets,,\n");
  EXPECT_TRUE(graph.directed());
  ASSERT_EQ(graph.node_count(), 3u);
  ASSERT_EQ(graph.edge_count(), 3u);  // the parallel a->b edge is kept
  EXPECT_EQ(graph.id(2), "c");
  EXPECT_EQ(graph.edge_number(0, "weight"), 2.5);
  EXPECT_FALSE(graph.edge_number(2, "weight").has_value());
  EXPECT_EQ(graph.edge_string(1, "relation"), "uses, often");
  EXPECT_EQ(graph.edge_attributes().find("count")->type(), AttrType::Long);
  EXPECT_EQ(graph.edge_attributes().find("flag")->type(), AttrType::Boolean);
  EXPECT_EQ(graph.edge_attributes().find("weight")->type(), AttrType::Double);
}

TEST_F(CsvReaderTest, GephiHeaderCaseAndTsv) {
  const KnowledgeGraph gephi = read("Source,Target,Weight\n1,2,3\n");
  EXPECT_EQ(gephi.edge_number(0, "weight"), 3.0);
  const KnowledgeGraph tsv = read("source\ttarget\tnote\nx y\tz\thas, comma\n", {}, "edges.tsv");
  EXPECT_EQ(tsv.id(0), "x y");
  EXPECT_EQ(tsv.edge_string(0, "note"), "has, comma");
}

TEST_F(CsvReaderTest, QuotedFieldsWithQuotesAndLineBreaks) {
  const KnowledgeGraph graph =
      read("source,target,evidence\r\n\"a\",\"b\",\"said \"\"hi\"\"\nthen left\"\r\n");
  EXPECT_EQ(graph.edge_string(0, "evidence"), "said \"hi\"\nthen left");
}

TEST_F(CsvReaderTest, ByteOrderMarkCrlfAndUndirected) {
  ReadOptions options;
  options.undirected = true;
  const KnowledgeGraph graph = read("\xEF\xBB\xBFsource,target\r\na,b\r\n\r\n", options);
  EXPECT_FALSE(graph.directed());
  EXPECT_EQ(graph.id(0), "a");
  EXPECT_EQ(graph.edge_count(), 1u);
}

TEST_F(CsvReaderTest, NodeTableGivesOrderLabelsAndAttributes) {
  ReadOptions options;
  options.nodes_file =
      write("nodes.csv", "Id,Label,type,aliases,score\nz,Zed,person,Z; Zee,1.5\nlonely,,,,\n");
  const KnowledgeGraph graph = read("source,target\na,z\n", options);
  ASSERT_EQ(graph.node_count(), 3u);
  EXPECT_EQ(graph.id(0), "z");
  EXPECT_EQ(graph.label(0), "Zed");
  EXPECT_EQ(graph.type(0), "person");
  EXPECT_EQ(graph.node_list(0, "aliases").size(), 2u);
  EXPECT_EQ(graph.id(1), "lonely");  // isolated nodes are kept
  EXPECT_EQ(graph.label(1), "lonely");
  EXPECT_EQ(graph.id(2), "a");
}

TEST_F(CsvReaderTest, NodeTableErrors) {
  ReadOptions options;
  options.nodes_file = write("nodes.csv", "who\nx\n");
  const auto missing_id = errors("source,target\na,b\n", options);
  ASSERT_EQ(missing_id.size(), 1u);
  EXPECT_NE(missing_id[0].format().find("nodes.csv:1:1: error: the node table's header has no id "
                                        "column"),
            std::string::npos);
  options.nodes_file = write("nodes.csv", "id\nx\nx\n");
  const auto duplicate = errors("source,target\na,b\n", options);
  ASSERT_EQ(duplicate.size(), 1u);
  EXPECT_EQ(duplicate[0].line, 3u);
}

TEST_F(CsvReaderTest, WrongFieldCountsAreReportedPerRow) {
  const auto found = errors("source,target,weight\na,b,1\na,b\nc,d,1,extra\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].line, 3u);
  EXPECT_NE(found[0].message.find("row has 2 fields; the header has 3"), std::string::npos);
  EXPECT_EQ(found[1].line, 4u);
}

TEST_F(CsvReaderTest, MissingSourceOrTargetColumn) {
  expect_error("caller,to\na,b\n", 1, 1, "no source column");
}

TEST_F(CsvReaderTest, EmptyAndHeaderOnlyFiles) {
  expect_error("", 1, 1, "empty input");
  expect_error("\n\n", 1, 1, "empty input");
  expect_error("source,target\n", 1, 1, "no edges");
}

TEST_F(CsvReaderTest, UnterminatedQuote) {
  expect_error("source,target\na,\"b\n", 2, 3, "unterminated quoted field");
}

TEST_F(CsvReaderTest, TextAfterClosingQuote) {
  expect_error("source,target\na,\"b\"c\n", 2, 6, "after a closing quote");
}

TEST_F(CsvReaderTest, NonNumericAndNonFiniteWeights) {
  const auto found = errors("source,target,weight\na,b,heavy\nb,c,nan\nc,d,inf\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].line, 2u);
  EXPECT_EQ(found[0].column, 5u);
  EXPECT_NE(found[0].message.find("not a finite number"), std::string::npos);
}

TEST_F(CsvReaderTest, InvalidUtf8AndNul) {
  expect_error("source,target\na,b\xFF\n", 2, 4, "invalid UTF-8");
  expect_error(std::string("source,target\na,\0b\n", 18), 2, 3, "NUL byte");
}

TEST_F(CsvReaderTest, EmptyIdsAndDuplicateColumns) {
  expect_error("source,target\na,\n", 2, 3, "empty source or target");
  expect_error("source,target,x,x\na,b,1,2\n", 1, 17, "appears twice");
}

TEST_F(CsvReaderTest, LongLinesAreFineUpToTheLimit) {
  const std::string long_value(1 << 20, 'v');
  const KnowledgeGraph graph = read("source,target,note\na,b," + long_value + "\n");
  EXPECT_EQ(graph.edge_string(0, "note").size(), long_value.size());
  ReadOptions options;
  options.limits.max_string_length = 1000;
  expect_error("source,target,note\na,b," + long_value + "\n", 2, 5, "--max-string-length",
               options);
}

TEST_F(CsvReaderTest, NodeAndEdgeLimits) {
  ReadOptions options;
  options.limits.max_edges = 2;
  expect_error("source,target\na,b\nb,c\nc,d\n", 4, 1, "--max-edges", options);
  options = ReadOptions();
  options.limits.max_nodes = 2;
  expect_error("source,target\na,b\nb,c\n", 3, 3, "--max-nodes", options);
}

}  // namespace
}  // namespace kgviz
