#include "render/diagram_style.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "model/confidence.hpp"

namespace kgviz {

namespace {

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

std::size_t TypeStyles::index_of(std::string_view type) {
  if (auto it = index_.find(std::string(type)); it != index_.end()) return it->second;
  TypeStyle style;
  if (const TypeStyle* listed = theme_->find_type(type)) {
    style = *listed;
  } else {
    const std::size_t k = fallback_count_++;
    const auto& shapes = theme_->fallback_shapes;
    const auto& palette = theme_->palette;
    style.shape = shapes[k % shapes.size()];
    // Shift the colour by one each round of shapes, so the pair (shape, colour) repeats only after
    // shapes x colours types (11 x 8 built in).
    const std::size_t round = k / shapes.size();
    style.fill = palette[(k % shapes.size() + round) % palette.size()];
  }
  index_.emplace(std::string(type), used_.size());
  used_.emplace_back(std::string(type), std::move(style));
  return used_.size() - 1;
}

Rgb categorical_color(std::size_t index, const Theme& theme) {
  const std::size_t size = theme.palette.size();
  const Rgb base = theme.palette[index % size];
  return (index / size) % 2 == 0 ? base : blend(base, Rgb{0, 0, 0}, 0.4);
}

std::size_t categorical_color_count(const Theme& theme) { return 2 * theme.palette.size(); }

Rgb sequential_color(double t) {
  if (!(t > 0.0)) t = 0.0;  // also maps NaN to the low end
  if (t > 1.0) t = 1.0;
  const double scaled = t * static_cast<double>(kViridis.size() - 1);
  const auto low = static_cast<std::size_t>(std::floor(scaled));
  if (low + 1 >= kViridis.size()) return kViridis.back();
  return blend(kViridis[low], kViridis[low + 1], scaled - static_cast<double>(low));
}

Rgb blend(Rgb from, Rgb to, double t) {
  const auto mix = [t](std::uint8_t a, std::uint8_t b) {
    return static_cast<std::uint8_t>(std::lround(a + (b - a) * t));
  };
  return {mix(from.r, to.r), mix(from.g, to.g), mix(from.b, to.b)};
}

Rgb text_color_on(Rgb fill) {
  constexpr Rgb kDark{0x1A, 0x1A, 0x1A};
  constexpr Rgb kLightText{0xFF, 0xFF, 0xFF};
  const double l = luminance(fill);
  const double dark_contrast = (l + 0.05) / (luminance(kDark) + 0.05);
  const double light_contrast = (1.05) / (l + 0.05);
  return dark_contrast >= light_contrast ? kDark : kLightText;
}

Rgb label_color(const TypeStyle& style) { return style.text.value_or(text_color_on(style.fill)); }

std::string_view confidence_line_style(std::string_view confidence, const Theme& theme) {
  const auto level = parse_confidence(confidence);
  return level ? std::string_view(theme.confidence.of(*level)) : "solid";
}

const std::vector<std::string_view>& confidence_levels() {
  static const std::vector<std::string_view> levels = [] {
    std::vector<std::string_view> names;
    for (Confidence level : kConfidences) names.push_back(confidence_name(level));
    return names;
  }();
  return levels;
}

}  // namespace kgviz
