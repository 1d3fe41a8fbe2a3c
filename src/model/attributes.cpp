#include "model/attributes.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "model/list_text.hpp"
#include "model/number_format.hpp"

namespace kgviz {

namespace {
struct TypeName {
  AttrType type;
  std::string_view name;
};
constexpr std::array<TypeName, 7> kTypeNames{{
    {AttrType::Boolean, "boolean"},
    {AttrType::Int, "int"},
    {AttrType::Long, "long"},
    {AttrType::Float, "float"},
    {AttrType::Double, "double"},
    {AttrType::String, "string"},
    {AttrType::StringList, "liststring"},
}};
}  // namespace

std::string_view attr_type_name(AttrType type) {
  for (const auto& entry : kTypeNames) {
    if (entry.type == type) return entry.name;
  }
  return "string";
}

std::optional<AttrType> parse_attr_type(std::string_view name) {
  for (const auto& entry : kTypeNames) {
    if (entry.name == name) return entry.type;
  }
  return std::nullopt;
}

void AttributeColumn::mark(std::size_t row) {
  grow(present_, row);
  if (present_[row] == 0) {
    present_[row] = 1;
    ++count_;
  }
}

void AttributeColumn::set_integer(std::size_t row, std::int64_t value) {
  grow(integers_, row);
  integers_[row] = value;
  mark(row);
}

void AttributeColumn::set_real(std::size_t row, double value) {
  grow(reals_, row);
  reals_[row] = value;
  mark(row);
}

void AttributeColumn::set_string(std::size_t row, StringId value) {
  grow(strings_, row);
  strings_[row] = value;
  mark(row);
}

void AttributeColumn::set_list(std::size_t row, std::vector<StringId> value) {
  grow(lists_, row);
  lists_[row] = std::move(value);
  mark(row);
}

void AttributeColumn::clear(std::size_t row) {
  if (has(row)) {
    present_[row] = 0;
    --count_;
  }
}

std::optional<double> AttributeColumn::number(std::size_t row) const {
  if (!has(row)) return std::nullopt;
  if (is_integral(type_)) return static_cast<double>(integers_[row]);
  if (is_real(type_)) return reals_[row];
  return std::nullopt;
}

void AttributeColumn::copy_from(const AttributeColumn& other, std::size_t from, std::size_t to,
                                const StringPool& other_pool, StringPool& pool) {
  if (!other.has(from)) return;
  switch (type_) {
    case AttrType::Boolean:
    case AttrType::Int:
    case AttrType::Long:
      set_integer(to, other.integer(from));
      break;
    case AttrType::Float:
    case AttrType::Double:
      set_real(to, other.real(from));
      break;
    case AttrType::String:
      set_string(to, pool.intern(other_pool.view(other.string(from))));
      break;
    case AttrType::StringList: {
      std::vector<StringId> items;
      for (StringId id : other.list(from)) items.push_back(pool.intern(other_pool.view(id)));
      set_list(to, std::move(items));
      break;
    }
  }
}

std::string attribute_text(const AttributeColumn& column, std::size_t row, const StringPool& pool) {
  if (!column.has(row)) return {};
  switch (column.type()) {
    case AttrType::Boolean:
      return column.integer(row) != 0 ? "true" : "false";
    case AttrType::Int:
    case AttrType::Long:
      return std::to_string(column.integer(row));
    case AttrType::Float:
    case AttrType::Double:
      return format_double(column.real(row));
    case AttrType::String:
      return std::string(pool.view(column.string(row)));
    case AttrType::StringList: {
      std::string out;
      bool first = true;
      for (StringId id : column.list(row)) {
        append_list_item(out, pool.view(id), first);
        first = false;
      }
      return out;
    }
  }
  return {};
}

AttributeColumn* AttributeTable::ensure(std::string_view name, AttrType type) {
  if (AttributeColumn* existing = find(name)) {
    return existing->type() == type ? existing : nullptr;
  }
  index_.emplace(std::string(name), columns_.size());
  columns_.emplace_back(std::string(name), type);
  return &columns_.back();
}

AttributeColumn* AttributeTable::find(std::string_view name) {
  auto it = index_.find(std::string(name));
  return it == index_.end() ? nullptr : &columns_[it->second];
}

const AttributeColumn* AttributeTable::find(std::string_view name) const {
  auto it = index_.find(std::string(name));
  return it == index_.end() ? nullptr : &columns_[it->second];
}

bool AttributeTable::rename(std::string_view from, std::string_view to) {
  auto it = index_.find(std::string(from));
  if (it == index_.end() || index_.count(std::string(to)) != 0) return false;
  const std::size_t position = it->second;
  index_.erase(it);
  columns_[position].name_ = std::string(to);
  index_.emplace(std::string(to), position);
  return true;
}

void AttributeTable::remove(std::string_view name) {
  auto it = index_.find(std::string(name));
  if (it == index_.end()) return;
  columns_.erase(columns_.begin() + static_cast<std::ptrdiff_t>(it->second));
  reindex();
}

void AttributeTable::remove_empty() {
  const auto kept = std::remove_if(columns_.begin(), columns_.end(),
                                   [](const AttributeColumn& c) { return c.count() == 0; });
  if (kept == columns_.end()) return;
  columns_.erase(kept, columns_.end());
  reindex();
}

void AttributeTable::reindex() {
  index_.clear();
  for (std::size_t i = 0; i < columns_.size(); ++i) index_.emplace(columns_[i].name(), i);
}

}  // namespace kgviz
