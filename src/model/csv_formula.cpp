#include "model/csv_formula.hpp"

namespace kgviz {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// `[+-]?(D+(.D*)?|.D+)([eE][+-]?D+)?`: what every spreadsheet reads as a plain number.
bool is_decimal_number(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  std::size_t digits = 0;
  while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    std::size_t exponent_digits = 0;
    while (i < text.size() && is_digit(text[i])) ++i, ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  return i == text.size();
}

std::string_view without_leading_quotes(std::string_view cell) {
  const std::size_t first = cell.find_first_not_of('\'');
  return first == std::string_view::npos ? std::string_view() : cell.substr(first);
}

}  // namespace

bool is_formula_cell(std::string_view cell) {
  if (cell.empty()) return false;
  switch (cell.front()) {
    case '=':
    case '@':
    case '\t':
    case '\r':
      return true;
    case '+':
    case '-':
      return !is_decimal_number(cell);
    default:
      return false;
  }
}

bool needs_formula_guard(std::string_view cell) {
  return is_formula_cell(without_leading_quotes(cell));
}

std::string_view without_formula_guard(std::string_view cell) {
  if (cell.empty() || cell.front() != '\'' || !needs_formula_guard(cell)) return cell;
  return cell.substr(1);
}

}  // namespace kgviz
