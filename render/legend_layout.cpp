#include "render/legend_layout.hpp"

#include <cmath>

namespace kgviz {

namespace {

/// Blocks packed in columns (down, then right) of at most `limit` height, or in rows (right, then
/// down) of at most `limit` width: each block's top-left offset (x right, y down) and the size of
/// the whole.
struct Packing {
  std::vector<Point> offsets;
  double width = 0;
  double height = 0;
};

Packing pack(const std::vector<Box>& blocks, double limit, double spacing, bool columns) {
  Packing out;
  double along = 0;   // position in the current column (row)
  double across = 0;  // where the current column (row) starts
  double thickness = 0;
  for (const Box& block : blocks) {
    const double length = columns ? block.height() : block.width();
    const double breadth = columns ? block.width() : block.height();
    if (along > 0 && along + length > limit) {
      across += thickness + spacing;
      along = 0;
      thickness = 0;
    }
    out.offsets.push_back(columns ? Point{across, along} : Point{along, across});
    along += length + spacing;
    thickness = std::max(thickness, breadth);
    const double used = along - spacing;
    if (columns) {
      out.height = std::max(out.height, used);
      out.width = across + thickness;
    } else {
      out.width = std::max(out.width, used);
      out.height = across + thickness;
    }
  }
  return out;
}

/// Smaller is better: how large a page of landscape A4 proportions (sqrt 2 : 1) must be to hold
/// the picture, i.e. the inverse of the scale at which the picture fills such a page (a page or a
/// screen). A band of empty space costs exactly when it makes the picture longer on the side that
/// limits that scale.
double cost(double width, double height) { return std::max(width / std::sqrt(2.0), height); }

}  // namespace

LegendLayout arrange_legend(const Box& drawing, const std::vector<Box>& blocks,
                            const LegendSpacing& s) {
  double widest = 0;
  double tallest = 0;
  for (const Box& block : blocks) {
    widest = std::max(widest, block.width());
    tallest = std::max(tallest, block.height());
  }
  const double dw = std::max(drawing.width(), 1.0);
  const double dh = std::max(drawing.height(), 1.0);
  const Packing down = pack(blocks, std::max(dh - s.heading - 2 * s.pad, tallest), s.spacing, true);
  const Packing across = pack(blocks, std::max(dw - 2 * s.pad, widest), s.spacing, false);
  const auto frame_w = [&](const Packing& p) { return std::max(p.width, s.min_width) + 2 * s.pad; };
  const auto frame_h = [&](const Packing& p) { return s.heading + p.height + 2 * s.pad; };

  const double beside_w = dw + s.gap + frame_w(down);
  const double beside_h = std::max(dh, frame_h(down));
  const double below_w = std::max(dw, frame_w(across));
  const double below_h = dh + s.gap + frame_h(across);
  const double beside_cost = cost(beside_w, beside_h);
  const double below_cost = cost(below_w, below_h);
  LegendLayout layout;
  // Equal page sizes: the smaller picture; then beside (the legend read after the drawing).
  layout.beside = beside_cost < below_cost ||
                  (beside_cost == below_cost && beside_w * beside_h <= below_w * below_h);
  const Packing& chosen = layout.beside ? down : across;
  const double w = frame_w(chosen);
  const double h = frame_h(chosen);
  layout.frame = layout.beside
                     ? Box{drawing.x1 + s.gap, drawing.y1 - h, drawing.x1 + s.gap + w, drawing.y1}
                     : Box{drawing.x0, drawing.y0 - s.gap - h, drawing.x0 + w, drawing.y0 - s.gap};
  const double left = layout.frame.x0 + s.pad;
  const double top = layout.frame.y1 - s.pad - s.heading;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Point offset = chosen.offsets[i];
    layout.centres.push_back(
        {left + offset.x + blocks[i].width() / 2, top - offset.y - blocks[i].height() / 2});
  }
  return layout;
}

}  // namespace kgviz
