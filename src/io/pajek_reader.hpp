// The Pajek reader: `.net` networks as Pajek, networkx (write_pajek) and igraph (write_pajek) write
// them.
#pragma once

#include <string_view>

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Reads one Pajek network. Lines; section names in any case; `%` starts a comment line.
///
/// - `*Network NAME` gives the graph attribute `name`. `*Vertices N` (or `*Vertices N M`, a
///   two-mode network whose first M vertices are one mode: column `mode`, 1 or 2) declares the
///   vertices 1..N. A vertex line is `NUMBER ["LABEL" [X Y [Z]] [SHAPE] [KEY VALUE]...]`: the
///   label (else the number), the coordinates as columns `x`, `y` (and `z`), and each KEY VALUE
///   pair a column (networkx writes its node attributes so) except Pajek's drawing parameters
///   (`ic`, `bc`, `bw`, `lc`, `la`, `lr`, `lphi`, `fos`, `font`, `x_fact`, `y_fact`, `phi`, `r`,
///   `q`) and the shape. Vertices not listed exist with their number as label.
/// - Entity ids are the labels when no two vertices share one (networkx and igraph name vertices
///   by their labels), else the vertex numbers.
/// - `*Arcs` (directed) and `*Edges` lines are `FROM TO [WEIGHT] [KEY VALUE]...`: the weight as
///   column `weight`, `l` as `label`, other pairs as columns except the drawing parameters (`w`,
///   `c`, `p`, `lp`, `s`, `a`, `ap`, `h1`, `h2`, `a1`, `a2`, `k1`, `k2`, `lr`, `lphi`, `lc`, `la`,
///   `fos`, `font`). `*Arcslist` and `*Edgeslist` lines are `FROM TO TO ...`; `*Matrix` has N rows
///   of N numbers, each non-zero number an arc with that weight. A section header may name its
///   relation (`*Arcs :2 "friend"`): its edges get the column `relation`.
/// - Direction: directed when the file has any arcs (`*Arcs`, `*Arcslist`, `*Matrix`), undirected
///   otherwise. kgviz graphs have one direction throughout, so in a file with both, each edge of an
///   `*Edges` section becomes two arcs, one each way (as Pajek draws it and networkx reads it; a
///   self-loop stays one). `--undirected` reads every line as one undirected edge.
/// - Columns are typed by the text typing rule (`weight` double).
///
/// Rejected, with line and byte column: a vertex number or edge end that is not an integer in
/// 1..N, a vertex listed twice, a vertex line with one coordinate, a key without a value, an
/// unterminated quoted label, sections before `*Vertices` or of kinds kgviz does not read
/// (`*Partition`, `*Vector`...), a second network, a `*Matrix` row of the wrong length, N or the
/// edges beyond `--max-nodes` or `--max-edges`, labels or values longer than
/// `--max-string-length`, a network without vertices. O(input size).
KnowledgeGraph read_pajek(const InputSource& input, const ReadOptions& options);

}  // namespace kgviz
