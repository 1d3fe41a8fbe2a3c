#include "io/text_typing.hpp"

#include <cctype>
#include <charconv>
#include <cmath>

namespace kgviz {

namespace {

std::string_view trim_blanks(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool equals_lower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != lower[i]) return false;
  }
  return true;
}

/// `text` trimmed and without a leading `+`, which from_chars does not take.
std::string_view number_text(std::string_view text) {
  text = trim_blanks(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  return text;
}

}  // namespace

std::optional<bool> parse_text_boolean(std::string_view text) {
  text = trim_blanks(text);
  if (equals_lower(text, "true")) return true;
  if (equals_lower(text, "false")) return false;
  return std::nullopt;
}

std::optional<std::int64_t> parse_text_integer(std::string_view text) {
  text = number_text(text);
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

std::optional<double> parse_text_real(std::string_view text) {
  text = number_text(text);
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

void TextColumnTyping::observe(std::string_view text) {
  if (text.empty()) return;
  any_ = true;
  if (!all_boolean_ && !all_integer_ && !all_real_) return;
  all_boolean_ = all_boolean_ && parse_text_boolean(text).has_value();
  all_integer_ = all_integer_ && parse_text_integer(text).has_value();
  if (all_real_) {
    const auto real = parse_text_real(text);
    all_real_ = real && std::isfinite(*real);
  }
}

AttrType TextColumnTyping::type() const {
  if (!any_) return AttrType::String;
  if (all_boolean_) return AttrType::Boolean;
  if (all_integer_) return AttrType::Long;
  if (all_real_) return AttrType::Double;
  return AttrType::String;
}

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
