// Byte-level text helpers shared by the readers: UTF-8 checks, positions, whitespace folding.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/diagnostics.hpp"

namespace kgviz {

/// Reports each invalid UTF-8 sequence and NUL byte of `text` to `sink` (with its line and byte
/// column); returns true when there is none.
bool check_utf8(std::string_view text, DiagnosticSink& sink);

/// Line and column (1-based, bytes) of byte `offset` in `text`.
std::pair<std::size_t, std::size_t> position_of(std::string_view text, std::size_t offset);

/// Line and column of byte offsets of one text, for readers that report many errors: the line
/// starts are found once, on the first question (O(n)), then each answer costs O(log lines).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {}
  /// Line and column (1-based, bytes) of byte `offset`; the column does not count a byte order
  /// mark at the start of the text.
  [[nodiscard]] std::pair<std::size_t, std::size_t> at(std::size_t offset);

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

/// Length of a UTF-8 byte order mark at the start of `text` (0 or 3).
std::size_t bom_length(std::string_view text);

/// `text` with every run of Unicode whitespace (ASCII space, tab, line ends, NEL, no-break space,
/// U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) replaced by one space, and
/// without leading or trailing whitespace. Invalid UTF-8 bytes are kept as they are.
std::string fold_whitespace(std::string_view text);

/// `text` cut to at most `max_chars` code points, with "..." when cut (for messages).
std::string abbreviate(std::string_view text, std::size_t max_chars);

}  // namespace kgviz
