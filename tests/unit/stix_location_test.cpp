// STIX locations and their coordinates: the schema (sdos/location.json) wants latitude and
// longitude together, in range, and precision only with them; an entity whose coordinates do not
// make such a pair keeps them as kgviz's own custom properties (docs/stix.md, "Schema traps").
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "model/knowledge_graph.hpp"
#include "render/stix_writer.hpp"

namespace kgviz {
namespace {

using Json = nlohmann::json;

void set_number(KnowledgeGraph& graph, VertexId v, const std::string& name, double value) {
  graph.node_attributes().ensure(name, AttrType::Double)->set_real(v, value);
}

/// The bundle's object named `name`.
Json object_named(const KnowledgeGraph& graph, const std::string& name) {
  std::ostringstream out;
  RunRecord record;
  record.version = "test";
  write_stix(graph, record, out);
  const Json bundle = Json::parse(out.str());
  for (const Json& object : bundle["objects"]) {
    if (object.value("name", "") == name) return object;
  }
  ADD_FAILURE() << "no object named " << name;
  return Json::object();
}

TEST(StixLocationTest, CoordinatesAreWrittenAsAPairInRangeAndPrecisionOnlyWithThem) {
  KnowledgeGraph graph;
  const VertexId exact = graph.add_entity("exact", "Exact", "location");
  set_number(graph, exact, "latitude", 48.5);
  set_number(graph, exact, "longitude", 2.25);
  set_number(graph, exact, "precision", 100);
  const VertexId half = graph.add_entity("half", "Half", "location");  // a region, one coordinate
  graph.set_node_string(half, "region", "europe");
  set_number(graph, half, "latitude", 1);
  const VertexId far = graph.add_entity("far", "Far", "location");  // latitude out of range
  set_number(graph, far, "latitude", 100);
  set_number(graph, far, "longitude", 10);
  const VertexId vague = graph.add_entity("vague", "Vague", "location");  // precision alone
  graph.set_node_string(vague, "country", "FR");
  set_number(graph, vague, "precision", 10);

  const Json exact_object = object_named(graph, "Exact");
  EXPECT_EQ(exact_object["type"], "location");
  EXPECT_EQ(exact_object["latitude"], 48.5);
  EXPECT_EQ(exact_object["longitude"], 2.25);
  EXPECT_EQ(exact_object["precision"], 100.0);

  const Json half_object = object_named(graph, "Half");
  EXPECT_EQ(half_object["type"], "location") << "the region makes it a location";
  EXPECT_FALSE(half_object.contains("latitude")) << "a latitude needs a longitude";
  EXPECT_EQ(half_object["x_kgviz_latitude"], 1.0);

  const Json far_object = object_named(graph, "Far");
  EXPECT_EQ(far_object["type"], "x-kgviz-entity") << "no valid coordinates, no region or country";
  EXPECT_EQ(far_object["x_kgviz_type"], "location");
  EXPECT_EQ(far_object["x_kgviz_latitude"], 100.0);
  EXPECT_EQ(far_object["x_kgviz_longitude"], 10.0);

  const Json vague_object = object_named(graph, "Vague");
  EXPECT_EQ(vague_object["type"], "location");
  EXPECT_FALSE(vague_object.contains("precision")) << "precision needs both coordinates";
  EXPECT_EQ(vague_object["x_kgviz_precision"], 10.0);
}

}  // namespace
}  // namespace kgviz
