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

/// The grammars of model/value_typing.hpp, around spaces and tabs: `true`/`false` in any case;
/// a decimal integer in 64 bits with an optional sign; a real (also `inf`, `nan`, hex with `p`).
std::optional<bool> parse_text_boolean(std::string_view text);
std::optional<std::int64_t> parse_text_integer(std::string_view text);
std::optional<double> parse_text_real(std::string_view text);

/// The type of a column of texts: each non-empty value typed by type_of_text, the types joined by
/// widen_types (model/value_typing.hpp), String for a column without values. Feed each value to
/// observe(), then read type(). O(1) per value.
class TextColumnTyping {
 public:
  void observe(std::string_view text);
  [[nodiscard]] AttrType type() const;

 private:
  std::optional<AttrType> type_;
};

/// Stores non-empty `text` in `row` of `column`, converted to the column's type (which
/// TextColumnTyping chose from values including this one); empty text is no value.
void store_text_value(AttributeColumn& column, std::size_t row, std::string_view text,
                      StringPool& pool);

}  // namespace kgviz
