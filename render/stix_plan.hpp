// What the STIX writer decides about a whole graph before it writes any object: each object's
// type and id, which source document backs each relation, what each report refers to, the dates
// of undated entities, and the aliases an entity gets from alias relations (docs/stix.md,
// "Identifiers, dates, determinism"). The objects are then built one at a time from the plan
// (render/stix_objects.hpp). Internal to render/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/knowledge_graph.hpp"

namespace kgviz::stix {

/// An object a report refers to: an entity (vertex index) or a relationship (edge index).
struct ObjectRef {
  bool is_node;
  std::uint32_t index;
};

struct StixPlan {
  /// Per entity: the STIX type it is written as (stix::entity_type), its id, the earliest date of
  /// the source documents of its relations (a STIX timestamp; nullopt: none is dated), its aliases
  /// (its own, then the names of the entities an alias relation joins it to; unique, none empty).
  std::vector<std::string> node_type;
  std::vector<std::string> node_id;
  std::vector<std::optional<std::string>> node_date;
  std::vector<std::vector<std::string>> aliases;
  /// Per entity, for report entities: its relations and their other ends, and the relations it is
  /// the according_to of with their ends.
  std::vector<std::vector<ObjectRef>> report_refs;

  /// Per relation: its id, the index of its source document (nullopt: none of the graph's).
  std::vector<std::string> edge_id;
  std::vector<std::optional<std::size_t>> edge_source;

  /// Per source document: the id of its report, its date as a STIX timestamp, and the
  /// relationships citing it with both their ends (empty: no relation cites it, so no report).
  std::vector<std::string> source_id;
  std::vector<std::optional<std::string>> source_date;
  std::vector<std::vector<ObjectRef>> source_refs;

  /// Whether source document `s` gets a report (some relation cites it).
  [[nodiscard]] bool has_report(std::size_t s) const { return !source_refs[s].empty(); }
  /// The id of the object `ref` names.
  [[nodiscard]] const std::string& id_of(ObjectRef ref) const {
    return ref.is_node ? node_id[ref.index] : edge_id[ref.index];
  }
};

/// The plan of `graph`'s bundle. Ids: an entity id (an edge's `id` attribute, a source id) that
/// already is a STIX id of the type written and not yet taken is kept; else TYPE--UUIDv5(
/// stix::kNamespace, entity id | "relationship\n" + source id + "\n" + relation + "\n" + target id
/// + "\n" + ordinal among those three | "source\n" + source id), with "\n" + attempt appended until
/// it is unique. Relationships are given ids first, then reports, then entities. O(nodes + edges).
StixPlan plan_stix(const KnowledgeGraph& graph);

}  // namespace kgviz::stix
