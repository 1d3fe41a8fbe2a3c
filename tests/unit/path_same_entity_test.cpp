// `kgviz path X X` (issue 11, point 18): a chain of length 0, said in words in text and as one
// chain without hops in JSON, exit 0 — also for an entity without relations and with --weight.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli_run_support.hpp"

namespace kgviz {
namespace {

class PathSameEntity : public test::CliFixture {
 protected:
  PathSameEntity() : CliFixture("kgviz-path-same-") {}
};

TEST_F(PathSameEntity, TextSaysTheEntityIsBothEnds) {
  const auto run = kgviz("path salt-typhoon salt-typhoon");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "Salt Typhoon is FROM and TO: a path of length 0\n");
  EXPECT_TRUE(run.err.empty()) << run.err;
  // By label too, and with --all (still one chain).
  EXPECT_EQ(kgviz("path 'Salt Typhoon' salt-typhoon --all").out,
            "Salt Typhoon is FROM and TO: a path of length 0\n");
}

TEST_F(PathSameEntity, JsonHasOneChainWithoutHops) {
  const auto run = kgviz("path fbi fbi --format json");
  ASSERT_EQ(run.status, 0) << run.err;
  const auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["from"], "fbi");
  EXPECT_EQ(json["to"], "fbi");
  EXPECT_EQ(json["length"], 0);
  ASSERT_EQ(json["paths"].size(), 1u);
  EXPECT_TRUE(json["paths"][0].is_array());
  EXPECT_TRUE(json["paths"][0].empty());
}

TEST_F(PathSameEntity, IsolatedEntityAndWeightedPaths) {
  write("g.csv", "source,target,weight\na,b,2.5\n");
  write("nodes.csv", "id,label\na,Alpha\nb,Beta\nlonely,Lonely one\n");
  const auto isolated = kgviz("path g.csv lonely lonely --nodes nodes.csv");
  ASSERT_EQ(isolated.status, 0) << isolated.err;
  EXPECT_EQ(isolated.out, "Lonely one is FROM and TO: a path of length 0\n");
  const auto weighted =
      kgviz("path g.csv a a --nodes nodes.csv --weight weight --directed --format json");
  ASSERT_EQ(weighted.status, 0) << weighted.err;
  const auto json = nlohmann::json::parse(weighted.out);
  EXPECT_EQ(json["length"], 0);
  EXPECT_EQ(json["paths"], nlohmann::json::parse("[[]]"));
}

}  // namespace
}  // namespace kgviz
