// Attribute values as STIX property values: a value in the shape a STIX property of the same name
// wants (a timestamp, a list of texts, a finite number, ...), or as it is for a custom property.
// STIX has no null, so "no value" is nullopt. Internal to render/ (it exposes nlohmann::json).
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "model/attributes.hpp"
#include "model/string_pool.hpp"
#include "render/stix_types.hpp"

namespace kgviz::stix {

/// The value of an attribute in a property of `shape`, or nullopt when the row has no value or
/// the column's type or the value does not fit the shape (a text that is no timestamp, a
/// non-finite number, an empty list). A Text column fits TextList as a list of one.
std::optional<nlohmann::ordered_json> shaped_value(const AttributeColumn& column, std::size_t row,
                                                   const StringPool& pool, Shape shape);

/// The value of attribute `name` of `row` in `shape` (shaped_value); nullopt also when `table` has
/// no such column.
std::optional<nlohmann::ordered_json> attribute_value(const AttributeTable& table,
                                                      const StringPool& pool, std::string_view name,
                                                      std::size_t row, Shape shape);

/// The value of an attribute as a custom property; nullopt for no value (absent, empty list,
/// non-finite number).
std::optional<nlohmann::ordered_json> custom_value(const AttributeColumn& column, std::size_t row,
                                                   const StringPool& pool);

}  // namespace kgviz::stix
