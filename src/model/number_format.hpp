// Locale-independent number text shared by every writer.
#pragma once

#include <string>

namespace kgviz {

/// The shortest decimal text that reads back to exactly `value` (std::to_chars), e.g. 0.1, 1e-05,
/// 2; "nan", "inf" and "-inf" for non-finite values.
std::string format_double(double value);

/// `value` to `digits` significant digits for people to read (tables, markdown, path weights):
/// 0.08163, 6.5, 0.6 (never 0.6000000000000001), 1.5e-05 below 1e-4; a number with more integer
/// digits than `digits` is rounded to an integer rather than written with an exponent (12346).
/// Locale-independent; "nan", "inf", "-inf" as format_double; no "-0".
std::string format_significant(double value, int digits);

/// An integral double (|value| < 2^53) as an integer, e.g. 3.
std::string format_integer(double value);

}  // namespace kgviz
