#include "render/stix_objects.hpp"

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "model/computed_columns.hpp"
#include "model/stix_syntax.hpp"
#include "model/stix_vocabulary.hpp"
#include "render/export_json.hpp"
#include "render/stix_mapping.hpp"
#include "render/stix_property_values.hpp"
#include "render/stix_types.hpp"
#include "render/stix_values.hpp"

namespace kgviz::stix {

namespace {

using Json = nlohmann::ordered_json;

/// Attribute names an object has consumed: they are not written again as custom properties.
using Handled = std::unordered_set<std::string_view>;

/// What an object stands for: an entity (a vertex) or a relation (an edge).
enum class Element { Entity, Relation };

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

/// The text of a String attribute, nullopt when the row has none (an empty text is a text).
std::optional<std::string_view> text_attribute(const AttributeTable& table, const StringPool& pool,
                                               std::string_view name, std::size_t row) {
  const AttributeColumn* column = table.find(name);
  if (column == nullptr || column->type() != AttrType::String || !column->has(row))
    return std::nullopt;
  return pool.view(column->string(row));
}

/// A STIX confidence given as a number: an integer attribute (not a boolean) from 0 to 100.
std::optional<std::int64_t> confidence_number(const AttributeColumn* column, std::size_t row) {
  if (column == nullptr || !column->has(row) || !is_integral(column->type()) ||
      column->type() == AttrType::Boolean) {
    return std::nullopt;
  }
  const std::int64_t score = column->integer(row);
  if (score < 0 || score > 100) return std::nullopt;
  return score;
}

/// The objects of one bundle as JSON; see ObjectBuilder.
class ObjectJson {
 public:
  ObjectJson(const KnowledgeGraph& graph, const StixPlan& plan) : graph_(graph), plan_(plan) {}

  Json entity(VertexId v) const {
    const AttributeTable& table = graph_.node_attributes();
    const std::string& type = plan_.node_type[v];
    const DomainType* domain = domain_type(type);
    const bool observable = is_observable_type(type);
    StixObject object;
    object.put("type", type);
    object.put("spec_version", "2.1");
    object.put("id", plan_.node_id[v]);
    Handled handled{attr::kAliases, "created", "modified"};
    if (!observable) {
      put_dates(object, table, v, plan_.node_date[v]);
      object.put("name", std::string(entity_name(graph_, v)));
      put_description(object, table, attr::kDescription, v, handled);
    }
    if (observable && is_named_observable(type) && !graph_.label(v).empty()) {
      object.put("name", std::string(graph_.label(v)));
    }
    if (!plan_.aliases[v].empty()) {
      object.put(domain != nullptr && domain->aliases ? std::string_view("aliases") : kOwnAliases,
                 plan_.aliases[v]);
    }
    if (type == kOwnEntityType && !graph_.type(v).empty()) {
      object.put(kOwnType, std::string(graph_.type(v)));
    }
    if (type == "malware") {
      // Required by the schema; a value that is no boolean is kept as x_kgviz_is_family.
      auto family = attribute_value(table, graph_.strings(), "is_family", v, Shape::Boolean);
      if (family) handled.insert("is_family");
      object.put("is_family", family.value_or(Json(true)));
    }
    if (type == "report") {
      auto published = attribute_value(table, graph_.strings(), "published", v, Shape::Timestamp);
      object.put("published", published.value_or(object.json()["created"]));
      object.put("object_refs", refs_json(plan_.report_refs[v]));
      handled.insert("published");
    }
    if (!observable) {
      if (auto score = confidence_number(table.find(attr::kConfidence), v)) {
        object.put("confidence", *score);
        handled.insert(attr::kConfidence);
      }
      put_external_reference(object, v, handled);
      if (domain != nullptr && domain->kill_chain) put_kill_chain(object, v, handled);
    }
    put_attributes(object, Element::Entity, v, handled,
                   domain != nullptr ? &domain->properties : nullptr, observable);
    return std::move(object.json());
  }

  Json relationship(EdgeId e) const {
    const AttributeTable& table = graph_.edge_attributes();
    StixObject object;
    object.put("type", "relationship");
    object.put("spec_version", "2.1");
    object.put("id", plan_.edge_id[e]);
    const std::optional<std::size_t> source = plan_.edge_source[e];
    put_dates(object, table, e, source ? plan_.source_date[*source] : std::nullopt);
    const std::string relation(graph_.relation(e));
    // A relationship read from a bundle keeps its id, and the type its producer chose.
    const bool from_bundle = plan_.edge_id[e] == graph_.edge_string(e, "id");
    const std::string type = relationship_type(relation, plan_.node_type[graph_.source(e)],
                                               plan_.node_type[graph_.target(e)], from_bundle);
    object.put("relationship_type", type);
    Handled handled{attr::kRelation,   attr::kSourceDoc,   "id",
                    "created",         "modified",         attr::kAccordingTo,
                    attr::kConfidence, "confidence_score", attr::kWeight,
                    attr::kLabel};
    put_description(object, table, attr::kEvidence, e, handled);
    object.put("source_ref", plan_.node_id[graph_.source(e)]);
    object.put("target_ref", plan_.node_id[graph_.target(e)]);
    put_relationship_confidence(object, e, handled);
    if (source) object.put("external_references", Json::array({source_reference(*source)}));
    if (type != relation && !relation.empty()) object.put(kOwnRelation, relation);
    const std::string_view speaker = graph_.edge_string(e, attr::kAccordingTo);
    if (!speaker.empty()) {
      if (auto v = graph_.find(speaker)) {
        object.put(kOwnAccordingTo, plan_.node_id[*v]);
      } else {
        object.put("x_kgviz_according_to", std::string(speaker));
      }
    }
    const std::string_view label = graph_.edge_label(e);
    if (!label.empty() && label != relation) object.put(kOwnLabel, std::string(label));
    if (auto weight = graph_.edge_number(e, attr::kWeight);
        weight && *weight != 1.0 && std::isfinite(*weight)) {
      object.put("x_kgviz_weight", *weight);
    }
    put_attributes(object, Element::Relation, e, handled, &relationship_properties(), false);
    return std::move(object.json());
  }

  Json source_report(std::size_t s) const {
    const SourceDocument& source = graph_.sources()[s];
    const std::string date = plan_.source_date[s].value_or(std::string(kUndatedTimestamp));
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
                   {std::string(kOwnSource), std::move(kgviz_source)}};
    return report;
  }

 private:
  /// created and modified of an element: its own valid timestamps, else `fallback`, else the
  /// constant; modified is never before created.
  void put_dates(StixObject& object, const AttributeTable& table, std::size_t row,
                 const std::optional<std::string>& fallback) const {
    const auto own = [&](std::string_view name) -> std::optional<std::string> {
      auto value = attribute_value(table, graph_.strings(), name, row, Shape::Timestamp);
      if (!value) return std::nullopt;
      return value->get<std::string>();
    };
    std::string created =
        own("created").value_or(fallback.value_or(std::string(kUndatedTimestamp)));
    std::string modified = own("modified").value_or(created);
    if (timestamp_order(modified) < timestamp_order(created)) modified = created;
    object.put("created", created);
    object.put("modified", modified);
  }

  /// `description` from a text attribute (an entity's description, a relation's evidence).
  void put_description(StixObject& object, const AttributeTable& table, std::string_view attribute,
                       std::size_t row, Handled& handled) const {
    if (auto text = attribute_value(table, graph_.strings(), attribute, row, Shape::Text)) {
      object.put("description", *text);
      handled.insert(attribute);
    }
  }

  /// confidence_score when it is a valid STIX confidence, else the score of the confidence word
  /// (stix::confidence_score), else an integer confidence; any other confidence stays for
  /// x_kgviz_confidence, and a confidence_score outside 0-100 for x_kgviz_confidence_score.
  void put_relationship_confidence(StixObject& object, EdgeId e, Handled& handled) const {
    const AttributeTable& table = graph_.edge_attributes();
    const AttributeColumn* given_score = table.find("confidence_score");
    if (auto score = confidence_number(given_score, e)) {
      object.put("confidence", *score);
      return;
    }
    if (given_score != nullptr && given_score->has(e)) handled.erase("confidence_score");
    const AttributeColumn* column = table.find(attr::kConfidence);
    if (column == nullptr || !column->has(e)) return;
    if (column->type() == AttrType::String) {
      if (const auto level = parse_confidence(graph_.strings().view(column->string(e)))) {
        object.put("confidence", confidence_score(*level));
        return;
      }
    } else if (auto score = confidence_number(column, e)) {
      object.put("confidence", *score);
      return;
    }
    handled.erase(attr::kConfidence);  // an unknown confidence is kept as x_kgviz_confidence
  }

  /// external_id, external_source and external_url (as kgviz reads them from a bundle) become one
  /// external reference, when they make a valid one.
  void put_external_reference(StixObject& object, VertexId v, Handled& handled) const {
    const AttributeTable& table = graph_.node_attributes();
    const auto id = text_attribute(table, graph_.strings(), "external_id", v);
    if (!id) return;
    const std::string_view source =
        text_attribute(table, graph_.strings(), "external_source", v).value_or("external");
    if (source.empty() || !is_valid_external_id(source, *id)) return;
    Json reference = {{"source_name", std::string(source)}, {"external_id", std::string(*id)}};
    if (const auto url = text_attribute(table, graph_.strings(), "external_url", v);
        url && is_uri(*url)) {
      reference["url"] = std::string(*url);
    }
    object.put("external_references", Json::array({reference}));
    handled.insert("external_id");
    handled.insert("external_source");
    handled.insert("external_url");
  }

  /// kill_chain_phases as kgviz reads them ("chain:phase" items) back into STIX's objects.
  void put_kill_chain(StixObject& object, VertexId v, Handled& handled) const {
    auto items = attribute_value(graph_.node_attributes(), graph_.strings(), "kill_chain_phases", v,
                                 Shape::TextList);
    if (!items) return;
    Json phases = Json::array();
    for (const Json& item : *items) {
      const std::string text = item.get<std::string>();
      const std::size_t colon = text.find(':');
      if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return;
      phases.push_back(
          {{"kill_chain_name", text.substr(0, colon)}, {"phase_name", text.substr(colon + 1)}});
    }
    object.put("kill_chain_phases", std::move(phases));
    handled.insert("kill_chain_phases");
  }

  /// The attributes of `row` (an entity or a relation) not `handled`, and for entities not metric
  /// or drawing-hint columns: the properties of `own` (the type's; coordinates only as a valid
  /// pair) and the core properties first (in column order), then the custom ones.
  void put_attributes(StixObject& object, Element element, std::size_t row, const Handled& handled,
                      const std::vector<Property>* own, bool observable) const {
    const bool entity = element == Element::Entity;
    const AttributeTable& table = entity ? graph_.node_attributes() : graph_.edge_attributes();
    const bool coordinates = entity && has_coordinates(graph_, static_cast<VertexId>(row));
    std::vector<std::pair<std::string, Json>> custom;
    for (const AttributeColumn& column : table.columns()) {
      if (handled.count(column.name()) != 0 || (entity && is_computed_node_column(column.name())))
        continue;
      put_attribute(object, custom, column, row, own, observable, coordinates);
    }
    for (auto& [name, value] : custom) object.put(name, std::move(value));
  }

  /// One attribute: as the property of the same name when `own` (the type's properties) or the
  /// core properties have it and the value fits (a coordinate only with `coordinates`); else,
  /// appended to `custom`, as the custom property stix::custom_property names.
  void put_attribute(StixObject& object, std::vector<std::pair<std::string, Json>>& custom,
                     const AttributeColumn& column, std::size_t row,
                     const std::vector<Property>* own, bool observable, bool coordinates) const {
    const std::string& name = column.name();
    for (const std::vector<Property>* properties : {own, &core_properties()}) {
      if (properties == nullptr) continue;
      for (const Property& property : *properties) {
        if (property.name != name || (property.coordinate && !coordinates)) continue;
        if (auto value = shaped_value(column, row, graph_.strings(), property.shape)) {
          if (object.put(name, std::move(*value))) return;
        }
      }
    }
    auto value = custom_value(column, row, graph_.strings());
    if (!value) return;
    std::string property = custom_property(name, observable);
    if (property.empty() || object.has(property)) return;
    for (const auto& [taken, unused] : custom) {
      if (taken == property) return;
    }
    custom.emplace_back(std::move(property), std::move(*value));
  }

  /// The ids of `refs`, each once, in order.
  Json refs_json(const std::vector<ObjectRef>& refs) const {
    Json list = Json::array();
    std::unordered_set<std::string> seen;
    for (const ObjectRef& ref : refs) {
      const std::string& id = plan_.id_of(ref);
      if (seen.insert(id).second) list.push_back(id);
    }
    return list;
  }

  /// A source document as an external reference: source_name = publisher, else title, else id
  /// (a name the CVE/CAPEC rule would refuse becomes "source ID"), description = title, else id.
  Json source_reference(std::size_t s) const {
    const SourceDocument& source = graph_.sources()[s];
    std::string name = source.publisher ? *source.publisher
                       : source.title   ? *source.title
                                        : source.id;
    if (name.empty() || name == "cve" || name == "capec") name = "source " + source.id;
    Json reference = {{"source_name", name},
                      {"description", source.title ? *source.title : source.id}};
    if (source.url && is_uri(*source.url)) reference["url"] = *source.url;
    return reference;
  }

  const KnowledgeGraph& graph_;
  const StixPlan& plan_;
};

}  // namespace

std::string ObjectBuilder::entity(VertexId v) const {
  return compact_json(ObjectJson(graph_, plan_).entity(v));
}

std::string ObjectBuilder::relationship(EdgeId e) const {
  return compact_json(ObjectJson(graph_, plan_).relationship(e));
}

std::string ObjectBuilder::source_report(std::size_t s) const {
  return compact_json(ObjectJson(graph_, plan_).source_report(s));
}

}  // namespace kgviz::stix
