// Points and boxes of a drawing, in points with y up (Graphviz's coordinates): the shared
// vocabulary of the layout helpers (label placement, legend arrangement). No Graphviz.
#pragma once

#include <algorithm>

namespace kgviz {

struct Point {
  double x = 0;
  double y = 0;
};

/// An axis-aligned box; empty when x1 < x0 or y1 < y0.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  [[nodiscard]] double width() const { return x1 - x0; }
  [[nodiscard]] double height() const { return y1 - y0; }
  /// The box of size `w` x `h` centred on `c`.
  static Box around(Point c, double w, double h) {
    return {c.x - w / 2, c.y - h / 2, c.x + w / 2, c.y + h / 2};
  }
  /// Area shared with `other` (0 when apart).
  [[nodiscard]] double overlap(const Box& other) const {
    const double w = std::min(x1, other.x1) - std::max(x0, other.x0);
    const double h = std::min(y1, other.y1) - std::max(y0, other.y0);
    return w > 0 && h > 0 ? w * h : 0.0;
  }
  /// The smallest box holding this one and `other`.
  [[nodiscard]] Box united(const Box& other) const {
    return {std::min(x0, other.x0), std::min(y0, other.y0), std::max(x1, other.x1),
            std::max(y1, other.y1)};
  }
};

}  // namespace kgviz
