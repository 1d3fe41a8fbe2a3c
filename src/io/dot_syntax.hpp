// The DOT language as cgraph (Graphviz 2.42) reads it, checked before cgraph sees the text.
//
// cgraph reports a syntax error with a line only (and a wrong one after a multi-line string),
// keeps scanner state across reads, and builds whatever a file asks for: `{a b ... } -> {c d ...}`
// makes every pair an edge, so a few kilobytes ask for millions of edges. This check walks the
// same grammar without building anything, so that kgviz reports syntax errors with their line and
// byte column, and refuses inputs beyond the read limits (nesting, string length, nodes, edges)
// before cgraph allocates them. Internal to src/io.
#pragma once

#include <cstdint>
#include <string_view>

#include "io/read_options.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

/// Checks that `text` is one DOT graph as cgraph's grammar and scanner define it (keywords in any
/// case, `->` only in a digraph and `--` only in a graph, comments `/* */`, `//` and `#`, quoted
/// strings with `\"`, `+` concatenation, HTML strings `<...>`, ports, attribute lists,
/// subgraphs), with nothing after it but comments and semicolons. Also refused: an empty node
/// name, subgraphs nested deeper than `limits.max_depth`, a name or value longer than
/// `limits.max_string_length` bytes, more than `limits.max_nodes` distinct node names, and edge
/// statements that would make more than `limits.max_edges` edges in all (counted as cgraph makes
/// them: each node of one end with each node of the other; a bound, since node names written in
/// two spellings and edges merged by a strict graph or an edge key are counted twice).
///
/// Reports the first problem to `sink` with its line and byte column and returns false; true when
/// cgraph may read the text. A leading UTF-8 byte order mark is skipped (cgraph does not: strip it
/// before handing the text over). O(n) time, memory O(distinct node names + nesting).
bool check_dot_syntax(std::string_view text, const ReadLimits& limits, DiagnosticSink& sink);

}  // namespace kgviz
