#include "render/gexf_writer.hpp"

#include <cmath>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "render/export_columns.hpp"
#include "render/xml_text.hpp"

namespace kgviz {

namespace {

void append_declarations(std::string& out, std::string_view element_class,
                         const std::vector<const ExportColumn*>& columns) {
  if (columns.empty()) return;
  out += "    <attributes class=\"";
  out += element_class;
  out += "\" mode=\"static\">\n";
  // Numeric ids: graphology-gexf names an attribute by its title only when the id is a number.
  for (std::size_t k = 0; k < columns.size(); ++k) {
    out += "      <attribute id=\"";
    append_xml_integer(out, static_cast<std::int64_t>(k));
    out += "\" title=\"";
    append_xml_escaped(out, columns[k]->name, XmlContext::Attribute);
    out += "\" type=\"";
    out += xml_type_name(columns[k]->type, "integer");
    out += "\"/>\n";
  }
  out += "    </attributes>\n";
}

/// Appends ` name="value"` when `column` (may be null) has a value for `row`.
void append_xml_attribute(std::string& out, std::string_view name, const ExportColumn* column,
                          std::size_t row, std::string& text, ExportValue& scratch) {
  text.clear();
  if (column == nullptr || !append_xml_value(text, *column, row, scratch, XmlContext::Attribute)) {
    return;
  }
  out += ' ';
  out += name;
  out += "=\"";
  out += text;
  out += '"';
}

void append_attvalues(std::string& out, const std::vector<const ExportColumn*>& columns,
                      std::size_t row, std::string& text, ExportValue& scratch) {
  bool opened = false;
  for (std::size_t k = 0; k < columns.size(); ++k) {
    text.clear();
    if (!append_xml_value(text, *columns[k], row, scratch, XmlContext::Attribute)) continue;
    if (!opened) {
      out += "        <attvalues>\n";
      opened = true;
    }
    out += "          <attvalue for=\"";
    append_xml_integer(out, static_cast<std::int64_t>(k));
    out += "\" value=\"";
    out += text;
    out += "\"/>\n";
  }
  if (opened) out += "        </attvalues>\n";
}

/// What Gephi draws: size (`value` first, as Gephi needs), position, and colour as integer r, g, b
/// (a hex-only colour crashes networkx; an alpha channel makes Gephi Lite drop the colour).
void append_viz(std::string& out, const NodeVisual& visual) {
  if (std::isfinite(visual.size)) {
    out += "        <viz:size value=\"";
    append_xml_double(out, visual.size);
    out += "\"/>\n";
  }
  if (std::isfinite(visual.x) && std::isfinite(visual.y)) {
    out += "        <viz:position x=\"";
    append_xml_double(out, visual.x);
    out += "\" y=\"";
    append_xml_double(out, visual.y);
    out += "\" z=\"0\"/>\n";
  }
  out += "        <viz:color r=\"";
  append_xml_integer(out, visual.r);
  out += "\" g=\"";
  append_xml_integer(out, visual.g);
  out += "\" b=\"";
  append_xml_integer(out, visual.b);
  out += "\"/>\n";
}

}  // namespace

void write_gexf(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                const DrawingHints* hints, const RunRecord& record, std::ostream& out) {
  // Columns the elements carry as XML attributes, names Gephi reserves, and edge attributes that
  // networkx's read_gexf passes on as the edge key (`key` makes it fail, `networkx_key` would merge
  // parallel edges) are not attvalues.
  const ExportPlan plan(graph, analysis, hints, {"id", "label"},
                        {"id", "label", "weight", "kind", "key", "networkx_key"});
  const std::vector<const ExportColumn*>& node_values = plan.node_values;
  const std::vector<const ExportColumn*>& edge_values = plan.edge_values;
  const ExportColumn* node_label = plan.nodes.find(attr::kLabel);
  const ExportColumn* edge_label = plan.edges.find(attr::kLabel);
  const ExportColumn* edge_kind = plan.edges.find(attr::kRelation);
  const ExportColumn* edge_weight = plan.edges.find(attr::kWeight);

  XmlOutput output(out, "GEXF");
  std::string& buffer = output.buffer();
  buffer +=
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n";
  buffer += "  <meta>\n    <creator>kgviz ";
  append_xml_escaped(buffer, record.version, XmlContext::Text);
  buffer += "</creator>\n    <description>";
  append_xml_escaped(buffer, record.summary_line(), XmlContext::Text);
  buffer += "</description>\n  </meta>\n";
  buffer += "  <graph mode=\"static\" defaultedgetype=\"";
  buffer += graph.directed() ? "directed" : "undirected";
  buffer += "\">\n";
  append_declarations(buffer, "node", node_values);
  append_declarations(buffer, "edge", edge_values);

  std::string text;
  ExportValue scratch;
  buffer += "    <nodes>\n";
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    buffer += "      <node id=\"";
    append_xml_escaped(buffer, graph.id(v), XmlContext::Attribute);
    buffer += '"';
    append_xml_attribute(buffer, "label", node_label, v, text, scratch);
    buffer += ">\n";
    append_attvalues(buffer, node_values, v, text, scratch);
    if (hints != nullptr) append_viz(buffer, hints->nodes[v]);
    buffer += "      </node>\n";
    output.maybe_flush();
  }
  buffer += "    </nodes>\n    <edges>\n";
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    append_xml_edge_start(buffer, graph, e, "      ");
    append_xml_attribute(buffer, "label", edge_label, e, text, scratch);
    append_xml_attribute(buffer, "kind", edge_kind, e, text, scratch);
    append_xml_attribute(buffer, "weight", edge_weight, e, text, scratch);
    buffer += ">\n";
    append_attvalues(buffer, edge_values, e, text, scratch);
    buffer += "      </edge>\n";
    output.maybe_flush();
  }
  buffer += "    </edges>\n  </graph>\n</gexf>\n";
  output.finish();
}

}  // namespace kgviz
