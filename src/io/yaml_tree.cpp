#include "io/yaml_tree.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <limits>
#include <streambuf>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/text.hpp"

namespace kgviz {

namespace {

/// Thrown by the event handler to stop the parse once a fatal problem is reported.
struct StopParse {};

constexpr std::uint32_t kNoNode = std::numeric_limits<std::uint32_t>::max();

/// Reads a text in place: yaml-cpp wants an std::istream, and std::istringstream would copy it.
class TextStreambuf final : public std::streambuf {
 public:
  explicit TextStreambuf(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // only ever read
    setg(begin, begin, begin + text.size());
  }
};

std::uint32_t saturated(std::size_t value) {
  return static_cast<std::uint32_t>(std::min<std::size_t>(value, kNoNode));
}

std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) {
  return a > std::numeric_limits<std::uint64_t>::max() - b
             ? std::numeric_limits<std::uint64_t>::max()
             : a + b;
}

}  // namespace

class YamlTreeBuilder final : public YAML::EventHandler {
 public:
  YamlTreeBuilder(std::string_view text, YamlTree& tree, const ReadLimits& limits,
                  DiagnosticSink& sink)
      : text_(text),
        tree_(tree),
        limits_(limits),
        sink_(sink),
        max_depth_(std::min({limits.max_depth, kMaxNestingDepth, kYamlMaxDepth})) {}

  [[nodiscard]] std::uint32_t root() const { return root_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (documents_++ > 0) {
      report(mark, "more than one YAML document in the file (kgviz reads one document per file)");
      throw StopParse{};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const std::uint32_t index = add(mark, YamlNode::Kind::Null);
    finish_leaf(index, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    remember(mark);
    const auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      report(mark, "alias names an unknown anchor");
      throw StopParse{};
    }
    const Anchored target = it->second;
    if (target.open) {
      report(mark, "recursive alias: it refers to a node that contains it");
      throw StopParse{};
    }
    // An alias adds a copy of everything below its anchor: that is what the limit counts, here,
    // before anything is built, so a billion-laughs file stops at the first alias over the limit.
    alias_added_ = saturating_add(alias_added_, target.expanded);
    if (alias_added_ > limits_.max_alias_expansion) {
      report(mark, "aliases expand the document by more than " +
                       std::to_string(limits_.max_alias_expansion) +
                       " nodes (raise the limit with --max-alias-expansion)");
      throw StopParse{};
    }
    attach(target.index, target.expanded);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    // yaml-cpp tags every non-plain scalar (quoted, literal, folded) with "!".
    const bool quoted = tag == "!";
    if (quoted) check_quote_closed(mark);
    const std::size_t limit =
        std::min<std::size_t>(limits_.max_string_length, std::numeric_limits<std::uint32_t>::max());
    if (value.size() > limit) {
      report(mark, "string of " + std::to_string(value.size()) + " bytes is longer than " +
                       std::to_string(limit) + " (raise the limit with --max-string-length)");
      throw StopParse{};
    }
    if (value.find('\0') != std::string::npos) {
      // Raw NUL bytes are refused with the UTF-8 check; this is an escape (\0, \x00, \u0000).
      report(mark,
             "the value holds a NUL character (an escape such as \\0), which kgviz does "
             "not accept in any value");
    }
    const std::uint32_t index = add(mark, YamlNode::Kind::Scalar);
    YamlNode& node = tree_.nodes_[index];
    node.quoted = quoted;
    node.data = scalar_bytes(mark, value);
    node.size = static_cast<std::uint32_t>(value.size());
    finish_leaf(index, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value /*style*/) override {
    open(mark, YamlNode::Kind::Sequence, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value /*style*/) override {
    open(mark, YamlNode::Kind::Map, anchor);
  }
  void OnMapEnd() override {
    check_duplicate_keys();
    close();
  }

  void report(const YAML::Mark& mark, std::string message) {
    const auto [line, column] = clamp(mark);
    sink_.error(line, column, std::move(message));
  }

  /// Reports at the last position the parse reached (for errors without a usable mark).
  void report_here(std::string message) {
    sink_.error(last_line_, last_column_, std::move(message));
  }

 private:
  struct Frame {
    std::uint32_t index;
    std::size_t children_begin;  // where its children start in pending_
    std::uint64_t expanded;      // nodes below it and itself, counting what aliases add
    YAML::anchor_t anchor;
  };
  struct Anchored {
    std::uint32_t index;
    std::uint64_t expanded;
    bool open;  // a container not yet closed: an alias to it would be recursive
  };

  std::pair<std::size_t, std::size_t> clamp(const YAML::Mark& mark) const {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text_.size()) {
      // yaml-cpp reports some errors (DeepRecursion) with a mark past the end of the text.
      return {last_line_, last_column_};
    }
    return {static_cast<std::size_t>(mark.line) + 1, static_cast<std::size_t>(mark.column) + 1};
  }

  void remember(const YAML::Mark& mark) {
    if (mark.pos >= 0 && static_cast<std::size_t>(mark.pos) <= text_.size()) {
      last_line_ = static_cast<std::size_t>(mark.line) + 1;
      last_column_ = static_cast<std::size_t>(mark.column) + 1;
    }
  }

  std::uint32_t add(const YAML::Mark& mark, YamlNode::Kind kind) {
    remember(mark);
    if (tree_.nodes_.size() >= kNoNode) {
      report(mark, "more than " + std::to_string(kNoNode) + " YAML nodes in one document");
      throw StopParse{};
    }
    const auto index = static_cast<std::uint32_t>(tree_.nodes_.size());
    YamlNode node;
    node.kind = kind;
    const auto [line, column] = clamp(mark);
    node.line_ = saturated(line);
    node.column_ = saturated(column);
    tree_.nodes_.push_back(node);
    return index;
  }

  void finish_leaf(std::uint32_t index, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) anchors_[anchor] = Anchored{index, 1, false};
    attach(index, 1);
  }

  /// The scalar's bytes: the input text itself where it spells the value, else a decoded copy.
  const char* scalar_bytes(const YAML::Mark& mark, const std::string& value) {
    if (mark.pos >= 0) {
      std::size_t at = static_cast<std::size_t>(mark.pos);
      if (at < text_.size() && (text_[at] == '"' || text_[at] == '\'')) ++at;
      if (text_.substr(at, value.size()) == value) return text_.data() + at;
    }
    return tree_.strings_.store(value.data(), value.size());
  }

  void attach(std::uint32_t index, std::uint64_t expanded) {
    if (frames_.empty()) {
      if (root_ == kNoNode) root_ = index;
      return;
    }
    pending_.push_back(index);
    frames_.back().expanded = saturating_add(frames_.back().expanded, expanded);
  }

  void open(const YAML::Mark& mark, YamlNode::Kind kind, YAML::anchor_t anchor) {
    if (frames_.size() >= max_depth_) {
      report(mark,
             "nesting deeper than " + std::to_string(max_depth_) + " levels" + depth_advice());
      throw StopParse{};
    }
    const std::uint32_t index = add(mark, kind);
    if (anchor != YAML::NullAnchor) anchors_[anchor] = Anchored{index, 0, true};
    frames_.push_back(Frame{index, pending_.size(), 1, anchor});
  }

  std::string depth_advice() const {
    if (max_depth_ == kYamlMaxDepth) {
      return ": kgviz reads YAML up to " + std::to_string(kYamlMaxDepth) +
             " levels deep (its YAML parser, yaml-cpp, stops at 500)";
    }
    return " (raise the limit with --max-depth; YAML can be read up to " +
           std::to_string(kYamlMaxDepth) + " levels)";
  }

  void close() {
    const Frame frame = frames_.back();
    frames_.pop_back();
    YamlNode& node = tree_.nodes_[frame.index];
    const std::size_t count = pending_.size() - frame.children_begin;
    node.data = tree_.children_.store(pending_.data() + frame.children_begin, count);
    node.size = static_cast<std::uint32_t>(count);
    pending_.resize(frame.children_begin);
    if (frame.anchor != YAML::NullAnchor) {
      anchors_[frame.anchor] = Anchored{frame.index, frame.expanded, false};
    }
    attach(frame.index, frame.expanded);
  }

  /// Keys of the map being closed (its children alternate key, value in pending_).
  void check_duplicate_keys() {
    const std::size_t begin = frames_.back().children_begin;
    std::unordered_map<std::string_view, std::uint32_t> seen;
    for (std::size_t i = begin; i < pending_.size(); i += 2) {
      const YamlNode& key = tree_.nodes_[pending_[i]];
      if (key.kind != YamlNode::Kind::Scalar) continue;
      auto [it, inserted] = seen.emplace(key.value(), pending_[i]);
      if (!inserted) {
        sink_.error(key.line(), key.column(),
                    "duplicate key '" + abbreviate(key.value(), 60) + "' (first at line " +
                        std::to_string(tree_.nodes_[it->second].line()) + ")");
      }
    }
  }

  /// yaml-cpp 0.7 accepts a quoted scalar whose closing quote is missing, taking the rest of the
  /// file as its value; find the closing quote ourselves.
  void check_quote_closed(const YAML::Mark& mark) {
    if (mark.pos < 0) return;
    std::size_t i = static_cast<std::size_t>(mark.pos);
    // The mark may sit on an anchor or tag in front of the scalar: skip them.
    while (i < text_.size() && (text_[i] == '&' || text_[i] == '!')) {
      while (i < text_.size() && text_[i] != ' ' && text_[i] != '\t' && text_[i] != '\n') ++i;
      while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
    }
    if (i >= text_.size() || (text_[i] != '"' && text_[i] != '\'')) return;  // block scalar
    const char quote = text_[i];
    for (++i; i < text_.size(); ++i) {
      if (quote == '"' && text_[i] == '\\') {
        ++i;
      } else if (text_[i] == quote) {
        if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
          ++i;
        } else {
          return;
        }
      }
    }
    report(mark, quote == '"' ? "unterminated double-quoted string (no closing \")"
                              : "unterminated single-quoted string (no closing ')");
    throw StopParse{};
  }

  std::string_view text_;
  YamlTree& tree_;
  const ReadLimits& limits_;
  DiagnosticSink& sink_;
  std::size_t max_depth_;
  std::vector<Frame> frames_;
  std::vector<std::uint32_t> pending_;  // children of the open containers, innermost last
  std::unordered_map<YAML::anchor_t, Anchored> anchors_;
  std::uint64_t alias_added_ = 0;  // nodes the aliases so far add to the document
  std::uint32_t root_ = kNoNode;
  int documents_ = 0;
  std::size_t last_line_ = 1;
  std::size_t last_column_ = 1;
};

bool YamlTree::parse(std::string_view text, const ReadLimits& limits, DiagnosticSink& sink) {
  nodes_.clear();
  strings_.clear();
  children_.clear();
  const std::size_t errors_before = sink.diagnostics().size();
  if (!check_utf8(text, sink)) return false;

  YamlTreeBuilder builder(text, *this, limits, sink);
  TextStreambuf buffer(text);
  std::istream stream(&buffer);
  try {
    YAML::Parser parser(stream);
    if (!parser.HandleNextDocument(builder)) {
      sink.error(1, 1, "empty input: no YAML document");
      return false;
    }
    // A second document is reported by the builder as soon as it starts.
    parser.HandleNextDocument(builder);
  } catch (const StopParse&) {
    return false;
  } catch (const ErrorCapReached&) {
    return false;
  } catch (const YAML::DeepRecursion&) {
    // kgviz's own depth check comes first; this is a safety net with a clear message.
    builder.report_here("nesting too deep for the YAML parser (yaml-cpp stops at 500 levels)");
    return false;
  } catch (const YAML::ParserException& e) {
    builder.report(e.mark, e.msg);
    return false;
  } catch (const YAML::Exception& e) {
    builder.report(e.mark, e.msg);
    return false;
  }
  if (builder.root() == kNoNode) {
    sink.error(1, 1, "empty input: no YAML document");
    return false;
  }
  root_ = builder.root();
  return sink.diagnostics().size() == errors_before;
}

}  // namespace kgviz
