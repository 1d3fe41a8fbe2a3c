// Compact adjacency arrays (CSR) built once per run from the KnowledgeGraph's relation list: the
// analysis kernels run on these. They are the row-start and column arrays of a Boost
// compressed_sparse_row_graph (built in csr.cpp, then taken over), in plain vectors so that this
// header needs no Boost and the hot loops index them directly; components.cpp lets Boost's
// algorithms read an Adjacency as a graph again (graph_traits), without a copy.
//
// Each view answers one convention of networkx:
//  - path view: neighbours without self-loops or repeats (parallel edges add no paths), each with
//    the smallest weight among parallel edges (networkx's multigraph weight function);
//  - flow view: arcs with multiplicity summed into one weighted arc (PageRank's transition matrix);
//  - simple undirected view U: the undirected simple graph without self-loops, weights summed over
//    every edge between the pair in either direction (eigenvector, cores, clustering, Louvain).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/knowledge_graph.hpp"

namespace kgviz {

using Index = std::uint32_t;

/// One adjacency list per vertex, sorted by neighbour; `weights` is empty for unweighted views.
struct Adjacency {
  std::vector<std::uint64_t> offsets;  ///< n + 1 entries
  std::vector<Index> targets;
  std::vector<double> weights;

  [[nodiscard]] std::size_t vertex_count() const {
    return offsets.empty() ? 0 : offsets.size() - 1;
  }
  [[nodiscard]] std::size_t arc_count() const { return targets.size(); }
  [[nodiscard]] std::uint64_t begin(Index v) const { return offsets[v]; }
  [[nodiscard]] std::uint64_t end(Index v) const { return offsets[v + 1]; }
  [[nodiscard]] std::size_t degree(Index v) const {
    return static_cast<std::size_t>(offsets[v + 1] - offsets[v]);
  }
  [[nodiscard]] bool weighted() const { return !weights.empty(); }
  [[nodiscard]] double weight(std::uint64_t arc) const {
    return weights.empty() ? 1.0 : weights[arc];
  }
};

/// How parallel arcs between the same ordered pair merge into one.
enum class ArcMerge { Min, Sum };

/// A directed arc list (u -> v, weight), for views that are not made of the graph's relations
/// (transposes, aggregated graphs).
struct ArcList {
  std::vector<Index> from;
  std::vector<Index> to;
  std::vector<double> weight;  ///< empty when unweighted
};

/// `arcs` as CSR: rows by source, each sorted by neighbour, parallel arcs merged by `merge` in
/// list order (so sums are reproducible); self-loops dropped unless `keep_self_loops`.
Adjacency build_adjacency(std::size_t vertex_count, const ArcList& arcs, ArcMerge merge,
                          bool keep_self_loops);

/// Edge weights of `graph` from attribute `name`: a value per edge, 1 where absent (networkx's
/// default). Throws Error when the attribute does not exist, is not numeric, or a value is NaN or
/// infinite; with `require_nonnegative`, also when a value is negative.
std::vector<double> edge_weights(const KnowledgeGraph& graph, const std::string& name,
                                 bool require_nonnegative);

/// Path view (out-neighbours; `reverse` = in-neighbours) with min weights, no self-loops.
Adjacency path_adjacency(const KnowledgeGraph& graph, const std::vector<double>& weights,
                         bool reverse);
/// Flow view for PageRank: out-arcs with summed multiplicity or weight, self-loops kept.
Adjacency flow_adjacency(const KnowledgeGraph& graph, const std::vector<double>& weights);
/// U: undirected, simple, no self-loops, weights summed over all edges between the pair.
Adjacency simple_undirected(const KnowledgeGraph& graph, const std::vector<double>& weights);

}  // namespace kgviz
