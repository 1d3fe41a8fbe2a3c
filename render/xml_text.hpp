// XML text shared by the GraphML and GEXF writers: escaping that never produces a document a strict
// parser rejects, numbers in the one spelling every importer reads, exported values as XML text,
// and a buffered writer. Internal to render/.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

#include "render/export_columns.hpp"

namespace kgviz {

enum class XmlContext { Text, Attribute };

/// Appends `text` escaped for XML element content or a double-quoted attribute value. Tab, line
/// feed and carriage return survive as character references where a parser would otherwise
/// normalize them (all three in attribute values; carriage return in text). Characters that XML 1.0
/// cannot carry at all, even as references (C0 controls other than tab, line feed and carriage
/// return, U+FFFE, U+FFFF), and invalid UTF-8 bytes become U+FFFD rather than vanish, so the loss
/// stays visible in the output.
void append_xml_escaped(std::string& out, std::string_view text, XmlContext context);

void append_xml_integer(std::string& out, std::int64_t value);

/// Shortest text that reads back to the same double (std::to_chars without a precision), whatever
/// the locale. Infinities are `Infinity`/`-Infinity`: Java (Gephi) and JavaScript (graphology)
/// parse only that spelling, not XML Schema's `INF`, and networkx, igraph and graph-tool read it
/// too. The caller omits NaN.
void append_xml_double(std::string& out, double value);

/// The XML type name of an exported column: attr_type_name(), with string lists as one `string`
/// (their items joined by "; ") and Int spelled `int_name` (GraphML `int`, GEXF `integer`).
std::string_view xml_type_name(AttrType type, std::string_view int_name);

/// Appends the value of `row` of `column` as XML text (escaped for `context`; booleans true/false,
/// string lists joined by "; "); false, appending nothing, when the row has no value or a NaN.
/// `scratch` is reused between calls.
bool append_xml_value(std::string& out, const ExportColumn& column, std::size_t row,
                      ExportValue& scratch, XmlContext context);

/// Appends `indent<edge id="eN" source="S" target="T"`, leaving the start tag open: ids `e0, e1,
/// ...` by edge index are unique, which keeps parallel relations apart (graphology, networkx and
/// Gephi key edges by id).
void append_xml_edge_start(std::string& out, const KnowledgeGraph& graph, EdgeId e,
                           std::string_view indent);

/// Buffers an XML document, starting with the XML declaration (UTF-8), and hands it to the stream
/// in large pieces; throws Error naming `format` when the stream fails.
class XmlOutput {
 public:
  XmlOutput(std::ostream& out, std::string_view format);
  [[nodiscard]] std::string& buffer() { return buffer_; }
  /// Flushes when the buffer has grown large; call between elements.
  void maybe_flush();
  /// Writes the rest and flushes the stream.
  void finish();

 private:
  void flush();

  std::ostream& out_;
  std::string_view format_;
  std::string buffer_;
};

}  // namespace kgviz
