// GEXF 1.3 output (Gephi's own format): the graph with its attributes, metrics, drawing hints and
// reproducibility record, written so that Gephi, Gephi Lite (graphology-gexf) and networkx 3.x open
// it with every attribute typed (rules: ../shared/INTEROP.md "GEXF").
#pragma once

#include <iosfwd>

#include "model/analysis_result.hpp"
#include "model/drawing_hints.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Writes the graph, its metrics and drawing hints as GEXF 1.3 with the viz module (namespace
/// prefix `viz:`, which graphology looks up literally).
///
/// The columns are those of the GraphML writer (DESIGN.md "Exported attributes"), declared in
/// `<attributes class="node|edge">` with numeric ids `0, 1, ...` and the name as `title`
/// (graphology uses the title only for numeric ids), typed `boolean`, `integer` (32-bit), `long`,
/// `float`, `double` or `string`. String lists (`aliases`) are one `string` joined by "; ", as in
/// GraphML: networkx reads `liststring` as the raw text and graphology splits it on `|` or `,`
/// unless bracketed, so no list encoding reads back the same in both, while the joined string does.
///
/// Nodes: the entity label as the XML `label`; every other column as an `<attvalue>` (metrics, and
/// `x`, `y`, `size`, `r`, `g`, `b`, `color` too, so networkx and graphology see the same columns as
/// in GraphML); and, when `hints` is not null, `viz:size`, `viz:position` (z = 0) and `viz:color`
/// with integer r, g, b (no alpha, no hex), which is what Gephi draws. Edges: ids `e0, e1, ...` by
/// edge index, the display label as the XML `label`, the relation type as `kind` (Gephi's edge
/// type, which keeps parallel relations of different types apart), the weight as the XML `weight`
/// (default 1), and the other columns, `relation` included, as `<attvalue>`s. Columns named `id`,
/// or like an XML attribute (`label`, and on edges `weight`, `kind`), are not repeated as
/// attvalues: Gephi reserves those column names. Nor are edge columns `key` and `networkx_key`:
/// networkx's read_gexf passes them on as the edge key, failing on `key` and merging parallel
/// edges on `networkx_key`.
///
/// The record: GEXF has no graph attributes, so it goes into `<meta>`: `<creator>kgviz VERSION`
/// and `<description>` = RunRecord::summary_line() (graphology reads both as graph attributes;
/// networkx 3.x ignores `<meta>`). No `lastmodifieddate`, which would make runs differ; graph
/// attributes of the input (a title, say) are not written.
///
/// Values: doubles as the shortest text that reads back to the same double (NaN omitted,
/// infinities as `Infinity`/`-Infinity`, which Java, JavaScript and Python parse; XML Schema's
/// `INF` reads as NaN in graphology), integers as integers, booleans as true/false. Text is
/// XML-escaped; characters XML 1.0 cannot carry and invalid UTF-8 become U+FFFD. Output bytes
/// depend only on the arguments (no time, no locale). O(nodes x node columns + edges x edge
/// columns).
///
/// Throws Error when `hints` or a metric column does not have one entry per node, or when `out`
/// fails.
void write_gexf(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                const DrawingHints* hints, const RunRecord& record, std::ostream& out);

}  // namespace kgviz
