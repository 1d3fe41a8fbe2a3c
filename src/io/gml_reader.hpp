// The GML reader: `graph [ node [...] edge [...] ]` as networkx, igraph, Cytoscape, Gephi, yEd and
// the classic network-science datasets (Newman's karate, lesmis, football...) write it.
#pragma once

#include <string_view>

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Reads the one `graph [...]` of a GML file (syntax: GmlParser).
///
/// - `directed 1` makes a directed graph; without it (or `directed 0`) the graph is undirected,
///   as GML defines; `--undirected` makes any graph undirected. `multigraph` is not needed: every
///   edge is kept, parallel or not.
/// - A node's label is its `label`, else igraph's `name`, else its `id`. The entity ids are these
///   labels when every node has one and no two are equal (networkx and igraph know vertices by
///   them); otherwise the nodes' `id` values. `type` is the entity type.
/// - `graphics [ x .. y .. ]` becomes the columns `x` and `y`; the rest of `graphics` and
///   `LabelGraphics` (sizes, colours, shapes) is drawing and dropped.
/// - Every other key of a node, an edge (`key`, `label`, `weight`...) or the graph becomes a typed
///   column, typed as JSON values are (JsonAttributeTyper): integers long, reals double (`weight`
///   double when numeric), strings string; a key repeated in one record is a list (strings: a
///   string list; else its JSON text, networkx's `_networkx_list_start` marker dropped); a nested
///   record is its JSON text (`{"key": value, ...}`).
/// - Edges keep file order; `source` and `target` name node `id`s (edges may come before nodes).
///
/// Rejected, with line and byte column: syntax errors and limits (GmlParser), a node without an
/// `id` or with one used before, an edge without `source` or `target` or naming an id no node
/// has (never a new node), `directed` other than 0 or 1, more than `--max-nodes` nodes or
/// `--max-edges` edges, a graph without nodes. Every error is collected (up to
/// `options.max_errors`). Reads the text twice (types, then values): O(input size), memory
/// proportional to the graph.
KnowledgeGraph read_gml(const InputSource& input, const ReadOptions& options);

}  // namespace kgviz
