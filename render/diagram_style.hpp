// The visual vocabulary of report diagrams: styles by entity type and the palette taken from a
// Theme (model/theme.hpp), the sequential colour ramp, text contrast and line styles by confidence
// (DESIGN.md "Drawing conventions"). Pure data, no Graphviz: the diagram builder and the tests both
// read it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/theme.hpp"

namespace kgviz {

/// Styles of the entity types of one diagram. The types the theme lists (by default the STIX 2.1
/// types: intrusion-set, threat-actor, campaign, identity, location, report, infrastructure,
/// malware, attack-pattern, tool, vulnerability, indicator) have fixed styles, so a type looks the
/// same in every diagram; any other type takes the next pair of the theme's fallback shapes and
/// palette, in the order types are first asked for, so the assignment depends only on the input
/// order.
class TypeStyles {
 public:
  /// Styles of the built-in theme.
  TypeStyles() : TypeStyles(default_theme()) {}
  /// Styles of `theme`, which must outlive this object.
  explicit TypeStyles(const Theme& theme) : theme_(&theme) {}

  /// The position of `type` in `used()`, registering it on first use. O(1) on average.
  std::size_t index_of(std::string_view type);
  /// The style of `type`, registering it on first use.
  const TypeStyle& style_of(std::string_view type) { return used_[index_of(type)].second; }
  /// Every type asked for, in order of first request, with its style (the legend's entries).
  [[nodiscard]] const std::vector<std::pair<std::string, TypeStyle>>& used() const { return used_; }

 private:
  const Theme* theme_;
  std::vector<std::pair<std::string, TypeStyle>> used_;
  std::unordered_map<std::string, std::size_t> index_;
  std::size_t fallback_count_ = 0;
};

/// Colour `index` of the theme's palette (by default Paul Tol's "light"), then the same colours a
/// shade darker (40% towards black): categorical_color_count() distinct colours, after which they
/// repeat. Ten communities in eight colours would put two of them in one colour; a darker shade
/// tells them apart and keeps the palette's hues.
Rgb categorical_color(std::size_t index, const Theme& theme = default_theme());

/// How many distinct colours categorical_color() gives: twice the palette.
std::size_t categorical_color_count(const Theme& theme = default_theme());

/// The colour of `t` in [0, 1] (clamped) on the viridis ramp (perceptually uniform, readable by the
/// common colour-vision deficiencies, monotone in lightness).
Rgb sequential_color(double t);

/// The colour a fraction `t` in [0, 1] of the way from `from` to `to` (per channel, rounded).
Rgb blend(Rgb from, Rgb to, double t);

/// Fill for nodes without a value (undefined metric, no community): light grey.
inline constexpr Rgb kUndefinedFill{0xDD, 0xDD, 0xDD};
/// Fill for nodes when colour encodes something other than type (the type legend shows shapes).
inline constexpr Rgb kNeutralFill{0xFF, 0xFF, 0xFF};
/// Fill for the values of a categorical attribute beyond the palette ("other"): mid grey, darker
/// than "no value".
inline constexpr Rgb kOtherFill{0xAA, 0xAA, 0xAA};

/// Near-black or white, whichever contrasts more with `fill` (WCAG relative luminance).
Rgb text_color_on(Rgb fill);

/// The label colour of nodes drawn in `style`: its own text colour, else text_color_on(fill).
Rgb label_color(const TypeStyle& style);

/// Graphviz line style of a relation's `confidence` in `theme` (built-in: confirmed "solid",
/// reported "dashed", alleged "dotted"); anything else (or absent) "solid". The view points into
/// `theme` or a constant.
std::string_view confidence_line_style(std::string_view confidence,
                                       const Theme& theme = default_theme());

/// The confidence values with a line style of their own, in legend order.
const std::vector<std::string_view>& confidence_levels();

}  // namespace kgviz
