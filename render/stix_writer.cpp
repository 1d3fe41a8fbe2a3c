#include "render/stix_writer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/computed_columns.hpp"
#include "model/diagnostics.hpp"
#include "model/stix_vocabulary.hpp"
#include "render/record_json.hpp"
#include "render/stix_mapping.hpp"
#include "render/stix_plan.hpp"
#include "render/stix_property_values.hpp"
#include "render/stix_types.hpp"
#include "render/stix_values.hpp"
#include "render/uuid5.hpp"

namespace kgviz {

namespace {

using Json = nlohmann::ordered_json;

using stix::DomainType;
using stix::Property;
using stix::Shape;
using stix::custom_value;
using stix::shaped_value;
using stix::is_uri;
using stix::is_valid_external_id;

constexpr std::string_view kFallbackType = stix::kOwnEntityType;

// ---- the writer

/// An object under construction: properties in a fixed order, each name once.
class StixObject {
 public:
  bool put(std::string_view name, Json value) {
    if (!names_.insert(std::string(name)).second) return false;
    object_[std::string(name)] = std::move(value);
    return true;
  }
  [[nodiscard]] bool has(const std::string& name) const { return names_.count(name) != 0; }
  Json& json() { return object_; }

 private:
  Json object_ = Json::object();
  std::unordered_set<std::string> names_;
};

class StixWriter {
 public:
  StixWriter(const KnowledgeGraph& graph, const RunRecord& record) : graph_(graph), record_(record) {}

  void write(std::ostream& out) {
    plan_ = stix::plan_stix(graph_);
    // The bundle id hashes every object id, which the plan already fixed: the objects themselves
    // are then built and written one at a time, so memory stays that of one object.
    std::string ids = "bundle";
    std::size_t object_count = graph_.node_count() + graph_.edge_count();
    for (VertexId v = 0; v < graph_.node_count(); ++v) ids += "\n" + plan_.node_id[v];
    for (EdgeId e = 0; e < graph_.edge_count(); ++e) ids += "\n" + plan_.edge_id[e];
    for (std::size_t s = 0; s < graph_.sources().size(); ++s) {
      if (!plan_.has_report(s)) continue;
      ids += "\n" + plan_.source_id[s];
      ++object_count;
    }
    const std::string bundle_id = "bundle--" + uuid_v5(stix::kNamespace, ids);
    std::string().swap(ids);

    out << "{\n  \"type\": \"bundle\",\n  \"id\": " << dump(Json(bundle_id))
        << ",\n  " << dump(Json(std::string(stix::kOwnRecord))) << ": " << dump(record_json(record_));
    if (object_count > 0) {
      // The schema wants at least one object when `objects` is present.
      out << ",\n  \"objects\": [";
      bool first = true;
      const auto put = [&](const Json& object) {
        out << (first ? "\n    " : ",\n    ") << dump(object);
        first = false;
      };
      for (VertexId v = 0; v < graph_.node_count(); ++v) put(entity_object(v));
      for (EdgeId e = 0; e < graph_.edge_count(); ++e) put(relationship_object(e));
      for (std::size_t s = 0; s < graph_.sources().size(); ++s) {
        if (plan_.has_report(s)) put(source_report(s));
      }
      out << "\n  ]";
    }
    out << "\n}\n";
    out.flush();
    if (!out) throw Error("writing STIX failed");
  }

 private:
  static std::string dump(const Json& value) {
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
  }

  // ---- attributes

  const AttributeColumn* node_column(std::string_view name) const {
    return graph_.node_attributes().find(name);
  }

  // ---- dates

  /// created and modified of an element: its own valid timestamps, else `fallback`, else the
  /// constant; modified is never before created.
  std::pair<std::string, std::string> dates(const AttributeTable& table, std::size_t row,
                                            const std::optional<std::string>& fallback) const {
    const auto own = [&](std::string_view name) -> std::optional<std::string> {
      const AttributeColumn* column = table.find(name);
      if (column == nullptr) return std::nullopt;
      auto value = shaped_value(*column, row, graph_.strings(), Shape::Timestamp);
      if (!value) return std::nullopt;
      return value->get<std::string>();
    };
    std::string created = own("created").value_or(fallback.value_or(std::string(stix::kUndatedTimestamp)));
    std::string modified = own("modified").value_or(created);
    if (stix::timestamp_order(modified) < stix::timestamp_order(created)) modified = created;
    return {created, modified};
  }

  // ---- entities

  Json entity_object(VertexId v) {
    const std::string& type = plan_.node_type[v];
    const DomainType* domain = stix::domain_type(type);
    const bool observable = stix::is_observable_type(type);
    StixObject object;
    object.put("type", type);
    object.put("spec_version", "2.1");
    object.put("id", plan_.node_id[v]);
    std::unordered_set<std::string_view> handled{attr::kAliases, "created", "modified"};
    if (!observable) {
      const auto [created, modified] = dates(graph_.node_attributes(), v, plan_.node_date[v]);
      object.put("created", created);
      object.put("modified", modified);
      object.put("name", std::string(stix::entity_name(graph_, v)));
      if (const AttributeColumn* column = node_column(attr::kDescription)) {
        if (auto text = shaped_value(*column, v, graph_.strings(), Shape::Text)) {
          object.put("description", *text);
          handled.insert(attr::kDescription);
        }
      }
    }
    if (observable && stix::is_named_observable(type) && !graph_.label(v).empty()) {
      object.put("name", std::string(graph_.label(v)));
    }
    if (!plan_.aliases[v].empty()) {
      object.put(domain != nullptr && domain->aliases ? std::string_view("aliases") : stix::kOwnAliases, plan_.aliases[v]);
    }
    if (type == std::string_view(kFallbackType) && !graph_.type(v).empty()) {
      object.put(stix::kOwnType, std::string(graph_.type(v)));
    }
    if (type == "malware") {
      const AttributeColumn* column = node_column("is_family");
      auto family = column != nullptr ? shaped_value(*column, v, graph_.strings(), Shape::Boolean) : std::nullopt;
      object.put("is_family", family.value_or(Json(true)));
      handled.insert("is_family");
    }
    if (type == "report") {
      const AttributeColumn* column = node_column("published");
      auto published = column != nullptr ? shaped_value(*column, v, graph_.strings(), Shape::Timestamp)
                                         : std::nullopt;
      object.put("published", published.value_or(object.json()["created"]));
      object.put("object_refs", refs_json(plan_.report_refs[v]));
      handled.insert("published");
    }
    if (!observable) {
      put_confidence(object, v, handled);
      put_external_reference(object, v, handled);
      if (domain != nullptr && domain->kill_chain) put_kill_chain(object, v, handled);
    }
    // Attributes: the type's own properties first (in column order), then custom ones.
    std::vector<std::pair<std::string, Json>> custom;
    for (const AttributeColumn& column : graph_.node_attributes().columns()) {
      if (handled.count(column.name()) != 0 || is_computed_node_column(column.name())) continue;
      const std::vector<Property>* own = domain != nullptr ? &domain->properties : nullptr;
      put_attribute(object, custom, column, v, own, observable);
    }
    for (auto& [name, value] : custom) object.put(name, std::move(value));
    return std::move(object.json());
  }

  void put_confidence(StixObject& object, VertexId v, std::unordered_set<std::string_view>& handled) {
    const AttributeColumn* column = node_column(attr::kConfidence);
    if (column == nullptr || !column->has(v) || !is_integral(column->type()) ||
        column->type() == AttrType::Boolean) {
      return;
    }
    const std::int64_t score = column->integer(v);
    if (score < 0 || score > 100) return;
    object.put("confidence", score);
    handled.insert(attr::kConfidence);
  }

  /// external_id, external_source and external_url (as kgviz reads them from a bundle) become one
  /// external reference, when they make a valid one.
  void put_external_reference(StixObject& object, VertexId v, std::unordered_set<std::string_view>& handled) {
    const AttributeColumn* id_column = node_column("external_id");
    if (id_column == nullptr || id_column->type() != AttrType::String || !id_column->has(v)) return;
    const std::string_view id = graph_.strings().view(id_column->string(v));
    std::string_view source = "external";
    if (const AttributeColumn* column = node_column("external_source");
        column != nullptr && column->type() == AttrType::String && column->has(v)) {
      source = graph_.strings().view(column->string(v));
    }
    if (source.empty() || !is_valid_external_id(source, id)) return;
    Json reference = {{"source_name", std::string(source)}, {"external_id", std::string(id)}};
    if (const AttributeColumn* column = node_column("external_url");
        column != nullptr && column->type() == AttrType::String && column->has(v)) {
      const std::string_view url = graph_.strings().view(column->string(v));
      if (is_uri(url)) reference["url"] = std::string(url);
    }
    object.put("external_references", Json::array({reference}));
    handled.insert("external_id");
    handled.insert("external_source");
    handled.insert("external_url");
  }

  /// kill_chain_phases as kgviz reads them ("chain:phase" items) back into STIX's objects.
  void put_kill_chain(StixObject& object, VertexId v, std::unordered_set<std::string_view>& handled) {
    const AttributeColumn* column = node_column("kill_chain_phases");
    if (column == nullptr || !column->has(v)) return;
    auto items = shaped_value(*column, v, graph_.strings(), Shape::TextList);
    if (!items) return;
    Json phases = Json::array();
    for (const Json& item : *items) {
      const std::string text = item.get<std::string>();
      const std::size_t colon = text.find(':');
      if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return;
      phases.push_back({{"kill_chain_name", text.substr(0, colon)}, {"phase_name", text.substr(colon + 1)}});
    }
    object.put("kill_chain_phases", std::move(phases));
    handled.insert("kill_chain_phases");
  }

  /// One attribute: as the property of the same name when `own` (the type's properties) or the
  /// core properties have it and the value fits; as itself when named `x_...` (another producer's
  /// custom property) or on an observable; else as `x_kgviz_NAME`, appended to `custom`.
  void put_attribute(StixObject& object, std::vector<std::pair<std::string, Json>>& custom,
                     const AttributeColumn& column, std::size_t row, const std::vector<Property>* own,
                     bool observable) {
    const std::string& name = column.name();
    for (const std::vector<Property>* table : {own, &stix::core_properties()}) {
      if (table == nullptr) continue;
      for (const Property& property : *table) {
        if (property.name != name) continue;
        if (auto value = shaped_value(column, row, graph_.strings(), property.shape)) {
          if (object.put(name, std::move(*value))) return;
        }
      }
    }
    auto value = custom_value(column, row, graph_.strings());
    if (!value) return;
    std::string property = stix::custom_property(name, observable);
    if (property.empty() || object.has(property)) return;
    for (const auto& [taken, unused] : custom) {
      if (taken == property) return;
    }
    custom.emplace_back(std::move(property), std::move(*value));
  }

  Json refs_json(const std::vector<stix::ObjectRef>& refs) const {
    Json list = Json::array();
    std::unordered_set<std::string> seen;
    for (const stix::ObjectRef& ref : refs) {
      const std::string& id = plan_.id_of(ref);
      if (seen.insert(id).second) list.push_back(id);
    }
    return list;
  }

  // ---- relationships

  Json relationship_object(EdgeId e) {
    const AttributeTable& table = graph_.edge_attributes();
    StixObject object;
    object.put("type", "relationship");
    object.put("spec_version", "2.1");
    object.put("id", plan_.edge_id[e]);
    const std::optional<std::string> date = plan_.edge_source[e] ? plan_.source_date[*plan_.edge_source[e]] : std::nullopt;
    const auto [created, modified] = dates(table, e, date);
    object.put("created", created);
    object.put("modified", modified);
    const std::string relation(graph_.relation(e));
    // A relationship read from a bundle keeps its id, and the type its producer chose.
    const bool from_bundle = plan_.edge_id[e] == graph_.edge_string(e, "id");
    const std::string type = stix::relationship_type(relation, plan_.node_type[graph_.source(e)],
                                                     plan_.node_type[graph_.target(e)], from_bundle);
    object.put("relationship_type", type);
    std::unordered_set<std::string_view> handled{attr::kRelation, attr::kSourceDoc, "id", "created",
                                                 "modified", attr::kAccordingTo, attr::kConfidence,
                                                 "confidence_score", attr::kWeight, attr::kLabel};
    if (const AttributeColumn* column = table.find(attr::kEvidence)) {
      if (auto text = shaped_value(*column, e, graph_.strings(), Shape::Text)) {
        object.put("description", *text);
        handled.insert(attr::kEvidence);
      }
    }
    object.put("source_ref", plan_.node_id[graph_.source(e)]);
    object.put("target_ref", plan_.node_id[graph_.target(e)]);
    put_edge_confidence(object, e, handled);
    if (plan_.edge_source[e]) object.put("external_references", Json::array({source_reference(*plan_.edge_source[e])}));
    if (type != relation && !relation.empty()) object.put(stix::kOwnRelation, relation);
    const std::string_view speaker = graph_.edge_string(e, attr::kAccordingTo);
    if (!speaker.empty()) {
      if (auto v = graph_.find(speaker)) {
        object.put(stix::kOwnAccordingTo, plan_.node_id[*v]);
      } else {
        object.put("x_kgviz_according_to", std::string(speaker));
      }
    }
    const std::string_view label = graph_.edge_label(e);
    if (!label.empty() && label != relation) object.put(stix::kOwnLabel, std::string(label));
    if (auto weight = graph_.edge_number(e, attr::kWeight); weight && *weight != 1.0 && std::isfinite(*weight)) {
      object.put("x_kgviz_weight", *weight);
    }
    std::vector<std::pair<std::string, Json>> custom;
    for (const AttributeColumn& column : table.columns()) {
      if (handled.count(column.name()) != 0) continue;
      put_attribute(object, custom, column, e, &stix::relationship_properties(), false);
    }
    for (auto& [name, value] : custom) object.put(name, std::move(value));
    return std::move(object.json());
  }

  void put_edge_confidence(StixObject& object, EdgeId e, std::unordered_set<std::string_view>& handled) {
    const AttributeTable& table = graph_.edge_attributes();
    if (const AttributeColumn* score = table.find("confidence_score");
        score != nullptr && score->has(e) && is_integral(score->type()) && score->type() != AttrType::Boolean &&
        score->integer(e) >= 0 && score->integer(e) <= 100) {
      object.put("confidence", score->integer(e));
      return;
    }
    const AttributeColumn* column = table.find(attr::kConfidence);
    if (column == nullptr || !column->has(e)) return;
    if (column->type() == AttrType::String) {
      if (const auto level = parse_confidence(graph_.strings().view(column->string(e)))) {
        object.put("confidence", stix::confidence_score(*level));
        return;
      }
    } else if (is_integral(column->type()) && column->type() != AttrType::Boolean &&
               column->integer(e) >= 0 && column->integer(e) <= 100) {
      object.put("confidence", column->integer(e));
      return;
    }
    handled.erase(attr::kConfidence);  // an unknown confidence is kept as x_kgviz_confidence
  }

  // ---- source documents

  Json source_reference(std::size_t s) const {
    const SourceDocument& source = graph_.sources()[s];
    std::string name = source.publisher ? *source.publisher : source.title ? *source.title : source.id;
    if (name.empty() || name == "cve" || name == "capec") name = "source " + source.id;
    Json reference = {{"source_name", name},
                      {"description", source.title ? *source.title : source.id}};
    if (source.url && is_uri(*source.url)) reference["url"] = *source.url;
    return reference;
  }

  Json source_report(std::size_t s) const {
    const SourceDocument& source = graph_.sources()[s];
    const std::string date = plan_.source_date[s].value_or(std::string(stix::kUndatedTimestamp));
    Json kgviz_source = {{"id", source.id}};
    if (source.title) kgviz_source["title"] = *source.title;
    if (source.publisher) kgviz_source["publisher"] = *source.publisher;
    if (source.date) kgviz_source["date"] = *source.date;
    if (source.url) kgviz_source["url"] = *source.url;
    Json report = {{"type", "report"},
                   {"spec_version", "2.1"},
                   {"id", plan_.source_id[s]},
                   {"created", date},
                   {"modified", date},
                   {"name", source.title && !source.title->empty() ? *source.title : source.id},
                   {"published", date},
                   {"object_refs", refs_json(plan_.source_refs[s])},
                   {"external_references", Json::array({source_reference(s)})},
                   {std::string(stix::kOwnSource), std::move(kgviz_source)}};
    return report;
  }

  const KnowledgeGraph& graph_;
  const RunRecord& record_;
  stix::StixPlan plan_;
};

}  // namespace

void write_stix(const KnowledgeGraph& graph, const RunRecord& record, std::ostream& out) {
  StixWriter(graph, record).write(out);
}

}  // namespace kgviz
