// Where the legend goes and how its blocks (type samples, colour key, line key, notes) are
// arranged: beside the drawing in columns no taller than it, or below it in rows no wider than
// it, whichever gives the smaller picture (by area, a little against shapes far from landscape
// A4). A fixed spot wastes the page: beside a flat drawing a tall legend leaves an empty band
// under the drawing, below a tall one an empty band beside the legend. Pure geometry, no Graphviz.
#pragma once

#include <vector>

#include "render/geometry.hpp"

namespace kgviz {

struct LegendSpacing {
  double gap = 18;      ///< between the drawing and the legend frame
  double pad = 8;       ///< inside the frame
  double heading = 20;  ///< the frame's heading ("Legend"), above the blocks
  double spacing = 6;   ///< between blocks
  double min_width = 48;
};

struct LegendLayout {
  bool beside = true;
  Box frame;                   ///< the legend's frame (y up)
  std::vector<Point> centres;  ///< the centre of each block, in order
};

/// Arranges `blocks` (width, height as a Box from 0,0) in order, beside or below `drawing`.
/// Within the frame, blocks run down columns (beside) or along rows (below), left-aligned, a new
/// column or row starting when the next block would pass the drawing's height or width (a block
/// larger than that gets a column or row of its own). Deterministic; O(blocks).
LegendLayout arrange_legend(const Box& drawing, const std::vector<Box>& blocks,
                            const LegendSpacing& spacing);

}  // namespace kgviz
