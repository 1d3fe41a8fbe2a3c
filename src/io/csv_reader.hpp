// CSV/TSV edge lists and node tables (DESIGN.md "CSV/TSV edge lists").
#pragma once

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Reads an edge list: a header naming the columns (`source` and `target`, any case, as Gephi's
/// `Source,Target`), RFC 4180 quoting, `delimiter` ',' or '\t'. Other columns become edge
/// attributes typed by their values (long, double, boolean, else string; `weight` must be
/// numeric). Nodes appear in order of first mention, after those of the `--nodes` table when given
/// (header `id` plus any columns; `label`, `type`, `aliases` fill the entity). Directed unless
/// `options.undirected`. Throws InputError with every problem found.
KnowledgeGraph read_csv(const InputSource& input, const ReadOptions& options, char delimiter);

}  // namespace kgviz
