// Typed attribute columns for nodes, edges and the graph itself.
//
// A column holds one value per row (vertex or edge index) or nothing; its type follows GraphML's
// `attr.type` (boolean, int, long, float, double, string) plus string lists (aliases). Strings are
// handles into the graph's StringPool, so a column of a million relation types costs 4 bytes a row.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/string_pool.hpp"

namespace kgviz {

enum class AttrType : std::uint8_t { Boolean, Int, Long, Float, Double, String, StringList };

/// The GraphML/GEXF name of a type ("boolean", "int", "long", "float", "double", "string",
/// "liststring").
std::string_view attr_type_name(AttrType type);
/// Parses a GraphML `attr.type`; returns nullopt for unknown names.
std::optional<AttrType> parse_attr_type(std::string_view name);
[[nodiscard]] inline bool is_integral(AttrType t) {
  return t == AttrType::Boolean || t == AttrType::Int || t == AttrType::Long;
}
[[nodiscard]] inline bool is_real(AttrType t) {
  return t == AttrType::Float || t == AttrType::Double;
}
[[nodiscard]] inline bool is_numeric(AttrType t) { return is_integral(t) || is_real(t); }

class AttributeColumn {
 public:
  AttributeColumn(std::string name, AttrType type) : name_(std::move(name)), type_(type) {}

  [[nodiscard]] const std::string& name() const { return name_; }
  [[nodiscard]] AttrType type() const { return type_; }
  [[nodiscard]] bool has(std::size_t row) const {
    return row < present_.size() && present_[row] != 0;
  }
  /// Number of rows with a value.
  [[nodiscard]] std::size_t count() const { return count_; }

  // Setters take the value in the column's storage class; a mismatching setter is a logic error.
  void set_bool(std::size_t row, bool value) { set_integer(row, value ? 1 : 0); }
  void set_integer(std::size_t row, std::int64_t value);
  void set_real(std::size_t row, double value);
  void set_string(std::size_t row, StringId value);
  void set_list(std::size_t row, std::vector<StringId> value);
  void clear(std::size_t row);

  [[nodiscard]] std::int64_t integer(std::size_t row) const { return integers_[row]; }
  [[nodiscard]] double real(std::size_t row) const { return reals_[row]; }
  [[nodiscard]] StringId string(std::size_t row) const { return strings_[row]; }
  [[nodiscard]] const std::vector<StringId>& list(std::size_t row) const { return lists_[row]; }
  /// A numeric value (booleans and integers converted), or nullopt when absent or not numeric.
  [[nodiscard]] std::optional<double> number(std::size_t row) const;

  /// Copies row `from` of `other` (same type) into row `to` of this column, re-interning strings.
  void copy_from(const AttributeColumn& other, std::size_t from, std::size_t to,
                 const StringPool& other_pool, StringPool& pool);

 private:
  friend class AttributeTable;  // renames columns, keeping its index in step
  void mark(std::size_t row);
  template <class T>
  static void grow(std::vector<T>& v, std::size_t row) {
    if (v.size() <= row) v.resize(row + 1);
  }

  std::string name_;
  AttrType type_;
  std::size_t count_ = 0;
  std::vector<std::uint8_t> present_;
  std::vector<std::int64_t> integers_;
  std::vector<double> reals_;
  std::vector<StringId> strings_;
  std::vector<std::vector<StringId>> lists_;
};

/// The value of `row` as text: booleans `true`/`false`, integers, shortest round-trip reals,
/// strings as they are, lists joined with "; ". Empty when absent.
std::string attribute_text(const AttributeColumn& column, std::size_t row, const StringPool& pool);

/// The attribute columns of one element kind, in declaration order.
class AttributeTable {
 public:
  /// The column named `name`, created with `type` if absent. Returns nullptr when a column of that
  /// name exists with another type.
  AttributeColumn* ensure(std::string_view name, AttrType type);
  [[nodiscard]] AttributeColumn* find(std::string_view name);
  [[nodiscard]] const AttributeColumn* find(std::string_view name) const;
  [[nodiscard]] const std::deque<AttributeColumn>& columns() const { return columns_; }
  [[nodiscard]] std::deque<AttributeColumn>& columns() { return columns_; }
  /// Removes a column; pointers to other columns stay valid only if it was the last one.
  void remove(std::string_view name);
  /// Removes every column without a value, in one pass (O(columns), however many go).
  void remove_empty();
  /// Gives column `from` the name `to`, in place (same position, values and type). Returns false,
  /// changing nothing, when there is no column `from` or a column `to` exists already.
  bool rename(std::string_view from, std::string_view to);

 private:
  void reindex();

  // A deque: pointers returned by ensure() stay valid while further columns are added.
  std::deque<AttributeColumn> columns_;
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace kgviz
