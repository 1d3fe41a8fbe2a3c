// A parsed JSON input that knows where each of its values was: the shared parse step of the JSON
// readers (STIX bundles, Cytoscape.js elements, node-link data). Internal to io/.
//
// nlohmann's SAX parser (iterative: no recursion at any depth) reads the text; the values go into a
// flat tree of 24-byte nodes in document order, each with its byte offset, so an error can point at
// any value. Strings without escapes are views into the input text (no copy); the others are
// decoded once into an arena, shorter than their escaped text. Memory is therefore at most 24 bytes
// per value, about 12 times the input size for the densest text (`[0,0,0,…]`), with no per-value
// heap allocation and nothing recursive in building, walking or freeing the tree. Key order is the
// document's, so attribute columns come out in the order they first appear.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "io/tree_storage.hpp"
#include "model/attributes.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

enum class JsonKind : std::uint8_t {
  Null,
  Boolean,
  Integer,
  Unsigned,
  Float,
  String,
  Array,
  Object
};

/// One value of the flat tree. The first child of a container is the next node; children link
/// through `next`; an object's children are its keys, each followed by its value's subtree.
struct JsonNode {
  std::uint64_t payload = 0;  ///< boolean, number bits, or the address of a string's bytes
  std::uint64_t packed = 0;   ///< byte offset of the value (low 48 bits) and kind
  std::uint32_t size = 0;     ///< string length, number of items or members
  std::uint32_t next = 0;     ///< next child of the same container (0 = last)
};

class JsonTree;

/// A value of a parsed document: a small handle, valid while its JsonDocument lives. A
/// default-constructed handle is "no value" (what `find` returns for an absent key).
class JsonValue {
 public:
  JsonValue() = default;
  JsonValue(const JsonTree* tree, std::uint32_t index) : tree_(tree), index_(index) {}

  explicit operator bool() const { return tree_ != nullptr; }

  /// The kind of a value (Null for "no value", for which every is_ test is false).
  [[nodiscard]] JsonKind kind() const;
  [[nodiscard]] bool is_null() const { return is(JsonKind::Null); }
  [[nodiscard]] bool is_boolean() const { return is(JsonKind::Boolean); }
  [[nodiscard]] bool is_number_integer() const {
    return is(JsonKind::Integer) || is(JsonKind::Unsigned);
  }
  [[nodiscard]] bool is_number() const { return is_number_integer() || is(JsonKind::Float); }
  [[nodiscard]] bool is_string() const { return is(JsonKind::String); }
  [[nodiscard]] bool is_array() const { return is(JsonKind::Array); }
  [[nodiscard]] bool is_object() const { return is(JsonKind::Object); }
  [[nodiscard]] bool is_structured() const { return is_array() || is_object(); }

  [[nodiscard]] bool boolean() const;
  [[nodiscard]] std::int64_t integer() const;  ///< Integer values (Unsigned ones are > INT64_MAX)
  [[nodiscard]] std::uint64_t unsigned_integer() const;
  [[nodiscard]] double number() const;  ///< any number, as a double
  [[nodiscard]] std::string_view string() const;
  /// Whether this is the string `text`.
  [[nodiscard]] bool equals(std::string_view text) const { return is_string() && string() == text; }

  /// Items of an array, members of an object, 0 for scalars.
  [[nodiscard]] std::size_t size() const;
  [[nodiscard]] bool empty() const { return size() == 0; }
  /// The value of `key` in an object (the first, keys being unique), or no value. O(members).
  [[nodiscard]] JsonValue find(std::string_view key) const;
  [[nodiscard]] bool contains(std::string_view key) const { return static_cast<bool>(find(key)); }

  /// Byte offset in the input where the value starts (its bracket, quote or first character).
  [[nodiscard]] std::size_t offset() const;
  /// The same value of the same document.
  [[nodiscard]] bool same(const JsonValue& other) const {
    return tree_ == other.tree_ && index_ == other.index_;
  }

  /// Iterates the children of a container: items of an array (`value()`), members of an object
  /// (`key()` and `value()`).
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Iterator;
    using difference_type = std::ptrdiff_t;
    using pointer = const Iterator*;
    using reference = const Iterator&;

    Iterator(const JsonTree* tree, std::uint32_t index, bool members)
        : tree_(tree), index_(index), members_(members) {}
    const Iterator& operator*() const { return *this; }
    Iterator& operator++();
    bool operator==(const Iterator& other) const { return index_ == other.index_; }
    bool operator!=(const Iterator& other) const { return index_ != other.index_; }
    [[nodiscard]] std::string_view key() const;  ///< members only
    [[nodiscard]] JsonValue value() const { return {tree_, members_ ? index_ + 1 : index_}; }

   private:
    const JsonTree* tree_;
    std::uint32_t index_;  // the item, or the member's key; 0 = end
    bool members_;
  };
  [[nodiscard]] Iterator begin() const;
  [[nodiscard]] Iterator end() const { return {tree_, 0, false}; }

 private:
  [[nodiscard]] const JsonNode& node() const;
  [[nodiscard]] bool is(JsonKind kind) const { return tree_ != nullptr && this->kind() == kind; }

  const JsonTree* tree_ = nullptr;
  std::uint32_t index_ = 0;
};

/// Storage of a parsed document's values (built by JsonDocument::parse).
class JsonTree {
 public:
  [[nodiscard]] const JsonNode& node(std::uint32_t index) const { return nodes_[index]; }
  [[nodiscard]] std::string_view bytes(const JsonNode& node) const;
  [[nodiscard]] bool empty() const { return nodes_.empty(); }

 private:
  friend class JsonTreeBuilder;
  ChunkedVector<JsonNode> nodes_;
  Arena<char> strings_;  // strings with escapes, decoded; the others are views into the input
};

class JsonDocument {
 public:
  JsonDocument(const InputSource& input, const ReadLimits& limits, DiagnosticSink& sink);
  ~JsonDocument();
  JsonDocument(const JsonDocument&) = delete;
  JsonDocument& operator=(const JsonDocument&) = delete;

  /// Parses the input: UTF-8 checked first (a byte order mark is skipped), nesting deeper than
  /// `limits.max_depth` (at most kMaxNestingDepth) and strings longer than
  /// `limits.max_string_length` refused before they are built, duplicate keys and NUL characters
  /// (`\u0000`) reported. Reports every problem to the sink with its line and column and returns
  /// false when the document is unusable. O(input size) time, at most 24 bytes per value.
  bool parse();

  [[nodiscard]] JsonValue root() const { return {&tree_, 0}; }
  [[nodiscard]] const InputSource& input() const { return input_; }
  [[nodiscard]] const ReadLimits& limits() const { return limits_; }
  [[nodiscard]] DiagnosticSink& sink() { return sink_; }

  /// Reports an error (or a warning) where `value` starts.
  void error_at(const JsonValue& value, std::string message);
  void warning_at(const JsonValue& value, std::string message);
  /// Reports an error at the value of `key` in `object` (at the object when it has no such member).
  void error_at_member(const JsonValue& object, std::string_view key, std::string message);
  /// Line of `value`, for messages that refer to another place ("first at line 3").
  [[nodiscard]] std::size_t line_of(const JsonValue& value);

 private:
  friend class JsonTreeBuilder;

  void report(std::size_t offset, std::string message, Severity severity = Severity::Error);
  [[nodiscard]] std::pair<std::size_t, std::size_t> position(std::size_t offset);

  const InputSource& input_;
  const ReadLimits& limits_;
  DiagnosticSink& sink_;
  JsonTree tree_;
  std::vector<std::size_t> line_starts_;  // built on the first message
};

/// Whether two values are equal as JSON data: same kind (numbers by value), same strings, arrays
/// item by item, objects with the same keys (in any order) and equal values. Iterative.
bool json_equal(const JsonValue& a, const JsonValue& b);

/// Turns JSON values into typed attribute columns: one type per attribute name across all rows,
/// found in a first pass (`observe` every value) and applied in a second (`store` every value).
///
/// Types: booleans -> boolean, integers -> long, other numbers -> double, strings -> string, arrays
/// of strings (and lists a reader derives) -> string list; null and empty arrays are no value;
/// objects and other arrays are kept as their compact JSON text. Mixed columns widen: long + double
/// -> double, string + string list -> string list, anything else mixed -> string (the value's text:
/// `true`, `12`, compact JSON).
class JsonAttributeTyper {
 public:
  /// A value of another format typed by the same rule (GML's integers, reals, strings; its records
  /// as compact JSON text of type String).
  struct Scalar {
    AttrType type = AttrType::String;  ///< Long, Double or String
    std::int64_t integer = 0;          ///< when Long
    double real = 0;                   ///< when Double
    std::string text;                  ///< the value as text: what a String column stores
  };

  void observe(std::string_view name, const JsonValue& value);
  void observe(std::string_view name, const Scalar& value) { observe_type(name, value.type); }
  void observe(std::string_view name, const std::vector<std::string>& list);
  /// Makes column `name` double if its values are all numbers (weights stay doubles everywhere).
  void widen_to_double(std::string_view name);
  /// Creates the columns in `table`, in order of first appearance. Where `table` already has a
  /// column of that name with another type, values go to that column as text if it is a string
  /// column, else they are dropped (the readers keep their own columns out of the typer).
  void create_columns(AttributeTable& table);
  /// Stores `value` in row `row` of column `name` (after create_columns).
  void store(StringPool& pool, std::size_t row, std::string_view name,
             const JsonValue& value) const;
  void store(StringPool& pool, std::size_t row, std::string_view name,
             const std::vector<std::string>& list) const;
  void store(StringPool& pool, std::size_t row, std::string_view name, const Scalar& value) const;

 private:
  struct Column {
    std::string name;
    AttrType type;
    AttributeColumn* column = nullptr;
  };
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const {
      return std::hash<std::string_view>{}(name);
    }
  };
  void observe_type(std::string_view name, AttrType type);
  [[nodiscard]] AttributeColumn* column_of(std::string_view name) const;

  std::vector<Column> columns_;
  std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>> index_;
};

/// Stores the attributes of each of `rows` in the row of `table` with its index, one type per
/// attribute name across all rows: `for_each(row, visit)` calls `visit(name, value)` for every
/// attribute of a row, `value` a JsonValue or a std::vector<std::string> (it is called twice per
/// row: to type, then to store). Columns named in `doubles` are double when all their values are
/// numbers. O(rows x attributes).
template <class ForEach>
void store_typed_attributes(const std::vector<JsonValue>& rows, AttributeTable& table,
                            StringPool& pool, ForEach for_each,
                            std::initializer_list<std::string_view> doubles = {}) {
  JsonAttributeTyper typer;
  for (const JsonValue& row : rows) {
    for_each(row, [&](std::string_view name, const auto& value) { typer.observe(name, value); });
  }
  for (std::string_view name : doubles) typer.widen_to_double(name);
  typer.create_columns(table);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for_each(rows[i],
             [&](std::string_view name, const auto& value) { typer.store(pool, i, name, value); });
  }
}

/// The text of a scalar or container for messages and text columns: strings as they are, numbers
/// in their shortest form, booleans `true`/`false`, null `null`, containers as compact JSON.
std::string json_text(const JsonValue& value);

/// A short name of a JSON value's kind for messages ("a string", "an object", ...).
std::string_view json_kind(const JsonValue& value);

}  // namespace kgviz
