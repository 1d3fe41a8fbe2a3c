#include "render/json_writers.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "export_fixture.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

using Json = nlohmann::ordered_json;

const std::string kGoldenDir = std::string(KGVIZ_TEST_DATA_DIR) + "/golden/";

using Writer = void (*)(const KnowledgeGraph&, const AnalysisResult&, const DrawingHints*,
                        const RunRecord&, std::ostream&);

std::string write(Writer writer, const KnowledgeGraph& graph, const DrawingHints* hints) {
  std::ostringstream out;
  writer(graph, test::export_analysis(), hints, test::export_record(), out);
  return out.str();
}

/// The label as JSON carries it: everything but invalid UTF-8 (the lone 0xFF byte) unchanged.
std::string json_safe(std::string text) {
  const std::size_t at = text.find('\xFF');
  if (at != std::string::npos) text.replace(at, 1, "\xEF\xBF\xBD");
  return text;
}

TEST(JsonWriters, MatchGoldenFiles) {
  const KnowledgeGraph graph = test::export_graph();
  const DrawingHints hints = test::export_hints();
  EXPECT_TRUE(test::matches_golden(write(write_cytoscape_json, graph, &hints),
                                   kGoldenDir + "json_writers_small.cytoscape.json"));
  EXPECT_TRUE(test::matches_golden(write(write_nodelink_json, graph, &hints),
                                   kGoldenDir + "json_writers_small.nodelink.json"));
}

TEST(JsonWriters, AreDeterministicUnderAnotherLocale) {
  const KnowledgeGraph graph = test::export_graph();
  const DrawingHints hints = test::export_hints();
  for (Writer writer : {&write_cytoscape_json, &write_nodelink_json}) {
    const std::string first = write(writer, graph, &hints);
    EXPECT_EQ(write(writer, graph, &hints), first);
    test::under_other_locales(
        [&](const char* name) { EXPECT_EQ(write(writer, graph, &hints), first) << name; });
  }
}

TEST(JsonWriters, CytoscapeElementsCarryEveryAttribute) {
  const KnowledgeGraph graph = test::export_graph();
  const DrawingHints hints = test::export_hints();
  const Json doc = Json::parse(write(write_cytoscape_json, graph, &hints));
  // The record and the graph's title; the earlier run's seed is replaced.
  EXPECT_EQ(doc["data"]["kgviz_version"], "0.1.0");
  EXPECT_EQ(doc["data"]["seed"], 42);
  EXPECT_EQ(doc["data"]["inputs"][1]["name"], "h & <i>.graphml");
  EXPECT_EQ(doc["data"]["title"], "T & <G>");
  EXPECT_EQ(doc["data"]["directed"], true);

  const Json& nodes = doc["elements"]["nodes"];
  ASSERT_EQ(nodes.size(), graph.node_count());
  const Json& p = nodes[0]["data"];
  EXPECT_EQ(p["id"], "p&<1>");
  EXPECT_EQ(p["label"], "Plain & <simple>");
  EXPECT_EQ(p["type"], "threat-actor");
  EXPECT_EQ(p["aliases"], Json({"P one", "P, \"two\"; three", "p|pipe"}));
  EXPECT_EQ(p["active_since"], 2020);
  EXPECT_EQ(p["verified"], true);
  EXPECT_TRUE(p["degree"].is_number_integer()) << "the metric replaces the stale stored column";
  EXPECT_EQ(p["degree"], 3);
  EXPECT_TRUE(p["pagerank"].is_number_float());
  EXPECT_EQ(p["x"], 10.25);
  EXPECT_EQ(p["y"], -3.0);
  EXPECT_EQ(p["size"], 12.5);
  EXPECT_EQ(p["r"], 230);
  EXPECT_EQ(p["color"], "#e69f00");
  // Cytoscape's y points down: the position mirrors the layout's y, and 0 stays 0.
  EXPECT_EQ(nodes[0]["position"], Json({{"x", 10.25}, {"y", 3.0}}));
  EXPECT_EQ(nodes[1]["position"].dump(), R"({"x":0.0,"y":0.0})");

  const Json& q = nodes[1]["data"];
  EXPECT_EQ(q["id"], std::string(graph.id(1))) << "the stored 'id' column does not shadow the id";
  EXPECT_EQ(q["label"], json_safe(test::kHostileLabel));
  EXPECT_EQ(q["description"], "desc with\nnewline and \xE2\x80\x99 curly");
  EXPECT_EQ(q["big"], std::int64_t{1} << 40);
  EXPECT_TRUE(nodes[2]["data"]["pagerank"].is_null()) << "an undefined metric is null";
  EXPECT_FALSE(nodes[2]["data"].contains("only_nan"));

  // Edge ids do not collide with the node "e1" (Cytoscape has one id space); all distinct.
  const Json& edges = doc["elements"]["edges"];
  ASSERT_EQ(edges.size(), graph.edge_count());
  std::set<std::string> ids;
  for (const Json& node : nodes) ids.insert(node["data"]["id"].get<std::string>());
  for (std::size_t e = 0; e < edges.size(); ++e) {
    const Json& data = edges[e]["data"];
    EXPECT_EQ(data["id"], "e_" + std::to_string(e));
    EXPECT_TRUE(ids.insert(data["id"].get<std::string>()).second);
    EXPECT_EQ(data["source"], std::string(graph.id(graph.source(static_cast<EdgeId>(e)))));
    EXPECT_EQ(data["target"], std::string(graph.id(graph.target(static_cast<EdgeId>(e)))));
    EXPECT_EQ(data["relation"], std::string(graph.relation(static_cast<EdgeId>(e))));
    EXPECT_EQ(data["label"], std::string(graph.edge_label(static_cast<EdgeId>(e))));
    EXPECT_TRUE(data.contains("weight"));
  }
  EXPECT_EQ(edges[0]["data"]["evidence"], "they said \"<targets> & more\"\n");
  EXPECT_EQ(edges[0]["data"]["weight"], 2.5);
  EXPECT_EQ(edges[1]["data"]["weight"], 1.0);
  EXPECT_EQ(edges[1]["data"]["date"], "2024-10-05");
  EXPECT_TRUE(edges[2]["data"]["weight"].is_null()) << "JSON has no infinity";
  EXPECT_EQ(edges[3]["data"]["hops"], 3);
  EXPECT_EQ(edges[3]["data"]["key"], "shadow key");
}

TEST(JsonWriters, EdgeIdsKeepThePlainPrefixWhenNoNodeClaimsIt) {
  KnowledgeGraph graph;
  graph.add_entity("e", "", "");
  graph.add_entity("e7", "", "");  // only 1 edge: e7 is no edge's id
  graph.add_entity("e01", "", "");
  graph.add_relation(0, 1);
  std::ostringstream out;
  write_cytoscape_json(graph, AnalysisResult{}, nullptr, test::export_record(), out);
  const Json doc = Json::parse(out.str());
  EXPECT_EQ(doc["elements"]["edges"][0]["data"]["id"], "e0");
  EXPECT_FALSE(doc["elements"]["nodes"][0].contains("position"));
}

TEST(JsonWriters, NodeLinkHasNetworkxShape) {
  const KnowledgeGraph graph = test::export_graph();
  const DrawingHints hints = test::export_hints();
  const Json doc = Json::parse(write(write_nodelink_json, graph, &hints));
  std::vector<std::string> keys;
  for (const auto& item : doc.items()) keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"directed", "multigraph", "graph", "nodes", "edges"}));
  EXPECT_EQ(doc["directed"], true);
  EXPECT_EQ(doc["multigraph"], true);
  EXPECT_EQ(doc["graph"]["command"], "export");
  EXPECT_EQ(doc["graph"]["title"], "T & <G>");
  ASSERT_EQ(doc["nodes"].size(), graph.node_count());
  EXPECT_EQ(doc["nodes"][1]["id"], std::string(graph.id(1)));
  EXPECT_EQ(doc["nodes"][1]["label"], json_safe(test::kHostileLabel));
  EXPECT_EQ(doc["nodes"][0]["aliases"].size(), 3u);
  EXPECT_EQ(doc["nodes"][2]["x"], 123456.789);
  ASSERT_EQ(doc["edges"].size(), graph.edge_count());
  for (std::size_t e = 0; e < graph.edge_count(); ++e) {
    EXPECT_EQ(doc["edges"][e]["key"], "e" + std::to_string(e))
        << "the stored 'key' column does not shadow it";
  }
  EXPECT_EQ(doc["edges"][3]["source"], "e1");
  EXPECT_EQ(doc["edges"][3]["target"], "e1");

  KnowledgeGraph undirected = test::export_graph();
  undirected.set_directed(false);
  EXPECT_EQ(Json::parse(write(write_nodelink_json, undirected, nullptr))["directed"], false);
}

TEST(JsonWriters, EmptyGraphIsValidJson) {
  for (Writer writer : {&write_cytoscape_json, &write_nodelink_json}) {
    std::ostringstream out;
    writer(KnowledgeGraph{}, AnalysisResult{}, nullptr, test::export_record(), out);
    Json parsed;
    EXPECT_NO_THROW(parsed = Json::parse(out.str())) << out.str();
  }
}

TEST(JsonWriters, RejectHintsOfTheWrongSize) {
  DrawingHints hints = test::export_hints();
  hints.nodes.pop_back();
  for (Writer writer : {&write_cytoscape_json, &write_nodelink_json}) {
    std::ostringstream out;
    EXPECT_THROW(
        writer(test::export_graph(), test::export_analysis(), &hints, test::export_record(), out),
        Error);
  }
}

}  // namespace
}  // namespace kgviz
