// ForceAtlas2 (analysis/layout.hpp): the same positions for a seed whatever the thread count,
// finite coordinates on awkward inputs, and a picture that keeps apart what the graph keeps apart.
#include "analysis/layout.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/csr.hpp"
#include "kernel_graphs.hpp"

namespace kgviz {
namespace {

/// The simple undirected view of a graph with `n` vertices and the relations "a-b a-c ...".
Adjacency view(std::size_t n, const std::string& edges) {
  KnowledgeGraph graph;
  graph.set_directed(false);
  for (std::size_t v = 0; v < n; ++v) graph.add_entity(std::to_string(v), "", "");
  std::istringstream tokens(edges);
  std::string token;
  while (tokens >> token) {
    const auto dash = token.find('-');
    const auto colon = token.find(':');
    graph.add_relation(static_cast<VertexId>(std::stoul(token.substr(0, dash))),
                       static_cast<VertexId>(std::stoul(token.substr(dash + 1, colon - dash - 1))));
  }
  return simple_undirected(graph, {});
}

/// Two k-cliques, {0..k-1} and {k..2k-1}, joined by the one edge (k-1, k).
std::string two_cliques(std::size_t k) {
  std::string edges;
  for (std::size_t side = 0; side < 2; ++side) {
    for (std::size_t a = 0; a < k; ++a) {
      for (std::size_t b = a + 1; b < k; ++b) {
        edges += std::to_string(side * k + a) + "-" + std::to_string(side * k + b) + " ";
      }
    }
  }
  return edges + std::to_string(k - 1) + "-" + std::to_string(k);
}

std::vector<LayoutPoint> layout(const Adjacency& g, std::uint64_t seed, unsigned threads,
                                std::size_t iterations = 0) {
  ForceLayoutOptions options;
  options.seed = seed;
  options.threads = threads;
  options.iterations = iterations;
  return force_directed_layout(g, options);
}

double distance(const LayoutPoint& a, const LayoutPoint& b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

void expect_same_bits(const std::vector<LayoutPoint>& a, const std::vector<LayoutPoint>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t v = 0; v < a.size(); ++v) {
    EXPECT_EQ(a[v].x, b[v].x) << "vertex " << v;
    EXPECT_EQ(a[v].y, b[v].y) << "vertex " << v;
  }
}

void expect_finite(const std::vector<LayoutPoint>& points) {
  for (std::size_t v = 0; v < points.size(); ++v) {
    EXPECT_TRUE(std::isfinite(points[v].x) && std::isfinite(points[v].y)) << "vertex " << v;
  }
}

TEST(ForceAtlas2, SameSeedSamePositionsForAnyThreadCount) {
  // Enough vertices for several parallel blocks and a deep quadtree.
  std::string edges;
  std::uint64_t state = 1;
  for (std::size_t v = 1; v < 300; ++v) {
    state = state * 6364136223846793005u + 1442695040888963407u;  // a fixed pseudo-random tree
    edges += std::to_string(v) + "-" + std::to_string((state >> 33) % v) + " ";
    edges += std::to_string(v) + "-" + std::to_string(v / 2) + " ";
  }
  const Adjacency g = view(300, edges);
  const auto reference = layout(g, 42, 1);
  expect_same_bits(reference, layout(g, 42, 1));
  expect_same_bits(reference, layout(g, 42, 2));
  expect_same_bits(reference, layout(g, 42, 5));
  const auto other_seed = layout(g, 43, 1);
  bool differs = false;
  for (std::size_t v = 0; v < reference.size(); ++v) {
    differs = differs || reference[v].x != other_seed[v].x || reference[v].y != other_seed[v].y;
  }
  EXPECT_TRUE(differs) << "the seed should decide the starting positions";
}

TEST(ForceAtlas2, FiniteOnAwkwardGraphs) {
  expect_finite(layout(view(1, ""), 0, 2));                 // one vertex
  expect_finite(layout(view(2, "0-1"), 0, 2));              // one edge
  expect_finite(layout(view(6, ""), 0, 2));                 // no edges at all
  expect_finite(layout(view(5, "0-1 0-2 0-3 0-4"), 0, 2));  // a star
  expect_finite(layout(view(40, two_cliques(20)), 7, 2));   // dense parts
  EXPECT_TRUE(layout(view(0, ""), 0, 2).empty());
  // Many disconnected pieces, some isolated: gravity keeps them at a finite distance.
  std::string pairs;
  for (std::size_t v = 0; v + 1 < 60; v += 3)
    pairs += std::to_string(v) + "-" + std::to_string(v + 1) + " ";
  const auto scattered = layout(view(60, pairs), 3, 2);
  expect_finite(scattered);
}

TEST(ForceAtlas2, SeparatesTwoCliquesJoinedByOneEdge) {
  for (const std::size_t k : {4, 6, 10}) {
    const Adjacency g = view(2 * k, two_cliques(k));
    for (std::uint64_t seed = 0; seed < 5; ++seed) {
      SCOPED_TRACE("k = " + std::to_string(k) + ", seed " + std::to_string(seed));
      const auto points = layout(g, seed, 2);
      expect_finite(points);
      double within = 0;  // largest distance between members of one clique
      double between = std::numeric_limits<double>::infinity();  // smallest across, bridge aside
      for (std::size_t a = 0; a < 2 * k; ++a) {
        for (std::size_t b = a + 1; b < 2 * k; ++b) {
          const bool same = (a < k) == (b < k);
          const bool bridge = a == k - 1 && b == k;
          const double d = distance(points[a], points[b]);
          if (same) within = std::max(within, d);
          if (!same && !bridge) between = std::min(between, d);
        }
      }
      EXPECT_GT(between, within);
    }
  }
}

// The drawn graphs of the kernel tests, as a last check that nothing degenerates.
TEST(ForceAtlas2, DrawnGraphsGetDistinctFinitePositions) {
  for (const test::DrawnGraph& drawn : test::kDrawnGraphs) {
    SCOPED_TRACE(drawn.name);
    const auto points = layout(view(drawn.nodes, drawn.edges), 0, 2);
    expect_finite(points);
    for (std::size_t a = 0; a < points.size(); ++a) {
      for (std::size_t b = a + 1; b < points.size(); ++b)
        EXPECT_GT(distance(points[a], points[b]), 0.0);
    }
  }
}

}  // namespace
}  // namespace kgviz
