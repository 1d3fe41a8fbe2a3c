#include "analysis/centrality.hpp"

#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <queue>

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
  explicit BrandesScratch(std::size_t n)
      : distance(n, -1.0), sigma(n, 0.0), delta(n, 0.0), settled(n, 0), seen(n, 0),
        predecessors(n) {
    order.reserve(n);
  }
  std::vector<double> distance;  // hops (unweighted) or settled distance (weighted)
  std::vector<double> sigma;
  std::vector<double> delta;
  std::vector<std::uint8_t> settled;
  std::vector<std::uint8_t> seen;
  std::vector<std::vector<Index>> predecessors;
  std::vector<Index> order;  // vertices in the order they were settled
};

void accumulate_unweighted(const Adjacency& g, Index s, BrandesScratch& w, std::vector<double>& bc) {
  auto& dist = w.distance;
  auto& sigma = w.sigma;
  auto& order = w.order;
  order.clear();
  dist[s] = 0;
  sigma[s] = 1;
  order.push_back(s);
  for (std::size_t head = 0; head < order.size(); ++head) {
    const Index v = order[head];
    const double next = dist[v] + 1;
    for (std::uint64_t a = g.begin(v); a < g.end(v); ++a) {
      const Index t = g.targets[a];
      if (dist[t] < 0) {
        dist[t] = next;
        order.push_back(t);
      }
      if (dist[t] == next) sigma[t] += sigma[v];
    }
  }
  for (std::size_t k = order.size(); k-- > 0;) {
    const Index v = order[k];
    const double next = dist[v] + 1;
    double sum = 0;
    for (std::uint64_t a = g.begin(v); a < g.end(v); ++a) {
      const Index t = g.targets[a];
      if (dist[t] == next) sum += (1 + w.delta[t]) / sigma[t];
    }
    w.delta[v] = sigma[v] * sum;
    if (v != s) bc[v] += w.delta[v];
  }
  for (Index v : order) {
    dist[v] = -1;
    sigma[v] = 0;
    w.delta[v] = 0;
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
    BrandesScratch scratch(n);
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

DistanceCentralities distance_centralities(const Adjacency& incoming, unsigned threads,
                                           const ProgressCallback& progress) {
  const std::size_t n = incoming.vertex_count();
  DistanceCentralities out{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
  BlockProgress done(n, kSourceBlocks, progress);
  parallel_blocks(n, kSourceBlocks, threads, [&](std::size_t, std::size_t first, std::size_t last) {
    std::vector<double> distance(n, -1.0);
    std::vector<std::uint8_t> settled(n, 0);
    std::vector<Index> reached;
    reached.reserve(n);
    for (std::size_t source = first; source < last; ++source) {
      const auto s = static_cast<Index>(source);
      reached.clear();
      double total = 0;
      double harmonic = 0;
      if (!incoming.weighted()) {
        distance[s] = 0;
        reached.push_back(s);
        for (std::size_t head = 0; head < reached.size(); ++head) {
          const Index v = reached[head];
          for (std::uint64_t a = incoming.begin(v); a < incoming.end(v); ++a) {
            const Index t = incoming.targets[a];
            if (distance[t] >= 0) continue;
            distance[t] = distance[v] + 1;
            total += distance[t];
            harmonic += 1.0 / distance[t];
            reached.push_back(t);
          }
        }
      } else {
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
      }
      const double reachable = static_cast<double>(reached.size()) - 1;
      if (total > 0 && n > 1) {
        out.closeness[s] = (reachable / total) * (reachable / static_cast<double>(n - 1));
      }
      out.harmonic[s] = harmonic;
      for (Index v : reached) {
        distance[v] = -1;
        settled[v] = 0;
      }
    }
    done.finished_block();
  });
  return out;
}

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
    if (error < nn * tolerance) {
      result.values = std::move(x);
      return result;
    }
  }
  result.converged = false;
  result.values = std::move(x);
  return result;
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
    if (error < nn * tolerance) {
      result.values = std::move(x);
      return result;
    }
  }
  result.converged = false;
  result.values = std::move(x);
  return result;
}

}  // namespace kgviz
