#include "render/record_json.hpp"

#include <string>

#include "model/run_record_fields.hpp"

namespace kgviz {

nlohmann::ordered_json record_json(const RunRecord& record) {
  using nlohmann::ordered_json;
  namespace field = record_field;
  ordered_json inputs = ordered_json::array();
  for (const auto& input : record.inputs) {
    ordered_json entry = ordered_json::object();
    entry[std::string(field::kInputName)] = input.basename;
    entry[std::string(field::kInputSha256)] = input.sha256;
    inputs.push_back(std::move(entry));
  }
  ordered_json options = ordered_json::object();
  for (const auto& [key, value] : record.options) options[key] = value;
  ordered_json out = ordered_json::object();
  out[std::string(field::kVersion)] = record.version;
  out[std::string(field::kCommand)] = record.command;
  out[std::string(field::kInputs)] = std::move(inputs);
  out[std::string(field::kOptions)] = std::move(options);
  out[std::string(field::kSeed)] = record.seed;
  return out;
}

std::string record_comment(const RunRecord& record) {
  std::string text = record.summary_line();
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\n' || c == '\r') c = ' ';
    // "--" ends nothing in DOT but is illegal inside XML comments; "*/" would close a C comment.
    if ((c == '-' && !out.empty() && out.back() == '-') ||
        (c == '/' && !out.empty() && out.back() == '*')) {
      out += ' ';
    }
    out += c;
  }
  return out;
}

}  // namespace kgviz
