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

/// The deepest nesting any reader accepts, whatever `--max-depth` says: the value `--max-depth`
/// may not exceed. Readers parse nesting with explicit stacks, not recursion, except where a
/// library recurses (yaml-cpp stops at its own, lower depth: see kYamlMaxDepth), so this bounds
/// memory, not the call stack; it is far above any real file's nesting.
inline constexpr std::size_t kMaxNestingDepth = 10'000;

/// The deepest YAML nesting kgviz reads: yaml-cpp's parser recurses once per level and stops at
/// 500 levels with a bare "bad file"; kgviz refuses deeper documents first, with a positioned
/// message, whatever --max-depth says.
inline constexpr std::size_t kYamlMaxDepth = 480;

/// Bounds that keep hostile inputs from exhausting memory or time; each has a `--max-...` flag.
struct ReadLimits {
  /// --max-input-size: 256 MiB takes a million-edge GraphML (about 150 MB) and keeps a hostile
  /// input's memory under 1 GiB.
  std::uint64_t max_input_bytes = std::uint64_t{256} << 20;
  /// --max-depth (YAML/XML/JSON nesting), at most kMaxNestingDepth.
  std::size_t max_depth = 100;
  /// --max-alias-expansion: the nodes YAML aliases may add in all (a file without aliases adds
  /// none).
  std::size_t max_alias_expansion = 1'000'000;
  std::size_t max_string_length = std::size_t{16} << 20;  ///< --max-string-length (bytes)
  std::size_t max_nodes = 50'000'000;                     ///< --max-nodes
  std::size_t max_edges = 500'000'000;                    ///< --max-edges
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
  bool undirected = false;      ///< --undirected: read every relation as undirected
  std::size_t max_errors = 50;  ///< --max-errors
  ReadLimits limits;
  std::optional<std::string> nodes_file;  ///< --nodes: a CSV/TSV node table for edge lists
  /// Where `-` reads from: the `in` stream of `run()`, or the process's standard input when null.
  std::istream* standard_input = nullptr;
  CsvColumnNames csv_columns;
  /// Where readers send warnings (the CLI prints them); none = warnings are dropped.
  WarningHandler on_warning;
  /// --source-root: a folder YAML source texts may also be read from (by default only the YAML
  /// file's own folder and below).
  std::optional<std::string> source_root;
};

}  // namespace kgviz
