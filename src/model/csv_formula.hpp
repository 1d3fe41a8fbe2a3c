// Spreadsheet formula cells in CSV (OWASP "CSV Injection"): a cell that begins with `=`, `+`,
// `-`, `@`, a tab or a carriage return is run as a formula when a spreadsheet opens the file. The
// CSV writers neutralise such cells the way OWASP recommends (a `'` in front, the cell quoted); the
// CSV reader undoes it, so kgviz's own tables read back to the same values. Numbers (`-0.5`,
// `+3`, `-1e-05`) are not formulas and stay as they are.
#pragma once

#include <string>
#include <string_view>

namespace kgviz {

/// Whether a spreadsheet would take `cell` as a formula: it begins with `=`, `+`, `-`, `@`, tab or
/// carriage return, and is not a decimal number (optional sign, digits with an optional decimal
/// point, optional exponent).
bool is_formula_cell(std::string_view cell);

/// Whether the CSV writers put a `'` in front of `cell`: it is a formula cell, or one or more `'`
/// followed by a formula cell (so that the reader's undoing is exact).
bool needs_formula_guard(std::string_view cell);

/// `cell` as read from a quoted CSV field: a field that is one or more `'` followed by a formula
/// cell loses its first `'` (the writers' guard); any other field is returned as it is.
std::string_view without_formula_guard(std::string_view cell);

}  // namespace kgviz
