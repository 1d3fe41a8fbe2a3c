// Per-node drawing hints (colour, size, layout position) that the diagram computes and the data
// writers carry (GraphML/GEXF `x`, `y`, `size`, `r`, `g`, `b`, `color`), so that Gephi shows the
// same picture as the SVG.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kgviz {

/// The node columns the data writers export the hints as.
namespace hint {
inline constexpr std::string_view kX = "x";
inline constexpr std::string_view kY = "y";
inline constexpr std::string_view kSize = "size";
inline constexpr std::string_view kR = "r";
inline constexpr std::string_view kG = "g";
inline constexpr std::string_view kB = "b";
inline constexpr std::string_view kColor = "color";
inline constexpr std::array<std::string_view, 7> kColumns{kX, kY, kSize, kR, kG, kB, kColor};
}  // namespace hint

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
