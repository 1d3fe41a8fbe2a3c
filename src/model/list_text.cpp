#include "model/list_text.hpp"

namespace kgviz {

namespace {

bool is_list_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && is_list_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_list_space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> items;
  while (true) {
    const std::size_t at = text.find(';');
    const std::string_view item = trimmed(text.substr(0, at));
    if (!item.empty()) items.emplace_back(item);
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + 1);
  }
  return items;
}

void append_list_item(std::string& out, std::string_view item, bool first) {
  if (!first) out += kListSeparator;
  out += item;
}

}  // namespace kgviz
