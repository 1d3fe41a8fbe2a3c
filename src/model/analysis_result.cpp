#include "model/analysis_result.hpp"

namespace kgviz {

std::string RunRecord::summary_line() const {
  std::string out = "kgviz " + version;
  if (!command.empty()) out += " " + command;
  out += "; inputs:";
  for (const auto& input : inputs) out += " " + input.basename + " sha256:" + input.sha256;
  out += "; options:";
  for (const auto& [key, value] : options) out += " " + key + "=" + value;
  out += "; seed: " + std::to_string(seed);
  return out;
}

}  // namespace kgviz
