#include "analysis/bfs.hpp"

#include <algorithm>

namespace kgviz {

namespace {
constexpr std::uint64_t kAlpha = 14;  // Beamer's switching thresholds
constexpr std::size_t kBeta = 24;
}  // namespace

LevelSearch::LevelSearch(const Adjacency& forward, const Adjacency& backward)
    : forward_(forward), backward_(backward), level_(forward.vertex_count(), -1) {
  reached_.reserve(forward.vertex_count());
}

void LevelSearch::run(Index source) {
  const std::size_t n = forward_.vertex_count();
  reached_.clear();
  level_sizes_.assign(1, 1);
  level_[source] = 0;
  reached_.push_back(source);
  std::size_t frontier_begin = 0;
  std::size_t frontier_end = 1;
  std::uint64_t frontier_arcs = forward_.degree(source);
  std::uint64_t unexplored_arcs = forward_.arc_count() - frontier_arcs;
  bool bottom_up = false;
  for (std::int32_t depth = 0; frontier_end > frontier_begin; ++depth) {
    const std::int32_t next = depth + 1;
    const std::size_t frontier_size = frontier_end - frontier_begin;
    if (!bottom_up && frontier_arcs * kAlpha > unexplored_arcs) {
      bottom_up = true;
    } else if (bottom_up && frontier_size * kBeta < n) {
      bottom_up = false;
    }
    std::uint64_t next_arcs = 0;
    if (!bottom_up) {
      for (std::size_t i = frontier_begin; i < frontier_end; ++i) {
        const Index v = reached_[i];
        for (std::uint64_t a = forward_.begin(v), end = forward_.end(v); a < end; ++a) {
          const Index t = forward_.targets[a];
          if (level_[t] >= 0) continue;
          level_[t] = next;
          reached_.push_back(t);
          next_arcs += forward_.degree(t);
        }
      }
    } else {
      for (Index u = 0; u < n; ++u) {
        if (level_[u] >= 0) continue;
        for (std::uint64_t a = backward_.begin(u), end = backward_.end(u); a < end; ++a) {
          if (level_[backward_.targets[a]] == depth) {
            level_[u] = next;
            reached_.push_back(u);
            next_arcs += forward_.degree(u);
            break;
          }
        }
      }
    }
    frontier_begin = frontier_end;
    frontier_end = reached_.size();
    if (frontier_end > frontier_begin) level_sizes_.push_back(frontier_end - frontier_begin);
    frontier_arcs = next_arcs;
    unexplored_arcs -= std::min(unexplored_arcs, next_arcs);
  }
}

void LevelSearch::reset() {
  for (Index v : reached_) level_[v] = -1;
  reached_.clear();
}

}  // namespace kgviz
