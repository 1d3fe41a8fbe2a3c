// GML's syntax (Himsolt's Graph Modelling Language, as networkx, igraph, Cytoscape, Gephi, yEd
// and the network-science datasets write it): a streaming parse that hands over the graph's
// children one record at a time, so memory stays proportional to one record, not to the file.
// Internal to src/io.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "io/read_options.hpp"
#include "io/text.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

/// One `key value` pair of a record. Views point into the input (or into the record's storage for
/// strings with `&...;` entities) and are valid while the record is.
struct GmlValue {
  enum class Kind : std::uint8_t { Integer, Real, String, List };
  static constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

  Kind kind = Kind::Integer;
  std::string_view key;
  std::size_t key_offset = 0;       ///< byte offset of the key
  std::size_t value_offset = 0;     ///< byte offset of the value (a list's `[`)
  std::int64_t integer = 0;         ///< Integer
  double real = 0.0;                ///< Real (Integer too, converted)
  std::string_view text;            ///< String: the decoded value; Integer, Real: as written
  std::size_t first_child = kNone;  ///< List: index of its first pair in the record
  std::size_t next = kNone;         ///< index of the next pair of the same list
};

/// One child of `graph [...]` (a `node [...]`, an `edge [...]`, a `directed 1`...) with everything
/// inside it: values[0] is the pair itself.
struct GmlRecord {
  std::vector<GmlValue> values;
  std::deque<std::string> decoded;  ///< storage of strings that held entities

  [[nodiscard]] const GmlValue& top() const { return values[0]; }
  /// Index of the first pair named `key` in the list at `list` (kNone when none).
  [[nodiscard]] std::size_t find(std::size_t list, std::string_view key) const;
};

/// What the parse hands each record to.
class GmlRecordHandler {
 public:
  virtual ~GmlRecordHandler() = default;
  virtual void record(const GmlRecord& record) = 0;
};

/// Parses GML text: `key value` pairs, where a key is `[A-Za-z_][A-Za-z0-9_]*` and a value is an
/// integer, a real (`1.5`, `.5`, `1.`, `1e-3`, networkx's `NAN`, `INF`, `-INF`), a string in double
/// quotes (it may span lines; `&amp;`, `&#233;` entities decoded, as networkx writes non-ASCII
/// text; `\"` a quote, as graph-tool writes it, other backslashes kept as written) or a list
/// `[ pairs ]`; `#` comments to the end of the line. The top level must hold exactly one
/// `graph [ ... ]` (other top-level pairs, such as `Creator` and `Version`, are checked and
/// ignored); each pair inside it goes to the handler as one record, in file order.
///
/// Reports with line and byte column, and stops at, the first syntax error (an unexpected
/// character, a key without a value, an unterminated string or list, an unmatched `]`), lists
/// nested deeper than `limits.max_depth`, strings longer than `limits.max_string_length`, a missing
/// or second graph. O(n) time, memory O(largest record).
class GmlParser {
 public:
  GmlParser(std::string_view text, const ReadLimits& limits, DiagnosticSink& sink)
      : text_(text), limits_(limits), sink_(sink), lines_(text) {}

  /// Parses the whole text (again, when called again); returns false after a reported error.
  bool parse(GmlRecordHandler& handler);

  /// Reports `message` at byte `offset` of the text (for the handler's own checks).
  void error(std::size_t offset, std::string message);

  /// Byte offset of the `graph` key (after a parse that found it).
  [[nodiscard]] std::size_t graph_offset() const { return graph_offset_; }

 private:
  enum class Token { End, Key, Integer, Real, String, Open, Close };
  bool next(Token& token);
  bool scalar(Token token, GmlValue& value);
  bool fail(std::size_t offset, std::string message);

  std::string_view text_;
  const ReadLimits& limits_;
  DiagnosticSink& sink_;
  LineIndex lines_;
  std::size_t at_ = 0;
  std::size_t token_start_ = 0;
  std::size_t graph_offset_ = 0;
  std::string_view token_text_;
  GmlRecord record_;
};

}  // namespace kgviz
