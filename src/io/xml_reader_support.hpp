// What the XML readers (GraphML, GEXF) share: a streaming parse (expat, kept in the .cpp) that
// refuses DTDs, holds nesting and text within the read limits and stamps errors with line and byte
// column; and typed attribute values as both formats spell them. Internal to src/io.
#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/attributes.hpp"
#include "model/diagnostics.hpp"
#include "model/knowledge_graph.hpp"
#include "model/list_text.hpp"
#include "model/value_typing.hpp"

namespace kgviz {

/// Joins a namespace URI and a local name in the element names XmlStreamReader reports. It cannot
/// occur in XML text, so it can never be part of a URI.
inline constexpr char kXmlNamespaceSeparator = '\x01';

/// An element name split into its namespace URI (empty for none) and its local name.
struct XmlName {
  std::string_view uri;
  std::string_view local;
};
XmlName split_xml_name(std::string_view qualified);

/// Where an event started, as the parser reports it; the byte column is worked out only for errors.
struct XmlPosition {
  std::int64_t offset = -1;
  std::size_t line = 0;
  std::size_t parser_column = 0;  ///< 0-based, in characters
};

/// The attributes of a start tag (name, value, name, value, ..., null), valid during the call.
class XmlAttributes {
 public:
  explicit XmlAttributes(const char* const* pairs) : pairs_(pairs) {}
  /// The value of attribute `name` (exact, namespace-less), or null.
  [[nodiscard]] const char* find(std::string_view name) const;

 private:
  const char* const* pairs_;
};

/// Base of a streaming XML reader: runs expat over the input in 64 KiB pieces and calls the
/// element handlers of the subclass.
///
/// Refused before any handler sees them, each with the position of its start: any DOCTYPE (so no
/// entity, internal or external, is ever expanded or fetched; expat would otherwise skip external
/// ones silently), entity declarations, elements nested deeper than `limits.max_depth`, and
/// attribute values longer than `limits.max_string_length`. XML syntax errors are reported at the
/// parser's position. Columns are in bytes and do not count a byte order mark. Errors go to the
/// sink, which throws ErrorCapReached when full: that ends the parse. Exceptions thrown by the
/// handlers are carried across expat's C frames and rethrown by parse().
class XmlStreamReader {
 public:
  XmlStreamReader(const XmlStreamReader&) = delete;
  XmlStreamReader& operator=(const XmlStreamReader&) = delete;

 protected:
  /// `format` names the input in messages ("GraphML", "GEXF").
  XmlStreamReader(const InputSource& input, const ReadLimits& limits, DiagnosticSink& sink,
                  std::string_view format);
  virtual ~XmlStreamReader() = default;

  /// Reads the whole input; returns true when it was read to its end without a fatal error, so
  /// that the subclass may check what only the end can tell. O(input size).
  bool parse();

  /// An element starts; `qualified` is `URI<kXmlNamespaceSeparator>local`, or just the local name.
  virtual void start_element(std::string_view qualified, const XmlAttributes& attributes,
                             const XmlPosition& position) = 0;
  /// The element last started ends (every start gets its end, unless the parse stopped).
  virtual void end_element() = 0;
  /// Character data, in pieces (one text may arrive in several).
  virtual void text(std::string_view piece) = 0;

  /// The parser's current position (the start of the event being handled).
  [[nodiscard]] XmlPosition here() const;
  void error(const XmlPosition& position, std::string message);
  void warning(const XmlPosition& position, std::string message);
  /// An error after which the rest of the input cannot be trusted or must not be read.
  void fatal(const XmlPosition& position, std::string message);
  /// Appends `piece` to `text`, or stops with a fatal --max-string-length error when `text` would
  /// grow beyond the limit. Returns whether it appended.
  bool append_text(std::string& text, std::string_view piece);
  /// "more than LIMIT WHAT (raise the limit with FLAG)".
  static std::string limit_message(std::size_t limit, std::string_view what, std::string_view flag);

  [[nodiscard]] const ReadLimits& limits() const { return limits_; }
  [[nodiscard]] const InputSource& input() const { return input_; }
  [[nodiscard]] DiagnosticSink& sink() { return sink_; }
  [[nodiscard]] const std::string& format() const { return format_; }

 private:
  friend struct XmlCallbacks;

  void stop();
  [[nodiscard]] std::size_t byte_column(const XmlPosition& position);
  [[nodiscard]] XmlPosition back_to(XmlPosition position, std::string_view marker) const;
  [[nodiscard]] std::string too_long_message() const;

  const InputSource& input_;
  const ReadLimits& limits_;
  DiagnosticSink& sink_;
  std::string format_;
  // expat's XML_Parser while parse() runs, opaque so that expat stays in the .cpp.
  void* parser_ = nullptr;
  bool stopped_ = false;
  std::exception_ptr failure_;
  std::size_t depth_ = 0;
  // Errors of one line share the search for its start.
  std::size_t cached_line_ = 0;
  std::size_t cached_line_start_ = 0;
};

// ---- typed values, as GraphML's attr.type and GEXF's attribute type spell them

/// `text` without leading and trailing XML white space (space, tab, line feed, carriage return).
std::string_view trim_xml_space(std::string_view text);

/// Whether `a` and `b` are equal ignoring ASCII case.
bool equals_ignore_ascii_case(std::string_view a, std::string_view b);

/// The type of a declared attribute type name both formats share, any case: boolean (bool),
/// int (integer, short, byte), long, float, double, string; nullopt for any other name.
std::optional<AttrType> parse_declared_type(std::string_view name);

/// A value parsed by its attribute's type.
struct TypedValue {
  bool present = true;  ///< false: empty text for a non-string type, which is no value
  std::int64_t integer = 0;
  double real = 0.0;
  std::string_view text;  ///< as written (trimmed for non-strings)
};

/// Parses `text` as a value of `type` by the grammars every reader shares (model/value_typing.hpp):
/// booleans `true`/`false` (any case) or XML Schema's 1/0, integers in 64 bits with an optional
/// sign, reals in decimal (`inf`, `Infinity`, `NaN` in any case) or in C hexadecimal with a binary
/// exponent (graph-tool), strings and lists as they are. Returns an error message ("is not an
/// integer", ...) or nothing.
std::optional<std::string> parse_typed_value(AttrType type, std::string_view text,
                                             TypedValue& value);

/// Stores `value`, parsed as `value_type`, in `row` of `column` converted to the column's type (a
/// type widen_types made from `value_type`): numbers as numbers, and the text as written into a
/// string column, or as a one-item list into a list column.
void store_typed_value(AttributeColumn& column, std::size_t row, AttrType value_type,
                       const TypedValue& value, StringPool& pool);

/// A declared attribute (GraphML `<key>`, GEXF `<attribute>`).
struct XmlAttributeDeclaration {
  std::string id;
  std::string name;  ///< GraphML attr.name, GEXF title; else the id
  AttrType type = AttrType::String;
  bool ignored = false;  ///< declared wrongly (reported) or of no interest: its values are skipped
  std::optional<std::string> default_text;
  XmlPosition default_position;
};

/// Joins `type` into the type of column `name` in `types` (widen_types, the one widening rule of
/// model/value_typing.hpp), or enters it.
void join_column_type(std::unordered_map<std::string, AttrType>& types, const std::string& name,
                      AttrType type);

// ---- reading a graph

/// Base of the XML graph readers (GraphML, GEXF): what both do to the graph. Nodes are made on
/// first mention (an edge may name a node declared later in the file) and declared once; an edge
/// end that no node of the file declares is an error at the first edge naming it (a typo in an id
/// must not become a phantom entity); nodes and edges stay within --max-nodes and --max-edges;
/// node values named `label`, `type` and `aliases` are the entity's own; a file has one graph,
/// with nodes.
class XmlGraphReader : public XmlStreamReader {
 public:
  /// Reads the input into the graph given to the constructor, then checks its end (finish()).
  void read() {
    if (parse()) finish();
  }

 protected:
  /// Reads into `graph`, the caller's, in place.
  XmlGraphReader(const InputSource& input, const ReadOptions& options, DiagnosticSink& sink,
                 KnowledgeGraph& graph, std::string_view format)
      : XmlStreamReader(input, options.limits, sink, format), graph_(graph) {}

  /// What only the end of the input can tell; see finish_graph().
  virtual void finish() = 0;

  /// Whether the root element is `expected`; a fatal error otherwise.
  bool accept_root(std::string_view name, std::string_view expected, const XmlPosition& position);
  /// Whether this is the file's first `<graph>`; an error otherwise.
  bool accept_graph(const XmlPosition& position);
  /// The checks at the end: the file had a graph, the graph has nodes, and every node an edge
  /// names was declared; then removes the columns that got no value. Returns whether the graph
  /// passed.
  bool finish_graph();

  /// The vertex of `id`, created (label = id) when the file has not declared it yet, remembering
  /// `position` as its first mention; nullopt after the fatal --max-nodes error.
  std::optional<VertexId> vertex(std::string_view id, const XmlPosition& position);
  /// The vertex a `<node>` declares; nullopt (reported) without an id, for an id declared before,
  /// or beyond --max-nodes.
  std::optional<VertexId> declare_node(const char* id, const XmlPosition& position);
  /// The `source` and `target` of an `<edge>`; nullopt (reported) when one is missing.
  std::optional<std::pair<const char*, const char*>> edge_ends(const XmlAttributes& atts,
                                                               const XmlPosition& position);
  /// A new edge, in file order; nullopt after the fatal --max-edges or --max-nodes error.
  std::optional<EdgeId> add_edge(std::string_view source, std::string_view target,
                                 const XmlPosition& position);

  /// Starts `declaration` with its `id` and `name` (else the id); false (reported) without an id
  /// (`element`: "<key>") or with an id that `index` holds already (`what`: "key"). More than
  /// --max-attributes declarations in the file stop the read (fatal).
  bool begin_declaration(XmlAttributeDeclaration& declaration, const char* id, const char* name,
                         const std::unordered_map<std::string, std::size_t>& index,
                         std::string_view element, std::string_view what,
                         const XmlPosition& position);
  /// Sets the type of `declaration` (a `what`: "key", "node attribute") to `parsed`, the reading
  /// of its declared type `text`. A type kgviz cannot read (nullopt: graph-tool's `vector_float`,
  /// `python_object`, ...) makes a string column holding the values exactly as written, with one
  /// warning naming the declaration: a file is never refused for a type.
  void set_declared_type(XmlAttributeDeclaration& declaration, std::string_view what,
                         std::string_view text, std::optional<AttrType> parsed,
                         const XmlPosition& position);
  /// Keeps `text` as the default of `declaration` (an `owner`: "key", "attribute") when it
  /// parses as the declared type, else reports it at the `<default>`. Returns whether it kept it.
  bool accept_default(XmlAttributeDeclaration& declaration, std::string_view owner,
                      const std::string& text);
  /// Counts one value that a `<default>` fills in an element that lacks it; false after the
  /// fatal error when defaults have filled as many values as the input has bytes. Without that
  /// bound a few hundred bytes of defaults times a million bare elements would be gigabytes.
  bool charge_default(const XmlPosition& position);

  /// Reports element `name` out of place inside the element named `parent`.
  void report_unexpected(std::string_view name, std::string_view parent,
                         const XmlPosition& position);

  /// Whether a node value named `name` is the entity's own label, type or aliases.
  static bool is_entity_field(std::string_view name);
  /// Sets the entity field `name` of `v` from `text`; aliases are `items` when given, else `text`
  /// split on "; " (as kgviz writes them).
  void set_entity_field(VertexId v, std::string_view name, std::string_view text,
                        const std::vector<std::string>* items = nullptr);
  /// The column `name` of `table`, made with `column_type` if absent; null (reported at `position`)
  /// when it exists with another type, which happens when it was declared after values were read.
  AttributeColumn* value_column(AttributeTable& table, std::string_view name, AttrType column_type,
                                AttrType declared_type, const XmlPosition& position);
  /// Stores `value` (of `value_type`) in `row` of column `name` unless the row has a value or the
  /// column's type cannot hold it: for what a format carries outside its data elements (XML
  /// attributes, drawing elements), which the data elements override.
  void fill_value(AttributeTable& table, std::size_t row, std::string_view name,
                  AttrType value_type, const TypedValue& value);
  /// fill_value() for a text, unless it is empty.
  void fill_text(AttributeTable& table, std::size_t row, std::string_view name,
                 std::string_view text);

  KnowledgeGraph& graph_;
  bool entity_label_set_ = false;  ///< the current node got a label of its own

 private:
  std::vector<bool> declared_;  // per vertex: has its <node> been read (else made by an edge)
  // Vertices made by an edge and not declared (yet), with the position of that first edge.
  std::unordered_map<VertexId, XmlPosition> undeclared_;
  std::size_t declarations_ = 0;     // attribute declarations so far (--max-attributes)
  std::size_t defaults_filled_ = 0;  // values filled from <default>s (charge_default)
  bool graph_seen_ = false;
  XmlPosition graph_position_;
  std::optional<VertexId> last_source_;  // the previous edge's source vertex and its id
  std::string last_source_id_;
};

/// An XML graph reader's element stack, for readers whose elements are the enum `Element` (with
/// the frames `Root` and `Skip`): checks the root, skips whatever is inside a skipped element and
/// hands every other element to open(); ends and text go to close() and element_text() with the
/// frame they belong to.
template <class Element>
class XmlElementReader : public XmlGraphReader {
 public:
  /// `root` is the root element's local name; whatever namespace it uses is the format's. (Public
  /// so that readers inherit it; the class is abstract.)
  XmlElementReader(const InputSource& input, const ReadOptions& options, DiagnosticSink& sink,
                   KnowledgeGraph& graph, std::string_view format, std::string_view root)
      : XmlGraphReader(input, options, sink, graph, format), root_(root) {}

 protected:
  /// The frame for an element inside `parent` (not Skip); misplaced ones are reported with
  /// unexpected().
  virtual Element open(Element parent, const XmlName& name, std::string_view qualified,
                       const XmlAttributes& atts, const XmlPosition& position) = 0;
  /// An element inside a skipped one starts.
  virtual void skipped(std::string_view /*qualified*/) {}
  virtual void close(Element /*element*/) {}
  virtual void element_text(Element /*top*/, std::string_view /*piece*/) {}

  /// Reports element `name` out of place inside the element being opened in; returns Skip.
  Element unexpected(std::string_view name, const XmlPosition& position) {
    report_unexpected(name, names_.back(), position);
    return Element::Skip;
  }
  /// Whether an element of namespace `uri` is one of the format's (the root's namespace; some
  /// writers use none, or an older URI).
  [[nodiscard]] bool in_format_namespace(std::string_view uri) const { return uri == namespace_; }
  /// The frames of the open elements, innermost last.
  [[nodiscard]] const std::vector<Element>& stack() const { return stack_; }

 private:
  void start_element(std::string_view qualified, const XmlAttributes& atts,
                     const XmlPosition& position) final {
    if (!stack_.empty() && stack_.back() == Element::Skip) {
      stack_.push_back(Element::Skip);
      names_.emplace_back();
      skipped(qualified);
      return;
    }
    const XmlName name = split_xml_name(qualified);
    if (stack_.empty()) {
      if (!accept_root(name.local, root_, position)) return;
      namespace_ = std::string(name.uri);
      stack_.push_back(Element::Root);
      names_.emplace_back(name.local);
      return;
    }
    const Element frame = open(stack_.back(), name, qualified, atts, position);
    stack_.push_back(frame);
    names_.emplace_back(frame == Element::Skip ? std::string_view() : name.local);
  }

  void end_element() final {
    if (stack_.empty()) return;
    const Element element = stack_.back();
    stack_.pop_back();
    names_.pop_back();
    close(element);
  }

  void text(std::string_view piece) final {
    if (!stack_.empty()) element_text(stack_.back(), piece);
  }

  std::string root_;
  std::string namespace_;
  std::vector<Element> stack_;
  std::vector<std::string> names_;  // local names of the open elements, for messages
};

/// Reads `input` with `Parser` (an XmlElementReader for the `format` whose root element is
/// `root`): every error collected, up to `options.max_errors`, then thrown as one InputError.
/// `options.undirected` makes the graph undirected.
template <class Parser>
KnowledgeGraph read_xml_graph(const InputSource& input, const ReadOptions& options,
                              std::string_view format, std::string_view root) {
  DiagnosticSink sink(input.display_name, options.max_errors, options.on_warning);
  KnowledgeGraph graph;
  try {
    Parser parser(input, options, sink, graph, format, root);
    parser.read();
  } catch (const ErrorCapReached&) {
  }
  // Undeclared edge ends are found at the end, after errors further down the file.
  sink.throw_sorted_if_any();
  if (options.undirected) graph.set_directed(false);
  return graph;
}

/// The error for an edge whose direction is not the graph's: kgviz graphs are not mixed.
std::string mixed_direction_message(bool edge_directed);

}  // namespace kgviz
