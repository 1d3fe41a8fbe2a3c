// JSON graph input: STIX 2.1 bundles, Cytoscape.js elements and node-link data, told apart by
// their content (DESIGN.md "Formats": `json` and `stix`).
#pragma once

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Reads a JSON graph, detected by its content:
///
/// - a STIX bundle (`{"type": "bundle", ...}`): read_stix_bundle (io/stix_reader.hpp);
/// - Cytoscape.js elements: `{"elements": {"nodes": [...], "edges": [...]}}`, `{"elements": [...]}`
///   or a top-level array, each element `{"group"?, "data": {...}}` (without `group`, an element
///   whose data has `source` and `target` is an edge); what render/json_writers.hpp writes, whose
///   top-level `data` holds the graph attributes;
/// - node-link data: `{"nodes": [{"id", ...}], "edges" | "links": [{"source", "target", ...}]}`,
///   as kgviz and networkx's `node_link_data` write it, with `directed` (absent = undirected, as
///   networkx reads it) and `graph` (the graph attributes).
///
/// Nodes: id (a string or number; numbers as their text), `label` (default: the id), `type`,
/// `aliases` (an array, or a string joined by "; "); every other member becomes a typed attribute
/// (see JsonAttributeTyper: booleans, long, double, string, string lists; nested values as their
/// JSON text; `weight` always double). Edges: `source` and `target` must name nodes; their
/// Cytoscape `id` and node-link `key` are not kept (like GraphML edge ids). Graph attributes skip
/// the fields of a kgviz reproducibility record (each run writes its own). `options.undirected`
/// makes every format undirected.
///
/// With `options.format == InputFormat::Stix` (`--from stix`, or a `.stix.json` name as read_graph
/// resolves it), a document that is not a STIX bundle is an error.
/// Throws InputError with every problem found (up to `options.max_errors`), each at its line and
/// byte column: JSON syntax, invalid UTF-8, nesting deeper than `limits.max_depth`, strings longer
/// than `limits.max_string_length`, duplicate keys, missing or duplicate node ids, edge ends that
/// are no node, an unknown shape, no nodes, the node and edge limits. O(input size).
KnowledgeGraph read_json(const InputSource& input, const ReadOptions& options);

}  // namespace kgviz
