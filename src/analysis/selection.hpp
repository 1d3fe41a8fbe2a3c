// Choosing parts of a graph: entities by id or label (with suggestions for typos), and the
// subgraph of `--focus/--depth`, `--min-confidence` and `--types`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/confidence.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// The entity named `name`: an exact id, else an exact label, else a case-insensitive id or
/// label. Throws Error when none matches (suggesting close names) or a label is ambiguous
/// (listing the ids that carry it).
VertexId resolve_entity(const KnowledgeGraph& graph, std::string_view name);

/// Up to `limit` entity ids or labels close to `name` (edit distance, substrings), best first.
std::vector<std::string> suggest_entities(const KnowledgeGraph& graph, std::string_view name,
                                          std::size_t limit = 3);

struct SelectionOptions {
  std::optional<std::string> focus;          ///< entity id or label
  std::size_t depth = 1;                     ///< hops around the focus, either direction
  std::optional<Confidence> min_confidence;  ///< keep relations at least this sure
  std::vector<std::string> types;            ///< entity types to keep (empty = all)

  [[nodiscard]] bool active() const { return focus || min_confidence || !types.empty(); }
};

/// The subgraph kept by the options, in input order, with every attribute, source and the
/// vocabulary: first relations below `min_confidence` are dropped (relations without a confidence
/// too) with the entities left without any relation by that, then entities not of `types` (with
/// their relations), then everything farther than
/// `depth` relations from the focus (following relations in either direction). Throws Error for
/// an unknown focus and for filters that keep nothing.
KnowledgeGraph select_subgraph(const KnowledgeGraph& graph, const SelectionOptions& options);

}  // namespace kgviz
