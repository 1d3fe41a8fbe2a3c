// The units of the STIX writer one by one (docs/structure.md, "The STIX writer"): STIX's syntax
// shared with the reader (model/stix_syntax), the value rules (render/stix_values), the kgviz ->
// STIX mapping (render/stix_mapping) and the plan's ids (render/stix_plan). The bundle as a whole
// is checked by stix_writer_test.cpp and, against the OASIS schemas, by tests/stix.
#include <gtest/gtest.h>

#include <string>

#include "model/knowledge_graph.hpp"
#include "model/stix_syntax.hpp"
#include "model/stix_vocabulary.hpp"
#include "render/stix_mapping.hpp"
#include "render/stix_plan.hpp"
#include "render/stix_types.hpp"
#include "render/stix_values.hpp"
#include "render/uuid5.hpp"

namespace kgviz {
namespace {

TEST(StixSyntaxTest, TypeNamesFollowTheSchemaPattern) {
  EXPECT_TRUE(stix::is_type_name("intrusion-set"));
  EXPECT_TRUE(stix::is_type_name("x-mitre-tactic"));
  EXPECT_TRUE(stix::is_type_name("x-ok-")) << "the type pattern allows one trailing hyphen";
  EXPECT_FALSE(stix::is_type_name("x--bad"));
  EXPECT_FALSE(stix::is_type_name("X-Bad"));
  EXPECT_FALSE(stix::is_type_name("ab"));
  EXPECT_FALSE(stix::is_type_name("1ab"));
  EXPECT_FALSE(stix::is_type_name(std::string(251, 'a')));
}

TEST(StixSyntaxTest, TimestampsOrderByTimeNotByText) {
  EXPECT_EQ(stix::timestamp_order("2024-01-01T00:00:00Z"),
            stix::timestamp_order("2024-01-01T00:00:00.000Z"));
  EXPECT_EQ(stix::timestamp_order("2024-01-01T00:00:00.5Z"),
            stix::timestamp_order("2024-01-01T00:00:00.500Z"));
  EXPECT_LT(stix::timestamp_order("2024-01-01T00:00:00.1Z"),
            stix::timestamp_order("2024-01-01T00:00:00.1001Z"))
      << "as text, 'Z' sorts after '1'";
  EXPECT_LT(stix::timestamp_order("2024-01-01T00:00:00.999Z"),
            stix::timestamp_order("2024-01-01T00:00:01Z"));
}

TEST(StixValuesTest, DatesAndDateTimesBecomeTimestampsWithMilliseconds) {
  EXPECT_EQ(stix::timestamp_of("2024"), "2024-01-01T00:00:00.000Z");
  EXPECT_EQ(stix::timestamp_of("2024-11"), "2024-11-01T00:00:00.000Z");
  EXPECT_EQ(stix::timestamp_of("2024-11-14"), "2024-11-14T00:00:00.000Z");
  EXPECT_EQ(stix::timestamp_of("2024-11-14T10:11:12Z"), "2024-11-14T10:11:12.000Z");
  EXPECT_EQ(stix::timestamp_of("2024-11-14T10:11:12.5Z"), "2024-11-14T10:11:12.500Z");
  EXPECT_EQ(stix::timestamp_of("2024-11-14T10:11:12.123456Z"), "2024-11-14T10:11:12.123456Z");
  EXPECT_EQ(stix::timestamp_of("2016-12-31T23:59:60Z"), "2016-12-31T23:59:60.000Z")
      << "a leap second";
  for (const char* text :
       {"", "sometime", "2024-13-01", "2024-00-10", "2024-01-32", "24-01-01",
        "2024-11-14T24:00:00Z", "2024-11-14T10:60:00Z", "2024-11-14T10:11:12",
        "2024-11-14T10:11:12+01:00", "2024-11-14T10:11:12.Z", "2024-11-14 10:11:12Z"}) {
    EXPECT_FALSE(stix::timestamp_of(text).has_value()) << text;
  }
}

TEST(StixValuesTest, NamesTheSchemasAccept) {
  EXPECT_TRUE(stix::is_custom_type("x-acme-thing"));
  EXPECT_FALSE(stix::is_custom_type("x-ok-")) << "an identifier's type ends with a letter or digit";
  EXPECT_FALSE(stix::is_custom_type("acme-thing"));
  EXPECT_TRUE(stix::is_relationship_type_name("attributed-to"));
  EXPECT_FALSE(stix::is_relationship_type_name("Knows About"));
  EXPECT_FALSE(stix::is_relationship_type_name(""));
  EXPECT_TRUE(stix::is_property_name("x_mitre_version"));
  EXPECT_FALSE(stix::is_property_name("x_"));
  EXPECT_FALSE(stix::is_property_name("Upper"));
  EXPECT_EQ(stix::avoid_binary_suffix("payload_bin"), "payload_bin_");
  EXPECT_EQ(stix::avoid_binary_suffix("color_hex"), "color_hex_");
  EXPECT_EQ(stix::avoid_binary_suffix("binary"), "binary");
}

TEST(StixValuesTest, UrisAndExternalIds) {
  EXPECT_TRUE(stix::is_uri("https://example.org/r"));
  EXPECT_TRUE(stix::is_uri("urn:isbn:0451450523"));
  EXPECT_FALSE(stix::is_uri("not a uri"));
  EXPECT_FALSE(stix::is_uri("http://x y"));
  EXPECT_FALSE(stix::is_uri(":nothing"));
  EXPECT_TRUE(stix::is_valid_external_id("cve", "CVE-2020-1234"));
  EXPECT_TRUE(stix::is_valid_external_id("cve", "CVE-2020-12345"));
  EXPECT_FALSE(stix::is_valid_external_id("cve", "CVE-2020-01234"));
  EXPECT_FALSE(stix::is_valid_external_id("mitre", "CVE-2020-1234"))
      << "only a cve source may use one";
  EXPECT_TRUE(stix::is_valid_external_id("capec", "CAPEC-12"));
  EXPECT_FALSE(stix::is_valid_external_id("capec", "CAPEC-"));
  EXPECT_TRUE(stix::is_valid_external_id("mitre-attack", "G0001"));
}

TEST(StixMappingTest, RelationsBecomeTheRelationshipTypeStixDefinesForTheTwoTypes) {
  EXPECT_EQ(stix::relationship_type("attributed-to", "campaign", "threat-actor", false),
            "attributed-to");
  EXPECT_EQ(stix::relationship_type("attributed-to", "intrusion-set", "identity", false),
            "related-to");
  EXPECT_EQ(stix::relationship_type("detects", "x-mitre-data-component", "attack-pattern", true),
            "detects")
      << "a relationship from a bundle keeps its producer's type";
  EXPECT_EQ(stix::relationship_type("Knows About", "tool", "tool", true), "related-to")
      << "not a valid name";
  EXPECT_EQ(stix::relationship_type("derived-from", "tool", "malware", false), "derived-from");
  EXPECT_EQ(stix::relationship_type("alias-of", "intrusion-set", "intrusion-set", false),
            "duplicate-of");
  EXPECT_EQ(stix::relationship_type("aka", "campaign", "report", false), "related-to");
  EXPECT_TRUE(stix::is_defined_relationship("infrastructure", "consists-of", "ipv4-addr"));
  EXPECT_FALSE(stix::is_defined_relationship("infrastructure", "consists-of", "malware"));
}

TEST(StixMappingTest, AttributesWithoutAStixPropertyGetCustomNames) {
  EXPECT_EQ(stix::custom_property("active_since", false), "x_kgviz_active_since");
  EXPECT_EQ(stix::custom_property("Risk Score!", false), "x_kgviz_risk_score_");
  EXPECT_EQ(stix::custom_property("x_mitre_version", false), "x_mitre_version")
      << "another producer's";
  EXPECT_EQ(stix::custom_property("vendor", true), "vendor") << "an observable's own property";
  EXPECT_EQ(stix::custom_property("blob_hex", false), "x_kgviz_blob_hex_");
  EXPECT_EQ(stix::custom_property("x_kgviz_type", false), "x_kgviz_x_kgviz_type");
  EXPECT_EQ(stix::custom_property("type", false), "") << "x_kgviz_type is kgviz's own";
  EXPECT_EQ(stix::custom_property("!!", false), "x_kgviz___");
}

TEST(StixMappingTest, EntitiesKeepTheirTypeWhenTheyHaveWhatItRequires) {
  KnowledgeGraph graph;
  const VertexId group = graph.add_entity("g", "G", "intrusion-set");
  const VertexId place = graph.add_entity("l", "L", "location");
  const VertexId country = graph.add_entity("c", "C", "location");
  graph.set_node_string(country, "country", "FR");
  const VertexId address = graph.add_entity("a", "A", "ipv4-addr");
  const VertexId valued = graph.add_entity("v", "V", "ipv4-addr");
  graph.set_node_string(valued, "value", "192.0.2.1");
  const VertexId file = graph.add_entity("f", "f.txt", "file");
  const VertexId process =
      graph.add_entity("process--f52a906a-0dfc-40bd-92f1-e7778ead38a9", "P", "process");
  const VertexId unchecked = graph.add_entity("p", "P", "process");
  const VertexId person = graph.add_entity("pat", "Pat", "person");
  const VertexId note = graph.add_entity("n", "N", "note");
  const VertexId custom = graph.add_entity("x", "X", "x-acme-thing");
  const VertexId report = graph.add_entity("r", "R", "report");
  EXPECT_EQ(stix::entity_type(graph, group, false), "intrusion-set");
  EXPECT_EQ(stix::entity_type(graph, place, false), stix::kOwnEntityType);
  EXPECT_EQ(stix::entity_type(graph, country, false), "location");
  EXPECT_EQ(stix::entity_type(graph, address, false), stix::kOwnEntityType);
  EXPECT_EQ(stix::entity_type(graph, valued, false), "ipv4-addr");
  EXPECT_EQ(stix::entity_type(graph, file, false), "file") << "the label is its name";
  EXPECT_EQ(stix::entity_type(graph, process, false), "process");
  EXPECT_EQ(stix::entity_type(graph, unchecked, false), stix::kOwnEntityType);
  EXPECT_EQ(stix::entity_type(graph, person, false), stix::kOwnEntityType);
  EXPECT_EQ(stix::entity_type(graph, note, false), stix::kOwnEntityType);
  EXPECT_EQ(stix::entity_type(graph, custom, false), "x-acme-thing");
  EXPECT_EQ(stix::entity_type(graph, report, false), stix::kOwnEntityType);
  EXPECT_EQ(stix::entity_type(graph, report, true), "report");
}

TEST(StixPlanTest, IdsAreKeptOrDerivedAndNeverShared) {
  KnowledgeGraph graph;
  const std::string kept =
      "intrusion-set--a8525a1a-6a5a-50cd-a5ba-ac16d1d86c93";  // UUIDv5 of salt-typhoon
  graph.add_entity(kept, "Kept", "intrusion-set");
  graph.add_entity("salt-typhoon", "Salt Typhoon", "intrusion-set");
  const VertexId a = graph.add_entity("a", "A", "tool");
  const VertexId b = graph.add_entity("b", "B", "tool");
  graph.set_edge_string(graph.add_relation(a, b), attr::kRelation, "uses");
  graph.set_edge_string(graph.add_relation(a, b), attr::kRelation, "uses");
  const stix::StixPlan plan = stix::plan_stix(graph);
  EXPECT_EQ(plan.node_id[0], kept);
  EXPECT_EQ(plan.node_id[1], "intrusion-set--" + uuid_v5(stix::kNamespace, "salt-typhoon\n1"))
      << "the derived id is taken: the next attempt";
  EXPECT_EQ(plan.node_id[2], "tool--" + uuid_v5(stix::kNamespace, "a"));
  EXPECT_EQ(plan.edge_id[0],
            "relationship--" + uuid_v5(stix::kNamespace, "relationship\na\nuses\nb\n0"));
  EXPECT_EQ(plan.edge_id[1],
            "relationship--" + uuid_v5(stix::kNamespace, "relationship\na\nuses\nb\n1"));
}

}  // namespace
}  // namespace kgviz
