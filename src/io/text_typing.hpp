// The typing rule of attribute values that arrive as text (CSV/TSV cells, DOT attribute values,
// Pajek parameters): one rule, so that a column of numbers is a number column whatever text format
// brought it. Internal to src/io.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "model/attributes.hpp"
#include "model/string_pool.hpp"

namespace kgviz {

/// `true` or `false` in any case, around spaces and tabs.
std::optional<bool> parse_text_boolean(std::string_view text);
/// A decimal integer in 64 bits with an optional sign, around spaces and tabs.
std::optional<std::int64_t> parse_text_integer(std::string_view text);
/// A decimal or exponent real with an optional sign (also `inf` and `nan`), around spaces and tabs.
std::optional<double> parse_text_real(std::string_view text);

/// The narrowest type every non-empty text of a column fits: boolean, long, double, else string.
/// Non-finite numbers (`inf`, `nan`) make a column text. Feed each value to observe(), then read
/// type(). O(1) per value.
class TextColumnTyping {
 public:
  void observe(std::string_view text);
  [[nodiscard]] AttrType type() const;

 private:
  bool any_ = false;
  bool all_boolean_ = true;
  bool all_integer_ = true;
  bool all_real_ = true;
};

/// Stores non-empty `text` in `row` of `column`, converted to the column's type (which
/// TextColumnTyping chose from values including this one); empty text is no value.
void store_text_value(AttributeColumn& column, std::size_t row, std::string_view text,
                      StringPool& pool);

}  // namespace kgviz
