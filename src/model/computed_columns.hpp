// The node columns kgviz computes on every run: the metrics (DESIGN.md "Metrics", in canonical
// column order) and the drawing hints. Input attributes of these names are renamed when read (see
// cli/input_columns.hpp); stored columns of these names in a file kgviz wrote are that run's.
#pragma once

#include <array>
#include <string_view>

#include "model/drawing_hints.hpp"

namespace kgviz {

inline constexpr std::array<std::string_view, 13> kMetricColumns{
    "degree",   "in_degree", "out_degree",  "betweenness", "closeness",        "harmonic",
    "pagerank", "eigenvector", "core",      "component",   "strong_component", "clustering",
    "community"};

/// Whether `name` is a metric or a drawing hint column.
inline bool is_computed_node_column(std::string_view name) {
  for (std::string_view metric : kMetricColumns) {
    if (name == metric) return true;
  }
  for (std::string_view column : hint::kColumns) {
    if (name == column) return true;
  }
  return false;
}

}  // namespace kgviz
