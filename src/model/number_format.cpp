#include "model/number_format.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace kgviz {

std::string format_double(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

std::string format_significant(double value, int digits) {
  if (!std::isfinite(value)) return format_double(value);
  if (value == 0) return "0";
  char buffer[400];
  const auto general = std::to_chars(buffer, buffer + sizeof buffer, value,
                                     std::chars_format::general, std::max(digits, 1));
  std::string text(buffer, general.ptr);
  if (text.find("e+") != std::string::npos) {
    // More integer digits than `digits`: the whole number reads better than 1.235e+04.
    const auto fixed =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 0);
    text.assign(buffer, fixed.ptr);
  }
  if (text == "-0") text = "0";
  return text;
}

std::string format_integer(double value) {
  if (!std::isfinite(value)) return format_double(value);
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, static_cast<std::int64_t>(value));
  return std::string(buffer, end);
}

}  // namespace kgviz
