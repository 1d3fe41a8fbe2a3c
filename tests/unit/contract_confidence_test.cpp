// The confidence words and the STIX confidence scale, each in one table (src/model): names round
// trip, every level survives a STIX score, and a user sees the same levels through every path.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "cli_run_support.hpp"
#include "model/confidence.hpp"
#include "model/stix_vocabulary.hpp"

namespace kgviz {
namespace {

TEST(ConfidenceTable, NamesRoundTripSurestFirst) {
  std::set<std::string_view> names;
  int previous_rank = 1000;
  for (Confidence level : kConfidences) {
    const std::string_view name = confidence_name(level);
    names.insert(name);
    ASSERT_EQ(parse_confidence(name), level) << name;
    EXPECT_LT(confidence_rank(level), previous_rank) << "levels are listed surest first";
    previous_rank = confidence_rank(level);
  }
  EXPECT_EQ(names.size(), kConfidences.size());
  EXPECT_EQ(confidence_name(Confidence::Confirmed), "confirmed");
  EXPECT_EQ(confidence_name(Confidence::Reported), "reported");
  EXPECT_EQ(confidence_name(Confidence::Alleged), "alleged");
  EXPECT_EQ(confidence_names_text(), "confirmed, reported or alleged");
  EXPECT_EQ(confidence_names_text(", "), "confirmed, reported, alleged");
  EXPECT_FALSE(parse_confidence("Confirmed"));
  EXPECT_FALSE(parse_confidence(""));
  EXPECT_FALSE(parse_confidence("certain"));
}

TEST(StixConfidenceScale, EveryLevelSurvivesItsScore) {
  for (Confidence level : kConfidences) {
    EXPECT_EQ(stix::confidence_of_score(stix::confidence_score(level)), level)
        << confidence_name(level);
  }
  EXPECT_EQ(stix::confidence_score(Confidence::Confirmed), 85);
  EXPECT_EQ(stix::confidence_score(Confidence::Reported), 50);
  EXPECT_EQ(stix::confidence_score(Confidence::Alleged), 15);
}

TEST(StixConfidenceScale, ReadsAppendixARanges) {
  EXPECT_EQ(stix::confidence_of_score(100), Confidence::Confirmed);
  EXPECT_EQ(stix::confidence_of_score(70), Confidence::Confirmed);
  EXPECT_EQ(stix::confidence_of_score(69), Confidence::Reported);
  EXPECT_EQ(stix::confidence_of_score(30), Confidence::Reported);
  EXPECT_EQ(stix::confidence_of_score(29), Confidence::Alleged);
  EXPECT_EQ(stix::confidence_of_score(1), Confidence::Alleged);
  EXPECT_FALSE(stix::confidence_of_score(0)) << "0 is STIX's None";
  EXPECT_FALSE(stix::confidence_of_score(-5));
}

class ConfidenceEndToEnd : public test::CliFixture {
 protected:
  ConfidenceEndToEnd() : CliFixture("kgviz-confidence-") {}
};

TEST_F(ConfidenceEndToEnd, StixRoundTripKeepsEveryRelationsLevel) {
  ASSERT_EQ(kgviz("export -o g.stix.json -o direct.json").status, 0);
  const auto back = kgviz("export g.stix.json -o back.json");
  ASSERT_EQ(back.status, 0) << back.err;
  // Relations by their evidence and type (STIX gives entities new ids): the same level after the
  // trip through STIX scores (85/50/15 written, read back by range).
  using Json = nlohmann::json;
  auto levels = [](const Json& document) {
    std::map<std::string, std::string> out;
    for (const Json& edge : document["elements"]["edges"]) {
      const Json& data = edge["data"];
      out[data["relation"].get<std::string>() + " " + data["evidence"].get<std::string>()] =
          data.value("confidence", "");
    }
    return out;
  };
  const auto direct = levels(Json::parse(read("direct.json")));
  const auto through_stix = levels(Json::parse(read("back.json")));
  ASSERT_GE(through_stix.size(), 30u);  // 43 relations, some with one quote
  std::set<std::string> seen;
  for (const auto& [relation, level] : through_stix) {
    ASSERT_EQ(direct.count(relation), 1u) << relation;
    EXPECT_EQ(level, direct.at(relation)) << relation;
    seen.insert(level);
  }
  EXPECT_EQ(seen, (std::set<std::string>{"confirmed", "reported", "alleged"}));
}

TEST_F(ConfidenceEndToEnd, UnknownLevelIsAUsageErrorListingTheLevels) {
  const auto run = kgviz("analyze --min-confidence certain");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("confirmed, reported or alleged"), std::string::npos) << run.err;
}

TEST_F(ConfidenceEndToEnd, YamlRejectsAWordOutsideTheTable) {
  write("g.yaml", R"(types: {entity_types: [x], relation_types: [r]}
entities:
  - {id: a, label: A, type: x}
  - {id: b, label: B, type: x}
relations:
  - {source: a, target: b, relation: r, confidence: likely}
)");
  const auto run = kgviz("validate g.yaml");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("g.yaml:6:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("confidence must be one of confirmed, reported, alleged (not 'likely')"),
            std::string::npos)
      << run.err;
}

}  // namespace
}  // namespace kgviz
