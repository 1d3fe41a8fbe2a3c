#include "analysis/structure.hpp"

#include <algorithm>
#include <limits>

#include "analysis/bfs.hpp"
#include "analysis/parallel.hpp"

namespace kgviz {

namespace {

/// Whether `b` ranks above `a` in the degree order (degree, then vertex number) that orients each
/// edge of U towards its higher end: every vertex then has at most sqrt(2m) higher neighbours.
bool ranks_above(const Adjacency& g, Index a, Index b) {
  return g.degree(a) != g.degree(b) ? g.degree(a) < g.degree(b) : a < b;
}

/// U with each edge kept once, at its lower end: the higher neighbours of every vertex, sorted.
Adjacency oriented_by_degree(const Adjacency& g) {
  const std::size_t n = g.vertex_count();
  Adjacency up;
  up.offsets.assign(n + 1, 0);
  for (Index v = 0; v < n; ++v) {
    std::uint64_t count = 0;
    for (std::uint64_t a = g.begin(v); a < g.end(v); ++a) count += ranks_above(g, v, g.targets[a]);
    up.offsets[v + 1] = up.offsets[v] + count;
  }
  up.targets.resize(up.offsets[n]);
  for (Index v = 0; v < n; ++v) {
    std::uint64_t next = up.offsets[v];
    for (std::uint64_t a = g.begin(v); a < g.end(v); ++a) {
      if (ranks_above(g, v, g.targets[a])) up.targets[next++] = g.targets[a];
    }
  }
  return up;
}

}  // namespace

std::uint64_t triangle_search_cost(const Adjacency& g) {
  const std::size_t n = g.vertex_count();
  std::uint64_t cost = g.arc_count();
  for (Index u = 0; u < n; ++u) {
    std::uint64_t higher = 0;
    for (std::uint64_t a = g.begin(u); a < g.end(u); ++a) higher += ranks_above(g, u, g.targets[a]);
    // Each lower neighbour v of u scans u's `higher` neighbours once.
    cost += (g.degree(u) - higher) * higher;
  }
  return cost;
}

Clustering clustering(const Adjacency& g) {
  const std::size_t n = g.vertex_count();
  Clustering out;
  out.local.assign(n, 0.0);
  if (n == 0) return out;
  // Each triangle is found once, from its lowest-ranked vertex v, through its middle one u: the
  // highest one w is a higher neighbour of both. Integer counts: exact, in any order.
  const Adjacency up = oriented_by_degree(g);
  std::vector<std::uint64_t> triangles(n, 0);
  constexpr Index kNone = std::numeric_limits<Index>::max();
  std::vector<Index> marked_by(n, kNone);
  for (Index v = 0; v < n; ++v) {
    for (std::uint64_t a = up.begin(v); a < up.end(v); ++a) marked_by[up.targets[a]] = v;
    for (std::uint64_t a = up.begin(v); a < up.end(v); ++a) {
      const Index u = up.targets[a];
      for (std::uint64_t b = up.begin(u); b < up.end(u); ++b) {
        const Index w = up.targets[b];
        if (marked_by[w] == v) {
          ++triangles[v];
          ++triangles[u];
          ++triangles[w];
        }
      }
    }
  }
  // networkx's formulas on integers: clustering 2T/(d(d-1)), transitivity 3·triangles/triads; the
  // sums below stay exact in doubles (below 2^53), and each quotient is rounded once, as in Python.
  double sum_local = 0;
  double closed = 0;  // 2 x triangles, summed over vertices (networkx's numerator)
  double triads = 0;  // d (d - 1), summed
  for (Index v = 0; v < n; ++v) {
    const double d = static_cast<double>(g.degree(v));
    if (d >= 2) out.local[v] = 2.0 * static_cast<double>(triangles[v]) / (d * (d - 1));
    sum_local += out.local[v];
    closed += 2.0 * static_cast<double>(triangles[v]);
    triads += d * (d - 1);
  }
  out.average = sum_local / static_cast<double>(n);
  out.transitivity = closed == 0 ? 0.0 : closed / triads;
  return out;
}

namespace {

/// Breadth-first distances from `source`; returns the eccentricity (largest distance reached).
std::size_t bfs(const Adjacency& g, Index source, std::vector<std::int64_t>& distance,
                std::vector<Index>& queue) {
  queue.clear();
  distance[source] = 0;
  queue.push_back(source);
  std::int64_t eccentricity = 0;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const Index v = queue[head];
    eccentricity = distance[v];
    for (std::uint64_t a = g.begin(v); a < g.end(v); ++a) {
      const Index t = g.targets[a];
      if (distance[t] < 0) {
        distance[t] = distance[v] + 1;
        queue.push_back(t);
      }
    }
  }
  return static_cast<std::size_t>(eccentricity);
}

}  // namespace

std::size_t largest_component_diameter(const Adjacency& g, unsigned threads) {
  const std::size_t n = g.vertex_count();
  if (n == 0) return 0;
  // Find the largest component (first by input order on ties).
  std::vector<std::int64_t> distance(n, -1);
  std::vector<Index> queue;
  std::vector<Index> best_members;
  for (Index v = 0; v < n; ++v) {
    if (distance[v] >= 0) continue;
    bfs(g, v, distance, queue);
    if (queue.size() > best_members.size()) best_members = queue;
  }
  std::sort(best_members.begin(), best_members.end());
  if (best_members.size() <= 1) return 0;

  // BoundingDiameters (Takes & Kosters 2011): eccentricity bounds shrink with each search; stop
  // when the diameter's lower and upper bounds meet. Each round searches a fixed number of
  // vertices at once (in parallel), so the work done does not depend on the thread count.
  constexpr std::size_t kInfinity = std::numeric_limits<std::size_t>::max();
  constexpr std::size_t kPerRound = 4;
  std::vector<std::size_t> lower(n, 0);
  std::vector<std::size_t> upper(n, kInfinity);
  std::vector<Index> candidates = best_members;
  std::size_t diameter_lower = 0;
  std::size_t diameter_upper = kInfinity;
  bool pick_upper = true;
  std::vector<LevelSearch> searches;
  for (std::size_t i = 0; i < kPerRound; ++i) searches.emplace_back(g, g);
  std::vector<std::uint8_t> picked(n, 0);
  while (diameter_lower < diameter_upper && !candidates.empty()) {
    // Takes & Kosters' selection: alternately the largest upper bound and the smallest lower
    // bound, ties to the highest degree (central hubs tighten the bounds of many vertices).
    std::vector<Index> round;
    while (round.size() < kPerRound && round.size() < candidates.size()) {
      Index v = 0;
      bool found = false;
      for (Index w : candidates) {
        if (picked[w]) continue;
        const bool better = pick_upper ? upper[w] > upper[v] : lower[w] < lower[v];
        const bool tie = pick_upper ? upper[w] == upper[v] : lower[w] == lower[v];
        if (!found || better || (tie && g.degree(w) > g.degree(v))) v = w;
        found = true;
      }
      picked[v] = 1;
      round.push_back(v);
      pick_upper = !pick_upper;
    }
    parallel_blocks(round.size(), round.size(), threads,
                    [&](std::size_t i, std::size_t, std::size_t) { searches[i].run(round[i]); });
    for (std::size_t i = 0; i < round.size(); ++i) {
      const LevelSearch& search = searches[i];
      picked[round[i]] = 0;
      const std::size_t eccentricity = search.eccentricity();
      diameter_lower = std::max(diameter_lower, eccentricity);
      diameter_upper = std::min(diameter_upper, 2 * eccentricity);
      for (Index w : candidates) {
        const auto d = static_cast<std::size_t>(search.level(w));
        lower[w] = std::max({lower[w], d, eccentricity - d});
        upper[w] = std::min(upper[w], eccentricity + d);
        diameter_lower = std::max(diameter_lower, lower[w]);
      }
    }
    for (auto& search : searches) search.reset();
    std::size_t max_upper = 0;
    for (Index w : candidates) max_upper = std::max(max_upper, upper[w]);
    diameter_upper = std::min(diameter_upper, max_upper);
    std::vector<Index> kept;
    for (Index w : candidates) {
      const bool settled = lower[w] == upper[w];
      const bool irrelevant = upper[w] <= diameter_lower && 2 * lower[w] >= diameter_upper;
      if (!settled && !irrelevant) kept.push_back(w);
    }
    candidates.swap(kept);
  }
  return diameter_lower;
}

}  // namespace kgviz
