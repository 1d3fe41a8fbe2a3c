#include "render/json_writers.hpp"

#include <charconv>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.hpp"
#include "render/export_columns.hpp"
#include "render/export_json.hpp"

namespace kgviz {

namespace {

using Json = nlohmann::ordered_json;

/// Adds the value of every column in `columns` that `row` has to `object`.
void add_values(Json& object, const std::vector<const ExportColumn*>& columns, std::size_t row,
                ExportValue& scratch) {
  for (const ExportColumn* column : columns) {
    if (column->read(row, scratch)) object[column->name] = export_json_value(scratch);
  }
}

/// Writes `[`, the text of `element(i)` for i in [0, count), one a line, and `]`.
template <class Element>
void write_array(std::ostream& out, std::string_view indent, std::size_t count, Element element) {
  out << '[';
  for (std::size_t i = 0; i < count; ++i)
    out << (i == 0 ? "\n" : ",\n") << indent << compact_json(element(i));
  if (count > 0) out << '\n' << indent.substr(0, indent.size() - 2);
  out << ']';
}

void check(const std::ostream& out) {
  if (!out) throw Error("writing JSON failed");
}

/// Whether `id` is `prefix` followed by the decimal form of a number below `count`.
bool is_numbered(std::string_view id, std::string_view prefix, std::size_t count) {
  if (id.size() <= prefix.size() || id.substr(0, prefix.size()) != prefix) return false;
  const std::string_view digits = id.substr(prefix.size());
  if (digits.size() > 1 && digits[0] == '0') return false;
  std::uint64_t number = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  return error == std::errc() && end == digits.data() + digits.size() && number < count;
}

/// The shortest of `e`, `e_`, `e__`, ... that numbers every edge without taking a node's id.
std::string edge_id_prefix(const KnowledgeGraph& graph) {
  std::string prefix = "e";
  for (;;) {
    bool taken = false;
    for (VertexId v = 0; v < graph.node_count() && !taken; ++v) {
      taken = is_numbered(graph.id(v), prefix, graph.edge_count());
    }
    if (!taken) return prefix;
    prefix += '_';
  }
}

}  // namespace

void write_cytoscape_json(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                          const DrawingHints* hints, const RunRecord& record, std::ostream& out) {
  const ExportPlan plan(graph, analysis, hints, {"id"}, {"id", "source", "target"});
  const std::string edge_prefix = edge_id_prefix(graph);
  ExportValue scratch;

  // Cytoscape draws every edge with a direction or none by style; the flag tells readers which.
  Json data = graph_record_json(graph, record);
  data["directed"] = graph.directed();
  out << "{\n  \"data\": " << compact_json(data) << ",\n  \"elements\": {\n    \"nodes\": ";
  write_array(out, "      ", graph.node_count(), [&](std::size_t v) {
    Json data = {{"id", graph.id(static_cast<VertexId>(v))}};
    add_values(data, plan.node_values, v, scratch);
    Json element = {{"data", std::move(data)}};
    if (hints != nullptr) {
      const NodeVisual& visual = hints->nodes[v];
      // 0.0 - y, not -y: a y of 0 stays 0 rather than becoming -0.0.
      element["position"] = {{"x", visual.x}, {"y", 0.0 - visual.y}};
    }
    return element;
  });
  out << ",\n    \"edges\": ";
  write_array(out, "      ", graph.edge_count(), [&](std::size_t e) {
    const auto edge = static_cast<EdgeId>(e);
    Json data = {{"id", edge_prefix + std::to_string(e)},
                 {"source", graph.id(graph.source(edge))},
                 {"target", graph.id(graph.target(edge))}};
    add_values(data, plan.edge_values, e, scratch);
    return Json{{"data", std::move(data)}};
  });
  out << "\n  }\n}\n";
  out.flush();
  check(out);
}

void write_nodelink_json(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                         const DrawingHints* hints, const RunRecord& record, std::ostream& out) {
  const ExportPlan plan(graph, analysis, hints, {"id"}, {"source", "target", "key"});
  ExportValue scratch;

  out << "{\n  \"directed\": " << (graph.directed() ? "true" : "false")
      << ",\n  \"multigraph\": true,\n  \"graph\": "
      << compact_json(graph_record_json(graph, record)) << ",\n  \"nodes\": ";
  write_array(out, "    ", graph.node_count(), [&](std::size_t v) {
    Json node = {{"id", graph.id(static_cast<VertexId>(v))}};
    add_values(node, plan.node_values, v, scratch);
    return node;
  });
  out << ",\n  \"edges\": ";
  write_array(out, "    ", graph.edge_count(), [&](std::size_t e) {
    const auto edge = static_cast<EdgeId>(e);
    Json link = {{"source", graph.id(graph.source(edge))},
                 {"target", graph.id(graph.target(edge))},
                 {"key", "e" + std::to_string(e)}};
    add_values(link, plan.edge_values, e, scratch);
    return link;
  });
  out << "\n}\n";
  out.flush();
  check(out);
}

}  // namespace kgviz
