#include "io/gexf_reader.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/text.hpp"
#include "io/xml_reader_support.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

/// The two attribute classes of GEXF.
enum class Domain : std::size_t { Node = 0, Edge = 1 };

std::string_view domain_name(Domain domain) { return domain == Domain::Node ? "node" : "edge"; }

/// The kgviz type of a GEXF attribute type (any case, with the aliases Gephi accepts), or nullopt
/// when GEXF has no such type.
std::optional<AttrType> gexf_type(std::string_view name) {
  if (auto shared = parse_declared_type(name)) return shared;
  // Kept as written: kgviz has no big numbers, dates or URIs, and text loses nothing.
  static constexpr std::array<std::string_view, 6> kTextTypes{"char", "character",  "anyURI",
                                                              "date", "bigdecimal", "biginteger"};
  for (const std::string_view spelling : kTextTypes) {
    if (equals_ignore_ascii_case(name, spelling)) return AttrType::String;
  }
  constexpr std::string_view kList = "list";
  if (name.size() > kList.size() && equals_ignore_ascii_case(name.substr(0, kList.size()), kList)) {
    const std::string_view item = name.substr(kList.size());
    if (!equals_ignore_ascii_case(item.substr(0, kList.size()), kList) && gexf_type(item)) {
      return AttrType::StringList;
    }
  }
  return std::nullopt;
}

/// The items of a GEXF list value: `[a, 'b', "c, d"]` with backslash escapes in quoted items
/// (Gephi 0.9+, graphology for GEXF 1.3), else items separated by `|` (GEXF 1.2), else one item.
std::vector<std::string> parse_list(std::string_view text) {
  std::vector<std::string> items;
  text = trim_xml_space(text);
  if (text.size() >= 2 && text.front() == '[' && text.back() == ']') {
    const std::string_view inside = text.substr(1, text.size() - 2);
    std::size_t i = 0;
    while (i < inside.size()) {
      while (i < inside.size() &&
             (inside[i] == ' ' || inside[i] == '\t' || inside[i] == '\n' || inside[i] == '\r')) {
        ++i;
      }
      if (i >= inside.size()) break;
      std::string item;
      const char quote = inside[i];
      if (quote == '"' || quote == '\'') {
        for (++i; i < inside.size() && inside[i] != quote; ++i) {
          if (inside[i] == '\\' && i + 1 < inside.size()) {
            const char next = inside[++i];
            item += next == 'n' ? '\n' : next == 't' ? '\t' : next == 'r' ? '\r' : next;
          } else {
            item += inside[i];
          }
        }
        ++i;  // the closing quote
        while (i < inside.size() && inside[i] != ',') ++i;
      } else {
        const std::size_t comma = inside.find(',', i);
        item = std::string(trim_xml_space(inside.substr(i, comma - i)));
        i = comma == std::string_view::npos ? inside.size() : comma;
      }
      items.push_back(std::move(item));
      ++i;  // the comma
    }
    return items;
  }
  if (text.empty()) return items;
  while (true) {
    const std::size_t bar = text.find('|');
    items.emplace_back(trim_xml_space(text.substr(0, bar)));
    if (bar == std::string_view::npos) break;
    text.remove_prefix(bar + 1);
  }
  return items;
}

std::string_view optional_text(const char* text) { return text != nullptr ? text : ""; }

/// The type a column gets from what GEXF carries outside attvalues (XML attributes, viz), which
/// declarations of the same title are joined with; nullopt for other titles.
std::optional<AttrType> intrinsic_type(Domain domain, std::string_view title) {
  if (domain == Domain::Node) {
    if (title == "x" || title == "y" || title == "size") return AttrType::Double;
    if (title == "r" || title == "g" || title == "b") return AttrType::Int;
    return std::nullopt;
  }
  if (title == attr::kWeight) return AttrType::Double;
  if (title == attr::kLabel || title == attr::kRelation) return AttrType::String;
  return std::nullopt;
}

/// An `<attribute>`: its name is its title.
using Attribute = XmlAttributeDeclaration;

/// The GEXF element a stack frame stands for; Skip covers elements whose content is ignored
/// (other namespaces, dynamics, shapes, and elements already reported).
enum class Element {
  Root,
  Meta,
  MetaText,
  Graph,
  Attributes,
  Attribute,
  Default,
  Nodes,
  Node,
  Edges,
  Edge,
  AttValues,
  AttValue,
  Skip
};

class GexfParser : public XmlElementReader<Element> {
 public:
  using XmlElementReader::XmlElementReader;

 private:
  // ---- elements

  void close(Element element) override {
    switch (element) {
      case Element::Node:
        apply_defaults(Domain::Node, position_);
        break;
      case Element::Edge:
        apply_defaults(Domain::Edge, position_);
        break;
      case Element::MetaText:
        meta_.emplace_back(std::move(meta_field_), std::string(trim_xml_space(text_)));
        break;
      case Element::Default:
        end_default();
        break;
      case Element::Attribute:
        current_attribute_.reset();
        break;
      case Element::Attributes:
        attributes_domain_.reset();
        break;
      default:
        break;
    }
  }

  void element_text(Element top, std::string_view piece) override {
    if (top == Element::MetaText || top == Element::Default) append_text(text_, piece);
  }

  Element open(Element parent, const XmlName& qname, std::string_view /*qualified*/,
               const XmlAttributes& atts, const XmlPosition& position) override {
    const std::string_view name = qname.local;
    if (parent == Element::MetaText || parent == Element::Default) return Element::Skip;
    if ((parent == Element::Node || parent == Element::Edge) && is_viz(parent, name)) {
      if (parent == Element::Node) read_viz(name, atts, position);
      return Element::Skip;
    }
    if (!in_format_namespace(qname.uri)) return Element::Skip;
    switch (parent) {
      case Element::Root:
        if (name == "meta") return Element::Meta;
        if (name == "graph") return start_graph(atts, position);
        break;
      case Element::Meta:
        if (name == "creator" || name == "description" || name == "keywords") {
          meta_field_ = std::string(name);
          text_.clear();
          return Element::MetaText;
        }
        return Element::Skip;  // informational only
      case Element::Graph:
        if (name == "attributes") return start_attributes(atts, position);
        if (name == "nodes") return start_elements(Element::Nodes);
        if (name == "edges") return start_elements(Element::Edges);
        break;
      case Element::Attributes:
        if (name == "attribute") return start_attribute(atts, position);
        break;
      case Element::Attribute:
        if (name == "default") {
          text_.clear();
          if (current_attribute_) attribute_at(*current_attribute_).default_position = position;
          return Element::Default;
        }
        if (name == "options") return Element::Skip;
        break;
      case Element::Nodes:
        if (name == "node") return start_node(atts, position);
        break;
      case Element::Edges:
        if (name == "edge") return start_edge(atts, position);
        break;
      case Element::Node:
      case Element::Edge:
        if (name == "attvalues") return Element::AttValues;
        if (name == "spells" || name == "slices") return Element::Skip;
        if (parent == Element::Node && (name == "nodes" || name == "parents")) {
          error(position,
                "hierarchies are not supported (<" + std::string(name) + "> inside a <node>)");
          return Element::Skip;
        }
        break;
      case Element::AttValues:
        if (name == "attvalue") {
          read_attvalue(atts, position);
          return Element::AttValue;
        }
        break;
      default:
        break;
    }
    return unexpected(name, position);
  }

  // ---- the graph

  Element start_graph(const XmlAttributes& atts, const XmlPosition& position) {
    if (!accept_graph(position)) return Element::Skip;
    if (const char* edge_type = atts.find("defaultedgetype")) {
      const auto directed = parse_direction(edge_type);
      if (!directed) {
        error(position,
              "defaultedgetype must be \"directed\", \"undirected\" or \"mutual\", "
              "not \"" +
                  abbreviate(edge_type, 40) + "\"");
      } else {
        default_directed_ = *directed;
      }
    }
    graph_.set_directed(default_directed_);
    if (const char* name = atts.find("name"); name != nullptr && *name != '\0') {
      graph_name_ = name;
    }
    return Element::Graph;
  }

  /// Whether an edge type means directed; nullopt for an unknown one. `mutual` is a relation both
  /// ways, which a simple undirected edge says.
  static std::optional<bool> parse_direction(std::string_view type) {
    if (equals_ignore_ascii_case(type, "directed")) return true;
    if (equals_ignore_ascii_case(type, "undirected") || equals_ignore_ascii_case(type, "mutual")) {
      return false;
    }
    return std::nullopt;
  }

  /// `<nodes>` or `<edges>`: attribute columns are made now, in declaration order (not the order
  /// values first appear), so that kgviz writes them back in the same order.
  Element start_elements(Element kind) {
    if (!columns_made_) {
      columns_made_ = true;
      for (const Domain d : {Domain::Node, Domain::Edge}) {
        for (const Attribute& attribute : attributes(d)) {
          if (attribute.ignored || is_node_field(d, attribute.name)) continue;
          table(d).ensure(attribute.name, column_types(d).at(attribute.name));
        }
      }
    }
    return kind;
  }

  // ---- attribute declarations

  Element start_attributes(const XmlAttributes& atts, const XmlPosition& position) {
    const char* element_class = atts.find("class");
    const std::string_view value = element_class != nullptr ? element_class : "";
    if (equals_ignore_ascii_case(value, "node")) {
      attributes_domain_ = Domain::Node;
    } else if (equals_ignore_ascii_case(value, "edge")) {
      attributes_domain_ = Domain::Edge;
    } else {
      error(position, element_class == nullptr
                          ? std::string("<attributes> without a class (node or edge)")
                          : "<attributes> has unknown class \"" + abbreviate(value, 40) +
                                "\" (GEXF: node, edge)");
      return Element::Skip;
    }
    return Element::Attributes;
  }

  Element start_attribute(const XmlAttributes& atts, const XmlPosition& position) {
    current_attribute_.reset();
    const Domain domain = *attributes_domain_;
    auto& index = attribute_index(domain);
    const std::string what = std::string(domain_name(domain)) + " attribute";
    Attribute attribute;
    if (!begin_declaration(attribute, atts.find("id"), atts.find("title"), index, "<attribute>",
                           what, position)) {
      return Element::Skip;
    }
    if (const char* type = atts.find("type")) {
      set_declared_type(attribute, what, type, gexf_type(type), position);
    }
    if (!attribute.ignored) {
      // Values GEXF carries outside attvalues (XML attributes, viz) share the column.
      if (auto intrinsic = intrinsic_type(domain, attribute.name)) {
        join_column_type(column_types(domain), attribute.name, *intrinsic);
      }
      join_column_type(column_types(domain), attribute.name, attribute.type);
    }
    index.emplace(attribute.id, attributes(domain).size());
    current_attribute_ = {domain, attributes(domain).size()};
    attributes(domain).push_back(std::move(attribute));
    return Element::Attribute;
  }

  void end_default() {
    if (!current_attribute_) return;
    Attribute& attribute = attribute_at(*current_attribute_);
    const bool had_default = attribute.default_text.has_value();
    if (!attribute.ignored && accept_default(attribute, "attribute", text_) && !had_default) {
      with_default(current_attribute_->first).push_back(current_attribute_->second);
    }
  }

  // ---- nodes and edges

  static bool is_node_field(Domain domain, std::string_view title) {
    return domain == Domain::Node && is_entity_field(title);
  }

  Element start_node(const XmlAttributes& atts, const XmlPosition& position) {
    const char* id = atts.find("id");
    if (atts.find("pid") != nullptr) {
      error(position, "hierarchies are not supported (node '" +
                          abbreviate(id != nullptr ? id : "", 40) + "' has a pid)");
      return Element::Skip;
    }
    const auto v = declare_node(id, position);
    if (!v) return Element::Skip;
    if (const char* label = atts.find("label")) set_entity_field(*v, attr::kLabel, label);
    row_ = *v;
    position_ = position;
    return Element::Node;
  }

  Element start_edge(const XmlAttributes& atts, const XmlPosition& position) {
    const auto ends = edge_ends(atts, position);
    if (!ends) return Element::Skip;
    bool directed = default_directed_;
    if (const char* type = atts.find("type")) {
      const auto parsed = parse_direction(type);
      if (!parsed) {
        error(position, "edge type must be \"directed\", \"undirected\" or \"mutual\", not \"" +
                            abbreviate(type, 40) + "\"");
        return Element::Skip;
      }
      directed = *parsed;
    }
    if (!direction_) {
      direction_ = directed;
      graph_.set_directed(directed);
    } else if (*direction_ != directed) {
      error(position, mixed_direction_message(directed));
      return Element::Skip;
    }
    TypedValue weight;
    const char* weight_text = atts.find("weight");
    if (weight_text != nullptr) {
      if (auto problem = parse_typed_value(AttrType::Double, weight_text, weight)) {
        error(position,
              "edge weight '" + abbreviate(trim_xml_space(weight_text), 40) + "' " + *problem);
        return Element::Skip;
      }
    }
    const auto e = add_edge(ends->first, ends->second, position);
    if (!e) return Element::Skip;
    row_ = *e;
    position_ = position;
    // Attvalues that follow replace these.
    AttributeTable& edges = graph_.edge_attributes();
    if (weight_text != nullptr && weight.present) {
      fill_value(edges, row_, attr::kWeight, AttrType::Double, weight);
    }
    fill_text(edges, row_, attr::kLabel, optional_text(atts.find("label")));
    fill_text(edges, row_, attr::kRelation, optional_text(atts.find("kind")));
    return Element::Edge;
  }

  // ---- values

  void read_attvalue(const XmlAttributes& atts, const XmlPosition& position) {
    // The stack ends with <attvalues> inside a <node> or an <edge>.
    const Domain domain =
        stack()[stack().size() - 2] == Element::Edge ? Domain::Edge : Domain::Node;
    const char* id = atts.find("for");
    if (id == nullptr) id = atts.find("id");  // GEXF 1.0
    if (id == nullptr) {
      error(position, "<attvalue> without a for");
      return;
    }
    const auto& index = attribute_index(domain);
    const auto it = index.find(id);
    if (it == index.end()) {
      error(position, "<attvalue> refers to undeclared " + std::string(domain_name(domain)) +
                          " attribute '" + abbreviate(id, 40) + "'");
      return;
    }
    const Attribute& attribute = attributes(domain)[it->second];
    const char* value = atts.find("value");
    if (attribute.ignored || value == nullptr) return;
    store(domain, attribute, value, position);
  }

  /// Fills the values the element did not get from attvalues with the declared defaults (only
  /// the attributes that have one are looked at: a file may declare --max-attributes of them).
  void apply_defaults(Domain domain, const XmlPosition& position) {
    for (const std::size_t index : with_default(domain)) {
      const Attribute& attribute = attributes(domain)[index];
      if (has_value(domain, attribute.name)) continue;
      if (!charge_default(position)) return;
      store(domain, attribute, *attribute.default_text, attribute.default_position);
    }
  }

  /// Whether the current element has a value for `title`.
  bool has_value(Domain domain, const std::string& title) {
    if (is_node_field(domain, title)) {
      const auto v = static_cast<VertexId>(row_);
      if (title == attr::kLabel) return entity_label_set_;
      if (title == "type") return !graph_.type(v).empty();
      return !graph_.node_list(v, attr::kAliases).empty();
    }
    const AttributeColumn* column = table(domain).find(title);
    return column != nullptr && column->has(row_);
  }

  /// Stores one value of `attribute` for the current element.
  void store(Domain domain, const Attribute& attribute, std::string_view text,
             const XmlPosition& position) {
    TypedValue value;
    std::string joined;
    std::vector<std::string> items;
    if (attribute.type == AttrType::StringList) {
      items = parse_list(text);
      if (items.empty()) return;
      joined = join_list(items);
      value.text = joined;
    } else if (auto problem = parse_typed_value(attribute.type, text, value)) {
      error(position, "value '" + abbreviate(trim_xml_space(text), 40) + "' of '" + attribute.name +
                          "' " + *problem + " (its attribute '" + attribute.id + "' has type " +
                          std::string(attr_type_name(attribute.type)) + ")");
      return;
    }
    if (!value.present) return;
    if (is_node_field(domain, attribute.name)) {
      set_entity_field(static_cast<VertexId>(row_), attribute.name, value.text,
                       attribute.type == AttrType::StringList ? &items : nullptr);
      return;
    }
    AttributeColumn* column =
        value_column(table(domain), attribute.name,
                     column_type(domain, attribute.name, attribute.type), attribute.type, position);
    if (column == nullptr) return;
    if (column->type() == AttrType::StringList) {
      std::vector<StringId> ids;
      ids.reserve(items.size());
      for (const auto& item : items) ids.push_back(graph_.strings().intern(item));
      column->set_list(row_, std::move(ids));
      return;
    }
    store_typed_value(*column, row_, attribute.type, value, graph_.strings());
  }

  AttrType column_type(Domain domain, std::string_view title, AttrType fallback) {
    const auto& types = column_types(domain);
    const auto it = types.find(std::string(title));
    return it != types.end() ? it->second : fallback;
  }

  // ---- viz

  static bool is_viz(Element parent, std::string_view name) {
    if (name == "color" || name == "shape") return true;
    if (parent == Element::Node) return name == "position" || name == "size";
    return name == "thickness";
  }

  void read_viz(std::string_view name, const XmlAttributes& atts, const XmlPosition& position) {
    if (name == "position") {
      viz_number(atts, "x", "x", AttrType::Double, position);
      viz_number(atts, "y", "y", AttrType::Double, position);
    } else if (name == "size") {
      viz_number(atts, "value", "size", AttrType::Double, position);
    } else if (name == "color") {
      read_color(atts, position);
    }
  }

  void viz_number(const XmlAttributes& atts, std::string_view attribute, std::string_view title,
                  AttrType type, const XmlPosition& position) {
    const char* text = atts.find(attribute);
    if (text == nullptr) return;
    TypedValue value;
    if (auto problem = parse_typed_value(type, text, value)) {
      error(position, "viz " + std::string(attribute) + " '" +
                          abbreviate(trim_xml_space(text), 40) + "' " + *problem);
      return;
    }
    if (value.present) fill_value(graph_.node_attributes(), row_, title, type, value);
  }

  void read_color(const XmlAttributes& atts, const XmlPosition& position) {
    std::array<std::int64_t, 3> rgb{0, 0, 0};
    constexpr std::array<const char*, 3> kNames{"r", "g", "b"};
    if (const char* hex = atts.find("hex")) {
      std::string_view digits = trim_xml_space(hex);
      if (!digits.empty() && digits.front() == '#') digits.remove_prefix(1);
      if (digits.size() != 6 ||
          digits.find_first_not_of("0123456789abcdefABCDEF") != std::string_view::npos) {
        error(position, "viz color hex '" + abbreviate(hex, 40) + "' is not #rrggbb");
        return;
      }
      for (std::size_t k = 0; k < 3; ++k) {
        rgb[k] = std::stoll(std::string(digits.substr(2 * k, 2)), nullptr, 16);
      }
    } else {
      for (std::size_t k = 0; k < 3; ++k) {
        const char* text = atts.find(kNames[k]);
        if (text == nullptr) continue;
        TypedValue value;
        auto problem = parse_typed_value(AttrType::Int, text, value);
        if (!problem && value.present && (value.integer < 0 || value.integer > 255)) {
          problem = "is out of range (0 to 255)";
        }
        if (problem) {
          error(position, "viz color " + std::string(kNames[k]) + " '" +
                              abbreviate(trim_xml_space(text), 40) + "' " + *problem);
          return;
        }
        rgb[k] = value.integer;
      }
    }
    for (std::size_t k = 0; k < 3; ++k) {
      TypedValue value;
      const std::string text = std::to_string(rgb[k]);
      value.integer = rgb[k];
      value.real = static_cast<double>(rgb[k]);
      value.text = text;
      fill_value(graph_.node_attributes(), row_, kNames[k], AttrType::Int, value);
    }
  }

  // ---- end of input

  void finish() override {
    if (!finish_graph()) return;
    const auto set_graph_text = [&](std::string_view name, std::string_view value) {
      if (value.empty()) return;
      AttributeColumn* column = graph_.graph_attributes().ensure(name, AttrType::String);
      if (column != nullptr) column->set_string(0, graph_.strings().intern(value));
    };
    set_graph_text("name", graph_name_);
    // A file kgviz wrote carries that run's record in <meta>; this run writes its own.
    const bool from_kgviz = !meta_.empty() && meta_.front().first == "creator" &&
                            meta_.front().second.rfind("kgviz ", 0) == 0;
    graph_.set_written_by_kgviz(from_kgviz);
    if (from_kgviz) return;
    for (const auto& [field, value] : meta_) set_graph_text(field, value);
  }

  // ---- tables

  std::vector<Attribute>& attributes(Domain domain) {
    return attributes_[static_cast<std::size_t>(domain)];
  }
  std::unordered_map<std::string, std::size_t>& attribute_index(Domain domain) {
    return attribute_index_[static_cast<std::size_t>(domain)];
  }
  std::unordered_map<std::string, AttrType>& column_types(Domain domain) {
    return column_types_[static_cast<std::size_t>(domain)];
  }
  std::vector<std::size_t>& with_default(Domain domain) {
    return with_default_[static_cast<std::size_t>(domain)];
  }
  Attribute& attribute_at(const std::pair<Domain, std::size_t>& at) {
    return attributes(at.first)[at.second];
  }
  AttributeTable& table(Domain domain) {
    return domain == Domain::Node ? graph_.node_attributes() : graph_.edge_attributes();
  }

  std::string graph_name_;
  std::vector<std::pair<std::string, std::string>> meta_;  // <meta> fields in file order
  std::string meta_field_;
  std::string text_;  // text of the <default> or <meta> field being read

  bool default_directed_ = false;  // defaultedgetype; GEXF's default is undirected
  std::optional<bool> direction_;  // the graph's, set by the first edge

  std::vector<Attribute> attributes_[2];
  std::unordered_map<std::string, std::size_t> attribute_index_[2];
  std::unordered_map<std::string, AttrType> column_types_[2];  // by title
  std::vector<std::size_t> with_default_[2];  // the attributes (indices) that have a default
  std::optional<Domain> attributes_domain_;   // class of the open <attributes>
  std::optional<std::pair<Domain, std::size_t>> current_attribute_;
  bool columns_made_ = false;

  std::size_t row_ = 0;   // the current node or edge
  XmlPosition position_;  // and where it starts
};

}  // namespace

KnowledgeGraph read_gexf(const InputSource& input, const ReadOptions& options) {
  return read_xml_graph<GexfParser>(input, options, "GEXF", "gexf");
}

}  // namespace kgviz
