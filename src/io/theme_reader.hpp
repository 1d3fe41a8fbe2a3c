// Reads a diagram theme (`export --theme FILE`, docs/theme.md) from YAML into a Theme.
#pragma once

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/theme.hpp"

namespace kgviz {

/// The theme in `input`: the built-in theme with every key the file gives replacing its value
/// (every key is optional; `{}` is the built-in theme). Read through YamlTree, so a theme file gets
/// the same YAML checks as a graph (syntax, duplicate keys, nesting, aliases, UTF-8), then checked
/// key by key: unknown keys, colours other than `#rrggbb`, shapes Graphviz does not know, line
/// styles other than solid/dashed/dotted/bold, font sizes outside 1..100 points, font names with
/// characters outside `[A-Za-z0-9 ,._-]` (Graphviz copies fontname into SVG unescaped), empty
/// palettes or shape lists, and new entity types without both a colour and a shape. Uses
/// `options.max_errors` and `options.limits` only.
/// Throws InputError with every problem found (up to `options.max_errors`), each at its line and
/// column. O(size of the file).
Theme read_theme(const InputSource& input, const ReadOptions& options);

}  // namespace kgviz
