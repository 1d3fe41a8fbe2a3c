// The STIX 2.1 words kgviz's STIX writer (render) and reader (io) share: kgviz's own custom
// property and type names, the objects that are no entities, the UUID namespace, and the one
// mapping between confidence words and STIX confidence scores (docs/stix.md).
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "model/confidence.hpp"

namespace kgviz::stix {

/// kgviz's own UUID namespace: every identifier kgviz makes is TYPE--UUIDv5(this, name).
inline constexpr std::string_view kNamespace = "b350388c-07fd-4aaf-aff5-dc5ce50a5e93";
/// `created`/`modified` of an object that no source document dates.
inline constexpr std::string_view kUndatedTimestamp = "1970-01-01T00:00:00.000Z";

/// Prefix of kgviz's custom properties: an attribute NAME without a STIX property is written as
/// `x_kgviz_NAME` and read back as NAME.
inline constexpr std::string_view kOwnPrefix = "x_kgviz_";
/// The custom type of an entity whose type STIX cannot carry (its type goes to kOwnType).
inline constexpr std::string_view kOwnEntityType = "x-kgviz-entity";

// kgviz's custom properties with a meaning of their own.
inline constexpr std::string_view kOwnType = "x_kgviz_type";  ///< entity type of x-kgviz-entity
inline constexpr std::string_view kOwnAliases = "x_kgviz_aliases";  ///< aliases where STIX has none
inline constexpr std::string_view kOwnRelation = "x_kgviz_relation";  ///< relation under related-to
inline constexpr std::string_view kOwnAccordingTo = "x_kgviz_according_to_ref";
inline constexpr std::string_view kOwnSource = "x_kgviz_source";  ///< a report's source document
inline constexpr std::string_view kOwnRecord = "x_kgviz_record";  ///< the bundle's run record
inline constexpr std::string_view kOwnLabel = "x_kgviz_label";    ///< relation label (≠ relation)
/// A relation's confidence_score outside STIX's 0-100 (so not the relationship's confidence).
inline constexpr std::string_view kOwnConfidenceScore = "x_kgviz_confidence_score";

/// Objects that are never nodes: relationships and sightings (edges or neither), markings and
/// other meta objects, and the containers, which group other objects rather than stand for a thing.
inline constexpr std::array<std::string_view, 9> kNotNodeTypes{"relationship",
                                                               "sighting",
                                                               "marking-definition",
                                                               "language-content",
                                                               "extension-definition",
                                                               "report",
                                                               "grouping",
                                                               "note",
                                                               "opinion"};

/// STIX confidence (0-100) kgviz writes for a level: confirmed 85, reported 50, alleged 15 (the
/// High/Med/Low values of the STIX 2.1 None/Low/Med/High scale, Appendix A).
int confidence_score(Confidence level);

/// The level of a STIX confidence score (Appendix A's ranges: 70-100 High = confirmed, 30-69 Med =
/// reported, 1-29 Low = alleged; above 100 counts as High); nullopt for 0 (None) and below.
/// confidence_of_score(confidence_score(c)) == c for every level.
std::optional<Confidence> confidence_of_score(long long score);

}  // namespace kgviz::stix
