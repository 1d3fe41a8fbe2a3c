// Hub-shaped graphs (issue 11, point 7): clustering by ordered triangle counting equals networkx
// bit for bit, eigenvector centrality converges on (nearly) bipartite hubs, and the default metric
// set is bounded by the graph's cost, with a note for what it leaves out.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/analyze.hpp"
#include "analysis/centrality.hpp"
#include "analysis/csr.hpp"
#include "analysis/structure.hpp"
#include "cli_run_support.hpp"
#include "io/graph_reader.hpp"
#include "io/input.hpp"

namespace kgviz {
namespace {

const std::string kReferenceDir = std::string(KGVIZ_TEST_DATA_DIR) + "/reference/";

/// Column `name` of a reference expected.csv (plain numbers, no quoting), one cell per node.
std::vector<std::string> expected_column(const std::string& graph, const std::string& name) {
  std::istringstream in(test::slurp(kReferenceDir + graph + "/expected.csv"));
  std::string line;
  std::getline(in, line);
  std::size_t index = 0;
  {
    std::istringstream header(line);
    std::string cell;
    for (std::size_t i = 0; std::getline(header, cell, ','); ++i) {
      if (cell == name) index = i;
    }
  }
  std::vector<std::string> cells;
  while (std::getline(in, line)) {
    std::istringstream row(line + ",");
    std::string cell;
    for (std::size_t i = 0; i <= index; ++i) std::getline(row, cell, ',');
    cells.push_back(cell);
  }
  return cells;
}

KnowledgeGraph load_reference(const std::string& graph) {
  ReadOptions read;
  return read_graph(load_input(kReferenceDir + graph + "/input.graphml", read.limits), read);
}

/// A star: vertex 0 joined to 1..leaves, plus `extra` edges; the undirected simple view.
Adjacency star(Index leaves, const std::vector<std::pair<Index, Index>>& extra = {}) {
  ArcList arcs;
  auto add = [&arcs](Index a, Index b) {
    arcs.from.push_back(a);
    arcs.to.push_back(b);
    arcs.from.push_back(b);
    arcs.to.push_back(a);
  };
  for (Index v = 1; v <= leaves; ++v) add(0, v);
  for (const auto& [a, b] : extra) add(a, b);
  return build_adjacency(leaves + 1, arcs, ArcMerge::Sum, false);
}

class ClusteringEqualsNetworkx : public ::testing::TestWithParam<const char*> {};

TEST_P(ClusteringEqualsNetworkx, BitForBit) {
  const std::string name = GetParam();
  const KnowledgeGraph graph = load_reference(name);
  AnalysisOptions options;
  options.metrics = {Metric::Clustering};
  options.full_summary = true;
  const AnalysisResult result = analyze(graph, options);
  const std::vector<std::string> expected = expected_column(name, "clustering");
  const MetricColumn* clustering = result.metrics.find("clustering");
  ASSERT_NE(clustering, nullptr);
  ASSERT_EQ(clustering->values.size(), expected.size());
  for (std::size_t v = 0; v < expected.size(); ++v) {
    EXPECT_EQ(clustering->values[v], std::stod(expected[v])) << name << " node " << v;
  }
  const auto summary =
      nlohmann::json::parse(test::slurp(kReferenceDir + name + "/expected_summary.json"));
  EXPECT_EQ(result.summary.average_clustering.value_or(-1),
            summary["average_clustering"].get<double>())
      << name;
  EXPECT_EQ(result.summary.transitivity.value_or(-1), summary["transitivity"].get<double>())
      << name;
}

INSTANTIATE_TEST_SUITE_P(Reference, ClusteringEqualsNetworkx,
                         ::testing::Values("star", "windmill", "hubs", "hub_directed", "karate",
                                           "les_miserables", "florentine", "disconnected",
                                           "multigraph", "multidigraph", "ba2000", "directed_scc"));

TEST(TriangleSearch, CostOnAStarIsLinear) {
  // Every leaf's only higher neighbour is the hub, which has none: no neighbour scans at all.
  EXPECT_EQ(triangle_search_cost(star(100'000)), 200'000u);
  // A chord between two leaves: one triangle, found once.
  const Clustering with_chord = clustering(star(1000, {{1, 2}}));
  EXPECT_EQ(with_chord.local[1], 1.0);
  EXPECT_EQ(with_chord.local[0], 2.0 / (1000.0 * 999.0));
  EXPECT_EQ(with_chord.local[3], 0.0);
}

TEST(EigenvectorOnHubs, StarConvergesInFewProducts) {
  const Index leaves = 1'000'000;
  const PowerIterationResult result = eigenvector_centrality(star(leaves), 1e-12, 100'000);
  ASSERT_TRUE(result.converged);
  EXPECT_LT(result.iterations, 20u) << "Lanczos holds a star's eigenvector after 3 products";
  EXPECT_NEAR(result.values[0], 1 / std::sqrt(2.0), 1e-12);
  EXPECT_NEAR(result.values[leaves], 1 / std::sqrt(2.0 * leaves), 1e-12);
}

TEST(EigenvectorOnHubs, NearlyBipartiteHubSatisfiesTheEigenEquation) {
  // A star with one triangle is not bipartite, but its spectrum is almost symmetric: power
  // iteration on A + I would still need tens of thousands of iterations.
  const Index leaves = 200'000;
  const Adjacency g = star(leaves, {{1, 2}, {3, 4}});
  const PowerIterationResult result = eigenvector_centrality(g, 1e-12, 100'000);
  ASSERT_TRUE(result.converged);
  EXPECT_LT(result.iterations, 1000u);
  const std::vector<double>& x = result.values;
  std::vector<double> ax(x.size(), 0.0);
  double lambda = 0;
  double norm = 0;
  for (Index v = 0; v < g.vertex_count(); ++v) {
    for (std::uint64_t a = g.begin(v); a < g.end(v); ++a) ax[v] += x[g.targets[a]];
    lambda += x[v] * ax[v];
    norm += x[v] * x[v];
    EXPECT_GT(x[v], 0.0);
  }
  EXPECT_NEAR(norm, 1.0, 1e-10);  // this plain sum of 200,000 squares is itself that far off
  double residual = 0;
  for (Index v = 0; v < g.vertex_count(); ++v)
    residual = std::max(residual, std::fabs(ax[v] - lambda * x[v]));
  EXPECT_LT(residual, 1e-9 * lambda);
  EXPECT_GT(x[1], x[5]);  // a leaf in a triangle counts more
}

TEST(EigenvectorOnHubs, SameValuesForAnyThreadCount) {
  const KnowledgeGraph graph = load_reference("hubs");
  AnalysisOptions options;
  options.metrics = {Metric::Eigenvector, Metric::Clustering};
  options.threads = 1;
  const AnalysisResult one = analyze(graph, options);
  options.threads = 3;
  const AnalysisResult three = analyze(graph, options);
  EXPECT_EQ(one.metrics.find("eigenvector")->values, three.metrics.find("eigenvector")->values);
  EXPECT_EQ(one.metrics.find("clustering")->values, three.metrics.find("clustering")->values);
}

TEST(DefaultMetrics, BoundedByTheGraphsCostWithNotes) {
  const KnowledgeGraph graph = load_reference("karate");  // 34 nodes, 78 edges
  AnalysisOptions options;
  options.full_summary = true;
  // n (n + 2m) = 34 x 190 = 6460 steps for the path metrics; the triangle search costs less.
  options.default_work_bound = 6000;
  const AnalysisResult bounded = analyze(graph, options);
  EXPECT_EQ(bounded.metrics.find("betweenness"), nullptr);
  EXPECT_EQ(bounded.metrics.find("closeness"), nullptr);
  EXPECT_EQ(bounded.metrics.find("harmonic"), nullptr);
  ASSERT_NE(bounded.metrics.find("clustering"), nullptr);
  ASSERT_FALSE(bounded.notes.empty());
  EXPECT_NE(
      bounded.notes[0].find("betweenness, closeness and harmonic skipped: about 6.5e+03 steps"),
      std::string::npos)
      << bounded.notes[0];
  EXPECT_NE(bounded.notes[0].find("name them with --metrics"), std::string::npos);

  options.default_work_bound = 100;  // below the triangle search too
  const AnalysisResult tiny = analyze(graph, options);
  EXPECT_EQ(tiny.metrics.find("clustering"), nullptr);
  EXPECT_FALSE(tiny.summary.average_clustering.has_value());
  EXPECT_FALSE(tiny.summary.transitivity.has_value());
  bool noted = false;
  for (const auto& note : tiny.notes)
    noted = noted || note.find("clustering skipped") != std::string::npos;
  EXPECT_TRUE(noted);

  options.metrics = {Metric::Clustering, Metric::Betweenness};  // named metrics are never bounded
  const AnalysisResult named = analyze(graph, options);
  EXPECT_NE(named.metrics.find("clustering"), nullptr);
  EXPECT_NE(named.metrics.find("betweenness"), nullptr);
  EXPECT_TRUE(named.summary.average_clustering.has_value());
  EXPECT_TRUE(named.notes.empty());
}

class HubCli : public test::CliFixture {
 protected:
  HubCli() : CliFixture("kgviz-hub-") {}
};

TEST_F(HubCli, AnalyzeOfAMillionLeafStarFinishes) {
  // 12 MB of edge list; the check is ctest's timeout (no timing here): clustering and eigenvector
  // used to take minutes, the path metrics would take hours.
  {
    std::ofstream csv(dir_ / "star.csv", std::ios::binary);
    csv << "source,target\n";
    for (int v = 1; v <= 1'000'000; ++v) csv << "hub," << v << '\n';
  }
  const auto run = kgviz("analyze star.csv --undirected --format csv -o metrics.csv");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("kgviz: note: betweenness, closeness and harmonic skipped"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(run.err.find("clustering skipped"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("eigenvector"), std::string::npos) << run.err;
  std::istringstream table(read("metrics.csv"));
  std::string header;
  std::string hub;
  std::getline(table, header);
  std::getline(table, hub);
  EXPECT_EQ(header,
            "id,label,type,degree,in_degree,out_degree,pagerank,eigenvector,core,component,"
            "clustering,community");
  EXPECT_EQ(hub.rfind("hub,hub,,1000000,1000000,1000000,", 0), 0u) << hub;
  EXPECT_NE(hub.find(",0.7071067811865"), std::string::npos) << hub;
}

}  // namespace
}  // namespace kgviz
