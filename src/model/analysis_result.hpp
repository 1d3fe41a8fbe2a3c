// Result tables of the analysis, read by the writers (so writers need not depend on analysis).
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kgviz {

/// One metric as a column of values indexed by vertex; NaN marks an undefined value (empty CSV
/// cell, JSON null).
struct MetricColumn {
  enum class Kind : std::uint8_t { Integer, Real };
  std::string name;  ///< the CSV column name (`degree`, `pagerank`, ...)
  Kind kind = Kind::Real;
  std::vector<double> values;

  [[nodiscard]] bool defined(std::size_t v) const { return !std::isnan(values[v]); }
};

class MetricTable {
 public:
  void add(MetricColumn column) { columns_.push_back(std::move(column)); }
  [[nodiscard]] const std::vector<MetricColumn>& columns() const { return columns_; }
  [[nodiscard]] const MetricColumn* find(std::string_view name) const {
    for (const auto& column : columns_) {
      if (column.name == name) return &column;
    }
    return nullptr;
  }

 private:
  std::vector<MetricColumn> columns_;
};

/// A community: its number (0 = largest), size and members (vertices in input order).
struct Community {
  std::size_t id = 0;
  std::vector<std::uint32_t> members;
};

/// Whole-graph numbers (`analyze --format json` "graph"). Optional fields are JSON null.
struct GraphSummary {
  std::size_t nodes = 0;
  std::size_t edges = 0;
  bool directed = true;
  double density = 0.0;
  std::size_t components = 0;
  std::optional<std::size_t> strong_components;
  std::optional<std::size_t> diameter;
  std::optional<double> average_clustering;
  std::optional<double> transitivity;
  std::optional<double> modularity;
  std::optional<std::size_t> communities;
  std::string algorithm;  ///< community algorithm, empty when communities were not computed
  std::optional<double> resolution;
  std::uint64_t seed = 0;
};

/// Everything `analyze` computes: per-vertex metrics, communities, summary.
struct AnalysisResult {
  MetricTable metrics;
  std::vector<Community> communities;
  GraphSummary summary;
  std::vector<std::string> notes;  ///< remarks for stderr (e.g. metrics skipped on large graphs)
};

/// One relation of a chain between two entities (`kgviz path`), and whether the chain follows it
/// along its direction.
struct PathHop {
  std::uint32_t edge = 0;
  bool forward = true;
  std::uint32_t from = 0;  ///< where this hop starts (the relation's target when !forward)
  std::uint32_t to = 0;
};

using RelationPath = std::vector<PathHop>;

/// What produced an output, written into every output (DESIGN.md "reproducibility record").
struct RunRecord {
  struct Input {
    std::string basename;
    std::string sha256;
  };
  std::string version;
  std::string command;
  std::vector<Input> inputs;
  std::vector<std::pair<std::string, std::string>> options;  ///< result-changing options only
  std::uint64_t seed = 0;

  /// One-line form for comments: `kgviz 0.1.0 analyze; inputs: a.yaml sha256:...; options: ...`.
  [[nodiscard]] std::string summary_line() const;
};

}  // namespace kgviz
