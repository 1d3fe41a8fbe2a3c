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

/// Formats that one reader tells apart by content, so an extension of one and content of the
/// other do not contradict: JSON/STIX (the JSON reader), CSV/TSV (a weak guess either way).
bool same_family(InputFormat a, InputFormat b) {
  auto family = [](InputFormat f) {
    if (f == InputFormat::Stix) return InputFormat::Json;
    if (f == InputFormat::Tsv) return InputFormat::Csv;
    return f;
  };
  return family(a) == family(b);
}

[[noreturn]] void cannot_tell(const InputSource& input, std::string_view why) {
  const std::string subject =
      input.from_stdin ? std::string("standard input") : "'" + input.display_name + "'";
  throw UsageError("cannot tell the format of " + subject + " " + std::string(why) +
                   "; name it with --from (one of: " + input_format_names() + ")");
}

}  // namespace

InputFormat detect_format(const InputSource& input, InputFormat requested) {
  if (requested != InputFormat::Auto) return requested;
  if (input.bundled) return InputFormat::Yaml;
  const std::optional<SniffResult> sniffed = sniff_input_format(input.content);
  const FileFormat* named =
      input.from_stdin ? nullptr : format_of_path(strip_compression_suffix(input.path));
  if (named != nullptr && named->input) {
    const InputFormat by_name = *named->input;
    if (!sniffed) return by_name;
    if (same_family(by_name, sniffed->format)) {
      // `.json` holds node-link, Cytoscape.js or a STIX bundle: the content decides.
      return by_name == InputFormat::Json ? sniffed->format : by_name;
    }
    if (!sniffed->decisive) return by_name;
    throw UsageError("'" + input.display_name + "' looks like " +
                     std::string(input_format_name(sniffed->format)) + ", not " +
                     std::string(named->name) + " as its extension says; read it with --from " +
                     std::string(input_format_name(sniffed->format)) + " (or --from " +
                     std::string(named->name) + " to insist)");
  }
  if (sniffed) return sniffed->format;
  if (named != nullptr) {
    cannot_tell(input, "(kgviz writes " + std::string(named->name) +
                           " files but does not read them, and the content looks like no "
                           "format it reads)");
  }
  cannot_tell(input, input.from_stdin ? "from its content" : "from its extension or its content");
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
    case InputFormat::Stix: {
      // The JSON reader needs to know whether the name or --from promised a STIX bundle.
      ReadOptions resolved = options;
      resolved.format = format;
      return read_json(input, resolved);
    }
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
    merge_columns(from.node_attributes(), into.node_attributes(), from.strings(), into.strings(), v,
                  mapping[v], !is_new);
  }
  for (EdgeId e = 0; e < from.edge_count(); ++e) {
    const EdgeId copy = into.add_relation(mapping[from.source(e)], mapping[from.target(e)]);
    merge_columns(from.edge_attributes(), into.edge_attributes(), from.strings(), into.strings(), e,
                  copy, false);
  }
  merge_columns(from.graph_attributes(), into.graph_attributes(), from.strings(), into.strings(), 0,
                0, true);
  append_unique(into.sources(), from.sources(), [](const SourceDocument& s) { return s.id; });
  append_unique(into.vocabulary().entity_types, from.vocabulary().entity_types,
                [](const std::string& s) { return s; });
  append_unique(into.vocabulary().relation_types, from.vocabulary().relation_types,
                [](const std::string& s) { return s; });
}

}  // namespace kgviz
