// Where relation labels go so that each reads as its own relation's: centred on its own line (the
// diagram draws labels on a background patch, so the line visibly runs into its label), at the
// point nearest the middle of the line where the label covers no node, no other label and no
// other line. Layout engines place labels for room, not for reading: dot puts a label beside a
// virtual node its spline may then bend away from, next to some other line. Pure geometry, no
// Graphviz: the diagram hands over lines and boxes and writes the centres back.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "render/geometry.hpp"

namespace kgviz {

struct LabelToPlace {
  std::size_t line = 0;  ///< index of its relation's line in the `lines` of place_labels()
  double width = 0;      ///< label box, points
  double height = 0;
  /// Where the layout engine put the label (beside its line, where the engine made room): the
  /// last resort when every place on the line covers a node or a label or is crossed.
  std::optional<Point> engine;
};

/// The centre of each label, in order. `lines` are the drawn relations as polylines (from tail to
/// head; sampled splines), `nodes` the boxes of the drawn nodes. Labels are placed one after the
/// other, each avoiding those placed before it: candidates along its own line from the middle
/// outwards (20% to 80% of its length), scored by the area they cover of nodes and earlier labels
/// and by the other lines crossing them, with a small preference for the middle; the engine's own
/// place competes with a handicap (a label off its line reads less clearly as the line's), so it
/// wins only where the line has no room, e.g. a short edge between two nodes. Deterministic.
/// O(L * C * (n + L + S)) for L labels, C = 13 candidates, n nodes and S line segments (lines
/// whose bounding box misses a candidate cost O(1)).
std::vector<Point> place_labels(const std::vector<LabelToPlace>& labels,
                                const std::vector<std::vector<Point>>& lines,
                                const std::vector<Box>& nodes);

}  // namespace kgviz
