// What STIX 2.1 defines that the STIX writer fills, from the OASIS schemas and the
// specification's relationship tables: the domain object types with the properties an attribute
// may fill and the shape of their values, the cyber-observable types and what each requires, the
// types an entity cannot take, and which relationship types join which object types. Facts about
// STIX only; what kgviz maps onto them is render/stix_mapping.hpp. Internal to render/.
#pragma once

#include <string_view>
#include <vector>

namespace kgviz::stix {

/// The shapes of STIX property values kgviz can fill from an attribute column.
enum class Shape { Text, Timestamp, Boolean, Integer, Number, TextList };

/// A property an attribute of the same name may fill, and the shape its value must have.
struct Property {
  std::string_view name;
  Shape shape;
  /// Part of a location's coordinates (latitude, longitude, precision): the schema allows each
  /// only with both latitude and longitude.
  bool coordinate = false;
};

/// A STIX Domain Object type kgviz writes, with the properties an attribute of the same name may
/// fill (name, description, aliases, kill_chain_phases and the core properties are handled apart).
struct DomainType {
  std::string_view type;
  bool aliases;     ///< the type has `aliases`
  bool kill_chain;  ///< the type has `kill_chain_phases`
  std::vector<Property> properties;
};

/// The domain object type named `type`, or nullptr when kgviz writes no such SDO (attack-pattern,
/// campaign, course-of-action, identity, incident, indicator, infrastructure, intrusion-set,
/// location, malware, malware-analysis, report, threat-actor, tool, vulnerability).
const DomainType* domain_type(std::string_view type);

/// The properties of a relationship an attribute of the same name may fill: start_time, stop_time.
const std::vector<Property>& relationship_properties();
/// The core properties any object may carry, filled from attributes of the same name: labels, lang.
const std::vector<Property>& core_properties();

/// Whether `type` is one of STIX 2.1's 18 cyber-observable types (ipv4-addr, file, process, ...).
bool is_observable_type(std::string_view type);
/// Observables whose schema has a `name`: file, software, mutex.
bool is_named_observable(std::string_view type);

/// The one property a cyber-observable requires, for the observables whose requirement is one
/// property (ipv4-addr's `value`, file's `name`, autonomous-system's `number`, ...).
struct ObservableRequirement {
  std::string_view type;
  std::string_view property;
  Shape shape;
};
/// The requirement of `type`, or nullptr when its schema asks for more than one property (or
/// `type` is no observable).
const ObservableRequirement* observable_requirement(std::string_view type);

/// Types an entity cannot take: not domain objects (relationship, sighting, bundle, markings, ...),
/// or containers whose required references kgviz has no data for (grouping, note, opinion,
/// observed-data).
bool is_not_entity_type(std::string_view type);

/// Whether STIX 2.1 defines `relation` from `source` to `target` objects: related-to,
/// derived-from and duplicate-of between any two, else the specification's table (attributed-to
/// campaign -> intrusion-set, uses intrusion-set -> malware, ...).
bool is_defined_relationship(std::string_view source, std::string_view relation,
                             std::string_view target);

}  // namespace kgviz::stix
