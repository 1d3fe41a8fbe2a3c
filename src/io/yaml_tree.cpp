#include "io/yaml_tree.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <limits>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "io/text.hpp"

namespace kgviz {

namespace {

/// Thrown by the event handler to stop the parse once a fatal problem is reported.
struct StopParse {};

constexpr std::uint32_t kNoNode = std::numeric_limits<std::uint32_t>::max();

class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, std::vector<YamlNode>& nodes, const ReadLimits& limits,
              DiagnosticSink& sink)
      : text_(text), nodes_(nodes), limits_(limits), sink_(sink) {}

  [[nodiscard]] std::uint32_t root() const { return root_; }
  [[nodiscard]] std::size_t last_line() const { return last_line_; }
  [[nodiscard]] std::size_t last_column() const { return last_column_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (documents_++ > 0) {
      report(mark, "more than one YAML document in the file (kgviz reads one document per file)");
      throw StopParse{};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    add(mark, YamlNode::Kind::Null, anchor, false);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    remember(mark);
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      report(mark, "alias names an unknown anchor");
      throw StopParse{};
    }
    const std::uint32_t target = it->second;
    if (std::find(open_.begin(), open_.end(), target) != open_.end()) {
      report(mark, "recursive alias: it refers to a node that contains it");
      throw StopParse{};
    }
    if (expanded_[target] > limits_.max_alias_expansion) {
      report(mark, "alias expands to more than " + std::to_string(limits_.max_alias_expansion) +
                       " nodes (raise the limit with --max-alias-expansion)");
      throw StopParse{};
    }
    attach(target);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    // yaml-cpp tags every non-plain scalar (quoted, literal, folded) with "!".
    const bool quoted = tag == "!";
    if (quoted) check_quote_closed(mark);
    if (value.size() > limits_.max_string_length) {
      report(mark, "string of " + std::to_string(value.size()) + " bytes is longer than " +
                       std::to_string(limits_.max_string_length) +
                       " (raise the limit with --max-string-length)");
      throw StopParse{};
    }
    const std::uint32_t index = add(mark, YamlNode::Kind::Scalar, anchor, false);
    nodes_[index].quoted = quoted;
    nodes_[index].value = value;
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value /*style*/) override {
    open(add(mark, YamlNode::Kind::Sequence, anchor, true), mark);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value /*style*/) override {
    open(add(mark, YamlNode::Kind::Map, anchor, true), mark);
  }
  void OnMapEnd() override {
    check_duplicate_keys(open_.back());
    close();
  }

  void report(const YAML::Mark& mark, std::string message) {
    const auto [line, column] = clamp(mark);
    sink_.error(line, column, std::move(message));
  }

 private:
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

  std::uint32_t add(const YAML::Mark& mark, YamlNode::Kind kind, YAML::anchor_t anchor,
                    bool container) {
    remember(mark);
    const auto index = static_cast<std::uint32_t>(nodes_.size());
    YamlNode node;
    node.kind = kind;
    const auto [line, column] = clamp(mark);
    node.line = line;
    node.column = column;
    nodes_.push_back(std::move(node));
    expanded_.push_back(1);
    if (anchor != YAML::NullAnchor) anchors_[anchor] = index;
    if (!container) attach(index);
    return index;
  }

  void attach(std::uint32_t index) {
    if (open_.empty()) {
      if (root_ == kNoNode) root_ = index;
      return;
    }
    const std::uint32_t parent = open_.back();
    nodes_[parent].children.push_back(index);
    // Expanded size saturates just above the cap, so billion-laughs sums cannot overflow.
    const std::size_t cap = limits_.max_alias_expansion + 1;
    expanded_[parent] = std::min(cap, expanded_[parent] + expanded_[index]);
  }

  void open(std::uint32_t index, const YAML::Mark& mark) {
    if (open_.size() >= limits_.max_depth) {
      report(mark, "nesting deeper than " + std::to_string(limits_.max_depth) +
                       " levels (raise the limit with --max-depth)");
      throw StopParse{};
    }
    open_.push_back(index);
  }

  void close() {
    const std::uint32_t index = open_.back();
    open_.pop_back();
    if (expanded_[index] > limits_.max_alias_expansion) {
      const YamlNode& node = nodes_[index];
      sink_.error(node.line, node.column,
                  "document expands (through aliases) to more than " +
                      std::to_string(limits_.max_alias_expansion) +
                      " nodes (raise the limit with --max-alias-expansion)");
      throw StopParse{};
    }
    attach(index);
  }

  void check_duplicate_keys(std::uint32_t map) {
    const auto& children = nodes_[map].children;
    std::unordered_map<std::string_view, std::uint32_t> seen;
    for (std::size_t i = 0; i < children.size(); i += 2) {
      const YamlNode& key = nodes_[children[i]];
      if (key.kind != YamlNode::Kind::Scalar) continue;
      auto [it, inserted] = seen.emplace(key.value, children[i]);
      if (!inserted) {
        sink_.error(key.line, key.column,
                    "duplicate key '" + abbreviate(key.value, 60) + "' (first at line " +
                        std::to_string(nodes_[it->second].line) + ")");
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
  std::vector<YamlNode>& nodes_;
  const ReadLimits& limits_;
  DiagnosticSink& sink_;
  std::vector<std::uint32_t> open_;
  std::vector<std::size_t> expanded_;  // nodes reachable from each node, counting aliases
  std::unordered_map<YAML::anchor_t, std::uint32_t> anchors_;
  std::uint32_t root_ = kNoNode;
  int documents_ = 0;
  std::size_t last_line_ = 1;
  std::size_t last_column_ = 1;
};

}  // namespace

bool YamlTree::parse(std::string_view text, const ReadLimits& limits, DiagnosticSink& sink) {
  nodes_.clear();
  const std::size_t errors_before = sink.diagnostics().size();
  if (!check_utf8(text, sink)) return false;

  TreeBuilder builder(text, nodes_, limits, sink);
  std::istringstream stream{std::string(text)};
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
