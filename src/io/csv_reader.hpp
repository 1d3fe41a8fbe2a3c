// CSV/TSV edge lists and node tables (DESIGN.md "CSV/TSV edge lists").
#pragma once

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Reads an edge list: a header naming the columns, RFC 4180 quoting, `delimiter` ',' or '\t'.
/// The edge ends are the columns `options.csv_columns` names (--source-col, --target-col), else
/// the first of `source`, `from`, `src` and of `target`, `to`, `dst`, any case (Gephi writes
/// `Source,Target`). Other columns become edge attributes typed by their values (long, double,
/// boolean, else string; `weight` must be numeric); Gephi's `Id` and `Label` are the attributes
/// `id` and `label`. A `Type` column whose every value is Directed, Undirected or Mutual (any case;
/// Gephi's edge tables) decides the direction and is not kept: Undirected and Mutual make the graph
/// undirected, and a mix of directions is an error (unless `options.undirected`); any other `type`
/// column is an attribute. Without one the graph is directed unless `options.undirected`.
///
/// Nodes appear in order of first mention, after those of the `--nodes` table when given: its id
/// column is --id-col, else the first of `id`, `node`, `name` (any case); `label`, `type`,
/// `aliases` fill the entity, other columns become node attributes. An edge may name a node the
/// table does not list (edge lists declare nodes as they go): the node is added, labelled by its
/// id.
///
/// Limits: --max-attributes fields per row, --max-string-length per field, --max-nodes,
/// --max-edges. NUL bytes and invalid UTF-8 are errors. A column named by --source-col,
/// --target-col or --id-col that the header lacks is a UsageError listing the header. Throws
/// InputError with every problem found. O(input size).
KnowledgeGraph read_csv(const InputSource& input, const ReadOptions& options, char delimiter);

}  // namespace kgviz
