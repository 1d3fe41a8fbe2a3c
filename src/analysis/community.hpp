// Community detection on the simple undirected view U.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/csr.hpp"

namespace kgviz {

enum class CommunityMethod { Louvain, Leiden };

/// The name of `method` as `--algorithm` and the summary spell it ("louvain", "leiden").
constexpr std::string_view community_method_name(CommunityMethod method) {
  return method == CommunityMethod::Leiden ? "leiden" : "louvain";
}

struct CommunityOptions {
  CommunityMethod method = CommunityMethod::Louvain;
  double resolution = 1.0;
  std::uint64_t seed = 0;
  double threshold = 1e-7;   ///< stop when a level gains less modularity than this (networkx's)
  std::size_t restarts = 0;  ///< independent seeded runs, best kept; 0 = by graph size
};

/// Communities of the simple undirected view, maximising modularity at `resolution`:
///  - Louvain (Blondel et al. 2008) as networkx's `louvain_communities`: local moving of vertices
///    in a seeded random order, aggregation, repeated while modularity gains more than
///    `threshold`, then one more round of vertex moves from the final communities;
///  - Leiden (Traag et al. 2019): the same moves, plus a refinement before each aggregation that
///    keeps every community connected.
/// Runs are restarted from a few seeds derived from `seed` and the best modularity is kept.
/// Returns a community label per vertex, numbered by size descending, ties by first member.
/// O(m) per round of moves; deterministic for a seed (own RNG, not std::shuffle).
std::vector<Index> detect_communities(const Adjacency& undirected, const CommunityOptions& options);

/// `nx.community.modularity(U, communities, weight, resolution)`; nullopt when U has no edges.
std::optional<double> modularity(const Adjacency& undirected, const std::vector<Index>& community,
                                 double resolution);

/// Relabels communities 0.. by size descending, ties by first member in vertex order.
std::vector<Index> number_by_size(const std::vector<Index>& labels);

/// A small, portable, seeded generator (SplitMix64): the same sequence on every platform.
class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();
  /// Uniform integer in [0, bound) without modulo bias.
  std::uint64_t below(std::uint64_t bound);

 private:
  std::uint64_t state_;
};

}  // namespace kgviz
