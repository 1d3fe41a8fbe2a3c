#include "io/json_reader.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/json_document.hpp"
#include "io/stix_reader.hpp"
#include "io/text.hpp"
#include "io/xml_reader_support.hpp"
#include "model/run_record_fields.hpp"

namespace kgviz {

namespace {

bool named_in(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

/// Builds a graph from node and edge objects (Cytoscape `data`, node-link nodes and links), which
/// both formats shape alike: an id or ends, entity fields, and attributes.
class JsonGraphBuilder {
 public:
  JsonGraphBuilder(JsonDocument& document, const ReadOptions& options)
      : document_(document), options_(options) {}

  /// Adds the node of `fields` (an object holding `id`, entity fields and attributes).
  void add_node(const JsonValue& fields) {
    const JsonValue id = fields.find("id");
    if (!id) {
      document_.error_at(fields, "node has no 'id'");
      return;
    }
    if (!id.is_string() && !id.is_number()) {
      document_.error_at(id,
                         "node id must be a string or a number, not " + std::string(json_kind(id)));
      return;
    }
    const std::string text = json_text(id);
    if (text.empty()) {
      document_.error_at(id, "empty node id");
      return;
    }
    if (graph_.find(text)) {
      document_.error_at(id, "duplicate node id '" + abbreviate(text, 60) + "'");
      return;
    }
    if (graph_.node_count() >= options_.limits.max_nodes) {
      document_.error_at(fields, "more than " + std::to_string(options_.limits.max_nodes) +
                                     " nodes (raise the limit with --max-nodes)");
      throw ErrorCapReached();
    }
    const JsonValue label = fields.find("label");
    const bool has_label = label && !label.is_null() && !json_text(label).empty();
    const JsonValue type = fields.find("type");
    const VertexId v = graph_.add_entity(text, has_label ? json_text(label) : text,
                                         type && !type.is_null() ? json_text(type) : std::string());
    if (const JsonValue aliases = fields.find("aliases")) {
      std::vector<std::string> items;
      if (aliases.is_array()) {
        for (const auto& item : aliases) items.push_back(json_text(item.value()));
      } else if (aliases.is_string()) {
        items = split_list(aliases.string());  // as GraphML and GEXF hold them
      }
      if (!items.empty()) graph_.set_node_list(v, attr::kAliases, items);
    }
    nodes_.push_back(fields);
  }

  /// Adds the edge of `fields` (an object holding `source`, `target` and attributes).
  void add_edge(const JsonValue& fields) {
    const auto source = end_vertex(fields, "source");
    const auto target = end_vertex(fields, "target");
    if (!source || !target) return;
    if (graph_.edge_count() >= options_.limits.max_edges) {
      document_.error_at(fields, "more than " + std::to_string(options_.limits.max_edges) +
                                     " edges (raise the limit with --max-edges)");
      throw ErrorCapReached();
    }
    graph_.add_relation(*source, *target);
    edges_.push_back(fields);
  }

  /// Stores the attributes of every node and edge added, and the graph attributes of `graph_fields`
  /// (may be null). `edge_id` is the member that identifies an edge in this format, not kept.
  KnowledgeGraph finish(const JsonValue& graph_fields, std::string_view edge_id, bool directed,
                        const JsonValue& root) {
    store(nodes_, graph_.node_attributes(), [](std::string_view key) {
      return !named_in(key, {"id", "label", "type", "aliases"});
    });
    // Weights are doubles in every reader, so graphs from different formats merge.
    store(edges_, graph_.edge_attributes(),
          [edge_id](std::string_view key) {
            return !named_in(key, {"source", "target"}) && key != edge_id;
          },
          {attr::kWeight});
    if (graph_fields && graph_fields.is_object()) {
      const bool record = graph_fields.contains(record_field::kVersion);
      graph_.set_written_by_kgviz(record);
      const std::vector<JsonValue> rows{graph_fields};
      store(rows, graph_.graph_attributes(), [record](std::string_view key) {
        return !(record && record_field::is_record_field(key));
      });
    }
    if (graph_.node_count() == 0 && document_.sink().empty()) {
      document_.error_at(root, "the graph has no nodes");
    }
    graph_.set_directed(directed && !options_.undirected);
    return std::move(graph_);
  }

 private:
  std::optional<VertexId> end_vertex(const JsonValue& fields, std::string_view key) {
    const JsonValue end = fields.find(key);
    if (!end) {
      document_.error_at(fields, "edge has no '" + std::string(key) + "'");
      return std::nullopt;
    }
    if (!end.is_string() && !end.is_number()) {
      document_.error_at(end, "edge " + std::string(key) +
                                  " must be a node id (a string or a number), not " +
                                  std::string(json_kind(end)));
      return std::nullopt;
    }
    const std::string id = json_text(end);
    auto v = graph_.find(id);
    if (!v) {
      // Never a new node: a typo in an id must not become a phantom entity.
      document_.error_at(end, "edge " + std::string(key) + " '" + abbreviate(id, 60) +
                                  "' is not a node (no node has this id)");
    }
    return v;
  }

  template <class Keep>
  void store(const std::vector<JsonValue>& rows, AttributeTable& table, Keep keep,
             std::initializer_list<std::string_view> doubles = {}) {
    store_typed_attributes(
        rows, table, graph_.strings(),
        [&keep](const JsonValue& row, auto visit) {
          for (const auto& member : row) {
            if (keep(member.key())) visit(member.key(), member.value());
          }
        },
        doubles);
  }

  JsonDocument& document_;
  const ReadOptions& options_;
  KnowledgeGraph graph_;
  std::vector<JsonValue> nodes_;
  std::vector<JsonValue> edges_;
};

/// The value of an object's member that must be an array, or no value (absent, or reported).
JsonValue array_member(JsonDocument& document, const JsonValue& object, std::string_view key) {
  const JsonValue value = object.find(key);
  if (!value) return {};
  if (!value.is_array()) {
    document.error_at(
        value, "'" + std::string(key) + "' must be an array, not " + std::string(json_kind(value)));
    return {};
  }
  return value;
}

/// `item` when it is an object, else no value (reported).
JsonValue object_item(JsonDocument& document, const JsonValue& item, std::string_view what) {
  if (item.is_object()) return item;
  document.error_at(item,
                    std::string(what) + " must be an object, not " + std::string(json_kind(item)));
  return {};
}

// ---- Cytoscape.js

enum class Group { Nodes, Edges };

/// The `data` of a Cytoscape element, or no value (reported).
JsonValue element_data(JsonDocument& document, const JsonValue& element) {
  const JsonValue data = element.find("data");
  if (!data) {
    document.error_at(element, "element has no 'data'");
    return {};
  }
  if (!data.is_object()) {
    document.error_at(data,
                      "element 'data' must be an object, not " + std::string(json_kind(data)));
    return {};
  }
  return data;
}

/// The group of an element of a flat list: its `group`, else an edge when it has both ends.
std::optional<Group> element_group(JsonDocument& document, const JsonValue& element,
                                   const JsonValue& data) {
  if (const JsonValue group = element.find("group")) {
    if (group.equals("nodes")) return Group::Nodes;
    if (group.equals("edges")) return Group::Edges;
    document.error_at(group, "element group must be \"nodes\" or \"edges\"");
    return std::nullopt;
  }
  return data.contains("source") && data.contains("target") ? Group::Edges : Group::Nodes;
}

KnowledgeGraph read_cytoscape(JsonDocument& document, const ReadOptions& options) {
  const JsonValue root = document.root();
  const JsonValue elements = root.is_object() ? root.find("elements") : root;
  JsonGraphBuilder builder(document, options);
  // Cytoscape adds the nodes of a batch before its edges, so an edge may come before its nodes.
  std::vector<JsonValue> node_data;
  std::vector<JsonValue> edge_data;
  if (elements.is_object()) {
    for (const auto& [key, list] :
         {std::pair{"nodes", &node_data}, std::pair{"edges", &edge_data}}) {
      const JsonValue items = array_member(document, elements, key);
      if (!items) continue;
      for (const auto& item : items) {
        const JsonValue element = object_item(document, item.value(), "an element");
        const JsonValue data = element ? element_data(document, element) : JsonValue();
        if (data) list->push_back(data);
      }
    }
  } else if (elements.is_array()) {
    for (const auto& item : elements) {
      const JsonValue element = object_item(document, item.value(), "an element");
      const JsonValue data = element ? element_data(document, element) : JsonValue();
      if (!data) continue;
      const auto group = element_group(document, element, data);
      if (group) (*group == Group::Nodes ? node_data : edge_data).push_back(data);
    }
  } else {
    document.error_at(elements, "'elements' must be an object or an array, not " +
                                    std::string(json_kind(elements)));
  }
  for (const JsonValue& data : node_data) builder.add_node(data);
  for (const JsonValue& data : edge_data) builder.add_edge(data);
  const JsonValue graph_data = root.is_object() ? root.find("data") : JsonValue();
  return builder.finish(graph_data, "id", true, root);
}

// ---- node-link

KnowledgeGraph read_node_link(JsonDocument& document, const ReadOptions& options) {
  const JsonValue root = document.root();
  if (root.contains("edges") && root.contains("links")) {
    document.error_at_member(root, "links",
                             "node-link data with both 'edges' and 'links': "
                             "keep one of them");
  }
  JsonGraphBuilder builder(document, options);
  if (const JsonValue nodes = array_member(document, root, "nodes")) {
    for (const auto& item : nodes) {
      if (const JsonValue node = object_item(document, item.value(), "a node"))
        builder.add_node(node);
    }
  }
  if (const JsonValue links =
          array_member(document, root, root.contains("edges") ? "edges" : "links")) {
    for (const auto& item : links) {
      if (const JsonValue link = object_item(document, item.value(), "an edge"))
        builder.add_edge(link);
    }
  }
  bool directed = false;
  if (const JsonValue value = root.find("directed")) {
    if (value.is_boolean()) {
      directed = value.boolean();
    } else {
      document.error_at(value, "'directed' must be true or false");
    }
  }
  return builder.finish(root.find("graph"), "key", directed, root);
}

enum class Shape { Stix, Cytoscape, NodeLink, Unknown };

Shape shape_of(const JsonDocument& document) {
  const JsonValue root = document.root();
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
  DiagnosticSink sink(input.display_name, options.max_errors, options.on_warning);
  KnowledgeGraph graph;
  try {
    JsonDocument document(input, options.limits, sink);
    if (document.parse()) {
      const Shape shape = shape_of(document);
      if (options.format == InputFormat::Stix && shape != Shape::Stix) {
        document.error_at(document.root(),
                          "not a STIX bundle: the top-level value must be an "
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
