// The node columns kgviz computes on every run: the metrics (DESIGN.md "Metrics", in canonical
// column order) and the drawing hints. Input attributes of these names are renamed when read (see
// cli/input_columns.hpp); stored columns of these names in a file kgviz wrote are that run's.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "model/drawing_hints.hpp"

namespace kgviz {

inline constexpr std::array<std::string_view, 13> kMetricColumns{
    "degree",           "in_degree",  "out_degree",  "betweenness", "closeness",
    "harmonic",         "pagerank",   "eigenvector", "core",        "component",
    "strong_component", "clustering", "community"};

/// A metric, in the canonical column order of kMetricColumns (the CLI turns `--metrics` and
/// `--sort` names into these; analysis and render never see the user's words).
enum class Metric : unsigned char {
  Degree,
  InDegree,
  OutDegree,
  Betweenness,
  Closeness,
  Harmonic,
  Pagerank,
  Eigenvector,
  Core,
  Component,
  StrongComponent,
  Clustering,
  Community
};

/// The column name of `metric` ("in_degree").
constexpr std::string_view metric_name(Metric metric) {
  return kMetricColumns[static_cast<std::size_t>(metric)];
}

/// The metric whose column is `name`; nullopt for any other name.
constexpr std::optional<Metric> metric_named(std::string_view name) {
  for (std::size_t i = 0; i < kMetricColumns.size(); ++i) {
    if (kMetricColumns[i] == name) return static_cast<Metric>(i);
  }
  return std::nullopt;
}

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
