// Which of a node's two names is its entity id, for formats that give nodes both a number and a
// name (GML's `id` and `label`, Pajek's vertex number and label). Internal to src/io.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kgviz {

/// Whether `names` (one per node, nullopt for a node without one) can be the entity ids: every
/// node has a non-empty name and no two are equal. networkx (read_gml, read_pajek) and igraph
/// (`name`) identify vertices by these names, so ids people see in those tools work in `path` and
/// `--focus`; where names are missing or repeat, the file's own numbers are the ids. O(n).
bool names_can_be_ids(const std::vector<std::optional<std::string>>& names);

}  // namespace kgviz
