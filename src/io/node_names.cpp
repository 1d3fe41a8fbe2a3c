#include "io/node_names.hpp"

#include <string_view>
#include <unordered_set>

namespace kgviz {

bool names_can_be_ids(const std::vector<std::optional<std::string>>& names) {
  std::unordered_set<std::string_view> seen;
  seen.reserve(names.size());
  for (const auto& name : names) {
    if (!name || name->empty() || !seen.insert(*name).second) return false;
  }
  return true;
}

}  // namespace kgviz
