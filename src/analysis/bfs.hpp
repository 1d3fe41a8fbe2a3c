// Direction-optimising breadth-first search (Beamer, Asanovic, Patterson 2012) for the searches
// that need only distances (closeness, harmonic, eccentricities): while the frontier is small it
// expands its arcs (top-down); once its arcs outnumber those of the unvisited vertices, every
// unvisited vertex looks for any parent in the frontier and stops at the first (bottom-up). On
// small-world graphs this skips most arc checks of the middle levels.
#pragma once

#include <cstdint>
#include <vector>

#include "analysis/csr.hpp"

namespace kgviz {

class LevelSearch {
 public:
  /// Searches follow `forward`; `backward` is its reverse (the same view for undirected graphs).
  LevelSearch(const Adjacency& forward, const Adjacency& backward);

  /// Breadth-first from `source`. Until reset(), level(v) is v's distance (-1 = unreached).
  void run(Index source);
  [[nodiscard]] std::int32_t level(Index v) const { return level_[v]; }
  /// Vertices reached, by level (source first).
  [[nodiscard]] const std::vector<Index>& reached() const { return reached_; }
  /// Number of vertices at each level (index 0 = the source).
  [[nodiscard]] const std::vector<std::size_t>& level_sizes() const { return level_sizes_; }
  /// The largest level reached.
  [[nodiscard]] std::size_t eccentricity() const { return level_sizes_.size() - 1; }
  /// Forgets the last search in O(reached).
  void reset();

 private:
  const Adjacency& forward_;
  const Adjacency& backward_;
  std::vector<std::int32_t> level_;
  std::vector<Index> reached_;
  std::vector<std::size_t> level_sizes_;
};

}  // namespace kgviz
