// A parsed JSON input that still knows where its values were: the shared parse step of the JSON
// readers (STIX bundles, Cytoscape.js elements, node-link data). Internal to io/ (it exposes
// nlohmann::ordered_json, like render/record_json.hpp does inside render/).
//
// nlohmann keeps no positions per value, so the parse records the byte offset of every object and
// array as it builds them (keyed by their heap storage, which does not move when the parent grows),
// and finds the offset of a member or element by scanning the text from its container, only when an
// error needs it. Key order is the document's (ordered_json), so attribute columns come out in the
// order they first appear.
#pragma once

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/attributes.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

using Json = nlohmann::ordered_json;

class JsonDocument {
 public:
  JsonDocument(const InputSource& input, const ReadLimits& limits, DiagnosticSink& sink);
  ~JsonDocument();
  JsonDocument(const JsonDocument&) = delete;
  JsonDocument& operator=(const JsonDocument&) = delete;

  /// Parses the input: UTF-8 checked first (a byte order mark is skipped), nesting deeper than
  /// `limits.max_depth` and strings longer than `limits.max_string_length` refused before they are
  /// built, duplicate keys reported. Reports every problem to the sink with its line and column and
  /// returns false when the document is unusable. O(input size).
  bool parse();

  [[nodiscard]] const Json& root() const { return *root_; }
  [[nodiscard]] const InputSource& input() const { return input_; }
  [[nodiscard]] const ReadLimits& limits() const { return limits_; }
  [[nodiscard]] DiagnosticSink& sink() { return sink_; }

  /// Reports an error at an object or array of this document (its opening bracket). A scalar has
  /// no recorded position: the root is reported where it starts, any other without a position
  /// (use error_at_member or error_at_element for those).
  void error_at(const Json& value, std::string message);
  /// Reports an error at the value of `key` in `object` (at the object when it has no such member).
  void error_at_member(const Json& object, std::string_view key, std::string message);
  /// Reports an error at element `index` of `array`.
  void error_at_element(const Json& array, std::size_t index, std::string message);

 private:
  friend class JsonDomBuilder;

  void report(std::size_t offset, std::string message);
  /// Byte offset of an object's or array's opening bracket, or npos.
  [[nodiscard]] std::size_t offset_of(const Json& value) const;
  [[nodiscard]] std::size_t member_offset(std::size_t object_offset, std::string_view key) const;
  [[nodiscard]] std::size_t element_offset(std::size_t array_offset, std::size_t index) const;
  [[nodiscard]] std::size_t skip_space(std::size_t at) const;
  [[nodiscard]] std::size_t skip_value(std::size_t at) const;
  [[nodiscard]] std::size_t skip_string(std::size_t at) const;

  const InputSource& input_;
  const ReadLimits& limits_;
  DiagnosticSink& sink_;
  std::unique_ptr<Json> root_;
  std::unordered_map<const void*, std::size_t> offsets_;  // container storage -> bracket offset
  std::vector<std::size_t> line_starts_;                  // built on the first error
};

/// Turns JSON values into typed attribute columns: one type per attribute name across all rows,
/// found in a first pass (`observe` every value) and applied in a second (`store` every value).
///
/// Types: booleans -> boolean, integers -> long, other numbers -> double, strings -> string, arrays
/// of strings -> string list; null and empty arrays are no value; objects and other arrays are kept
/// as their compact JSON text. Mixed columns widen: long + double -> double, string + string list ->
/// string list, anything else mixed -> string (the value's text: `true`, `12`, compact JSON).
class JsonAttributeTyper {
 public:
  void observe(std::string_view name, const Json& value);
  /// Makes column `name` double if its values are all numbers (weights stay doubles everywhere).
  void widen_to_double(std::string_view name);
  /// Creates the columns in `table`, in order of first appearance. Where `table` already has a
  /// column of that name with another type, values go to that column as text if it is a string
  /// column, else they are dropped (the readers keep their own columns out of the typer).
  void create_columns(AttributeTable& table);
  /// Stores `value` in row `row` of column `name` (after create_columns).
  void store(StringPool& pool, std::size_t row, std::string_view name, const Json& value) const;

 private:
  struct Column {
    std::string name;
    AttrType type;
    AttributeColumn* column = nullptr;
  };
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
  };
  std::vector<Column> columns_;
  std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>> index_;
};

/// Stores the attributes of each of `rows` in the row of `table` with its index, one type per
/// attribute name across all rows: `for_each(row, visit)` calls `visit(name, value)` for every
/// attribute of a row (it is called twice per row: to type, then to store). Columns named in
/// `doubles` are double when all their values are numbers. O(rows x attributes).
template <class ForEach>
void store_typed_attributes(const std::vector<const Json*>& rows, AttributeTable& table,
                            StringPool& pool, ForEach for_each,
                            std::initializer_list<std::string_view> doubles = {}) {
  JsonAttributeTyper typer;
  for (const Json* row : rows) {
    for_each(*row, [&](std::string_view name, const Json& value) { typer.observe(name, value); });
  }
  for (std::string_view name : doubles) typer.widen_to_double(name);
  typer.create_columns(table);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for_each(*rows[i], [&](std::string_view name, const Json& value) {
      typer.store(pool, i, name, value);
    });
  }
}

/// The text of a scalar or container for messages and text columns: strings as they are, numbers
/// in their shortest form, booleans `true`/`false`, null `null`, containers as compact JSON.
std::string json_text(const Json& value);

/// A short name of a JSON value's kind for messages ("a string", "an object", ...).
std::string_view json_kind(const Json& value);

}  // namespace kgviz
