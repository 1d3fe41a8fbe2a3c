// Shortest chains of relations between two entities (`kgviz path`).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/analysis_result.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

struct PathOptions {
  bool directed = false;              ///< follow relations only along their direction
  bool all = false;                   ///< every shortest chain, not one
  std::optional<std::string> weight;  ///< edge attribute as distance (Dijkstra); hops otherwise
  std::size_t max_paths = 1000;       ///< cap on --all
};

struct PathResult {
  std::vector<RelationPath> paths;  ///< empty when `to` cannot be reached
  double length = 0;                ///< hops, or summed weight
  bool truncated = false;           ///< --all stopped at max_paths
};

/// Shortest chains from `from` to `to`. Parallel relations between the same pair make distinct
/// chains with --all; without it, each hop takes the first relation in input order. Relations of
/// an undirected graph can always be followed both ways. O(m log n). Throws Error for an unusable
/// weight attribute (missing, non-numeric, negative, NaN).
PathResult shortest_relation_paths(const KnowledgeGraph& graph, VertexId from, VertexId to,
                                   const PathOptions& options);

}  // namespace kgviz
