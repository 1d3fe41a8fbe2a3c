// Structural measures: components, cores, clustering, diameter.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/csr.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// A vertex partition numbered 0, 1, ... in order of each part's first vertex.
struct Partition {
  std::vector<Index> part;  ///< part number of each vertex
  std::size_t count = 0;
};

/// Weakly connected components (connected components of an undirected graph): Boost's disjoint
/// sets over the relation list, O(m α). (components.cpp)
Partition weak_components(const KnowledgeGraph& graph);

/// Strongly connected components along arc direction of `out`: Boost's strong_components
/// (Tarjan, O(n + m)). (components.cpp)
Partition strong_components(const Adjacency& out);

/// `nx.core_number(U)`: Boost's core_numbers (Batagelj-Zaversnik bucket ordering, O(n + m)).
/// (components.cpp)
std::vector<std::size_t> core_numbers(const Adjacency& undirected);

struct Clustering {
  std::vector<double> local;  ///< nx.clustering(U)
  double average = 0.0;       ///< nx.average_clustering(U)
  double transitivity = 0.0;  ///< nx.transitivity(U)
};

/// Triangles counted once each, with every edge oriented towards its end of higher degree (ties:
/// higher vertex number), so a vertex scans at most sqrt(2m) higher neighbours: O(m·sqrt(m))
/// time whatever the hubs (a star costs O(m)), O(n + m) memory. Exact integer counts; the
/// quotients equal networkx's bit for bit.
Clustering clustering(const Adjacency& undirected);

/// The steps clustering() takes on `undirected` (arcs plus scanned higher neighbours), in O(m):
/// how the default metric set bounds its work.
std::uint64_t triangle_search_cost(const Adjacency& undirected);

/// Diameter (in hops) of the largest connected component of U (ties: the component whose first
/// vertex comes first), exact, by Takes & Kosters' BoundingDiameters, which needs far fewer
/// breadth-first searches than n on real graphs (direction-optimising, a few at a time on
/// `threads`). 0 for an empty or edgeless graph.
std::size_t largest_component_diameter(const Adjacency& undirected, unsigned threads);

}  // namespace kgviz
