#include "render/graph_title.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <string_view>

namespace kgviz {

namespace {

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::string graph_title(const KnowledgeGraph& graph, const std::vector<std::string>& input_names) {
  for (std::string_view name : {"title", "name"}) {
    if (const AttributeColumn* column = graph.graph_attributes().find(name)) {
      std::string text = attribute_text(*column, 0, graph.strings());
      if (!is_blank(text)) return text;
    }
  }
  for (const auto& source : graph.sources()) {
    if (source.title && !is_blank(*source.title)) return *source.title;
  }
  return fmt::format("{}", fmt::join(input_names, ", "));
}

std::string graph_caption(const KnowledgeGraph& graph,
                          const std::vector<std::string>& input_names) {
  std::vector<std::string> parts;
  for (const auto& source : graph.sources()) {
    std::string part = source.title ? "\u201C" + *source.title + "\u201D" : source.id;
    std::vector<std::string> details;
    if (source.publisher) details.push_back(*source.publisher);
    if (source.date) details.push_back(*source.date);
    if (source.url) details.push_back(*source.url);
    if (!details.empty()) part += fmt::format(" ({})", fmt::join(details, ", "));
    parts.push_back(part);
  }
  if (parts.empty()) parts = input_names;
  return fmt::format("{}{}", parts.size() == 1 ? "Source: " : "Sources: ", fmt::join(parts, "; "));
}

}  // namespace kgviz
