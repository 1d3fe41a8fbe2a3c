#include "io/graphml_reader.hpp"

#include <expat.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "io/text.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

// Expat joins a namespace URI and a local name with this character; it cannot occur in XML text,
// so it can never be part of a URI.
constexpr char kNamespaceSeparator = '\x01';
constexpr std::size_t kChunkBytes = std::size_t{1} << 16;
// yEd keeps node and edge labels only inside its graphics data, in these elements.
constexpr std::string_view kYfilesNodeLabel = "http://www.yworks.com/xml/graphml\x01" "NodeLabel";
constexpr std::string_view kYfilesEdgeLabel = "http://www.yworks.com/xml/graphml\x01" "EdgeLabel";

enum DomainBits : unsigned { kNodes = 1u, kEdges = 2u, kGraph = 4u };

enum class Domain { Node, Edge, Graph };

unsigned bit_of(Domain domain) {
  switch (domain) {
    case Domain::Node:
      return kNodes;
    case Domain::Edge:
      return kEdges;
    case Domain::Graph:
      break;
  }
  return kGraph;
}

std::string_view domain_element(Domain domain) {
  switch (domain) {
    case Domain::Node:
      return "<node>";
    case Domain::Edge:
      return "<edge>";
    case Domain::Graph:
      break;
  }
  return "<graph>";
}

/// Where an event started, as expat reports it; the byte column is worked out only for errors.
struct RawPosition {
  XML_Index offset = -1;
  std::size_t line = 0;
  std::size_t expat_column = 0;  // 0-based, in characters
};

struct Key {
  std::string id;
  std::string name;
  AttrType type = AttrType::String;
  unsigned domains = 0;
  bool ignored = false;  // yfiles.type keys (yEd's graphics), and keys declared wrongly
  std::optional<std::string> default_text;
  RawPosition default_position;
};

/// The GraphML element a stack frame stands for; Skip covers elements whose content is ignored
/// (desc, other namespaces, children of data, and elements already reported).
enum class Element { Root, Key, Default, Graph, Node, Edge, Data, Skip };

std::string_view element_name(Element element) {
  switch (element) {
    case Element::Root:
      return "<graphml>";
    case Element::Key:
      return "<key>";
    case Element::Default:
      return "<default>";
    case Element::Graph:
      return "<graph>";
    case Element::Node:
      return "<node>";
    case Element::Edge:
      return "<edge>";
    case Element::Data:
      return "<data>";
    case Element::Skip:
      break;
  }
  return "an ignored element";
}

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
  return text;
}

bool equals_ignore_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

/// The type shared by keys of one name: equal types stay, integers widen to long, numbers to
/// double, anything mixed with text to string.
AttrType join_types(AttrType a, AttrType b) {
  if (a == b) return a;
  if (a == AttrType::String || b == AttrType::String) return AttrType::String;
  if (is_integral(a) && is_integral(b)) return AttrType::Long;
  return AttrType::Double;
}

/// A data value parsed by its key's type.
struct Value {
  bool present = true;  // false: empty text in a non-string key, which networkx also skips
  std::int64_t integer = 0;
  double real = 0.0;
  std::string_view text;  // the text as written (trimmed for non-strings)
};

/// Parses `text` as a value of `type`; returns an error message or nothing.
std::optional<std::string> parse_value(AttrType type, std::string_view text, Value& value) {
  if (type == AttrType::String || type == AttrType::StringList) {
    value.text = text;
    return std::nullopt;
  }
  const std::string_view trimmed = trim(text);
  value.text = trimmed;
  if (trimmed.empty()) {
    value.present = false;
    return std::nullopt;
  }
  if (type == AttrType::Boolean) {
    if (equals_ignore_case(trimmed, "true") || trimmed == "1") {
      value.integer = 1;
    } else if (equals_ignore_case(trimmed, "false") || trimmed == "0") {
      value.integer = 0;
    } else {
      return std::string("is not a boolean (true, false, 1 or 0)");
    }
    return std::nullopt;
  }
  std::string_view digits = trimmed;
  if (digits.front() == '+') digits.remove_prefix(1);
  const char* end = digits.data() + digits.size();
  if (is_integral(type)) {
    const auto [ptr, ec] = std::from_chars(digits.data(), end, value.integer);
    if (ec == std::errc::result_out_of_range) return std::string("is out of range for an integer");
    if (ec != std::errc() || ptr != end) return std::string("is not an integer");
    value.real = static_cast<double>(value.integer);
    return std::nullopt;
  }
  // graph-tool writes doubles in hexadecimal ("0x1.8p+1") to keep them exact.
  bool negative = false;
  std::string_view hex = digits;
  if (!hex.empty() && hex.front() == '-') {
    negative = true;
    hex.remove_prefix(1);
  }
  std::from_chars_result result{};
  if (hex.size() > 2 && hex[0] == '0' && (hex[1] == 'x' || hex[1] == 'X')) {
    hex.remove_prefix(2);
    result = std::from_chars(hex.data(), end, value.real, std::chars_format::hex);
    if (negative) value.real = -value.real;
  } else {
    result = std::from_chars(digits.data(), end, value.real);
  }
  if (result.ec == std::errc::result_out_of_range) return std::string("is out of range");
  if (result.ec != std::errc() || result.ptr != end) return std::string("is not a number");
  value.integer = 0;
  return std::nullopt;
}

std::vector<std::string> split_aliases(std::string_view text) {
  std::vector<std::string> items;
  while (true) {
    const std::size_t at = text.find("; ");
    const std::string_view item = text.substr(0, at);
    if (!item.empty()) items.emplace_back(item);
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + 2);
  }
  return items;
}

/// One attribute of a start tag, or null.
const char* attribute(const XML_Char** atts, std::string_view name) {
  for (std::size_t i = 0; atts[i] != nullptr; i += 2) {
    if (name == atts[i]) return atts[i + 1];
  }
  return nullptr;
}

class GraphmlParser {
 public:
  /// Reads into `graph` in place: KnowledgeGraph holds a Boost adjacency_list, whose "move" is a
  /// copy in Boost 1.74, so handing a finished graph around would copy it whole.
  GraphmlParser(const InputSource& input, const ReadOptions& options, DiagnosticSink& sink,
                KnowledgeGraph& graph)
      : input_(input), limits_(options.limits), sink_(sink), graph_(graph) {}

  void parse() {
    std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> parser(
        XML_ParserCreateNS(nullptr, kNamespaceSeparator), &XML_ParserFree);
    if (!parser) throw std::bad_alloc();
    parser_ = parser.get();
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &GraphmlParser::on_start, &GraphmlParser::on_end);
    XML_SetCharacterDataHandler(parser_, &GraphmlParser::on_text);
    // A DTD is the only way to declare entities; refusing it means nothing is ever expanded or
    // fetched (expat would otherwise skip external entities silently and go on).
    XML_SetStartDoctypeDeclHandler(parser_, &GraphmlParser::on_doctype);
    XML_SetEntityDeclHandler(parser_, &GraphmlParser::on_entity);
    XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);

    const std::string& content = input_.content;
    std::size_t offset = 0;
    while (true) {
      const std::size_t length = std::min(kChunkBytes, content.size() - offset);
      const bool last = offset + length == content.size();
      if (XML_Parse(parser_, content.data() + offset, static_cast<int>(length),
                    last ? XML_TRUE : XML_FALSE) == XML_STATUS_ERROR) {
        if (!stopped_) {
          report_now(std::string("XML syntax error: ") +
                     XML_ErrorString(XML_GetErrorCode(parser_)));
        }
        stopped_ = true;
        break;
      }
      offset += length;
      if (last) break;
    }
    if (failure_) std::rethrow_exception(failure_);
    parser_ = nullptr;
    if (!stopped_) finish();
  }

 private:
  // ---- expat callbacks: exceptions must not cross expat's C frames, so each one is caught here,
  // kept, and rethrown after XML_Parse returns.

  template <class Body>
  static void guarded(void* user_data, Body body) {
    auto* self = static_cast<GraphmlParser*>(user_data);
    if (self->stopped_) return;
    try {
      body(*self);
    } catch (const ErrorCapReached&) {
      self->stop();
    } catch (...) {
      self->failure_ = std::current_exception();
      self->stop();
    }
  }

  static void XMLCALL on_start(void* user_data, const XML_Char* name, const XML_Char** atts) {
    guarded(user_data, [&](GraphmlParser& self) { self.start_element(name, atts); });
  }
  static void XMLCALL on_end(void* user_data, const XML_Char* /*name*/) {
    guarded(user_data, [&](GraphmlParser& self) { self.end_element(); });
  }
  static void XMLCALL on_text(void* user_data, const XML_Char* text, int length) {
    guarded(user_data, [&](GraphmlParser& self) {
      self.text(std::string_view(text, static_cast<std::size_t>(length)));
    });
  }
  static void XMLCALL on_doctype(void* user_data, const XML_Char* /*name*/,
                                 const XML_Char* /*sysid*/, const XML_Char* /*pubid*/,
                                 int /*has_internal_subset*/) {
    guarded(user_data, [&](GraphmlParser& self) {
      self.fatal(self.back_to(self.here(), "<!DOCTYPE"),
                 "DOCTYPE declarations are not allowed in GraphML input (they can declare "
                 "entities that read other files or expand without bound)");
    });
  }
  static void XMLCALL on_entity(void* user_data, const XML_Char* /*name*/, int /*parameter*/,
                                const XML_Char* /*value*/, int /*length*/,
                                const XML_Char* /*base*/, const XML_Char* /*sysid*/,
                                const XML_Char* /*pubid*/, const XML_Char* /*notation*/) {
    guarded(user_data, [&](GraphmlParser& self) {
      self.fatal(self.here(), "entity declarations are not allowed in GraphML input");
    });
  }

  // ---- positions and errors

  RawPosition here() const {
    return RawPosition{XML_GetCurrentByteIndex(parser_),
                       static_cast<std::size_t>(XML_GetCurrentLineNumber(parser_)),
                       static_cast<std::size_t>(XML_GetCurrentColumnNumber(parser_))};
  }

  /// The position of the last `marker` at or before `position` (expat reports some declarations
  /// at their end, not their start).
  RawPosition back_to(RawPosition position, std::string_view marker) const {
    const std::string& content = input_.content;
    if (position.offset < 0 || static_cast<std::size_t>(position.offset) > content.size()) {
      return position;
    }
    const auto offset = static_cast<std::size_t>(position.offset);
    const std::size_t at = content.rfind(marker, offset);
    if (at == std::string::npos) return position;
    position.line -= static_cast<std::size_t>(
        std::count(content.begin() + static_cast<std::ptrdiff_t>(at),
                   content.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    position.offset = static_cast<XML_Index>(at);
    return position;
  }

  /// Expat counts columns in characters; kgviz reports bytes, found from the byte offset by going
  /// back to the start of its line (once per line: errors of one line share the search).
  std::size_t byte_column(const RawPosition& position) {
    const std::string& content = input_.content;
    if (position.offset < 0 || static_cast<std::size_t>(position.offset) > content.size()) {
      return position.expat_column + 1;
    }
    const auto offset = static_cast<std::size_t>(position.offset);
    if (position.line != cached_line_ || offset < cached_line_start_) {
      std::size_t start = offset;
      while (start > 0 && content[start - 1] != '\n' && content[start - 1] != '\r') --start;
      cached_line_ = position.line;
      cached_line_start_ = start;
    }
    std::size_t column = offset - cached_line_start_ + 1;
    // An editor does not show the byte order mark as a column.
    if (cached_line_start_ == 0) column -= std::min(bom_length(content), column - 1);
    return column;
  }

  void error(const RawPosition& position, std::string message) {
    sink_.error(position.line, byte_column(position), std::move(message));
  }

  void report_now(std::string message) { error(here(), std::move(message)); }

  void stop() {
    stopped_ = true;
    if (parser_ != nullptr) XML_StopParser(parser_, XML_FALSE);
  }

  /// An error after which the rest of the input cannot be trusted or must not be read.
  void fatal(const RawPosition& position, std::string message) {
    stop();
    error(position, std::move(message));
  }

  // ---- elements

  void start_element(const XML_Char* qualified, const XML_Char** atts) {
    const RawPosition position = here();
    if (stack_.size() >= limits_.max_depth) {
      fatal(position, "elements are nested deeper than " + std::to_string(limits_.max_depth) +
                          " levels (raise the limit with --max-depth)");
      return;
    }
    for (std::size_t i = 0; atts[i] != nullptr; i += 2) {
      if (std::strlen(atts[i + 1]) > limits_.max_string_length) {
        fatal(position, too_long_message());
        return;
      }
    }
    const Element parent = stack_.empty() ? Element::Skip : stack_.back();
    if (!stack_.empty() && (parent == Element::Skip || parent == Element::Default ||
                            parent == Element::Data)) {
      // Data holding elements is a yFiles extension (yEd's graphics): its value is ignored.
      if (parent != Element::Skip) data_has_elements_ = true;
      stack_.push_back(Element::Skip);
      start_yfiles_label(qualified);
      return;
    }
    std::string_view name(qualified);
    std::string_view uri;
    if (const std::size_t at = name.find(kNamespaceSeparator); at != std::string_view::npos) {
      uri = name.substr(0, at);
      name.remove_prefix(at + 1);
    }
    if (stack_.empty()) {
      if (name != "graphml") {
        fatal(position, "not a GraphML document: the root element is <" +
                            abbreviate(name, 40) + ">, not <graphml>");
        return;
      }
      // Whatever namespace the root uses is taken as GraphML's (some writers use none, or an
      // older URI); elements of other namespaces are extensions and are skipped.
      graphml_namespace_ = std::string(uri);
      stack_.push_back(Element::Root);
      return;
    }
    if (!uri.empty() && uri != graphml_namespace_) {
      stack_.push_back(Element::Skip);
      return;
    }
    stack_.push_back(open(parent, name, atts, position));
  }

  /// Handles a GraphML element inside `parent`; returns the frame to push.
  Element open(Element parent, std::string_view name, const XML_Char** atts,
               const RawPosition& position) {
    if (name == "desc") return Element::Skip;
    switch (parent) {
      case Element::Root:
        if (name == "key") return start_key(atts, position);
        if (name == "graph") return start_graph(atts, position);
        if (name == "data") return start_data(atts, position, Domain::Graph, 0);
        break;
      case Element::Key:
        if (name == "default") {
          data_has_elements_ = false;
          text_.clear();
          if (current_key_) keys_[*current_key_].default_position = position;
          return Element::Default;
        }
        break;
      case Element::Graph:
        if (name == "node") return start_node(atts, position);
        if (name == "edge") return start_edge(atts, position);
        if (name == "data") return start_data(atts, position, Domain::Graph, 0);
        if (name == "hyperedge") return unsupported(position, "hyperedges are not supported");
        if (name == "locator") {
          return unsupported(position, "<locator> (a graph stored elsewhere) is not supported");
        }
        break;
      case Element::Node:
      case Element::Edge:
        if (name == "data") {
          return start_data(atts, position, parent == Element::Node ? Domain::Node : Domain::Edge,
                            element_row_);
        }
        if (name == "graph") {
          return unsupported(position, "nested graphs (a <graph> inside a <node> or <edge>) are "
                                       "not supported");
        }
        if (name == "port") return unsupported(position, "ports are not supported");
        break;
      default:
        break;
    }
    error(position, "unexpected element <" + abbreviate(name, 40) + "> inside " +
                        std::string(element_name(parent)));
    return Element::Skip;
  }

  Element unsupported(const RawPosition& position, std::string message) {
    error(position, std::move(message));
    return Element::Skip;
  }

  void end_element() {
    if (stack_.empty()) return;
    if (yfiles_label_depth_ == stack_.size()) {
      yfiles_label_depth_ = 0;
      yfiles_label_done_ = true;
    }
    const Element element = stack_.back();
    stack_.pop_back();
    switch (element) {
      case Element::Key:
        current_key_.reset();
        break;
      case Element::Default:
        end_default();
        break;
      case Element::Node:
        end_node();
        break;
      case Element::Edge:
        end_edge();
        break;
      case Element::Data:
        end_data();
        break;
      default:
        break;
    }
  }

  void text(std::string_view piece) {
    if (stack_.empty()) return;
    if (yfiles_label_depth_ == stack_.size()) {
      if (yfiles_label_.size() + piece.size() > limits_.max_string_length) {
        fatal(here(), too_long_message());
        return;
      }
      yfiles_label_.append(piece);
      return;
    }
    const Element top = stack_.back();
    if (top != Element::Data && top != Element::Default) return;
    if (text_.size() + piece.size() > limits_.max_string_length) {
      fatal(here(), too_long_message());
      return;
    }
    text_.append(piece);
  }

  std::string too_long_message() const {
    return "text longer than " + std::to_string(limits_.max_string_length) +
           " bytes (raise the limit with --max-string-length)";
  }

  // ---- keys

  Element start_key(const XML_Char** atts, const RawPosition& position) {
    current_key_.reset();
    const char* id = attribute(atts, "id");
    if (id == nullptr) {
      error(position, "<key> without an id");
      return Element::Key;
    }
    if (key_index_.count(id) != 0) {
      error(position, "key id '" + abbreviate(id, 40) + "' is declared twice");
      return Element::Key;
    }
    Key key;
    key.id = id;
    const char* name = attribute(atts, "attr.name");
    key.name = name != nullptr ? name : id;
    const char* domain = attribute(atts, "for");
    const std::string_view for_value = domain != nullptr ? domain : "all";
    if (for_value == "node") {
      key.domains = kNodes;
    } else if (for_value == "edge") {
      key.domains = kEdges;
    } else if (for_value == "graph" || for_value == "graphml") {
      key.domains = kGraph;
    } else if (for_value == "all") {
      key.domains = kNodes | kEdges | kGraph;
    } else if (for_value == "hyperedge" || for_value == "port" || for_value == "endpoint") {
      key.ignored = true;  // kgviz reports those elements themselves as unsupported
    } else {
      error(position, "key '" + key.id + "' has unknown for=\"" + abbreviate(for_value, 40) +
                          "\" (GraphML: node, edge, graph, graphml, all)");
      key.ignored = true;
    }
    if (attribute(atts, "yfiles.type") != nullptr) key.ignored = true;
    if (const char* type = attribute(atts, "attr.type")) {
      const auto parsed = parse_attr_type(type);
      if (!parsed || *parsed == AttrType::StringList) {
        error(position, "key '" + key.id + "' has unknown attr.type \"" + abbreviate(type, 40) +
                            "\" (GraphML types: boolean, int, long, float, double, string)");
        key.ignored = true;
      } else {
        key.type = *parsed;
      }
    }
    if (!key.ignored) {
      for (const Domain d : {Domain::Node, Domain::Edge, Domain::Graph}) {
        if ((key.domains & bit_of(d)) == 0) continue;
        auto [it, inserted] = column_types(d).try_emplace(key.name, key.type);
        if (!inserted) it->second = join_types(it->second, key.type);
      }
    }
    key_index_.emplace(key.id, keys_.size());
    current_key_ = keys_.size();
    keys_.push_back(std::move(key));
    return Element::Key;
  }

  void end_default() {
    if (!current_key_ || data_has_elements_) return;
    Key& key = keys_[*current_key_];
    if (key.ignored) return;
    Value value;
    if (auto problem = parse_value(key.type, text_, value)) {
      error(key.default_position, "default value '" + abbreviate(trim(text_), 40) + "' of key '" +
                                      key.name + "' " + *problem);
      return;
    }
    key.default_text = text_;
    for (const Domain d : {Domain::Node, Domain::Edge, Domain::Graph}) {
      if ((key.domains & bit_of(d)) != 0) defaults(d).push_back(*current_key_);
    }
  }

  std::unordered_map<std::string, AttrType>& column_types(Domain domain) {
    return column_types_[static_cast<std::size_t>(domain)];
  }
  std::vector<std::size_t>& defaults(Domain domain) {
    return defaults_[static_cast<std::size_t>(domain)];
  }

  AttributeTable& table(Domain domain) {
    switch (domain) {
      case Domain::Node:
        return graph_.node_attributes();
      case Domain::Edge:
        return graph_.edge_attributes();
      case Domain::Graph:
        break;
    }
    return graph_.graph_attributes();
  }

  static bool is_entity_field(Domain domain, std::string_view name) {
    return domain == Domain::Node &&
           (name == attr::kLabel || name == "type" || name == attr::kAliases);
  }

  // ---- graph, nodes, edges

  Element start_graph(const XML_Char** atts, const RawPosition& position) {
    if (graph_seen_) {
      error(position, "a second <graph>: kgviz reads one graph per GraphML file");
      return Element::Skip;
    }
    graph_seen_ = true;
    graph_position_ = position;
    const char* edgedefault = attribute(atts, "edgedefault");
    const std::string_view direction = edgedefault != nullptr ? edgedefault : "directed";
    if (direction == "undirected") {
      graph_.set_directed(false);
    } else if (direction != "directed") {
      error(position, "edgedefault must be \"directed\" or \"undirected\", not \"" +
                          abbreviate(direction, 40) + "\"");
    }
    // Columns are made in key order now (the file's order, not the order values first appear);
    // those that end up without a value are removed at the end.
    for (const Key& key : keys_) {
      if (key.ignored) continue;
      for (const Domain d : {Domain::Node, Domain::Edge, Domain::Graph}) {
        if ((key.domains & bit_of(d)) == 0 || is_entity_field(d, key.name)) continue;
        table(d).ensure(key.name, column_types(d).at(key.name));
      }
    }
    return Element::Graph;
  }

  /// The vertex of `id`, created (label = id) when the file has not declared it yet.
  std::optional<VertexId> vertex(std::string_view id, const RawPosition& position) {
    if (auto v = graph_.find(id)) return v;
    if (graph_.node_count() >= limits_.max_nodes) {
      fatal(position, "more than " + std::to_string(limits_.max_nodes) +
                          " nodes (raise the limit with --max-nodes)");
      return std::nullopt;
    }
    const VertexId v = graph_.add_entity(id, id, "");
    declared_.push_back(false);
    return v;
  }

  Element start_node(const XML_Char** atts, const RawPosition& position) {
    const char* id = attribute(atts, "id");
    if (id == nullptr) {
      error(position, "<node> without an id");
      return Element::Skip;
    }
    const auto v = vertex(id, position);
    if (!v) return Element::Skip;
    if (declared_[*v]) {
      error(position, "duplicate node id '" + abbreviate(id, 60) + "'");
      return Element::Skip;
    }
    declared_[*v] = true;
    start_element_data(*v, Element::Node);
    return Element::Node;
  }

  /// Resets the per-element state for the node or edge `row` whose data follows.
  void start_element_data(std::size_t row, Element kind) {
    element_row_ = row;
    element_kind_ = kind;
    element_seen_.clear();
    entity_label_set_ = false;
    yfiles_label_.clear();
    yfiles_label_depth_ = 0;
    yfiles_label_done_ = false;
  }

  /// Starts collecting the text of yEd's first NodeLabel (in a node) or EdgeLabel (in an edge).
  void start_yfiles_label(std::string_view qualified) {
    if (yfiles_label_done_ || yfiles_label_depth_ != 0) return;
    if ((element_kind_ == Element::Node && qualified == kYfilesNodeLabel) ||
        (element_kind_ == Element::Edge && qualified == kYfilesEdgeLabel)) {
      yfiles_label_depth_ = stack_.size();
    }
  }

  void end_node() {
    apply_defaults(Domain::Node, element_row_, element_seen_);
    const std::string_view yfiles_label = trim(yfiles_label_);
    if (!entity_label_set_ && !yfiles_label.empty()) {
      graph_.set_label(static_cast<VertexId>(element_row_), yfiles_label);
    }
    element_kind_ = Element::Graph;
  }

  Element start_edge(const XML_Char** atts, const RawPosition& position) {
    if (attribute(atts, "sourceport") != nullptr || attribute(atts, "targetport") != nullptr) {
      return unsupported(position, "ports are not supported (edge with sourceport/targetport)");
    }
    const char* source = attribute(atts, "source");
    const char* target = attribute(atts, "target");
    if (source == nullptr || target == nullptr) {
      error(position, std::string("<edge> without a ") + (source == nullptr ? "source" : "target"));
      return Element::Skip;
    }
    if (const char* directed = attribute(atts, "directed")) {
      const std::string_view value = directed;
      const bool is_directed = value == "true" || value == "1";
      if (!is_directed && value != "false" && value != "0") {
        error(position, "directed must be \"true\" or \"false\", not \"" + abbreviate(value, 40) +
                            "\"");
        return Element::Skip;
      }
      if (is_directed != graph_.directed()) {
        error(position, std::string("a ") + (is_directed ? "directed" : "undirected") +
                            " edge in an " + (is_directed ? "undirected" : "directed") +
                            " graph: graphs mixing both are not supported");
        return Element::Skip;
      }
    }
    if (graph_.edge_count() >= limits_.max_edges) {
      fatal(position, "more than " + std::to_string(limits_.max_edges) +
                          " edges (raise the limit with --max-edges)");
      return Element::Skip;
    }
    const auto from = vertex(source, position);
    if (!from) return Element::Skip;
    const auto to = vertex(target, position);
    if (!to) return Element::Skip;
    start_element_data(graph_.add_relation(*from, *to), Element::Edge);
    const char* label = attribute(atts, "label");
    edge_label_ = label != nullptr ? label : "";
    return Element::Edge;
  }

  void end_edge() {
    apply_defaults(Domain::Edge, element_row_, element_seen_);
    element_kind_ = Element::Graph;
    const auto e = static_cast<EdgeId>(element_row_);
    // Gephi's `<edge label="...">` is the edge type: the relation, unless the data names one.
    set_edge_text_if_missing(e, attr::kRelation, edge_label_);
    set_edge_text_if_missing(e, attr::kLabel, trim(yfiles_label_));
  }

  void set_edge_text_if_missing(EdgeId e, std::string_view name, std::string_view text) {
    if (text.empty()) return;
    const AttributeColumn* column = graph_.edge_attributes().find(name);
    if (column == nullptr || (column->type() == AttrType::String && !column->has(e))) {
      graph_.set_edge_string(e, name, text);
    }
  }

  // ---- data

  Element start_data(const XML_Char** atts, const RawPosition& position, Domain domain,
                     std::size_t row) {
    const char* key_id = attribute(atts, "key");
    if (key_id == nullptr) {
      error(position, "<data> without a key");
      return Element::Skip;
    }
    const auto it = key_index_.find(key_id);
    if (it == key_index_.end()) {
      error(position, "<data> refers to undeclared key '" + abbreviate(key_id, 40) + "'");
      return Element::Skip;
    }
    const Key& key = keys_[it->second];
    if (key.ignored) return Element::Skip;
    if ((key.domains & bit_of(domain)) == 0) {
      error(position, "key '" + key.id + "' (" + key.name + ") is not declared for " +
                          std::string(domain_element(domain)) + " data");
      return Element::Skip;
    }
    data_key_ = it->second;
    data_domain_ = domain;
    data_row_ = row;
    data_position_ = position;
    data_has_elements_ = false;
    text_.clear();
    return Element::Data;
  }

  void end_data() {
    if (data_has_elements_) return;
    if (!store(data_domain_, data_row_, keys_[data_key_], text_, data_position_)) return;
    (data_domain_ == Domain::Graph ? graph_seen_keys_ : element_seen_).push_back(data_key_);
  }

  void apply_defaults(Domain domain, std::size_t row, const std::vector<std::size_t>& seen) {
    for (const std::size_t k : defaults(domain)) {
      if (std::find(seen.begin(), seen.end(), k) != seen.end()) continue;
      const Key& key = keys_[k];
      store(domain, row, key, *key.default_text, key.default_position);
    }
  }

  /// Stores one value; returns whether there was one.
  bool store(Domain domain, std::size_t row, const Key& key, std::string_view text,
             const RawPosition& position) {
    Value value;
    if (auto problem = parse_value(key.type, text, value)) {
      error(position, "value '" + abbreviate(trim(text), 40) + "' of '" + key.name + "' " +
                          *problem + " (its key '" + key.id + "' has attr.type " +
                          std::string(attr_type_name(key.type)) + ")");
      return false;
    }
    if (!value.present) return false;
    if (is_entity_field(domain, key.name)) {
      const auto v = static_cast<VertexId>(row);
      if (key.name == attr::kLabel) {
        graph_.set_label(v, value.text);
        entity_label_set_ = true;
      } else if (key.name == "type") {
        graph_.set_type(v, value.text);
      } else {
        graph_.set_node_list(v, attr::kAliases, split_aliases(value.text));
      }
      return true;
    }
    auto& types = column_types(domain);
    const auto type_it = types.find(key.name);
    const AttrType column_type = type_it != types.end() ? type_it->second : key.type;
    AttributeColumn* column = table(domain).ensure(key.name, column_type);
    if (column == nullptr) {
      error(position, "attribute '" + key.name + "' was declared with attr.type " +
                          std::string(attr_type_name(key.type)) +
                          " after values of another type were read");
      return false;
    }
    switch (column->type()) {
      case AttrType::Boolean:
      case AttrType::Int:
      case AttrType::Long:
        column->set_integer(row, value.integer);
        break;
      case AttrType::Float:
      case AttrType::Double:
        column->set_real(row, is_integral(key.type) ? static_cast<double>(value.integer)
                                                    : value.real);
        break;
      case AttrType::String:
      case AttrType::StringList:
        column->set_string(row, graph_.strings().intern(value.text));
        break;
    }
    return true;
  }

  // ---- end of input

  void finish() {
    apply_defaults(Domain::Graph, 0, graph_seen_keys_);
    if (!graph_seen_) {
      sink_.error("the GraphML document has no <graph> element");
      return;
    }
    if (graph_.node_count() == 0 && sink_.empty()) {
      error(graph_position_, "the graph has no nodes");
      return;
    }
    for (AttributeTable* t : {&graph_.node_attributes(), &graph_.edge_attributes(),
                              &graph_.graph_attributes()}) {
      std::vector<std::string> unused;
      for (const AttributeColumn& column : t->columns()) {
        if (column.count() == 0) unused.push_back(column.name());
      }
      for (const auto& name : unused) t->remove(name);
    }
  }

  const InputSource& input_;
  const ReadLimits& limits_;
  DiagnosticSink& sink_;
  XML_Parser parser_ = nullptr;
  bool stopped_ = false;
  std::exception_ptr failure_;

  KnowledgeGraph& graph_;
  std::vector<bool> declared_;  // per vertex: has its <node> been read (else made by an edge)
  bool graph_seen_ = false;
  RawPosition graph_position_;
  std::string graphml_namespace_;
  std::vector<Element> stack_;

  std::vector<Key> keys_;
  std::unordered_map<std::string, std::size_t> key_index_;
  std::optional<std::size_t> current_key_;  // the <key> being read
  std::unordered_map<std::string, AttrType> column_types_[3];
  std::vector<std::size_t> defaults_[3];

  std::size_t element_row_ = 0;              // the current node or edge
  Element element_kind_ = Element::Graph;    // Node or Edge while inside one
  bool entity_label_set_ = false;            // the current node got a label from its data
  std::string yfiles_label_;                 // text of yEd's label element in the current element
  std::size_t yfiles_label_depth_ = 0;       // stack depth of that element while reading it
  bool yfiles_label_done_ = false;
  std::vector<std::size_t> element_seen_;    // keys it had data for
  std::vector<std::size_t> graph_seen_keys_;  // keys the graph had data for
  std::string edge_label_;

  std::size_t data_key_ = 0;
  Domain data_domain_ = Domain::Graph;
  std::size_t data_row_ = 0;
  RawPosition data_position_;
  bool data_has_elements_ = false;
  std::string text_;

  std::size_t cached_line_ = 0;
  std::size_t cached_line_start_ = 0;
};

}  // namespace

KnowledgeGraph read_graphml(const InputSource& input, const ReadOptions& options) {
  DiagnosticSink sink(input.display_name, options.max_errors);
  KnowledgeGraph graph;
  try {
    GraphmlParser parser(input, options, sink, graph);
    parser.parse();
  } catch (const ErrorCapReached&) {
  }
  sink.throw_if_any();
  if (options.undirected) graph.set_directed(false);
  return graph;
}

}  // namespace kgviz
