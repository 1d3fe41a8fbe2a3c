// End to end: the bundled graph drawn as DOT by kgviz reads back through the DOT reader to the same
// entities, relations and attributes as the JSON export of the original (no legend, caption or
// other drawing-only node among them).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "cli_run_support.hpp"

namespace kgviz {
namespace {

using nlohmann::json;

class DotRoundTripCli : public test::CliFixture {
 protected:
  DotRoundTripCli() : CliFixture("kgviz_dot_roundtrip_") {}
};

/// Numbers computed again on the graph read back may differ in the last bits (the DOT lists the
/// entities in another order, so sums run in another order).
bool same_value(const json& a, const json& b) {
  if (a.is_number() && b.is_number()) {
    const double x = a.get<double>();
    const double y = b.get<double>();
    return std::fabs(x - y) <= 1e-9 * std::max(1.0, std::fabs(x));
  }
  return a == b;
}

/// Labellings (community, component numbers) depend on the entities' order: the same partition
/// under other numbers is the same result.
void expect_same_partition(const std::map<std::string, json>& original,
                           const std::map<std::string, json>& back, const std::string& key) {
  std::map<std::string, std::string> forward;
  std::map<std::string, std::string> backward;
  for (const auto& [id, data] : original) {
    if (!data.contains(key)) continue;
    ASSERT_TRUE(back.at(id).contains(key)) << id << " " << key;
    const std::string a = data[key].dump();
    const std::string b = back.at(id)[key].dump();
    EXPECT_EQ(forward.emplace(a, b).first->second, b) << id << " " << key;
    EXPECT_EQ(backward.emplace(b, a).first->second, a) << id << " " << key;
  }
}

std::map<std::string, json> nodes_by_id(const json& exported) {
  std::map<std::string, json> nodes;
  for (const json& node : exported["elements"]["nodes"]) nodes[node["data"]["id"]] = node["data"];
  return nodes;
}

/// Relations as a sorted list of their data without `id` (the relation's position: the DOT
/// lists relations by their source entity).
std::vector<std::string> relations(const json& exported) {
  std::vector<std::string> out;
  for (json data : exported["elements"]["edges"]) {
    data = data["data"];
    data.erase("id");
    out.push_back(data.dump());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST_F(DotRoundTripCli, BundledGraphDrawnAsDotReadsBackToTheSameGraph) {
  ASSERT_EQ(kgviz("export -o drawn.dot -q").status, 0);
  const auto original_check = kgviz("validate");
  const auto back_check = kgviz("validate drawn.dot");
  ASSERT_EQ(back_check.status, 0) << back_check.err;
  // "FILE: ok: 37 entities, 46 relations": the same counts as the bundled graph.
  const std::string counts = original_check.out.substr(original_check.out.find("ok:"));
  EXPECT_EQ(back_check.out.substr(back_check.out.find("ok:")), counts);

  ASSERT_EQ(kgviz("export -o original.json -q").status, 0);
  const auto exported = kgviz("export drawn.dot -o back.json");
  ASSERT_EQ(exported.status, 0) << exported.err;
  // The DOT's layout (pos) is an input layout: kept under input_x/input_y, said in a warning.
  EXPECT_NE(exported.err.find("x as input_x, y as input_y"), std::string::npos) << exported.err;
  const json original = json::parse(read("original.json"));
  const json back = json::parse(read("back.json"));
  EXPECT_EQ(back["data"]["title"], original["data"]["title"]);
  EXPECT_EQ(back["data"]["directed"], original["data"]["directed"]);

  const auto original_nodes = nodes_by_id(original);
  const auto back_nodes = nodes_by_id(back);
  ASSERT_EQ(back_nodes.size(), original_nodes.size());
  const std::set<std::string> labellings = {"community", "component", "strong_component"};
  // The drawing of the graph read back starts from the DOT's positions (scaled to the page) and
  // is not laid out by Graphviz again: its drawing hints x, y and size (the planned box, not
  // Graphviz's label-fitted one) are those of another drawing, not data.
  const std::set<std::string> layout = {"x", "y", "size"};
  for (const auto& [id, data] : original_nodes) {
    ASSERT_EQ(back_nodes.count(id), 1u) << id;
    const json& other = back_nodes.at(id);
    for (const auto& [key, value] : data.items()) {
      if (labellings.count(key) != 0 || layout.count(key) != 0) continue;
      ASSERT_TRUE(other.contains(key)) << id << " lacks " << key;
      EXPECT_TRUE(same_value(value, other[key]))
          << id << " " << key << ": " << value << " vs " << other[key];
    }
    for (const auto& [key, value] : other.items()) {
      EXPECT_TRUE(data.contains(key) || key == "input_x" || key == "input_y")
          << id << " gained " << key;
    }
  }
  for (const std::string& key : labellings) expect_same_partition(original_nodes, back_nodes, key);

  EXPECT_EQ(relations(back), relations(original));
}

TEST_F(DotRoundTripCli, RedrawingItsOwnDotKeepsTheEntitiesApart) {
  // The DOT's positions were made for Graphviz's label-fitted boxes; drawn again they are spread
  // until no two planned boxes overlap (before, the bundled graph came back with boxes 19 points
  // apart, labels over each other).
  ASSERT_EQ(kgviz("export -o drawn.dot -q").status, 0);
  const auto redrawn = kgviz("export drawn.dot -o back.json -o back.svg -q");
  ASSERT_EQ(redrawn.status, 0) << redrawn.err;
  const json back = json::parse(read("back.json"));
  const json& nodes = back["elements"]["nodes"];
  double closest = HUGE_VAL;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    for (std::size_t j = i + 1; j < nodes.size(); ++j) {
      const json& a = nodes[i]["data"];
      const json& b = nodes[j]["data"];
      const double apart = std::max(std::fabs(a["x"].get<double>() - b["x"].get<double>()),
                                    std::fabs(a["y"].get<double>() - b["y"].get<double>()));
      closest = std::min(closest, apart);
    }
  }
  // The smallest box is 0.4 inch (28.8 points) high, plus a gap.
  EXPECT_GE(closest, 34.0);
}

}  // namespace
}  // namespace kgviz
