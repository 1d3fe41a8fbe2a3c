// Dijkstra's single-source search, written once for every weighted shortest-path computation
// (betweenness, closeness and harmonic on a weighted path view, `kgviz path --weight`): the
// callers differ only in what they note down, which a visitor tells them.
#pragma once

#include <cstdint>
#include <functional>
#include <queue>
#include <vector>

#include "analysis/csr.hpp"

namespace kgviz {

/// What a search tells its caller; every step does nothing unless a caller overrides it (by
/// hiding: the search is a template, nothing is virtual).
struct DijkstraVisitor {
  /// `v` is settled at `distance`, reached last through `via` (`via` = `v` for the source).
  void settle(Index /*v*/, Index /*via*/, double /*distance*/) {}
  /// The arc v -> t gave t a shorter tentative distance than any before (or its first one).
  void shorter(Index /*v*/, Index /*t*/) {}
  /// The arc v -> t reaches t exactly as far as its tentative distance (another shortest way).
  void tie(Index /*v*/, Index /*t*/) {}
};

/// The state of one search, reused across sources: after `run`, `distance` and `settled_order`
/// describe the search until `reset` (O(vertices reached)) forgets it. Weights must be >= 0.
class DijkstraSearch {
 public:
  explicit DijkstraSearch(std::size_t vertex_count)
      : distance_(vertex_count, -1.0), settled_(vertex_count, 0) {}

  /// Searches from `source`. `for_each_arc(v, relax)` calls `relax(t, weight)` for each arc of v.
  /// Vertices are settled by distance, equal distances in the order they were reached (first in,
  /// first out: networkx's heap with its insertion counter), which decides sums the same way
  /// networkx does.
  template <class ForEachArc, class Visitor>
  void run(Index source, const ForEachArc& for_each_arc, Visitor& visitor) {
    std::uint64_t counter = 0;
    distance_[source] = 0;
    heap_.push({0.0, counter++, source, source});
    while (!heap_.empty()) {
      const Entry top = heap_.top();
      heap_.pop();
      const Index v = top.vertex;
      if (settled_[v] != 0) continue;
      settled_[v] = 1;
      order_.push_back(v);
      visitor.settle(v, top.via, top.distance);
      for_each_arc(v, [&](Index t, double weight) {
        const double candidate = top.distance + weight;
        if (settled_[t] == 0 && (distance_[t] < 0 || candidate < distance_[t])) {
          distance_[t] = candidate;
          heap_.push({candidate, counter++, v, t});
          visitor.shorter(v, t);
        } else if (candidate == distance_[t]) {
          visitor.tie(v, t);
        }
      });
    }
  }

  /// Searches `paths` (a weighted or unweighted Adjacency) from `source`.
  template <class Visitor>
  void run(Index source, const Adjacency& paths, Visitor& visitor) {
    run(
        source,
        [&paths](Index v, const auto& relax) {
          for (std::uint64_t a = paths.begin(v); a < paths.end(v); ++a)
            relax(paths.targets[a], paths.weight(a));
        },
        visitor);
  }

  /// The distance of `v` from the last source; negative when it was not reached.
  [[nodiscard]] double distance(Index v) const { return distance_[v]; }
  /// The vertices the last search reached, in the order they were settled.
  [[nodiscard]] const std::vector<Index>& settled_order() const { return order_; }

  /// Forgets the last search (every vertex it reached was settled: the heap ran empty).
  void reset() {
    for (const Index v : order_) {
      distance_[v] = -1;
      settled_[v] = 0;
    }
    order_.clear();
  }

 private:
  struct Entry {
    double distance;
    std::uint64_t order;  // insertion counter: ties pop first-in first
    Index via;
    Index vertex;
    bool operator>(const Entry& other) const {
      return distance != other.distance ? distance > other.distance : order > other.order;
    }
  };
  std::vector<double> distance_;
  std::vector<std::uint8_t> settled_;
  std::vector<Index> order_;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap_;
};

}  // namespace kgviz
