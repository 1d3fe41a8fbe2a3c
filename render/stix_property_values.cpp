#include "render/stix_property_values.hpp"

#include <cmath>
#include <string>

#include "render/stix_values.hpp"

namespace kgviz::stix {

namespace {
using Json = nlohmann::ordered_json;
}  // namespace

std::optional<Json> shaped_value(const AttributeColumn& column, std::size_t row,
                                 const StringPool& pool, Shape shape) {
  if (!column.has(row)) return std::nullopt;
  const AttrType type = column.type();
  switch (shape) {
    case Shape::Text:
      if (type == AttrType::String) return Json(std::string(pool.view(column.string(row))));
      return std::nullopt;
    case Shape::Timestamp:
      if (type != AttrType::String) return std::nullopt;
      if (auto stamp = timestamp_of(pool.view(column.string(row)))) return Json(*stamp);
      return std::nullopt;
    case Shape::Boolean:
      if (type == AttrType::Boolean) return Json(column.integer(row) != 0);
      return std::nullopt;
    case Shape::Integer:
      if (type == AttrType::Int || type == AttrType::Long) return Json(column.integer(row));
      return std::nullopt;
    case Shape::Number:
      if (is_integral(type) && type != AttrType::Boolean) return Json(column.integer(row));
      if (is_real(type) && std::isfinite(column.real(row))) return Json(column.real(row));
      return std::nullopt;
    case Shape::TextList: {
      Json items = Json::array();
      if (type == AttrType::StringList) {
        for (StringId id : column.list(row)) items.push_back(std::string(pool.view(id)));
      } else if (type == AttrType::String) {
        items.push_back(std::string(pool.view(column.string(row))));
      }
      if (items.empty()) return std::nullopt;
      return items;
    }
  }
  return std::nullopt;
}

std::optional<Json> attribute_value(const AttributeTable& table, const StringPool& pool,
                                    std::string_view name, std::size_t row, Shape shape) {
  const AttributeColumn* column = table.find(name);
  return column != nullptr ? shaped_value(*column, row, pool, shape) : std::nullopt;
}

std::optional<Json> custom_value(const AttributeColumn& column, std::size_t row,
                                 const StringPool& pool) {
  if (!column.has(row)) return std::nullopt;
  switch (column.type()) {
    case AttrType::Boolean:
      return Json(column.integer(row) != 0);
    case AttrType::Int:
    case AttrType::Long:
      return Json(column.integer(row));
    case AttrType::Float:
    case AttrType::Double:
      if (!std::isfinite(column.real(row))) return std::nullopt;
      return Json(column.real(row));
    case AttrType::String:
      return Json(std::string(pool.view(column.string(row))));
    case AttrType::StringList:
      return shaped_value(column, row, pool, Shape::TextList);
  }
  return std::nullopt;
}

}  // namespace kgviz::stix
