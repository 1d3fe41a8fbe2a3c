// The one graph type of kgviz: entities and relations with their attributes.
//
// Structure: entities (vertices) in input order, each with three string handles, and relations
// (edges, parallel ones kept) stored once, as their two ends in input order: relation e is
// relations()[e], so `source(e)`/`target(e)` are O(1) and every output lists relations as read.
// Every other attribute sits in typed columns indexed by vertex or edge number.
//
// Why an edge list and not a Boost adjacency_list (measured on bench/'s large graph, 200,000
// vertices and 999,975 relations): adjacency_list<vecS, vecS, directedS> with an index bundle took
// 75 bytes per relation (a heap-allocated bundle behind every out-edge) and still needed an ends
// array for input order; bidirectionalS with a vecS global edge list (the variant that numbers
// edges in input order) took 118. The ends alone take 8. Nothing in kgviz walks the model's
// adjacency: the analysis builds its compressed sparse row snapshot from this list with Boost's
// compressed_sparse_row_graph, once per run (analysis/csr.cpp), and Boost's edge_list adaptor
// reads the list as an EdgeListGraph where an algorithm needs only edges (components.cpp).
// No I/O here, no Graphviz, and no Boost.Graph header: the model is included everywhere.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/attributes.hpp"
#include "model/string_pool.hpp"

namespace kgviz {

using VertexId = std::uint32_t;
using EdgeId = std::uint32_t;

/// Names of the attributes of the data contract (DESIGN.md "Exported attributes").
namespace attr {
inline constexpr std::string_view kDescription = "description";
inline constexpr std::string_view kAliases = "aliases";
inline constexpr std::string_view kRelation = "relation";
inline constexpr std::string_view kLabel = "label";
inline constexpr std::string_view kConfidence = "confidence";
inline constexpr std::string_view kEvidence = "evidence";
inline constexpr std::string_view kSourceDoc = "source_doc";
inline constexpr std::string_view kDate = "date";
inline constexpr std::string_view kWeight = "weight";
inline constexpr std::string_view kAccordingTo = "according_to";
}  // namespace attr

/// A source document of the knowledge graph (YAML `sources`). Absent keys are nullopt: the source
/// did not say, and kgviz never invents them.
struct SourceDocument {
  std::string id;
  std::optional<std::string> title;
  std::optional<std::string> publisher;
  std::optional<std::string> date;
  std::optional<std::string> url;
  std::optional<std::string> text_path;         ///< as written in the YAML, relative to it
  std::optional<std::string> body_ends_before;  ///< evidence must come before this text
};

/// The declared vocabulary (YAML `types`); empty lists mean "not declared" (e.g. GraphML input).
struct TypeVocabulary {
  std::vector<std::string> entity_types;
  std::vector<std::string> relation_types;
};

struct EntityHandles {
  StringId id = 0;
  StringId label = 0;
  StringId type = 0;
};

/// The ends of one relation. A std::pair so that Boost's edge_list adaptor reads a range of them
/// as an EdgeListGraph (source = first, target = second, edge index = position).
using RelationEnds = std::pair<VertexId, VertexId>;

class KnowledgeGraph {
 public:
  KnowledgeGraph() = default;
  // Graphs are never copied whole (a million relations and their columns): subgraph_copy()
  // builds a new one.
  KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept = default;
  KnowledgeGraph(const KnowledgeGraph&) = delete;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;
  ~KnowledgeGraph() = default;

  /// Whether relations have a direction; undirected graphs (from GraphML or `--undirected`) keep
  /// the order of the ends as read.
  [[nodiscard]] bool directed() const { return directed_; }
  void set_directed(bool directed) { directed_ = directed; }

  /// Whether the graph was read from a file kgviz wrote (the reader found kgviz's run record):
  /// its metric and drawing-hint columns are then that run's results, not input data.
  [[nodiscard]] bool written_by_kgviz() const { return written_by_kgviz_; }
  void set_written_by_kgviz(bool written) { written_by_kgviz_ = written; }

  [[nodiscard]] std::size_t node_count() const { return entities_.size(); }
  [[nodiscard]] std::size_t edge_count() const { return relations_.size(); }

  /// Adds an entity; the caller checks `find` first (ids are unique).
  VertexId add_entity(std::string_view id, std::string_view label, std::string_view type);
  /// The vertex of an entity id.
  [[nodiscard]] std::optional<VertexId> find(std::string_view id) const;
  /// Gives every entity a new id, `ids[v]` for vertex v (a reader whose file names nodes by
  /// position learns their real ids at its end). Returns false, and changes nothing, unless there
  /// is one id per entity and they are non-empty and distinct.
  bool reassign_ids(const std::vector<std::string_view>& ids);
  [[nodiscard]] std::string_view id(VertexId v) const { return strings_.view(entities_[v].id); }
  [[nodiscard]] std::string_view label(VertexId v) const {
    return strings_.view(entities_[v].label);
  }
  [[nodiscard]] std::string_view type(VertexId v) const { return strings_.view(entities_[v].type); }
  void set_label(VertexId v, std::string_view label) {
    entities_[v].label = strings_.intern(label);
  }
  void set_type(VertexId v, std::string_view type) { entities_[v].type = strings_.intern(type); }

  /// Adds a relation from `source` to `target`; returns its number (input order).
  EdgeId add_relation(VertexId source, VertexId target);
  [[nodiscard]] VertexId source(EdgeId e) const { return relations_[e].first; }
  [[nodiscard]] VertexId target(EdgeId e) const { return relations_[e].second; }
  /// Every relation's ends, in input order (index = EdgeId).
  [[nodiscard]] const std::vector<RelationEnds>& relations() const { return relations_; }

  [[nodiscard]] AttributeTable& node_attributes() { return node_attributes_; }
  [[nodiscard]] const AttributeTable& node_attributes() const { return node_attributes_; }
  [[nodiscard]] AttributeTable& edge_attributes() { return edge_attributes_; }
  [[nodiscard]] const AttributeTable& edge_attributes() const { return edge_attributes_; }
  /// Graph-level attributes: one row (row 0).
  [[nodiscard]] AttributeTable& graph_attributes() { return graph_attributes_; }
  [[nodiscard]] const AttributeTable& graph_attributes() const { return graph_attributes_; }

  [[nodiscard]] StringPool& strings() { return strings_; }
  [[nodiscard]] const StringPool& strings() const { return strings_; }

  [[nodiscard]] std::vector<SourceDocument>& sources() { return sources_; }
  [[nodiscard]] const std::vector<SourceDocument>& sources() const { return sources_; }
  [[nodiscard]] TypeVocabulary& vocabulary() { return vocabulary_; }
  [[nodiscard]] const TypeVocabulary& vocabulary() const { return vocabulary_; }

  // Typed convenience access to attribute values (empty / nullopt when absent).
  [[nodiscard]] std::string_view node_string(VertexId v, std::string_view name) const;
  [[nodiscard]] std::string_view edge_string(EdgeId e, std::string_view name) const;
  [[nodiscard]] std::vector<std::string_view> node_list(VertexId v, std::string_view name) const;
  void set_node_string(VertexId v, std::string_view name, std::string_view value);
  void set_edge_string(EdgeId e, std::string_view name, std::string_view value);
  void set_node_list(VertexId v, std::string_view name, const std::vector<std::string>& values);
  void set_edge_real(EdgeId e, std::string_view name, double value);

  /// The relation type of an edge: its `relation` attribute, else its `label`, else "".
  [[nodiscard]] std::string_view relation(EdgeId e) const;
  /// Display text of an edge: `label`, else `relation`.
  [[nodiscard]] std::string_view edge_label(EdgeId e) const;
  /// Numeric value of edge attribute `name` (nullopt when absent or not numeric).
  [[nodiscard]] std::optional<double> edge_number(EdgeId e, std::string_view name) const;

 private:
  bool directed_ = true;
  bool written_by_kgviz_ = false;
  std::vector<EntityHandles> entities_;  // by VertexId
  std::vector<RelationEnds> relations_;  // by EdgeId: the one store of the graph's structure
  // Vertex of each interned id, indexed by the id's StringId (kNoVertex for strings that are not an
  // entity id): one array read instead of a second hash lookup in `find`, the hot path of readers.
  static constexpr VertexId kNoVertex = std::numeric_limits<VertexId>::max();
  std::vector<VertexId> vertex_by_string_;
  StringPool strings_;
  AttributeTable node_attributes_;
  AttributeTable edge_attributes_;
  AttributeTable graph_attributes_;
  std::vector<SourceDocument> sources_;
  TypeVocabulary vocabulary_;
};

/// The part of `graph` with the vertices and edges whose mask entry is true (an edge is kept only
/// with both its ends), in input order, with every attribute, the sources and the vocabulary.
KnowledgeGraph subgraph_copy(const KnowledgeGraph& graph, const std::vector<bool>& keep_vertex,
                             const std::vector<bool>& keep_edge);

}  // namespace kgviz
