#include "cli/input_columns.hpp"

#include "model/computed_columns.hpp"

namespace kgviz {

namespace {
constexpr std::string_view kInputPrefix = "input_";
}  // namespace

std::vector<RenamedColumn> keep_input_columns(KnowledgeGraph& graph) {
  std::vector<RenamedColumn> renames;
  if (graph.written_by_kgviz()) return renames;
  AttributeTable& table = graph.node_attributes();
  std::vector<std::string> clashing;
  for (const AttributeColumn& column : table.columns()) {
    if (is_computed_node_column(column.name())) clashing.push_back(column.name());
  }
  for (const std::string& name : clashing) {
    const std::string base = std::string(kInputPrefix) + name;
    std::string target = base;
    for (std::size_t suffix = 2; table.find(target) != nullptr; ++suffix) {
      target = base + "_" + std::to_string(suffix);
    }
    table.rename(name, target);
    renames.push_back({name, target});
  }
  return renames;
}

std::string describe_renames(const std::vector<RenamedColumn>& renames) {
  std::string out;
  for (const RenamedColumn& rename : renames) {
    if (!out.empty()) out += ", ";
    out += rename.from + " as " + rename.to;
  }
  return out;
}

}  // namespace kgviz
