#include "render/export_json.hpp"

#include <cmath>
#include <type_traits>
#include <variant>
#include <vector>

#include "model/run_record_fields.hpp"
#include "render/record_json.hpp"

namespace kgviz {

nlohmann::ordered_json export_json_value(const ExportValue& value) {
  using Json = nlohmann::ordered_json;
  return std::visit(
      [](const auto& item) -> Json {
        using T = std::decay_t<decltype(item)>;
        if constexpr (std::is_same_v<T, double>) {
          return std::isfinite(item) ? Json(item) : Json(nullptr);
        } else if constexpr (std::is_same_v<T, std::string_view>) {
          return std::string(item);
        } else if constexpr (std::is_same_v<T, std::vector<std::string_view>>) {
          Json items = Json::array();
          for (std::string_view text : item) items.push_back(std::string(text));
          return items;
        } else {
          return item;  // bool, std::int64_t
        }
      },
      value.data);
}

nlohmann::ordered_json graph_record_json(const KnowledgeGraph& graph, const RunRecord& record) {
  nlohmann::ordered_json data = record_json(record);
  ExportValue scratch;
  for (const AttributeColumn& column : graph.graph_attributes().columns()) {
    if (data.contains(column.name()) || record_field::is_record_field(column.name())) continue;
    if (stored_column_reader(column, graph.strings())(0, scratch)) {
      data[column.name()] = export_json_value(scratch);
    }
  }
  return data;
}

std::string compact_json(const nlohmann::ordered_json& value) {
  return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace kgviz
