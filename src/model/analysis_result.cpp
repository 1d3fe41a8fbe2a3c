#include "model/analysis_result.hpp"

#include "model/run_record_fields.hpp"

namespace kgviz {

std::string RunRecord::summary_line() const {
  std::string out = "kgviz " + version;
  if (!command.empty()) out += " " + command;
  namespace field = record_field;
  out += "; " + std::string(field::kInputs) + ":";
  for (const auto& input : inputs) {
    out += " " + input.basename + " " + std::string(field::kInputSha256) + ":" + input.sha256;
  }
  out += "; " + std::string(field::kOptions) + ":";
  for (const auto& [key, value] : options) out += " " + key + "=" + value;
  out += "; " + std::string(field::kSeed) + ": " + std::to_string(seed);
  return out;
}

}  // namespace kgviz
