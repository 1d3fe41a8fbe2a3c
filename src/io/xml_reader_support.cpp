#include "io/xml_reader_support.hpp"

#include <expat.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <new>

#include "io/text.hpp"
#include "model/value_typing.hpp"

namespace kgviz {

namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 16;

XML_Parser as_parser(void* parser) { return static_cast<XML_Parser>(parser); }

}  // namespace

XmlName split_xml_name(std::string_view qualified) {
  const std::size_t at = qualified.find(kXmlNamespaceSeparator);
  if (at == std::string_view::npos) return {{}, qualified};
  return {qualified.substr(0, at), qualified.substr(at + 1)};
}

const char* XmlAttributes::find(std::string_view name) const {
  for (std::size_t i = 0; pairs_[i] != nullptr; i += 2) {
    if (name == pairs_[i]) return pairs_[i + 1];
  }
  return nullptr;
}

// ---- the expat callbacks: exceptions must not cross expat's C frames, so each one is caught here,
// kept, and rethrown after XML_Parse returns.

struct XmlCallbacks {
  template <class Body>
  static void guarded(void* user_data, Body body) {
    auto* self = static_cast<XmlStreamReader*>(user_data);
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
    guarded(user_data, [&](XmlStreamReader& self) {
      const XmlPosition position = self.here();
      if (self.depth_ >= self.limits_.max_depth) {
        self.fatal(position, "elements are nested deeper than " +
                                 std::to_string(self.limits_.max_depth) +
                                 " levels (raise the limit with --max-depth)");
        return;
      }
      for (std::size_t i = 0; atts[i] != nullptr; i += 2) {
        if (std::strlen(atts[i + 1]) > self.limits_.max_string_length) {
          self.fatal(position, self.too_long_message());
          return;
        }
      }
      ++self.depth_;
      self.start_element(name, XmlAttributes(atts), position);
    });
  }

  static void XMLCALL on_end(void* user_data, const XML_Char* /*name*/) {
    guarded(user_data, [&](XmlStreamReader& self) {
      --self.depth_;
      self.end_element();
    });
  }

  static void XMLCALL on_text(void* user_data, const XML_Char* text, int length) {
    guarded(user_data, [&](XmlStreamReader& self) {
      self.text(std::string_view(text, static_cast<std::size_t>(length)));
    });
  }

  static void XMLCALL on_doctype(void* user_data, const XML_Char* /*name*/,
                                 const XML_Char* /*sysid*/, const XML_Char* /*pubid*/,
                                 int /*has_internal_subset*/) {
    guarded(user_data, [&](XmlStreamReader& self) {
      self.fatal(self.back_to(self.here(), "<!DOCTYPE"),
                 "DOCTYPE declarations are not allowed in " + self.format_ +
                     " input (they can declare entities that read other files or expand without "
                     "bound)");
    });
  }

  static void XMLCALL on_entity(void* user_data, const XML_Char* /*name*/, int /*parameter*/,
                                const XML_Char* /*value*/, int /*length*/, const XML_Char* /*base*/,
                                const XML_Char* /*sysid*/, const XML_Char* /*pubid*/,
                                const XML_Char* /*notation*/) {
    guarded(user_data, [&](XmlStreamReader& self) {
      self.fatal(self.here(), "entity declarations are not allowed in " + self.format_ + " input");
    });
  }
};

XmlStreamReader::XmlStreamReader(const InputSource& input, const ReadLimits& limits,
                                 DiagnosticSink& sink, std::string_view format)
    : input_(input), limits_(limits), sink_(sink), format_(format) {}

bool XmlStreamReader::parse() {
  std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> parser(
      XML_ParserCreateNS(nullptr, kXmlNamespaceSeparator), &XML_ParserFree);
  if (!parser) throw std::bad_alloc();
  parser_ = parser.get();
  XML_SetUserData(parser.get(), this);
  XML_SetElementHandler(parser.get(), &XmlCallbacks::on_start, &XmlCallbacks::on_end);
  XML_SetCharacterDataHandler(parser.get(), &XmlCallbacks::on_text);
  // A DTD is the only way to declare entities; refusing it means nothing is ever expanded or
  // fetched.
  XML_SetStartDoctypeDeclHandler(parser.get(), &XmlCallbacks::on_doctype);
  XML_SetEntityDeclHandler(parser.get(), &XmlCallbacks::on_entity);
  XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);

  const std::string& content = input_.content;
  std::size_t offset = 0;
  while (true) {
    const std::size_t length = std::min(kChunkBytes, content.size() - offset);
    const bool last = offset + length == content.size();
    if (XML_Parse(parser.get(), content.data() + offset, static_cast<int>(length),
                  last ? XML_TRUE : XML_FALSE) == XML_STATUS_ERROR) {
      if (!stopped_) {
        stopped_ = true;
        error(here(),
              std::string("XML syntax error: ") + XML_ErrorString(XML_GetErrorCode(parser.get())));
      }
      break;
    }
    offset += length;
    if (last) break;
  }
  parser_ = nullptr;
  if (failure_) std::rethrow_exception(failure_);
  return !stopped_;
}

XmlPosition XmlStreamReader::here() const {
  if (parser_ == nullptr) return {};
  const XML_Parser parser = as_parser(parser_);
  return XmlPosition{static_cast<std::int64_t>(XML_GetCurrentByteIndex(parser)),
                     static_cast<std::size_t>(XML_GetCurrentLineNumber(parser)),
                     static_cast<std::size_t>(XML_GetCurrentColumnNumber(parser))};
}

void XmlStreamReader::stop() {
  stopped_ = true;
  if (parser_ != nullptr) XML_StopParser(as_parser(parser_), XML_FALSE);
}

void XmlStreamReader::error(const XmlPosition& position, std::string message) {
  sink_.error(position.line, byte_column(position), std::move(message));
}

void XmlStreamReader::warning(const XmlPosition& position, std::string message) {
  sink_.warning(position.line, byte_column(position), std::move(message));
}

void XmlStreamReader::fatal(const XmlPosition& position, std::string message) {
  stop();
  error(position, std::move(message));
}

bool XmlStreamReader::append_text(std::string& text, std::string_view piece) {
  if (text.size() + piece.size() > limits_.max_string_length) {
    fatal(here(), too_long_message());
    return false;
  }
  text.append(piece);
  return true;
}

std::string XmlStreamReader::limit_message(std::size_t limit, std::string_view what,
                                           std::string_view flag) {
  return "more than " + std::to_string(limit) + " " + std::string(what) +
         " (raise the limit with " + std::string(flag) + ")";
}

std::string XmlStreamReader::too_long_message() const {
  return "text longer than " + std::to_string(limits_.max_string_length) +
         " bytes (raise the limit with --max-string-length)";
}

/// The position of the last `marker` at or before `position` (expat reports some declarations at
/// their end, not their start).
XmlPosition XmlStreamReader::back_to(XmlPosition position, std::string_view marker) const {
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
  position.offset = static_cast<std::int64_t>(at);
  return position;
}

/// Expat counts columns in characters; kgviz reports bytes, found from the byte offset by going
/// back to the start of its line.
std::size_t XmlStreamReader::byte_column(const XmlPosition& position) {
  const std::string& content = input_.content;
  if (position.offset < 0 || static_cast<std::size_t>(position.offset) > content.size()) {
    return position.parser_column + 1;
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

// ---- typed values

namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string_view trim_xml_space(std::string_view text) {
  while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
  return text;
}

bool equals_ignore_ascii_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::optional<AttrType> parse_declared_type(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, AttrType>, 10> kTypes{{
      {"boolean", AttrType::Boolean},
      {"bool", AttrType::Boolean},
      {"int", AttrType::Int},
      {"integer", AttrType::Int},  // GEXF's name
      {"short", AttrType::Int},    // graph-tool's int16_t, Gephi's short
      {"byte", AttrType::Int},
      {"long", AttrType::Long},
      {"float", AttrType::Float},
      {"double", AttrType::Double},
      {"string", AttrType::String},
  }};
  for (const auto& [spelling, type] : kTypes) {
    if (equals_ignore_ascii_case(name, spelling)) return type;
  }
  return std::nullopt;
}

std::optional<std::string> parse_typed_value(AttrType type, std::string_view text,
                                             TypedValue& value) {
  if (type == AttrType::String || type == AttrType::StringList) {
    value.text = text;
    return std::nullopt;
  }
  const std::string_view trimmed = trim_xml_space(text);
  value.text = trimmed;
  if (trimmed.empty()) {
    value.present = false;
    return std::nullopt;
  }
  if (type == AttrType::Boolean) {
    // XML Schema's boolean: the boolean grammar, and 1 or 0.
    const std::optional<bool> flag = trimmed == "1"   ? std::optional<bool>(true)
                                     : trimmed == "0" ? std::optional<bool>(false)
                                                      : boolean_of(trimmed);
    if (!flag) return std::string("is not a boolean (true, false, 1 or 0)");
    value.integer = *flag ? 1 : 0;
    return std::nullopt;
  }
  // The number grammar of every reader (model/value_typing.hpp).
  if (is_integral(type)) {
    const NumberParse status = parse_integer(trimmed, value.integer);
    if (status == NumberParse::OutOfRange) return std::string("is out of range for an integer");
    if (status != NumberParse::Ok) return std::string("is not an integer");
    value.real = static_cast<double>(value.integer);
    return std::nullopt;
  }
  const NumberParse status = parse_real(trimmed, value.real);
  if (status == NumberParse::OutOfRange) return std::string("is out of range");
  if (status != NumberParse::Ok) return std::string("is not a number");
  value.integer = 0;
  return std::nullopt;
}

void join_column_type(std::unordered_map<std::string, AttrType>& types, const std::string& name,
                      AttrType type) {
  auto [it, inserted] = types.try_emplace(name, type);
  if (!inserted) it->second = widen_types(it->second, type);
}

void store_typed_value(AttributeColumn& column, std::size_t row, AttrType value_type,
                       const TypedValue& value, StringPool& pool) {
  switch (column.type()) {
    case AttrType::Boolean:
    case AttrType::Int:
    case AttrType::Long:
      column.set_integer(row, value.integer);
      break;
    case AttrType::Float:
    case AttrType::Double:
      column.set_real(row,
                      is_integral(value_type) ? static_cast<double>(value.integer) : value.real);
      break;
    case AttrType::String:
      column.set_string(row, pool.intern(value.text));
      break;
    case AttrType::StringList:
      column.set_list(row, {pool.intern(value.text)});
      break;
  }
}

// ---- reading a graph

bool XmlGraphReader::accept_root(std::string_view name, std::string_view expected,
                                 const XmlPosition& position) {
  if (name == expected) return true;
  fatal(position, "not a " + format() + " document: the root element is <" + abbreviate(name, 40) +
                      ">, not <" + std::string(expected) + ">");
  return false;
}

bool XmlGraphReader::accept_graph(const XmlPosition& position) {
  if (graph_seen_) {
    error(position, "a second <graph>: kgviz reads one graph per " + format() + " file");
    return false;
  }
  graph_seen_ = true;
  graph_position_ = position;
  return true;
}

bool XmlGraphReader::finish_graph() {
  if (!graph_seen_) {
    sink().error("the " + format() + " document has no <graph> element");
    return false;
  }
  if (graph_.node_count() == 0 && sink().empty()) {
    error(graph_position_, "the graph has no nodes");
    return false;
  }
  if (!undeclared_.empty()) {
    // In file order of the first mention (the map's order is not).
    std::vector<std::pair<VertexId, XmlPosition>> missing(undeclared_.begin(), undeclared_.end());
    std::sort(missing.begin(), missing.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [v, position] : missing) {
      error(position, "edge end '" + abbreviate(graph_.id(v), 60) +
                          "' is not a node of the file (no <node id=\"" +
                          abbreviate(graph_.id(v), 60) + "\">)");
    }
    return false;
  }
  // Declared but never used: removed in one pass (declarations may number --max-attributes).
  for (AttributeTable* table :
       {&graph_.node_attributes(), &graph_.edge_attributes(), &graph_.graph_attributes()}) {
    table->remove_empty();
  }
  return true;
}

std::optional<VertexId> XmlGraphReader::vertex(std::string_view id, const XmlPosition& position) {
  if (auto v = graph_.find(id)) return v;
  if (graph_.node_count() >= limits().max_nodes) {
    fatal(position, limit_message(limits().max_nodes, "nodes", "--max-nodes"));
    return std::nullopt;
  }
  const VertexId v = graph_.add_entity(id, id, "");
  declared_.push_back(false);
  undeclared_.emplace(v, position);
  return v;
}

std::optional<VertexId> XmlGraphReader::declare_node(const char* id, const XmlPosition& position) {
  if (id == nullptr) {
    error(position, "<node> without an id");
    return std::nullopt;
  }
  const auto v = vertex(id, position);
  if (!v) return std::nullopt;
  if (declared_[*v]) {
    error(position, "duplicate node id '" + abbreviate(id, 60) + "'");
    return std::nullopt;
  }
  declared_[*v] = true;
  undeclared_.erase(*v);
  entity_label_set_ = false;
  return v;
}

std::optional<std::pair<const char*, const char*>> XmlGraphReader::edge_ends(
    const XmlAttributes& atts, const XmlPosition& position) {
  const char* source = atts.find("source");
  const char* target = atts.find("target");
  if (source == nullptr || target == nullptr) {
    error(position, std::string("<edge> without a ") + (source == nullptr ? "source" : "target"));
    return std::nullopt;
  }
  return std::make_pair(source, target);
}

std::optional<EdgeId> XmlGraphReader::add_edge(std::string_view source, std::string_view target,
                                               const XmlPosition& position) {
  if (graph_.edge_count() >= limits().max_edges) {
    fatal(position, limit_message(limits().max_edges, "edges", "--max-edges"));
    return std::nullopt;
  }
  // Writers list edges grouped by source (networkx, igraph, graph-tool): reusing the previous
  // edge's source vertex saves a hash lookup per edge on large files.
  if (!last_source_ || source != last_source_id_) {
    last_source_ = vertex(source, position);
    if (!last_source_) return std::nullopt;
    last_source_id_.assign(source);
  }
  const VertexId from = *last_source_;
  const auto to = vertex(target, position);
  if (!to) return std::nullopt;
  return graph_.add_relation(from, *to);
}

bool XmlGraphReader::begin_declaration(XmlAttributeDeclaration& declaration, const char* id,
                                       const char* name,
                                       const std::unordered_map<std::string, std::size_t>& index,
                                       std::string_view element, std::string_view what,
                                       const XmlPosition& position) {
  if (id == nullptr) {
    error(position, std::string(element) + " without an id");
    return false;
  }
  if (++declarations_ > limits().max_attributes) {
    fatal(position,
          limit_message(limits().max_attributes, "declared attributes", "--max-attributes"));
    return false;
  }
  if (index.count(id) != 0) {
    error(position, std::string(what) + " id '" + abbreviate(id, 40) + "' is declared twice");
    return false;
  }
  declaration.id = id;
  declaration.name = name != nullptr ? name : id;
  return true;
}

void XmlGraphReader::set_declared_type(XmlAttributeDeclaration& declaration, std::string_view what,
                                       std::string_view text, std::optional<AttrType> parsed,
                                       const XmlPosition& position) {
  if (parsed) {
    declaration.type = *parsed;
    return;
  }
  declaration.type = AttrType::String;
  warning(position, std::string(what) + " '" + abbreviate(declaration.id, 40) + "' (" +
                        abbreviate(declaration.name, 40) + ") has type \"" + abbreviate(text, 40) +
                        "\", which kgviz does not read: its values are kept as text");
}

bool XmlGraphReader::accept_default(XmlAttributeDeclaration& declaration, std::string_view owner,
                                    const std::string& text) {
  TypedValue value;
  if (auto problem = parse_typed_value(declaration.type, text, value)) {
    error(declaration.default_position, "default value '" + abbreviate(trim_xml_space(text), 40) +
                                            "' of " + std::string(owner) + " '" + declaration.name +
                                            "' " + *problem);
    return false;
  }
  declaration.default_text = text;
  return true;
}

bool XmlGraphReader::charge_default(const XmlPosition& position) {
  if (++defaults_filled_ <= input().content.size()) return true;
  fatal(position, "<default> values would fill more values than the input has bytes (" +
                      std::to_string(input().content.size()) +
                      "): write the values in the elements instead");
  return false;
}

void XmlGraphReader::report_unexpected(std::string_view name, std::string_view parent,
                                       const XmlPosition& position) {
  error(position, "unexpected element <" + abbreviate(name, 40) + "> inside <" +
                      abbreviate(parent, 40) + ">");
}

bool XmlGraphReader::is_entity_field(std::string_view name) {
  return name == attr::kLabel || name == "type" || name == attr::kAliases;
}

void XmlGraphReader::set_entity_field(VertexId v, std::string_view name, std::string_view text,
                                      const std::vector<std::string>* items) {
  if (name == attr::kLabel) {
    if (text.empty()) return;  // igraph writes an empty label for none: the id stays the label
    graph_.set_label(v, text);
    entity_label_set_ = true;
  } else if (name == "type") {
    graph_.set_type(v, text);
  } else {
    graph_.set_node_list(v, attr::kAliases, items != nullptr ? *items : split_list(text));
  }
}

AttributeColumn* XmlGraphReader::value_column(AttributeTable& table, std::string_view name,
                                              AttrType column_type, AttrType declared_type,
                                              const XmlPosition& position) {
  AttributeColumn* column = table.ensure(name, column_type);
  if (column == nullptr) {
    error(position, "attribute '" + std::string(name) + "' was declared as " +
                        std::string(attr_type_name(declared_type)) +
                        " after values of another type were read");
  }
  return column;
}

void XmlGraphReader::fill_value(AttributeTable& table, std::size_t row, std::string_view name,
                                AttrType value_type, const TypedValue& value) {
  AttributeColumn* column = table.find(name);
  if (column == nullptr) column = table.ensure(name, value_type);
  if (column->has(row) || widen_types(column->type(), value_type) != column->type()) return;
  store_typed_value(*column, row, value_type, value, graph_.strings());
}

void XmlGraphReader::fill_text(AttributeTable& table, std::size_t row, std::string_view name,
                               std::string_view text) {
  if (text.empty()) return;
  TypedValue value;
  value.text = text;
  fill_value(table, row, name, AttrType::String, value);
}

std::string mixed_direction_message(bool edge_directed) {
  return std::string(edge_directed ? "a directed edge in an undirected graph"
                                   : "an undirected edge in a directed graph") +
         ": graphs mixing both are not supported";
}

}  // namespace kgviz
