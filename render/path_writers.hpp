// Writers of `kgviz path` results: one hop per line, or JSON.
#pragma once

#include <iosfwd>
#include <vector>

#include "model/analysis_result.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Each chain as one hop per line, chains separated by a blank line:
/// `FROM -[relation, confidence]-> TO  "evidence"` (`<-[...]-` when the chain goes against the
/// relation's direction; on an undirected graph `FROM -[...]- TO`, no arrow), entities by label.
/// The brackets hold what is known of the relation: its type, confidence, who states it
/// (`according to ...`, by label when it names an entity), the `weight` attribute's value, and
/// for relations that are parallel within the chains shown, the attributes that tell them apart
/// (or `1 of 2 identical relations`); without any of these, `FROM --> TO` or `FROM — TO`. With a
/// `weight`, each chain ends with `total WEIGHT: LENGTH (N hops)`. A chain without hops (FROM and
/// TO are the same entity) is the line `LABEL is FROM and TO: a path of length 0`. Text is
/// terminal text: line breaks fold to spaces, other controls are escaped (terminal_text).
void write_path_text(const KnowledgeGraph& graph, VertexId from,
                     const std::vector<RelationPath>& paths, const char* weight, double length,
                     std::ostream& out);

/// `{"from", "to", "directed", "length", "weight", "truncated", "paths": [[{hop}...]]}`, each hop
/// with source, target, direction, relation, label, confidence, evidence, source_doc, according_to;
/// FROM = TO gives one chain without hops (`"paths": [[]]`, length 0).
void write_path_json(const KnowledgeGraph& graph, VertexId from, VertexId to, bool directed,
                     double length, const char* weight, bool truncated,
                     const std::vector<RelationPath>& paths, std::ostream& out);

}  // namespace kgviz
