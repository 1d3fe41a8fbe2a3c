// The look of report diagrams as plain data: colours and shapes by entity type, the palette for
// everything else, fonts, line colours and the line style of each confidence level
// (DESIGN.md "Drawing conventions"; the file format is docs/theme.md).
//
// A default-constructed Theme is kgviz's built-in style, so a diagram drawn without `--theme` is
// byte for byte what it was before themes existed. No YAML and no Graphviz here: io reads a theme
// file into this type, render draws with it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/confidence.hpp"

namespace kgviz {

struct Rgb {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;

  /// `#rrggbb`, lower case (Graphviz colour syntax).
  [[nodiscard]] std::string hex() const;
  friend bool operator==(const Rgb& a, const Rgb& b) {
    return a.r == b.r && a.g == b.g && a.b == b.b;
  }
};

/// `#rrggbb` (either case) as a colour; nullopt for anything else, named colours included: a theme
/// names exact colours, and Graphviz's colour names differ between its X11 and SVG schemes.
std::optional<Rgb> parse_hex_color(std::string_view text);

/// How the nodes of one entity type look.
struct TypeStyle {
  std::string shape;     ///< Graphviz node shape name (one of graphviz_node_shapes())
  bool rounded = false;  ///< corners rounded (style "rounded"; visible on box-like shapes)
  Rgb fill;
  /// Label colour on `fill`; nullopt = near-black or white, whichever contrasts more.
  std::optional<Rgb> text;
};

struct ThemeFonts {
  /// Graphviz `fontname`: a fontconfig family list. Graphviz copies it into SVG unescaped, so it
  /// must pass is_safe_font_name().
  std::string name = "Helvetica,Arial,sans-serif";
  /// Node labels, points; labels sized by a metric and those of large graphs scale with it.
  double label_size = 11.0;
  double edge_label_size = 9.0;  ///< relation labels
  double title_size = 20.0;      ///< the diagram title
  double legend_size = 10.0;     ///< legend entries and the source caption (legend heading +1)
};

struct ThemeColors {
  Rgb background{0xFF, 0xFF, 0xFF};
  Rgb text{0x1A, 0x1A, 0x1A};        ///< title and legend text
  Rgb caption{0x55, 0x55, 0x55};     ///< the source caption
  Rgb edge{0x55, 0x55, 0x55};        ///< relation lines, arrows (large graphs: faded, translucent)
  Rgb edge_label{0x33, 0x33, 0x33};  ///< relation labels
  Rgb border{0x4D, 0x4D, 0x4D};      ///< node outlines and colour-key swatches
};

/// Graphviz edge style per confidence level: each one of line_styles().
struct ConfidenceStyles {
  std::string confirmed = "solid";
  std::string reported = "dashed";
  std::string alleged = "dotted";

  /// The style of `level`.
  [[nodiscard]] const std::string& of(Confidence level) const;
  std::string& of(Confidence level);
};

/// The built-in styles of the 12 STIX 2.1 types (intrusion-set, threat-actor, campaign, identity,
/// location, report, infrastructure, malware, attack-pattern, tool, vulnerability, indicator).
std::vector<std::pair<std::string, TypeStyle>> builtin_type_styles();
/// Paul Tol's "light" qualitative palette without its grey (8 colours, colour-blind safe, made for
/// filled areas under black text).
std::vector<Rgb> builtin_palette();
/// Shapes for entity types without a style of their own (11, cycled with the palette).
std::vector<std::string> builtin_fallback_shapes();

struct Theme {
  /// Styles by entity type name; a type not listed takes the next fallback (shape, colour) pair.
  std::vector<std::pair<std::string, TypeStyle>> types = builtin_type_styles();
  /// Colours for unlisted types and for communities (`--color-by community`); never empty.
  std::vector<Rgb> palette = builtin_palette();
  /// Shapes for unlisted types, paired with `palette`; never empty.
  std::vector<std::string> fallback_shapes = builtin_fallback_shapes();
  ThemeFonts fonts;
  ThemeColors colors;
  ConfidenceStyles confidence;

  /// The style listed for `type`, or nullptr. O(number of listed types).
  [[nodiscard]] const TypeStyle* find_type(std::string_view type) const;
};

/// The built-in theme (a default-constructed Theme), shared.
const Theme& default_theme();

/// Graphviz 2.42's node shape names (its documentation's "Node Shapes" list), in that order.
const std::vector<std::string_view>& graphviz_node_shapes();

/// The confidence line styles a theme may choose: solid, dashed, dotted, bold.
const std::vector<std::string_view>& line_styles();

/// Whether `name` may be a Graphviz fontname: 1 to 200 bytes of letters, digits, space and
/// `,._-`. Nothing else, because Graphviz writes fontname into SVG attributes without escaping.
bool is_safe_font_name(std::string_view name);

/// Bounds of every theme font size, in points.
inline constexpr double kMinFontSize = 1.0;
inline constexpr double kMaxFontSize = 100.0;

}  // namespace kgviz
