#include "render/label_placement.hpp"

#include <array>
#include <cmath>
#include <limits>

namespace kgviz {

namespace {

// Candidate positions along the line, as fractions of its length: the middle first, then outwards
// on both sides alternately, so that ties go to the candidate nearest the middle.
constexpr std::array<double, 13> kFractions = {0.5, 0.45, 0.55, 0.4,  0.6, 0.35, 0.65,
                                               0.3, 0.7,  0.25, 0.75, 0.2, 0.8};
// Score weights: covering a node or label costs per square point; each other line crossing the
// label costs as much as 20 pt² of cover; leaving the middle costs up to 30 (at 20% or 80%).
constexpr double kCoverCost = 10.0;
constexpr double kCrossingCost = 200.0;
constexpr double kOffCentreCost = 100.0;
// A label beside its line instead of on it costs a little less than a crossing line: it is used
// when the line has no free place, not to dodge a small cover.
constexpr double kOffLineCost = 150.0;

/// Whether the segment p-q meets box `b` (Liang-Barsky clipping).
bool segment_meets(Point p, Point q, const Box& b) {
  double t0 = 0.0;
  double t1 = 1.0;
  const auto clip = [&](double direction, double distance) {
    if (direction == 0.0) return distance >= 0.0;
    const double r = distance / direction;
    if (direction < 0.0) {
      if (r > t1) return false;
      t0 = std::max(t0, r);
    } else {
      if (r < t0) return false;
      t1 = std::min(t1, r);
    }
    return true;
  };
  const double dx = q.x - p.x;
  const double dy = q.y - p.y;
  return clip(-dx, p.x - b.x0) && clip(dx, b.x1 - p.x) && clip(-dy, p.y - b.y0) &&
         clip(dy, b.y1 - p.y);
}

/// A polyline with its bounding box and the length along it at each point.
struct MeasuredLine {
  const std::vector<Point>* points = nullptr;
  Box bounds;
  std::vector<double> along;

  explicit MeasuredLine(const std::vector<Point>& line) : points(&line) {
    if (line.empty()) return;
    bounds = {line[0].x, line[0].y, line[0].x, line[0].y};
    along.push_back(0.0);
    for (std::size_t i = 1; i < line.size(); ++i) {
      bounds = bounds.united({line[i].x, line[i].y, line[i].x, line[i].y});
      along.push_back(along.back() +
                      std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y));
    }
  }

  [[nodiscard]] bool meets(const Box& box) const {
    if (points->empty() || bounds.x1 < box.x0 || box.x1 < bounds.x0 || bounds.y1 < box.y0 ||
        box.y1 < bounds.y0) {
      return false;
    }
    const auto& p = *points;
    for (std::size_t i = 1; i < p.size(); ++i) {
      if (segment_meets(p[i - 1], p[i], box)) return true;
    }
    return false;
  }

  /// The point a fraction `f` of the length from the start.
  [[nodiscard]] Point at(double f) const {
    const auto& p = *points;
    if (p.empty()) return {};
    const double target = f * along.back();
    for (std::size_t i = 1; i < p.size(); ++i) {
      if (along[i] < target) continue;
      const double span = along[i] - along[i - 1];
      const double t = span > 0.0 ? (target - along[i - 1]) / span : 0.0;
      return {p[i - 1].x + t * (p[i].x - p[i - 1].x), p[i - 1].y + t * (p[i].y - p[i - 1].y)};
    }
    return p.back();
  }
};

}  // namespace

std::vector<Point> place_labels(const std::vector<LabelToPlace>& labels,
                                const std::vector<std::vector<Point>>& lines,
                                const std::vector<Box>& nodes) {
  std::vector<MeasuredLine> measured;
  measured.reserve(lines.size());
  for (const auto& line : lines) measured.emplace_back(line);
  std::vector<Point> centres;
  std::vector<Box> placed;
  centres.reserve(labels.size());
  for (const LabelToPlace& label : labels) {
    const MeasuredLine& own = measured[label.line];
    Point best_centre = own.at(0.5);
    double best_score = std::numeric_limits<double>::infinity();
    const auto consider = [&](Point centre, double score) {
      const Box box = Box::around(centre, label.width, label.height);
      for (const Box& node : nodes) score += kCoverCost * box.overlap(node);
      for (const Box& other : placed) score += kCoverCost * box.overlap(other);
      // Crossings only add to the score: stop counting once it cannot win.
      for (std::size_t k = 0; k < measured.size() && score < best_score; ++k) {
        if (k != label.line && measured[k].meets(box)) score += kCrossingCost;
      }
      if (score < best_score) {
        best_score = score;
        best_centre = centre;
      }
    };
    for (double f : kFractions) consider(own.at(f), kOffCentreCost * std::fabs(f - 0.5));
    if (label.engine) consider(*label.engine, kOffLineCost);
    centres.push_back(best_centre);
    placed.push_back(Box::around(best_centre, label.width, label.height));
  }
  return centres;
}

}  // namespace kgviz
