// GraphML output: the graph with its attributes, metrics, drawing hints and reproducibility record,
// written so that Gephi, Gephi Lite (graphology-graphml), networkx 3.x, igraph and graph-tool open
// it with every attribute typed (rules: ../shared/INTEROP.md "GraphML").
#pragma once

#include <iosfwd>

#include "model/analysis_result.hpp"
#include "model/drawing_hints.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Writes the graph, its metrics and drawing hints as GraphML that Gephi, Gephi Lite
/// (graphology-graphml), networkx 3.x, igraph and graph-tool open with every attribute typed.
///
/// The node and edge keys are the columns of node_export_columns() and edge_export_columns()
/// (render/export_columns.hpp), which the GEXF and JSON writers share.
///
/// Keys get ids `d0, d1, ...` (graph keys, then node keys, then edge keys, each group in a fixed
/// order), so a node key and an edge key with the same `attr.name` never share an id; only keys
/// with at least one value are declared (edge `weight` always is). Nodes carry `label`, `type`,
/// `aliases` (joined by "; "), `description`, every other node attribute column, every metric
/// (Integer -> long, Real -> double, NaN omitted) and, when `hints` is not null, `x`, `y`, `size`,
/// `r`, `g`, `b`, `color`. A node column named like a built-in, a metric or a hint is not written:
/// the computed value replaces it. Edges get ids `e0, e1, ...` by edge index, the relation type as
/// the XML attribute `label` (Gephi's edge type), and `relation`, `label`, `confidence`,
/// `evidence`, `source_doc`, `date`, `weight` (default 1; a non-numeric weight is written as 1),
/// `according_to` and every other edge column. The graph carries the record (`kgviz_version`,
/// `kgviz_command`, `inputs`, `input_sha256`, `options`, `seed`) and the graph attributes not named
/// like those.
///
/// Values: doubles as the shortest text that reads back to the same double (NaN omitted, infinities
/// as `Infinity`/`-Infinity`, which Java and JavaScript importers parse), integers as integers,
/// booleans as true/false, string lists joined by "; ". Text is XML-escaped; characters XML 1.0
/// forbids (C0 controls other than tab, line feed and carriage return, U+FFFE, U+FFFF) and invalid
/// UTF-8 bytes become U+FFFD. Output bytes depend only on the arguments (no time, no locale).
/// O(nodes x node keys + edges x edge keys).
///
/// Throws Error when `hints` or a metric column does not have one entry per node, or when `out`
/// fails.
void write_graphml(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                   const DrawingHints* hints, const RunRecord& record, std::ostream& out);

}  // namespace kgviz
