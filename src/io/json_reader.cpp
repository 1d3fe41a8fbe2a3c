#include "io/json_reader.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/json_document.hpp"
#include "io/stix_reader.hpp"
#include "io/text.hpp"
#include "io/xml_reader_support.hpp"

namespace kgviz {

namespace {

bool named_in(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

/// Fields of the reproducibility record as the JSON writers embed it (render/record_json.hpp).
bool is_record_field(std::string_view name) {
  return named_in(name, {"kgviz_version", "command", "inputs", "options", "seed"});
}

/// Builds a graph from node and edge objects (Cytoscape `data`, node-link nodes and links), which
/// both formats shape alike: an id or ends, entity fields, and attributes.
class JsonGraphBuilder {
 public:
  JsonGraphBuilder(JsonDocument& document, const ReadOptions& options)
      : document_(document), options_(options) {}

  /// Adds the node of `fields` (an object holding `id`, entity fields and attributes).
  void add_node(const Json& fields) {
    const auto id = fields.find("id");
    if (id == fields.end()) {
      document_.error_at(fields, "node has no 'id'");
      return;
    }
    if (!id->is_string() && !id->is_number()) {
      document_.error_at_member(fields, "id", "node id must be a string or a number, not " +
                                                  std::string(json_kind(*id)));
      return;
    }
    const std::string text = json_text(*id);
    if (text.empty()) {
      document_.error_at_member(fields, "id", "empty node id");
      return;
    }
    if (graph_.find(text)) {
      document_.error_at_member(fields, "id", "duplicate node id '" + abbreviate(text, 60) + "'");
      return;
    }
    if (graph_.node_count() >= options_.limits.max_nodes) {
      document_.error_at(fields, "more than " + std::to_string(options_.limits.max_nodes) +
                                     " nodes (raise the limit with --max-nodes)");
      throw ErrorCapReached();
    }
    const auto label = fields.find("label");
    const bool has_label = label != fields.end() && !label->is_null() && !json_text(*label).empty();
    const auto type = fields.find("type");
    const VertexId v = graph_.add_entity(text, has_label ? json_text(*label) : text,
                                         type != fields.end() && !type->is_null() ? json_text(*type)
                                                                                  : std::string());
    if (const auto aliases = fields.find("aliases"); aliases != fields.end()) {
      std::vector<std::string> items;
      if (aliases->is_array()) {
        for (const Json& item : *aliases) items.push_back(json_text(item));
      } else if (aliases->is_string()) {
        items = split_joined_list(aliases->get<std::string>());  // as GraphML and GEXF hold them
      }
      if (!items.empty()) graph_.set_node_list(v, attr::kAliases, items);
    }
    nodes_.push_back(&fields);
  }

  /// Adds the edge of `fields` (an object holding `source`, `target` and attributes).
  void add_edge(const Json& fields) {
    const auto source = end_vertex(fields, "source");
    const auto target = end_vertex(fields, "target");
    if (!source || !target) return;
    if (graph_.edge_count() >= options_.limits.max_edges) {
      document_.error_at(fields, "more than " + std::to_string(options_.limits.max_edges) +
                                     " edges (raise the limit with --max-edges)");
      throw ErrorCapReached();
    }
    graph_.add_relation(*source, *target);
    edges_.push_back(&fields);
  }

  /// Stores the attributes of every node and edge added, and the graph attributes of `graph_fields`
  /// (may be null). `edge_id` is the member that identifies an edge in this format, not kept.
  KnowledgeGraph finish(const Json* graph_fields, std::string_view edge_id, bool directed,
                        const Json& root) {
    store(nodes_, graph_.node_attributes(), [](std::string_view key) {
      return !named_in(key, {"id", "label", "type", "aliases"});
    });
    // Weights are doubles in every reader, so graphs from different formats merge.
    store(
        edges_, graph_.edge_attributes(),
        [edge_id](std::string_view key) { return !named_in(key, {"source", "target"}) && key != edge_id; },
        {attr::kWeight});
    if (graph_fields != nullptr && graph_fields->is_object()) {
      const bool record = graph_fields->contains("kgviz_version");
      graph_.set_written_by_kgviz(record);
      const std::vector<const Json*> rows{graph_fields};
      store(rows, graph_.graph_attributes(),
            [record](std::string_view key) { return !(record && is_record_field(key)); });
    }
    if (graph_.node_count() == 0 && document_.sink().empty()) {
      document_.error_at(root, "the graph has no nodes");
    }
    graph_.set_directed(directed && !options_.undirected);
    return std::move(graph_);
  }

 private:
  std::optional<VertexId> end_vertex(const Json& fields, std::string_view key) {
    const auto end = fields.find(key);
    if (end == fields.end()) {
      document_.error_at(fields, "edge has no '" + std::string(key) + "'");
      return std::nullopt;
    }
    if (!end->is_string() && !end->is_number()) {
      document_.error_at_member(fields, key, "edge " + std::string(key) +
                                                 " must be a node id (a string or a number), not " +
                                                 std::string(json_kind(*end)));
      return std::nullopt;
    }
    const std::string id = json_text(*end);
    auto v = graph_.find(id);
    if (!v) {
      document_.error_at_member(fields, key, "edge " + std::string(key) + " '" +
                                                 abbreviate(id, 60) + "' is not a node");
    }
    return v;
  }

  template <class Keep>
  void store(const std::vector<const Json*>& rows, AttributeTable& table, Keep keep,
             std::initializer_list<std::string_view> doubles = {}) {
    store_typed_attributes(
        rows, table, graph_.strings(),
        [&keep](const Json& row, auto visit) {
          for (const auto& [key, value] : row.items()) {
            if (keep(key)) visit(key, value);
          }
        },
        doubles);
  }

  JsonDocument& document_;
  const ReadOptions& options_;
  KnowledgeGraph graph_;
  std::vector<const Json*> nodes_;
  std::vector<const Json*> edges_;
};

/// The members of an object that must be an array; reports otherwise. Absent is an empty list.
const Json* array_member(JsonDocument& document, const Json& object, std::string_view key) {
  const auto it = object.find(key);
  if (it == object.end()) return nullptr;
  if (!it->is_array()) {
    document.error_at_member(object, key, "'" + std::string(key) + "' must be an array, not " +
                                              std::string(json_kind(*it)));
    return nullptr;
  }
  return &*it;
}

/// The object of an array item, or null (reported).
const Json* object_item(JsonDocument& document, const Json& array, std::size_t index,
                        std::string_view what) {
  const Json& item = array[index];
  if (item.is_object()) return &item;
  document.error_at_element(array, index, std::string(what) + " must be an object, not " +
                                              std::string(json_kind(item)));
  return nullptr;
}

// ---- Cytoscape.js

enum class Group { Nodes, Edges };

/// The `data` of a Cytoscape element, or null (reported).
const Json* element_data(JsonDocument& document, const Json& element) {
  const auto data = element.find("data");
  if (data == element.end()) {
    document.error_at(element, "element has no 'data'");
    return nullptr;
  }
  if (!data->is_object()) {
    document.error_at_member(element, "data", "element 'data' must be an object, not " +
                                                  std::string(json_kind(*data)));
    return nullptr;
  }
  return &*data;
}

/// The group of an element of a flat list: its `group`, else an edge when it has both ends.
std::optional<Group> element_group(JsonDocument& document, const Json& element, const Json& data) {
  if (const auto group = element.find("group"); group != element.end()) {
    if (*group == "nodes") return Group::Nodes;
    if (*group == "edges") return Group::Edges;
    document.error_at_member(element, "group", "element group must be \"nodes\" or \"edges\"");
    return std::nullopt;
  }
  return data.contains("source") && data.contains("target") ? Group::Edges : Group::Nodes;
}

KnowledgeGraph read_cytoscape(JsonDocument& document, const ReadOptions& options) {
  const Json& root = document.root();
  const Json& elements = root.is_object() ? root.at("elements") : root;
  JsonGraphBuilder builder(document, options);
  // Cytoscape adds the nodes of a batch before its edges, so an edge may come before its nodes.
  std::vector<const Json*> node_data;
  std::vector<const Json*> edge_data;
  if (elements.is_object()) {
    for (const auto& [key, list] : {std::pair{"nodes", &node_data}, std::pair{"edges", &edge_data}}) {
      const Json* items = array_member(document, elements, key);
      for (std::size_t i = 0; items != nullptr && i < items->size(); ++i) {
        const Json* element = object_item(document, *items, i, "an element");
        const Json* data = element != nullptr ? element_data(document, *element) : nullptr;
        if (data != nullptr) list->push_back(data);
      }
    }
  } else if (elements.is_array()) {
    for (std::size_t i = 0; i < elements.size(); ++i) {
      const Json* element = object_item(document, elements, i, "an element");
      const Json* data = element != nullptr ? element_data(document, *element) : nullptr;
      if (data == nullptr) continue;
      const auto group = element_group(document, *element, *data);
      if (group) (*group == Group::Nodes ? node_data : edge_data).push_back(data);
    }
  } else {
    document.error_at_member(root, "elements", "'elements' must be an object or an array, not " +
                                                   std::string(json_kind(elements)));
  }
  for (const Json* data : node_data) builder.add_node(*data);
  for (const Json* data : edge_data) builder.add_edge(*data);
  const Json* graph_data = nullptr;
  if (root.is_object()) {
    if (const auto it = root.find("data"); it != root.end()) graph_data = &*it;
  }
  return builder.finish(graph_data, "id", true, root);
}

// ---- node-link

KnowledgeGraph read_node_link(JsonDocument& document, const ReadOptions& options) {
  const Json& root = document.root();
  if (root.contains("edges") && root.contains("links")) {
    document.error_at_member(root, "links", "node-link data with both 'edges' and 'links': "
                                            "keep one of them");
  }
  JsonGraphBuilder builder(document, options);
  if (const Json* nodes = array_member(document, root, "nodes")) {
    for (std::size_t i = 0; i < nodes->size(); ++i) {
      if (const Json* node = object_item(document, *nodes, i, "a node")) builder.add_node(*node);
    }
  }
  const Json* links = array_member(document, root, root.contains("edges") ? "edges" : "links");
  for (std::size_t i = 0; links != nullptr && i < links->size(); ++i) {
    if (const Json* link = object_item(document, *links, i, "an edge")) builder.add_edge(*link);
  }
  bool directed = false;
  if (const auto it = root.find("directed"); it != root.end()) {
    if (it->is_boolean()) {
      directed = it->get<bool>();
    } else {
      document.error_at_member(root, "directed", "'directed' must be true or false");
    }
  }
  const auto graph = root.find("graph");
  return builder.finish(graph != root.end() ? &*graph : nullptr, "key", directed, root);
}

enum class Shape { Stix, Cytoscape, NodeLink, Unknown };

Shape shape_of(const JsonDocument& document) {
  const Json& root = document.root();
  if (is_stix_bundle(document)) return Shape::Stix;
  if (root.is_array()) return Shape::Cytoscape;
  if (!root.is_object()) return Shape::Unknown;
  if (root.contains("elements")) return Shape::Cytoscape;
  if (root.contains("nodes") && (root.contains("edges") || root.contains("links"))) {
    return Shape::NodeLink;
  }
  return Shape::Unknown;
}

}  // namespace

KnowledgeGraph read_json(const InputSource& input, const ReadOptions& options) {
  DiagnosticSink sink(input.display_name, options.max_errors);
  KnowledgeGraph graph;
  try {
    JsonDocument document(input, options.limits, sink);
    if (document.parse()) {
      const Shape shape = shape_of(document);
      if (options.format == InputFormat::Stix && shape != Shape::Stix) {
        document.error_at(document.root(), "not a STIX bundle: the top-level value must be an "
                                           "object with \"type\": \"bundle\"");
      } else if (shape == Shape::Stix) {
        graph = read_stix_bundle(document, options);
      } else if (shape == Shape::Cytoscape) {
        graph = read_cytoscape(document, options);
      } else if (shape == Shape::NodeLink) {
        graph = read_node_link(document, options);
      } else {
        document.error_at(document.root(),
                          "unknown JSON graph: expected a STIX bundle ({\"type\": \"bundle\"}), "
                          "Cytoscape.js elements ({\"elements\": ...}) or node-link data "
                          "({\"nodes\": [...], \"edges\" or \"links\": [...]})");
      }
    }
  } catch (const ErrorCapReached&) {
  }
  // The STIX reader checks the objects before the relationships: report in file order.
  sink.throw_sorted_if_any();
  return graph;
}

}  // namespace kgviz
