// The title and the source caption a picture of a graph carries, from what the graph says about
// itself: one rule for every output that shows a title (diagrams, the HTML view).
#pragma once

#include <string>
#include <vector>

#include "model/knowledge_graph.hpp"

namespace kgviz {

/// The graph's own title: its graph attribute `title`, else `name` (networkx's GraphML and GML,
/// a DOT graph's name), else the title of its first source document that has one, else the input
/// file names joined by ", " (`input_names`). Blank values are skipped.
std::string graph_title(const KnowledgeGraph& graph, const std::vector<std::string>& input_names);

/// "Source: TITLE (publisher, date, url)" for one source document, "Sources: A; B" for several
/// (a source without title is named by its id), else the input file names.
std::string graph_caption(const KnowledgeGraph& graph, const std::vector<std::string>& input_names);

}  // namespace kgviz
