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
/// string; none = string, as yEd writes) and `for`; `<default>` values fill elements that lack the
/// data. Node data named `label`, `type` and `aliases` (split on "; ") become the entity's label
/// (else its id), type (else "") and aliases; every other data becomes a typed attribute column
/// under its attr.name (keys of one name with different types share the widest: long, then double,
/// then string). Graph-level data, wherever it appears, become graph attributes. Edges keep file
/// order, parallels and self-loops; an edge may name a node declared later or never (the node is
/// created, as networkx does); an edge's XML attribute `label` becomes its `relation` when it has
/// none. `edgedefault` missing = directed; `options.undirected` makes the graph undirected.
/// Elements of other namespaces (yEd's `y:`) and `yfiles.type` keys are ignored.
///
/// Rejected, with `FILE:LINE:COL` (1-based, column in bytes): XML syntax errors, any DOCTYPE (so no
/// entity, internal or external, is ever expanded or fetched), data for an undeclared key, unknown
/// attr.type, values that do not parse as their type, duplicate node or key ids, hyperedges, ports,
/// nested graphs, more than one graph, mixed directed/undirected edges, a graph without nodes, and
/// input beyond `options.limits` (nesting depth, text length, node and edge counts). Every error is
/// collected (up to `options.max_errors`), then thrown as one InputError.
///
/// O(input size); memory proportional to the graph plus one data value.
KnowledgeGraph read_graphml(const InputSource& input, const ReadOptions& options);

}  // namespace kgviz
