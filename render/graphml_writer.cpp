#include "render/graphml_writer.hpp"

#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "model/list_text.hpp"
#include "model/run_record_fields.hpp"
#include "render/export_columns.hpp"
#include "render/xml_text.hpp"

namespace kgviz {

namespace {

std::string joined_record_inputs(const RunRecord& record, bool sha) {
  std::string out;
  for (std::size_t i = 0; i < record.inputs.size(); ++i) {
    if (i > 0) out += kListSeparator;
    out += sha ? record.inputs[i].sha256 : record.inputs[i].basename;
  }
  return out;
}

std::string joined_record_options(const RunRecord& record) {
  std::string out;
  for (std::size_t i = 0; i < record.options.size(); ++i) {
    if (i > 0) out += kListSeparator;
    out += record.options[i].first + "=" + record.options[i].second;
  }
  return out;
}

ExportColumn::Reader fixed_text(std::string text) {
  return [text = std::move(text)](std::size_t, ExportValue& value) {
    value.data = std::string_view(text);
    return true;
  };
}

/// The graph's `<data>`: the reproducibility record, then the graph attributes.
ExportColumns graph_columns(const KnowledgeGraph& graph, const RunRecord& record) {
  ExportColumns columns;
  namespace field = record_field;
  columns.add(std::string(field::kVersion), AttrType::String, fixed_text(record.version));
  if (!record.command.empty())
    columns.add(std::string(field::kFlatCommand), AttrType::String, fixed_text(record.command));
  columns.add(std::string(field::kInputs), AttrType::String,
              fixed_text(joined_record_inputs(record, false)));
  columns.add(std::string(field::kFlatInputSha256), AttrType::String,
              fixed_text(joined_record_inputs(record, true)));
  columns.add(std::string(field::kOptions), AttrType::String,
              fixed_text(joined_record_options(record)));
  const std::uint64_t seed = record.seed;
  if (seed <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    columns.add(std::string(field::kSeed), AttrType::Long, [seed](std::size_t, ExportValue& value) {
      value.data = static_cast<std::int64_t>(seed);
      return true;
    });
  } else {
    columns.add(std::string(field::kSeed), AttrType::String, fixed_text(std::to_string(seed)));
  }
  // A graph read from an earlier kgviz output carries that run's record: this run's replaces it.
  for (const AttributeColumn& column : graph.graph_attributes().columns()) {
    if (field::is_record_field(column.name())) continue;
    columns.add(column.name(), export_type(column, 1),
                stored_column_reader(column, graph.strings()));
  }
  columns.drop_unused(1);
  return columns;
}

/// Writes the `<data>` children of one element; `ids` are the key ids of `columns` in order.
void append_data(std::string& out, const ExportColumns& columns,
                 const std::vector<std::string>& ids, std::size_t row, std::string& text,
                 ExportValue& scratch, std::string_view indent) {
  for (std::size_t k = 0; k < columns.columns().size(); ++k) {
    text.clear();
    if (!append_xml_value(text, columns.columns()[k], row, scratch, XmlContext::Text)) continue;
    out += indent;
    out += "<data key=\"";
    out += ids[k];
    out += "\">";
    out += text;
    out += "</data>\n";
  }
}

}  // namespace

void write_graphml(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                   const DrawingHints* hints, const RunRecord& record, std::ostream& out) {
  const ExportColumns graph_list = graph_columns(graph, record);
  const ExportColumns node_list = node_export_columns(graph, analysis, hints);
  const ExportColumns edge_list = edge_export_columns(graph);

  XmlOutput output(out, "GraphML");
  std::string& buffer = output.buffer();
  buffer +=
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";

  // Ids d0, d1, ... cannot collide with each other or with a Gephi property name, so Gephi maps
  // every key by its attr.name, and node and edge keys of the same name stay apart.
  std::size_t next_id = 0;
  std::vector<std::string> graph_ids;
  std::vector<std::string> node_ids;
  std::vector<std::string> edge_ids;
  for (auto [list, ids, domain] :
       {std::tuple{&graph_list, &graph_ids, "graph"}, std::tuple{&node_list, &node_ids, "node"},
        std::tuple{&edge_list, &edge_ids, "edge"}}) {
    for (const ExportColumn& column : list->columns()) {
      ids->push_back("d" + std::to_string(next_id++));
      buffer += "  <key id=\"";
      buffer += ids->back();
      buffer += "\" for=\"";
      buffer += domain;
      buffer += "\" attr.name=\"";
      append_xml_escaped(buffer, column.name, XmlContext::Attribute);
      buffer += "\" attr.type=\"";
      buffer += xml_type_name(column.type, "int");
      buffer += "\"/>\n";
    }
  }

  buffer += "  <graph id=\"G\" edgedefault=\"";
  buffer += graph.directed() ? "directed" : "undirected";
  buffer += "\">\n";
  std::string text;
  ExportValue scratch;
  append_data(buffer, graph_list, graph_ids, 0, text, scratch, "    ");

  for (VertexId v = 0; v < graph.node_count(); ++v) {
    buffer += "    <node id=\"";
    append_xml_escaped(buffer, graph.id(v), XmlContext::Attribute);
    buffer += "\">\n";
    append_data(buffer, node_list, node_ids, v, text, scratch, "      ");
    buffer += "    </node>\n";
    output.maybe_flush();
  }
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    append_xml_edge_start(buffer, graph, e, "    ");
    // Gephi reads this XML attribute as the edge type, which keeps parallel relations of
    // different types from being merged into one edge.
    const std::string_view relation = graph.relation(e);
    if (!relation.empty()) {
      buffer += " label=\"";
      append_xml_escaped(buffer, relation, XmlContext::Attribute);
      buffer += "\"";
    }
    buffer += ">\n";
    append_data(buffer, edge_list, edge_ids, e, text, scratch, "      ");
    buffer += "    </edge>\n";
    output.maybe_flush();
  }
  buffer += "  </graph>\n</graphml>\n";
  output.finish();
}

}  // namespace kgviz
