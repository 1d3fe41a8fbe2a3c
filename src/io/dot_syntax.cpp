#include "io/dot_syntax.hpp"

#include <algorithm>
#include <deque>
#include <limits>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "io/dot_reader.hpp"
#include "io/text.hpp"
#include "io/xml_reader_support.hpp"

namespace kgviz {

namespace {

enum class TokenKind { End, Id, Keyword, EdgeOp, Punct };
enum class Keyword { Node, Edge, Graph, Digraph, Subgraph, Strict };

struct Token {
  TokenKind kind = TokenKind::End;
  Keyword keyword = Keyword::Node;
  char punct = 0;          ///< Punct: one of { } [ ] ; , : = +
  bool quoted = false;     ///< Id: a quoted or HTML string (may be joined with `+`)
  bool escaped = false;    ///< Id: a quoted string whose value differs from its text
  std::size_t offset = 0;  ///< first byte
  std::string_view text;   ///< Id: as written, without the quotes
  std::size_t length = 0;  ///< Id: bytes of its value
};

/// Letters of DOT names: ASCII letters, `_` and every byte of a multi-byte character.
bool is_name_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
bool is_name_char(unsigned char c) { return is_name_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

constexpr std::string_view kBom = "\xEF\xBB\xBF";

/// cgraph's scanner (lib/cgraph/scan.l): the same tokens, comments and blanks.
class DotLexer {
 public:
  explicit DotLexer(std::string_view text) : text_(text), at_(bom_length(text)) {}

  /// Reads the next token; false (with error_offset/error_message set) on a lexical error.
  bool next(Token& token) {
    token = Token{};
    if (!skip_blanks_and_comments()) return false;
    token.offset = at_;
    if (at_ >= text_.size()) return true;
    const char c = text_[at_];
    const unsigned char u = static_cast<unsigned char>(c);
    if (c == '"') return quoted(token);
    if (c == '<') return html(token);
    if (c == '-' && at_ + 1 < text_.size() && (text_[at_ + 1] == '>' || text_[at_ + 1] == '-')) {
      return edge_op(token);
    }
    if (is_digit(c) || ((c == '-' || c == '.') && starts_number(at_))) return number(token);
    if (is_name_start(u)) return name(token);
    if (std::string_view("{}[];,:=+").find(c) != std::string_view::npos) {
      token.kind = TokenKind::Punct;
      token.punct = c;
      ++at_;
      return true;
    }
    return fail(at_, "unexpected character " + describe_char(u) + " in DOT");
  }

  [[nodiscard]] std::size_t error_offset() const { return error_offset_; }
  [[nodiscard]] const std::string& error_message() const { return error_message_; }

 private:
  bool fail(std::size_t offset, std::string message) {
    error_offset_ = offset;
    error_message_ = std::move(message);
    return false;
  }

  static std::string describe_char(unsigned char c) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    if (c >= 0x21 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
    return std::string("0x") + kHex[c >> 4] + kHex[c & 0xF];
  }

  bool skip_blanks_and_comments() {
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        ++at_;
      } else if (text_.substr(at_, 3) == kBom &&
                 !(at_ + 3 < text_.size() &&
                   is_name_char(static_cast<unsigned char>(text_[at_ + 3])))) {
        at_ += 3;  // cgraph skips a byte order mark anywhere, unless it starts a name
      } else if (c == '#' || text_.substr(at_, 2) == "//") {
        while (at_ < text_.size() && text_[at_] != '\n') ++at_;
      } else if (text_.substr(at_, 2) == "/*") {
        const std::size_t end = text_.find("*/", at_ + 2);
        if (end == std::string_view::npos) return fail(at_, "unterminated /* comment");
        at_ = end + 2;
      } else {
        break;
      }
    }
    return true;
  }

  bool starts_number(std::size_t i) const {
    if (i < text_.size() && text_[i] == '-') ++i;
    if (i < text_.size() && is_digit(text_[i])) return true;
    return i + 1 < text_.size() && text_[i] == '.' && is_digit(text_[i + 1]);
  }

  bool quoted(Token& token) {
    const std::size_t open = at_++;
    const std::size_t start = at_;
    std::size_t removed = 0;
    while (true) {
      if (at_ >= text_.size()) return fail(open, "unterminated quoted string (no closing \")");
      const char c = text_[at_];
      if (c == '"') break;
      if (c == '\\' && at_ + 1 < text_.size() &&
          (text_[at_ + 1] == '"' || text_[at_ + 1] == '\n')) {
        // \" is a quote; a backslash before a line end joins the lines.
        removed += text_[at_ + 1] == '"' ? 1 : 2;
        token.escaped = true;
        at_ += 2;
        continue;
      }
      at_ += c == '\\' && at_ + 1 < text_.size() && text_[at_ + 1] == '\\' ? 2 : 1;
    }
    token.kind = TokenKind::Id;
    token.quoted = true;
    token.text = text_.substr(start, at_ - start);
    token.length = token.text.size() - removed;
    ++at_;
    return true;
  }

  bool html(Token& token) {
    const std::size_t open = at_++;
    std::size_t depth = 1;
    const std::size_t start = at_;
    while (true) {
      if (at_ >= text_.size()) {
        return fail(open, "unterminated HTML string (a '<' without its matching '>')");
      }
      const char c = text_[at_];
      if (c == '<') ++depth;
      if (c == '>' && --depth == 0) break;
      ++at_;
    }
    token.kind = TokenKind::Id;
    token.quoted = true;
    token.text = text_.substr(start, at_ - start);
    token.length = token.text.size();
    ++at_;
    return true;
  }

  bool edge_op(Token& token) {
    const bool arrow = text_[at_ + 1] == '>';
    if (graph_type_ == Keyword::Graph && arrow) {
      return fail(at_, "'->' in an undirected graph (a 'graph' joins nodes with '--')");
    }
    if (graph_type_ == Keyword::Digraph && !arrow) {
      return fail(at_, "'--' in a directed graph (a 'digraph' joins nodes with '->')");
    }
    if (graph_type_ != Keyword::Graph && graph_type_ != Keyword::Digraph) {
      return fail(at_, std::string("'") + (arrow ? "->" : "--") + "' before 'graph' or 'digraph'");
    }
    token.kind = TokenKind::EdgeOp;
    at_ += 2;
    return true;
  }

  bool number(Token& token) {
    const std::size_t start = at_;
    if (text_[at_] == '-') ++at_;
    while (at_ < text_.size() && is_digit(text_[at_])) ++at_;
    if (at_ < text_.size() && text_[at_] == '.') {
      ++at_;
      while (at_ < text_.size() && is_digit(text_[at_])) ++at_;
    }
    // cgraph splits `12ab` into the number 12 and the name ab (with a warning): so does this.
    token.kind = TokenKind::Id;
    token.text = text_.substr(start, at_ - start);
    token.length = token.text.size();
    return true;
  }

  bool name(Token& token) {
    const std::size_t start = at_;
    while (at_ < text_.size() && is_name_char(static_cast<unsigned char>(text_[at_]))) ++at_;
    token.text = text_.substr(start, at_ - start);
    token.length = token.text.size();
    token.kind = TokenKind::Keyword;
    static constexpr std::pair<std::string_view, Keyword> kKeywords[] = {
        {"node", Keyword::Node},         {"edge", Keyword::Edge},
        {"graph", Keyword::Graph},       {"digraph", Keyword::Digraph},
        {"subgraph", Keyword::Subgraph}, {"strict", Keyword::Strict}};
    for (const auto& [spelling, keyword] : kKeywords) {
      if (equals_ignore_ascii_case(token.text, spelling)) {
        token.keyword = keyword;
        // The first graph or digraph keyword tells which edge operator the file may use.
        if ((keyword == Keyword::Graph || keyword == Keyword::Digraph) && !graph_type_known_) {
          graph_type_ = keyword;
          graph_type_known_ = true;
        }
        return true;
      }
    }
    token.kind = TokenKind::Id;
    return true;
  }

  std::string_view text_;
  std::size_t at_;
  Keyword graph_type_ = Keyword::Node;
  bool graph_type_known_ = false;
  std::size_t error_offset_ = 0;
  std::string error_message_;
};

/// An ID as the grammar reads it: one token, or quoted strings joined by `+`.
struct Atom {
  std::size_t offset = 0;
  std::string_view value;  ///< valid while the checker lives
  std::size_t length = 0;
};

/// cgraph's grammar (lib/cgraph/grammar.y), walked without building anything: counts what the
/// graph would hold and stops at the first problem.
class DotChecker {
 public:
  DotChecker(std::string_view text, const ReadLimits& limits, DiagnosticSink& sink)
      : text_(text), limits_(limits), sink_(sink), lexer_(text) {}

  bool run() {
    if (!advance()) return false;
    if (token_.kind == TokenKind::End) {
      return fail(token_.offset,
                  "empty input: no graph (a DOT file starts with 'graph' or "
                  "'digraph')");
    }
    if (is_keyword(Keyword::Strict) && !advance()) return false;
    if (!is_keyword(Keyword::Graph) && !is_keyword(Keyword::Digraph)) {
      return unexpected("'graph' or 'digraph'");
    }
    if (!advance()) return false;
    if (token_.kind == TokenKind::Id) {
      Atom name;
      if (!atom(name)) return false;
    }
    if (!is_punct('{')) return unexpected("'{' to open the graph");
    if (!open_frame({}, false)) return false;
    if (!statements()) return false;
    while (is_punct(';')) {
      if (!advance()) return false;
    }
    if (token_.kind == TokenKind::End) return true;
    if (is_keyword(Keyword::Graph) || is_keyword(Keyword::Digraph) || is_keyword(Keyword::Strict)) {
      return fail(token_.offset, "a second graph starts here; kgviz reads one graph per file");
    }
    return fail(token_.offset, "unexpected " + describe(token_) + " after the graph's closing '}'");
  }

 private:
  /// A subgraph body being read, and the edge statement of its parent it is an end of.
  struct Frame {
    std::string_view name;
    bool named = false;
    std::uint64_t mentions = 0;  ///< node mentions inside, nested bodies included
    // The edge statement in progress in this body: the size of its previous end, after `->`.
    bool after_edge_op = false;
    std::uint64_t previous_end = 0;
    std::size_t edge_op_offset = 0;
  };

  enum class Step { Failed, Opened, Done };

  // ---- tokens

  bool advance() {
    if (lexer_.next(token_)) return true;
    return fail(lexer_.error_offset(), lexer_.error_message());
  }
  [[nodiscard]] bool is_punct(char c) const {
    return token_.kind == TokenKind::Punct && token_.punct == c;
  }
  [[nodiscard]] bool is_keyword(Keyword keyword) const {
    return token_.kind == TokenKind::Keyword && token_.keyword == keyword;
  }

  static std::string describe(const Token& token) {
    switch (token.kind) {
      case TokenKind::End:
        return "end of input";
      case TokenKind::EdgeOp:
        return "edge operator";
      case TokenKind::Punct:
        return std::string("'") + token.punct + "'";
      case TokenKind::Keyword:
        return "keyword '" + std::string(token.text) + "'";
      case TokenKind::Id:
        break;
    }
    return "'" + abbreviate(token.text, 30) + "'";
  }

  bool fail(std::size_t offset, std::string message) {
    const auto [line, column] = LineIndex(text_).at(offset);
    sink_.error(line, column, std::move(message));
    return false;
  }
  bool unexpected(std::string_view expected) {
    return fail(token_.offset,
                "syntax error: expected " + std::string(expected) + ", found " + describe(token_));
  }

  // ---- grammar

  /// An ID at the current token (which is one): quoted strings joined by `+` make one value.
  bool atom(Atom& out) {
    out.offset = token_.offset;
    out.value = token_.text;
    out.length = token_.length;
    std::string joined;
    bool owned = token_.escaped;
    if (owned) joined = unescape(token_.text);
    const bool quoted = token_.quoted;
    if (!advance()) return false;
    while (quoted && is_punct('+')) {
      if (!advance()) return false;
      if (token_.kind != TokenKind::Id || !token_.quoted) {
        return unexpected("a quoted string after '+'");
      }
      if (!owned) joined = std::string(out.value);
      owned = true;
      joined += token_.escaped ? unescape(token_.text) : std::string(token_.text);
      out.length += token_.length;
      if (out.length > limits_.max_string_length) break;
      if (!advance()) return false;
    }
    if (out.length > limits_.max_string_length) {
      return fail(out.offset, "name or value of " + std::to_string(out.length) +
                                  " bytes is longer than " +
                                  std::to_string(limits_.max_string_length) +
                                  " (raise the limit with --max-string-length)");
    }
    if (owned) {
      owned_.push_back(std::move(joined));
      out.value = owned_.back();
    }
    return true;
  }

  static std::string unescape(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '"') continue;
      if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '\n') {
        ++i;
        continue;
      }
      out += text[i];
    }
    return out;
  }

  bool optional_semicolon() { return !is_punct(';') || advance(); }

  /// `[ name = value, ... ]`, one or more of them; the current token is the first `[`.
  bool attribute_lists() {
    while (is_punct('[')) {
      if (!advance()) return false;
      while (!is_punct(']')) {
        if (token_.kind != TokenKind::Id) return unexpected("an attribute 'name=value' or ']'");
        Atom name;
        Atom value;
        if (!atom(name)) return false;
        if (!is_punct('=')) return unexpected("'=' after the attribute name");
        if (!advance()) return false;
        if (token_.kind != TokenKind::Id) return unexpected("an attribute value after '='");
        if (!atom(value)) return false;
        if ((is_punct(';') || is_punct(',')) && !advance()) return false;
      }
      if (!advance()) return false;
    }
    return true;
  }

  bool open_frame(std::string_view name, bool named) {
    if (frames_.size() >= limits_.max_depth) {
      return fail(token_.offset, "subgraphs nested deeper than " +
                                     std::to_string(limits_.max_depth) +
                                     " (raise the limit with --max-depth)");
    }
    Frame frame;
    frame.name = name;
    frame.named = named;
    frames_.push_back(frame);
    return advance();  // past '{'
  }

  /// A subgraph as a statement or an edge end: `subgraph [NAME] {` or `{`.
  bool open_subgraph() {
    Atom name;
    bool named = false;
    if (is_keyword(Keyword::Subgraph)) {
      if (!advance()) return false;
      if (token_.kind == TokenKind::Id) {
        if (!atom(name)) return false;
        named = true;
      }
    }
    if (!is_punct('{')) return unexpected("'{' to open the subgraph");
    return open_frame(name.value, named);
  }

  /// One node of a node list (`name`, `name:port`, `name:port:compass`): counted, and refused when
  /// its name is empty or beyond --max-nodes.
  bool node(const Atom& name) {
    if (name.length == 0) return fail(name.offset, "empty node name");
    if (names_.insert(name.value).second && names_.size() > limits_.max_nodes) {
      return fail(name.offset, "more than " + std::to_string(limits_.max_nodes) +
                                   " nodes (raise the limit with --max-nodes)");
    }
    ++frames_.back().mentions;
    for (int port = 0; port < 2 && is_punct(':'); ++port) {
      if (!advance()) return false;
      if (token_.kind != TokenKind::Id) return unexpected("a port name after ':'");
      Atom ignored;
      if (!atom(ignored)) return false;
    }
    return true;
  }

  /// `a, b:p, c`: the current token is the first name (already read into `first`). Sets `size`.
  bool node_list(const Atom& first, std::uint64_t& size) {
    if (!node(first)) return false;
    size = 1;
    while (is_punct(',')) {
      if (!advance()) return false;
      if (token_.kind != TokenKind::Id) return unexpected("a node name after ','");
      Atom next;
      if (!atom(next) || !node(next)) return false;
      ++size;
    }
    return true;
  }

  /// After an end of size `size` of the statement in the innermost body: counts the edges it
  /// makes with the previous end, then reads `-> end` (opening a subgraph end, or reading a node
  /// list end and going on), or the statement's attribute lists.
  Step after_end(std::uint64_t size) {
    while (true) {
      Frame& frame = frames_.back();
      if (frame.after_edge_op) {
        // Saturating: edges_ and each product stay at most kSaturated, so the sum cannot wrap.
        const std::uint64_t made = frame.previous_end != 0 && size > kSaturated / frame.previous_end
                                       ? kSaturated
                                       : frame.previous_end * size;
        edges_ = std::min(kSaturated, edges_ + made);
        if (edges_ > limits_.max_edges) {
          fail(frame.edge_op_offset, "more than " + std::to_string(limits_.max_edges) +
                                         " edges (raise the limit with --max-edges)");
          return Step::Failed;
        }
      }
      if (token_.kind != TokenKind::EdgeOp) {
        frame.after_edge_op = false;
        return attribute_lists() && optional_semicolon() ? Step::Done : Step::Failed;
      }
      frame.after_edge_op = true;
      frame.previous_end = size;
      frame.edge_op_offset = token_.offset;
      if (!advance()) return Step::Failed;
      if (is_keyword(Keyword::Subgraph) || is_punct('{')) {
        return open_subgraph() ? Step::Opened : Step::Failed;
      }
      if (token_.kind != TokenKind::Id) {
        unexpected("a node or a subgraph after the edge operator");
        return Step::Failed;
      }
      Atom first;
      if (!atom(first) || !node_list(first, size)) return Step::Failed;
    }
  }

  /// Closes the innermost body (the current token is its `}`); for a subgraph, goes on with the
  /// statement of its parent that it is an end of.
  Step close_frame() {
    const Frame closed = frames_.back();
    frames_.pop_back();
    if (!advance()) return Step::Failed;
    if (frames_.empty()) return Step::Done;
    frames_.back().mentions += closed.mentions;
    std::uint64_t size = closed.mentions;
    if (closed.named) {
      // A named subgraph opened again keeps its nodes: as an edge end it has all of them.
      size = (named_mentions_[closed.name] += closed.mentions);
    }
    return after_end(size);
  }

  /// One statement in the innermost body; the current token starts it.
  Step statement() {
    if (is_keyword(Keyword::Graph) || is_keyword(Keyword::Node) || is_keyword(Keyword::Edge)) {
      if (!advance()) return Step::Failed;
      if (token_.kind == TokenKind::Id) {
        // `node NAME = [...]`: an attribute macro, which cgraph accepts and ignores.
        Atom macro;
        if (!atom(macro)) return Step::Failed;
        if (!is_punct('=')) {
          unexpected("'=' after the macro name");
          return Step::Failed;
        }
        if (!advance()) return Step::Failed;
      }
      if (!is_punct('[')) {
        unexpected("'[' to start the attribute list");
        return Step::Failed;
      }
      return attribute_lists() && optional_semicolon() ? Step::Done : Step::Failed;
    }
    if (is_keyword(Keyword::Subgraph) || is_punct('{')) {
      return open_subgraph() ? Step::Opened : Step::Failed;
    }
    if (token_.kind != TokenKind::Id) {
      unexpected("a statement (a node, an edge, a subgraph or an attribute)");
      return Step::Failed;
    }
    Atom first;
    if (!atom(first)) return Step::Failed;
    if (is_punct('=')) {  // a graph attribute: name = value
      if (!advance()) return Step::Failed;
      if (token_.kind != TokenKind::Id) {
        unexpected("an attribute value after '='");
        return Step::Failed;
      }
      Atom value;
      return atom(value) && optional_semicolon() ? Step::Done : Step::Failed;
    }
    std::uint64_t size = 0;
    if (!node_list(first, size)) return Step::Failed;
    return after_end(size);
  }

  /// Statements until the root body closes (the current token is the first of its statements).
  bool statements() {
    while (!frames_.empty()) {
      const Step step = is_punct('}') ? close_frame() : statement();
      if (step == Step::Failed) return false;
    }
    return true;
  }

  static constexpr std::uint64_t kSaturated = std::numeric_limits<std::uint64_t>::max() / 2;

  std::string_view text_;
  const ReadLimits& limits_;
  DiagnosticSink& sink_;
  DotLexer lexer_;
  Token token_;
  std::vector<Frame> frames_;
  std::unordered_set<std::string_view> names_;
  std::unordered_map<std::string_view, std::uint64_t> named_mentions_;
  std::deque<std::string> owned_;  // values built from escapes or `+`, viewed by names_
  std::uint64_t edges_ = 0;
};

}  // namespace

bool check_dot_syntax(std::string_view text, const ReadLimits& limits, DiagnosticSink& sink) {
  return DotChecker(text, limits, sink).run();
}

}  // namespace kgviz
