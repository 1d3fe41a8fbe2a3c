// Options shared by every reader: the format, direction, error cap and resource limits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.hpp"
#include "model/formats.hpp"

namespace kgviz {

/// Bounds that keep hostile inputs from exhausting memory or time; each has a `--max-...` flag.
struct ReadLimits {
  /// --max-input-size: 256 MiB takes a million-edge GraphML (about 150 MB) and keeps a hostile
  /// input's memory under 1 GiB.
  std::uint64_t max_input_bytes = std::uint64_t{256} << 20;
  std::size_t max_depth = 100;                             ///< --max-depth (YAML/XML/JSON nesting)
  std::size_t max_alias_expansion = 1'000'000;             ///< --max-alias-expansion (YAML nodes)
  std::size_t max_string_length = std::size_t{16} << 20;   ///< --max-string-length (bytes)
  std::size_t max_nodes = 50'000'000;                      ///< --max-nodes
  std::size_t max_edges = 500'000'000;                     ///< --max-edges
  /// --max-attributes: declared attributes per file (GraphML keys, GEXF attributes, CSV/TSV
  /// columns). Real files have tens; a hostile one can declare millions to multiply the work and
  /// memory of every element.
  std::size_t max_attributes = 10'000;
};

/// The columns of a CSV/TSV file that hold the edge ends and the node ids, when the header's own
/// names are not recognised (--source-col, --target-col, --id-col); empty = found by name.
struct CsvColumnNames {
  std::string source;
  std::string target;
  std::string id;
};

struct ReadOptions {
  InputFormat format = InputFormat::Auto;
  bool undirected = false;           ///< --undirected: read every relation as undirected
  std::size_t max_errors = 50;       ///< --max-errors
  ReadLimits limits;
  std::optional<std::string> nodes_file;  ///< --nodes: a CSV/TSV node table for edge lists
  /// Where `-` reads from: the `in` stream of `run()`, or the process's standard input when null.
  std::istream* standard_input = nullptr;
  CsvColumnNames csv_columns;
  /// Where readers send warnings (the CLI prints them); none = warnings are dropped.
  WarningHandler on_warning;
};

}  // namespace kgviz
