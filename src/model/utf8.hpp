// UTF-8 decoding and encoding shared by readers (validation, whitespace folding) and writers
// (escaping).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kgviz {

/// Length of the valid UTF-8 sequence starting at byte `i` of `text`, or 0 when the bytes there
/// are not one (overlong forms, surrogates and code points above U+10FFFF are invalid); sets
/// `code_point` when valid.
std::size_t utf8_sequence(std::string_view text, std::size_t i, std::uint32_t& code_point);

/// The same without the code point.
inline std::size_t utf8_sequence(std::string_view text, std::size_t i) {
  std::uint32_t ignored = 0;
  return utf8_sequence(text, i, ignored);
}

/// Appends the UTF-8 encoding of `code_point` (a Unicode scalar value: at most U+10FFFF, not a
/// surrogate) to `out`.
void append_utf8(std::string& out, std::uint32_t code_point);

}  // namespace kgviz
