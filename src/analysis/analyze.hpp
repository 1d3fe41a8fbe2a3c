// The analysis entry point: computes the selected per-entity metrics, communities and the graph
// summary of DESIGN.md ("Metrics", "analyze --format json") on one graph.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/community.hpp"
#include "model/analysis_result.hpp"
#include "model/computed_columns.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

struct AnalysisOptions {
  std::vector<Metric> metrics;  ///< in the order named (repeats ignored); empty = the default set
  std::optional<std::string> weight;  ///< --weight ATTR
  CommunityMethod algorithm = CommunityMethod::Louvain;
  double resolution = 1.0;    ///< Louvain resolution
  std::uint64_t seed = 0;     ///< Louvain seed
  unsigned threads = 0;       ///< 0 = all hardware threads
  bool full_summary = false;  ///< also diameter, clustering averages, transitivity
  /// The default set (no metrics named) leaves out a metric whose cost on this graph is over this
  /// many steps: betweenness, closeness, harmonic (n x (n + arcs)), clustering (its triangle
  /// search; also the summary's average_clustering and transitivity), and bounds eigenvector's
  /// iterations. Named metrics are never bounded. A path step costs about 7 ns (closeness of a
  /// 50,000-node, 100,000-arc graph: 7.5e9 steps, ~50 CPU seconds), so the three path metrics
  /// within this bound take well under a minute together.
  std::uint64_t default_work_bound = 2'000'000'000;
  std::size_t samples = 0;  ///< betweenness from this many seeded random sources (0 = exact)
  /// Told the metric being computed and the fraction done (negative: just started or unknown).
  std::function<void(const std::string& step, double fraction)> progress;
};

/// Runs the analysis: the named metrics, or the default set (every metric, strong_component only
/// on directed graphs, those over `default_work_bound` left out with a note). Throws Error for an
/// unusable --weight (missing, non-numeric, NaN/inf or negative values).
AnalysisResult analyze(const KnowledgeGraph& graph, const AnalysisOptions& options);

}  // namespace kgviz
