#include "io/gml_reader.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "io/gml_parser.hpp"
#include "io/json_document.hpp"
#include "io/node_names.hpp"
#include "io/text.hpp"
#include "io/text_typing.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

constexpr std::size_t kNone = GmlValue::kNone;
// The column that keeps the GML ids when the labels are the entity ids.
constexpr std::string_view kGmlIdColumn = "gml_id";
// networkx writes a list of one item as the marker and the item (gml.py LIST_START_VALUE).
constexpr std::string_view kNetworkxListStart = "_networkx_list_start";

/// A scalar's text: strings as decoded, integers in decimal, reals as written; nullopt for lists.
std::optional<std::string> scalar_text(const GmlValue& value) {
  switch (value.kind) {
    case GmlValue::Kind::Integer:
      return std::to_string(value.integer);
    case GmlValue::Kind::Real:
    case GmlValue::Kind::String:
      return std::string(value.text);
    case GmlValue::Kind::List:
      break;
  }
  return std::nullopt;
}

using Json = nlohmann::json;
using Scalar = JsonAttributeTyper::Scalar;
/// A GML value as an attribute: a typed scalar, or the strings of a repeated key.
using GmlAttribute = std::variant<Scalar, std::vector<std::string>>;

Json to_json(const GmlRecord& record, std::size_t index);

/// The values of the list at `list` grouped by key (in order of first appearance): a repeated key
/// (or networkx's list marker) gives an array of its values.
template <class Visit>
void for_each_json_key(const GmlRecord& record, std::size_t list, Visit visit) {
  std::vector<std::pair<std::string_view, std::vector<std::size_t>>> keys;
  for (std::size_t i = record.values[list].first_child; i != kNone; i = record.values[i].next) {
    const std::string_view key = record.values[i].key;
    auto it = std::find_if(keys.begin(), keys.end(),
                           [&](const auto& entry) { return entry.first == key; });
    if (it == keys.end()) {
      keys.emplace_back(key, std::vector<std::size_t>{i});
    } else {
      it->second.push_back(i);
    }
  }
  for (const auto& [key, indices] : keys) {
    const GmlValue& first = record.values[indices[0]];
    const bool marked = first.kind == GmlValue::Kind::String && first.text == kNetworkxListStart;
    visit(key, indices, marked ? 1 : 0, !marked && indices.size() == 1);
  }
}

Json to_json(const GmlRecord& record, std::size_t index) {
  const GmlValue& value = record.values[index];
  switch (value.kind) {
    case GmlValue::Kind::Integer:
      return value.integer;
    case GmlValue::Kind::Real:
      return value.real;
    case GmlValue::Kind::String:
      return std::string(value.text);
    case GmlValue::Kind::List:
      break;
  }
  Json object = Json::object();
  for_each_json_key(record, index,
                    [&](std::string_view key, const std::vector<std::size_t>& indices,
                        std::size_t first, bool single) {
                      if (single) {
                        object[std::string(key)] = to_json(record, indices[0]);
                        return;
                      }
                      Json items = Json::array();
                      for (std::size_t k = first; k < indices.size(); ++k) {
                        items.push_back(to_json(record, indices[k]));
                      }
                      object[std::string(key)] = std::move(items);
                    });
  return object;
}

/// One GML value typed like a JSON one: integers long, reals double, strings string, records
/// their compact JSON text.
Scalar scalar_of(const GmlRecord& record, std::size_t index) {
  const GmlValue& value = record.values[index];
  switch (value.kind) {
    case GmlValue::Kind::Integer:
      return Scalar{AttrType::Long, value.integer, 0, std::to_string(value.integer)};
    case GmlValue::Kind::Real:
      return Scalar{AttrType::Double, 0, value.real, std::string(value.text)};
    case GmlValue::Kind::String:
      return Scalar{AttrType::String, 0, 0, std::string(value.text)};
    case GmlValue::Kind::List:
      break;
  }
  return Scalar{AttrType::String, 0, 0, to_json(record, index).dump()};
}

/// Calls `visit(key, attribute)` for each key of the list at `list`: one value as itself, a
/// repeated key of strings as a string list, another repeated key as its compact JSON array text.
template <class Visit>
void for_each_key(const GmlRecord& record, std::size_t list, Visit visit) {
  for_each_json_key(record, list,
                    [&](std::string_view key, const std::vector<std::size_t>& indices,
                        std::size_t first, bool single) {
                      if (single) {
                        visit(key, GmlAttribute(scalar_of(record, indices[0])));
                        return;
                      }
                      std::vector<std::string> strings;
                      Json items = Json::array();
                      for (std::size_t k = first; k < indices.size(); ++k) {
                        const GmlValue& item = record.values[indices[k]];
                        if (item.kind == GmlValue::Kind::String) strings.emplace_back(item.text);
                        items.push_back(to_json(record, indices[k]));
                      }
                      if (strings.size() == indices.size() - first) {
                        visit(key, GmlAttribute(std::move(strings)));
                      } else {
                        visit(key, GmlAttribute(Scalar{AttrType::String, 0, 0, items.dump()}));
                      }
                    });
}

/// Types (first pass) or stores (second pass) one attribute.
void observe(JsonAttributeTyper& typer, std::string_view key, const GmlAttribute& value) {
  std::visit([&](const auto& item) { typer.observe(key, item); }, value);
}
void store(const JsonAttributeTyper& typer, StringPool& pool, std::size_t row, std::string_view key,
           const GmlAttribute& value) {
  std::visit([&](const auto& item) { typer.store(pool, row, key, item); }, value);
}

/// What a node record tells apart from its columns.
struct NodeFacts {
  std::string id;                   ///< the GML id, as text
  std::optional<std::string> name;  ///< label, else igraph's name
  bool name_is_label_key = true;    ///< the name came from `label` (so `name` stays a column)
  std::string type;
};

class GmlGraphBuilder : public GmlRecordHandler {
 public:
  GmlGraphBuilder(GmlParser& parser, KnowledgeGraph& graph, const ReadOptions& options)
      : parser_(parser), graph_(graph), options_(options) {}

  /// The first pass reads ids, names and the types of every column; the second, values and edges.
  void start_second_pass() {
    declare_entities();
    edge_typer_.widen_to_double(attr::kWeight);
    node_typer_.create_columns(graph_.node_attributes());
    if (ids_from_names_) add_gml_id_column();
    edge_typer_.create_columns(graph_.edge_attributes());
    graph_typer_.create_columns(graph_.graph_attributes());
    second_pass_ = true;
    node_row_ = 0;
  }

  [[nodiscard]] bool has_nodes() const { return !nodes_.empty(); }
  [[nodiscard]] bool directed() const { return directed_; }

  void record(const GmlRecord& record) override {
    const GmlValue& top = record.top();
    if (top.key == "node") {
      if (!require_list(top, "node")) return;
      second_pass_ ? store_node(record) : declare_node(record);
    } else if (top.key == "edge") {
      if (!require_list(top, "edge")) return;
      second_pass_ ? add_edge(record) : observe_edge(record);
    } else if (top.key == "directed") {
      if (!second_pass_) read_directed(top);
    } else if (top.key == "multigraph" || is_drawing(top.key)) {
      // kgviz keeps every parallel edge anyway; graphics are drawing.
    } else {
      graph_value(record);
    }
  }

 private:
  static bool is_drawing(std::string_view key) {
    return key == "graphics" || key == "LabelGraphics";
  }

  bool require_list(const GmlValue& top, std::string_view what) {
    if (top.kind == GmlValue::Kind::List) return true;
    parser_.error(top.value_offset,
                  std::string(what) + " must be a list: " + std::string(what) + " [ ... ]");
    return false;
  }

  void read_directed(const GmlValue& top) {
    if (top.kind != GmlValue::Kind::Integer || (top.integer != 0 && top.integer != 1)) {
      parser_.error(top.value_offset, "directed must be 0 or 1");
      return;
    }
    directed_ = top.integer == 1;
  }

  void graph_value(const GmlRecord& record) {
    const GmlValue& top = record.top();
    const GmlAttribute value(scalar_of(record, 0));
    if (second_pass_) {
      store(graph_typer_, graph_.strings(), 0, top.key, value);
    } else {
      observe(graph_typer_, top.key, value);
    }
  }

  // ---- nodes

  /// Whether a key of a node is not a column: its id, label, type, drawing, and igraph's name
  /// where it is the label.
  static bool node_field(std::string_view key, const NodeFacts& facts) {
    return key == "id" || key == attr::kLabel || key == "type" || is_drawing(key) ||
           (key == "name" && !facts.name_is_label_key);
  }

  void declare_node(const GmlRecord& record) {
    const GmlValue& top = record.top();
    if (nodes_.size() >= options_.limits.max_nodes) {
      parser_.error(top.key_offset, "more than " + std::to_string(options_.limits.max_nodes) +
                                        " nodes (raise the limit with --max-nodes)");
      throw ErrorCapReached();
    }
    NodeFacts facts;
    const std::size_t id = record.find(0, "id");
    if (id == kNone) {
      parser_.error(top.key_offset, "node without an id");
      return;
    }
    const auto id_text = scalar_text(record.values[id]);
    if (!id_text) {
      parser_.error(record.values[id].value_offset, "a node id must be a number or a string");
      return;
    }
    if (!node_index_.emplace(*id_text, nodes_.size()).second) {
      parser_.error(record.values[id].value_offset,
                    "duplicate node id '" + abbreviate(*id_text, 60) + "'");
      return;
    }
    facts.id = *id_text;
    if (const std::size_t label = record.find(0, attr::kLabel); label != kNone) {
      facts.name = scalar_text(record.values[label]);
    }
    if (!facts.name) {
      if (const std::size_t name = record.find(0, "name"); name != kNone) {
        facts.name = scalar_text(record.values[name]);
        facts.name_is_label_key = !facts.name.has_value();
      }
    }
    if (const std::size_t type = record.find(0, "type"); type != kNone) {
      facts.type = scalar_text(record.values[type]).value_or(std::string());
    }
    for_each_key(record, 0, [&](std::string_view key, const GmlAttribute& value) {
      if (!node_field(key, facts)) observe(node_typer_, key, value);
    });
    nodes_.push_back(std::move(facts));
  }

  void declare_entities() {
    std::vector<std::optional<std::string>> names;
    names.reserve(nodes_.size());
    for (const NodeFacts& facts : nodes_) names.push_back(facts.name);
    const bool by_name = names_can_be_ids(names);
    ids_from_names_ = by_name;
    names.clear();
    for (const NodeFacts& facts : nodes_) {
      const std::string& id = by_name ? *facts.name : facts.id;
      graph_.add_entity(id, facts.name && !facts.name->empty() ? *facts.name : facts.id,
                        facts.type);
    }
  }

  /// Where the labels (or igraph's names) became the entity ids, as networkx's read_gml makes
  /// them its node keys, the GML ids stay as the column `gml_id` (typed by the text rule), unless
  /// the file has a key of that name.
  void add_gml_id_column() {
    AttributeTable& table = graph_.node_attributes();
    if (table.find(kGmlIdColumn) != nullptr) return;
    TextColumnTyping typing;
    for (const NodeFacts& facts : nodes_) typing.observe(facts.id);
    AttributeColumn* column = table.ensure(kGmlIdColumn, typing.type());
    for (std::size_t row = 0; row < nodes_.size(); ++row) {
      store_text_value(*column, row, nodes_[row].id, graph_.strings());
    }
  }

  void store_node(const GmlRecord& record) {
    const std::size_t row = node_row_++;
    const NodeFacts& facts = nodes_[row];
    for_each_key(record, 0, [&](std::string_view key, const GmlAttribute& value) {
      if (!node_field(key, facts)) store(node_typer_, graph_.strings(), row, key, value);
    });
    const std::size_t graphics = record.find(0, "graphics");
    if (graphics == kNone || record.values[graphics].kind != GmlValue::Kind::List) return;
    const std::size_t x = record.find(graphics, "x");
    const std::size_t y = record.find(graphics, "y");
    const auto number = [&](std::size_t i) {
      return i != kNone && (record.values[i].kind == GmlValue::Kind::Integer ||
                            record.values[i].kind == GmlValue::Kind::Real);
    };
    if (!number(x) || !number(y)) return;
    // The drawing's position: the same columns every reader gives it.
    AttributeColumn* x_column = graph_.node_attributes().ensure("x", AttrType::Double);
    AttributeColumn* y_column = graph_.node_attributes().ensure("y", AttrType::Double);
    if (x_column == nullptr || y_column == nullptr) return;
    x_column->set_real(row, record.values[x].real);
    y_column->set_real(row, record.values[y].real);
  }

  // ---- edges

  static bool edge_field(std::string_view key) {
    return key == "source" || key == "target" || is_drawing(key);
  }

  void observe_edge(const GmlRecord& record) {
    if (++edges_seen_ > options_.limits.max_edges) {
      parser_.error(record.top().key_offset, "more than " +
                                                 std::to_string(options_.limits.max_edges) +
                                                 " edges (raise the limit with --max-edges)");
      throw ErrorCapReached();
    }
    for_each_key(record, 0, [&](std::string_view key, const GmlAttribute& value) {
      if (!edge_field(key)) observe(edge_typer_, key, value);
    });
  }

  /// The vertex an edge's `source` or `target` names; nullopt (reported) when it names none.
  std::optional<VertexId> end(const GmlRecord& record, std::string_view which) {
    const std::size_t at = record.find(0, which);
    if (at == kNone) {
      parser_.error(record.top().key_offset, "edge without a " + std::string(which));
      return std::nullopt;
    }
    const auto id = scalar_text(record.values[at]);
    const auto it = id ? node_index_.find(*id) : node_index_.end();
    if (it == node_index_.end()) {
      parser_.error(record.values[at].value_offset, "edge " + std::string(which) + " '" +
                                                        abbreviate(id.value_or("[...]"), 60) +
                                                        "' is not the id of a node");
      return std::nullopt;
    }
    return static_cast<VertexId>(it->second);
  }

  void add_edge(const GmlRecord& record) {
    const auto from = end(record, "source");
    const auto to = end(record, "target");
    if (!from || !to) return;
    const EdgeId e = graph_.add_relation(*from, *to);
    for_each_key(record, 0, [&](std::string_view key, const GmlAttribute& value) {
      if (!edge_field(key)) store(edge_typer_, graph_.strings(), e, key, value);
    });
  }

  GmlParser& parser_;
  KnowledgeGraph& graph_;
  const ReadOptions& options_;
  bool second_pass_ = false;
  bool directed_ = false;
  bool ids_from_names_ = false;
  std::vector<NodeFacts> nodes_;
  std::unordered_map<std::string, std::size_t> node_index_;  // GML id -> node (= vertex)
  std::size_t node_row_ = 0;
  std::size_t edges_seen_ = 0;
  JsonAttributeTyper node_typer_;
  JsonAttributeTyper edge_typer_;
  JsonAttributeTyper graph_typer_;
};

}  // namespace

KnowledgeGraph read_gml(const InputSource& input, const ReadOptions& options) {
  DiagnosticSink sink(input.display_name, options.max_errors);
  KnowledgeGraph graph;
  try {
    if (check_utf8(input.content, sink)) {
      GmlParser parser(input.content, options.limits, sink);
      GmlGraphBuilder builder(parser, graph, options);
      if (parser.parse(builder) && sink.empty()) {
        if (!builder.has_nodes()) {
          parser.error(parser.graph_offset(), "the graph has no nodes");
        } else {
          builder.start_second_pass();
          parser.parse(builder);
        }
      }
      graph.set_directed(builder.directed() && !options.undirected);
    }
  } catch (const ErrorCapReached&) {
  }
  sink.throw_if_any();
  return graph;
}

}  // namespace kgviz
