#include "model/number_format.hpp"

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

std::string format_integer(double value) {
  if (!std::isfinite(value)) return format_double(value);
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, static_cast<std::int64_t>(value));
  return std::string(buffer, end);
}

}  // namespace kgviz
