#include "analysis/centrality.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <queue>

#include "analysis/bfs.hpp"
#include "analysis/parallel.hpp"

namespace kgviz {

namespace {

constexpr std::size_t kSourceBlocks = 256;

struct HeapEntry {
  double distance;
  std::uint64_t order;  // insertion counter: ties pop first-in first, as in networkx's heap
  Index predecessor;
  Index vertex;
  bool operator>(const HeapEntry& other) const {
    return distance != other.distance ? distance > other.distance : order > other.order;
  }
};
using MinHeap = std::priority_queue<HeapEntry, std::vector<HeapEntry>, std::greater<>>;

/// Scratch space of one single-source shortest-path search, reused across sources.
struct BrandesScratch {
  BrandesScratch(std::size_t n, std::size_t arcs, bool weighted)
      : hops(weighted ? 0 : n, -1), queue(weighted ? 0 : n), successors(weighted ? 0 : arcs),
        first_successor(weighted ? 0 : n + 1), distance(weighted ? n : 0, -1.0),
        sigma(n, 0.0), delta(weighted ? n : 0, 0.0), settled(weighted ? n : 0, 0),
        seen(weighted ? n : 0, 0), predecessors(weighted ? n : 0) {
    if (weighted) order.reserve(n);
  }
  // Unweighted: BFS level of each vertex reached by the current search, counted from `level_base`;
  // a value below the base was set by an earlier search, so nothing is reset between searches.
  std::vector<std::int32_t> hops;
  std::int32_t level_base = 0;
  std::vector<Index> queue;        // unweighted: BFS order
  std::vector<Index> successors;   // unweighted: shortest-path successors, grouped by vertex
  std::vector<std::uint64_t> first_successor;
  std::vector<double> distance;    // weighted: tentative distance
  std::vector<double> sigma;
  std::vector<double> delta;       // weighted only
  std::vector<std::uint8_t> settled;
  std::vector<std::uint8_t> seen;
  std::vector<std::vector<Index>> predecessors;
  std::vector<Index> order;  // vertices in the order they were settled
};

void accumulate_unweighted(const Adjacency& g, Index s, BrandesScratch& w, std::vector<double>& bc) {
  // Hot loop of the whole analysis (O(n m)): integer hop counts, plain arrays, the successors of
  // each vertex on shortest paths written down during the search (so the backward pass reads only
  // those, in order), and one division per vertex instead of one per arc. Memory traffic decides
  // its speed, so nothing is cleared between searches: a level below `base` is stale (= unreached),
  // sigma is assigned (not added to) when a vertex is reached, and once a vertex is finished its
  // sigma slot holds its coefficient (1 + delta) / sigma, which is all its predecessors read. The
  // arithmetic is the same, operation for operation, as with separate cleared arrays.
  std::int32_t* const hops = w.hops.data();
  double* const sigma = w.sigma.data();  // then the coefficient, once the vertex is finished
  Index* const order = w.queue.data();
  Index* const successors = w.successors.data();
  std::uint64_t* const first_successor = w.first_successor.data();  // by position in `order`
  const Index* const targets = g.targets.data();
  const std::uint64_t* const offsets = g.offsets.data();
  const std::int32_t base = w.level_base;
  std::size_t tail = 0;
  std::uint64_t recorded = 0;
  hops[s] = base;
  sigma[s] = 1;
  order[tail++] = s;
  for (std::size_t head = 0; head < tail; ++head) {
    const Index v = order[head];
    const std::int32_t next = hops[v] + 1;
    const double sigma_v = sigma[v];
    first_successor[head] = recorded;
    for (std::uint64_t a = offsets[v], end = offsets[v + 1]; a < end; ++a) {
      const Index t = targets[a];
      const std::int32_t level = hops[t];
      if (level < base) {
        hops[t] = next;
        sigma[t] = sigma_v;
        order[tail++] = t;
        successors[recorded++] = t;
      } else if (level == next) {
        sigma[t] += sigma_v;
        successors[recorded++] = t;
      }
    }
  }
  first_successor[tail] = recorded;
  for (std::size_t k = tail; k-- > 0;) {
    const Index v = order[k];
    double sum = 0;
    for (std::uint64_t i = first_successor[k], end = first_successor[k + 1]; i < end; ++i) {
      sum += sigma[successors[i]];  // the successor's coefficient
    }
    const double delta = sigma[v] * sum;
    sigma[v] = (1 + delta) / sigma[v];
    if (v != s) bc[v] += delta;
  }
  // The next search counts its levels above every level stored so far (at most n more); before
  // the counter could overflow, the levels are cleared once.
  w.level_base = hops[order[tail - 1]] + 1;
  if (static_cast<std::int64_t>(w.level_base) + static_cast<std::int64_t>(w.hops.size()) >=
      std::numeric_limits<std::int32_t>::max()) {
    std::fill(w.hops.begin(), w.hops.end(), -1);
    w.level_base = 0;
  }
}

/// networkx's `_single_source_dijkstra_path_basic` followed by its accumulation, step for step:
/// predecessors are the vertices whose tentative distance plus the arc weight equals the target's
/// exactly, which decides ties in floating point the same way networkx does.
void accumulate_weighted(const Adjacency& g, Index s, BrandesScratch& w, std::vector<double>& bc) {
  auto& seen_distance = w.distance;
  auto& sigma = w.sigma;
  auto& order = w.order;
  order.clear();
  MinHeap heap;
  std::uint64_t counter = 0;
  sigma[s] = 1;
  seen_distance[s] = 0;
  w.seen[s] = 1;
  heap.push({0.0, counter++, s, s});
  while (!heap.empty()) {
    const HeapEntry top = heap.top();
    heap.pop();
    const Index v = top.vertex;
    if (w.settled[v]) continue;
    sigma[v] += sigma[top.predecessor];
    order.push_back(v);
    w.settled[v] = 1;
    for (std::uint64_t a = g.begin(v); a < g.end(v); ++a) {
      const Index t = g.targets[a];
      const double candidate = top.distance + g.weights[a];
      if (!w.settled[t] && (!w.seen[t] || candidate < seen_distance[t])) {
        seen_distance[t] = candidate;
        w.seen[t] = 1;
        heap.push({candidate, counter++, v, t});
        sigma[t] = 0;
        w.predecessors[t].assign(1, v);
      } else if (w.seen[t] && candidate == seen_distance[t]) {
        sigma[t] += sigma[v];
        w.predecessors[t].push_back(v);
      }
    }
  }
  for (std::size_t k = order.size(); k-- > 0;) {
    const Index t = order[k];
    const double coefficient = (1 + w.delta[t]) / sigma[t];
    for (Index v : w.predecessors[t]) w.delta[v] += sigma[v] * coefficient;
    if (t != s) bc[t] += w.delta[t];
  }
  for (Index v : order) {
    seen_distance[v] = -1;
    sigma[v] = 0;
    w.delta[v] = 0;
    w.settled[v] = 0;
    w.seen[v] = 0;
    w.predecessors[v].clear();
  }
}

/// Reports the fraction of source blocks finished, serialising the callback.
class BlockProgress {
 public:
  BlockProgress(std::size_t count, std::size_t blocks, const ProgressCallback& callback)
      : blocks_(std::max<std::size_t>(1, std::min(blocks, count))), callback_(callback) {}
  void finished_block() {
    if (!callback_) return;
    std::lock_guard<std::mutex> lock(mutex_);
    callback_(static_cast<double>(++finished_) / static_cast<double>(blocks_));
  }

 private:
  std::size_t blocks_;
  const ProgressCallback& callback_;
  std::mutex mutex_;
  std::size_t finished_ = 0;
};

/// Adds per-block partial vectors into `total` strictly in block order, whatever order the
/// blocks finish in, so floating-point sums are the same for any thread count.
class OrderedSum {
 public:
  explicit OrderedSum(std::vector<double>& total) : total_(total) {}
  void add(std::size_t block, std::vector<double> partial) {
    std::lock_guard<std::mutex> lock(mutex_);
    pending_.emplace(block, std::move(partial));
    for (auto it = pending_.find(next_); it != pending_.end(); it = pending_.find(next_)) {
      for (std::size_t i = 0; i < total_.size(); ++i) total_[i] += it->second[i];
      pending_.erase(it);
      ++next_;
    }
  }

 private:
  std::vector<double>& total_;
  std::mutex mutex_;
  std::map<std::size_t, std::vector<double>> pending_;
  std::size_t next_ = 0;
};

}  // namespace

std::vector<double> betweenness_centrality(const Adjacency& paths, unsigned threads,
                                           const std::vector<Index>* sources,
                                           const ProgressCallback& progress) {
  const std::size_t n = paths.vertex_count();
  const std::size_t count = sources != nullptr ? sources->size() : n;
  std::vector<double> total(n, 0.0);
  OrderedSum sum(total);
  BlockProgress done(count, kSourceBlocks, progress);
  parallel_blocks(count, kSourceBlocks, threads, [&](std::size_t block, std::size_t first,
                                                     std::size_t last) {
    BrandesScratch scratch(n, paths.arc_count(), paths.weighted());
    std::vector<double> partial(n, 0.0);
    for (std::size_t i = first; i < last; ++i) {
      const Index s = sources != nullptr ? (*sources)[i] : static_cast<Index>(i);
      if (paths.weighted()) {
        accumulate_weighted(paths, s, scratch, partial);
      } else {
        accumulate_unweighted(paths, s, scratch, partial);
      }
    }
    sum.add(block, std::move(partial));
    done.finished_block();
  });
  if (n > 2) {
    double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    if (sources != nullptr && count > 0) scale *= static_cast<double>(n) / static_cast<double>(count);
    for (double& value : total) value *= scale;
  }
  return total;
}

DistanceCentralities distance_centralities(const Adjacency& incoming, const Adjacency& outgoing,
                                           unsigned threads, const ProgressCallback& progress) {
  const std::size_t n = incoming.vertex_count();
  DistanceCentralities out{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
  BlockProgress done(n, kSourceBlocks, progress);
  parallel_blocks(n, kSourceBlocks, threads, [&](std::size_t, std::size_t first, std::size_t last) {
    std::vector<double> distance(incoming.weighted() ? n : 0, -1.0);
    std::vector<std::uint8_t> settled(incoming.weighted() ? n : 0, 0);
    std::vector<Index> reached;
    std::optional<LevelSearch> levels;
    if (!incoming.weighted()) levels.emplace(incoming, outgoing);
    for (std::size_t source = first; source < last; ++source) {
      const auto s = static_cast<Index>(source);
      double total = 0;
      double harmonic = 0;
      std::size_t reached_count = 0;
      if (!incoming.weighted()) {
        // Only per-level counts matter: sum of d = sum(level * count), of 1/d = sum(count / level).
        levels->run(s);
        const auto& counts = levels->level_sizes();
        for (std::size_t level = 1; level < counts.size(); ++level) {
          total += static_cast<double>(level) * static_cast<double>(counts[level]);
          harmonic += static_cast<double>(counts[level]) / static_cast<double>(level);
        }
        reached_count = levels->reached().size();
        levels->reset();
      } else {
        reached.clear();
        MinHeap heap;
        std::uint64_t counter = 0;
        distance[s] = 0;
        heap.push({0.0, counter++, s, s});
        while (!heap.empty()) {
          const HeapEntry top = heap.top();
          heap.pop();
          const Index v = top.vertex;
          if (settled[v]) continue;
          settled[v] = 1;
          reached.push_back(v);
          total += top.distance;
          if (top.distance != 0) harmonic += 1.0 / top.distance;
          for (std::uint64_t a = incoming.begin(v); a < incoming.end(v); ++a) {
            const Index t = incoming.targets[a];
            const double candidate = top.distance + incoming.weights[a];
            if (!settled[t] && (distance[t] < 0 || candidate < distance[t])) {
              distance[t] = candidate;
              heap.push({candidate, counter++, v, t});
            }
          }
        }
        reached_count = reached.size();
        for (Index v : reached) {
          distance[v] = -1;
          settled[v] = 0;
        }
      }
      const double reachable = static_cast<double>(reached_count) - 1;
      if (total > 0 && n > 1) {
        out.closeness[s] = (reachable / total) * (reachable / static_cast<double>(n - 1));
      }
      out.harmonic[s] = harmonic;
    }
    done.finished_block();
  });
  return out;
}

namespace {
/// The last iterate; converged unless the loop ran out of iterations.
PowerIterationResult finish_iteration(PowerIterationResult& result, std::vector<double> x,
                                      std::size_t max_iterations) {
  result.converged = result.iterations <= max_iterations;
  result.values = std::move(x);
  return std::move(result);
}
}  // namespace

PowerIterationResult pagerank(const Adjacency& flow, double alpha, double tolerance,
                              std::size_t max_iterations, unsigned threads) {
  const std::size_t n = flow.vertex_count();
  PowerIterationResult result;
  if (n == 0) return result;
  // Transpose the flow arcs into in-arcs carrying the transition probability w(u,v)/out(u).
  std::vector<double> out_strength(n, 0.0);
  for (Index u = 0; u < n; ++u) {
    for (std::uint64_t a = flow.begin(u); a < flow.end(u); ++a) out_strength[u] += flow.weight(a);
  }
  ArcList in_arcs;
  in_arcs.from.reserve(flow.arc_count());
  in_arcs.to.reserve(flow.arc_count());
  in_arcs.weight.reserve(flow.arc_count());
  for (Index u = 0; u < n; ++u) {
    if (out_strength[u] == 0) continue;  // dangling: its mass is spread uniformly
    for (std::uint64_t a = flow.begin(u); a < flow.end(u); ++a) {
      in_arcs.from.push_back(flow.targets[a]);
      in_arcs.to.push_back(u);
      in_arcs.weight.push_back(flow.weight(a) / out_strength[u]);
    }
  }
  const Adjacency incoming = build_adjacency(n, in_arcs, ArcMerge::Sum, true);

  const double nn = static_cast<double>(n);
  std::vector<double> x(n, 1.0 / nn);
  std::vector<double> next(n, 0.0);
  const std::size_t blocks = std::min<std::size_t>(64, n);
  std::vector<double> block_error(blocks, 0.0);
  for (result.iterations = 1; result.iterations <= max_iterations; ++result.iterations) {
    double dangling = 0;
    for (Index u = 0; u < n; ++u) {
      if (out_strength[u] == 0) dangling += x[u];
    }
    const double base = alpha * dangling / nn + (1 - alpha) / nn;
    parallel_blocks(n, blocks, threads, [&](std::size_t block, std::size_t first, std::size_t last) {
      double error = 0;
      for (std::size_t v = first; v < last; ++v) {
        double sum = 0;
        for (std::uint64_t a = incoming.begin(static_cast<Index>(v));
             a < incoming.end(static_cast<Index>(v)); ++a) {
          sum += x[incoming.targets[a]] * incoming.weights[a];
        }
        next[v] = alpha * sum + base;
        error += std::fabs(next[v] - x[v]);
      }
      block_error[block] = error;
    });
    x.swap(next);
    double error = 0;
    for (double e : block_error) error += e;
    if (error < nn * tolerance) break;
  }
  return finish_iteration(result, std::move(x), max_iterations);
}

PowerIterationResult eigenvector_centrality(const Adjacency& undirected, double tolerance,
                                            std::size_t max_iterations) {
  const std::size_t n = undirected.vertex_count();
  PowerIterationResult result;
  if (n == 0) return result;
  const double nn = static_cast<double>(n);
  std::vector<double> x(n, 1.0 / nn);
  std::vector<double> next(n, 0.0);
  for (result.iterations = 1; result.iterations <= max_iterations; ++result.iterations) {
    double norm = 0;
    for (Index v = 0; v < n; ++v) {
      double value = x[v];  // the identity term of A + I
      for (std::uint64_t a = undirected.begin(v); a < undirected.end(v); ++a) {
        value += x[undirected.targets[a]] * undirected.weight(a);
      }
      next[v] = value;
      norm += value * value;
    }
    norm = std::sqrt(norm);
    if (norm == 0) norm = 1;
    double error = 0;
    for (Index v = 0; v < n; ++v) {
      next[v] /= norm;
      error += std::fabs(next[v] - x[v]);
    }
    x.swap(next);
    if (error < nn * tolerance) break;
  }
  return finish_iteration(result, std::move(x), max_iterations);
}

}  // namespace kgviz
