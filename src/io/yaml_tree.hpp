// A positioned YAML document tree built from yaml-cpp's event API.
//
// Why not YAML::Load: the node API loses positions of values, accepts duplicate keys, needs ~70x
// the file size in memory, and a recursive alias makes a naive walk recurse forever. Here every
// node keeps its line/column, aliases point at the anchored node (the tree is a DAG, so memory
// stays linear in the text), and the checks yaml-cpp 0.7 does not make are made: invalid UTF-8, NUL
// bytes and NUL escapes, an unterminated quoted scalar (yaml-cpp silently swallows the rest of the
// file), duplicate keys, nesting depth, what aliases add, and string length.
//
// Memory: 24 bytes per node plus 4 per child; scalars are views into the input where the text is
// the value (plain and simple quoted scalars), else decoded once into an arena.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "io/read_options.hpp"
#include "io/tree_storage.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

struct YamlNode {
  enum class Kind : std::uint8_t { Null, Scalar, Sequence, Map };

  const void* data = nullptr;  ///< scalar bytes, or the child list
  std::uint32_t size = 0;      ///< scalar length, or number of children
  std::uint32_t line_ = 0;
  std::uint32_t column_ = 0;
  Kind kind = Kind::Null;
  bool quoted = false;  ///< a quoted or block scalar (never a number, bool or null)

  [[nodiscard]] std::size_t line() const { return line_; }      ///< 1-based
  [[nodiscard]] std::size_t column() const { return column_; }  ///< 1-based, bytes
  /// Scalar text.
  [[nodiscard]] std::string_view value() const {
    return kind == Kind::Scalar ? std::string_view(static_cast<const char*>(data), size)
                                : std::string_view();
  }
  /// Sequence items; map keys and values alternate. An alias is its anchored node.
  [[nodiscard]] std::span<const std::uint32_t> children() const {
    if (kind != Kind::Sequence && kind != Kind::Map) return {};
    return {static_cast<const std::uint32_t*>(data), size};
  }
};

class YamlTree {
 public:
  /// Parses `text` (one document). Every problem found goes to `sink`; returns false if any.
  /// The tree refers to `text`, which must outlive it.
  bool parse(std::string_view text, const ReadLimits& limits, DiagnosticSink& sink);

  [[nodiscard]] const YamlNode& node(std::uint32_t index) const { return nodes_[index]; }
  [[nodiscard]] std::uint32_t root() const { return root_; }
  [[nodiscard]] bool empty() const { return nodes_.empty(); }

 private:
  friend class YamlTreeBuilder;

  ChunkedVector<YamlNode> nodes_;
  Arena<char> strings_;  // scalars whose text is not their value
  Arena<std::uint32_t> children_;
  std::uint32_t root_ = 0;
};

}  // namespace kgviz
