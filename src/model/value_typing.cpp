#include "model/value_typing.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

namespace kgviz {

namespace {

bool equals_lower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != lower[i]) return false;
  }
  return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// `text` without its sign, and whether the sign was `-`. from_chars takes no `+`.
std::string_view unsigned_part(std::string_view text, bool& negative) {
  negative = !text.empty() && text.front() == '-';
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) text.remove_prefix(1);
  return text;
}

NumberParse status_of(std::from_chars_result result, const char* end) {
  if (result.ptr != end) return NumberParse::NotANumber;  // `1e400x` is no number at all
  if (result.ec == std::errc::result_out_of_range) return NumberParse::OutOfRange;
  if (result.ec != std::errc()) return NumberParse::NotANumber;
  return NumberParse::Ok;
}

/// The power of `base` of the leading significant digit of an unsigned real body that parsed
/// out of range: above zero it overflowed, else it underflowed. `marker` starts the exponent
/// (`e` for decimal, `p` for hexadecimal, whose exponent counts powers of two: the digits before
/// it then only move the answer by a few binary places, which an out-of-range exponent dwarfs).
long long magnitude(std::string_view body, std::string_view marker) {
  const std::size_t at = body.find_first_of(marker);
  long long exponent = 0;
  if (at != std::string_view::npos) {
    std::string_view digits = body.substr(at + 1);
    bool negative = false;
    digits = unsigned_part(digits, negative);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), exponent);
    if (ec == std::errc::result_out_of_range) exponent = std::numeric_limits<long long>::max() / 2;
    if (negative) exponent = -exponent;
  }
  const std::string_view mantissa = body.substr(0, at);
  const std::string_view whole = mantissa.substr(0, mantissa.find('.'));
  const std::size_t first = whole.find_first_not_of('0');
  if (first != std::string_view::npos)
    return exponent + static_cast<long long>(whole.size() - first);
  const std::string_view fraction =
      whole.size() < mantissa.size() ? mantissa.substr(whole.size() + 1) : std::string_view();
  const std::size_t leading = std::min(fraction.find_first_not_of('0'), fraction.size());
  return exponent - static_cast<long long>(leading);
}

/// What strtod gives for an out-of-range real: infinity when it overflowed, zero when it
/// underflowed, with its sign.
double saturated(std::string_view body, std::string_view marker, double sign) {
  return sign * (magnitude(body, marker) > 0 ? std::numeric_limits<double>::infinity() : 0.0);
}

}  // namespace

NumberParse parse_integer(std::string_view text, std::int64_t& value) {
  bool negative = false;
  const std::string_view digits = unsigned_part(text, negative);
  if (digits.empty() || !is_digit(digits.front())) return NumberParse::NotANumber;
  // With the `-` kept, so that INT64_MIN parses; from_chars takes `-` but not `+`.
  const char* begin = negative ? digits.data() - 1 : digits.data();
  const char* end = digits.data() + digits.size();
  return status_of(std::from_chars(begin, end, value), end);
}

NumberParse parse_real(std::string_view text, double& value) {
  bool negative = false;
  std::string_view body = unsigned_part(text, negative);
  const double sign = negative ? -1.0 : 1.0;
  if (equals_lower(body, "inf") || equals_lower(body, "infinity")) {
    value = sign * std::numeric_limits<double>::infinity();
    return NumberParse::Ok;
  }
  if (equals_lower(body, "nan")) {
    value = std::numeric_limits<double>::quiet_NaN();
    return NumberParse::Ok;
  }
  const char* end = body.data() + body.size();
  if (body.size() > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) {
    body.remove_prefix(2);
    // Only the binary-exponent form: `0xff` is no real (a CSV column of hex codes stays text).
    if (body.find_first_of("pP") == std::string_view::npos) return NumberParse::NotANumber;
    if (body.empty() ||
        !(std::isxdigit(static_cast<unsigned char>(body.front())) || body.front() == '.')) {
      return NumberParse::NotANumber;
    }
    const NumberParse status =
        status_of(std::from_chars(body.data(), end, value, std::chars_format::hex), end);
    value = status == NumberParse::OutOfRange ? saturated(body, "pP", sign) : value * sign;
    return status;
  }
  if (body.empty() || !(is_digit(body.front()) || body.front() == '.')) {
    return NumberParse::NotANumber;
  }
  const NumberParse status = status_of(std::from_chars(body.data(), end, value), end);
  value = status == NumberParse::OutOfRange ? saturated(body, "eE", sign) : value * sign;
  return status;
}

std::optional<std::int64_t> integer_of(std::string_view text) {
  std::int64_t value = 0;
  if (parse_integer(text, value) != NumberParse::Ok) return std::nullopt;
  return value;
}

std::optional<double> real_of(std::string_view text) {
  double value = 0;
  if (parse_real(text, value) != NumberParse::Ok) return std::nullopt;
  return value;
}

std::optional<bool> boolean_of(std::string_view text) {
  if (equals_lower(text, "true")) return true;
  if (equals_lower(text, "false")) return false;
  return std::nullopt;
}

AttrType type_of_text(std::string_view text) {
  if (boolean_of(text)) return AttrType::Boolean;
  if (integer_of(text)) return AttrType::Long;
  if (const auto real = real_of(text); real && std::isfinite(*real)) return AttrType::Double;
  return AttrType::String;
}

AttrType widen_types(AttrType a, AttrType b) {
  if (a == b) return a;
  const auto is_number = [](AttrType t) { return is_numeric(t) && t != AttrType::Boolean; };
  if (!is_number(a) || !is_number(b)) return AttrType::String;
  if (is_integral(a) && is_integral(b)) return AttrType::Long;
  return AttrType::Double;
}

}  // namespace kgviz
