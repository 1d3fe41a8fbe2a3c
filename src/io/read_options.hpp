// Options shared by every reader: the format, direction, error cap and resource limits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kgviz {

enum class InputFormat { Auto, Yaml, GraphML, Gexf, Csv, Tsv, Json, Stix, Dot, Gml, Pajek };

/// The `--from` name of a format ("yaml", "graphml", ...).
std::string_view input_format_name(InputFormat format);
/// Parses a `--from` name; nullopt when unknown.
std::optional<InputFormat> parse_input_format(std::string_view name);
/// Every `--from` name, for help and error messages.
std::vector<std::string_view> input_format_names();

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
};

struct ReadOptions {
  InputFormat format = InputFormat::Auto;
  bool undirected = false;           ///< --undirected: read every relation as undirected
  std::size_t max_errors = 50;       ///< --max-errors
  ReadLimits limits;
  std::optional<std::string> nodes_file;  ///< --nodes: a CSV/TSV node table for edge lists
};

}  // namespace kgviz
