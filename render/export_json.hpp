// The data contract's values (render/export_columns.hpp) and a graph's record plus attributes as
// JSON, shared by the JSON writers and the HTML page. Internal to render/ (it exposes
// nlohmann::json).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "model/analysis_result.hpp"
#include "model/knowledge_graph.hpp"
#include "render/export_columns.hpp"

namespace kgviz {

/// One value as JSON: numbers as numbers, lists as arrays; NaN (undefined) and infinities, which
/// have no JSON spelling, as null.
nlohmann::ordered_json export_json_value(const ExportValue& value);

/// The record (record_json()), then the graph attributes that do not repeat a record field.
nlohmann::ordered_json graph_record_json(const KnowledgeGraph& graph, const RunRecord& record);

/// Compact text of `value`; invalid UTF-8 becomes U+FFFD instead of throwing, like the XML
/// writers. nlohmann formats numbers itself (shortest round trip), independent of the locale.
std::string compact_json(const nlohmann::ordered_json& value);

}  // namespace kgviz
