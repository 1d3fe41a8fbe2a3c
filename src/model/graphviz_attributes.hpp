// Graphviz's own attribute names, without any Graphviz type: which attributes of a DOT file tell
// Graphviz how to draw (and are not data), for the DOT reader of io/ and the DOT writer of render/.
#pragma once

#include <string_view>

namespace kgviz {

/// The objects a Graphviz attribute applies to (a graph covers subgraphs and clusters).
enum GraphvizObject : unsigned { kGraphvizNode = 1u, kGraphvizEdge = 2u, kGraphvizGraph = 4u };

/// Whether `name` is one of Graphviz's attributes (graphviz.org/doc/info/attrs.html, Graphviz
/// 2.42 to 2.50, and the xdot drawing attributes layouts write) for an object of kind `object`.
/// Names are case-sensitive, as in Graphviz. O(log n).
bool is_graphviz_attribute(std::string_view name, GraphvizObject object);

}  // namespace kgviz
