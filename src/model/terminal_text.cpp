#include "model/terminal_text.hpp"

#include <locale.h>
#include <wchar.h>

#include <cstdint>

#include "model/utf8.hpp"

namespace kgviz {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_hex(std::string& out, std::uint32_t value, int digits) {
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xFu];
}

/// Code points a terminal interprets or uses to reorder text (Trojan Source, CVE-2021-42574).
bool is_escaped_code_point(std::uint32_t c) {
  return (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/// Columns of one code point: wcwidth() under the C.UTF-8 locale (always present with glibc),
/// set for this thread only for the call, so that the program's own locale never matters.
std::size_t code_point_width(std::uint32_t code_point) {
  if (code_point < 0x80) return 1;
  static const locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  if (utf8 == static_cast<locale_t>(nullptr)) return 1;
  const locale_t previous = uselocale(utf8);
  const int width = wcwidth(static_cast<wchar_t>(code_point));
  uselocale(previous);
  return width < 0 ? 1 : static_cast<std::size_t>(width);
}

/// Calls `visit(begin, length, columns)` for each code point of `text` (each invalid byte alone),
/// until it returns false.
template <class Visit>
void for_each_column_run(std::string_view text, Visit visit) {
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t code_point = static_cast<unsigned char>(text[i]);
    std::size_t length = code_point < 0x80 ? 1 : utf8_sequence(text, i, code_point);
    const std::size_t columns = length == 0 ? 1 : code_point_width(code_point);
    if (length == 0) length = 1;
    if (!visit(i, length, columns)) return;
    i += length;
  }
}

}  // namespace

std::size_t terminal_width(std::string_view text) {
  std::size_t width = 0;
  for_each_column_run(text, [&](std::size_t, std::size_t, std::size_t columns) {
    width += columns;
    return true;
  });
  return width;
}

std::string shortened_to_width(std::string_view text, std::size_t width) {
  if (width == 0 || terminal_width(text) <= width) return std::string(text);
  std::size_t used = 0;
  std::size_t end = 0;
  for_each_column_run(text, [&](std::size_t begin, std::size_t length, std::size_t columns) {
    if (used + columns > width - 1) return false;  // one column is kept for the ellipsis
    used += columns;
    end = begin + length;
    return true;
  });
  return std::string(text.substr(0, end)) + "\u2026";
}

std::string terminal_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (byte == '\t') {
        out += "\\t";
      } else if (byte == '\n') {
        out += "\\n";
      } else if (byte == '\r') {
        out += "\\r";
      } else if (byte < 0x20 || byte == 0x7F) {
        out += "\\x";
        append_hex(out, byte, 2);
      } else {
        out += static_cast<char>(byte);
      }
      ++i;
      continue;
    }
    std::uint32_t code_point = 0;
    const std::size_t length = utf8_sequence(text, i, code_point);
    if (length == 0) {
      out += "\\x";
      append_hex(out, byte, 2);
      ++i;
    } else if (is_escaped_code_point(code_point)) {
      out += "\\u";
      append_hex(out, code_point, 4);
      i += length;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

}  // namespace kgviz
