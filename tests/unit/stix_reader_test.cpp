// STIX 2.1 import: the node and edge rule on small bundles, real bundles (OASIS APT1, MITRE ATT&CK
// for ICS 18.1) with the counts docs/stix.md documents, and bad bundles with their positions.
#include "io/stix_reader.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "io/graph_reader.hpp"
#include "io/json_reader.hpp"
#include "json_input_support.hpp"
#include "model/diagnostics.hpp"
#include "model/stix_syntax.hpp"

namespace kgviz {
namespace {

const std::string kStixData = std::string(KGVIZ_TEST_DATA_DIR) + "/data/stix/";

using test::source_of;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

/// The ATT&CK bundle is checked in gzip-compressed (3.5 MB -> 0.5 MB).
std::string gunzip(const std::string& path) {
  std::unique_ptr<gzFile_s, int (*)(gzFile)> file(gzopen(path.c_str(), "rb"), &gzclose);
  EXPECT_TRUE(file) << path;
  std::string out;
  char buffer[1 << 16];
  int got = 0;
  while (file && (got = gzread(file.get(), buffer, sizeof buffer)) > 0)
    out.append(buffer, static_cast<std::size_t>(got));
  return out;
}

ReadOptions as_stix(ReadOptions options) {
  options.format = InputFormat::Stix;
  return options;
}

KnowledgeGraph read_ok(const std::string& text, ReadOptions options = {}) {
  return test::read_json_ok(text, "b.json", as_stix(std::move(options)));
}

std::vector<Diagnostic> read_errors(const std::string& text, ReadOptions options = {}) {
  return test::read_json_errors(text, "b.json", as_stix(std::move(options)));
}

::testing::AssertionResult fails_at(const std::string& text, std::size_t line, std::size_t column,
                                    std::string_view part, ReadOptions options = {}) {
  return test::first_error_at(text, "b.json", line, column, part, as_stix(std::move(options)));
}

std::string text_of(const KnowledgeGraph& g, const AttributeTable& table, std::string_view name,
                    std::size_t row) {
  const AttributeColumn* column = table.find(name);
  return column == nullptr ? std::string("<none>") : attribute_text(*column, row, g.strings());
}

VertexId vertex(const KnowledgeGraph& g, std::string_view id) {
  auto v = g.find(id);
  EXPECT_TRUE(v.has_value()) << id;
  return v.value_or(0);
}

// Ids of a small bundle, one per object.
constexpr const char* kActor = "threat-actor--11111111-1111-4111-8111-111111111111";
constexpr const char* kTool = "tool--22222222-2222-4222-8222-222222222222";
constexpr const char* kRevoked = "intrusion-set--33333333-3333-4333-8333-333333333333";
constexpr const char* kDeprecated = "attack-pattern--44444444-4444-4444-8444-444444444444";
constexpr const char* kTactic = "x-mitre-tactic--55555555-5555-4555-8555-555555555555";
constexpr const char* kIdentity = "identity--66666666-6666-4666-8666-666666666666";
constexpr const char* kReport = "report--77777777-7777-4777-8777-777777777777";
constexpr const char* kMarking = "marking-definition--88888888-8888-4888-8888-888888888888";

std::string object(const std::string& type, const std::string& id, const std::string& more = "") {
  return "{\"type\": \"" + type + "\", \"spec_version\": \"2.1\", \"id\": \"" + id +
         "\", \"created\": \"2020-01-01T00:00:00.000Z\", \"modified\": "
         "\"2020-01-01T00:00:00.000Z\"" +
         (more.empty() ? "" : ", " + more) + "}";
}

std::string relationship(const std::string& n, const std::string& from, const std::string& type,
                         const std::string& to, const std::string& more = "") {
  return object("relationship", "relationship--" + n + "0000000-0000-4000-8000-000000000000",
                "\"relationship_type\": \"" + type + "\", \"source_ref\": \"" + from +
                    "\", \"target_ref\": \"" + to + "\"" + (more.empty() ? "" : ", " + more));
}

std::string bundle(const std::vector<std::string>& objects) {
  std::string out =
      "{\"type\": \"bundle\", \"id\": \"bundle--99999999-9999-4999-8999-999999999999\",\n"
      " \"objects\": [\n";
  for (std::size_t i = 0; i < objects.size(); ++i) out += (i ? ",\n  " : "  ") + objects[i];
  return out + "\n]}";
}

std::string small_bundle() {
  return bundle(
      {object("identity", kIdentity, R"("name": "ACME CERT", "identity_class": "organization")"),
       object("marking-definition", kMarking,
              R"("definition_type": "tlp", "definition": {"tlp": "white"})"),
       object(
           "threat-actor", kActor,
           R"("name": "Actor", "aliases": ["A1", "A2"], "created_by_ref": ")" +
               std::string(kIdentity) +
               R"(", "sophistication": "advanced", "x_kgviz_active_since": 2019, "confidence": 70,
                 "roles": ["agent"], "external_references": [{"source_name": "x", "url": "https://x"},
                 {"source_name": "mitre-attack", "external_id": "G0001", "url": "https://a/G0001"}])"),
       object("tool", kTool, R"("name": "Hammer", "x_mitre_aliases": ["Hammer", "Mallet"],
             "kill_chain_phases": [{"kill_chain_name": "lm", "phase_name": "install"}],
             "x_mitre_data_source_ref": "", "x_mitre_version": "1.2")"),
       object("intrusion-set", kRevoked, R"("name": "Old", "revoked": true)"),
       object("attack-pattern", kDeprecated, R"("name": "Gone", "x_mitre_deprecated": true)"),
       object("x-mitre-tactic", kTactic, R"("name": "Tactic", "x_mitre_shortname": "tac")"),
       object("report", kReport,
              R"("name": "Report One", "published": "2021-03-04T00:00:00Z",
             "object_refs": [")" +
                  std::string(kActor) +
                  R"(", "relationship--10000000-0000-4000-8000-000000000000"])"),
       relationship("1", kActor, "uses", kTool,
                    R"("description": "the actor uses it", "confidence": 60)"),
       relationship("2", kActor, "uses", kTool), relationship("3", kActor, "related-to", kRevoked),
       relationship("4", kReport, "related-to", kActor),
       relationship("5", kTactic, "related-to", kTool, R"("revoked": true)"),
       relationship(
           "6", kTool, "x-custom-link", kTactic,
           R"("x_kgviz_relation": "belongs to", "x_kgviz_label": "in", "x_kgviz_weight": 2.5,
                   "x_kgviz_according_to_ref": ")" +
               std::string(kIdentity) + "\"")});
}

TEST(StixReaderTest, NodesFollowTheRule) {
  const KnowledgeGraph g = read_ok(small_bundle());
  // identity, actor, tool, tactic; not the marking, the report, the revoked or deprecated ones.
  ASSERT_EQ(g.node_count(), 4u);
  EXPECT_EQ(g.id(0), kIdentity);
  EXPECT_EQ(g.id(1), kActor);
  EXPECT_EQ(g.id(2), kTool);
  EXPECT_EQ(g.id(3), kTactic);
  EXPECT_FALSE(g.find(kRevoked));
  EXPECT_FALSE(g.find(kDeprecated));
  EXPECT_FALSE(g.find(kReport));
  EXPECT_EQ(g.label(1), "Actor");
  EXPECT_EQ(g.type(1), "threat-actor");
  EXPECT_EQ(g.type(3), "x-mitre-tactic");
  EXPECT_EQ(g.node_list(1, attr::kAliases), (std::vector<std::string_view>{"A1", "A2"}));
  EXPECT_EQ(g.node_list(2, attr::kAliases), (std::vector<std::string_view>{"Hammer", "Mallet"}));
}

TEST(StixReaderTest, NodeAttributesAreTheScalarProperties) {
  const KnowledgeGraph g = read_ok(small_bundle());
  const AttributeTable& nodes = g.node_attributes();
  EXPECT_EQ(text_of(g, nodes, "identity_class", 0), "organization");
  EXPECT_EQ(text_of(g, nodes, "sophistication", 1), "advanced");
  EXPECT_EQ(text_of(g, nodes, "created", 1), "2020-01-01T00:00:00.000Z");
  EXPECT_EQ(text_of(g, nodes, "active_since", 1), "2019") << "x_kgviz_ names are kgviz's own";
  EXPECT_EQ(nodes.find("active_since")->type(), AttrType::Long);
  EXPECT_EQ(text_of(g, nodes, "confidence", 1), "70");
  EXPECT_EQ(text_of(g, nodes, "roles", 1), "agent");
  EXPECT_EQ(text_of(g, nodes, "external_id", 1), "G0001");
  EXPECT_EQ(text_of(g, nodes, "external_source", 1), "mitre-attack");
  EXPECT_EQ(text_of(g, nodes, "external_url", 1), "https://a/G0001");
  EXPECT_EQ(text_of(g, nodes, "kill_chain_phases", 2), "lm:install");
  EXPECT_EQ(text_of(g, nodes, "x_mitre_version", 2), "1.2");
  // Embedded references, structure and nested values are not attributes.
  for (std::string_view name : {"created_by_ref", "x_mitre_data_source_ref", "spec_version",
                                "definition", "name", "x_mitre_aliases", "type", "id"}) {
    EXPECT_EQ(nodes.find(name), nullptr) << name;
  }
}

TEST(StixReaderTest, EdgesFollowTheRule) {
  const KnowledgeGraph g = read_ok(small_bundle());
  // 1, 2 and 6; 3 and 4 end at objects that are no node, 5 is revoked.
  ASSERT_EQ(g.edge_count(), 3u);
  EXPECT_TRUE(g.directed());
  const AttributeTable& edges = g.edge_attributes();
  EXPECT_EQ(g.id(g.source(0)), kActor);
  EXPECT_EQ(g.id(g.target(0)), kTool);
  EXPECT_EQ(g.relation(0), "uses");
  EXPECT_EQ(text_of(g, edges, "evidence", 0), "the actor uses it");
  EXPECT_EQ(text_of(g, edges, "confidence", 0), "reported");
  EXPECT_EQ(text_of(g, edges, "confidence_score", 0), "60");
  EXPECT_EQ(text_of(g, edges, "id", 0), "relationship--10000000-0000-4000-8000-000000000000");
  EXPECT_EQ(text_of(g, edges, "source_doc", 0), kReport) << "the report listing it is its source";
  EXPECT_FALSE(edges.find("source_doc")->has(1));
  EXPECT_EQ(g.relation(2), "belongs to") << "x_kgviz_relation is kgviz's relation type";
  EXPECT_EQ(g.edge_label(2), "in");
  EXPECT_EQ(g.edge_number(2, "weight"), 2.5);
  EXPECT_EQ(text_of(g, edges, "according_to", 2), kIdentity);
  ASSERT_EQ(g.sources().size(), 1u);
  EXPECT_EQ(g.sources()[0].id, kReport);
  EXPECT_EQ(g.sources()[0].title, "Report One");
  EXPECT_EQ(g.sources()[0].date, "2021-03-04");

  ReadOptions undirected;
  undirected.undirected = true;
  EXPECT_FALSE(read_ok(small_bundle(), undirected).directed());
}

TEST(StixReaderTest, NewestVersionOfAnIdWins) {
  const std::string id = "malware--12345678-1234-4234-8234-123456789012";
  const KnowledgeGraph g = read_ok(bundle(
      {object("malware", id, R"("name": "v1", "is_family": true)"),
       object("identity", kIdentity, R"("name": "I")"),
       R"({"type": "malware", "spec_version": "2.1", "id": ")" + id +
           R"(", "created": "2020-01-01T00:00:00.000Z", "modified": "2020-01-01T00:00:00.5Z", "name": "v2", "is_family": true})",
       R"({"type": "malware", "spec_version": "2.1", "id": ")" + id +
           R"(", "created": "2020-01-01T00:00:00.000Z", "modified": "2020-01-01T00:00:00Z", "name": "v0", "is_family": true})"}));
  ASSERT_EQ(g.node_count(), 2u);
  EXPECT_EQ(g.id(0), id);
  EXPECT_EQ(g.label(0), "v2");
}

/// Whether reading `text` fails first at the byte `skip` bytes into the first `needle`.
::testing::AssertionResult fails_at_text(const std::string& text, const std::string& needle,
                                         std::string_view part, std::size_t skip = 0,
                                         ReadOptions options = {}) {
  std::size_t at = text.find(needle);
  if (at == std::string::npos)
    return ::testing::AssertionFailure() << "no " << needle << " in the text";
  at += skip;
  const std::size_t line_start =
      text.rfind('\n', at) == std::string::npos ? 0 : text.rfind('\n', at) + 1;
  const auto line = static_cast<std::size_t>(std::count(
                        text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n')) +
                    1;
  return fails_at(text, line, at - line_start + 1, part, std::move(options));
}

TEST(StixReaderTest, BadBundlesAreReportedWithPositions) {
  // A relationship to an object that is not in the bundle names it, at its target_ref.
  EXPECT_TRUE(fails_at_text(
      bundle({object("identity", kIdentity, R"("name": "I")"),
              relationship("1", kIdentity, "related-to", kTool)}),
      "\"" + std::string(kTool) + "\"",
      std::string("target_ref '") + kTool + "' names an object that is not in the bundle"));
  // Ids that are not TYPE--UUID, or not of their type.
  EXPECT_TRUE(fails_at_text(bundle({object("identity", "identity--1234", R"("name": "I")")}),
                            "\"identity--1234\"", "id 'identity--1234' is not a STIX identifier"));
  EXPECT_TRUE(fails_at_text(bundle({object("tool", kIdentity, R"("name": "I")")}),
                            "\"" + std::string(kIdentity) + "\"",
                            "does not start with its type 'tool--'"));
  EXPECT_TRUE(
      fails_at_text(bundle({R"({"id": ")" + std::string(kTool) + R"(", "name": "no type"})"}),
                    "{\"id\"", "object has no 'type'"));
  EXPECT_TRUE(fails_at_text(bundle({R"({"type": "Tool!", "id": ")" + std::string(kTool) + R"("})"}),
                            "\"Tool!\"", "is not a STIX type name"));
  EXPECT_TRUE(fails_at(bundle({object("identity", kIdentity, R"("name": "I")"), "7"}), 4, 3,
                       "each item of 'objects' must be an object"));
  EXPECT_TRUE(fails_at(
      bundle({object("identity", kIdentity, R"("name": "I")"),
              object("relationship", "relationship--10000000-0000-4000-8000-000000000000",
                     R"("source_ref": "x", "target_ref": ")" + std::string(kIdentity) + "\"")}),
      4, 3, "relationship has no 'relationship_type'"));
  EXPECT_TRUE(fails_at_text(R"({"type": "bundle", "id": "bundle-1", "objects": []})",
                            "\"bundle-1\"", "bundle id 'bundle-1' is not a STIX identifier"));
  EXPECT_TRUE(fails_at_text(
      R"({"type": "bundle", "id": "bundle--99999999-9999-4999-8999-999999999999", "objects": {}})",
      "{}", "'objects' must be an array"));
  EXPECT_TRUE(
      fails_at(bundle({}), 1, 1, "no nodes: the bundle holds no object that becomes a node"));
  EXPECT_TRUE(fails_at(
      bundle({object("report", kReport,
                     R"("name": "R", "published": "2020-01-01T00:00:00Z", "object_refs": [")" +
                         std::string(kReport) + "\"]")}),
      1, 1, "no nodes"));
  ReadOptions shallow;
  shallow.limits.max_depth =
      4;  // bundle, objects, object, x_deep: its inner array is the fifth level
  EXPECT_TRUE(
      fails_at_text(bundle({object("identity", kIdentity, R"("name": "I", "x_deep": [[[1]]])")}),
                    "[[[1", "nested deeper than 4 levels", 1, shallow));
}

TEST(StixReaderTest, ReportsEveryDanglingEndUpToTheCap) {
  const auto errors = read_errors(bundle({object("identity", kIdentity, R"("name": "I")"),
                                          relationship("1", kIdentity, "related-to", kTool),
                                          relationship("2", kActor, "related-to", kIdentity)}));
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].line, 4u);
  EXPECT_EQ(errors[1].line, 5u);
  EXPECT_NE(errors[1].message.find(kActor), std::string::npos);
}

TEST(StixReaderTest, OasisApt1Example) {
  const KnowledgeGraph g = read_ok(slurp(kStixData + "examples/threat-reports/apt1.json"));
  EXPECT_EQ(g.node_count(), 45u);
  EXPECT_EQ(g.edge_count(), 30u);
  // Four indicators share one name and stay four nodes.
  std::size_t hop_points = 0;
  for (VertexId v = 0; v < g.node_count(); ++v)
    hop_points += g.label(v) == "HTRAN Hop Point Accessor";
  EXPECT_EQ(hop_points, 4u);
  ASSERT_EQ(g.sources().size(), 1u);
  EXPECT_EQ(g.sources()[0].title, "APT1: Exposing One of China's Cyber Espionage Units");
}

TEST(StixReaderTest, MitreAttackForIcs) {
  // Counts per docs/stix.md (and tests/stix/count_stix.py): 1826 objects; 413 nodes (not the 1373
  // relationships, the marking definition, 37 deprecated and 2 revoked objects); 1371 edges (not
  // the 2 revoked-by relationships between the revoked intrusion sets).
  const InputSource source =
      source_of(gunzip(kStixData + "attack/ics-attack-18.1.json.gz"), "ics-attack-18.1.json");
  const KnowledgeGraph g = read_graph(source, ReadOptions{});
  EXPECT_EQ(g.node_count(), 413u);
  EXPECT_EQ(g.edge_count(), 1371u);
  const VertexId technique = vertex(g, "attack-pattern--008b8f56-6107-48be-aa9f-746f927dbb61");
  EXPECT_EQ(g.label(technique), "Block Command Message");
  EXPECT_EQ(text_of(g, g.node_attributes(), "external_id", technique), "T0803");
  EXPECT_EQ(text_of(g, g.node_attributes(), "kill_chain_phases", technique),
            "mitre-ics-attack:inhibit-response-function");
  std::size_t identities = 0;
  for (VertexId v = 0; v < g.node_count(); ++v) identities += g.type(v) == "identity";
  EXPECT_EQ(identities, 1u) << "the bundle creator is a node too";
}

TEST(StixReaderTest, IdentifierCheck) {
  EXPECT_TRUE(stix::is_identifier(kActor));
  EXPECT_TRUE(stix::is_identifier(kActor, "threat-actor"));
  EXPECT_FALSE(stix::is_identifier(kActor, "tool"));
  EXPECT_TRUE(stix::is_identifier("x-mitre-tactic--298fe907-7931-4fd2-8131-2814dd493134"));
  EXPECT_FALSE(stix::is_identifier("tool--22222222-2222-6222-8222-222222222222")) << "version 6";
  EXPECT_FALSE(stix::is_identifier("tool--22222222-2222-4222-c222-222222222222")) << "variant";
  EXPECT_FALSE(stix::is_identifier("to--22222222-2222-4222-8222-222222222222"));
  EXPECT_FALSE(stix::is_identifier("Tool--22222222-2222-4222-8222-222222222222"));
  EXPECT_FALSE(stix::is_identifier("tool-22222222-2222-4222-8222-222222222222"));
}

}  // namespace
}  // namespace kgviz
