// A positioned YAML document tree built from yaml-cpp's event API.
//
// Why not YAML::Load: the node API loses positions of values, accepts duplicate keys, needs ~70x the
// file size in memory, and a recursive alias makes a naive walk recurse forever. Here every node keeps
// its line/column, aliases point at the anchored node (the tree is a DAG, so memory stays linear in
// the text), and the checks yaml-cpp 0.7 does not make are made: invalid UTF-8 and NUL bytes, an
// unterminated quoted scalar (yaml-cpp silently swallows the rest of the file), duplicate keys,
// nesting depth, recursive aliases and string length.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/read_options.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

struct YamlNode {
  enum class Kind : std::uint8_t { Null, Scalar, Sequence, Map };
  Kind kind = Kind::Null;
  bool quoted = false;       ///< a quoted or block scalar (never a number, bool or null)
  std::size_t line = 0;      ///< 1-based
  std::size_t column = 0;    ///< 1-based, bytes
  std::string value;         ///< scalar text
  std::vector<std::uint32_t> children;  ///< sequence items; map keys and values alternate
};

class YamlTree {
 public:
  /// Parses `text` (one document). Every problem found goes to `sink`; returns false if any.
  bool parse(std::string_view text, const ReadLimits& limits, DiagnosticSink& sink);

  [[nodiscard]] const YamlNode& node(std::uint32_t index) const { return nodes_[index]; }
  [[nodiscard]] std::uint32_t root() const { return root_; }
  [[nodiscard]] bool empty() const { return nodes_.empty(); }

  std::vector<YamlNode>& nodes() { return nodes_; }
  void set_root(std::uint32_t root) { root_ = root; }

 private:
  std::vector<YamlNode> nodes_;
  std::uint32_t root_ = 0;
};

}  // namespace kgviz
