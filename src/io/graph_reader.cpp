#include "io/graph_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <string>

#include "io/csv_reader.hpp"
#include "io/dot_reader.hpp"
#include "io/gexf_reader.hpp"
#include "io/gml_reader.hpp"
#include "io/graphml_reader.hpp"
#include "io/json_reader.hpp"
#include "io/pajek_reader.hpp"
#include "io/text.hpp"
#include "io/yaml_reader.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    const char c = text[text.size() - suffix.size() + i];
    if (std::tolower(static_cast<unsigned char>(c)) != suffix[i]) return false;
  }
  return true;
}

/// First non-blank byte of the content after a BOM.
char first_significant(std::string_view content) {
  for (std::size_t i = bom_length(content); i < content.size(); ++i) {
    const char c = content[i];
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return c;
  }
  return '\0';
}

/// Whether a JSON text is a STIX bundle: its top-level object has "type": "bundle".
bool looks_like_stix(std::string_view content) {
  const std::size_t head = std::min<std::size_t>(content.size(), 1 << 16);
  const std::string_view start = content.substr(0, head);
  std::size_t at = start.find("\"type\"");
  while (at != std::string_view::npos) {
    std::size_t i = at + 6;
    while (i < start.size() && (start[i] == ' ' || start[i] == ':' || start[i] == '\n' ||
                                start[i] == '\r' || start[i] == '\t')) {
      ++i;
    }
    if (start.substr(i, 8) == "\"bundle\"") return true;
    at = start.find("\"type\"", at + 6);
  }
  return false;
}

InputFormat sniff(std::string_view content) {
  const char c = first_significant(content);
  if (c == '<') {
    const std::string_view head = content.substr(0, std::min<std::size_t>(content.size(), 4096));
    return head.find("<gexf") != std::string_view::npos ? InputFormat::Gexf : InputFormat::GraphML;
  }
  if (c == '{' || c == '[') return looks_like_stix(content) ? InputFormat::Stix : InputFormat::Json;
  return InputFormat::Yaml;
}

std::string format_list() {
  std::string out;
  for (auto name : input_format_names()) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

}  // namespace

InputFormat detect_format(const InputSource& input, InputFormat requested) {
  if (requested != InputFormat::Auto) return requested;
  if (input.bundled) return InputFormat::Yaml;
  if (input.from_stdin) return sniff(input.content);
  // `graph.dot.gz`: the format is the inner extension's (load_input has decompressed it).
  std::string_view path = input.path;
  if (ends_with(path, ".gz")) {
    path.remove_suffix(3);
    if (std::filesystem::path(path).extension().empty()) return sniff(input.content);
  }
  if (ends_with(path, ".yaml") || ends_with(path, ".yml")) return InputFormat::Yaml;
  if (ends_with(path, ".graphml")) return InputFormat::GraphML;
  if (ends_with(path, ".gexf")) return InputFormat::Gexf;
  if (ends_with(path, ".csv")) return InputFormat::Csv;
  if (ends_with(path, ".tsv") || ends_with(path, ".tab")) return InputFormat::Tsv;
  if (ends_with(path, ".dot") || ends_with(path, ".gv")) return InputFormat::Dot;
  if (ends_with(path, ".gml")) return InputFormat::Gml;
  if (ends_with(path, ".net")) return InputFormat::Pajek;
  if (ends_with(path, ".stix.json")) return InputFormat::Stix;
  if (ends_with(path, ".json")) {
    return looks_like_stix(input.content) ? InputFormat::Stix : InputFormat::Json;
  }
  throw UsageError("cannot tell the format of '" + input.path +
                   "' from its extension; name it with --from (one of: " + format_list() + ")");
}

KnowledgeGraph read_graph(const InputSource& input, const ReadOptions& options) {
  const InputFormat format = detect_format(input, options.format);
  switch (format) {
    case InputFormat::Yaml:
      return read_yaml(input, options);
    case InputFormat::GraphML:
      return read_graphml(input, options);
    case InputFormat::Gexf:
      return read_gexf(input, options);
    case InputFormat::Csv:
      return read_csv(input, options, ',');
    case InputFormat::Tsv:
      return read_csv(input, options, '\t');
    case InputFormat::Json:
    case InputFormat::Stix:
      return read_json(input, options);
    case InputFormat::Dot:
      return read_dot(input, options);
    case InputFormat::Gml:
      return read_gml(input, options);
    case InputFormat::Pajek:
      return read_pajek(input, options);
    default:
      throw UsageError("reading " + std::string(input_format_name(format)) +
                       " input is not supported by this version of kgviz (" + input.display_name +
                       ")");
  }
}

namespace {

void merge_columns(const AttributeTable& from_table, AttributeTable& into_table,
                   const StringPool& from_pool, StringPool& into_pool, std::size_t from_row,
                   std::size_t into_row, bool only_missing) {
  for (const AttributeColumn& column : from_table.columns()) {
    if (!column.has(from_row)) continue;
    AttributeColumn* target = into_table.ensure(column.name(), column.type());
    if (target == nullptr) {
      throw Error("attribute '" + column.name() + "' has type " +
                  std::string(attr_type_name(column.type())) + " in one input and " +
                  std::string(attr_type_name(into_table.find(column.name())->type())) +
                  " in another; the inputs cannot be merged");
    }
    if (only_missing && target->has(into_row)) continue;
    target->copy_from(column, from_row, into_row, from_pool, into_pool);
  }
}

template <class T, class Key>
void append_unique(std::vector<T>& into, const std::vector<T>& from, Key key) {
  for (const T& item : from) {
    const bool present = std::any_of(into.begin(), into.end(),
                                     [&](const T& existing) { return key(existing) == key(item); });
    if (!present) into.push_back(item);
  }
}

}  // namespace

void merge_graph(KnowledgeGraph& into, const KnowledgeGraph& from) {
  into.set_directed(into.directed() || from.directed());
  std::vector<VertexId> mapping(from.node_count());
  for (VertexId v = 0; v < from.node_count(); ++v) {
    auto existing = into.find(from.id(v));
    const bool is_new = !existing;
    mapping[v] = is_new ? into.add_entity(from.id(v), from.label(v), from.type(v)) : *existing;
    merge_columns(from.node_attributes(), into.node_attributes(), from.strings(), into.strings(),
                  v, mapping[v], !is_new);
  }
  for (EdgeId e = 0; e < from.edge_count(); ++e) {
    const EdgeId copy = into.add_relation(mapping[from.source(e)], mapping[from.target(e)]);
    merge_columns(from.edge_attributes(), into.edge_attributes(), from.strings(), into.strings(),
                  e, copy, false);
  }
  merge_columns(from.graph_attributes(), into.graph_attributes(), from.strings(), into.strings(),
                0, 0, true);
  append_unique(into.sources(), from.sources(), [](const SourceDocument& s) { return s.id; });
  append_unique(into.vocabulary().entity_types, from.vocabulary().entity_types,
                [](const std::string& s) { return s; });
  append_unique(into.vocabulary().relation_types, from.vocabulary().relation_types,
                [](const std::string& s) { return s; });
}

}  // namespace kgviz
