#include "analysis/community.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace kgviz {

std::uint64_t SeededRandom::next() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::uint64_t SeededRandom::below(std::uint64_t bound) {
  // Rejection sampling on the top of the range keeps every value equally likely.
  const std::uint64_t limit =
      std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % bound;
  std::uint64_t value = next();
  while (value >= limit) value = next();
  return value % bound;
}

namespace {

/// Weighted degree with self-loops counted twice (networkx's `G.degree(weight=...)`).
std::vector<double> weighted_degrees(const Adjacency& g) {
  std::vector<double> degree(g.vertex_count(), 0.0);
  for (Index v = 0; v < g.vertex_count(); ++v) {
    for (std::uint64_t a = g.begin(v); a < g.end(v); ++a) {
      degree[v] += g.weight(a);
      if (g.targets[a] == v) degree[v] += g.weight(a);
    }
  }
  return degree;
}

/// Summed arc weights from one vertex to each label (community, subcommunity) of its neighbours,
/// kept sparse: `labels()` lists the labels added since `clear()` in first-seen order, and clearing
/// costs only what was touched, so a pass over all vertices stays O(m).
class LabelWeights {
 public:
  explicit LabelWeights(std::size_t n) : weight_(n, 0.0), seen_(n, 0) {}
  void add(Index label, double weight) {
    if (!seen_[label]) {
      seen_[label] = 1;
      labels_.push_back(label);
    }
    weight_[label] += weight;
  }
  [[nodiscard]] double weight(Index label) const { return weight_[label]; }
  [[nodiscard]] const std::vector<Index>& labels() const { return labels_; }
  void clear() {
    for (Index label : labels_) {
      weight_[label] = 0;
      seen_[label] = 0;
    }
    labels_.clear();
  }

 private:
  std::vector<double> weight_;
  std::vector<std::uint8_t> seen_;
  std::vector<Index> labels_;
};

/// One level of local moving, from singletons or, with `keep_start`, from the communities already
/// in `community`. Each vertex moves to the neighbouring community of largest modularity gain
/// (networkx `_one_level`'s gain), visiting vertices in a seeded random order; as in Leiden's fast
/// local moving (Traag et al. 2019), after the first round only the neighbours of moved vertices
/// are visited again, until no vertex can improve, which is networkx's stopping point with a
/// fraction of the visits. Returns whether any vertex moved.
bool one_level(const Adjacency& g, double m, const CommunityOptions& options, SeededRandom& random,
               std::vector<Index>& community, bool keep_start) {
  const std::size_t n = g.vertex_count();
  const std::vector<double> degree = weighted_degrees(g);
  if (!keep_start) {
    community.resize(n);
    std::iota(community.begin(), community.end(), Index{0});
  }
  std::vector<double> total(n, 0.0);  // Stot: summed degree of each community
  for (Index v = 0; v < n; ++v) total[community[v]] += degree[v];
  // A ring buffer of vertices to visit, first all in a random order; each vertex at most once.
  std::vector<Index> queue(n);
  std::iota(queue.begin(), queue.end(), Index{0});
  for (std::size_t i = n; i > 1; --i) std::swap(queue[i - 1], queue[random.below(i)]);
  std::vector<std::uint8_t> queued(n, 1);
  std::size_t head = 0;
  std::size_t pending = n;

  LabelWeights weight_to(n);
  const double two_m_squared = 2 * m * m;
  bool improvement = false;
  while (pending > 0) {
    const Index u = queue[head];
    head = head + 1 == n ? 0 : head + 1;
    --pending;
    queued[u] = 0;
    weight_to.clear();
    for (std::uint64_t a = g.begin(u); a < g.end(u); ++a) {
      const Index v = g.targets[a];
      if (v != u) weight_to.add(community[v], g.weight(a));
    }
    const Index current = community[u];
    Index best = current;
    double best_gain = 0;
    total[current] -= degree[u];
    const double remove_cost = -weight_to.weight(current) / m +
                               options.resolution * (total[current] * degree[u]) / two_m_squared;
    for (Index c : weight_to.labels()) {
      const double gain = remove_cost + weight_to.weight(c) / m -
                          options.resolution * (total[c] * degree[u]) / two_m_squared;
      if (gain > best_gain) {
        best_gain = gain;
        best = c;
      }
    }
    total[best] += degree[u];
    if (best == current) continue;
    community[u] = best;
    improvement = true;
    // Neighbours outside the new community may now prefer to follow.
    for (std::uint64_t a = g.begin(u); a < g.end(u); ++a) {
      const Index v = g.targets[a];
      if (queued[v] || community[v] == best) continue;
      queued[v] = 1;
      queue[(head + pending) % n] = v;
      ++pending;
    }
  }
  return improvement;
}

/// Compacts labels to 0..k-1 in order of first appearance; returns k.
std::size_t compact(std::vector<Index>& labels) {
  constexpr Index kUnset = std::numeric_limits<Index>::max();
  std::vector<Index> mapping(labels.size(), kUnset);
  Index next = 0;
  for (Index& label : labels) {
    if (mapping[label] == kUnset) mapping[label] = next++;
    label = mapping[label];
  }
  return next;
}

/// The graph of communities: intra-community weight becomes a self-loop (networkx `_gen_graph`).
Adjacency aggregate(const Adjacency& g, const std::vector<Index>& community, std::size_t count) {
  ArcList arcs;
  arcs.from.reserve(g.arc_count());
  arcs.to.reserve(g.arc_count());
  arcs.weight.reserve(g.arc_count());
  for (Index u = 0; u < g.vertex_count(); ++u) {
    for (std::uint64_t a = g.begin(u); a < g.end(u); ++a) {
      const Index v = g.targets[a];
      const Index cu = community[u];
      const Index cv = community[v];
      double w = g.weight(a);
      // An undirected edge inside a community is seen from both ends: each end adds half.
      if (u != v && cu == cv) w /= 2;
      arcs.from.push_back(cu);
      arcs.to.push_back(cv);
      arcs.weight.push_back(w);
    }
  }
  return build_adjacency(count, arcs, ArcMerge::Sum, true);
}

}  // namespace

std::optional<double> modularity(const Adjacency& g, const std::vector<Index>& community,
                                 double resolution) {
  const std::size_t n = g.vertex_count();
  double degree_sum = 0;
  std::size_t count = 0;
  for (Index c : community) count = std::max<std::size_t>(count, c + 1);
  std::vector<double> inside(count, 0.0);
  std::vector<double> degree(count, 0.0);
  for (Index u = 0; u < n; ++u) {
    for (std::uint64_t a = g.begin(u); a < g.end(u); ++a) {
      const double w = g.weight(a);
      const double ends = g.targets[a] == u ? 2 : 1;
      degree[community[u]] += w * ends;
      degree_sum += w * ends;
      if (community[g.targets[a]] == community[u]) inside[community[u]] += w * ends / 2;
    }
  }
  if (degree_sum == 0) return std::nullopt;
  const double m = degree_sum / 2;
  const double norm = 1 / (degree_sum * degree_sum);
  double q = 0;
  for (std::size_t c = 0; c < count; ++c) {
    q += inside[c] / m - resolution * degree[c] * degree[c] * norm;
  }
  return q;
}

std::vector<Index> number_by_size(const std::vector<Index>& labels) {
  std::vector<Index> compacted(labels);
  const std::size_t count = compact(compacted);  // first-appearance order = first member order
  std::vector<std::size_t> size(count, 0);
  for (Index c : compacted) ++size[c];
  std::vector<Index> by_size(count);
  std::iota(by_size.begin(), by_size.end(), Index{0});
  std::stable_sort(by_size.begin(), by_size.end(),
                   [&](Index a, Index b) { return size[a] > size[b]; });
  std::vector<Index> rank(count);
  for (std::size_t i = 0; i < count; ++i) rank[by_size[i]] = static_cast<Index>(i);
  for (Index& c : compacted) c = rank[c];
  return compacted;
}

namespace {

/// One full Louvain run (levels until the gain is below the threshold), then one more round of
/// local moving of single vertices from the final communities, which can only raise modularity
/// and repairs vertices that aggregation left in a poor community.
std::vector<Index> louvain_run(const Adjacency& undirected, double m,
                               const CommunityOptions& options, std::uint64_t seed) {
  const std::size_t n = undirected.vertex_count();
  std::vector<Index> partition(n);
  std::iota(partition.begin(), partition.end(), Index{0});
  SeededRandom random(seed);
  Adjacency level = undirected;
  double current = *modularity(undirected, partition, options.resolution);
  std::vector<Index> community;
  bool aggregated = false;
  while (true) {
    const bool improved = one_level(level, m, options, random, community, false);
    const std::size_t count = compact(community);
    for (Index& p : partition) p = community[p];
    if (!improved) break;
    const double next = *modularity(level, community, options.resolution);
    if (next - current <= options.threshold) break;
    current = next;
    level = aggregate(level, community, count);
    aggregated = true;
  }
  if (aggregated) one_level(undirected, m, options, random, partition, true);
  return partition;
}

/// Leiden's refinement (Traag, Waltman & van Eck 2019): inside each community every vertex starts
/// alone; in random order, a well-connected vertex that is still alone joins a well-connected
/// subcommunity of its community (or stays), chosen with probability proportional to
/// exp(gain / theta) among the non-negative gains. Subcommunities are therefore connected.
std::vector<Index> refine(const Adjacency& g, double m, const std::vector<Index>& community,
                          double resolution, SeededRandom& random) {
  constexpr double kTheta = 0.01;  // leidenalg's default randomness
  const std::size_t n = g.vertex_count();
  const std::vector<double> degree = weighted_degrees(g);
  std::vector<double> community_degree(n, 0.0);
  for (Index v = 0; v < n; ++v) community_degree[community[v]] += degree[v];
  std::vector<double> inside(n, 0.0);  // weight from v to the rest of its community
  for (Index v = 0; v < n; ++v) {
    for (std::uint64_t a = g.begin(v); a < g.end(v); ++a) {
      const Index u = g.targets[a];
      if (u != v && community[u] == community[v]) inside[v] += g.weight(a);
    }
  }
  std::vector<Index> refined(n);
  std::iota(refined.begin(), refined.end(), Index{0});
  std::vector<double> sub_degree(degree);   // K_S
  std::vector<double> sub_outside(inside);  // E(S, C - S)
  std::vector<std::size_t> sub_size(n, 1);
  std::vector<Index> order(n);
  std::iota(order.begin(), order.end(), Index{0});
  for (std::size_t i = n; i > 1; --i) std::swap(order[i - 1], order[random.below(i)]);

  LabelWeights weight_to(n);
  std::vector<double> gains;
  const double two_m = 2 * m;
  for (Index v : order) {
    if (sub_size[refined[v]] != 1) continue;
    const Index c = community[v];
    const double k = degree[v];
    if (inside[v] < resolution * k * (community_degree[c] - k) / two_m) continue;
    weight_to.clear();
    for (std::uint64_t a = g.begin(v); a < g.end(v); ++a) {
      const Index u = g.targets[a];
      if (u != v && community[u] == c) weight_to.add(refined[u], g.weight(a));
    }
    // Candidates: staying alone (gain 0) and every well-connected neighbouring subcommunity with
    // a non-negative gain; weights exp((gain - best) / theta) avoid overflow.
    const Index own = refined[v];
    std::vector<Index> options{own};
    gains.assign(1, 0.0);
    double best = 0;
    for (Index s : weight_to.labels()) {
      const bool well_connected =
          sub_outside[s] >=
          resolution * sub_degree[s] * (community_degree[c] - sub_degree[s]) / two_m;
      const double gain = weight_to.weight(s) - resolution * k * sub_degree[s] / two_m;
      if (!well_connected || gain < 0) continue;
      options.push_back(s);
      gains.push_back(gain);
      best = std::max(best, gain);
    }
    Index chosen = own;
    if (options.size() > 1) {
      double total = 0;
      for (double& gain : gains) total += (gain = std::exp((gain - best) / kTheta));
      double pick = static_cast<double>(random.next() >> 11) * 0x1.0p-53 * total;
      for (std::size_t i = 0; i < options.size(); ++i) {
        chosen = options[i];
        pick -= gains[i];
        if (pick < 0) break;
      }
    }
    if (chosen != own) {
      refined[v] = chosen;
      sub_degree[chosen] += k;
      sub_outside[chosen] += inside[v] - 2 * weight_to.weight(chosen);
      ++sub_size[chosen];
      sub_size[own] = 0;
    }
  }
  return refined;
}

/// One Leiden run: fast local moving, refinement, aggregation by the refined communities with the
/// unrefined ones as the starting partition, until local moving merges nothing.
std::vector<Index> leiden_run(const Adjacency& undirected, double m,
                              const CommunityOptions& options, std::uint64_t seed) {
  const std::size_t n = undirected.vertex_count();
  std::vector<Index> partition(n);  // original vertex -> vertex of the current level
  std::iota(partition.begin(), partition.end(), Index{0});
  SeededRandom random(seed);
  Adjacency level = undirected;
  std::vector<Index> community;
  bool first = true;
  for (std::size_t levels = 0; levels < 1000; ++levels) {
    one_level(level, m, options, random, community, !first);
    first = false;
    const std::size_t count = compact(community);
    if (count == level.vertex_count()) break;  // nothing merged: done
    std::vector<Index> refined = refine(level, m, community, options.resolution, random);
    const std::size_t refined_count = compact(refined);
    std::vector<Index> start(refined_count);
    for (Index v = 0; v < level.vertex_count(); ++v) start[refined[v]] = community[v];
    for (Index& p : partition) p = refined[p];
    level = aggregate(level, refined, refined_count);
    community = std::move(start);
  }
  for (Index& p : partition) p = community[p];
  return partition;
}

}  // namespace

std::vector<Index> detect_communities(const Adjacency& undirected,
                                      const CommunityOptions& options) {
  const std::size_t n = undirected.vertex_count();
  double m = 0;
  for (std::uint64_t a = 0; a < undirected.arc_count(); ++a) m += undirected.weight(a);
  m /= 2;
  if (m <= 0) {
    std::vector<Index> singletons(n);
    std::iota(singletons.begin(), singletons.end(), Index{0});
    return number_by_size(singletons);
  }
  // The result depends on the visiting order: a few seeded restarts (more on small graphs, where
  // they cost nothing) keep an unlucky order from deciding the answer.
  const std::size_t restarts = options.restarts > 0                  ? options.restarts
                               : undirected.arc_count() <= 20'000    ? 8
                               : undirected.arc_count() <= 2'000'000 ? 2
                                                                     : 1;
  SeededRandom seeds(options.seed);
  std::vector<Index> best;
  double best_quality = 0;
  for (std::size_t run = 0; run < restarts; ++run) {
    std::vector<Index> candidate = options.method == CommunityMethod::Leiden
                                       ? leiden_run(undirected, m, options, seeds.next())
                                       : louvain_run(undirected, m, options, seeds.next());
    const double quality = *modularity(undirected, candidate, options.resolution);
    if (best.empty() || quality > best_quality) {
      best = std::move(candidate);
      best_quality = quality;
    }
  }
  return number_by_size(best);
}

}  // namespace kgviz
