// Per-node drawing hints (colour, size, layout position) that the diagram computes and the data
// writers carry (GraphML/GEXF `x`, `y`, `size`, `r`, `g`, `b`, `color`), so that Gephi shows the
// same picture as the SVG.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kgviz {

/// `#rrggbb`, lower case.
inline std::string hex_color(std::uint8_t r, std::uint8_t g, std::uint8_t b) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "#";
  for (std::uint8_t c : {r, g, b}) {
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
  }
  return out;
}

struct NodeVisual {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
  double size = 1.0;  ///< node size in Gephi units (diameter-like, > 0)
  double x = 0.0;     ///< layout position in points, y up (Graphviz convention)
  double y = 0.0;
  std::string shape;  ///< Graphviz shape name

  /// `#rrggbb`, lower case.
  [[nodiscard]] std::string color() const { return hex_color(r, g, b); }
};

/// Drawing hints for every vertex (indexed by vertex), plus the layout engine that placed them.
struct DrawingHints {
  std::string engine;
  std::vector<NodeVisual> nodes;
};

}  // namespace kgviz
