#include "io/gml_parser.hpp"

#include <string_view>

#include "io/gml_reader.hpp"
#include "io/html_entities.hpp"
#include "io/xml_reader_support.hpp"
#include "model/value_typing.hpp"

namespace kgviz {

namespace {

bool is_key_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_key_char(char c) { return is_key_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// networkx writes non-finite reals as unquoted `NAN`, `INF`, `-INF`: the words (not digits) that
/// the one real grammar reads.
bool is_special_real(std::string_view word) {
  std::string_view body = word;
  if (!body.empty() && (body.front() == '+' || body.front() == '-')) body.remove_prefix(1);
  return !body.empty() && is_key_start(body.front()) && real_of(word).has_value();
}

}  // namespace

std::size_t GmlRecord::find(std::size_t list, std::string_view key) const {
  for (std::size_t i = values[list].first_child; i != GmlValue::kNone; i = values[i].next) {
    if (values[i].key == key) return i;
  }
  return GmlValue::kNone;
}

void GmlParser::error(std::size_t offset, std::string message) {
  const auto [line, column] = lines_.at(offset);
  sink_.error(line, column, std::move(message));
}

bool GmlParser::fail(std::size_t offset, std::string message) {
  error(offset, std::move(message));
  return false;
}

bool GmlParser::next(Token& token) {
  // Blanks and comments.
  while (at_ < text_.size()) {
    const char c = text_[at_];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++at_;
    } else if (c == '#') {
      while (at_ < text_.size() && text_[at_] != '\n') ++at_;
    } else {
      break;
    }
  }
  token_start_ = at_;
  if (at_ >= text_.size()) {
    token = Token::End;
    return true;
  }
  const char c = text_[at_];
  if (c == '[' || c == ']') {
    token = c == '[' ? Token::Open : Token::Close;
    ++at_;
    return true;
  }
  if (c == '"') {
    // graph-tool writes a quote inside a string as `\"` (GML has no escapes; graph-tool's reader
    // takes `\"` as a quote): such a quote does not close the string.
    std::size_t close = text_.find('"', at_ + 1);
    while (close != std::string_view::npos && text_[close - 1] == '\\')
      close = text_.find('"', close + 1);
    if (close == std::string_view::npos) return fail(at_, "unterminated string (no closing \")");
    token_text_ = text_.substr(at_ + 1, close - at_ - 1);
    if (token_text_.size() > limits_.max_string_length) {
      return fail(at_, "string of " + std::to_string(token_text_.size()) +
                           " bytes is longer than " + std::to_string(limits_.max_string_length) +
                           " (raise the limit with --max-string-length)");
    }
    at_ = close + 1;
    token = Token::String;
    return true;
  }
  if (is_key_start(c)) {
    while (at_ < text_.size() && is_key_char(text_[at_])) ++at_;
    token_text_ = text_.substr(token_start_, at_ - token_start_);
    if (token_text_.size() > limits_.max_string_length) {
      return fail(token_start_, "key longer than " + std::to_string(limits_.max_string_length) +
                                    " bytes (raise the limit with --max-string-length)");
    }
    token = Token::Key;
    return true;
  }
  if (c == '+' || c == '-' || c == '.' || is_digit(c)) {
    std::size_t i = at_;
    if (text_[i] == '+' || text_[i] == '-') ++i;
    if (i < text_.size() && is_key_start(text_[i])) {  // +INF, -INF
      std::size_t end = i;
      while (end < text_.size() && is_key_char(text_[end])) ++end;
      if (is_special_real(text_.substr(at_, end - at_))) {
        token_text_ = text_.substr(at_, end - at_);
        at_ = end;
        token = Token::Real;
        return true;
      }
    }
    const std::size_t digits_start = i;
    while (i < text_.size() && is_digit(text_[i])) ++i;
    bool real = false;
    std::size_t digits = i - digits_start;
    if (i < text_.size() && text_[i] == '.') {
      real = true;
      ++i;
      const std::size_t fraction = i;
      while (i < text_.size() && is_digit(text_[i])) ++i;
      digits += i - fraction;
    }
    if (digits == 0) return fail(at_, "a number needs digits");
    if (i < text_.size() && (text_[i] == 'e' || text_[i] == 'E')) {
      std::size_t j = i + 1;
      if (j < text_.size() && (text_[j] == '+' || text_[j] == '-')) ++j;
      if (j < text_.size() && is_digit(text_[j])) {
        while (j < text_.size() && is_digit(text_[j])) ++j;
        real = true;
        i = j;
      }
    }
    token_text_ = text_.substr(at_, i - at_);
    at_ = i;
    token = real ? Token::Real : Token::Integer;
    return true;
  }
  const unsigned char byte = static_cast<unsigned char>(c);
  static constexpr char kHex[] = "0123456789ABCDEF";
  return fail(at_, std::string("unexpected character ") +
                       (byte > 0x20 && byte < 0x7F
                            ? std::string("'") + c + "'"
                            : std::string("0x") + kHex[byte >> 4] + kHex[byte & 0xF]) +
                       " (GML holds keys, numbers, \"strings\" and [ lists ])");
}

bool GmlParser::scalar(Token token, GmlValue& value) {
  value.text = token_text_;
  switch (token) {
    case Token::Integer: {
      value.kind = GmlValue::Kind::Integer;
      if (parse_integer(token_text_, value.integer) == NumberParse::Ok) {
        value.real = static_cast<double>(value.integer);
        return true;
      }
      // Beyond 64 bits: kept as a real, as a Python int would become a float in most uses.
      [[fallthrough]];
    }
    case Token::Real:
      value.kind = GmlValue::Kind::Real;
      // Out of double's range is infinity or zero, as Python's float() reads it.
      if (parse_real(token_text_, value.real) != NumberParse::NotANumber) return true;
      return fail(token_start_, "'" + std::string(token_text_) + "' is not a number");
    case Token::String:
      value.kind = GmlValue::Kind::String;
      if (token_text_.find('&') != std::string_view::npos ||
          token_text_.find("\\\"") != std::string_view::npos) {
        std::string unescaped(token_text_);
        for (std::size_t at = unescaped.find("\\\""); at != std::string::npos;
             at = unescaped.find("\\\"", at + 1)) {
          unescaped.erase(at, 1);
        }
        record_.decoded.push_back(decode_html_entities(unescaped));
        value.text = record_.decoded.back();
      }
      return true;
    default:
      return false;
  }
}

bool GmlParser::parse(GmlRecordHandler& handler) {
  // Open lists, innermost last: index of the list's pair in record_ (kNone outside records), its
  // opening offset, and the index of its last pair so far.
  struct Open {
    std::size_t pair = GmlValue::kNone;
    std::size_t offset = 0;
    std::size_t last = GmlValue::kNone;
  };
  std::vector<Open> open;
  at_ = bom_length(text_);
  bool graph_seen = false;
  std::size_t graph_depth = 0;  // open.size() inside the graph's list; 0 outside it
  Token token = Token::End;
  while (true) {
    if (!next(token)) return false;
    if (token == Token::End) {
      if (!open.empty()) {
        return fail(open.back().offset, "unterminated list: no ']' for this '['");
      }
      if (!graph_seen) return fail(0, "no 'graph [ ... ]' in the input (GML holds one graph)");
      return true;
    }
    if (token == Token::Close) {
      if (open.empty()) return fail(token_start_, "']' without a '[' to close");
      open.pop_back();
      if (graph_depth != 0 && open.size() == graph_depth) {
        handler.record(record_);  // a list child of the graph is complete
      }
      if (open.size() < graph_depth) graph_depth = 0;
      continue;
    }
    if (token != Token::Key) {
      return fail(token_start_,
                  "expected a key, found " + std::string(token == Token::Open ? "'['" : "a value"));
    }
    GmlValue value;
    value.key = token_text_;
    value.key_offset = token_start_;
    if (!next(token)) return false;
    value.value_offset = token_start_;
    if (token == Token::End || token == Token::Close || token == Token::Key) {
      if (token == Token::Key && is_special_real(token_text_)) {
        token = Token::Real;  // networkx's unquoted NAN and INF
      } else {
        return fail(value.key_offset, "key '" + abbreviate(value.key, 40) + "' has no value");
      }
    }
    const bool top_level = open.empty();
    const bool starts_record = graph_depth != 0 && open.size() == graph_depth;
    if (starts_record) {
      record_.values.clear();
      record_.decoded.clear();
    }
    const bool in_record = graph_depth != 0 && open.size() >= graph_depth;
    if (token == Token::Open) {
      value.kind = GmlValue::Kind::List;
      if (open.size() >= limits_.max_depth) {
        return fail(token_start_, "lists nested deeper than " + std::to_string(limits_.max_depth) +
                                      " (raise the limit with --max-depth)");
      }
      if (top_level && value.key == "graph") {
        if (graph_seen)
          return fail(value.key_offset, "a second graph; kgviz reads one graph per file");
        graph_seen = true;
        graph_offset_ = value.key_offset;
        open.push_back({GmlValue::kNone, token_start_, GmlValue::kNone});
        graph_depth = open.size();
        continue;
      }
    } else if (!scalar(token, value)) {
      return false;
    }
    if (!in_record) {
      if (token == Token::Open) open.push_back({GmlValue::kNone, token_start_, GmlValue::kNone});
      if (top_level && value.key == "graph") {
        return fail(value.key_offset, "'graph' must be a list: graph [ ... ]");
      }
      continue;
    }
    // Link the pair into its list within the record.
    const std::size_t index = record_.values.size();
    record_.values.push_back(value);
    if (!starts_record) {
      Open& parent = open.back();
      if (parent.last == GmlValue::kNone) {
        record_.values[parent.pair].first_child = index;
      } else {
        record_.values[parent.last].next = index;
      }
      parent.last = index;
    }
    if (token == Token::Open) {
      open.push_back({index, token_start_, GmlValue::kNone});
    } else if (starts_record) {
      handler.record(record_);  // a scalar child of the graph
    }
  }
}

}  // namespace kgviz
