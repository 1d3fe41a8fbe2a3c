// Every metric against networkx 3.6 on the reference graphs of tests/reference/ (made by
// tests/reference/make_reference.py), from each input form (GraphML written by networkx, CSV edge
// list + node table, the article's YAML), with 1 and 2 threads.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/analyze.hpp"
#include "io/graph_reader.hpp"
#include "io/input.hpp"

namespace kgviz {
namespace {

const std::string kReferenceDir = std::string(KGVIZ_TEST_DATA_DIR) + "/reference/";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

struct ExpectedTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;  // first cell = id
};

ExpectedTable read_expected(const std::string& path) {
  ExpectedTable table;
  std::istringstream in(slurp(path));
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream fields(line);
    while (std::getline(fields, cell, ',')) cells.push_back(cell);
    if (!line.empty() && line.back() == ',') cells.emplace_back();
    if (header) {
      table.columns = cells;
      header = false;
    } else {
      table.rows.push_back(cells);
    }
  }
  return table;
}

struct Tolerance {
  double absolute;
  bool relative;
};

Tolerance tolerance_for(const std::string& metric) {
  if (metric == "pagerank") return {1e-7, false};
  if (metric == "eigenvector") return {1e-6, false};
  if (metric == "harmonic") return {1e-9, true};
  return {1e-9, false};
}

struct Case {
  std::string graph;
  std::string input;  // file name inside the folder, or the YAML path from options.json
};

std::ostream& operator<<(std::ostream& out, const Case& c) {
  return out << c.graph << "/" << c.input;
}

class ReferenceGraphs : public ::testing::TestWithParam<Case> {};

KnowledgeGraph load(const Case& c, const nlohmann::json& options) {
  const std::string folder = kReferenceDir + c.graph + "/";
  ReadOptions read;
  const bool csv = c.input.size() > 4 && c.input.substr(c.input.size() - 4) == ".csv";
  if (csv) {
    read.undirected = !options["directed"].get<bool>();
    read.nodes_file = folder + options["nodes_csv"].get<std::string>();
  }
  return read_graph(load_input(folder + c.input, read.limits), read);
}

TEST_P(ReferenceGraphs, MetricsEqualNetworkx) {
  const Case& c = GetParam();
  const std::string folder = kReferenceDir + c.graph + "/";
  const auto options = nlohmann::json::parse(slurp(folder + "options.json"));
  const auto summary = nlohmann::json::parse(slurp(folder + "expected_summary.json"));
  const ExpectedTable expected = read_expected(folder + "expected.csv");
  const KnowledgeGraph graph = load(c, options);
  ASSERT_EQ(graph.node_count(), expected.rows.size());
  ASSERT_EQ(graph.directed(), options["directed"].get<bool>());

  AnalysisOptions analysis;
  for (auto column = expected.columns.begin() + 1; column != expected.columns.end(); ++column) {
    analysis.metrics.push_back(*metric_named(*column));
  }
  analysis.metrics.push_back(Metric::Community);
  if (!options["weight"].is_null()) analysis.weight = options["weight"].get<std::string>();
  analysis.full_summary = true;
  analysis.threads = 1;
  const AnalysisResult one = analyze(graph, analysis);
  analysis.threads = 2;
  const AnalysisResult two = analyze(graph, analysis);

  for (std::size_t row = 0; row < expected.rows.size(); ++row) {
    ASSERT_EQ(graph.id(static_cast<VertexId>(row)), expected.rows[row][0]) << "node order";
  }
  for (std::size_t col = 1; col < expected.columns.size(); ++col) {
    const std::string& metric = expected.columns[col];
    const MetricColumn* ours = one.metrics.find(metric);
    ASSERT_NE(ours, nullptr) << metric;
    const MetricColumn* ours_two = two.metrics.find(metric);
    const Tolerance tol = tolerance_for(metric);
    for (std::size_t row = 0; row < expected.rows.size(); ++row) {
      const std::string& cell = expected.rows[row][col];
      const double value = ours->values[row];
      // Identical bits with any thread count, NaN included.
      EXPECT_TRUE(value == ours_two->values[row] ||
                  (std::isnan(value) && std::isnan(ours_two->values[row])))
          << metric << " differs between 1 and 2 threads at " << expected.rows[row][0];
      if (cell.empty()) {
        EXPECT_TRUE(std::isnan(value))
            << metric << " should be undefined at " << expected.rows[row][0];
        continue;
      }
      const double want = std::stod(cell);
      const double allowed =
          tol.relative ? tol.absolute * std::max(1.0, std::fabs(want)) : tol.absolute;
      if (ours->kind == MetricColumn::Kind::Integer) {
        EXPECT_EQ(value, want) << metric << " at " << expected.rows[row][0];
      } else {
        EXPECT_NEAR(value, want, allowed) << metric << " at " << expected.rows[row][0];
      }
    }
  }

  const GraphSummary& s = one.summary;
  EXPECT_EQ(s.nodes, summary["nodes"].get<std::size_t>());
  EXPECT_EQ(s.edges, summary["edges"].get<std::size_t>());
  EXPECT_NEAR(s.density, summary["density"].get<double>(), 1e-12);
  EXPECT_EQ(s.components, summary["components"].get<std::size_t>());
  if (summary["strong_components"].is_null()) {
    EXPECT_FALSE(s.strong_components.has_value());
  } else {
    EXPECT_EQ(s.strong_components.value_or(0), summary["strong_components"].get<std::size_t>());
  }
  EXPECT_EQ(s.diameter.value_or(99999), summary["diameter"].get<std::size_t>());
  EXPECT_NEAR(s.average_clustering.value_or(-1), summary["average_clustering"].get<double>(), 1e-9);
  EXPECT_NEAR(s.transitivity.value_or(-1), summary["transitivity"].get<double>(), 1e-9);
  const auto& louvain = summary["louvain_modularity"];
  if (!louvain.is_null() && !louvain["mean"].is_null()) {
    ASSERT_TRUE(s.modularity.has_value());
    EXPECT_GE(*s.modularity, louvain["mean"].get<double>() - 0.005)
        << "Louvain quality below networkx's (networkx min " << louvain["min"] << ", max "
        << louvain["max"] << ")";
    EXPECT_EQ(*s.modularity, *two.summary.modularity);
  }
}

std::vector<Case> all_cases() {
  std::vector<Case> cases;
  for (const char* name :
       {"karate", "karate_weighted", "les_miserables", "les_miserables_weighted", "florentine",
        "bipartite", "directed_scc", "disconnected", "multigraph", "multidigraph", "ba2000",
        "weighted_directed", "star", "windmill", "hubs", "hub_directed"}) {
    cases.push_back({name, "input.graphml"});
    cases.push_back({name, "input.csv"});
  }
  cases.push_back({"article", "../../../graph_data/salt_typhoon.yaml"});
  return cases;
}

INSTANTIATE_TEST_SUITE_P(Networkx, ReferenceGraphs, ::testing::ValuesIn(all_cases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           std::string name =
                               info.param.graph + "_" +
                               (info.param.input.find("graphml") != std::string::npos ? "graphml"
                                : info.param.input.find(".csv") != std::string::npos  ? "csv"
                                                                                      : "yaml");
                           return name;
                         });

}  // namespace
}  // namespace kgviz

namespace kgviz {
namespace {

/// Whether every community induces a connected subgraph of the undirected view.
bool communities_connected(const KnowledgeGraph& graph, const MetricColumn& community) {
  const std::size_t n = graph.node_count();
  std::vector<std::vector<VertexId>> neighbours(n);
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    neighbours[graph.source(e)].push_back(graph.target(e));
    neighbours[graph.target(e)].push_back(graph.source(e));
  }
  std::vector<bool> seen(n, false);
  std::vector<bool> community_done(n + 1, false);
  for (VertexId start = 0; start < n; ++start) {
    const auto c = static_cast<std::size_t>(community.values[start]);
    if (community_done[c]) {
      if (!seen[start]) return false;  // a second piece of a community already explored
      continue;
    }
    community_done[c] = true;
    std::vector<VertexId> stack{start};
    seen[start] = true;
    while (!stack.empty()) {
      const VertexId v = stack.back();
      stack.pop_back();
      for (VertexId w : neighbours[v]) {
        if (!seen[w] && static_cast<std::size_t>(community.values[w]) == c) {
          seen[w] = true;
          stack.push_back(w);
        }
      }
    }
  }
  return true;
}

TEST_P(ReferenceGraphs, LeidenMatchesLouvainQualityWithConnectedCommunities) {
  const Case& c = GetParam();
  const std::string folder = kReferenceDir + c.graph + "/";
  const auto options = nlohmann::json::parse(slurp(folder + "options.json"));
  const auto summary = nlohmann::json::parse(slurp(folder + "expected_summary.json"));
  const KnowledgeGraph graph = load(c, options);
  AnalysisOptions analysis;
  analysis.metrics = {Metric::Community};
  analysis.algorithm = CommunityMethod::Leiden;
  if (!options["weight"].is_null()) analysis.weight = options["weight"].get<std::string>();
  const AnalysisResult result = analyze(graph, analysis);
  const auto& louvain = summary["louvain_modularity"];
  if (!result.summary.modularity) return;  // no edges
  EXPECT_GE(*result.summary.modularity, louvain["mean"].get<double>() - 0.005);
  EXPECT_TRUE(communities_connected(graph, *result.metrics.find("community")));
  EXPECT_EQ(result.summary.algorithm, "leiden");
}

}  // namespace
}  // namespace kgviz
