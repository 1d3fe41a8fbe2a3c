// STIX 2.1 bundles as knowledge graphs: which objects become nodes and which relationships edges
// (the rule of docs/stix.md, "Import").
#pragma once

#include <string_view>

#include "io/read_options.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

class JsonDocument;

/// Whether the document's top-level value is an object with `"type": "bundle"`.
bool is_stix_bundle(const JsonDocument& document);

/// Reads a parsed STIX bundle (STIX 2.1, and 2.0, whose objects have the same shape):
///
/// - Nodes: every object except relationship, sighting, marking-definition, language-content,
///   extension-definition and the containers report, grouping, note and opinion, and except
///   anything with `"revoked": true` or `"x_mitre_deprecated": true`. Custom types (`x-...`) and
///   every identity are nodes. Objects are never merged, even when their names repeat. Node id =
///   the STIX id, label = `name` (else `value`, else the id), type = `type` (for kgviz's own
///   `x-kgviz-entity` objects, their `x_kgviz_type`), aliases = `aliases` + `x_mitre_aliases` +
///   `x_kgviz_aliases`.
/// - Node attributes: every other top-level property whose value is a string, number, boolean or
///   array of strings, named as in STIX (`x_kgviz_NAME` read back as `NAME`), except
///   `spec_version`, `revoked`, `x_mitre_deprecated` and embedded references (`*_ref`, `*_refs`);
///   plus `kill_chain_phases` as a list of `chain:phase` and `external_id`, `external_source`,
///   `external_url` from the first external reference that has an external id. Other nested values
///   are not kept.
/// - Edges: every relationship that is neither revoked nor deprecated and whose ends are both
///   nodes, directed (unless `options.undirected`), in bundle order: `relation` =
///   `relationship_type` (or kgviz's `x_kgviz_relation`), `evidence` = `description`, `id` = the
///   STIX id, `confidence` = confirmed (70-100), reported (30-69) or alleged (1-29) with the number
///   in `confidence_score`, `source_doc` = the first report listing it, `according_to` from
///   `x_kgviz_according_to_ref`, and the other properties as for nodes. A relationship whose end is
///   in the bundle but not a node is skipped; an end absent from the bundle is an error. Embedded
///   references are not edges, and a dangling one is not an error.
/// - Sources: one per report (id, title, publisher, date, url from kgviz's `x_kgviz_source`, else
///   the report's id, name, published date and first external URL).
/// - Several versions of one object (same id) keep the newest `modified`, at the first's place.
///
/// Errors (each with its line and column, to `document.sink()`): not a bundle, a bundle or object
/// id that is not `TYPE--UUID` of its type, an object without a type or id, a relationship without
/// relationship_type, source_ref or target_ref, an end absent from the bundle, no node at all, and
/// the node and edge limits. O(size of the document).
KnowledgeGraph read_stix_bundle(JsonDocument& document, const ReadOptions& options);

}  // namespace kgviz
