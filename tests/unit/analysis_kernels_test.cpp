// One test per analysis kernel (degree, betweenness, closeness, harmonic, pagerank, eigenvector,
// core, component, strong_component, clustering, community modularity, paths) on the small graphs
// drawn in kernel_graphs.hpp, each read four ways as parameterised cases: undirected or directed,
// unweighted or weighted by its edge labels. Expected values come from networkx
// (tests/reference/kernels/make_kernels.py -> expected.json). Every per-node metric is also
// computed with 1 and 3 threads, which must give the same bits.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/analyze.hpp"
#include "analysis/community.hpp"
#include "analysis/csr.hpp"
#include "analysis/paths.hpp"
#include "kernel_graphs.hpp"

namespace kgviz {
namespace {

using test::DrawnGraph;
using test::kDrawnGraphs;

const nlohmann::json& reference() {
  static const nlohmann::json doc = [] {
    std::ifstream in(std::string(KGVIZ_TEST_DATA_DIR) + "/reference/kernels/expected.json");
    std::stringstream text;
    text << in.rdbuf();
    return nlohmann::json::parse(text.str());
  }();
  return doc;
}

struct KernelCase {
  const DrawnGraph* graph;
  bool directed;
  bool weighted;

  [[nodiscard]] std::string key() const {
    return std::string(directed ? "directed" : "undirected") + (weighted ? "_weighted" : "");
  }
  [[nodiscard]] const nlohmann::json& expected() const {
    return reference().at("graphs").at(graph->name).at("cases").at(key());
  }
};

std::ostream& operator<<(std::ostream& out, const KernelCase& c) {
  return out << c.graph->name << "/" << c.key();
}

/// The drawn graph as a KnowledgeGraph: vertices "0".."n-1", relations in drawing order, each with
/// its label as edge attribute `weight`.
KnowledgeGraph build(const DrawnGraph& drawn, bool directed) {
  KnowledgeGraph graph;
  graph.set_directed(directed);
  for (std::size_t v = 0; v < drawn.nodes; ++v) graph.add_entity(std::to_string(v), "", "");
  std::istringstream tokens(drawn.edges);
  std::string token;
  while (tokens >> token) {
    const auto dash = token.find('-');
    const auto colon = token.find(':');
    const auto a = static_cast<VertexId>(std::stoul(token.substr(0, dash)));
    const auto b = static_cast<VertexId>(std::stoul(token.substr(dash + 1, colon - dash - 1)));
    const EdgeId e = graph.add_relation(a, b);
    graph.set_edge_real(e, "weight", std::stod(token.substr(colon + 1)));
  }
  return graph;
}

std::vector<KernelCase> all_cases() {
  std::vector<KernelCase> cases;
  for (const DrawnGraph& graph : kDrawnGraphs) {
    for (const bool directed : {false, true}) {
      for (const bool weighted : {false, true}) cases.push_back({&graph, directed, weighted});
    }
  }
  return cases;
}

class AnalysisKernels : public ::testing::TestWithParam<KernelCase> {
 protected:
  const KernelCase& param() const { return GetParam(); }
  KnowledgeGraph graph() const { return build(*param().graph, param().directed); }

  AnalysisResult analyze_with(const std::vector<std::string>& metrics, unsigned threads,
                              bool full_summary = false) const {
    AnalysisOptions options;
    for (const auto& name : metrics) options.metrics.push_back(*metric_named(name));
    options.threads = threads;
    options.full_summary = full_summary;
    if (param().weighted) options.weight = "weight";
    return analyze(graph(), options);
  }

  /// Metric `name` against networkx, and the same bits with 1 and 3 threads.
  void check_metric(const std::string& name, double tolerance) const {
    SCOPED_TRACE(name);
    const AnalysisResult one = analyze_with({name}, 1);
    const AnalysisResult three = analyze_with({name}, 3);
    const MetricColumn* column = one.metrics.find(name);
    ASSERT_NE(column, nullptr);
    const nlohmann::json& expected = param().expected().at("metrics").at(name);
    ASSERT_EQ(column->values.size(), expected.size());
    for (std::size_t v = 0; v < expected.size(); ++v) {
      SCOPED_TRACE("vertex " + std::to_string(v));
      const double value = column->values[v];
      if (expected[v].is_null()) {
        EXPECT_TRUE(std::isnan(value)) << value;
      } else if (expected[v].is_number_integer()) {
        EXPECT_EQ(value, expected[v].get<double>());
      } else {
        EXPECT_NEAR(value, expected[v].get<double>(), tolerance);
      }
      const double again = three.metrics.find(name)->values[v];
      EXPECT_TRUE(std::isnan(value) ? std::isnan(again) : value == again)
          << value << " vs " << again;
    }
  }
};

constexpr double kExact = 1e-12;    // closed-form sums: equal up to summation order
constexpr double kIterated = 1e-9;  // power iterations stop at a tolerance

TEST_P(AnalysisKernels, DrawingMatchesTheReference) {
  const nlohmann::json& drawn = reference().at("graphs").at(param().graph->name);
  EXPECT_EQ(drawn.at("edges").get<std::string>(), param().graph->edges)
      << "kernel_graphs.hpp changed: run tests/reference/kernels/make_kernels.py";
  EXPECT_EQ(drawn.at("parts").get<std::string>(), param().graph->parts);
  EXPECT_EQ(drawn.at("nodes").get<std::size_t>(), param().graph->nodes);
}

TEST_P(AnalysisKernels, Degree) {
  check_metric("degree", 0);
  check_metric("in_degree", 0);
  check_metric("out_degree", 0);
}

TEST_P(AnalysisKernels, Betweenness) { check_metric("betweenness", kExact); }
TEST_P(AnalysisKernels, Closeness) { check_metric("closeness", kExact); }
TEST_P(AnalysisKernels, Harmonic) { check_metric("harmonic", kExact); }
TEST_P(AnalysisKernels, Pagerank) { check_metric("pagerank", kIterated); }
TEST_P(AnalysisKernels, Eigenvector) { check_metric("eigenvector", kIterated); }
TEST_P(AnalysisKernels, Core) { check_metric("core", 0); }
TEST_P(AnalysisKernels, Component) { check_metric("component", 0); }
TEST_P(AnalysisKernels, StrongComponent) { check_metric("strong_component", 0); }

TEST_P(AnalysisKernels, Clustering) {
  check_metric("clustering", kExact);
  const GraphSummary summary = analyze_with({"clustering"}, 1, true).summary;
  ASSERT_TRUE(summary.average_clustering.has_value());
  EXPECT_NEAR(*summary.average_clustering,
              param().expected().at("average_clustering").get<double>(), kExact);
  EXPECT_NEAR(*summary.transitivity, param().expected().at("transitivity").get<double>(), kExact);
  EXPECT_EQ(summary.diameter, param().expected().at("diameter").get<std::size_t>());
}

TEST_P(AnalysisKernels, ModularityOfTheDrawnPartition) {
  const KnowledgeGraph g = graph();
  const std::vector<double> weights =
      param().weighted ? edge_weights(g, "weight", true) : std::vector<double>{};
  const Adjacency undirected = simple_undirected(g, weights);
  std::vector<Index> parts;
  std::istringstream labels(param().graph->parts);
  for (Index label = 0; labels >> label;) parts.push_back(label);
  for (const auto& [resolution, expected] : param().expected().at("modularity").items()) {
    SCOPED_TRACE("resolution " + resolution);
    const std::optional<double> value = modularity(undirected, parts, std::stod(resolution));
    if (expected.is_null()) {
      EXPECT_FALSE(value.has_value());
    } else {
      ASSERT_TRUE(value.has_value());
      EXPECT_NEAR(*value, expected.get<double>(), kExact);
    }
  }
}

/// Every shortest chain between every ordered pair, against networkx's all_shortest_paths.
void check_paths(const KnowledgeGraph& graph, const nlohmann::json& expected, bool directed,
                 bool weighted) {
  PathOptions options;
  options.directed = directed;
  options.all = true;
  if (weighted) options.weight = "weight";
  for (VertexId s = 0; s < graph.node_count(); ++s) {
    for (VertexId t = 0; t < graph.node_count(); ++t) {
      const std::string pair = std::to_string(s) + "-" + std::to_string(t);
      SCOPED_TRACE(pair);
      const PathResult result = shortest_relation_paths(graph, s, t, options);
      if (!expected.contains(pair)) {
        EXPECT_TRUE(result.paths.empty());
        continue;
      }
      const nlohmann::json& want = expected.at(pair);
      EXPECT_NEAR(result.length, want.at("length").get<double>(), kExact);
      EXPECT_EQ(result.paths.size(), want.at("chains").get<std::size_t>());
      std::set<std::vector<VertexId>> sequences;
      for (const RelationPath& chain : result.paths) {
        std::vector<VertexId> sequence{s};
        double length = 0;
        for (const PathHop& hop : chain) {
          EXPECT_EQ(hop.from, sequence.back());
          EXPECT_EQ(hop.from, hop.forward ? graph.source(hop.edge) : graph.target(hop.edge));
          EXPECT_EQ(hop.to, hop.forward ? graph.target(hop.edge) : graph.source(hop.edge));
          if (directed && graph.directed()) {
            EXPECT_TRUE(hop.forward);
          }
          length += weighted ? *graph.edge_number(hop.edge, "weight") : 1.0;
          sequence.push_back(hop.to);
        }
        EXPECT_NEAR(length, result.length, kExact);
        sequences.insert(sequence);
      }
      std::set<std::vector<VertexId>> want_sequences;
      for (const auto& path : want.at("paths"))
        want_sequences.insert(path.get<std::vector<VertexId>>());
      EXPECT_EQ(sequences, want_sequences);
    }
  }
}

TEST_P(AnalysisKernels, PathsEitherWay) {
  check_paths(graph(), param().expected().at("paths_either_way"), false, param().weighted);
}

// Along the relations' direction; an undirected graph's relations go both ways regardless.
TEST_P(AnalysisKernels, PathsAlongDirection) {
  const char* table = param().directed ? "paths_along" : "paths_either_way";
  check_paths(graph(), param().expected().at(table), true, param().weighted);
}

INSTANTIATE_TEST_SUITE_P(Drawn, AnalysisKernels, ::testing::ValuesIn(all_cases()),
                         [](const ::testing::TestParamInfo<KernelCase>& info) {
                           return std::string(info.param.graph->name) + "_" + info.param.key();
                         });

// Louvain and Leiden both find the two cliques of two_cliques, whatever the reading, and report
// the modularity of what they found.
TEST(AnalysisKernelsCommunity, LouvainAndLeidenFindTheTwoCliques) {
  const DrawnGraph* cliques = nullptr;
  for (const DrawnGraph& drawn : kDrawnGraphs) {
    if (std::string(drawn.name) == "two_cliques") cliques = &drawn;
  }
  ASSERT_NE(cliques, nullptr);
  for (const KernelCase& c : {KernelCase{cliques, false, false}, KernelCase{cliques, false, true},
                              KernelCase{cliques, true, false}, KernelCase{cliques, true, true}}) {
    for (const CommunityMethod algorithm : {CommunityMethod::Louvain, CommunityMethod::Leiden}) {
      SCOPED_TRACE(c.key() + " " + std::string(community_method_name(algorithm)));
      AnalysisOptions options;
      options.metrics = {Metric::Community};
      options.algorithm = algorithm;
      if (c.weighted) options.weight = "weight";
      const AnalysisResult result = analyze(build(*cliques, c.directed), options);
      const std::vector<double>& community = result.metrics.find("community")->values;
      // Equal sizes: the community of vertex 0 (the first member) is numbered 0.
      EXPECT_EQ(community, (std::vector<double>{0, 0, 0, 0, 1, 1, 1, 1}));
      ASSERT_TRUE(result.summary.modularity.has_value());
      EXPECT_NEAR(*result.summary.modularity, c.expected().at("modularity").at("1").get<double>(),
                  kExact);
    }
  }
}

}  // namespace
}  // namespace kgviz
