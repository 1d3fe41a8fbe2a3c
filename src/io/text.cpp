#include "io/text.hpp"

#include <algorithm>
#include <cstdint>

#include "model/utf8.hpp"

namespace kgviz {

namespace {

bool is_unicode_space(std::uint32_t c) {
  return c == 0x20 || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

}  // namespace

bool check_utf8(std::string_view text, DiagnosticSink& sink) {
  bool clean = true;
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '\n') {
      ++line;
      line_start = i + 1;
      ++i;
      continue;
    }
    if (c == '\0') {
      clean = false;
      sink.error(line, i - line_start + 1, "NUL byte in text input");
      ++i;
      continue;
    }
    const std::size_t length = utf8_sequence(text, i);
    if (length == 0) {
      clean = false;
      sink.error(line, i - line_start + 1, "invalid UTF-8 byte sequence (the input must be UTF-8)");
      // Skip the rest of the broken sequence: continuation bytes cannot start a character.
      ++i;
      while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
      continue;
    }
    i += length;
  }
  return clean;
}

std::pair<std::size_t, std::size_t> position_of(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, offset - line_start + 1};
}

std::pair<std::size_t, std::size_t> LineIndex::at(std::size_t offset) {
  if (starts_.empty()) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
      if (text_[i] == '\n') starts_.push_back(i + 1);
    }
  }
  offset = std::min(offset, text_.size());
  const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(after - starts_.begin());
  std::size_t column = offset - *(after - 1) + 1;
  if (line == 1) column -= std::min(column - 1, bom_length(text_));
  return {line, column};
}

std::size_t bom_length(std::string_view text) {
  return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

std::string fold_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t code_point = 0;
    const std::size_t length = utf8_sequence(text, i, code_point);
    if (length == 0) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += text[i++];
      continue;
    }
    if (is_unicode_space(code_point)) {
      pending_space = true;
    } else {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

std::string abbreviate(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence(text, i);
    if (chars == max_chars) return std::string(text.substr(0, i)) + "...";
    i += length == 0 ? 1 : length;
    ++chars;
  }
  return std::string(text);
}

}  // namespace kgviz
