// STIX objects that share an id, and relationships kgviz cannot draw (issue 11, point 18), and the
// phantom-node rule (issue 13): nothing of a bundle is dropped without a message. An identical copy
// or an older version is a warning (STIX 2.1 versioning: same id, different `modified`, the newest
// counts); any other shared id is an error; a relationship whose end is a relationship, a sighting,
// a revoked object or a container is a warning with the count; a ref to an object absent from the
// bundle is an error, never a new node.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_run_support.hpp"
#include "io/json_reader.hpp"
#include "json_input_support.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

const std::string kTool = "tool--22222222-2222-4222-8222-222222222222";
const std::string kIdentity = "identity--66666666-6666-4666-8666-666666666666";
const std::string kMalware = "malware--33333333-3333-4333-8333-333333333333";

std::string object(const std::string& type, const std::string& id, const std::string& more = "") {
  return "{\"type\": \"" + type + "\", \"spec_version\": \"2.1\", \"id\": \"" + id + "\"" +
         (more.empty() ? "" : ", " + more) + "}";
}

std::string named(const std::string& type, const std::string& id, const std::string& name,
                  const std::string& modified = "2020-01-01T00:00:00.000Z") {
  return object(type, id, "\"modified\": \"" + modified + "\", \"name\": \"" + name + "\"");
}

std::string relationship(const std::string& id, const std::string& source,
                         const std::string& target, const std::string& more = "") {
  return object("relationship", id,
                "\"relationship_type\": \"uses\", \"source_ref\": \"" + source +
                    "\", \"target_ref\": \"" + target + "\"" + (more.empty() ? "" : ", " + more));
}

std::string relationship_id(int n) {
  return "relationship--1000000" + std::to_string(n) + "-0000-4000-8000-000000000000";
}

/// A bundle with one object a line: line 1 is the bundle's head, object i is on line i + 2.
std::string bundle(const std::vector<std::string>& objects) {
  std::string text =
      "{\"type\": \"bundle\", \"id\": \"bundle--99999999-9999-4999-8999-999999999999\", "
      "\"objects\": [";
  for (std::size_t i = 0; i < objects.size(); ++i) text += (i ? ",\n" : "\n") + objects[i];
  return text + "\n]}";
}

struct Read {
  KnowledgeGraph graph;
  std::vector<Diagnostic> warnings;
};

Read read_with_warnings(const std::string& text) {
  Read read;
  ReadOptions options;
  options.on_warning = [&read](const Diagnostic& warning) { read.warnings.push_back(warning); };
  read.graph = test::read_json_ok(text, "b.stix.json", options);
  return read;
}

::testing::AssertionResult one_warning(const std::vector<Diagnostic>& warnings, std::size_t line,
                                       std::string_view part) {
  if (warnings.size() != 1) {
    auto failure = ::testing::AssertionFailure() << warnings.size() << " warnings";
    for (const auto& w : warnings) failure << "\n  " << w.format();
    return failure;
  }
  const Diagnostic& w = warnings[0];
  if (w.severity != Severity::Warning || w.line != line ||
      w.message.find(part) == std::string::npos ||
      w.format().rfind("b.stix.json:" + std::to_string(line) + ":", 0) != 0 ||
      w.format().find(": warning: ") == std::string::npos) {
    return ::testing::AssertionFailure()
           << "got " << w.format() << "\nwanted line " << line << ": " << part;
  }
  return ::testing::AssertionSuccess();
}

TEST(StixVersionsTest, AnIdenticalCopyIsReadOnceWithAWarning) {
  const Read read = read_with_warnings(bundle(
      {named("tool", kTool, "T"), named("identity", kIdentity, "I"),
       // The same object, keys in another order.
       object("tool", kTool, "\"name\": \"T\", \"modified\": \"2020-01-01T00:00:00.000Z\"")}));
  EXPECT_EQ(read.graph.node_count(), 2u);
  EXPECT_TRUE(one_warning(read.warnings, 4,
                          "1 object repeated exactly (same id, same content): each is read once; "
                          "the first: '" +
                              kTool + "' (also at line 2)"));
}

TEST(StixVersionsTest, VersionsKeepTheNewestWhereverItIsWithAWarning) {
  for (bool newest_first : {false, true}) {
    std::vector<std::string> objects{named("tool", kTool, "Old", "2020-01-01T00:00:00Z"),
                                     named("tool", kTool, "New", "2021-06-01T00:00:00.5Z")};
    if (newest_first) std::swap(objects[0], objects[1]);
    objects.push_back(named("identity", kIdentity, "I"));
    const Read read = read_with_warnings(bundle(objects));
    ASSERT_EQ(read.graph.node_count(), 2u);
    EXPECT_EQ(read.graph.id(0), kTool);  // at the first's place
    EXPECT_EQ(read.graph.label(0), "New");
    EXPECT_TRUE(one_warning(read.warnings, newest_first ? 3 : 2,
                            "1 object left out as an older version: another object of the bundle "
                            "has the same id and a later 'modified'"))
        << newest_first;
    EXPECT_NE(read.warnings[0].message.find("(the version read is at line " +
                                            std::to_string(newest_first ? 2 : 3) + ")"),
              std::string::npos)
        << read.warnings[0].format();
  }
}

TEST(StixVersionsTest, SharedIdsThatAreNotVersionsAreErrors) {
  // Same `modified`, different content: two objects claim one version.
  const std::string second = named("tool", kTool, "B");
  EXPECT_TRUE(test::first_error_at(
      bundle({named("tool", kTool, "A"), second}), "b.stix.json", 3, second.find("\"tool--") + 1,
      "duplicate id '" + kTool +
          "' (also at line 2): objects that share an id must be identical, "
          "or versions of one object with different 'modified' timestamps",
      {}));
  // No `modified` (observables and markings have none): nothing tells versions apart.
  const std::string url1 =
      object("url", "url--44444444-4444-4444-8444-444444444444", "\"value\": \"http://a\"");
  const std::string url2 =
      object("url", "url--44444444-4444-4444-8444-444444444444", "\"value\": \"http://b\"");
  EXPECT_TRUE(test::first_error_at(bundle({url1, url2}), "b.stix.json", 3, url2.find("\"url--") + 1,
                                   "duplicate id", {}));
  // An exact repeat of an observable is fine.
  EXPECT_EQ(read_with_warnings(bundle({url1, url1})).graph.node_count(), 1u);
}

TEST(StixVersionsTest, RelationshipsToRelationshipsAndSightingsAreCountedInAWarning) {
  const std::string sighting = object("sighting", "sighting--55555555-5555-4555-8555-555555555555",
                                      "\"sighting_of_ref\": \"" + kMalware + "\"");
  const Read read = read_with_warnings(bundle({
      named("tool", kTool, "T"),                                    // line 2
      named("malware", kMalware, "M"),                              // 3
      relationship(relationship_id(1), kTool, kMalware),            // 4: an edge
      relationship(relationship_id(2), kTool, relationship_id(1)),  // 5: to a relationship
      relationship(relationship_id(3), relationship_id(1), relationship_id(2)),  // 6
      sighting,                                                                  // 7
      relationship(relationship_id(4), kMalware,
                   "sighting--55555555-5555-4555-8555-555555555555"),  // 8: to a sighting
  }));
  EXPECT_EQ(read.graph.node_count(), 2u);
  EXPECT_EQ(read.graph.edge_count(), 1u);
  ASSERT_EQ(read.warnings.size(), 2u);
  EXPECT_EQ(read.warnings[0].line, 5u) << read.warnings[0].format();
  EXPECT_NE(read.warnings[0].message.find(
                "3 relationships left out because an end is a relationship or a sighting (kgviz "
                "relations join entities"),
            std::string::npos)
      << read.warnings[0].format();
  EXPECT_NE(read.warnings[0].message.find("the first: target_ref '" + relationship_id(1) + "'"),
            std::string::npos)
      << read.warnings[0].format();
  EXPECT_EQ(read.warnings[1].line, 7u) << read.warnings[1].format();
  EXPECT_NE(read.warnings[1].message.find("1 sighting left out"), std::string::npos)
      << read.warnings[1].format();
}

TEST(StixVersionsTest, RelationshipsToRevokedObjectsAndContainersAreCountedInAWarning) {
  const std::string report = object("report", "report--77777777-7777-4777-8777-777777777777",
                                    "\"name\": \"R\", \"object_refs\": [\"" + kTool + "\"]");
  const Read read = read_with_warnings(bundle({
      named("tool", kTool, "T"),
      object("malware", kMalware, "\"name\": \"M\", \"revoked\": true"),
      report,
      relationship(relationship_id(1), kTool, kMalware),
      relationship(relationship_id(2), "report--77777777-7777-4777-8777-777777777777", kTool),
  }));
  EXPECT_EQ(read.graph.node_count(), 1u);
  EXPECT_EQ(read.graph.edge_count(), 0u);
  ASSERT_EQ(read.warnings.size(), 2u);
  EXPECT_NE(read.warnings[0].message.find("1 relationship left out because an end is revoked or "
                                          "deprecated"),
            std::string::npos)
      << read.warnings[0].format();
  EXPECT_NE(read.warnings[1].message.find("1 relationship left out because an end is a report"),
            std::string::npos)
      << read.warnings[1].format();
  EXPECT_EQ(read.warnings[1].line, 6u);
}

TEST(StixVersionsTest, ARefToAnObjectAbsentFromTheBundleIsAnErrorNeverANewNode) {
  const std::string text =
      bundle({named("tool", kTool, "T"), relationship(relationship_id(1), kTool, kMalware)});
  const auto errors = test::read_json_errors(text, "b.stix.json", {});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 3u);
  EXPECT_NE(errors[0].message.find("target_ref '" + kMalware +
                                   "' names an object that is not in the bundle"),
            std::string::npos)
      << errors[0].format();
}

TEST(StixVersionsTest, WarningsAreCappedLikeErrors) {
  std::vector<Diagnostic> warnings;
  DiagnosticSink sink("f", 2, [&warnings](const Diagnostic& w) { warnings.push_back(w); });
  for (int i = 0; i < 5; ++i) sink.warning(1, 1, "w");
  ASSERT_EQ(warnings.size(), 3u);
  EXPECT_EQ(
      warnings[2].format(),
      "f: warning: more warnings left out (at most 2 are shown per file, as --max-errors says)");
  EXPECT_TRUE(sink.empty()) << "warnings are not errors";
  DiagnosticSink silent("f", 2);
  silent.warning(1, 1, "dropped");
  EXPECT_TRUE(silent.empty());
}

class StixWarningCliTest : public test::CliFixture {
 protected:
  StixWarningCliTest() : CliFixture("kgviz-stix-warn-") {}
};

TEST_F(StixWarningCliTest, WarningsGoToStandardErrorAndTheRunSucceeds) {
  write("b.stix.json", bundle({named("tool", kTool, "T"), named("malware", kMalware, "M"),
                               relationship(relationship_id(1), kTool, kMalware),
                               relationship(relationship_id(2), kTool, relationship_id(1))}));
  for (const char* command : {"validate b.stix.json", "export b.stix.json -o out.graphml",
                              "analyze b.stix.json --format csv"}) {
    const auto run = kgviz(command);
    EXPECT_EQ(run.status, 0) << command << "\n" << run.err;
    EXPECT_NE(run.err.find("b.stix.json:5:"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(": warning: 1 relationship left out"), std::string::npos) << run.err;
  }
}

}  // namespace
}  // namespace kgviz
