#include "io/json_document.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_set>

#include "io/text.hpp"
#include "model/value_typing.hpp"

namespace kgviz {

namespace {

/// A pointer over the input that publishes how far nlohmann's lexer has read: the SAX events carry
/// no positions, but when an event arrives the lexer has read exactly up to the end of its token
/// (a number: one byte further), so the cursor tells where it is.
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

constexpr std::uint64_t kOffsetMask = (std::uint64_t{1} << 48) - 1;
constexpr int kKindShift = 48;

JsonKind kind_of(const JsonNode& node) {
  return static_cast<JsonKind>((node.packed >> kKindShift) & 0xFF);
}

/// Up to this many keys a duplicate is found by walking the object's keys; above, a hash set keeps
/// the check linear for objects with very many keys.
constexpr std::size_t kLinearKeyCheck = 16;

bool is_number_char(char c) {
  return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

// ---- values

const JsonNode& JsonValue::node() const { return tree_->node(index_); }

JsonKind JsonValue::kind() const { return tree_ == nullptr ? JsonKind::Null : kind_of(node()); }

bool JsonValue::boolean() const { return node().payload != 0; }

std::int64_t JsonValue::integer() const {
  std::int64_t value = 0;
  std::memcpy(&value, &node().payload, sizeof value);
  return value;
}

std::uint64_t JsonValue::unsigned_integer() const { return node().payload; }

double JsonValue::number() const {
  switch (kind()) {
    case JsonKind::Integer:
      return static_cast<double>(integer());
    case JsonKind::Unsigned:
      return static_cast<double>(unsigned_integer());
    default: {
      double value = 0;
      std::memcpy(&value, &node().payload, sizeof value);
      return value;
    }
  }
}

std::string_view JsonValue::string() const { return tree_->bytes(node()); }

std::size_t JsonValue::size() const { return is_structured() ? node().size : 0; }

std::size_t JsonValue::offset() const {
  return tree_ == nullptr ? 0 : static_cast<std::size_t>(node().packed & kOffsetMask);
}

JsonValue JsonValue::find(std::string_view key) const {
  if (!is_object()) return {};
  for (const auto& member : *this) {
    if (member.key() == key) return member.value();
  }
  return {};
}

JsonValue::Iterator JsonValue::begin() const {
  if (size() == 0) return end();
  return {tree_, index_ + 1, is_object()};
}

JsonValue::Iterator& JsonValue::Iterator::operator++() {
  index_ = tree_->node(index_).next;
  return *this;
}

std::string_view JsonValue::Iterator::key() const { return tree_->bytes(tree_->node(index_)); }

std::string_view JsonTree::bytes(const JsonNode& node) const {
  return {reinterpret_cast<const char*>(static_cast<std::uintptr_t>(node.payload)), node.size};
}

// ---- building

/// nlohmann SAX handler that builds the flat tree, enforcing the limits before anything deep or
/// large is built and recording where every value starts.
class JsonTreeBuilder {
 public:
  JsonTreeBuilder(JsonDocument& document, const char* base, const char* const* cursor)
      : document_(document),
        tree_(document.tree_),
        text_(document.input().content),
        base_(static_cast<std::size_t>(base - text_.data())),
        cursor_(cursor),
        max_depth_(std::min(document.limits().max_depth, kMaxNestingDepth)) {}

  bool null() { return add(JsonKind::Null, 0, 0, literal_start()); }
  bool boolean(bool value) { return add(JsonKind::Boolean, value ? 1 : 0, 0, literal_start()); }
  bool number_integer(nlohmann::json::number_integer_t value) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return add(JsonKind::Integer, bits, 0, number_start());
  }
  bool number_unsigned(nlohmann::json::number_unsigned_t value) {
    const bool fits = value <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    return add(fits ? JsonKind::Integer : JsonKind::Unsigned, value, 0, number_start());
  }
  bool number_float(nlohmann::json::number_float_t value, const std::string& /*text*/) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return add(JsonKind::Float, bits, 0, number_start());
  }
  bool string(std::string& value) { return add_string(value, false); }
  bool binary(nlohmann::json::binary_t& /*value*/) { return false; }  // JSON text has no binary

  bool start_object(std::size_t /*size*/) { return open(JsonKind::Object); }
  bool end_object() { return close(); }
  bool start_array(std::size_t /*size*/) { return open(JsonKind::Array); }
  bool end_array() { return close(); }

  bool key(std::string& name) {
    Frame& frame = stack_.back();
    if (is_duplicate(frame, name)) {
      document_.report(string_start(), "duplicate key '" + abbreviate(name, 60) +
                                           "' (the keys of a JSON object must be unique)");
    }
    if (!add_string(name, true)) return false;
    if (frame.keys) frame.keys->insert(tree_.bytes(tree_.nodes_[frame.last]));
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
      message =
          message.substr(0, read) + (expected != std::string::npos ? message.substr(expected) : "");
    }
    std::size_t at = base_ + std::min(position > 0 ? position - 1 : 0, read_so_far());
    const auto back_while = [&](auto inside) {
      while (at > base_ && at <= text_.size() && inside(text_[at - 1])) --at;
    };
    if (message.find("unexpected string literal") != std::string::npos) {
      at = string_start();
    } else if (message.find("unexpected number literal") != std::string::npos ||
               message.find("number overflow") != std::string::npos) {
      back_while(is_number_char);
    } else if (message.find("invalid literal") != std::string::npos) {
      back_while(is_letter);
    }
    document_.report(at, "invalid JSON: " + message);
    return false;
  }

 private:
  struct Frame {
    std::uint32_t container;
    bool object;
    std::uint32_t last = 0;   // last child linked (an item, or a member's key); 0 = none yet
    std::uint32_t count = 0;  // items or members
    std::unique_ptr<std::unordered_set<std::string_view>> keys;
  };

  /// Offset in the input of what the lexer has read so far.
  std::size_t read_so_far() const {
    return static_cast<std::size_t>(*cursor_ - text_.data()) - base_;
  }
  std::size_t cursor() const { return base_ + read_so_far(); }

  /// Offset of the opening quote of the string token the lexer has just read: the first quote
  /// before the closing one that is not escaped (preceded by an even run of backslashes).
  std::size_t string_start() const {
    std::size_t at = cursor();
    if (at > base_) --at;  // the closing quote
    while (at > base_) {
      --at;
      if (text_[at] != '"') continue;
      std::size_t backslashes = 0;
      while (at > backslashes && text_[at - 1 - backslashes] == '\\') ++backslashes;
      if (backslashes % 2 == 0) break;
    }
    return at;
  }
  /// Start of the number just read (the lexer has read one byte past it, unless at the end).
  std::size_t number_start() const {
    std::size_t at = cursor();
    if (at > base_ && !is_number_char(text_[at - 1])) --at;
    while (at > base_ && is_number_char(text_[at - 1])) --at;
    return at;
  }
  std::size_t literal_start() const {
    std::size_t at = cursor();
    while (at > base_ && is_letter(text_[at - 1])) --at;
    return at;
  }

  /// Appends a node at `offset`, linked into the open container: array items and object keys are
  /// children, a member's value just follows its key.
  bool add(JsonKind kind, std::uint64_t payload, std::uint32_t size, std::size_t offset,
           bool is_key = false) {
    if (tree_.nodes_.size() >= std::numeric_limits<std::uint32_t>::max()) {
      document_.report(offset, "more than " +
                                   std::to_string(std::numeric_limits<std::uint32_t>::max()) +
                                   " JSON values in one document");
      return false;
    }
    const auto index = static_cast<std::uint32_t>(tree_.nodes_.size());
    JsonNode node;
    node.payload = payload;
    node.size = size;
    node.packed = (static_cast<std::uint64_t>(offset) & kOffsetMask) |
                  (static_cast<std::uint64_t>(kind) << kKindShift);
    tree_.nodes_.push_back(node);
    if (!stack_.empty()) {
      Frame& frame = stack_.back();
      if (!frame.object || is_key) {
        if (frame.last != 0) tree_.nodes_[frame.last].next = index;
        frame.last = index;
        ++frame.count;
      }
    }
    return true;
  }

  bool add_string(const std::string& value, bool is_key) {
    const std::size_t start = string_start();
    const std::size_t limit = std::min<std::size_t>(document_.limits().max_string_length,
                                                    std::numeric_limits<std::uint32_t>::max());
    if (value.size() > limit) {
      document_.report(start, "string of " + std::to_string(value.size()) +
                                  " bytes is longer than " + std::to_string(limit) +
                                  " (raise the limit with --max-string-length)");
      return false;
    }
    if (value.find('\0') != std::string::npos) {
      document_.report(start, std::string(is_key ? "key" : "string") +
                                  " holds a NUL character (\\u0000), which kgviz does not accept "
                                  "in any value");
    }
    // Escapes always take more bytes than what they stand for: equal lengths = the raw text.
    const std::size_t raw_length = cursor() - 1 - (start + 1);
    const char* bytes = value.size() == raw_length
                            ? text_.data() + start + 1
                            : tree_.strings_.store(value.data(), value.size());
    return add(JsonKind::String,
               static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(bytes)),
               static_cast<std::uint32_t>(value.size()), start, is_key);
  }

  bool open(JsonKind kind) {
    // The lexer has read the bracket and nothing after it.
    const std::size_t bracket = cursor() - 1;
    if (stack_.size() >= max_depth_) {
      document_.report(bracket, "JSON nested deeper than " + std::to_string(max_depth_) +
                                    " levels" + depth_advice());
      return false;
    }
    if (!add(kind, 0, 0, bracket)) return false;
    stack_.push_back(Frame{static_cast<std::uint32_t>(tree_.nodes_.size() - 1),
                           kind == JsonKind::Object, 0, 0, nullptr});
    return true;
  }

  std::string depth_advice() const {
    if (max_depth_ >= kMaxNestingDepth) {
      return " (kgviz reads at most " + std::to_string(kMaxNestingDepth) + " levels)";
    }
    return " (raise the limit with --max-depth, up to " + std::to_string(kMaxNestingDepth) + ")";
  }

  bool close() {
    tree_.nodes_[stack_.back().container].size = stack_.back().count;
    stack_.pop_back();
    return true;
  }

  bool is_duplicate(Frame& frame, std::string_view name) {
    if (!frame.keys && frame.count >= kLinearKeyCheck) {
      frame.keys = std::make_unique<std::unordered_set<std::string_view>>();
      for (std::uint32_t k = frame.container + 1; k != 0; k = tree_.nodes_[k].next) {
        frame.keys->insert(tree_.bytes(tree_.nodes_[k]));
      }
    }
    if (frame.keys) return frame.keys->count(name) != 0;
    if (frame.count == 0) return false;
    for (std::uint32_t k = frame.container + 1; k != 0; k = tree_.nodes_[k].next) {
      if (tree_.bytes(tree_.nodes_[k]) == name) return true;
    }
    return false;
  }

  JsonDocument& document_;
  JsonTree& tree_;
  const std::string& text_;
  std::size_t base_;  // offset of the first byte parsed (after a byte order mark)
  const char* const* cursor_;
  std::size_t max_depth_;
  std::vector<Frame> stack_;
};

JsonDocument::JsonDocument(const InputSource& input, const ReadLimits& limits, DiagnosticSink& sink)
    : input_(input), limits_(limits), sink_(sink) {}

JsonDocument::~JsonDocument() = default;

bool JsonDocument::parse() {
  if (!check_utf8(input_.content, sink_)) return false;
  const std::string& text = input_.content;
  const char* begin = text.data() + bom_length(text);
  const char* end = text.data() + text.size();
  const char* cursor = begin;
  JsonTreeBuilder builder(*this, begin, &cursor);
  const bool parsed =
      nlohmann::json::sax_parse(CountingIterator(begin, &cursor), CountingIterator(end, &cursor),
                                &builder, nlohmann::json::input_format_t::json, true, false);
  return parsed && sink_.empty() && !tree_.empty();
}

std::pair<std::size_t, std::size_t> JsonDocument::position(std::size_t offset) {
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
  return {line, column};
}

void JsonDocument::report(std::size_t offset, std::string message, Severity severity) {
  const auto [line, column] = position(offset);
  if (severity == Severity::Warning) {
    sink_.warning(line, column, std::move(message));
  } else {
    sink_.error(line, column, std::move(message));
  }
}

void JsonDocument::error_at(const JsonValue& value, std::string message) {
  report(value.offset(), std::move(message));
}

void JsonDocument::warning_at(const JsonValue& value, std::string message) {
  report(value.offset(), std::move(message), Severity::Warning);
}

void JsonDocument::error_at_member(const JsonValue& object, std::string_view key,
                                   std::string message) {
  const JsonValue member = object.find(key);
  report(member ? member.offset() : object.offset(), std::move(message));
}

std::size_t JsonDocument::line_of(const JsonValue& value) { return position(value.offset()).first; }

// ---- comparing and printing

namespace {

bool numbers_equal(const JsonValue& a, const JsonValue& b) {
  if (a.kind() == JsonKind::Float || b.kind() == JsonKind::Float) return a.number() == b.number();
  if (a.kind() != b.kind()) return false;  // Unsigned values are above every Integer one
  return a.kind() == JsonKind::Integer ? a.integer() == b.integer()
                                       : a.unsigned_integer() == b.unsigned_integer();
}

/// The members of an object by key, for comparing objects with many keys in linear time.
class MemberIndex {
 public:
  explicit MemberIndex(const JsonValue& object) : object_(object) {
    if (object.size() > kLinearKeyCheck) {
      for (const auto& member : object) by_key_.emplace(member.key(), member.value());
    }
  }
  JsonValue find(std::string_view key) const {
    if (by_key_.empty()) return object_.find(key);
    const auto it = by_key_.find(key);
    return it == by_key_.end() ? JsonValue() : it->second;
  }

 private:
  JsonValue object_;
  std::unordered_map<std::string_view, JsonValue> by_key_;
};

void append_scalar(std::string& out, const JsonValue& value) {
  switch (value.kind()) {
    case JsonKind::Null:
      out += "null";
      break;
    case JsonKind::Boolean:
      out += value.boolean() ? "true" : "false";
      break;
    case JsonKind::Integer:
      out += std::to_string(value.integer());
      break;
    case JsonKind::Unsigned:
      out += std::to_string(value.unsigned_integer());
      break;
    case JsonKind::Float:
      out += nlohmann::json(value.number()).dump();  // shortest round-trip form, as JSON writes it
      break;
    default:
      out += nlohmann::json(std::string(value.string()))
                 .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      break;
  }
}

}  // namespace

bool json_equal(const JsonValue& a, const JsonValue& b) {
  std::vector<std::pair<JsonValue, JsonValue>> pending{{a, b}};
  while (!pending.empty()) {
    const auto [x, y] = pending.back();
    pending.pop_back();
    if (x.is_number() && y.is_number()) {
      if (!numbers_equal(x, y)) return false;
      continue;
    }
    if (x.kind() != y.kind()) return false;
    switch (x.kind()) {
      case JsonKind::Boolean:
        if (x.boolean() != y.boolean()) return false;
        break;
      case JsonKind::String:
        if (x.string() != y.string()) return false;
        break;
      case JsonKind::Array: {
        if (x.size() != y.size()) return false;
        auto other = y.begin();
        for (const auto& item : x) {
          pending.emplace_back(item.value(), (*other).value());
          ++other;
        }
        break;
      }
      case JsonKind::Object: {
        if (x.size() != y.size()) return false;
        const MemberIndex members(y);
        for (const auto& member : x) {
          const JsonValue other = members.find(member.key());
          if (!other) return false;
          pending.emplace_back(member.value(), other);
        }
        break;
      }
      default:
        break;
    }
  }
  return true;
}

std::string json_text(const JsonValue& value) {
  if (value.is_string()) return std::string(value.string());
  std::string out;
  struct Frame {
    JsonValue::Iterator next;
    JsonValue::Iterator end;
    bool object;
    bool first;
  };
  std::vector<Frame> stack;
  const auto emit = [&](const JsonValue& item) {
    if (!item.is_structured()) {
      append_scalar(out, item);
      return;
    }
    out += item.is_object() ? '{' : '[';
    stack.push_back(Frame{item.begin(), item.end(), item.is_object(), true});
  };
  emit(value);
  while (!stack.empty()) {
    Frame& frame = stack.back();
    if (frame.next == frame.end) {
      out += frame.object ? '}' : ']';
      stack.pop_back();
      continue;
    }
    if (!frame.first) out += ',';
    frame.first = false;
    const JsonValue::Iterator current = frame.next;
    ++frame.next;
    if (frame.object) {
      out += nlohmann::json(std::string(current.key())).dump();
      out += ':';
    }
    emit(current.value());  // may grow the stack: `frame` is not used after this
  }
  return out;
}

std::string_view json_kind(const JsonValue& value) {
  switch (value.kind()) {
    case JsonKind::Null:
      return "null";
    case JsonKind::Boolean:
      return "a boolean";
    case JsonKind::Integer:
    case JsonKind::Unsigned:
    case JsonKind::Float:
      return "a number";
    case JsonKind::String:
      return "a string";
    case JsonKind::Array:
      return "an array";
    default:
      return "an object";
  }
}

// ---- attribute typing

namespace {

/// The column type a single value asks for; nullopt for no value (null, empty array).
std::optional<AttrType> value_type(const JsonValue& value) {
  switch (value.kind()) {
    case JsonKind::Null:
      return std::nullopt;
    case JsonKind::Boolean:
      return AttrType::Boolean;
    case JsonKind::Integer:
      return AttrType::Long;
    case JsonKind::Unsigned:
    case JsonKind::Float:
      return AttrType::Double;
    case JsonKind::String:
      return AttrType::String;
    case JsonKind::Array: {
      if (value.empty()) return std::nullopt;
      const bool strings = std::all_of(value.begin(), value.end(),
                                       [](const auto& item) { return item.value().is_string(); });
      return strings ? AttrType::StringList : AttrType::String;
    }
    default:
      return AttrType::String;  // objects: their JSON text
  }
}

/// The widening rule of every reader (model/value_typing.hpp), plus JSON's lists: a text beside
/// lists of texts is a one-item list.
AttrType join(AttrType a, AttrType b) {
  const auto string_and_list = [](AttrType x, AttrType y) {
    return x == AttrType::StringList && y == AttrType::String;
  };
  if (string_and_list(a, b) || string_and_list(b, a)) return AttrType::StringList;
  return widen_types(a, b);
}

std::vector<StringId> interned(StringPool& pool, const std::vector<std::string>& items) {
  std::vector<StringId> ids;
  ids.reserve(items.size());
  for (const auto& item : items) ids.push_back(pool.intern(item));
  return ids;
}

}  // namespace

void JsonAttributeTyper::observe_type(std::string_view name, AttrType type) {
  const auto it = index_.find(name);
  if (it == index_.end()) {
    index_.emplace(std::string(name), columns_.size());
    columns_.push_back(Column{std::string(name), type});
    return;
  }
  Column& column = columns_[it->second];
  column.type = join(column.type, type);
}

void JsonAttributeTyper::observe(std::string_view name, const JsonValue& value) {
  if (const auto type = value_type(value)) observe_type(name, *type);
}

void JsonAttributeTyper::observe(std::string_view name, const std::vector<std::string>& list) {
  if (!list.empty()) observe_type(name, AttrType::StringList);
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

AttributeColumn* JsonAttributeTyper::column_of(std::string_view name) const {
  const auto it = index_.find(name);
  return it == index_.end() ? nullptr : columns_[it->second].column;
}

void JsonAttributeTyper::store(StringPool& pool, std::size_t row, std::string_view name,
                               const JsonValue& value) const {
  if (!value_type(value)) return;
  AttributeColumn* column = column_of(name);
  if (column == nullptr) return;
  switch (column->type()) {
    case AttrType::Boolean:
      column->set_bool(row, value.boolean());
      break;
    case AttrType::Int:
    case AttrType::Long:
      column->set_integer(row, value.integer());
      break;
    case AttrType::Float:
    case AttrType::Double:
      column->set_real(row, value.number());
      break;
    case AttrType::StringList: {
      std::vector<StringId> items;
      if (value.is_array()) {
        for (const auto& item : value) items.push_back(pool.intern(item.value().string()));
      } else {
        items.push_back(pool.intern(value.string()));
      }
      column->set_list(row, std::move(items));
      break;
    }
    case AttrType::String:
      column->set_string(row, pool.intern(json_text(value)));
      break;
  }
}

void JsonAttributeTyper::store(StringPool& pool, std::size_t row, std::string_view name,
                               const std::vector<std::string>& list) const {
  if (list.empty()) return;
  AttributeColumn* column = column_of(name);
  if (column == nullptr) return;
  if (column->type() == AttrType::StringList) {
    column->set_list(row, interned(pool, list));
  } else if (column->type() == AttrType::String) {
    column->set_string(row, pool.intern(nlohmann::json(list).dump()));
  }
}

void JsonAttributeTyper::store(StringPool& pool, std::size_t row, std::string_view name,
                               const Scalar& value) const {
  AttributeColumn* column = column_of(name);
  if (column == nullptr) return;
  switch (column->type()) {
    case AttrType::Int:
    case AttrType::Long:
      column->set_integer(row, value.integer);
      break;
    case AttrType::Float:
    case AttrType::Double:
      column->set_real(
          row, value.type == AttrType::Long ? static_cast<double>(value.integer) : value.real);
      break;
    case AttrType::StringList:
      column->set_list(row, {pool.intern(value.text)});
      break;
    case AttrType::Boolean:  // no Scalar is boolean: a column of GML values never is
    case AttrType::String:
      column->set_string(row, pool.intern(value.text));
      break;
  }
}

}  // namespace kgviz
