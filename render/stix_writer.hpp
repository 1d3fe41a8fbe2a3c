// STIX 2.1 output: the knowledge graph as one bundle of STIX Domain Objects, relationships and a
// report per source document, valid against the OASIS STIX 2.1 JSON schemas (mapping tables and
// reasons in docs/stix.md).
#pragma once

#include <iosfwd>
#include <string_view>

#include "model/analysis_result.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// Writes the graph as one STIX 2.1 bundle (`{"type": "bundle", "id", "x_kgviz_record",
/// "objects"}`, one object a line), byte-identical for the same graph and record:
///
/// - Entities, in input order: an entity whose type is a STIX Domain Object kgviz can fill
///   (attack-pattern, campaign, course-of-action, identity, incident, indicator, infrastructure,
///   intrusion-set, location, malware, malware-analysis, report, threat-actor, tool,
///   vulnerability), a cyber-observable or a custom `x-...` type keeps that type; anything else,
///   and an entity missing a property its type requires (a location without country, region or
///   coordinates; an indicator without pattern, pattern_type and valid_from; a report entity that
///   refers to nothing), becomes a custom `x-kgviz-entity` with `x_kgviz_type`. `name` = label,
///   `description`, `aliases` where the type has them (else `x_kgviz_aliases`; labels of entities
///   joined by an alias relation included), malware `is_family` (default true), the attributes
///   named like the type's STIX properties with values of their shape, `x_...` attributes as they
///   are, and every other attribute as `x_kgviz_NAME`.
/// - Relations, in input order, as relationships: `relationship_type` = the relation when STIX
///   defines it for the two types (or it is related-to, derived-from, duplicate-of, or the edge
///   came from a STIX bundle), else `related-to` with `x_kgviz_relation`; alias relations become
///   duplicate-of between objects of one type. `description` = evidence, `confidence` from the
///   confidence word (stix::confidence_score) or `confidence_score`, `external_references` = the
///   source document, `x_kgviz_according_to_ref`, `x_kgviz_label` when it differs from the
///   relation.
/// - One report per source document that supports a relation: `object_refs` = those relationships
///   and their ends, `published` = the source's date, `x_kgviz_source` = the source as kgviz has
///   it.
///
/// Ids: an entity id (or an edge's `id` attribute) that already is a STIX id of the written type is
/// kept; else TYPE--UUIDv5(stix::kNamespace, entity id | "relationship" + ends + relation + ordinal
/// | "source" + source id). `created`/`modified`: the entity's own valid timestamps, else the
/// earliest date of the sources of its relations, else stix::kUndatedTimestamp; always with
/// milliseconds. Metrics and drawing hints are not written (STIX carries the knowledge, not the
/// analysis); the record goes to the bundle's custom property `x_kgviz_record`. Invalid UTF-8
/// becomes U+FFFD. O(nodes x columns + edges x columns). Throws Error when `out` fails.
void write_stix(const KnowledgeGraph& graph, const RunRecord& record, std::ostream& out);

}  // namespace kgviz
