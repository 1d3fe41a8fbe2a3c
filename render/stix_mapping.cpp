#include "render/stix_mapping.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "model/stix_vocabulary.hpp"
#include "render/stix_property_values.hpp"
#include "render/stix_types.hpp"
#include "render/stix_values.hpp"

namespace kgviz::stix {

namespace {

/// kgviz's own custom properties, which carry structure; never filled from a same-named attribute.
bool is_reserved_property(std::string_view name) {
  static const std::unordered_set<std::string_view> kNames{
      kOwnType, kOwnAliases, kOwnRelation, kOwnAccordingTo, kOwnSource, kOwnRecord};
  return kNames.count(name) != 0;
}

/// `x_kgviz_` + the name in lower case with every other character than [a-z0-9_] as `_`, cut to
/// STIX's 250 bytes; empty when nothing is left of the name.
std::string custom_property_name(std::string_view name) {
  std::string out(kOwnPrefix);
  for (char c : name) {
    const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    out += ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9') || lower == '_')
               ? lower
               : '_';
  }
  if (out.size() == kOwnPrefix.size()) return {};
  out.resize(std::min<std::size_t>(out.size(), 246));
  return avoid_binary_suffix(std::move(out));
}

/// Whether entity `v` has attribute `name` with a value of `shape`.
bool has_value(const KnowledgeGraph& graph, VertexId v, std::string_view name, Shape shape) {
  return attribute_value(graph.node_attributes(), graph.strings(), name, v, shape).has_value();
}

/// Whether the entity has what its STIX domain object type requires beyond a name.
bool meets_requirements(const KnowledgeGraph& graph, VertexId v, std::string_view type,
                        bool refers_to_objects) {
  const auto fits = [&](std::string_view name, Shape shape) {
    return has_value(graph, v, name, shape);
  };
  if (type == "location") {
    return fits("country", Shape::Text) || fits("region", Shape::Text) || has_coordinates(graph, v);
  }
  if (type == "indicator") {
    return fits("pattern", Shape::Text) && fits("pattern_type", Shape::Text) &&
           fits("valid_from", Shape::Timestamp);
  }
  if (type == "malware-analysis")
    return fits("product", Shape::Text) && fits("result", Shape::Text);
  if (type == "report") return refers_to_objects;
  return true;
}

}  // namespace

std::string entity_type(const KnowledgeGraph& graph, VertexId v, bool refers_to_objects) {
  const std::string type(graph.type(v));
  const std::string fallback(kOwnEntityType);
  if (domain_type(type) != nullptr) {
    return meets_requirements(graph, v, type, refers_to_objects) ? type : fallback;
  }
  if (is_observable_type(type)) {
    if (const ObservableRequirement* requirement = observable_requirement(type)) {
      // An observable's name is the entity's label (the import reads `name` into it).
      const bool met = requirement->property == "name"
                           ? !graph.label(v).empty()
                           : has_value(graph, v, requirement->property, requirement->shape);
      return met ? type : fallback;
    }
    // An observable kgviz cannot check: kept only when it came from a bundle as one.
    const std::string prefix = type + "--";
    return graph.id(v).substr(0, prefix.size()) == prefix ? type : fallback;
  }
  if (is_not_entity_type(type)) return fallback;
  if (is_custom_type(type)) return type;
  return fallback;
}

std::string relationship_type(std::string_view relation, std::string_view from_type,
                              std::string_view to_type, bool from_bundle) {
  if (is_alias_relation(relation)) return from_type == to_type ? "duplicate-of" : "related-to";
  if (!is_relationship_type_name(relation)) return "related-to";
  // A relationship read from a bundle keeps the type its producer chose.
  if (from_bundle || is_defined_relationship(from_type, relation, to_type))
    return std::string(relation);
  return "related-to";
}

bool has_coordinates(const KnowledgeGraph& graph, VertexId v) {
  const auto within = [&](std::string_view name, double limit) {
    const auto value =
        attribute_value(graph.node_attributes(), graph.strings(), name, v, Shape::Number);
    return value && value->get<double>() >= -limit && value->get<double>() <= limit;
  };
  return within("latitude", 90) && within("longitude", 180);
}

bool is_alias_relation(std::string_view relation) {
  static const std::array<std::string_view, 6> kAliasRelations{
      "alias", "alias-of", "aka", "also-known-as", "known-as", "same-as"};
  return std::find(kAliasRelations.begin(), kAliasRelations.end(), relation) !=
         kAliasRelations.end();
}

std::string_view entity_name(const KnowledgeGraph& graph, VertexId v) {
  return graph.label(v).empty() ? graph.id(v) : graph.label(v);
}

std::string custom_property(std::string_view attribute, bool keep_name) {
  const bool foreign = attribute.size() > 2 && attribute.substr(0, 2) == "x_";
  std::string property;
  if ((foreign || keep_name) && is_property_name(attribute) && !is_reserved_property(attribute)) {
    property = avoid_binary_suffix(std::string(attribute));
  } else {
    property = custom_property_name(attribute);
  }
  if (is_reserved_property(property)) return {};
  return property;
}

}  // namespace kgviz::stix
