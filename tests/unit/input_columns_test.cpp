// Input attributes named like a column kgviz computes are kept under `input_NAME` with a warning,
// in every data export, and the record says so (issue 11, point 4); files kgviz wrote read back
// without renaming their own computed columns, so round trips do not pile up renamed columns.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

#include "cli_run_support.hpp"

namespace kgviz {
namespace {

constexpr const char* kUserGraphml = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" for="node" attr.name="community" attr.type="string"/>
  <key id="k1" for="node" attr.name="pagerank" attr.type="double"/>
  <key id="k2" for="node" attr.name="x" attr.type="double"/>
  <key id="k3" for="node" attr.name="country" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="k0">finance</data><data key="k1">0.9</data><data key="k2">12.5</data><data key="k3">FR</data></node>
    <node id="b"><data key="k0">health</data><data key="k1">0.1</data></node>
    <node id="c"><data key="k0">finance</data></node>
    <edge source="a" target="b"/>
    <edge source="b" target="c"/>
    <edge source="c" target="a"/>
  </graph>
</graphml>
)";

/// The node keys' attr.names of a GraphML file.
std::set<std::string> node_keys(const std::string& graphml) {
  std::set<std::string> names;
  const std::regex key(R"re(<key id="[^"]*" for="node" attr.name="([^"]*)")re");
  for (auto it = std::sregex_iterator(graphml.begin(), graphml.end(), key);
       it != std::sregex_iterator(); ++it) {
    names.insert((*it)[1]);
  }
  return names;
}

class InputColumns : public test::CliFixture {
 protected:
  InputColumns() : CliFixture("kgviz-input-columns-") {}
};

TEST_F(InputColumns, ClashingInputColumnsAreKeptRenamedWithAWarning) {
  write("user.graphml", kUserGraphml);
  const auto run =
      kgviz("export user.graphml -o out.graphml -o out.gexf -o out.json -o out.nodelink.json");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("kgviz: warning: user.graphml: node attributes named like columns kgviz "
                         "computes are kept under other names: community as input_community, "
                         "pagerank as input_pagerank, x as input_x"),
            std::string::npos)
      << run.err;

  const std::string graphml = read("out.graphml");
  const auto keys = node_keys(graphml);
  for (const char* name :
       {"input_community", "input_pagerank", "input_x", "country", "community", "pagerank", "x"}) {
    EXPECT_EQ(keys.count(name), 1u) << name << "\n" << graphml;
  }
  EXPECT_NE(graphml.find(">finance</data>"), std::string::npos);
  EXPECT_NE(graphml.find(">12.5</data>"), std::string::npos);
  // The record names the renames, so the file says which column is which.
  EXPECT_NE(graphml.find("renamed_input_columns=community as input_community, pagerank as "
                         "input_pagerank, x as input_x"),
            std::string::npos);

  const std::string gexf = read("out.gexf");
  EXPECT_NE(gexf.find("title=\"input_community\""), std::string::npos);
  EXPECT_NE(gexf.find("value=\"finance\""), std::string::npos);
  EXPECT_NE(gexf.find("renamed_input_columns=community as input_community"), std::string::npos);

  for (const char* name : {"out.json", "out.nodelink.json"}) {
    const auto json = nlohmann::json::parse(read(name));
    const auto& record = json.contains("data") ? json["data"] : json["graph"];
    EXPECT_EQ(record["options"]["renamed_input_columns"],
              "community as input_community, pagerank as input_pagerank, x as input_x")
        << name;
    const auto& node =
        json.contains("elements") ? json["elements"]["nodes"][0]["data"] : json["nodes"][0];
    EXPECT_EQ(node["input_community"], "finance") << name;
    EXPECT_EQ(node["input_pagerank"], 0.9) << name;
    EXPECT_TRUE(node["community"].is_number_integer()) << name;
  }
}

TEST_F(InputColumns, AnalyzeWarnsAndRecordsTheRenames) {
  write("user.graphml", kUserGraphml);
  const auto run = kgviz("analyze user.graphml --format json");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("community as input_community"), std::string::npos) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["data"]["options"]["renamed_input_columns"],
            "community as input_community, pagerank as input_pagerank, x as input_x");
  EXPECT_TRUE(json["nodes"][0]["community"].is_number_integer());
}

TEST_F(InputColumns, KgvizOwnExportsReadBackWithoutRenamingAgain) {
  write("user.graphml", kUserGraphml);
  ASSERT_EQ(kgviz("export user.graphml -o a.graphml -o a.gexf -o a.nodelink.json -o a.json").status,
            0);
  for (const char* ext : {"graphml", "gexf", "nodelink.json", "json"}) {
    const std::string first = std::string("a.") + ext;
    const std::string second = std::string("b.") + ext;
    const std::string third = std::string("c.") + ext;
    const auto again = kgviz("export " + first + " -o " + second);
    ASSERT_EQ(again.status, 0) << again.err;
    EXPECT_EQ(again.err.find("warning"), std::string::npos) << ext << ": " << again.err;
    const auto once_more = kgviz("export " + second + " -o " + third);
    ASSERT_EQ(once_more.status, 0) << once_more.err;
    EXPECT_EQ(once_more.err.find("warning"), std::string::npos) << ext << ": " << once_more.err;
    for (const std::string& name : {second, third}) {
      const std::string text = read(name);
      EXPECT_EQ(text.find("input_input_"), std::string::npos) << name;
      EXPECT_EQ(text.find("input_community_2"), std::string::npos) << name;
      EXPECT_NE(text.find("input_community"), std::string::npos) << name;
      EXPECT_NE(text.find("finance"), std::string::npos) << name;
    }
  }
  // GraphML -> GraphML twice: the same columns each time.
  ASSERT_EQ(kgviz("export a.graphml -o b2.graphml").status, 0);
  ASSERT_EQ(kgviz("export b2.graphml -o c2.graphml").status, 0);
  EXPECT_EQ(node_keys(read("a.graphml")), node_keys(read("b2.graphml")));
  EXPECT_EQ(node_keys(read("b2.graphml")), node_keys(read("c2.graphml")));
}

TEST_F(InputColumns, CsvNodeColumnsAreRenamedToAFreeName) {
  write("edges.csv", "source,target\na,b\nb,c\n");
  write("nodes.csv",
        "id,community,input_community,color\na,red team,kept,#ff0000\nb,blue team,,\nc,,,\n");
  const auto run = kgviz("export edges.csv --nodes nodes.csv -o g.nodelink.json");
  ASSERT_EQ(run.status, 0) << run.err;
  // The graph read is the edge list with its node table.
  EXPECT_NE(run.err.find("edges.csv: node attributes named like columns kgviz computes are kept "
                         "under other names: community as input_community_2, color as input_color"),
            std::string::npos)
      << run.err;
  const auto json = nlohmann::json::parse(read("g.nodelink.json"));
  const auto& a = json["nodes"][0];
  EXPECT_EQ(a["input_community_2"], "red team");
  EXPECT_EQ(a["input_community"], "kept");
  EXPECT_EQ(a["input_color"], "#ff0000");
  EXPECT_TRUE(a["community"].is_number_integer());
  EXPECT_EQ(a["color"].get<std::string>().size(), 7u);
}

TEST_F(InputColumns, GraphsWithoutClashesGetNoWarningNorRecordEntry) {
  const auto run = kgviz("analyze --format json");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err.find("warning"), std::string::npos) << run.err;
  EXPECT_FALSE(nlohmann::json::parse(run.out)["data"]["options"].contains("renamed_input_columns"));
}

}  // namespace
}  // namespace kgviz
