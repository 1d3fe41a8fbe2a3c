// Locale-independent number text shared by every writer.
#pragma once

#include <string>

namespace kgviz {

/// The shortest decimal text that reads back to exactly `value` (std::to_chars), e.g. 0.1, 1e-05,
/// 2; "nan", "inf" and "-inf" for non-finite values.
std::string format_double(double value);

/// An integral double (|value| < 2^53) as an integer, e.g. 3.
std::string format_integer(double value);

}  // namespace kgviz
