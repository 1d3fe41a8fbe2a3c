// The GEXF reader: a streaming parse (expat, shared with the GraphML reader) of GEXF 1.1, 1.2 and
// 1.3 as Gephi, networkx (write_gexf), graphology-gexf (Gephi Lite) and kgviz itself write it.
#pragma once

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Reads the one `<graph>` of a GEXF document, whatever namespace its root `<gexf>` uses.
///
/// Direction: `defaultedgetype` directed, undirected or mutual (a relation both ways: undirected,
/// as networkx and graphology read it), any case as Gephi accepts; missing = undirected (the GEXF
/// schema's default, which networkx and graphology follow). An edge's own `type` overrides it; the
/// first edge decides the graph's direction (as graphology does) and an edge of the other kind is
/// an error, since kgviz graphs are not mixed. `options.undirected` makes the graph undirected.
///
/// Nodes: `id`, `label` (else the id). Attributes declared in `<attributes class="node|edge">` are
/// resolved from an `<attvalue for>` (or GEXF 1.0's `id`) to their `title` (else their id); node
/// attributes titled `label`, `type` and `aliases` become the entity's label, type and aliases (a
/// string is split on "; ", as kgviz writes it). Types, any case, with Gephi's aliases: boolean,
/// integer/int/short/byte (Int), long, float, double, string; char, anyURI, date, bigdecimal and
/// biginteger are kept as strings, exactly as written (Gephi drops anyURI and date, with an error
/// in its import report; kgviz keeps the text instead of losing it); `list...` types become string
/// lists: `[a, "b, c"]` (Gephi 0.9+, graphology 1.3: quoted items, backslash escapes), else items
/// split on `|` (GEXF 1.2), else one item. A type outside GEXF's schema makes a string column of
/// the values as written, with one warning per attribute (Gephi drops the attribute). One title
/// declared with several types shares the widest (long, then double, then string). `<default>`
/// values fill elements that have no value. Where a value is given twice, the last wins.
///
/// Drawing: `viz:color` (integer `r`, `g`, `b` from 0 to 255, missing = 0 as in Gephi, or `hex`
/// `#rrggbb`, which wins; alpha ignored), `viz:position` (`x`, `y`; z ignored) and `viz:size`
/// (`value`) become node attributes `r`, `g`, `b` (integer), `x`, `y`, `size` (double), unless an
/// attvalue of that title gave one. As in Gephi these elements are recognised by local name in any
/// namespace. Shapes and edge colours and thicknesses are ignored.
///
/// Edges: file order, parallels and self-loops kept; `label` becomes the edge attribute `label`,
/// `kind` (Gephi's edge type) the `relation` and `weight` the `weight` (double), unless attvalues
/// give those. Edge ids are not kept (kgviz numbers edges itself) nor required to be unique. An
/// edge may name a node declared later in the file; one that no `<node>` declares is an error at
/// the edge (Gephi would create it: a typo in an id must not become a phantom entity).
///
/// Dynamics: the time dimension is ignored and values kept: `start`, `end`, `timestamp(s)`,
/// `intervals`, `<spells>` and `<slices>` are skipped; a dynamic attribute with several values
/// keeps the last one in the file (Gephi writes them in time order: the latest).
///
/// Graph attributes: the graph's `name` and the `<meta>` `creator`, `description` and `keywords`,
/// except in files kgviz wrote (creator `kgviz ...`), whose meta is that run's record.
///
/// Rejected, with `FILE:LINE:COL` (1-based, column in bytes): XML syntax errors, any DOCTYPE (no
/// entity is ever expanded or fetched), a root other than `<gexf>`, elements out of place, an
/// attvalue for an undeclared attribute, unknown attribute classes, values (and XML
/// `weight`, viz numbers) that do not parse as their type, unknown `defaultedgetype` or edge
/// `type`, duplicate node or attribute ids, undeclared edge ends, hierarchies (`<nodes>` inside a
/// node, `<parents>`, `pid`), mixed directed and undirected edges, more than one graph, a graph
/// without nodes, and input beyond `options.limits` (nesting depth, text length, node and edge
/// counts, --max-attributes declarations, defaults filling more values than the input has bytes).
/// NUL characters, raw or as `&#0;`, are XML syntax errors. Every error is collected (up to
/// `options.max_errors`), then thrown as one InputError, sorted by position.
///
/// O(input size); memory proportional to the graph plus one text value.
KnowledgeGraph read_gexf(const InputSource& input, const ReadOptions& options);

}  // namespace kgviz
