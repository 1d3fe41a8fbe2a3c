// The shared data contract of readers and writers (issue 12): one list split/join, `aliases` on
// every exported node, the edge table through the export columns, one number grammar and typing
// rule, one table of run-record fields. Each test reads or writes several formats and checks they
// agree.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <regex>
#include <string>
#include <vector>

#include "cli_run_support.hpp"
#include "io/graph_reader.hpp"
#include "json_input_support.hpp"
#include "model/list_text.hpp"
#include "model/run_record_fields.hpp"
#include "model/value_typing.hpp"

namespace kgviz {
namespace {

using Json = nlohmann::json;
using Strings = std::vector<std::string>;

// ---- list split/join ---------------------------------------------------------------------------

TEST(ListText, SplitsOnEverySemicolonAndTrims) {
  EXPECT_EQ(split_list("a; b"), (Strings{"a", "b"}));
  EXPECT_EQ(split_list("a;b"), (Strings{"a", "b"}));
  EXPECT_EQ(split_list(" a ;\tb ; "), (Strings{"a", "b"}));
  EXPECT_EQ(split_list("Comment Crew"), (Strings{"Comment Crew"}));
  EXPECT_EQ(split_list(""), Strings{});
  EXPECT_EQ(split_list(" ; ;"), Strings{});
}

TEST(ListText, JoinIsTheInverseOfSplit) {
  const Strings items{"Salt Typhoon", "GhostEmperor", "FamousSparrow"};
  EXPECT_EQ(join_list(items), "Salt Typhoon; GhostEmperor; FamousSparrow");
  EXPECT_EQ(split_list(join_list(items)), items);
  EXPECT_EQ(join_list(Strings{}), "");
}

class ContractEndToEnd : public test::CliFixture {
 protected:
  ContractEndToEnd() : CliFixture("kgviz-contract-") {}

  /// The Cytoscape.js JSON kgviz writes for `input`.
  Json exported_json(const std::string& input) {
    const auto run = kgviz("export " + input + " -o out.json");
    EXPECT_EQ(run.status, 0) << input << ": " << run.err;
    return Json::parse(read("out.json"));
  }

  /// `aliases` of every node of a Cytoscape.js export, by node id (a missing key is "missing").
  static std::map<std::string, Json> aliases_by_id(const Json& document) {
    std::map<std::string, Json> out;
    for (const Json& node : document["elements"]["nodes"]) {
      const Json& data = node["data"];
      out[data["id"].get<std::string>()] =
          data.contains("aliases") ? data["aliases"] : Json("missing");
    }
    return out;
  }
};

constexpr const char* kAliasText = "Comment Crew;APT1 ; Byzantine Candor";

TEST_F(ContractEndToEnd, SameAliasTextGivesTheSameAliasesInEveryFormat) {
  write("edges.csv", "source,target\nn1,n2\n");
  write("nodes.csv", std::string("id,aliases\nn1,") + kAliasText + "\nn2,\n");
  write("g.graphml", std::string(R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="d0" for="node" attr.name="aliases" attr.type="string"/>
<graph edgedefault="directed">
<node id="n1"><data key="d0">)") +
                         kAliasText + R"(</data></node>
<node id="n2"/>
<edge source="n1" target="n2"/>
</graph>
</graphml>
)");
  write("g.gexf", std::string(R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
<graph defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="aliases" type="string"/></attributes>
<nodes>
<node id="n1" label="n1"><attvalues><attvalue for="0" value=")") +
                      kAliasText + R"("/></attvalues></node>
<node id="n2" label="n2"/>
</nodes>
<edges><edge id="0" source="n1" target="n2"/></edges>
</graph>
</gexf>
)");
  write("g.nodelink.json", std::string(R"({"directed": true, "multigraph": false, "graph": {},
 "nodes": [{"id": "n1", "aliases": ")") +
                               kAliasText + R"("}, {"id": "n2"}],
 "links": [{"source": "n1", "target": "n2"}]})");
  const std::map<std::string, Json> expected{
      {"n1", Json::array({"Comment Crew", "APT1", "Byzantine Candor"})}, {"n2", Json::array()}};
  EXPECT_EQ(aliases_by_id(exported_json("edges.csv --nodes nodes.csv")), expected) << "csv";
  EXPECT_EQ(aliases_by_id(exported_json("g.graphml")), expected) << "graphml";
  EXPECT_EQ(aliases_by_id(exported_json("g.gexf")), expected) << "gexf";
  EXPECT_EQ(aliases_by_id(exported_json("g.nodelink.json")), expected) << "json";
}

// ---- aliases on every node ---------------------------------------------------------------------

/// How many times the attribute declared as `name` gets a value in `xml` (GraphML `<data
/// key="ID">`, GEXF `<attvalue for="ID"`).
std::size_t values_of(const std::string& xml, const std::string& declaration_pattern,
                      const std::string& value_prefix) {
  std::smatch match;
  if (!std::regex_search(xml, match, std::regex(declaration_pattern))) return 0;
  const std::string use = value_prefix + match[1].str() + "\"";
  std::size_t count = 0;
  for (std::size_t at = xml.find(use); at != std::string::npos; at = xml.find(use, at + 1)) ++count;
  return count;
}

TEST_F(ContractEndToEnd, EveryExportedNodeCarriesAliases) {
  ASSERT_EQ(kgviz("export -o g.graphml -o g.gexf -o g.json -o g.nodelink.json").status, 0);
  const Json cytoscape = Json::parse(read("g.json"));
  const std::size_t n = cytoscape["elements"]["nodes"].size();
  ASSERT_EQ(n, 37u);
  std::size_t without = 0;
  for (const Json& node : cytoscape["elements"]["nodes"]) {
    ASSERT_TRUE(node["data"].contains("aliases")) << node["data"]["id"];
    EXPECT_TRUE(node["data"]["aliases"].is_array());
    if (node["data"]["aliases"].empty()) ++without;
  }
  EXPECT_GT(without, 0u) << "the bundled graph has entities without aliases";
  const Json node_link = Json::parse(read("g.nodelink.json"));  // outlives the loop below
  for (const Json& node : node_link["nodes"]) {
    EXPECT_TRUE(node.contains("aliases") && node["aliases"].is_array()) << node["id"];
  }
  EXPECT_EQ(values_of(read("g.graphml"), R"re(<key id="([^"]+)" for="node" attr.name="aliases")re",
                      "<data key=\""),
            n);
  const std::string gexf = read("g.gexf");
  const std::string gexf_nodes = gexf.substr(0, gexf.find("<edges"));  // ids are per class
  EXPECT_EQ(
      values_of(gexf_nodes, R"re(<attribute id="([^"]+)" title="aliases")re", "<attvalue for=\""),
      n);
}

// ---- the edge table ----------------------------------------------------------------------------

TEST_F(ContractEndToEnd, EdgeTableHasTheWeightDefaultAndLabelFallback) {
  write("g.csv", "source,target,relation\na,b,uses\nb,c,targets\n");
  const auto run = kgviz("export g.csv -o t.edges.csv -o t.json");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(read("t.edges.csv"),
            "id,source,target,relation,label,weight\n"
            "e0,a,b,uses,uses,1\n"
            "e1,b,c,targets,targets,1\n");
  // The same columns as the JSON export's edges.
  const Json cytoscape = Json::parse(read("t.json"));  // outlives the loop below
  for (const Json& edge : cytoscape["elements"]["edges"]) {
    EXPECT_EQ(edge["data"]["label"], edge["data"]["relation"]);
    EXPECT_EQ(edge["data"]["weight"], 1.0);
  }
}

// ---- numbers and column types ------------------------------------------------------------------

TEST(NumberGrammar, Integers) {
  EXPECT_EQ(integer_of("42"), 42);
  EXPECT_EQ(integer_of("+42"), 42);
  EXPECT_EQ(integer_of("-42"), -42);
  EXPECT_EQ(integer_of("-9223372036854775808"), INT64_MIN);
  std::int64_t value = 0;
  EXPECT_EQ(parse_integer("9223372036854775808", value), NumberParse::OutOfRange);
  for (const char* text : {"", "+", "-", "1.0", "1e3", "0x10", " 1", "1 ", "--1", "+-1", "one"}) {
    EXPECT_FALSE(integer_of(text)) << text;
  }
}

TEST(NumberGrammar, Reals) {
  EXPECT_EQ(real_of("2.5"), 2.5);
  EXPECT_EQ(real_of("+2.5"), 2.5);
  EXPECT_EQ(real_of("-.5"), -0.5);
  EXPECT_EQ(real_of("1."), 1.0);
  EXPECT_EQ(real_of("6.02e23"), 6.02e23);
  EXPECT_EQ(real_of("0x1.8p+1"), 3.0);
  EXPECT_EQ(real_of("-0x1p-1"), -0.5);
  EXPECT_EQ(real_of("Infinity"), std::numeric_limits<double>::infinity());
  EXPECT_EQ(real_of("-INF"), -std::numeric_limits<double>::infinity());
  EXPECT_TRUE(std::isnan(*real_of("NaN")));
  double value = 0;
  EXPECT_EQ(parse_real("1e400", value), NumberParse::OutOfRange);
  for (const char* text :
       {"", ".", "e5", "1e", "0xff", "0x", "nan(1)", "infinite", " 1", "1,5", "1.5f"}) {
    EXPECT_FALSE(real_of(text)) << text;
  }
}

TEST(NumberGrammar, OutOfRangeRealsSaturateAsStrtodDoes) {
  double value = 1;
  EXPECT_EQ(parse_real("1e400", value), NumberParse::OutOfRange);
  EXPECT_EQ(value, std::numeric_limits<double>::infinity());
  EXPECT_EQ(parse_real("-123.4e999", value), NumberParse::OutOfRange);
  EXPECT_EQ(value, -std::numeric_limits<double>::infinity());
  EXPECT_EQ(parse_real("0.000001e-400", value), NumberParse::OutOfRange);
  EXPECT_EQ(value, 0.0);
  EXPECT_EQ(parse_real("-1e-99999999999999999999999", value), NumberParse::OutOfRange);
  EXPECT_EQ(value, 0.0);
  EXPECT_TRUE(std::signbit(value));
  EXPECT_EQ(parse_real("0.0001e312", value), NumberParse::Ok);          // 1e308 fits...
  EXPECT_EQ(parse_real("0.0001e313", value), NumberParse::OutOfRange);  // ...1e309 does not
  EXPECT_EQ(value, std::numeric_limits<double>::infinity());
  EXPECT_EQ(parse_real("0x1p99999", value), NumberParse::OutOfRange);
  EXPECT_EQ(value, std::numeric_limits<double>::infinity());
  EXPECT_EQ(parse_real("1e400x", value), NumberParse::NotANumber) << "not a number at all";
  std::int64_t integer = 0;
  EXPECT_EQ(parse_integer("99999999999999999999x", integer), NumberParse::NotANumber);
}

TEST(ColumnTyping, OneWideningRule) {
  EXPECT_EQ(widen_types(AttrType::Long, AttrType::Long), AttrType::Long);
  EXPECT_EQ(widen_types(AttrType::Long, AttrType::Double), AttrType::Double);
  EXPECT_EQ(widen_types(AttrType::Double, AttrType::Long), AttrType::Double);
  EXPECT_EQ(widen_types(AttrType::Int, AttrType::Long), AttrType::Long);
  EXPECT_EQ(widen_types(AttrType::Int, AttrType::Float), AttrType::Double);
  EXPECT_EQ(widen_types(AttrType::Boolean, AttrType::Long), AttrType::String);
  EXPECT_EQ(widen_types(AttrType::String, AttrType::Double), AttrType::String);
  EXPECT_EQ(type_of_text("true"), AttrType::Boolean);
  EXPECT_EQ(type_of_text("FALSE"), AttrType::Boolean);
  EXPECT_EQ(type_of_text("+3"), AttrType::Long);
  EXPECT_EQ(type_of_text("3.5"), AttrType::Double);
  EXPECT_EQ(type_of_text("inf"), AttrType::String) << "non-finite numbers keep a column text";
  EXPECT_EQ(type_of_text("0xff"), AttrType::String);
}

/// A column `v` holding `values`, read through one text format: its type, and its values as text.
struct ReadColumn {
  AttrType type = AttrType::String;
  Strings values;
  bool operator==(const ReadColumn& other) const {
    return type == other.type && values == other.values;
  }
};

std::ostream& operator<<(std::ostream& out, const ReadColumn& column) {
  out << attr_type_name(column.type) << " {";
  for (const auto& value : column.values) out << value << ",";
  return out << "}";
}

ReadColumn column_of(const KnowledgeGraph& graph, const AttributeTable& table, std::size_t rows) {
  ReadColumn out;
  const AttributeColumn* column = table.find("v");
  if (column == nullptr) return out;
  out.type = column->type();
  for (std::size_t row = 0; row < rows; ++row) {
    if (column->has(row)) out.values.push_back(attribute_text(*column, row, graph.strings()));
  }
  return out;
}

KnowledgeGraph read_text(const std::string& content, const std::string& name) {
  try {
    return read_graph(test::source_of(content, name), ReadOptions{});
  } catch (const InputError& e) {
    for (const auto& d : e.diagnostics()) ADD_FAILURE() << name << ": " << d.format();
    throw;
  }
}

/// The column `v` with values a, b as a CSV edge column.
ReadColumn through_csv(const std::string& a, const std::string& b) {
  const KnowledgeGraph g = read_text("source,target,v\nx,y," + a + "\ny,z," + b + "\n", "g.csv");
  return column_of(g, g.edge_attributes(), g.edge_count());
}

/// ... as a DOT edge attribute.
ReadColumn through_dot(const std::string& a, const std::string& b) {
  const KnowledgeGraph g =
      read_text("digraph { x -> y [v=\"" + a + "\"]; y -> z [v=\"" + b + "\"] }\n", "g.dot");
  return column_of(g, g.edge_attributes(), g.edge_count());
}

/// ... as a YAML entity property (plain scalars).
ReadColumn through_yaml(const std::string& a, const std::string& b) {
  const KnowledgeGraph g = read_text(
      "sources: []\n"
      "types: {entity_types: [t], relation_types: [r]}\n"
      "entities:\n"
      "  - {id: x, label: X, type: t, properties: {v: " +
          a +
          "}}\n"
          "  - {id: y, label: Y, type: t, properties: {v: " +
          b +
          "}}\n"
          "relations: []\n",
      "g.yaml");
  return column_of(g, g.node_attributes(), g.node_count());
}

TEST(ColumnTyping, TheSameValuesGetTheSameTypeInEveryReader) {
  const std::vector<std::pair<std::pair<std::string, std::string>, AttrType>> cases{
      {{"1", "2"}, AttrType::Long},        {{"+5", "-3"}, AttrType::Long},
      {{"1", "2.5"}, AttrType::Double},    {{"1e3", "2"}, AttrType::Double},
      {{"0x1p+1", "1"}, AttrType::Double}, {{"true", "FALSE"}, AttrType::Boolean},
      {{"1", "true"}, AttrType::String},   {{"1", "inf"}, AttrType::String},
      {{"0xff", "1"}, AttrType::String},   {{"1.5", "abc"}, AttrType::String},
  };
  for (const auto& [values, type] : cases) {
    const auto& [a, b] = values;
    const ReadColumn csv = through_csv(a, b);
    EXPECT_EQ(csv.type, type) << a << ", " << b;
    EXPECT_EQ(through_dot(a, b), csv) << "dot: " << a << ", " << b;
    EXPECT_EQ(through_yaml(a, b), csv) << "yaml: " << a << ", " << b;
  }
}

TEST(ColumnTyping, DeclaredXmlValuesUseTheSameGrammar) {
  const std::string graphml = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="v" for="node" attr.name="v" attr.type="double"/>
<graph edgedefault="directed">
<node id="a"><data key="v">+2.5</data></node>
<node id="b"><data key="v">0x1.8p+1</data></node>
<node id="c"><data key="v">-INF</data></node>
</graph>
</graphml>
)";
  const KnowledgeGraph g = read_text(graphml, "g.graphml");
  const AttributeColumn* v = g.node_attributes().find("v");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->real(0), *real_of("+2.5"));
  EXPECT_EQ(v->real(1), *real_of("0x1.8p+1"));
  EXPECT_EQ(v->real(2), *real_of("-INF"));
}

// ---- the run record ----------------------------------------------------------------------------

TEST(RunRecordFields, EveryFieldIsKnown) {
  namespace field = record_field;
  for (std::string_view name : {field::kVersion, field::kCommand, field::kInputs, field::kOptions,
                                field::kSeed, field::kFlatCommand, field::kFlatInputSha256}) {
    EXPECT_TRUE(field::is_record_field(name)) << name;
  }
  EXPECT_FALSE(field::is_record_field("title"));
  EXPECT_FALSE(field::is_record_field(field::kInputName)) << "an input's field, not the record's";
}

TEST_F(ContractEndToEnd, ARecordReadBackIsReplacedInEveryFormat) {
  ASSERT_EQ(kgviz("export -o a.json -o a.graphml").status, 0);
  for (const std::string input : {"a.json", "a.graphml"}) {
    const auto run = kgviz("export " + input + " -o b.json --seed 7");
    ASSERT_EQ(run.status, 0) << run.err;
    const Json data = Json::parse(read("b.json"))["data"];
    EXPECT_EQ(data[std::string(record_field::kSeed)], 7) << input;
    EXPECT_EQ(data[std::string(record_field::kInputs)].size(), 1u) << input;
    for (std::string_view flat : {record_field::kFlatCommand, record_field::kFlatInputSha256}) {
      EXPECT_FALSE(data.contains(std::string(flat))) << input << " kept " << flat;
    }
  }
}

}  // namespace
}  // namespace kgviz
