#include "analysis/layout.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/community.hpp"

namespace kgviz {

namespace {

constexpr std::size_t kBlocks = 64;
constexpr int kMaxDepth = 48;  // coincident points stop splitting here and share a cell
constexpr std::int32_t kNone = -1;
constexpr std::int32_t kInternal = -2;
constexpr std::int32_t kCrowded = -3;  // several bodies merged at the depth limit

struct Bounds {
  double min_x, max_x, min_y, max_y;
};

Bounds bounds_of(const std::vector<LayoutPoint>& points) {
  Bounds b{points[0].x, points[0].x, points[0].y, points[0].y};
  for (const auto& p : points) {
    b.min_x = std::min(b.min_x, p.x);
    b.max_x = std::max(b.max_x, p.x);
    b.min_y = std::min(b.min_y, p.y);
    b.max_y = std::max(b.max_y, p.y);
  }
  return b;
}

/// A Barnes-Hut quadtree over weighted points, rebuilt every iteration.
class QuadTree {
 public:
  void build(const std::vector<LayoutPoint>& points, const std::vector<double>& mass) {
    cells_.clear();
    const Bounds b = bounds_of(points);
    const double half = std::max({b.max_x - b.min_x, b.max_y - b.min_y, 1e-9}) / 2 * 1.0001;
    cells_.push_back(Cell{(b.min_x + b.max_x) / 2, (b.min_y + b.max_y) / 2, half});
    for (std::size_t i = 0; i < points.size(); ++i)
      insert(static_cast<std::int32_t>(i), points, mass);
  }

  /// Repulsion on body `i` (mass `m`) from every other body: k m M / d, summed into (fx, fy).
  void repulsion(std::int32_t i, const LayoutPoint& p, double m, double k, double theta, double& fx,
                 double& fy, std::vector<std::int32_t>& stack) const {
    stack.clear();
    stack.push_back(0);
    while (!stack.empty()) {
      const Cell& c = cells_[static_cast<std::size_t>(stack.back())];
      stack.pop_back();
      if (c.mass == 0 || c.body == i) continue;
      const double cx = c.mx / c.mass;
      const double cy = c.my / c.mass;
      const double dx = p.x - cx;
      const double dy = p.y - cy;
      const double d2 = dx * dx + dy * dy;
      if (c.body != kInternal || (2 * c.half) * (2 * c.half) < theta * theta * d2) {
        if (d2 > 0) {
          const double factor = k * m * c.mass / d2;
          fx += dx * factor;
          fy += dy * factor;
        }
        continue;
      }
      for (std::int32_t child : c.children) {
        if (child != kNone) stack.push_back(child);
      }
    }
  }

 private:
  struct Cell {
    double cx, cy, half;
    double mass = 0, mx = 0, my = 0;
    std::int32_t body = kNone;  // a body index, kNone (empty), kInternal or kCrowded
    std::int32_t children[4] = {kNone, kNone, kNone, kNone};
  };

  static int quadrant(const Cell& c, const LayoutPoint& p) {
    return (p.x >= c.cx ? 1 : 0) + (p.y >= c.cy ? 2 : 0);
  }

  std::int32_t child_of(std::int32_t cell, int q) {
    if (cells_[static_cast<std::size_t>(cell)].children[q] == kNone) {
      const Cell& c = cells_[static_cast<std::size_t>(cell)];
      const double h = c.half / 2;
      Cell child{c.cx + (q & 1 ? h : -h), c.cy + (q & 2 ? h : -h), h};
      cells_.push_back(child);
      cells_[static_cast<std::size_t>(cell)].children[q] =
          static_cast<std::int32_t>(cells_.size() - 1);
    }
    return cells_[static_cast<std::size_t>(cell)].children[q];
  }

  void insert(std::int32_t body, const std::vector<LayoutPoint>& points,
              const std::vector<double>& mass) {
    const LayoutPoint& p = points[static_cast<std::size_t>(body)];
    const double m = mass[static_cast<std::size_t>(body)];
    std::int32_t cell = 0;
    for (int depth = 0;; ++depth) {
      Cell& c = cells_[static_cast<std::size_t>(cell)];
      c.mass += m;
      c.mx += m * p.x;
      c.my += m * p.y;
      if (c.body == kNone && c.mass == m) {
        c.body = body;
        return;
      }
      if (c.body == kCrowded) return;
      if (depth >= kMaxDepth) {
        c.body = kCrowded;
        return;
      }
      if (c.body >= 0) {
        // Push the resident body one level down, then keep descending with the new one.
        const std::int32_t resident = c.body;
        c.body = kInternal;
        const LayoutPoint& rp = points[static_cast<std::size_t>(resident)];
        const double rm = mass[static_cast<std::size_t>(resident)];
        const std::int32_t target =
            child_of(cell, quadrant(cells_[static_cast<std::size_t>(cell)], rp));
        Cell& t = cells_[static_cast<std::size_t>(target)];
        t.mass = rm;
        t.mx = rm * rp.x;
        t.my = rm * rp.y;
        t.body = resident;
      }
      cell = child_of(cell, quadrant(cells_[static_cast<std::size_t>(cell)], p));
    }
  }

  std::vector<Cell> cells_;
};

std::size_t default_iterations(std::size_t n) {
  if (n <= 1'000) return 500;
  if (n <= 10'000) return 300;
  if (n <= 100'000) return 150;
  return 100;
}

}  // namespace

std::vector<LayoutPoint> force_directed_layout(const Adjacency& g,
                                               const ForceLayoutOptions& options,
                                               const ProgressCallback& progress) {
  const std::size_t n = g.vertex_count();
  std::vector<LayoutPoint> position(n);
  if (n == 0) return position;
  const unsigned threads = resolve_threads(options.threads);
  std::vector<double> mass(n);
  for (Index v = 0; v < n; ++v) mass[v] = static_cast<double>(g.degree(v)) + 1;

  SeededRandom random(options.seed);
  const double side = 10.0 * std::sqrt(static_cast<double>(n));
  for (auto& p : position) {
    p.x = (static_cast<double>(random.next() >> 11) * 0x1.0p-53 - 0.5) * side;
    p.y = (static_cast<double>(random.next() >> 11) * 0x1.0p-53 - 0.5) * side;
  }

  const std::size_t iterations =
      options.iterations > 0 ? options.iterations : default_iterations(n);
  std::vector<LayoutPoint> force(n);
  std::vector<LayoutPoint> previous(n);
  const std::size_t blocks = std::min<std::size_t>(kBlocks, n);
  std::vector<double> block_swinging(blocks);
  std::vector<double> block_traction(blocks);
  QuadTree tree;
  // Gephi's adaptive speed (ForceAtlas2.java): global speed from swinging vs. traction.
  double speed = 1.0;
  double speed_efficiency = 1.0;
  const double jitter_tolerance = 1.0;
  for (std::size_t iteration = 0; iteration < iterations; ++iteration) {
    tree.build(position, mass);
    previous.swap(force);
    parallel_blocks(n, blocks, threads,
                    [&](std::size_t block, std::size_t first, std::size_t last) {
                      std::vector<std::int32_t> stack;
                      double swinging = 0;
                      double traction = 0;
                      for (std::size_t v = first; v < last; ++v) {
                        const LayoutPoint& p = position[v];
                        double fx = 0;
                        double fy = 0;
                        tree.repulsion(static_cast<std::int32_t>(v), p, mass[v], options.scaling,
                                       options.theta, fx, fy, stack);
                        for (std::uint64_t a = g.begin(static_cast<Index>(v));
                             a < g.end(static_cast<Index>(v)); ++a) {
                          const LayoutPoint& q = position[g.targets[a]];
                          fx -= p.x - q.x;
                          fy -= p.y - q.y;
                        }
                        const double distance = std::sqrt(p.x * p.x + p.y * p.y);
                        if (distance > 0) {
                          fx -= options.gravity * mass[v] * p.x / distance;
                          fy -= options.gravity * mass[v] * p.y / distance;
                        }
                        force[v] = {fx, fy};
                        const double sx = previous[v].x - fx;
                        const double sy = previous[v].y - fy;
                        const double tx = previous[v].x + fx;
                        const double ty = previous[v].y + fy;
                        swinging += mass[v] * std::sqrt(sx * sx + sy * sy);
                        traction += 0.5 * mass[v] * std::sqrt(tx * tx + ty * ty);
                      }
                      block_swinging[block] = swinging;
                      block_traction[block] = traction;
                    });
    double total_swinging = 0;
    double total_traction = 0;
    for (std::size_t b = 0; b < blocks; ++b) {
      total_swinging += block_swinging[b];
      total_traction += block_traction[b];
    }
    if (iteration == 0 || total_swinging == 0 || total_traction == 0) {
      // The first step has no previous force to compare with: move gently.
      for (std::size_t v = 0; v < n; ++v) {
        const double f = std::sqrt(force[v].x * force[v].x + force[v].y * force[v].y);
        const double factor = f > 0 ? std::min(1.0, side / 100 / f) : 0;
        position[v].x += force[v].x * factor;
        position[v].y += force[v].y * factor;
      }
      continue;
    }
    const double nn = static_cast<double>(n);
    const double estimated_jitter = 0.05 * std::sqrt(nn);
    double jitter =
        jitter_tolerance * std::max(std::sqrt(estimated_jitter),
                                    std::min(10.0, estimated_jitter * total_traction / (nn * nn)));
    const double min_efficiency = 0.05;
    if (total_swinging / total_traction > 2.0) {
      if (speed_efficiency > min_efficiency) speed_efficiency *= 0.5;
      jitter = std::max(jitter, jitter_tolerance);
    }
    const double target_speed = jitter * speed_efficiency * total_traction / total_swinging;
    if (total_swinging > jitter * total_traction) {
      if (speed_efficiency > min_efficiency) speed_efficiency *= 0.7;
    } else if (speed < 1000) {
      speed_efficiency *= 1.3;
    }
    speed += std::min(target_speed - speed, 0.5 * speed);
    parallel_blocks(n, blocks, threads, [&](std::size_t, std::size_t first, std::size_t last) {
      for (std::size_t v = first; v < last; ++v) {
        const double sx = previous[v].x - force[v].x;
        const double sy = previous[v].y - force[v].y;
        const double swinging = mass[v] * std::sqrt(sx * sx + sy * sy);
        const double factor = speed / (1.0 + std::sqrt(speed * swinging));
        position[v].x += force[v].x * factor;
        position[v].y += force[v].y * factor;
      }
    });
    if (progress) progress(static_cast<double>(iteration + 1) / static_cast<double>(iterations));
  }

  // Scale so that each node has about a square inch of the drawing: nodes (drawn about half an
  // inch wide) then rarely overlap, whatever the density of the graph.
  const Bounds b = bounds_of(position);
  const double area = (b.max_x - b.min_x) * (b.max_y - b.min_y);
  if (area > 0) {
    const double scale = 72.0 / std::sqrt(area / static_cast<double>(n));
    for (auto& p : position) {
      p.x *= scale;
      p.y *= scale;
    }
  }
  return position;
}

}  // namespace kgviz
