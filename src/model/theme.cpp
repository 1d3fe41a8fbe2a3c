#include "model/theme.hpp"

#include <algorithm>
#include <charconv>

#include "model/drawing_hints.hpp"

namespace kgviz {

const std::string& ConfidenceStyles::of(Confidence level) const {
  switch (level) {
    case Confidence::Confirmed:
      return confirmed;
    case Confidence::Reported:
      return reported;
    case Confidence::Alleged:
      return alleged;
  }
  return confirmed;
}

std::string& ConfidenceStyles::of(Confidence level) {
  return const_cast<std::string&>(static_cast<const ConfidenceStyles&>(*this).of(level));
}

std::string Rgb::hex() const { return hex_color(r, g, b); }

std::optional<Rgb> parse_hex_color(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  std::uint8_t channels[3] = {};
  for (std::size_t i = 0; i < 3; ++i) {
    // Two hex digits each; an unsigned target makes from_chars refuse a sign.
    const char* first = text.data() + 1 + 2 * i;
    const auto [end, error] = std::from_chars(first, first + 2, channels[i], 16);
    if (error != std::errc() || end != first + 2) return std::nullopt;
  }
  return Rgb{channels[0], channels[1], channels[2]};
}

std::vector<std::pair<std::string, TypeStyle>> builtin_type_styles() {
  // The eight light colours go to the types a threat report shows most; the last three take Tol
  // "muted" colours, still light enough for black text, and every type has its own shape so that
  // colour is never the only cue.
  return {
      {"threat-actor", {"octagon", false, {0xFF, 0xAA, 0xBB}, std::nullopt}},
      {"intrusion-set", {"hexagon", false, {0xEE, 0x88, 0x66}, std::nullopt}},
      {"campaign", {"folder", false, {0xEE, 0xDD, 0x88}, std::nullopt}},
      {"identity", {"box", true, {0x77, 0xAA, 0xDD}, std::nullopt}},
      {"location", {"ellipse", false, {0x44, 0xBB, 0x99}, std::nullopt}},
      {"report", {"note", false, {0xDD, 0xDD, 0xDD}, std::nullopt}},
      {"infrastructure", {"box3d", false, {0x99, 0xDD, 0xFF}, std::nullopt}},
      {"malware", {"invhouse", false, {0xBB, 0xCC, 0x33}, std::nullopt}},
      {"attack-pattern", {"invtrapezium", false, {0xAA, 0xAA, 0x00}, std::nullopt}},
      {"tool", {"component", false, {0xCC, 0x66, 0x77}, std::nullopt}},
      {"vulnerability", {"trapezium", false, {0xDD, 0xCC, 0x77}, std::nullopt}},
      {"indicator", {"tab", false, {0x88, 0xCC, 0xEE}, std::nullopt}},
  };
}

std::vector<Rgb> builtin_palette() {
  // Paul Tol, "Colour schemes and templates" (2021), scheme "light": light blue, orange, light
  // yellow, pink, light cyan, mint, pear, olive (pale grey left out: it means "no value" here).
  return {{0x77, 0xAA, 0xDD}, {0xEE, 0x88, 0x66}, {0xEE, 0xDD, 0x88}, {0xFF, 0xAA, 0xBB},
          {0x99, 0xDD, 0xFF}, {0x44, 0xBB, 0x99}, {0xBB, 0xCC, 0x33}, {0xAA, 0xAA, 0x00}};
}

std::vector<std::string> builtin_fallback_shapes() {
  return {"ellipse",  "box",      "hexagon",  "octagon", "parallelogram", "house", "trapezium",
          "cylinder", "pentagon", "septagon", "egg"};
}

const TypeStyle* Theme::find_type(std::string_view type) const {
  const auto it = std::find_if(types.begin(), types.end(),
                               [&](const auto& entry) { return entry.first == type; });
  return it == types.end() ? nullptr : &it->second;
}

const Theme& default_theme() {
  static const Theme theme;
  return theme;
}

const std::vector<std::string_view>& graphviz_node_shapes() {
  static const std::vector<std::string_view> shapes = {"box",
                                                       "polygon",
                                                       "ellipse",
                                                       "oval",
                                                       "circle",
                                                       "point",
                                                       "egg",
                                                       "triangle",
                                                       "plaintext",
                                                       "plain",
                                                       "diamond",
                                                       "trapezium",
                                                       "parallelogram",
                                                       "house",
                                                       "pentagon",
                                                       "hexagon",
                                                       "septagon",
                                                       "octagon",
                                                       "doublecircle",
                                                       "doubleoctagon",
                                                       "tripleoctagon",
                                                       "invtriangle",
                                                       "invtrapezium",
                                                       "invhouse",
                                                       "Mdiamond",
                                                       "Msquare",
                                                       "Mcircle",
                                                       "rect",
                                                       "rectangle",
                                                       "square",
                                                       "star",
                                                       "none",
                                                       "underline",
                                                       "cylinder",
                                                       "note",
                                                       "tab",
                                                       "folder",
                                                       "box3d",
                                                       "component",
                                                       "promoter",
                                                       "cds",
                                                       "terminator",
                                                       "utr",
                                                       "primersite",
                                                       "restrictionsite",
                                                       "fivepoverhang",
                                                       "threepoverhang",
                                                       "noverhang",
                                                       "assembly",
                                                       "signature",
                                                       "insulator",
                                                       "ribosite",
                                                       "rnastab",
                                                       "proteasesite",
                                                       "proteinstab",
                                                       "rpromoter",
                                                       "rarrow",
                                                       "larrow",
                                                       "lpromoter"};
  return shapes;
}

const std::vector<std::string_view>& line_styles() {
  static const std::vector<std::string_view> styles = {"solid", "dashed", "dotted", "bold"};
  return styles;
}

bool is_safe_font_name(std::string_view name) {
  if (name.empty() || name.size() > 200) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
           c == ',' || c == '.' || c == '_' || c == '-';
  });
}

}  // namespace kgviz
