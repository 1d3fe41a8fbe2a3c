// The interactive view: one self-contained HTML file (sigma.js + graphology inlined, no request of
// any kind) that explores the graph with search, neighbourhoods, evidence, filters and a time
// slider. The page and its automation API are documented in docs/html.md.
#pragma once

#include <cstddef>
#include <iosfwd>

#include "model/analysis_result.hpp"
#include "model/drawing_hints.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Largest graph the page is written for. At it, a generated knowledge graph's page (38 MB) drew
/// its first frame in 21-24 s in headless Chromium with software WebGL on the loaded 2-core bench
/// machine (docs/html.md "Large graphs"; bench/RESULTS.md "Interactive HTML" times 50,000/100,000);
/// beyond it the wait and the memory grow past what a reader sits through, so the writer refuses
/// rather than write a page that stays blank.
inline constexpr std::size_t kHtmlMaxNodes = 100'000;
inline constexpr std::size_t kHtmlMaxEdges = 250'000;

/// Throws Error, with advice on how to make the graph smaller (`--focus ID --depth N`, `--types`,
/// `--min-confidence`), when `graph` is larger than kHtmlMaxNodes nodes or kHtmlMaxEdges edges.
void check_html_size(const KnowledgeGraph& graph);

/// Writes the interactive page of the graph: HTML5, UTF-8, one file.
///
/// The graph travels as JSON in two `<script type="application/json">` elements (docs/html.md "The
/// data in the page"): `kgviz-data`, what the first frame, the legend and the filters need, and
/// `kgviz-details`, the other columns, which the page parses when it first needs them. The columns
/// are `nodes.id` and every node column of node_export_columns() (render/export_columns.hpp: the
/// attributes, metrics and drawing hints `x`, `y`, `size`, `color` of `hints`, the layout of the
/// run), `edges.source`/`edges.target` (node indices) and every edge column of
/// edge_export_columns(), each with its name, type and values (null where a row has none), the
/// values of a column written as a table of its distinct values and a code per row when that is
/// shorter; plus `directed`, the page title, the source documents and the reproducibility record
/// (also in `<meta name="kgviz-record">` and the page's "about" line). No character above U+00FF
/// is written as itself (JSON and JavaScript `\uXXXX`, HTML `&#x...;`), and `<`, `>`, `&`
/// nowhere in the data, so no text can end a script element and the browser keeps the page at one
/// byte a character. The page script puts text into the document with textContent only. A
/// Content-Security-Policy allows exactly the page's own inline scripts and style (by SHA-256) and
/// nothing from anywhere else.
///
/// Bytes depend only on the arguments. O(nodes x node columns + edges x edge columns) time; the
/// data is built in memory once (about twice its size in the output).
///
/// Throws Error when the graph is too large (check_html_size), when `hints` or a metric column
/// does not have one entry per node, or when `out` fails.
void write_html(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                const DrawingHints& hints, const RunRecord& record, std::ostream& out);

}  // namespace kgviz
