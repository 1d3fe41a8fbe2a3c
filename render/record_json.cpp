#include "render/record_json.hpp"

namespace kgviz {

nlohmann::ordered_json record_json(const RunRecord& record) {
  nlohmann::ordered_json inputs = nlohmann::ordered_json::array();
  for (const auto& input : record.inputs) {
    inputs.push_back({{"name", input.basename}, {"sha256", input.sha256}});
  }
  nlohmann::ordered_json options = nlohmann::ordered_json::object();
  for (const auto& [key, value] : record.options) options[key] = value;
  return {{"kgviz_version", record.version},
          {"command", record.command},
          {"inputs", std::move(inputs)},
          {"options", std::move(options)},
          {"seed", record.seed}};
}

std::string record_comment(const RunRecord& record) {
  std::string text = record.summary_line();
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\n' || c == '\r') c = ' ';
    // "--" ends nothing in DOT but is illegal inside XML comments; "*/" would close a C comment.
    if ((c == '-' && !out.empty() && out.back() == '-') || (c == '/' && !out.empty() && out.back() == '*')) {
      out += ' ';
    }
    out += c;
  }
  return out;
}

}  // namespace kgviz
