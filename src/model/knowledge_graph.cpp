#include "model/knowledge_graph.hpp"

#include <limits>
#include <stdexcept>
#include <unordered_set>

namespace kgviz {

VertexId KnowledgeGraph::add_entity(std::string_view id, std::string_view label,
                                    std::string_view type) {
  if (node_count() >= std::numeric_limits<VertexId>::max() - 1) {
    throw std::length_error("too many nodes in one graph");
  }
  const EntityHandles handles{strings_.intern(id), strings_.intern(label), strings_.intern(type)};
  const auto v = static_cast<VertexId>(entities_.size());
  entities_.push_back(handles);
  if (handles.id >= vertex_by_string_.size()) vertex_by_string_.resize(handles.id + 1, kNoVertex);
  // A repeated id keeps finding its first entity (readers report the repetition).
  if (vertex_by_string_[handles.id] == kNoVertex) vertex_by_string_[handles.id] = v;
  return v;
}

std::optional<VertexId> KnowledgeGraph::find(std::string_view id) const {
  StringId handle = 0;
  if (!strings_.find(id, handle)) return std::nullopt;
  if (handle >= vertex_by_string_.size() || vertex_by_string_[handle] == kNoVertex) {
    return std::nullopt;
  }
  return vertex_by_string_[handle];
}

bool KnowledgeGraph::reassign_ids(const std::vector<std::string_view>& ids) {
  if (ids.size() != node_count()) return false;
  std::unordered_set<std::string_view> distinct;
  distinct.reserve(ids.size());
  for (const std::string_view id : ids) {
    if (id.empty() || !distinct.insert(id).second) return false;
  }
  for (VertexId v = 0; v < ids.size(); ++v) vertex_by_string_[entities_[v].id] = kNoVertex;
  for (VertexId v = 0; v < ids.size(); ++v) {
    const StringId handle = strings_.intern(ids[v]);
    entities_[v].id = handle;
    if (handle >= vertex_by_string_.size()) vertex_by_string_.resize(handle + 1, kNoVertex);
    vertex_by_string_[handle] = v;
  }
  return true;
}

EdgeId KnowledgeGraph::add_relation(VertexId source, VertexId target) {
  if (relations_.size() >= std::numeric_limits<EdgeId>::max() - 1) {
    throw std::length_error("too many edges in one graph");
  }
  const auto e = static_cast<EdgeId>(relations_.size());
  relations_.emplace_back(source, target);
  return e;
}

namespace {
std::string_view string_value(const AttributeTable& table, const StringPool& pool, std::size_t row,
                              std::string_view name) {
  const AttributeColumn* column = table.find(name);
  if (column == nullptr || column->type() != AttrType::String || !column->has(row)) return {};
  return pool.view(column->string(row));
}
}  // namespace

std::string_view KnowledgeGraph::node_string(VertexId v, std::string_view name) const {
  return string_value(node_attributes_, strings_, v, name);
}

std::string_view KnowledgeGraph::edge_string(EdgeId e, std::string_view name) const {
  return string_value(edge_attributes_, strings_, e, name);
}

std::vector<std::string_view> KnowledgeGraph::node_list(VertexId v, std::string_view name) const {
  std::vector<std::string_view> out;
  const AttributeColumn* column = node_attributes_.find(name);
  if (column == nullptr || !column->has(v)) return out;
  if (column->type() == AttrType::StringList) {
    for (StringId id : column->list(v)) out.push_back(strings_.view(id));
  } else if (column->type() == AttrType::String) {
    out.push_back(strings_.view(column->string(v)));
  }
  return out;
}

void KnowledgeGraph::set_node_string(VertexId v, std::string_view name, std::string_view value) {
  AttributeColumn* column = node_attributes_.ensure(name, AttrType::String);
  if (column == nullptr) throw std::logic_error("node attribute type clash: " + std::string(name));
  column->set_string(v, strings_.intern(value));
}

void KnowledgeGraph::set_edge_string(EdgeId e, std::string_view name, std::string_view value) {
  AttributeColumn* column = edge_attributes_.ensure(name, AttrType::String);
  if (column == nullptr) throw std::logic_error("edge attribute type clash: " + std::string(name));
  column->set_string(e, strings_.intern(value));
}

void KnowledgeGraph::set_node_list(VertexId v, std::string_view name,
                                   const std::vector<std::string>& values) {
  AttributeColumn* column = node_attributes_.ensure(name, AttrType::StringList);
  if (column == nullptr) throw std::logic_error("node attribute type clash: " + std::string(name));
  std::vector<StringId> ids;
  ids.reserve(values.size());
  for (const auto& value : values) ids.push_back(strings_.intern(value));
  column->set_list(v, std::move(ids));
}

void KnowledgeGraph::set_edge_real(EdgeId e, std::string_view name, double value) {
  AttributeColumn* column = edge_attributes_.ensure(name, AttrType::Double);
  if (column == nullptr) throw std::logic_error("edge attribute type clash: " + std::string(name));
  column->set_real(e, value);
}

std::string_view KnowledgeGraph::relation(EdgeId e) const {
  std::string_view value = edge_string(e, attr::kRelation);
  return value.empty() ? edge_string(e, attr::kLabel) : value;
}

std::string_view KnowledgeGraph::edge_label(EdgeId e) const {
  std::string_view value = edge_string(e, attr::kLabel);
  return value.empty() ? edge_string(e, attr::kRelation) : value;
}

std::optional<double> KnowledgeGraph::edge_number(EdgeId e, std::string_view name) const {
  const AttributeColumn* column = edge_attributes_.find(name);
  return column == nullptr ? std::nullopt : column->number(e);
}

namespace {
void copy_columns(const AttributeTable& from, AttributeTable& into, const StringPool& from_pool,
                  StringPool& into_pool, std::size_t from_row, std::size_t into_row) {
  for (const AttributeColumn& column : from.columns()) {
    if (column.has(from_row)) {
      into.ensure(column.name(), column.type())
          ->copy_from(column, from_row, into_row, from_pool, into_pool);
    }
  }
}
}  // namespace

KnowledgeGraph subgraph_copy(const KnowledgeGraph& graph, const std::vector<bool>& keep_vertex,
                             const std::vector<bool>& keep_edge) {
  KnowledgeGraph out;
  out.set_directed(graph.directed());
  out.sources() = graph.sources();
  out.vocabulary() = graph.vocabulary();
  // Declare every column up front so the copy keeps the schema even where no kept row has a value.
  for (const auto& column : graph.node_attributes().columns())
    out.node_attributes().ensure(column.name(), column.type());
  for (const auto& column : graph.edge_attributes().columns())
    out.edge_attributes().ensure(column.name(), column.type());
  copy_columns(graph.graph_attributes(), out.graph_attributes(), graph.strings(), out.strings(), 0,
               0);
  constexpr VertexId kDropped = static_cast<VertexId>(-1);
  std::vector<VertexId> mapping(graph.node_count(), kDropped);
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    if (!keep_vertex[v]) continue;
    mapping[v] = out.add_entity(graph.id(v), graph.label(v), graph.type(v));
    copy_columns(graph.node_attributes(), out.node_attributes(), graph.strings(), out.strings(), v,
                 mapping[v]);
  }
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    const VertexId s = mapping[graph.source(e)];
    const VertexId t = mapping[graph.target(e)];
    if (!keep_edge[e] || s == kDropped || t == kDropped) continue;
    const EdgeId copy = out.add_relation(s, t);
    copy_columns(graph.edge_attributes(), out.edge_attributes(), graph.strings(), out.strings(), e,
                 copy);
  }
  return out;
}

}  // namespace kgviz
