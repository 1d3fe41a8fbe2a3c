// The visual vocabulary of report diagrams: colour-blind-safe palettes, shapes by entity type, the
// sequential colour ramp and line styles by confidence (DESIGN.md "Drawing conventions").
// Pure data, no Graphviz: the diagram builder and the tests both read it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kgviz {

struct Rgb {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;

  /// `#rrggbb`, lower case (Graphviz colour syntax).
  [[nodiscard]] std::string hex() const;
  friend bool operator==(const Rgb& a, const Rgb& b) { return a.r == b.r && a.g == b.g && a.b == b.b; }
};

/// How the nodes of one entity type look.
struct TypeStyle {
  std::string shape;     ///< Graphviz shape name
  bool rounded = false;  ///< box corners rounded (style "rounded")
  Rgb fill;
};

/// Styles of the entity types of one diagram. The STIX 2.1 types (intrusion-set, threat-actor,
/// campaign, identity, location, report, infrastructure, malware, attack-pattern, tool,
/// vulnerability, indicator) have fixed styles, so a type looks the same in every diagram; any other
/// type takes the next entry of a fallback list of shape and colour pairs, in the order types are
/// first asked for, so the assignment depends only on the input order.
class TypeStyles {
 public:
  /// The position of `type` in `used()`, registering it on first use. O(1) on average.
  std::size_t index_of(std::string_view type);
  /// The style of `type`, registering it on first use.
  const TypeStyle& style_of(std::string_view type) { return used_[index_of(type)].second; }
  /// Every type asked for, in order of first request, with its style (the legend's entries).
  [[nodiscard]] const std::vector<std::pair<std::string, TypeStyle>>& used() const { return used_; }

 private:
  std::vector<std::pair<std::string, TypeStyle>> used_;
  std::unordered_map<std::string, std::size_t> index_;
  std::size_t fallback_count_ = 0;
};

/// Paul Tol's "light" qualitative palette without its grey (8 colours, colour-blind safe, made for
/// filled areas under black text); `index` cycles.
Rgb categorical_color(std::size_t index);

/// The colour of `t` in [0, 1] (clamped) on the viridis ramp (perceptually uniform, readable by the
/// common colour-vision deficiencies, monotone in lightness).
Rgb sequential_color(double t);

/// Fill for nodes without a value (undefined metric, no community): light grey.
inline constexpr Rgb kUndefinedFill{0xDD, 0xDD, 0xDD};
/// Fill for nodes when colour encodes something other than type (the type legend shows shapes).
inline constexpr Rgb kNeutralFill{0xFF, 0xFF, 0xFF};

/// Near-black or white, whichever contrasts more with `fill` (WCAG relative luminance).
Rgb text_color_on(Rgb fill);

/// Graphviz line style of a relation's `confidence`: confirmed "solid", reported "dashed", alleged
/// "dotted"; anything else (or absent) "solid".
std::string_view confidence_line_style(std::string_view confidence);

/// The confidence values with a line style of their own, in legend order.
const std::vector<std::string_view>& confidence_levels();

}  // namespace kgviz
