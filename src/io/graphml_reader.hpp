// The GraphML reader: a streaming parse (expat) of what networkx, igraph, graph-tool, Gephi, yEd
// and kgviz itself write.
#pragma once

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Reads the one top-level `<graph>` of a GraphML document.
///
/// Keys are resolved by id to their `attr.name`, `attr.type` (boolean, int, long, float, double,
/// string, any case, and graph-tool's `short`; none = string, as yEd writes) and `for`;
/// `<default>` values fill elements that lack the data. Any other attr.type (graph-tool's
/// `vector_float`, `vector_string`, `python_object`, ...) makes a string column holding the values
/// as written, with one warning per key. Node data named `label`, `type` and `aliases` (split on
/// "; ") become the entity's label, type and aliases; every other data becomes a typed attribute
/// column under its attr.name (keys of one name with different types share the widest: long, then
/// double, then string). Graph-level data, wherever it appears, become graph attributes.
///
/// Ids: a node's `id`, except in files whose ids are positions: graph-tool's `_graphml_vertex_id`
/// values are the ids, and when every node id is `n` and its position (igraph, graph-tool) and
/// every node has a distinct `name`, the names are the ids (else a warning). A node without a label
/// is labelled by its `name`, else its id. graph-tool's `_graphml_edge_id` is the edge attribute
/// `id`. Edges keep file order, parallels and self-loops; an edge may name a node declared later in
/// the file, but one that no `<node>` declares is an error at the edge; an edge's XML attribute
/// `label` becomes its `relation` when it has none. `edgedefault` missing = directed;
/// `options.undirected` makes the graph undirected. Elements of other namespaces (yEd's `y:`) and
/// `yfiles.type` keys are ignored.
///
/// Rejected, with `FILE:LINE:COL` (1-based, column in bytes): XML syntax errors (raw or escaped
/// NUL characters among them), any DOCTYPE (so no entity, internal or external, is ever expanded
/// or fetched), data for an undeclared key, values that do not parse as their type, duplicate node
/// or key ids, undeclared edge ends, hyperedges, ports, nested graphs, more than one graph, mixed
/// directed/undirected edges, a graph without nodes, and input beyond `options.limits` (nesting
/// depth, text length, node and edge counts, --max-attributes keys, defaults filling more values
/// than the input has bytes). Every error is collected (up to `options.max_errors`), then thrown as
/// one InputError, sorted by position.
///
/// O(input size); memory proportional to the graph plus one data value.
KnowledgeGraph read_graphml(const InputSource& input, const ReadOptions& options);

}  // namespace kgviz
