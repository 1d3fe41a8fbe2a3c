// A force-directed layout for graphs too large for Graphviz to lay out in reasonable time.
#pragma once

#include <cstdint>
#include <vector>

#include "analysis/csr.hpp"
#include "analysis/parallel.hpp"

namespace kgviz {

struct LayoutPoint {
  double x = 0;
  double y = 0;
};

struct ForceLayoutOptions {
  std::size_t iterations = 0;  ///< 0 = by graph size (more for small graphs)
  std::uint64_t seed = 0;      ///< initial positions
  double scaling = 2.0;        ///< repulsion strength (ForceAtlas2's k_r)
  double gravity = 1.0;        ///< pull towards the centre, keeps components together
  double theta = 1.2;          ///< Barnes-Hut accuracy: larger is faster and coarser
  unsigned threads = 0;        ///< 0 = all cores; the result does not depend on it
};

/// ForceAtlas2 (Jacomy et al. 2014, the layout Gephi users know): degree-weighted repulsion by a
/// Barnes-Hut quadtree, linear attraction along edges, gravity, and its adaptive per-node speed.
/// `undirected` is the simple undirected view (weights ignored). Deterministic for a seed and any
/// thread count. O(iterations * (n log n + m)) time, O(n + m) memory. Positions are in points,
/// scaled so that each node has about a square inch of the drawing.
std::vector<LayoutPoint> force_directed_layout(const Adjacency& undirected,
                                               const ForceLayoutOptions& options,
                                               const ProgressCallback& progress = {});

}  // namespace kgviz
