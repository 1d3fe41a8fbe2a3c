#include "render/stix_writer.hpp"

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "model/diagnostics.hpp"
#include "model/stix_vocabulary.hpp"
#include "render/export_json.hpp"
#include "render/record_json.hpp"
#include "render/stix_objects.hpp"
#include "render/stix_plan.hpp"
#include "render/uuid5.hpp"

namespace kgviz {

namespace {

using Json = nlohmann::ordered_json;

/// `bundle--` + UUIDv5 of "bundle" and every object id, one a line, in bundle order.
std::string bundle_id(const KnowledgeGraph& graph, const stix::StixPlan& plan) {
  std::string ids = "bundle";
  for (VertexId v = 0; v < graph.node_count(); ++v) ids += "\n" + plan.node_id[v];
  for (EdgeId e = 0; e < graph.edge_count(); ++e) ids += "\n" + plan.edge_id[e];
  for (std::size_t s = 0; s < graph.sources().size(); ++s) {
    if (plan.has_report(s)) ids += "\n" + plan.source_id[s];
  }
  return "bundle--" + uuid_v5(stix::kNamespace, ids);
}

}  // namespace

void write_stix(const KnowledgeGraph& graph, const RunRecord& record, std::ostream& out) {
  // The bundle id hashes every object id, which the plan already fixes: the objects themselves
  // are then built and written one at a time, so memory stays that of one object.
  const stix::StixPlan plan = stix::plan_stix(graph);
  out << "{\n  \"type\": \"bundle\",\n  \"id\": " << compact_json(Json(bundle_id(graph, plan)))
      << ",\n  " << compact_json(Json(std::string(stix::kOwnRecord))) << ": "
      << compact_json(record_json(record));
  std::size_t reports = 0;
  for (std::size_t s = 0; s < graph.sources().size(); ++s) reports += plan.has_report(s) ? 1 : 0;
  if (graph.node_count() + graph.edge_count() + reports > 0) {
    // The schema wants at least one object when `objects` is present.
    out << ",\n  \"objects\": [";
    const char* separator = "\n    ";
    const auto put = [&](const std::string& object) {
      out << separator << object;
      separator = ",\n    ";
    };
    const stix::ObjectBuilder objects(graph, plan);
    for (VertexId v = 0; v < graph.node_count(); ++v) put(objects.entity(v));
    for (EdgeId e = 0; e < graph.edge_count(); ++e) put(objects.relationship(e));
    for (std::size_t s = 0; s < graph.sources().size(); ++s) {
      if (plan.has_report(s)) put(objects.source_report(s));
    }
    out << "\n  ]";
  }
  out << "\n}\n";
  out.flush();
  if (!out) throw Error("writing STIX failed");
}

}  // namespace kgviz
