// The DOT reader: Graphviz files (`.dot`, `.gv`), read with Graphviz's own parser (cgraph), and
// kgviz's own DOT output read back to the graph it was drawn from.
#pragma once

#include <string_view>

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Reads the one graph of a DOT file.
///
/// The text is first checked against cgraph's grammar (check_dot_syntax: syntax errors and limits
/// reported with line and byte column), then parsed by cgraph under the Graphviz mutex, so the
/// graph is what Graphviz itself sees: attribute defaults (`node [...]`) applied, edges between
/// subgraphs expanded, a `strict` graph's parallel edges merged as Graphviz merges them (the last
/// attributes win), edges with the same `key` merged, every other parallel edge and self-loop kept.
///
/// - Entities are the nodes, in order of first mention; the node name is the id. `label` is the
///   label (else the name): `\N`, `\G` substituted, `&...;` entities decoded, line breaks (`\n`,
///   `\l`, `\r`) and runs of white space as one space; an HTML-like label `<...>` becomes its text
///   content. `type` is the entity type.
/// - Relations are the edges in file order (`digraph` directed, `graph` undirected; `--undirected`
///   makes any graph undirected); an edge's `key` (its cgraph name) becomes the column `key`.
/// - Every other attribute becomes a typed column of nodes, edges or the graph, by the text typing
///   rule (boolean, long, double where every value of the column reads as one, else string;
///   `weight` is double when numeric). A root graph's name becomes the graph attribute `name`.
/// - Graphviz's own attributes (shape, colour, style, fonts, sizes, layout output such as `bb`,
///   `lp`, `_draw_`; see drawing_attribute() in the .cpp) are drawing, not data, and are dropped,
///   except `label`, `weight`, `comment`, `tooltip`, `URL`, `href`, `group` and an edge's `id`.
///   A node's `pos` ("x,y", in points) becomes the columns `x` and `y`.
/// - A node in a cluster (a subgraph named `cluster...` or with `cluster=true`) gets the column
///   `cluster`: the innermost cluster's label, else its name.
/// - kgviz's own drawings: nodes and clusters of class `kgviz-legend` or `kgviz-caption` (the
///   legend and caption) are skipped in any file. A file kgviz drew itself (its title or legend
///   carries kgviz's marks) reads back to the graph it was drawn from: `entity_id` is the id of a
///   renamed node, wrapped labels are joined again, `entity_label` / `relation_label` (written
///   where the drawn label does not read back as the label) are the label, data attributes (`type`,
///   `description`, `relation`, `confidence`, `evidence`...) are C-unescaped as kgviz wrote them;
///   its clusters (a
///   --cluster-by grouping), edge keys, tooltips and graph attributes are drawing-only and
///   dropped; an edge label that only repeats the relation is dropped (kgviz draws the relation
///   where a relation has no label).
/// - `aliases` ("a; b") becomes the entity's aliases, in any file.
///
/// Rejected: invalid UTF-8 and NUL bytes, DOT syntax errors, limits (check_dot_syntax), a graph
/// without nodes. Throws InputError with every diagnostic. O(input size) plus cgraph's parse.
KnowledgeGraph read_dot(const InputSource& input, const ReadOptions& options);

}  // namespace kgviz
