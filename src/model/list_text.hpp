// A list value (aliases, and any list attribute) as one text: how every format that has no list
// type of its own writes it (GraphML, GEXF string attributes, CSV cells, DOT) and how every reader
// reads it back, so the same file content gives the same graph in every format (DESIGN.md
// "Exported attributes": aliases joined by `; `).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kgviz {

/// What join_list puts between two items.
inline constexpr std::string_view kListSeparator = "; ";

/// The items of a joined list: split on every ';', each item without the whitespace around it
/// (space, tab, CR, LF), empty items left out. `"a; b"`, `"a;b"` and `" a ;b; "` are {a, b}.
std::vector<std::string> split_list(std::string_view text);

/// Appends `item` to `out` as a next item of a joined list (after kListSeparator unless `first`).
void append_list_item(std::string& out, std::string_view item, bool first);

/// The items joined by kListSeparator: `{a, b}` is "a; b". split_list(join_list(x)) == x when no
/// item is empty, holds a ';' or starts or ends with whitespace.
template <class Items>
std::string join_list(const Items& items) {
  std::string out;
  bool first = true;
  for (const auto& item : items) {
    append_list_item(out, item, first);
    first = false;
  }
  return out;
}

}  // namespace kgviz
