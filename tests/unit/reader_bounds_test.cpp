// Hostile shapes for the GraphML, GEXF and CSV/TSV readers (issue 11, points 6, 8 and 12): work
// linear in the number of declared keys, attributes and columns, --max-attributes bounding them
// with a positioned error, <default>s bounded by the input's size, and NUL refused however it is
// written. The inputs are generated here (deterministically), not checked in: a quadratic reader
// would run into ctest's timeout instead of finishing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_run_support.hpp"
#include "io/csv_reader.hpp"
#include "io/gexf_reader.hpp"
#include "io/graphml_reader.hpp"
#include "model/diagnostics.hpp"
#include "reader_test_support.hpp"

namespace kgviz {
namespace {

const test::ReaderTester kGraphml(read_graphml, "t.graphml", "");
const test::ReaderTester kGexf(read_gexf, "t.gexf", "");
KnowledgeGraph read_csv_file(const InputSource& input, const ReadOptions& options) {
  return read_csv(input, options, ',');
}
const test::ReaderTester kCsv(read_csv_file, "t.csv", "");
using test::contains;

ReadOptions with_max_attributes(std::size_t limit) {
  ReadOptions options;
  options.limits.max_attributes = limit;
  return options;
}

/// GraphML declaring `keys` node keys (line i + 2 holds key i) and one node using the last.
std::string graphml_with_keys(std::size_t keys) {
  std::string text = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  for (std::size_t i = 0; i < keys; ++i) {
    text += "<key id=\"k" + std::to_string(i) + "\" for=\"node\" attr.name=\"a" +
            std::to_string(i) + "\" attr.type=\"string\"/>\n";
  }
  text += "<graph><node id=\"a\"><data key=\"k" + std::to_string(keys - 1) +
          "\">v</data></node></graph></graphml>\n";
  return text;
}

/// GEXF declaring `declarations` node attributes (line i + 2 holds attribute i), and 1000 nodes.
std::string gexf_with_attributes(std::size_t declarations) {
  std::string text =
      "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph>"
      "<attributes class=\"node\">\n";
  for (std::size_t i = 0; i < declarations; ++i) {
    text += "<attribute id=\"" + std::to_string(i) + "\" title=\"t" + std::to_string(i) +
            "\" type=\"string\"/>\n";
  }
  text += "</attributes><nodes>";
  for (int i = 0; i < 1000; ++i) text += "<node id=\"n" + std::to_string(i) + "\"/>";
  return text + "</nodes></graph></gexf>\n";
}

/// An edge list with `columns` columns besides source and target, and two rows.
std::string csv_with_columns(std::size_t columns) {
  std::string header = "source,target";
  std::string row = "a,b";
  for (std::size_t i = 0; i < columns; ++i) {
    header += ",c" + std::to_string(i);
    row += ",1";
  }
  return header + "\n" + row + "\n" + row + "\n";
}

// ---- point 6: linear in declarations, bounded by --max-attributes

TEST(DeclarationCounts, GraphmlKeysAreLinearAndBounded) {
  // 100,000 keys (7 MB): the default limit stops at the 10,001st, on its line.
  EXPECT_TRUE(kGraphml.one_error(graphml_with_keys(100'000), 10'002, 1,
                                 "more than 10000 declared attributes (raise the limit with "
                                 "--max-attributes)"));
  // Raised, they are all read: unused keys leave no column.
  const KnowledgeGraph g = kGraphml.read_ok(kGraphml.source_of(graphml_with_keys(100'000)),
                                            with_max_attributes(200'000));
  EXPECT_EQ(g.node_count(), 1u);
  EXPECT_EQ(g.node_attributes().columns().size(), 1u);
  EXPECT_EQ(g.node_string(0, "a99999"), "v");
}

TEST(DeclarationCounts, GexfAttributesAreLinearAndBounded) {
  // 200,000 declarations (12 MB).
  EXPECT_TRUE(kGexf.one_error(gexf_with_attributes(200'000), 10'002, 1,
                              "more than 10000 declared attributes"));
  const KnowledgeGraph g =
      kGexf.read_ok(kGexf.source_of(gexf_with_attributes(200'000)), with_max_attributes(200'000));
  EXPECT_EQ(g.node_count(), 1000u);
}

TEST(DeclarationCounts, CsvColumnsAreLinearAndBounded) {
  // A million columns (10 MB): the 10,001st field of the header is where it stops.
  const std::string wide = csv_with_columns(1'000'000);
  const std::size_t at = wide.find(",c9998,") + 1;  // the 10,001st field: source, target, c0...
  EXPECT_TRUE(kCsv.one_error(wide, 1, at + 1,
                             "more than 10000 fields in a row (raise the limit with "
                             "--max-attributes)"));
  const KnowledgeGraph g =
      kCsv.read_ok(kCsv.source_of(csv_with_columns(100'000)), with_max_attributes(200'000));
  EXPECT_EQ(g.edge_count(), 2u);
  EXPECT_EQ(g.edge_attributes().columns().size(), 100'000u);
  // Repeated names among many are still found, each at its own cell.
  const auto errors = kCsv.read_errors("source,target,x,y,x,y\na,b,1,2,3,4\n");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].column, 19u);
  EXPECT_TRUE(contains(errors[1].message, "column 'y' appears twice"));
}

TEST(DeclarationCounts, CsvDataRowsAreBoundedToo) {
  std::string text = "source,target\n";
  text += "a,b" + std::string(20'000, ',') + "\n";
  const auto errors = kCsv.read_errors(text, with_max_attributes(100));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 2u);
  EXPECT_EQ(errors[0].column, 103u);  // a,b, then 98 empty fields of one comma each
}

// ---- defaults: a few declarations times many bare elements must not multiply memory

/// A document of 200 node attributes with a default, then 50,000 bare nodes: 10 million values
/// from 1 MB. `declare(i)` and `node(i)` write one declaration and one node, `middle` and `end`
/// what comes between and after.
template <class Declare, class Node>
std::string defaults_bomb(const std::string& head, Declare declare, const std::string& middle,
                          Node node, const std::string& end) {
  std::string text = head;
  for (int i = 0; i < 200; ++i) text += declare(std::to_string(i)) + "\n";
  text += middle;
  for (int i = 0; i < 50'000; ++i) text += node(std::to_string(i)) + "\n";
  return text + end;
}

TEST(DefaultAmplification, DefaultsFillAtMostOneValuePerInputByte) {
  const std::string graphml = defaults_bomb(
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n",
      [](const std::string& i) {
        return "<key id=\"k" + i + "\" for=\"node\" attr.name=\"a" + i +
               "\" attr.type=\"double\"><default>1</default></key>";
      },
      "<graph>\n", [](const std::string& i) { return "<node id=\"" + i + "\"/>"; },
      "</graph></graphml>\n");
  const std::string gexf = defaults_bomb(
      "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph><attributes class=\"node\">\n",
      [](const std::string& i) {
        return "<attribute id=\"" + i + "\" title=\"t" + i +
               "\" type=\"double\"><default>1</default></attribute>";
      },
      "</attributes><nodes>\n", [](const std::string& i) { return "<node id=\"" + i + "\"/>"; },
      "</nodes></graph></gexf>\n");
  for (const auto& [reader, text] : {std::pair(&kGraphml, graphml), std::pair(&kGexf, gexf)}) {
    const auto errors = reader->read_errors(text);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_TRUE(contains(errors[0].message,
                         "<default> values would fill more values than the "
                         "input has bytes"));
    EXPECT_GT(errors[0].line, 202u);  // at the node where the budget ran out
  }
}

TEST(DefaultAmplification, OrdinaryDefaultsStillFill) {
  const KnowledgeGraph g = kGraphml.read_ok(kGraphml.source_of(
      "<graphml><key id=\"c\" for=\"node\" attr.name=\"color\" attr.type=\"string\">"
      "<default>grey</default></key><graph><node id=\"a\"/><node id=\"b\">"
      "<data key=\"c\">red</data></node></graph></graphml>"));
  EXPECT_EQ(g.node_string(0, "color"), "grey");
  EXPECT_EQ(g.node_string(1, "color"), "red");
}

// ---- point 12: no NUL reaches a value, whichever way it is written

TEST(NulCharacters, XmlCharacterReferencesAndRawBytesAreRefused) {
  const std::string head = "<graphml><graph><node id=\"a\"/>\n";
  for (const std::string& nul : {std::string("&#0;"), std::string("&#x0;"), std::string("&#x00;"),
                                 std::string("&#00;"), std::string(1, '\0')}) {
    SCOPED_TRACE(nul.size() == 1 ? std::string("raw NUL") : nul);
    // In an attribute value and in text.
    auto errors = kGraphml.read_errors(head + "<node id=\"b" + nul + "\"/></graph></graphml>\n");
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors[0].line, 2u);
    EXPECT_TRUE(contains(errors[0].message, "XML syntax error")) << errors[0].message;
    errors = kGexf.read_errors("<gexf><graph><nodes><node id=\"a\" label=\"x" + nul +
                               "\"/></nodes></graph></gexf>");
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors[0].line, 1u);
    errors = kGraphml.read_errors(
        "<graphml><key id=\"d\" for=\"node\" attr.name=\"n\"/><graph>\n<node id=\"a\"><data "
        "key=\"d\">x" +
        nul + "</data></node></graph></graphml>");
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors[0].line, 2u);
  }
}

TEST(NulCharacters, CsvRefusesNulInEdgeListsAndNodeTables) {
  EXPECT_TRUE(kCsv.one_error(std::string("source,target\na,b\nc,d") + '\0' + "e\n", 3, 4,
                             "NUL byte in text input"));
  EXPECT_TRUE(kCsv.one_error(std::string("source,target\n\"a") + '\0' + "\",b\n", 2, 3,
                             "NUL byte in text input"));
}

class NulCli : public test::CliFixture {
 protected:
  NulCli() : CliFixture("kgviz_nul_") {}
};

TEST_F(NulCli, NodeTableWithNulIsRefusedWithItsPosition) {
  write("e.csv", "source,target\na,b\n");
  write("n.csv", std::string("id,label\na,x") + '\0' + "y\n");
  const auto run = kgviz("validate e.csv --nodes n.csv");
  EXPECT_EQ(run.status, 1);
  EXPECT_TRUE(contains(run.err, "n.csv:2:4: error: NUL byte in text input")) << run.err;
}

TEST_F(NulCli, MaxAttributesIsAnOptionAndItsErrorIsPositioned) {
  write("wide.csv", "source,target,a,b,c\nx,y,1,2,3\n");
  const auto refused = kgviz("validate wide.csv --max-attributes 4");
  EXPECT_EQ(refused.status, 1);
  EXPECT_EQ(refused.err,
            "wide.csv:1:19: error: more than 4 fields in a row (raise the limit with "
            "--max-attributes)\n");
  const auto read = kgviz("validate wide.csv --max-attributes 5");
  EXPECT_EQ(read.status, 0) << read.err;
}

}  // namespace
}  // namespace kgviz
