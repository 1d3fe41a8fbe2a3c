// The STIX objects of one bundle, built one at a time from the graph and its plan
// (render/stix_plan.hpp): an entity's domain object, observable or custom object; a relation's
// relationship; a source document's report (docs/stix.md, "Export: the mapping"). Which
// properties each gets, in which order, and which attributes fill them. Internal to render/.
#pragma once

#include <cstddef>
#include <string>

#include "model/knowledge_graph.hpp"
#include "render/stix_plan.hpp"

namespace kgviz::stix {

/// Builds the objects of `graph`'s bundle as compact JSON text (invalid UTF-8 as U+FFFD), each
/// from the graph and the plan alone, so that a writer holds one object at a time. The graph and
/// the plan must outlive the builder.
class ObjectBuilder {
 public:
  ObjectBuilder(const KnowledgeGraph& graph, const StixPlan& plan) : graph_(graph), plan_(plan) {}

  /// Entity `v`: type, spec_version, id; for all but observables created, modified, name,
  /// description; aliases (or x_kgviz_aliases where the type has none); x_kgviz_type on
  /// x-kgviz-entity; malware's is_family, a report's published and object_refs; confidence,
  /// external_references and kill_chain_phases from the attributes that make valid ones; then
  /// every other attribute, as the type's own property when it has that name and the value its
  /// shape, else as a custom property. Metric and drawing-hint columns are not written.
  [[nodiscard]] std::string entity(VertexId v) const;

  /// Relation `e` as a relationship: relationship_type (stix::relationship_type), description =
  /// evidence, source_ref, target_ref, confidence (confidence_score, the confidence word's score or
  /// an integer confidence), the source document as external reference, x_kgviz_relation,
  /// x_kgviz_according_to_ref, x_kgviz_label, x_kgviz_weight, then the other attributes.
  [[nodiscard]] std::string relationship(EdgeId e) const;

  /// The report of source document `s` (plan.has_report(s)): its relationships and their ends,
  /// dated by the source, with the source as kgviz has it in x_kgviz_source.
  [[nodiscard]] std::string source_report(std::size_t s) const;

 private:
  const KnowledgeGraph& graph_;
  const StixPlan& plan_;
};

}  // namespace kgviz::stix
