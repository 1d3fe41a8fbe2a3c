// One number grammar and one column-typing rule for every reader (CSV/TSV cells, DOT and Pajek
// values, YAML plain scalars, GraphML/GEXF typed values, JSON and GML values): the same value is
// the same number, and a column of the same values gets the same type, whatever format brought it.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "model/attributes.hpp"

namespace kgviz {

/// How a text read as a number went.
enum class NumberParse { Ok, NotANumber, OutOfRange };

/// The integer grammar: an optional sign (`+` or `-`) and decimal digits, in 64 bits. Nothing
/// else: no blanks (each format trims its own), no hexadecimal, no `1e3`, no `1.0`.
NumberParse parse_integer(std::string_view text, std::int64_t& value);

/// The real grammar: an optional sign, then decimal digits with an optional fraction and
/// exponent (`1`, `-2.5`, `.5`, `1.`, `6.02e23`), or `inf`, `infinity`, `nan` in any case, or a
/// hexadecimal real with its binary exponent (`0x1.8p+1`, as graph-tool writes doubles exactly).
/// No blanks. A number beyond double's range is OutOfRange, with `value` set as strtod sets it:
/// infinity (signed) when it overflowed, zero (signed) when it underflowed; a reader decides
/// whether that is an error (GraphML's typed values) or the value (GML, as Python's float()).
NumberParse parse_real(std::string_view text, double& value);

/// parse_integer / parse_real as optionals (nullopt unless Ok).
std::optional<std::int64_t> integer_of(std::string_view text);
std::optional<double> real_of(std::string_view text);

/// The boolean grammar: `true` or `false` in any case.
std::optional<bool> boolean_of(std::string_view text);

/// The type of one untyped text value: Boolean, Long (the integer grammar), Double (the real
/// grammar, finite values only: a column holding `inf` or `nan` stays text) or String.
AttrType type_of_text(std::string_view text);

/// The one widening rule: the type of a column holding values of types `a` and `b`. The same
/// type stays; integers and reals widen to the wider number (Int + Long -> Long, Float + Double
/// and any integer + real -> Double); anything else mixed (booleans with numbers included) ->
/// String, the values' text.
AttrType widen_types(AttrType a, AttrType b);

}  // namespace kgviz
