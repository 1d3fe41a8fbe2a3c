// Centrality measures, each equal to a networkx 3.x call (DESIGN.md "Metrics").
#pragma once

#include <cstdint>
#include <vector>

#include "analysis/csr.hpp"
#include "analysis/parallel.hpp"

namespace kgviz {

/// Brandes betweenness, `nx.betweenness_centrality(G, normalized=True, weight=...)`: shortest
/// paths along `paths` (a path view: no parallel arcs, no self-loops; weighted = Dijkstra with
/// networkx's tie rule of exact equality), normalised by 1/((n-1)(n-2)) when n > 2 (undirected
/// graphs count each pair in both directions, which is the usual 2/((n-1)(n-2)) on pairs).
/// O(nm) time (O(nm + n² log n) weighted), O(n + m) memory per block of sources; parallel over
/// `threads` with a fixed block split, so the numbers do not depend on the thread count.
/// With `sources`, only paths from those vertices count and the result is scaled by n/k, as
/// networkx's `k=` sampling does (an estimate). `reverse` (the reversed path view; the same one
/// when undirected), when given, lets unweighted searches expand a level bottom-up.
std::vector<double> betweenness_centrality(const Adjacency& paths, const Adjacency* reverse,
                                           unsigned threads,
                                           const std::vector<Index>* sources = nullptr,
                                           const ProgressCallback& progress = {});

struct DistanceCentralities {
  std::vector<double> closeness;  ///< nx.closeness_centrality (Wasserman-Faust, wf_improved)
  std::vector<double> harmonic;   ///< nx.harmonic_centrality (unnormalised)
};

/// Closeness and harmonic centrality from one search per vertex over `incoming`, the path view of
/// the reversed graph (the graph itself when undirected): both use distances *to* the vertex, as
/// networkx does on directed graphs. `outgoing` is the reverse of `incoming` (the same view when
/// undirected); unweighted searches use it for bottom-up steps. O(nm) time, O(n) memory per
/// thread.
DistanceCentralities distance_centralities(const Adjacency& incoming, const Adjacency& outgoing,
                                           unsigned threads, const ProgressCallback& progress = {});

struct PowerIterationResult {
  std::vector<double> values;
  bool converged = true;
  std::size_t iterations = 0;
};

/// PageRank with damping `alpha`, uniform teleport, dangling mass spread uniformly, on the flow
/// view (arc weight = multiplicity or summed weight); power iteration until the L1 change is below
/// n * `tolerance`.
PowerIterationResult pagerank(const Adjacency& flow, double alpha, double tolerance,
                              std::size_t max_iterations, unsigned threads);

/// `nx.eigenvector_centrality(U)`: the dominant eigenvector of the simple undirected view's
/// adjacency matrix, unit Euclidean length, positive. Restarted Lanczos (at most 20 basis vectors,
/// at most 256 MiB of them) finds it in few products A·x even where networkx's power iteration
/// on A + I crawls (hubs: a star's spectrum is symmetric, ±sqrt(leaves)); then the power
/// iteration on A + I runs from it until the L1 change is below n * `tolerance`, networkx's
/// stopping rule. `max_iterations` bounds the products A·x of both. Sequential, so the numbers
/// do not depend on the thread count. The caller decides what a disconnected U means (kgviz
/// reports it undefined).
PowerIterationResult eigenvector_centrality(const Adjacency& undirected, double tolerance,
                                            std::size_t max_iterations);

}  // namespace kgviz
