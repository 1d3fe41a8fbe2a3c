#include "analysis/centrality.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <optional>

#include "analysis/bfs.hpp"
#include "analysis/dijkstra.hpp"
#include "analysis/parallel.hpp"

namespace kgviz {

namespace {

constexpr std::size_t kSourceBlocks = 256;

/// Scratch space of one single-source shortest-path search, reused across sources.
struct BrandesScratch {
  BrandesScratch(std::size_t n, std::size_t arcs, std::size_t reverse_arcs, bool weighted)
      : hops(weighted ? 0 : n, -1),
        queue(weighted ? 0 : n),
        successors(weighted ? 0 : arcs),
        first_successor(weighted ? 0 : n + 1),
        found_from(weighted ? 0 : reverse_arcs),
        first_found_from(weighted ? 0 : n + 1),
        pushed(weighted ? 0 : n, 0.0),
        search(weighted ? n : 0),
        sigma(n, 0.0),
        delta(weighted ? n : 0, 0.0),
        predecessors(weighted ? n : 0) {}
  // Unweighted: BFS level of each vertex reached by the current search, counted from `level_base`;
  // a value below the base was set by an earlier search, so nothing is reset between searches.
  std::vector<std::int32_t> hops;
  std::int32_t level_base = 0;
  std::vector<Index> queue;       // unweighted: BFS order
  std::vector<Index> successors;  // unweighted: shortest-path successors, grouped by vertex
  std::vector<std::uint64_t> first_successor;  // by position in `queue`
  // Unweighted, levels searched bottom-up: the predecessors of each vertex they found, grouped by
  // vertex, and what the backward pass pushes to those predecessors (zero between searches).
  std::vector<Index> found_from;
  std::vector<std::uint64_t> first_found_from;  // by position in `queue`
  std::vector<double> pushed;
  DijkstraSearch search;  // weighted (sized 0 otherwise)
  std::vector<double> sigma;
  std::vector<double> delta;                     // weighted only
  std::vector<std::vector<Index>> predecessors;  // weighted only
};

void accumulate_unweighted(const Adjacency& g, const Adjacency* reverse, Index s, BrandesScratch& w,
                           std::vector<double>& bc) {
  // Hot loop of the whole analysis (O(n m)): integer hop counts, plain arrays, the successors of
  // each vertex on shortest paths written down during the search (so the backward pass reads only
  // those, in order), and one division per vertex instead of one per arc. Memory traffic decides
  // its speed, so nothing is cleared between searches: a level below `base` is stale (= unreached),
  // sigma is assigned (not added to) when a vertex is reached, and once a vertex is finished its
  // sigma slot holds its coefficient (1 + delta) / sigma, which is all its predecessors read.
  //
  // Each level is expanded the cheaper way (Beamer et al.'s direction-optimising search, without
  // its early exit: every shortest path counts): top-down reads the arcs of the frontier;
  // bottom-up (with `reverse`, the reversed view: the same one when undirected) reads the arcs
  // into every unreached vertex, sums the path counts of its predecessors in the frontier and
  // notes them, and the backward pass then pushes the vertex's coefficient to them. On
  // small-world graphs the widest level is the last but one, whose arcs mostly lead back: there
  // bottom-up reads a tenth of them. Path counts are integers, so either way sums them exactly
  // (below 2^53); the dependencies are summed in another order, equal to a few ulps.
  std::int32_t* const hops = w.hops.data();
  double* const sigma = w.sigma.data();  // then the coefficient, once the vertex is finished
  Index* const order = w.queue.data();
  Index* const successors = w.successors.data();
  std::uint64_t* const first_successor = w.first_successor.data();
  Index* const found_from = w.found_from.data();
  std::uint64_t* const first_found_from = w.first_found_from.data();
  double* const pushed = w.pushed.data();
  const Index* const targets = g.targets.data();
  const std::uint64_t* const offsets = g.offsets.data();
  const std::size_t n = g.vertex_count();
  const std::int32_t base = w.level_base;
  std::size_t tail = 0;
  std::uint64_t recorded = 0;
  std::uint64_t linked = 0;
  hops[s] = base;
  sigma[s] = 1;
  first_found_from[0] = 0;
  order[tail++] = s;
  // Arcs a top-down step reads (out of the frontier) and a bottom-up one (into unreached vertices).
  std::uint64_t frontier_arcs = g.degree(s);
  std::uint64_t unreached_arcs = reverse != nullptr ? reverse->arc_count() - reverse->degree(s) : 0;
  for (std::size_t level_begin = 0, level_end = 1; level_begin < level_end;
       level_begin = level_end, level_end = tail) {
    const std::int32_t depth = hops[order[level_begin]];
    const std::int32_t next = depth + 1;
    if (reverse == nullptr || frontier_arcs <= unreached_arcs + n / 4) {
      for (std::size_t head = level_begin; head < level_end; ++head) {
        const Index v = order[head];
        const double sigma_v = sigma[v];
        first_successor[head] = recorded;
        for (std::uint64_t a = offsets[v], end = offsets[v + 1]; a < end; ++a) {
          const Index t = targets[a];
          const std::int32_t level = hops[t];
          if (level < base) {
            hops[t] = next;
            sigma[t] = sigma_v;
            first_found_from[tail] = linked;
            order[tail++] = t;
            successors[recorded++] = t;
          } else if (level == next) {
            sigma[t] += sigma_v;
            successors[recorded++] = t;
          }
        }
      }
    } else {
      for (std::size_t head = level_begin; head < level_end; ++head) {
        first_successor[head] = recorded;
      }
      const Index* const sources = reverse->targets.data();
      const std::uint64_t* const starts = reverse->offsets.data();
      for (Index u = 0; u < n; ++u) {
        if (hops[u] >= base) continue;
        const std::uint64_t first = linked;
        double paths = 0;
        for (std::uint64_t a = starts[u], end = starts[u + 1]; a < end; ++a) {
          const Index p = sources[a];
          if (hops[p] == depth) {
            paths += sigma[p];
            found_from[linked++] = p;
          }
        }
        if (linked == first) continue;
        hops[u] = next;
        sigma[u] = paths;
        first_found_from[tail] = first;
        order[tail++] = u;
      }
    }
    if (reverse != nullptr) {  // the costs of the next level's two ways
      frontier_arcs = 0;
      for (std::size_t k = level_end; k < tail; ++k) {
        frontier_arcs += g.degree(order[k]);
        unreached_arcs -= reverse->degree(order[k]);
      }
    }
  }
  first_successor[tail] = recorded;
  first_found_from[tail] = linked;
  for (std::size_t k = tail; k-- > 0;) {
    const Index v = order[k];
    double sum = pushed[v];
    pushed[v] = 0;
    for (std::uint64_t i = first_successor[k], end = first_successor[k + 1]; i < end; ++i) {
      sum += sigma[successors[i]];  // the successor's coefficient
    }
    const double delta = sigma[v] * sum;
    const double coefficient = (1 + delta) / sigma[v];
    sigma[v] = coefficient;
    if (v != s) bc[v] += delta;
    for (std::uint64_t i = first_found_from[k], end = first_found_from[k + 1]; i < end; ++i) {
      pushed[found_from[i]] += coefficient;
    }
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
  /// Counts shortest paths (sigma) and notes each vertex's predecessors on them.
  struct PathCounter : DijkstraVisitor {
    BrandesScratch& w;
    explicit PathCounter(BrandesScratch& scratch) : w(scratch) {}
    void settle(Index v, Index via, double /*distance*/) { w.sigma[v] += w.sigma[via]; }
    void shorter(Index v, Index t) {
      w.sigma[t] = 0;
      w.predecessors[t].assign(1, v);
    }
    void tie(Index v, Index t) {
      w.sigma[t] += w.sigma[v];
      w.predecessors[t].push_back(v);
    }
  } counter(w);
  w.sigma[s] = 1;
  w.search.run(s, g, counter);
  const std::vector<Index>& order = w.search.settled_order();
  for (std::size_t k = order.size(); k-- > 0;) {
    const Index t = order[k];
    const double coefficient = (1 + w.delta[t]) / w.sigma[t];
    for (Index v : w.predecessors[t]) w.delta[v] += w.sigma[v] * coefficient;
    if (t != s) bc[t] += w.delta[t];
  }
  for (Index v : order) {
    w.sigma[v] = 0;
    w.delta[v] = 0;
    w.predecessors[v].clear();
  }
  w.search.reset();
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

std::vector<double> betweenness_centrality(const Adjacency& paths, const Adjacency* reverse,
                                           unsigned threads, const std::vector<Index>* sources,
                                           const ProgressCallback& progress) {
  const std::size_t n = paths.vertex_count();
  const std::size_t count = sources != nullptr ? sources->size() : n;
  std::vector<double> total(n, 0.0);
  OrderedSum sum(total);
  BlockProgress done(count, kSourceBlocks, progress);
  parallel_blocks(
      count, kSourceBlocks, threads, [&](std::size_t block, std::size_t first, std::size_t last) {
        BrandesScratch scratch(n, paths.arc_count(), reverse != nullptr ? reverse->arc_count() : 0,
                               paths.weighted());
        std::vector<double> partial(n, 0.0);
        for (std::size_t i = first; i < last; ++i) {
          const Index s = sources != nullptr ? (*sources)[i] : static_cast<Index>(i);
          if (paths.weighted()) {
            accumulate_weighted(paths, s, scratch, partial);
          } else {
            accumulate_unweighted(paths, reverse, s, scratch, partial);
          }
        }
        sum.add(block, std::move(partial));
        done.finished_block();
      });
  if (n > 2) {
    double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    if (sources != nullptr && count > 0)
      scale *= static_cast<double>(n) / static_cast<double>(count);
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
    DijkstraSearch search(incoming.weighted() ? n : 0);
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
        /// Sums the distances and their inverses in the order vertices are settled.
        struct DistanceSums : DijkstraVisitor {
          double total = 0;
          double harmonic = 0;
          void settle(Index /*v*/, Index /*via*/, double distance) {
            total += distance;
            if (distance != 0) harmonic += 1.0 / distance;
          }
        } sums;
        search.run(s, incoming, sums);
        total = sums.total;
        harmonic = sums.harmonic;
        reached_count = search.settled_order().size();
        search.reset();
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
    parallel_blocks(n, blocks, threads,
                    [&](std::size_t block, std::size_t first, std::size_t last) {
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

namespace {

/// A sum of many terms, compensated (Neumaier): a hub's row of a million terms, summed plainly,
/// would lose about five digits.
class CompensatedSum {
 public:
  void add(double term) {
    const double next = sum_ + term;
    compensation_ +=
        std::fabs(sum_) >= std::fabs(term) ? (sum_ - next) + term : (term - next) + sum_;
    sum_ = next;
  }
  [[nodiscard]] double value() const { return sum_ + compensation_; }

 private:
  double sum_ = 0;
  double compensation_ = 0;
};

/// y = A x, A the (weighted) adjacency matrix of `g`; each row summed in arc order.
void multiply(const Adjacency& g, const std::vector<double>& x, std::vector<double>& y) {
  for (Index v = 0; v < g.vertex_count(); ++v) {
    CompensatedSum sum;
    for (std::uint64_t a = g.begin(v); a < g.end(v); ++a) sum.add(x[g.targets[a]] * g.weight(a));
    y[v] = sum.value();
  }
}

double dot(const std::vector<double>& a, const std::vector<double>& b) {
  CompensatedSum sum;
  for (std::size_t i = 0; i < a.size(); ++i) sum.add(a[i] * b[i]);
  return sum.value();
}

/// The largest eigenvalue of a small symmetric matrix (row-major, k x k) and a unit eigenvector
/// for it, by cyclic Jacobi rotations.
double largest_eigenpair(std::vector<double> m, std::size_t k, std::vector<double>& vector) {
  std::vector<double> v(k * k, 0.0);
  for (std::size_t i = 0; i < k; ++i) v[i * k + i] = 1;
  for (int sweep = 0; sweep < 100; ++sweep) {
    double off = 0;
    double total = 0;
    for (std::size_t i = 0; i < k; ++i) {
      for (std::size_t j = 0; j < k; ++j) {
        total += m[i * k + j] * m[i * k + j];
        if (i != j) off += m[i * k + j] * m[i * k + j];
      }
    }
    if (off <= 1e-30 * total) break;
    for (std::size_t p = 0; p < k; ++p) {
      for (std::size_t q = p + 1; q < k; ++q) {
        const double apq = m[p * k + q];
        if (apq == 0) continue;
        const double theta = (m[q * k + q] - m[p * k + p]) / (2 * apq);
        const double t =
            (theta >= 0 ? 1.0 : -1.0) / (std::fabs(theta) + std::sqrt(theta * theta + 1));
        const double c = 1 / std::sqrt(t * t + 1);
        const double sn = t * c;
        for (std::size_t r = 0; r < k; ++r) {  // columns p and q
          const double mrp = m[r * k + p];
          const double mrq = m[r * k + q];
          m[r * k + p] = c * mrp - sn * mrq;
          m[r * k + q] = sn * mrp + c * mrq;
        }
        for (std::size_t r = 0; r < k; ++r) {  // rows p and q
          const double mpr = m[p * k + r];
          const double mqr = m[q * k + r];
          m[p * k + r] = c * mpr - sn * mqr;
          m[q * k + r] = sn * mpr + c * mqr;
        }
        for (std::size_t r = 0; r < k; ++r) {
          const double vrp = v[r * k + p];
          const double vrq = v[r * k + q];
          v[r * k + p] = c * vrp - sn * vrq;
          v[r * k + q] = sn * vrp + c * vrq;
        }
      }
    }
  }
  std::size_t best = 0;
  for (std::size_t i = 1; i < k; ++i) {
    if (m[i * k + i] > m[best * k + best]) best = i;
  }
  vector.assign(k, 0.0);
  for (std::size_t r = 0; r < k; ++r) vector[r] = v[r * k + best];
  return m[best * k + best];
}

/// Memory for the Lanczos basis: 256 MiB of vectors, but at least 3 and at most 20 of them.
std::size_t lanczos_basis_size(std::size_t n) {
  constexpr std::size_t kBudgetDoubles = (std::size_t{256} << 20) / sizeof(double);
  return std::min<std::size_t>(
      n, std::clamp<std::size_t>(kBudgetDoubles / std::max<std::size_t>(n, 1), 3, 20));
}

/// An approximation of the dominant eigenvector of A (unit length, positive sum) by Lanczos with
/// full reorthogonalisation, restarted from the Ritz vector, until the residual |A y - θ y| is at
/// most `tolerance`·θ or `max_products` products A·x are spent (counted in `products`).
/// Power iteration on A + I needs about 1/gap iterations, where gap = 1 - |λ_n + 1|/(λ_1 + 1):
/// on a star of k leaves λ_n = -λ_1 = -sqrt(k), so it takes ~sqrt(k) iterations per digit (a
/// million leaves: tens of thousands of iterations); a Krylov space of dimension 3 holds the
/// star's eigenvector exactly, and in general Lanczos converges with the square root of the gap.
std::vector<double> lanczos_dominant(const Adjacency& g, double tolerance, std::size_t max_products,
                                     std::size_t& products) {
  const std::size_t n = g.vertex_count();
  const std::size_t basis_size = lanczos_basis_size(n);
  std::vector<std::vector<double>> basis(basis_size, std::vector<double>(n, 0.0));
  std::vector<double> w(n, 0.0);
  std::vector<double> y(n, 1.0 / std::sqrt(static_cast<double>(n)));
  std::vector<double> alpha;
  std::vector<double> beta;
  std::vector<double> ritz;
  while (products < max_products) {
    basis[0] = y;
    alpha.clear();
    beta.clear();
    double scale = 0;  // largest |entry| of T so far: the size of A as the basis sees it
    std::size_t k = 0;
    while (k < basis_size && products < max_products) {
      multiply(g, basis[k], w);
      ++products;
      alpha.push_back(dot(w, basis[k]));
      // Full reorthogonalisation, twice (classical Gram-Schmidt is stable only repeated).
      for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i <= k; ++i) {
          const double coefficient = dot(w, basis[i]);
          for (std::size_t j = 0; j < n; ++j) w[j] -= coefficient * basis[i][j];
        }
      }
      const double norm = std::sqrt(dot(w, w));
      ++k;
      beta.push_back(norm);
      scale = std::max({scale, std::fabs(alpha.back()), norm});
      // A tiny remainder: the basis spans an invariant subspace, which holds the answer exactly.
      if (k == basis_size || norm <= 1e-14 * scale) break;
      for (std::size_t j = 0; j < n; ++j) basis[k][j] = w[j] / norm;
    }
    // T = the tridiagonal projection of A on the basis.
    std::vector<double> t(k * k, 0.0);
    for (std::size_t i = 0; i < k; ++i) {
      t[i * k + i] = alpha[i];
      if (i + 1 < k) t[i * k + i + 1] = t[(i + 1) * k + i] = beta[i];
    }
    const double theta = largest_eigenpair(std::move(t), k, ritz);
    const double residual = beta[k - 1] * std::fabs(ritz[k - 1]);
    std::fill(y.begin(), y.end(), 0.0);
    for (std::size_t i = 0; i < k; ++i) {
      for (std::size_t j = 0; j < n; ++j) y[j] += ritz[i] * basis[i][j];
    }
    double sum = 0;
    for (double value : y) sum += value;
    const double sign_and_norm = (sum < 0 ? -1.0 : 1.0) / std::sqrt(dot(y, y));
    for (double& value : y) value *= sign_and_norm;
    if (residual <= tolerance * std::max(std::fabs(theta), 1.0)) break;
  }
  return y;
}

}  // namespace

PowerIterationResult eigenvector_centrality(const Adjacency& undirected, double tolerance,
                                            std::size_t max_iterations) {
  const std::size_t n = undirected.vertex_count();
  PowerIterationResult result;
  if (n == 0) return result;
  const double nn = static_cast<double>(n);
  // Lanczos finds the vector; networkx's power iteration on A + I, from there, confirms it with
  // networkx's own stopping rule (and keeps every value positive).
  std::size_t products = 0;
  std::vector<double> x = lanczos_dominant(undirected, tolerance, max_iterations / 2, products);
  std::vector<double> next(n, 0.0);
  for (result.iterations = products + 1; result.iterations <= max_iterations; ++result.iterations) {
    multiply(undirected, x, next);
    for (Index v = 0; v < n; ++v) next[v] += x[v];  // the identity term of A + I
    double norm = std::sqrt(dot(next, next));
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
