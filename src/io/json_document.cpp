#include "io/json_document.hpp"

#include <algorithm>
#include <iterator>
#include <limits>
#include <list>
#include <optional>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "io/text.hpp"

namespace kgviz {

namespace {

/// A pointer over the input that publishes how far nlohmann's lexer has read: the SAX events carry
/// no positions, but when `start_object` or `key` arrives the lexer has read exactly up to the end
/// of that token, so the cursor tells where it is.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* at, const char** cursor) : at_(at), cursor_(cursor) {}
  reference operator*() const { return *at_; }
  CountingIterator& operator++() {
    ++at_;
    *cursor_ = at_;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const CountingIterator& other) const { return at_ == other.at_; }
  bool operator!=(const CountingIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  const char** cursor_;
};

/// Storage address of a container: its identity in the finished tree (while the tree grows, a
/// parent may copy its children, so the parse keeps offsets in document order instead).
const void* storage_of(const Json& value) {
  if (value.is_object()) return &value.get_ref<const Json::object_t&>();
  if (value.is_array()) return &value.get_ref<const Json::array_t&>();
  return nullptr;
}

/// Up to this many keys a duplicate is found by scanning the object; above, a hash set keeps the
/// check linear for objects with very many keys.
constexpr std::size_t kLinearKeyCheck = 16;

}  // namespace

/// nlohmann SAX handler that builds the ordered_json tree, enforcing the limits before anything
/// deep or large is built and recording where every container starts.
class JsonDomBuilder {
 public:
  JsonDomBuilder(JsonDocument& document, const char* base, const char* const* cursor)
      : document_(document), base_(base), cursor_(cursor) {}

  bool null() { return put(Json(nullptr)); }
  bool boolean(bool value) { return put(Json(value)); }
  bool number_integer(Json::number_integer_t value) { return put(Json(value)); }
  bool number_unsigned(Json::number_unsigned_t value) { return put(Json(value)); }
  bool number_float(Json::number_float_t value, const std::string& /*text*/) {
    return put(Json(value));
  }
  bool string(std::string& value) {
    if (!check_length(value)) return false;
    return put(Json(std::move(value)));
  }
  bool binary(Json::binary_t& /*value*/) { return false; }  // JSON text has no binary values

  bool start_object(std::size_t /*size*/) { return open(Json::value_t::object); }
  bool end_object() {
    stack_.pop_back();
    return true;
  }
  bool start_array(std::size_t /*size*/) { return open(Json::value_t::array); }
  bool end_array() {
    stack_.pop_back();
    return true;
  }

  bool key(std::string& name) {
    if (!check_length(name)) return false;
    Frame& frame = stack_.back();
    auto& members = frame.container->get_ref<Json::object_t&>();
    frame.discard_slot = is_duplicate(frame, members, name);
    if (frame.discard_slot) {
      document_.report(string_start(), "duplicate key '" + abbreviate(name, 60) +
                                           "' (the keys of a JSON object must be unique)");
      discarded_.emplace_back();
      frame.slot = &discarded_.back();
      return true;
    }
    if (frame.keys) frame.keys->insert(name);
    // Appended directly: ordered_map's own emplace searches every key, which the check above did.
    static_cast<Json::object_t::Container&>(members).emplace_back(std::move(name), Json());
    frame.slot = &members.back().second;
    return true;
  }

  /// `position` counts the bytes the lexer has read, through the one where it noticed the error;
  /// the error is put at the start of the token it was reading when that token was whole (a string
  /// or number in the wrong place, a misspelt literal), else at that byte.
  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& error) {
    // nlohmann's message repeats its own line and column ("parse error at line 1, column 5: ...")
    // and quotes what it read since its last token reset, which can span several tokens; kgviz
    // states the position itself, in bytes.
    std::string message = error.what();
    if (message.rfind("[json.exception.", 0) == 0 && message.find("] ") != std::string::npos) {
      message = message.substr(message.find("] ") + 2);
    }
    if (const std::size_t at = message.find("parse error"); at != std::string::npos) {
      if (const std::size_t colon = message.find(": ", at); colon != std::string::npos) {
        message = message.substr(colon + 2);
      }
    }
    if (const std::size_t read = message.find("; last read: "); read != std::string::npos) {
      const std::size_t expected = message.find("; expected", read);
      message = message.substr(0, read) + (expected != std::string::npos ? message.substr(expected) : "");
    }
    const std::string_view text(base_, static_cast<std::size_t>(*cursor_ - base_));
    std::size_t at = std::min(position > 0 ? position - 1 : 0, text.size());
    const auto back_while = [&](auto inside) {
      while (at > 0 && at <= text.size() && inside(text[at - 1])) --at;
    };
    if (message.find("unexpected string literal") != std::string::npos) {
      at = string_start() - offset(0);
    } else if (message.find("unexpected number literal") != std::string::npos ||
               message.find("number overflow") != std::string::npos) {
      back_while([](char c) { return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'; });
    } else if (message.find("invalid literal") != std::string::npos) {
      back_while([](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
    }
    document_.report(offset(at), "invalid JSON: " + message);
    return false;
  }

  std::unique_ptr<Json> take() { return std::move(root_); }
  /// Bracket offsets of the containers of the tree, in document order (which is the tree's
  /// pre-order: ordered_json keeps the keys in order).
  std::vector<std::size_t> take_offsets() { return std::move(offsets_); }

 private:
  struct Frame {
    Json* container;
    Json* slot = nullptr;       // objects: where the value of the last key goes
    bool discard_slot = false;  // objects: the last key was a duplicate
    bool discarded = false;     // this container is inside a duplicate's value
    std::unique_ptr<std::unordered_set<std::string>> keys;
  };

  /// Byte offset in the input of `consumed` bytes into the parsed text.
  std::size_t offset(std::size_t consumed) const {
    return static_cast<std::size_t>(base_ - document_.input().content.data()) + consumed;
  }
  std::size_t read_so_far() const { return static_cast<std::size_t>(*cursor_ - base_); }

  /// Offset of the opening quote of the string token the lexer has just read.
  std::size_t string_start() const {
    const std::string& text = document_.input().content;
    std::size_t at = offset(read_so_far());
    if (at >= 1) --at;  // the closing quote
    while (at > 0) {
      --at;
      if (text[at] != '"') continue;
      std::size_t backslashes = 0;
      while (at > backslashes && text[at - 1 - backslashes] == '\\') ++backslashes;
      if (backslashes % 2 == 0) break;
    }
    return at;
  }

  bool check_length(const std::string& text) {
    if (text.size() <= document_.limits().max_string_length) return true;
    document_.report(string_start(), "string of " + std::to_string(text.size()) +
                                         " bytes is longer than " +
                                         std::to_string(document_.limits().max_string_length) +
                                         " (raise the limit with --max-string-length)");
    return false;
  }

  static bool is_duplicate(Frame& frame, const Json::object_t& members, const std::string& name) {
    if (!frame.keys && members.size() >= kLinearKeyCheck) {
      frame.keys = std::make_unique<std::unordered_set<std::string>>();
      for (const auto& member : members) frame.keys->insert(member.first);
    }
    if (frame.keys) return frame.keys->count(name) != 0;
    return std::any_of(members.begin(), members.end(),
                       [&](const auto& member) { return member.first == name; });
  }

  /// Where the next value goes: the root, the end of the current array, or the current key's slot.
  Json* target() {
    if (stack_.empty()) {
      root_ = std::make_unique<Json>();
      return root_.get();
    }
    Frame& frame = stack_.back();
    if (frame.container->is_array()) {
      auto& items = frame.container->get_ref<Json::array_t&>();
      items.emplace_back();
      return &items.back();
    }
    return frame.slot;
  }

  bool put(Json value) {
    *target() = std::move(value);
    return true;
  }

  bool open(Json::value_t kind) {
    // The lexer has read the bracket and nothing after it.
    const std::size_t bracket = offset(read_so_far() - 1);
    if (stack_.size() >= document_.limits().max_depth) {
      document_.report(bracket, "JSON nested deeper than " +
                                    std::to_string(document_.limits().max_depth) +
                                    " levels (raise the limit with --max-depth)");
      return false;
    }
    const bool discarded =
        !stack_.empty() && (stack_.back().discarded ||
                            (stack_.back().container->is_object() && stack_.back().discard_slot));
    Json* value = target();
    *value = Json(kind);
    // Addresses are no use yet: a parent that grows may copy its children (ordered_map's keys are
    // const, so its vector copies rather than moves), so offsets are kept in document order.
    if (!discarded) offsets_.push_back(bracket);
    stack_.push_back(Frame{value, nullptr, false, discarded, nullptr});
    return true;
  }

  JsonDocument& document_;
  const char* base_;
  const char* const* cursor_;
  std::unique_ptr<Json> root_;
  std::vector<Frame> stack_;
  std::list<Json> discarded_;  // values of duplicate keys (a list: pointers to them stay valid)
  std::vector<std::size_t> offsets_;
};

JsonDocument::JsonDocument(const InputSource& input, const ReadLimits& limits, DiagnosticSink& sink)
    : input_(input), limits_(limits), sink_(sink), root_(std::make_unique<Json>()) {}

JsonDocument::~JsonDocument() = default;

bool JsonDocument::parse() {
  if (!check_utf8(input_.content, sink_)) return false;
  const std::string& text = input_.content;
  const char* begin = text.data() + bom_length(text);
  const char* end = text.data() + text.size();
  const char* cursor = begin;
  JsonDomBuilder builder(*this, begin, &cursor);
  const bool parsed = Json::sax_parse(CountingIterator(begin, &cursor), CountingIterator(end, &cursor),
                                      &builder, nlohmann::json::input_format_t::json, true, false);
  if (!parsed || !sink_.empty()) return false;
  root_ = builder.take();
  if (root_ == nullptr) return false;
  // The tree no longer changes: key the offsets by container address, in pre-order.
  const std::vector<std::size_t> offsets = builder.take_offsets();
  std::size_t next = 0;
  std::vector<const Json*> pending;
  if (root_->is_structured()) pending.push_back(root_.get());
  offsets_.reserve(offsets.size());
  while (!pending.empty()) {
    const Json* value = pending.back();
    pending.pop_back();
    if (next < offsets.size()) offsets_.emplace(storage_of(*value), offsets[next++]);
    // Children go on the stack last first, so they come off in document order.
    if (value->is_object()) {
      const auto& members = value->get_ref<const Json::object_t&>();
      for (auto it = members.rbegin(); it != members.rend(); ++it) {
        if (it->second.is_structured()) pending.push_back(&it->second);
      }
    } else {
      const auto& items = value->get_ref<const Json::array_t&>();
      for (auto it = items.rbegin(); it != items.rend(); ++it) {
        if (it->is_structured()) pending.push_back(&*it);
      }
    }
  }
  return true;
}

void JsonDocument::report(std::size_t offset, std::string message) {
  if (offset == std::string::npos) {
    sink_.error(std::move(message));
    return;
  }
  const std::string& text = input_.content;
  if (line_starts_.empty()) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') line_starts_.push_back(i + 1);
    }
  }
  offset = std::min(offset, text.size());
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(next - line_starts_.begin());
  std::size_t column = offset - *(next - 1) + 1;
  // An editor does not show the byte order mark as a column.
  if (line == 1) column -= std::min(bom_length(text), column - 1);
  sink_.error(line, column, std::move(message));
}

std::size_t JsonDocument::offset_of(const Json& value) const {
  const void* storage = storage_of(value);
  if (storage == nullptr) return std::string::npos;
  const auto it = offsets_.find(storage);
  return it == offsets_.end() ? std::string::npos : it->second;
}

void JsonDocument::error_at(const Json& value, std::string message) {
  std::size_t offset = offset_of(value);
  // A scalar document has no bracket: report where it starts.
  if (offset == std::string::npos && &value == root_.get()) {
    offset = skip_space(bom_length(input_.content));
  }
  report(offset, std::move(message));
}

void JsonDocument::error_at_member(const Json& object, std::string_view key, std::string message) {
  const std::size_t at = offset_of(object);
  const std::size_t member = at == std::string::npos ? at : member_offset(at, key);
  report(member == std::string::npos ? at : member, std::move(message));
}

void JsonDocument::error_at_element(const Json& array, std::size_t index, std::string message) {
  const std::size_t at = offset_of(array);
  const std::size_t element = at == std::string::npos ? at : element_offset(at, index);
  report(element == std::string::npos ? at : element, std::move(message));
}

// ---- scanning the (already parsed, so well-formed) text for members and elements

std::size_t JsonDocument::skip_space(std::size_t at) const {
  const std::string& text = input_.content;
  while (at < text.size() &&
         (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) {
    ++at;
  }
  return at;
}

std::size_t JsonDocument::skip_string(std::size_t at) const {
  const std::string& text = input_.content;
  for (++at; at < text.size(); ++at) {
    if (text[at] == '\\') {
      ++at;
    } else if (text[at] == '"') {
      return at + 1;
    }
  }
  return text.size();
}

std::size_t JsonDocument::skip_value(std::size_t at) const {
  const std::string& text = input_.content;
  if (at >= text.size()) return at;
  if (text[at] == '"') return skip_string(at);
  if (text[at] == '{' || text[at] == '[') {
    std::size_t depth = 0;
    while (at < text.size()) {
      const char c = text[at];
      if (c == '"') {
        at = skip_string(at);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if ((c == '}' || c == ']') && --depth == 0) return at + 1;
      ++at;
    }
    return at;
  }
  while (at < text.size() && text[at] != ',' && text[at] != '}' && text[at] != ']' &&
         text[at] != ' ' && text[at] != '\t' && text[at] != '\n' && text[at] != '\r') {
    ++at;
  }
  return at;
}

std::size_t JsonDocument::member_offset(std::size_t object_offset, std::string_view key) const {
  const std::string& text = input_.content;
  std::size_t at = object_offset + 1;
  while (true) {
    at = skip_space(at);
    if (at >= text.size() || text[at] != '"') return std::string::npos;
    const std::size_t key_end = skip_string(at);
    const std::string_view raw(text.data() + at + 1, key_end - at - 2);
    bool match = raw == key;
    if (!match && raw.find('\\') != std::string_view::npos) {
      // An escaped key: let nlohmann decode it (the text was valid JSON, so this cannot fail).
      match = Json::parse(text.substr(at, key_end - at), nullptr, false).get<std::string>() == key;
    }
    at = skip_space(skip_space(key_end) + 1);  // past the colon
    if (match) return at;
    at = skip_space(skip_value(at));
    if (at >= text.size() || text[at] != ',') return std::string::npos;
    ++at;
  }
}

std::size_t JsonDocument::element_offset(std::size_t array_offset, std::size_t index) const {
  const std::string& text = input_.content;
  std::size_t at = array_offset + 1;
  for (std::size_t i = 0;; ++i) {
    at = skip_space(at);
    if (at >= text.size() || text[at] == ']') return std::string::npos;
    if (i == index) return at;
    at = skip_space(skip_value(at));
    if (at >= text.size() || text[at] != ',') return std::string::npos;
    ++at;
  }
}

// ---- attribute typing

namespace {

/// The column type a single value asks for; nullopt for no value (null, empty array).
std::optional<AttrType> value_type(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
    case Json::value_t::discarded:
      return std::nullopt;
    case Json::value_t::boolean:
      return AttrType::Boolean;
    case Json::value_t::number_integer:
      return AttrType::Long;
    case Json::value_t::number_unsigned:
      return value.get<std::uint64_t>() <=
                     static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
                 ? AttrType::Long
                 : AttrType::Double;
    case Json::value_t::number_float:
      return AttrType::Double;
    case Json::value_t::string:
      return AttrType::String;
    case Json::value_t::array: {
      if (value.empty()) return std::nullopt;
      const bool strings = std::all_of(value.begin(), value.end(),
                                       [](const Json& item) { return item.is_string(); });
      return strings ? AttrType::StringList : AttrType::String;
    }
    default:
      return AttrType::String;  // objects (and binary, which JSON text has not): their JSON text
  }
}

AttrType join(AttrType a, AttrType b) {
  if (a == b) return a;
  if ((a == AttrType::Long && b == AttrType::Double) || (a == AttrType::Double && b == AttrType::Long)) {
    return AttrType::Double;
  }
  const auto string_and_list = [](AttrType x, AttrType y) {
    return x == AttrType::StringList && y == AttrType::String;
  };
  if (string_and_list(a, b) || string_and_list(b, a)) return AttrType::StringList;
  return AttrType::String;
}

}  // namespace

std::string json_text(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string_view json_kind(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::boolean:
      return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return "a number";
    case Json::value_t::string:
      return "a string";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::object:
      return "an object";
    default:
      return "a value";
  }
}

void JsonAttributeTyper::observe(std::string_view name, const Json& value) {
  const auto type = value_type(value);
  if (!type) return;
  const auto it = index_.find(name);
  if (it == index_.end()) {
    index_.emplace(std::string(name), columns_.size());
    columns_.push_back(Column{std::string(name), *type});
    return;
  }
  Column& column = columns_[it->second];
  column.type = join(column.type, *type);
}

void JsonAttributeTyper::widen_to_double(std::string_view name) {
  const auto it = index_.find(name);
  if (it != index_.end() && columns_[it->second].type == AttrType::Long) {
    columns_[it->second].type = AttrType::Double;
  }
}

void JsonAttributeTyper::create_columns(AttributeTable& table) {
  for (Column& column : columns_) {
    column.column = table.ensure(column.name, column.type);
    if (column.column == nullptr) {
      AttributeColumn* existing = table.find(column.name);
      column.column = existing->type() == AttrType::String ? existing : nullptr;
    }
  }
}

void JsonAttributeTyper::store(StringPool& pool, std::size_t row, std::string_view name,
                               const Json& value) const {
  if (!value_type(value)) return;
  const auto it = index_.find(name);
  if (it == index_.end()) return;
  AttributeColumn* column = columns_[it->second].column;
  if (column == nullptr) return;
  switch (column->type()) {
    case AttrType::Boolean:
      column->set_bool(row, value.get<bool>());
      break;
    case AttrType::Int:
    case AttrType::Long:
      column->set_integer(row, value.get<std::int64_t>());
      break;
    case AttrType::Float:
    case AttrType::Double:
      column->set_real(row, value.get<double>());
      break;
    case AttrType::StringList: {
      std::vector<StringId> items;
      if (value.is_array()) {
        for (const Json& item : value) items.push_back(pool.intern(item.get<std::string>()));
      } else {
        items.push_back(pool.intern(value.get<std::string>()));
      }
      column->set_list(row, std::move(items));
      break;
    }
    case AttrType::String:
      column->set_string(row, pool.intern(json_text(value)));
      break;
  }
}

}  // namespace kgviz
