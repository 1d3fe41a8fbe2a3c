// JSON graph output: Cytoscape.js elements (`.json`) and networkx node-link data
// (`.nodelink.json`), carrying the columns of the data contract (DESIGN.md "Exported attributes",
// the same as GraphML and GEXF) and the reproducibility record.
#pragma once

#include <iosfwd>

#include "model/analysis_result.hpp"
#include "model/drawing_hints.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Writes Cytoscape.js elements JSON, which `cy.json(...)` and `cy.add(elements)` accept:
///
///     {"data": {record, graph attributes, "directed"},
///      "elements": {
///        "nodes": [{"data": {"id", "label", "type", "aliases": [...], ...}, "position": {"x",
///        "y"}}], "edges": [{"data": {"id", "source", "target", "relation", "label", ...}}]}}
///
/// Node data holds the entity id and every node column (lists such as `aliases` as arrays, metrics,
/// and with `hints` `x`, `y`, `size`, `r`, `g`, `b`, `color`); `position` is the same layout in
/// Cytoscape's screen convention, y pointing down (`{"x": x, "y": -y}`), so Cytoscape shows the
/// picture of the SVG. Edges get ids `e0, e1, ...` by edge index; Cytoscape shares one id space
/// between nodes and edges, so when a node id would collide the prefix grows (`e_0`, `e__0`, ...).
/// Columns named `id`, `source` or `target` are left out of `data` (Cytoscape reserves them).
///
/// Numbers are JSON numbers (integers for integer columns), an undefined metric (NaN) or an
/// infinity is null; invalid UTF-8 becomes U+FFFD. One element per line; bytes depend only on the
/// arguments. O(nodes x node columns + edges x edge columns) time, one element in memory at a time.
///
/// Throws Error when `hints` or a metric column does not have one entry per node, or when `out`
/// fails.
void write_cytoscape_json(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                          const DrawingHints* hints, const RunRecord& record, std::ostream& out);

/// Writes networkx 3.6 node-link data: `{"directed", "multigraph": true, "graph": {record, graph
/// attributes}, "nodes": [{"id", columns...}], "edges": [{"source", "target", "key": "e0",
/// columns...}]}`, which `nx.node_link_graph(data, edges="edges")` reads into a MultiGraph or
/// MultiDiGraph with every attribute. Edge keys are the edge ids `e0, e1, ...` that networkx also
/// uses as keys when it reads kgviz's GraphML and GEXF. Columns named `id` (nodes) or `source`,
/// `target`, `key` (edges) are left out. Values, nulls and cost as for write_cytoscape_json.
void write_nodelink_json(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                         const DrawingHints* hints, const RunRecord& record, std::ostream& out);

}  // namespace kgviz
