#include "io/text_typing.hpp"

#include "model/value_typing.hpp"

namespace kgviz {

namespace {

std::string_view trim_blanks(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::optional<bool> parse_text_boolean(std::string_view text) {
  return boolean_of(trim_blanks(text));
}

std::optional<std::int64_t> parse_text_integer(std::string_view text) {
  return integer_of(trim_blanks(text));
}

std::optional<double> parse_text_real(std::string_view text) { return real_of(trim_blanks(text)); }

void TextColumnTyping::observe(std::string_view text) {
  if (text.empty()) return;
  const AttrType type = type_of_text(trim_blanks(text));
  type_ = type_ ? widen_types(*type_, type) : type;
}

AttrType TextColumnTyping::type() const { return type_.value_or(AttrType::String); }

void store_text_value(AttributeColumn& column, std::size_t row, std::string_view text,
                      StringPool& pool) {
  if (text.empty()) return;
  switch (column.type()) {
    case AttrType::Boolean:
      if (const auto value = parse_text_boolean(text)) column.set_bool(row, *value);
      break;
    case AttrType::Int:
    case AttrType::Long:
      if (const auto value = parse_text_integer(text)) column.set_integer(row, *value);
      break;
    case AttrType::Float:
    case AttrType::Double:
      if (const auto value = parse_text_real(text)) column.set_real(row, *value);
      break;
    case AttrType::String:
      column.set_string(row, pool.intern(text));
      break;
    case AttrType::StringList:
      column.set_list(row, {pool.intern(text)});
      break;
  }
}

}  // namespace kgviz
