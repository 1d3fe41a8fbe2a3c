#include "render/diagram_style.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace kgviz {

namespace {

// Paul Tol, "Colour schemes and templates" (2021), scheme "light": light blue, orange, light yellow,
// pink, light cyan, mint, pear, olive (pale grey left out: it means "no value" here).
constexpr std::array<Rgb, 8> kLight = {{{0x77, 0xAA, 0xDD},
                                        {0xEE, 0x88, 0x66},
                                        {0xEE, 0xDD, 0x88},
                                        {0xFF, 0xAA, 0xBB},
                                        {0x99, 0xDD, 0xFF},
                                        {0x44, 0xBB, 0x99},
                                        {0xBB, 0xCC, 0x33},
                                        {0xAA, 0xAA, 0x00}}};

struct FixedStyle {
  std::string_view type;
  std::string_view shape;
  bool rounded;
  Rgb fill;
};

// STIX 2.1 types. The eight light colours go to the types a threat report shows most; the last
// three take Tol "muted" colours, still light enough for black text, and every type has its own
// shape so that colour is never the only cue.
constexpr std::array<FixedStyle, 12> kStixStyles = {{
    {"threat-actor", "octagon", false, {0xFF, 0xAA, 0xBB}},
    {"intrusion-set", "hexagon", false, {0xEE, 0x88, 0x66}},
    {"campaign", "folder", false, {0xEE, 0xDD, 0x88}},
    {"identity", "box", true, {0x77, 0xAA, 0xDD}},
    {"location", "ellipse", false, {0x44, 0xBB, 0x99}},
    {"report", "note", false, {0xDD, 0xDD, 0xDD}},
    {"infrastructure", "box3d", false, {0x99, 0xDD, 0xFF}},
    {"malware", "invhouse", false, {0xBB, 0xCC, 0x33}},
    {"attack-pattern", "invtrapezium", false, {0xAA, 0xAA, 0x00}},
    {"tool", "component", false, {0xCC, 0x66, 0x77}},
    {"vulnerability", "trapezium", false, {0xDD, 0xCC, 0x77}},
    {"indicator", "tab", false, {0x88, 0xCC, 0xEE}},
}};

// Shapes for types outside STIX, cycled with the 8 colours.
constexpr std::array<std::string_view, 11> kFallbackShapes = {
    "ellipse", "box", "hexagon", "octagon", "parallelogram", "house",
    "trapezium", "cylinder", "pentagon", "septagon", "egg"};

// viridis (matplotlib), sampled at 0, 1/8, ..., 1.
constexpr std::array<Rgb, 9> kViridis = {{{0x44, 0x01, 0x54},
                                          {0x47, 0x2C, 0x7A},
                                          {0x3B, 0x51, 0x8B},
                                          {0x2C, 0x71, 0x8E},
                                          {0x21, 0x90, 0x8D},
                                          {0x27, 0xAD, 0x81},
                                          {0x5C, 0xC8, 0x63},
                                          {0xAA, 0xDC, 0x32},
                                          {0xFD, 0xE7, 0x25}}};

double linear_channel(std::uint8_t c) {
  const double s = c / 255.0;
  return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}

double luminance(Rgb c) {
  return 0.2126 * linear_channel(c.r) + 0.7152 * linear_channel(c.g) + 0.0722 * linear_channel(c.b);
}

}  // namespace

std::string Rgb::hex() const {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "#";
  for (std::uint8_t c : {r, g, b}) {
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
  }
  return out;
}

std::size_t TypeStyles::index_of(std::string_view type) {
  if (auto it = index_.find(std::string(type)); it != index_.end()) return it->second;
  TypeStyle style;
  const auto fixed = std::find_if(kStixStyles.begin(), kStixStyles.end(),
                                  [&](const FixedStyle& s) { return s.type == type; });
  if (fixed != kStixStyles.end()) {
    style.shape = std::string(fixed->shape);
    style.rounded = fixed->rounded;
    style.fill = fixed->fill;
  } else {
    const std::size_t k = fallback_count_++;
    style.shape = std::string(kFallbackShapes[k % kFallbackShapes.size()]);
    // Shift the colour by one each round of shapes, so the pair (shape, colour) repeats only after
    // 11 x 8 types.
    const std::size_t round = k / kFallbackShapes.size();
    style.fill = kLight[(k % kFallbackShapes.size() + round) % kLight.size()];
  }
  index_.emplace(std::string(type), used_.size());
  used_.emplace_back(std::string(type), std::move(style));
  return used_.size() - 1;
}

Rgb categorical_color(std::size_t index) { return kLight[index % kLight.size()]; }

Rgb sequential_color(double t) {
  if (!(t > 0.0)) t = 0.0;  // also maps NaN to the low end
  if (t > 1.0) t = 1.0;
  const double scaled = t * static_cast<double>(kViridis.size() - 1);
  const auto low = static_cast<std::size_t>(std::floor(scaled));
  if (low + 1 >= kViridis.size()) return kViridis.back();
  const double f = scaled - static_cast<double>(low);
  const auto mix = [f](std::uint8_t a, std::uint8_t b) {
    return static_cast<std::uint8_t>(std::lround(a + (b - a) * f));
  };
  const Rgb& a = kViridis[low];
  const Rgb& b = kViridis[low + 1];
  return {mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b)};
}

Rgb text_color_on(Rgb fill) {
  constexpr Rgb kDark{0x1A, 0x1A, 0x1A};
  constexpr Rgb kLightText{0xFF, 0xFF, 0xFF};
  const double l = luminance(fill);
  const double dark_contrast = (l + 0.05) / (luminance(kDark) + 0.05);
  const double light_contrast = (1.05) / (l + 0.05);
  return dark_contrast >= light_contrast ? kDark : kLightText;
}

std::string_view confidence_line_style(std::string_view confidence) {
  if (confidence == "reported") return "dashed";
  if (confidence == "alleged") return "dotted";
  return "solid";
}

const std::vector<std::string_view>& confidence_levels() {
  static const std::vector<std::string_view> levels = {"confirmed", "reported", "alleged"};
  return levels;
}

}  // namespace kgviz
