#include "io/read_options.hpp"

#include <array>
#include <utility>

namespace kgviz {

namespace {
constexpr std::array<std::pair<InputFormat, std::string_view>, 10> kNames{{
    {InputFormat::Yaml, "yaml"},
    {InputFormat::GraphML, "graphml"},
    {InputFormat::Gexf, "gexf"},
    {InputFormat::Csv, "csv"},
    {InputFormat::Tsv, "tsv"},
    {InputFormat::Json, "json"},
    {InputFormat::Stix, "stix"},
    {InputFormat::Dot, "dot"},
    {InputFormat::Gml, "gml"},
    {InputFormat::Pajek, "pajek"},
}};
}  // namespace

std::string_view input_format_name(InputFormat format) {
  for (const auto& [f, name] : kNames) {
    if (f == format) return name;
  }
  return "auto";
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
  for (const auto& [f, n] : kNames) {
    if (n == name) return f;
  }
  return std::nullopt;
}

std::vector<std::string_view> input_format_names() {
  std::vector<std::string_view> names;
  for (const auto& entry : kNames) names.push_back(entry.second);
  return names;
}

}  // namespace kgviz
