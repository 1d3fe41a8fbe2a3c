// How kgviz's knowledge maps onto STIX 2.1 (docs/stix.md, "Export: the mapping"): the STIX type an
// entity is written as (its own type where STIX can carry it with what the entity has, else
// kgviz's custom x-kgviz-entity), the relationship_type of a relation, which relations are aliases,
// an entity's name, and the property name of an attribute written as a custom property. What STIX
// itself defines is render/stix_types.hpp. Internal to render/.
#pragma once

#include <string>
#include <string_view>

#include "model/knowledge_graph.hpp"

namespace kgviz::stix {

/// The STIX type entity `v` is written as: a domain object type when the entity has what the type
/// requires (a location's country, region or has_coordinates; an indicator's pattern,
/// pattern_type and valid_from; a malware analysis' product and result; for a report,
/// `refers_to_objects`); a cyber-observable type when the entity has the one property it requires
/// (its label for `name`), or, for the observables with more requirements, when its id already is
/// of that type; a custom `x-...` type; else stix::kOwnEntityType.
std::string entity_type(const KnowledgeGraph& graph, VertexId v, bool refers_to_objects);

/// The relationship_type of a relation from a `from_type` to a `to_type` object: the relation
/// itself when STIX defines it for the two types, or `from_bundle` (the producer's choice is kept)
/// and it is a valid name; an alias relation is duplicate-of between objects of one type; else
/// related-to.
std::string relationship_type(std::string_view relation, std::string_view from_type,
                              std::string_view to_type, bool from_bundle);

/// Whether entity `v` has coordinates STIX accepts: `latitude` and `longitude` attributes that are
/// numbers from -90 to 90 and from -180 to 180.
bool has_coordinates(const KnowledgeGraph& graph, VertexId v);

/// Relations that say two entities are one thing under two names: alias, alias-of, aka,
/// also-known-as, known-as, same-as.
bool is_alias_relation(std::string_view relation);

/// An entity's `name`: its label, else its id.
std::string_view entity_name(const KnowledgeGraph& graph, VertexId v);

/// The custom property an attribute named `attribute` is written as: the name itself when it
/// already is another producer's custom property (`x_...`) or `keep_name` (an observable's
/// properties are its own) and a valid property name, else `x_kgviz_` + the name in lower case
/// with other characters than [a-z0-9_] as `_`; names ending `_bin`/`_hex` get a `_`. Empty when
/// no name is left or the result is one of kgviz's own structural properties (x_kgviz_type, ...).
std::string custom_property(std::string_view attribute, bool keep_name);

}  // namespace kgviz::stix
