#include "io/graphml_reader.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "io/text.hpp"
#include "io/xml_reader_support.hpp"
#include "model/diagnostics.hpp"
#include "model/run_record_fields.hpp"

namespace kgviz {

namespace {

// yEd keeps node and edge labels only inside its graphics data, in these elements.
constexpr std::string_view kYfilesNodeLabel =
    "http://www.yworks.com/xml/graphml\x01"
    "NodeLabel";
constexpr std::string_view kYfilesEdgeLabel =
    "http://www.yworks.com/xml/graphml\x01"
    "EdgeLabel";

// graph-tool keeps the ids of a file it read under these names, since its own are positions.
constexpr std::string_view kGraphToolVertexId = "_graphml_vertex_id";
constexpr std::string_view kGraphToolEdgeId = "_graphml_edge_id";
// igraph (and graph-tool users) name vertices with this attribute; their file ids are positions.
constexpr std::string_view kName = "name";

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

/// A `<key>`; yfiles.type keys (yEd's graphics) are ignored.
struct Key : XmlAttributeDeclaration {
  unsigned domains = 0;
};

/// The GraphML element a stack frame stands for; Skip covers elements whose content is ignored
/// (desc, other namespaces, children of data, and elements already reported).
enum class Element { Root, Key, Default, Graph, Node, Edge, Data, Skip };

class GraphmlParser : public XmlElementReader<Element> {
 public:
  using XmlElementReader::XmlElementReader;

 private:
  // ---- elements

  Element open(Element parent, const XmlName& qname, std::string_view qualified,
               const XmlAttributes& atts, const XmlPosition& position) override {
    if (parent == Element::Default || parent == Element::Data) {
      // Data holding elements is a yFiles extension (yEd's graphics): its value is ignored.
      data_has_elements_ = true;
      start_yfiles_label(qualified, stack().size() + 1);
      return Element::Skip;
    }
    // Elements of other namespaces are extensions; some writers put GraphML in none.
    if (!qname.uri.empty() && !in_format_namespace(qname.uri)) return Element::Skip;
    const std::string_view name = qname.local;
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
          return unsupported(position,
                             "nested graphs (a <graph> inside a <node> or <edge>) are "
                             "not supported");
        }
        if (name == "port") return unsupported(position, "ports are not supported");
        break;
      default:
        break;
    }
    return unexpected(name, position);
  }

  void skipped(std::string_view qualified) override {
    start_yfiles_label(qualified, stack().size());
  }

  Element unsupported(const XmlPosition& position, std::string message) {
    error(position, std::move(message));
    return Element::Skip;
  }

  void close(Element element) override {
    if (yfiles_label_depth_ == stack().size() + 1) {
      yfiles_label_depth_ = 0;
      yfiles_label_done_ = true;
    }
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

  void element_text(Element top, std::string_view piece) override {
    if (yfiles_label_depth_ == stack().size()) {
      append_text(yfiles_label_, piece);
    } else if (top == Element::Data || top == Element::Default) {
      append_text(text_, piece);
    }
  }

  // ---- keys

  Element start_key(const XmlAttributes& atts, const XmlPosition& position) {
    current_key_.reset();
    Key key;
    if (!begin_declaration(key, atts.find("id"), atts.find("attr.name"), key_index_, "<key>", "key",
                           position)) {
      return Element::Key;
    }
    const char* domain = atts.find("for");
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
    if (atts.find("yfiles.type") != nullptr) key.ignored = true;
    if (const char* type = atts.find("attr.type"); type != nullptr && !key.ignored) {
      set_declared_type(key, "key", type, parse_declared_type(type), position);
    }
    // graph-tool's edge ids are kept as the edge attribute `id`, as edge lists keep theirs.
    if (key.domains == kEdges && key.name == kGraphToolEdgeId) key.name = "id";
    if (!key.ignored) {
      for (const Domain d : {Domain::Node, Domain::Edge, Domain::Graph}) {
        if ((key.domains & bit_of(d)) != 0) join_column_type(column_types(d), key.name, key.type);
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
    const bool had_default = key.default_text.has_value();
    if (key.ignored || !accept_default(key, "key", text_) || had_default) return;
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

  static bool is_node_field(Domain domain, std::string_view name) {
    return domain == Domain::Node && is_entity_field(name);
  }

  // ---- graph, nodes, edges

  Element start_graph(const XmlAttributes& atts, const XmlPosition& position) {
    if (!accept_graph(position)) return Element::Skip;
    const char* edgedefault = atts.find("edgedefault");
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
        if ((key.domains & bit_of(d)) == 0 || is_node_field(d, key.name)) continue;
        table(d).ensure(key.name, column_types(d).at(key.name));
      }
    }
    return Element::Graph;
  }

  Element start_node(const XmlAttributes& atts, const XmlPosition& position) {
    const auto v = declare_node(atts.find("id"), position);
    if (!v) return Element::Skip;
    start_element_data(*v, Element::Node, position);
    return Element::Node;
  }

  /// Resets the per-element state for the node or edge `row` whose data follows.
  void start_element_data(std::size_t row, Element kind, const XmlPosition& position) {
    element_row_ = row;
    element_kind_ = kind;
    element_position_ = position;
    ++element_serial_;
    entity_label_set_ = false;
    yfiles_label_.clear();
    yfiles_label_depth_ = 0;
    yfiles_label_done_ = false;
  }

  /// Starts collecting the text of yEd's first NodeLabel (in a node) or EdgeLabel (in an edge).
  /// `depth`: the stack depth of the element once it is open.
  void start_yfiles_label(std::string_view qualified, std::size_t depth) {
    if (yfiles_label_done_ || yfiles_label_depth_ != 0) return;
    if ((element_kind_ == Element::Node && qualified == kYfilesNodeLabel) ||
        (element_kind_ == Element::Edge && qualified == kYfilesEdgeLabel)) {
      yfiles_label_depth_ = depth;
    }
  }

  void end_node() {
    apply_defaults(Domain::Node, element_row_, element_position_);
    const auto v = static_cast<VertexId>(element_row_);
    const std::string_view yfiles_label = trim_xml_space(yfiles_label_);
    if (!entity_label_set_ && !yfiles_label.empty()) {
      graph_.set_label(v, yfiles_label);
      entity_label_set_ = true;
    }
    if (entity_label_set_) {
      if (labelled_.size() <= v) labelled_.resize(v + 1, false);
      labelled_[v] = true;
    }
    element_kind_ = Element::Graph;
  }

  Element start_edge(const XmlAttributes& atts, const XmlPosition& position) {
    if (atts.find("sourceport") != nullptr || atts.find("targetport") != nullptr) {
      return unsupported(position, "ports are not supported (edge with sourceport/targetport)");
    }
    const auto ends = edge_ends(atts, position);
    if (!ends) return Element::Skip;
    if (const char* directed = atts.find("directed")) {
      const std::string_view value = directed;
      const bool is_directed = value == "true" || value == "1";
      if (!is_directed && value != "false" && value != "0") {
        error(position,
              "directed must be \"true\" or \"false\", not \"" + abbreviate(value, 40) + "\"");
        return Element::Skip;
      }
      if (is_directed != graph_.directed()) {
        error(position, mixed_direction_message(is_directed));
        return Element::Skip;
      }
    }
    const auto e = add_edge(ends->first, ends->second, position);
    if (!e) return Element::Skip;
    start_element_data(*e, Element::Edge, position);
    const char* label = atts.find("label");
    edge_label_ = label != nullptr ? label : "";
    return Element::Edge;
  }

  void end_edge() {
    apply_defaults(Domain::Edge, element_row_, element_position_);
    element_kind_ = Element::Graph;
    const auto e = static_cast<EdgeId>(element_row_);
    // Gephi's `<edge label="...">` is the edge type: the relation, unless the data names one.
    fill_text(graph_.edge_attributes(), e, attr::kRelation, edge_label_);
    fill_text(graph_.edge_attributes(), e, attr::kLabel, trim_xml_space(yfiles_label_));
  }

  // ---- data

  Element start_data(const XmlAttributes& atts, const XmlPosition& position, Domain domain,
                     std::size_t row) {
    const char* key_id = atts.find("key");
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
    std::vector<std::uint64_t>& seen = seen_at(data_domain_);
    if (seen.size() <= data_key_) seen.resize(keys_.size(), 0);
    seen[data_key_] = data_domain_ == Domain::Graph ? 1 : element_serial_;
  }

  /// Per key, the serial of the last element that had data for it (graph data: 1 once seen), so
  /// that an element's defaults cost one look-up per key with a default, however many data it has.
  std::vector<std::uint64_t>& seen_at(Domain domain) {
    return domain == Domain::Graph ? graph_seen_at_ : element_seen_at_;
  }

  /// Fills the values the element `row` did not get from its data with the keys' defaults.
  void apply_defaults(Domain domain, std::size_t row, const XmlPosition& position) {
    const std::vector<std::uint64_t>& seen = seen_at(domain);
    const std::uint64_t serial = domain == Domain::Graph ? 1 : element_serial_;
    for (const std::size_t k : defaults(domain)) {
      if (k < seen.size() && seen[k] == serial) continue;
      if (!charge_default(position)) return;
      const Key& key = keys_[k];
      store(domain, row, key, *key.default_text, key.default_position);
    }
  }

  /// Stores one value; returns whether there was one.
  bool store(Domain domain, std::size_t row, const Key& key, std::string_view text,
             const XmlPosition& position) {
    TypedValue value;
    if (auto problem = parse_typed_value(key.type, text, value)) {
      error(position, "value '" + abbreviate(trim_xml_space(text), 40) + "' of '" + key.name +
                          "' " + *problem + " (its key '" + key.id + "' has attr.type " +
                          std::string(attr_type_name(key.type)) + ")");
      return false;
    }
    if (!value.present) return false;
    if (is_node_field(domain, key.name)) {
      set_entity_field(static_cast<VertexId>(row), key.name, value.text);
      return true;
    }
    auto& types = column_types(domain);
    const auto type_it = types.find(key.name);
    const AttrType column_type = type_it != types.end() ? type_it->second : key.type;
    AttributeColumn* column =
        value_column(table(domain), key.name, column_type, key.type, position);
    if (column == nullptr) return false;
    store_typed_value(*column, row, key.type, value, graph_.strings());
    return true;
  }

  // ---- end of input

  void finish() override {
    apply_defaults(Domain::Graph, 0, XmlPosition{});
    // kgviz writes its run record as graph data (and the writers leave a read one out).
    graph_.set_written_by_kgviz(graph_.graph_attributes().find(record_field::kVersion) != nullptr);
    if (!finish_graph()) return;
    resolve_ids();
  }

  /// The ids and labels of files whose node ids are positions (graph-tool, igraph): the values of
  /// graph-tool's `_graphml_vertex_id` are the ids; else, when every node id is `n` and its
  /// position (`n0`, `n1`, ...), the `name` values are, if every node has a distinct one. A node
  /// without a label of its own is labelled by its `name`, else its id.
  void resolve_ids() {
    AttributeTable& nodes = graph_.node_attributes();
    bool renamed = false;
    if (const AttributeColumn* given = nodes.find(kGraphToolVertexId)) {
      if (!reassign_ids(*given, true)) {
        sink().error("the values of '" + std::string(kGraphToolVertexId) +
                     "' (graph-tool's node ids) are not distinct");
        return;
      }
      nodes.remove(kGraphToolVertexId);
      renamed = true;
    } else if (const AttributeColumn* name = nodes.find(kName);
               name != nullptr && positional_ids()) {
      renamed = reassign_ids(*name, false);
      if (!renamed) {
        warning(XmlPosition{}, "node ids stay n0, n1, ...: " + why_names_are_not_ids(*name) +
                                   ", so the names cannot be the ids");
      }
    }
    const AttributeColumn* name = nodes.find(kName);
    if (!renamed && name == nullptr) return;
    for (VertexId v = 0; v < graph_.node_count(); ++v) {
      if (v < labelled_.size() && labelled_[v]) continue;
      if (name != nullptr && name->has(v)) {
        graph_.set_label(v, attribute_text(*name, v, graph_.strings()));
      } else {
        graph_.set_label(v, graph_.id(v));
      }
    }
  }

  /// Whether node i's id is `n<i>` for every node: ids that are positions, as igraph and graph-tool
  /// write them.
  bool positional_ids() const {
    std::string expected;
    for (VertexId v = 0; v < graph_.node_count(); ++v) {
      expected = "n" + std::to_string(v);
      if (graph_.id(v) != expected) return false;
    }
    return true;
  }

  /// The first node without a name, or the first name two nodes share.
  std::string why_names_are_not_ids(const AttributeColumn& name) const {
    std::unordered_map<std::string, VertexId> first;
    for (VertexId v = 0; v < graph_.node_count(); ++v) {
      if (!name.has(v)) return "node '" + std::string(graph_.id(v)) + "' has no name";
      std::string text = attribute_text(name, v, graph_.strings());
      if (text.empty()) return "node '" + std::string(graph_.id(v)) + "' has an empty name";
      const auto [at, fresh] = first.emplace(std::move(text), v);
      if (!fresh) {
        return "nodes '" + std::string(graph_.id(at->second)) + "' and '" +
               std::string(graph_.id(v)) + "' are both named '" + abbreviate(at->first, 40) + "'";
      }
    }
    return "their names clash";
  }

  /// Makes the values of `column` the node ids (nodes without one keep theirs when `keep_missing`,
  /// else nothing changes); false when they are missing or not distinct.
  bool reassign_ids(const AttributeColumn& column, bool keep_missing) {
    std::vector<std::string> texts(graph_.node_count());
    for (VertexId v = 0; v < texts.size(); ++v) {
      if (column.has(v)) {
        texts[v] = attribute_text(column, v, graph_.strings());
      } else if (keep_missing) {
        texts[v] = graph_.id(v);
      } else {
        return false;
      }
    }
    return graph_.reassign_ids(std::vector<std::string_view>(texts.begin(), texts.end()));
  }

  std::vector<Key> keys_;
  std::unordered_map<std::string, std::size_t> key_index_;
  std::optional<std::size_t> current_key_;  // the <key> being read
  std::unordered_map<std::string, AttrType> column_types_[3];
  std::vector<std::size_t> defaults_[3];

  std::size_t element_row_ = 0;            // the current node or edge
  Element element_kind_ = Element::Graph;  // Node or Edge while inside one
  std::string yfiles_label_;               // text of yEd's label element in the current element
  std::size_t yfiles_label_depth_ = 0;     // stack depth of that element while reading it
  bool yfiles_label_done_ = false;
  XmlPosition element_position_;
  std::uint64_t element_serial_ = 0;  // counts nodes and edges (seen_at)
  std::vector<std::uint64_t> element_seen_at_;
  std::vector<std::uint64_t> graph_seen_at_;
  std::vector<bool> labelled_;  // per node: it has a label of its own
  std::string edge_label_;

  std::size_t data_key_ = 0;
  Domain data_domain_ = Domain::Graph;
  std::size_t data_row_ = 0;
  XmlPosition data_position_;
  bool data_has_elements_ = false;
  std::string text_;
};

}  // namespace

KnowledgeGraph read_graphml(const InputSource& input, const ReadOptions& options) {
  return read_xml_graph<GraphmlParser>(input, options, "GraphML", "graphml");
}

}  // namespace kgviz
