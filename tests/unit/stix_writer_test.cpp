// STIX 2.1 export: deterministic ids, the type and relationship mappings, the schema traps
// (docs/stix.md), and round trips through the STIX reader. Schema validity itself is checked by
// tests/stix/validate_stix.py against the OASIS schemas.
#include "render/stix_writer.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "io/graph_reader.hpp"
#include "io/json_reader.hpp"
#include "json_input_support.hpp"
#include "model/diagnostics.hpp"
#include "model/stix_vocabulary.hpp"
#include "render/uuid5.hpp"

namespace kgviz {
namespace {

using Json = nlohmann::json;

const std::string kStixData = std::string(KGVIZ_TEST_DATA_DIR) + "/data/stix/";

RunRecord test_record() {
  RunRecord record;
  record.version = "test";
  record.command = "export";
  record.inputs.push_back({"g.yaml", "abc"});
  return record;
}

std::string stix_text(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_stix(graph, test_record(), out);
  return out.str();
}

Json stix_of(const KnowledgeGraph& graph) { return Json::parse(stix_text(graph)); }

/// The bundle's objects by id.
std::map<std::string, Json> by_id(const Json& bundle) {
  std::map<std::string, Json> objects;
  for (const Json& object : bundle["objects"]) objects[object["id"].get<std::string>()] = object;
  return objects;
}

/// The objects whose name (or for relationships, source and target names) is as given.
const Json* named(const Json& bundle, std::string_view name) {
  for (const Json& object : bundle["objects"]) {
    if (object.contains("name") && object["name"] == name) return &object;
  }
  return nullptr;
}

std::vector<Json> relationships(const Json& bundle, const std::string& from,
                                const std::string& to) {
  std::vector<Json> found;
  for (const Json& object : bundle["objects"]) {
    if (object["type"] == "relationship" && object["source_ref"] == from &&
        object["target_ref"] == to) {
      found.push_back(object);
    }
  }
  return found;
}

KnowledgeGraph article() { return read_graph(bundled_input(), ReadOptions{}); }

KnowledgeGraph read_stix_text(const std::string& text, const std::string& name = "b.stix.json") {
  return test::read_json_ok(text, name, ReadOptions{});
}

TEST(StixWriterTest, Uuid5MatchesRfc4122AndPython) {
  // uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") in Python's documentation.
  EXPECT_EQ(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org"),
            "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  EXPECT_EQ(uuid_v5(stix::kNamespace, "salt-typhoon"), "a8525a1a-6a5a-50cd-a5ba-ac16d1d86c93");
  EXPECT_THROW(uuid_v5("not-a-uuid", "x"), Error);
}

TEST(StixWriterTest, TheArticleIsOneDeterministicBundle) {
  const KnowledgeGraph graph = article();
  const std::string text = stix_text(graph);
  EXPECT_EQ(text, stix_text(graph)) << "same graph, same bytes";
  const Json bundle = Json::parse(text);
  EXPECT_EQ(bundle["type"], "bundle");
  EXPECT_TRUE(std::regex_match(
      bundle["id"].get<std::string>(),
      std::regex("bundle--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
  EXPECT_EQ(bundle["x_kgviz_record"]["kgviz_version"], "test");
  // 37 entities, 46 relationships, the report entity (joint advisory) and one report per source.
  std::size_t relationships = 0;
  std::size_t reports = 0;
  for (const Json& object : bundle["objects"]) {
    relationships += object["type"] == "relationship";
    reports += object["type"] == "report";
    EXPECT_EQ(object["spec_version"], "2.1");
    EXPECT_TRUE(std::regex_search(object["created"].get<std::string>(),
                                  std::regex(R"(T\d{2}:\d{2}:\d{2}\.\d{3,}Z$)")));
    EXPECT_TRUE(std::regex_search(object["modified"].get<std::string>(),
                                  std::regex(R"(T\d{2}:\d{2}:\d{2}\.\d{3,}Z$)")));
    for (const auto& [key, value] : object.items()) {
      EXPECT_TRUE(key == "id" || std::regex_match(key, std::regex("[a-z][a-z0-9_]{2,249}"))) << key;
      EXPECT_FALSE(value.is_null()) << key;
      if (value.is_array()) {
        EXPECT_FALSE(value.empty()) << key;
      }
    }
  }
  EXPECT_EQ(bundle["objects"].size(), 37u + 46u + 1u);
  EXPECT_EQ(relationships, 46u);
  EXPECT_EQ(reports, 2u);
}

TEST(StixWriterTest, EntitiesMapToStixDomainObjects) {
  const Json bundle = stix_of(article());
  const Json* salt = named(bundle, "Salt Typhoon");
  ASSERT_NE(salt, nullptr);
  EXPECT_EQ((*salt)["type"], "intrusion-set");
  EXPECT_EQ((*salt)["id"],
            "intrusion-set--a8525a1a-6a5a-50cd-a5ba-ac16d1d86c93");  // UUIDv5 of "salt-typhoon"
  EXPECT_EQ((*salt)["aliases"],
            Json({"FamousSparrow", "GhostEmperor", "Earth Estries", "UNC2286"}));
  EXPECT_EQ((*salt)["x_kgviz_active_since"], 2020);
  EXPECT_EQ((*salt)["created"], stix::kUndatedTimestamp) << "the article's source has no date";
  const Json* mss = named(bundle, "Ministry of State Security (MSS)");
  EXPECT_EQ((*mss)["type"], "identity");
  EXPECT_EQ((*mss)["identity_class"], "organization");
  EXPECT_EQ((*mss)["x_kgviz_aliases"], Json({"MSS"})) << "identity has no aliases property";
  EXPECT_EQ((*named(bundle, "China"))["country"], "CN");
  EXPECT_EQ((*named(bundle, "North America"))["region"], "northern-america");
  EXPECT_EQ((*named(bundle, "US telecom hack"))["type"], "campaign");
  EXPECT_EQ((*named(bundle, "Commercial telecommunications infrastructure"))["type"],
            "infrastructure");
  const Json* advisory = named(bundle, "FBI-CISA joint advisory (November 13)");
  EXPECT_EQ((*advisory)["type"], "report");
  EXPECT_FALSE((*advisory)["object_refs"].empty());
}

TEST(StixWriterTest, RelationsMapToStixRelationshipsWhereOneFits) {
  const KnowledgeGraph graph = article();
  const Json bundle = stix_of(graph);
  const auto objects = by_id(bundle);
  const auto id_of = [&](std::string_view name) {
    return (*named(bundle, name))["id"].get<std::string>();
  };
  // campaign -> threat-actor attributed-to: defined by STIX.
  auto found = relationships(bundle, id_of("US telecom hack"), id_of("China-affiliated hackers"));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]["relationship_type"], "attributed-to");
  EXPECT_EQ(found[0]["confidence"], 85);
  EXPECT_FALSE(found[0].contains("x_kgviz_relation"));
  EXPECT_EQ(found[0]["x_kgviz_according_to_ref"], id_of("US government"));
  EXPECT_EQ(found[0]["external_references"][0]["description"],
            "Massive Telecom Hack Exposes US Officials to Chinese Espionage");
  // Two parallel relations (two newspapers) stay two relationships.
  found = relationships(bundle, id_of("US telecom hack"), id_of("Salt Typhoon"));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_NE(found[0]["id"], found[1]["id"]);
  EXPECT_EQ(found[0]["confidence"], 50);
  // intrusion-set -> identity attributed-to is not STIX's: related-to, the relation kept.
  found = relationships(bundle, id_of("Salt Typhoon"), id_of("Ministry of State Security (MSS)"));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]["relationship_type"], "related-to");
  EXPECT_EQ(found[0]["x_kgviz_relation"], "attributed-to");
  EXPECT_EQ(found[0]["x_kgviz_label"], "linked to");
  EXPECT_EQ(found[0]["confidence"], 15);
  EXPECT_EQ(found[0]["description"],
            "Salt Typhoon is a cyber espionage group linked to China’s Ministry of State Security "
            "(MSS), which has been active since at least 2020.");
  // threat-actor -> infrastructure compromises is STIX's; -> identity is not.
  EXPECT_EQ(
      relationships(bundle, id_of("China-affiliated hackers"),
                    id_of("Commercial telecommunications infrastructure"))[0]["relationship_type"],
      "compromises");
  EXPECT_EQ(relationships(bundle, id_of("China-affiliated hackers"),
                          id_of("US officials"))[0]["relationship_type"],
            "related-to");
  // The source's report lists every relationship it supports and their ends.
  const Json* report = nullptr;
  for (const Json& object : bundle["objects"]) {
    if (object["type"] == "report" && object.contains("x_kgviz_source")) report = &object;
  }
  ASSERT_NE(report, nullptr);
  EXPECT_EQ((*report)["x_kgviz_source"]["id"], "article");
  std::set<std::string> refs;
  for (const Json& ref : (*report)["object_refs"]) refs.insert(ref.get<std::string>());
  for (const auto& [id, object] : objects) {
    if (object["type"] != "relationship") continue;
    EXPECT_EQ(refs.count(id), 1u) << id;
    EXPECT_EQ(refs.count(object["source_ref"].get<std::string>()), 1u);
  }
}

/// A small graph exercising the traps: required properties, names, dates, aliases.
KnowledgeGraph trap_graph() {
  KnowledgeGraph g;
  g.sources().push_back(
      SourceDocument{"src", std::string("A report"), std::string("ACME"), std::string("2024-11-14"),
                     std::string("https://example.org/r"), std::nullopt, std::nullopt});
  const VertexId nowhere = g.add_entity("nowhere", "Nowhere", "location");  // no country or region
  const VertexId mal = g.add_entity("mal", "Bad", "malware");               // no is_family
  const VertexId ind = g.add_entity("ind", "IOC", "indicator");             // no pattern
  const VertexId person = g.add_entity("p1", "Pat", "person");              // not a STIX type
  const VertexId custom = g.add_entity("c1", "Thing", "x-acme-thing");      // a custom type
  const VertexId group = g.add_entity("g1", "Group One", "intrusion-set");
  const VertexId other = g.add_entity("g2", "Group Two", "intrusion-set");
  const VertexId kept = g.add_entity("tool--22222222-2222-4222-8222-222222222222", "T", "tool");
  g.set_node_string(group, "Risk Score!", "high");
  g.set_node_string(group, "blob_hex", "not hex");
  g.set_node_string(group, "first_seen", "2019");
  g.set_node_string(group, "last_seen", "sometime");
  g.node_attributes().ensure("x", AttrType::Double)->set_real(group, 1.5);  // a drawing hint
  g.set_node_string(person, "x_acme_note", "kept as is");
  const EdgeId alias = g.add_relation(group, other);
  g.set_edge_string(alias, attr::kRelation, "alias-of");
  const EdgeId uses = g.add_relation(group, mal);
  g.set_edge_string(uses, attr::kRelation, "uses");
  g.set_edge_string(uses, attr::kConfidence, "probably");
  g.set_edge_string(uses, attr::kSourceDoc, "src");
  g.set_edge_real(uses, attr::kWeight, 3.0);
  const EdgeId odd = g.add_relation(person, custom);
  g.set_edge_string(odd, attr::kRelation, "Knows About");
  (void)nowhere;
  (void)ind;
  (void)kept;
  return g;
}

TEST(StixWriterTest, SchemaTrapsAreAvoided) {
  const Json bundle = stix_of(trap_graph());
  const Json& nowhere = *named(bundle, "Nowhere");
  EXPECT_EQ(nowhere["type"], "x-kgviz-entity")
      << "a location needs a country, region or coordinates";
  EXPECT_EQ(nowhere["x_kgviz_type"], "location");
  EXPECT_EQ((*named(bundle, "Bad"))["is_family"], true);
  EXPECT_EQ((*named(bundle, "IOC"))["type"], "x-kgviz-entity");
  const Json& pat = *named(bundle, "Pat");
  EXPECT_EQ(pat["type"], "x-kgviz-entity");
  EXPECT_EQ(pat["x_kgviz_type"], "person");
  EXPECT_EQ(pat["x_acme_note"], "kept as is");
  EXPECT_EQ((*named(bundle, "Thing"))["type"], "x-acme-thing");
  EXPECT_EQ((*named(bundle, "T"))["id"], "tool--22222222-2222-4222-8222-222222222222")
      << "a STIX id is kept";
  const Json& group = *named(bundle, "Group One");
  EXPECT_EQ(group["x_kgviz_risk_score_"], "high");
  EXPECT_EQ(group["x_kgviz_blob_hex_"], "not hex") << "*_hex properties must hold hex";
  EXPECT_EQ(group["first_seen"], "2019-01-01T00:00:00.000Z");
  EXPECT_EQ(group["x_kgviz_last_seen"], "sometime") << "not a timestamp: kept as kgviz's own";
  EXPECT_FALSE(group.contains("x_kgviz_x")) << "drawing hints are not written";
  EXPECT_EQ(group["aliases"], Json({"Group Two"})) << "joined by an alias relation";
  EXPECT_EQ((*named(bundle, "Group Two"))["aliases"], Json({"Group One"}));
  EXPECT_EQ(group["created"], "2024-11-14T00:00:00.000Z") << "from the date of its source";
  for (const Json& object : bundle["objects"]) {
    if (object["type"] != "relationship") continue;
    if (object.contains("x_kgviz_relation") && object["x_kgviz_relation"] == "alias-of") {
      EXPECT_EQ(object["relationship_type"], "duplicate-of");
    } else if (object["relationship_type"] == "uses") {
      EXPECT_EQ(object["x_kgviz_confidence"], "probably");
      EXPECT_FALSE(object.contains("confidence"));
      EXPECT_EQ(object["x_kgviz_weight"], 3.0);
      EXPECT_EQ(object["created"], "2024-11-14T00:00:00.000Z");
      EXPECT_EQ(object["external_references"][0]["source_name"], "ACME");
      EXPECT_EQ(object["external_references"][0]["url"], "https://example.org/r");
    } else {
      EXPECT_EQ(object["relationship_type"], "related-to");
      EXPECT_EQ(object["x_kgviz_relation"], "Knows About");
    }
  }
}

// Values the schema's property cannot hold are kept as kgviz's own properties, not dropped, and
// come back when the bundle is read.
TEST(StixWriterTest, ValuesStixCannotHoldAreKeptAndReadBack) {
  KnowledgeGraph g;
  const VertexId mal = g.add_entity("mal", "Bad", "malware");
  const VertexId actor = g.add_entity("actor", "Actor", "threat-actor");
  g.set_node_string(mal, "is_family", "sometimes");
  const EdgeId high = g.add_relation(actor, mal);
  g.set_edge_string(high, attr::kRelation, "uses");
  g.edge_attributes().ensure("confidence_score", AttrType::Long)->set_integer(high, 150);
  const EdgeId low = g.add_relation(actor, mal);
  g.set_edge_string(low, attr::kRelation, "uses");
  g.edge_attributes().find("confidence_score")->set_integer(low, 40);
  const Json bundle = stix_of(g);
  const Json& malware = *named(bundle, "Bad");
  EXPECT_EQ(malware["is_family"], true) << "the schema requires a boolean";
  EXPECT_EQ(malware["x_kgviz_is_family"], "sometimes");
  const std::vector<Json> uses =
      relationships(bundle, (*named(bundle, "Actor"))["id"], malware["id"].get<std::string>());
  ASSERT_EQ(uses.size(), 2u);
  EXPECT_FALSE(uses[0].contains("confidence")) << "STIX confidence is 0-100";
  EXPECT_EQ(uses[0][std::string(stix::kOwnConfidenceScore)], 150);
  EXPECT_EQ(uses[1]["confidence"], 40);
  EXPECT_FALSE(uses[1].contains(std::string(stix::kOwnConfidenceScore)));

  const KnowledgeGraph again = read_stix_text(bundle.dump());
  ASSERT_EQ(again.edge_count(), 2u);
  const AttributeColumn* score = again.edge_attributes().find("confidence_score");
  ASSERT_NE(score, nullptr);
  EXPECT_EQ(score->integer(0), 150);
  EXPECT_EQ(again.edge_string(0, attr::kConfidence), "") << "150 is no confidence level";
  EXPECT_EQ(score->integer(1), 40);
  EXPECT_EQ(again.edge_string(1, attr::kConfidence), "reported");
  const auto bad = again.find(malware["id"].get<std::string>());
  ASSERT_TRUE(bad);
  const AttributeColumn* family = again.node_attributes().find("is_family");
  ASSERT_NE(family, nullptr);
  EXPECT_EQ(attribute_text(*family, *bad, again.strings()), "sometimes");
}

TEST(StixWriterTest, StixToKgvizToStixKeepsEveryNodeAndEdge) {
  std::ifstream in(kStixData + "examples/threat-reports/apt1.json", std::ios::binary);
  const std::string original((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
  const KnowledgeGraph graph = read_stix_text(original, "apt1.json");
  const Json output = stix_of(graph);
  const KnowledgeGraph again = read_stix_text(output.dump());
  ASSERT_EQ(again.node_count(), graph.node_count());
  ASSERT_EQ(again.edge_count(), graph.edge_count());
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    EXPECT_EQ(again.id(v), graph.id(v));
    EXPECT_EQ(again.type(v), graph.type(v));
    EXPECT_EQ(again.label(v), graph.label(v));
  }
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    EXPECT_EQ(again.edge_string(e, "id"), graph.edge_string(e, "id"));
    EXPECT_EQ(again.relation(e), graph.relation(e));
  }
  // Node objects out = node objects in; the report container is re-made for the source.
  const Json input = Json::parse(original);
  std::set<std::string> in_ids;
  std::set<std::string> out_ids;
  for (const Json& object : input["objects"]) in_ids.insert(object["id"].get<std::string>());
  for (const Json& object : output["objects"]) out_ids.insert(object["id"].get<std::string>());
  EXPECT_EQ(in_ids, out_ids);
}

TEST(StixWriterTest, ObservablesStayObservables) {
  const std::string input =
      R"({"type": "bundle", "id": "bundle--99999999-9999-4999-8999-999999999999", "objects": [
    {"type": "ipv4-addr", "spec_version": "2.1", "id": "ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd", "value": "198.51.100.3"},
    {"type": "software", "spec_version": "2.1", "id": "software--a1827f6d-ca53-5605-9e93-4316cd22a00a", "name": "Word", "vendor": "Microsoft"},
    {"type": "process", "spec_version": "2.1", "id": "process--f52a906a-0dfc-40bd-92f1-e7778ead38a9", "pid": 1221},
    {"type": "infrastructure", "spec_version": "2.1", "id": "infrastructure--38c47d93-d984-4fd9-b87b-d69d0841628d",
     "created": "2016-05-07T11:22:30.000Z", "modified": "2016-05-07T11:22:30.000Z", "name": "C2"},
    {"type": "relationship", "spec_version": "2.1", "id": "relationship--7aebe2f0-28d6-48a2-9c3e-b0aaa60266ed",
     "created": "2016-05-09T08:17:27.000Z", "modified": "2016-05-09T08:17:27.000Z", "relationship_type": "consists-of",
     "source_ref": "infrastructure--38c47d93-d984-4fd9-b87b-d69d0841628d",
     "target_ref": "ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd"}]})";
  const auto objects = by_id(stix_of(read_stix_text(input)));
  ASSERT_EQ(objects.size(), 5u);
  const Json& address = objects.at("ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd");
  EXPECT_EQ(address["value"], "198.51.100.3");
  EXPECT_FALSE(address.contains("created")) << "observables have no created";
  EXPECT_FALSE(address.contains("name"));
  EXPECT_EQ(objects.at("software--a1827f6d-ca53-5605-9e93-4316cd22a00a")["name"], "Word");
  EXPECT_EQ(objects.at("software--a1827f6d-ca53-5605-9e93-4316cd22a00a")["vendor"], "Microsoft");
  EXPECT_EQ(objects.at("process--f52a906a-0dfc-40bd-92f1-e7778ead38a9")["pid"], 1221);
  EXPECT_EQ(objects.at("relationship--7aebe2f0-28d6-48a2-9c3e-b0aaa60266ed")["relationship_type"],
            "consists-of");
  // A kgviz entity of an observable type without its required property is no observable.
  KnowledgeGraph g;
  g.add_entity("a1", "an address", "ipv4-addr");
  EXPECT_EQ(stix_of(g)["objects"][0]["type"], "x-kgviz-entity");
}

TEST(StixWriterTest, KgvizToStixToKgvizKeepsTheRelations) {
  const KnowledgeGraph graph = article();
  const KnowledgeGraph again = read_stix_text(stix_text(graph));
  // The report entity becomes a report container on the way: it and its 3 relations are not nodes
  // and edges when read back.
  EXPECT_EQ(again.node_count(), graph.node_count() - 1);
  EXPECT_EQ(again.edge_count(), graph.edge_count() - 3);
  std::map<std::string, std::string> stix_id;  // kgviz id -> STIX id, through the labels
  for (VertexId v = 0; v < again.node_count(); ++v)
    stix_id[std::string(again.label(v))] = again.id(v);
  EdgeId e2 = 0;
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    if (graph.type(graph.source(e)) == "report" || graph.type(graph.target(e)) == "report")
      continue;
    ASSERT_LT(e2, again.edge_count());
    EXPECT_EQ(again.label(again.source(e2)), graph.label(graph.source(e)));
    EXPECT_EQ(again.label(again.target(e2)), graph.label(graph.target(e)));
    EXPECT_EQ(again.relation(e2), graph.relation(e));
    EXPECT_EQ(again.edge_label(e2), graph.edge_label(e));
    EXPECT_EQ(again.edge_string(e2, "confidence"), graph.edge_string(e, "confidence"));
    EXPECT_EQ(again.edge_string(e2, "evidence"), graph.edge_string(e, "evidence"));
    EXPECT_EQ(again.edge_string(e2, "source_doc"), graph.edge_string(e, "source_doc"));
    ++e2;
  }
  ASSERT_FALSE(again.sources().empty());
  EXPECT_EQ(again.sources()[0].id, "article");
  EXPECT_EQ(again.sources()[0].title, graph.sources()[0].title);
  const auto salt = again.find("intrusion-set--a8525a1a-6a5a-50cd-a5ba-ac16d1d86c93");
  ASSERT_TRUE(salt);
  EXPECT_EQ(again.node_list(*salt, attr::kAliases).size(), 4u);
  EXPECT_EQ(attribute_text(*again.node_attributes().find("active_since"), *salt, again.strings()),
            "2020");
}

}  // namespace
}  // namespace kgviz
