// The reproducibility record (DESIGN.md) in the shapes the writers embed it: JSON and a one-line
// comment. Internal to render/ (it exposes nlohmann::json).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "model/analysis_result.hpp"

namespace kgviz {

/// `{"kgviz_version", "command", "inputs": [{"name", "sha256"}], "options": {...}, "seed"}`.
nlohmann::ordered_json record_json(const RunRecord& record);

/// RunRecord::summary_line() made safe inside XML/HTML comments (no "--") and DOT comments (no
/// "*/", no line breaks).
std::string record_comment(const RunRecord& record);

}  // namespace kgviz
