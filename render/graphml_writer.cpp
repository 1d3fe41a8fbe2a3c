#include "render/graphml_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kListSeparator = "; ";
constexpr std::size_t kFlushBytes = std::size_t{1} << 16;

/// Length of the valid UTF-8 sequence at `i` (overlong forms, surrogates and code points above
/// U+10FFFF are invalid), or 0.
std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

enum class Context { Text, Attribute };

/// Appends `text` escaped for XML element content or a double-quoted attribute value. Tab, line
/// feed and carriage return survive as character references where a parser would otherwise
/// normalize them (all three in attribute values; carriage return in text). Characters that XML 1.0
/// cannot carry at all, even as references, are replaced by U+FFFD rather than dropped, so the loss
/// stays visible in the output.
void append_escaped(std::string& out, std::string_view text, Context context) {
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) {
      const std::size_t length = utf8_length(text, i);
      if (length == 0) {
        out += kReplacementCharacter;
        ++i;
        continue;
      }
      // U+FFFE and U+FFFF are not XML characters.
      if (length == 3 && byte == 0xEF && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
          static_cast<unsigned char>(text[i + 2]) >= 0xBE) {
        out += kReplacementCharacter;
      } else {
        out.append(text.substr(i, length));
      }
      i += length;
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += context == Context::Attribute ? "&quot;" : "\"";
        break;
      case '\t':
        out += context == Context::Attribute ? "&#9;" : "\t";
        break;
      case '\n':
        out += context == Context::Attribute ? "&#10;" : "\n";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (byte < 0x20) {
          out += kReplacementCharacter;
        } else {
          out += c;
        }
    }
    ++i;
  }
}

void append_integer(std::string& out, std::int64_t value) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

/// Shortest text that reads back to the same double (std::to_chars without a precision). Infinities
/// are `Infinity`/`-Infinity`: Java (Gephi) and JavaScript (graphology) parse only that spelling,
/// not XML Schema's `INF`, and networkx, igraph and graph-tool read it too. The caller omits NaN.
void append_double(std::string& out, double value) {
  if (std::isinf(value)) {
    out += value > 0 ? "Infinity" : "-Infinity";
    return;
  }
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

/// GraphML `int` is 32-bit (Gephi parses it with Integer.parseInt): an Int column holding a larger
/// value is declared `long` instead.
bool fits_int32(const AttributeColumn& column, std::size_t rows) {
  for (std::size_t row = 0; row < rows; ++row) {
    if (!column.has(row)) continue;
    const std::int64_t value = column.integer(row);
    if (value < std::numeric_limits<std::int32_t>::min() ||
        value > std::numeric_limits<std::int32_t>::max()) {
      return false;
    }
  }
  return true;
}

std::string_view graphml_type(const AttributeColumn& column, std::size_t rows) {
  switch (column.type()) {
    case AttrType::Boolean:
      return "boolean";
    case AttrType::Int:
      return fits_int32(column, rows) ? "int" : "long";
    case AttrType::Long:
      return "long";
    case AttrType::Float:
      return "float";
    case AttrType::Double:
      return "double";
    case AttrType::String:
    case AttrType::StringList:
      break;
  }
  return "string";
}

void append_joined(std::string& out, const std::vector<std::string_view>& items) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += kListSeparator;
    append_escaped(out, items[i], Context::Text);
  }
}

/// Appends the value of `row` as GraphML text; false when there is none (absent, or NaN).
bool append_column_value(std::string& out, const AttributeColumn& column, std::size_t row,
                         const StringPool& pool) {
  if (!column.has(row)) return false;
  switch (column.type()) {
    case AttrType::Boolean:
      out += column.integer(row) != 0 ? "true" : "false";
      return true;
    case AttrType::Int:
    case AttrType::Long:
      append_integer(out, column.integer(row));
      return true;
    case AttrType::Float:
    case AttrType::Double:
      if (std::isnan(column.real(row))) return false;
      append_double(out, column.real(row));
      return true;
    case AttrType::String:
      append_escaped(out, pool.view(column.string(row)), Context::Text);
      return true;
    case AttrType::StringList: {
      std::vector<std::string_view> items;
      for (StringId id : column.list(row)) items.push_back(pool.view(id));
      append_joined(out, items);
      return true;
    }
  }
  return false;
}

enum class Domain { Graph, Node, Edge };

std::string_view domain_name(Domain domain) {
  switch (domain) {
    case Domain::Graph:
      return "graph";
    case Domain::Node:
      return "node";
    case Domain::Edge:
      break;
  }
  return "edge";
}

/// One `<key>` and how to produce its value for a row (vertex, edge, or 0 for the graph).
struct KeySpec {
  std::string name;
  std::string_view type;
  /// Appends the escaped value text for the row; returns false when the row has no value.
  std::function<bool(std::size_t row, std::string& out)> value;
};

/// The keys of one domain, in output order, with their names kept unique (first one wins).
class KeyList {
 public:
  explicit KeyList(Domain domain) : domain_(domain) {}

  void add(std::string name, std::string_view type,
           std::function<bool(std::size_t, std::string&)> value) {
    if (!names_.insert(name).second) return;
    keys_.push_back(KeySpec{std::move(name), type, std::move(value)});
  }
  [[nodiscard]] bool has(std::string_view name) const {
    return names_.count(std::string(name)) != 0;
  }
  /// Keeps only the keys that have a value in some row of [0, rows) (and those in `always`).
  void drop_unused(std::size_t rows, const std::unordered_set<std::string>& always) {
    std::vector<KeySpec> kept;
    std::string scratch;
    for (auto& key : keys_) {
      bool used = always.count(key.name) != 0;
      for (std::size_t row = 0; row < rows && !used; ++row) {
        scratch.clear();
        used = key.value(row, scratch);
      }
      if (used) kept.push_back(std::move(key));
    }
    keys_ = std::move(kept);
  }
  [[nodiscard]] Domain domain() const { return domain_; }
  [[nodiscard]] const std::vector<KeySpec>& keys() const { return keys_; }

 private:
  Domain domain_;
  std::vector<KeySpec> keys_;
  std::unordered_set<std::string> names_;
};

/// Buffers output and hands it to the stream in large pieces.
class Output {
 public:
  explicit Output(std::ostream& out) : out_(out) {}
  std::string& buffer() { return buffer_; }
  void maybe_flush() {
    if (buffer_.size() >= kFlushBytes) flush();
  }
  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
    if (!out_) throw Error("writing GraphML failed");
  }

 private:
  std::ostream& out_;
  std::string buffer_;
};

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

std::function<bool(std::size_t, std::string&)> fixed_string(std::string text) {
  return [text = std::move(text)](std::size_t, std::string& out) {
    append_escaped(out, text, Context::Text);
    return true;
  };
}

std::function<bool(std::size_t, std::string&)> column_value(const AttributeColumn& column,
                                                           const StringPool& pool) {
  return [&column, &pool](std::size_t row, std::string& out) {
    return append_column_value(out, column, row, pool);
  };
}

constexpr std::string_view kRecordKeys[] = {"kgviz_version", "kgviz_command", "inputs",
                                            "input_sha256",  "options",       "seed"};

KeyList graph_keys(const KnowledgeGraph& graph, const RunRecord& record) {
  KeyList keys(Domain::Graph);
  keys.add("kgviz_version", "string", fixed_string(record.version));
  if (!record.command.empty()) keys.add("kgviz_command", "string", fixed_string(record.command));
  keys.add("inputs", "string", fixed_string(joined_record_inputs(record, false)));
  keys.add("input_sha256", "string", fixed_string(joined_record_inputs(record, true)));
  keys.add("options", "string", fixed_string(joined_record_options(record)));
  const std::uint64_t seed = record.seed;
  const bool seed_fits_long = seed <= static_cast<std::uint64_t>(
                                          std::numeric_limits<std::int64_t>::max());
  keys.add("seed", seed_fits_long ? "long" : "string", [seed](std::size_t, std::string& out) {
    out += std::to_string(seed);
    return true;
  });
  // A graph read from an earlier kgviz output carries that run's record: this run's replaces it.
  const auto is_record_key = [](std::string_view name) {
    for (std::string_view record_key : kRecordKeys) {
      if (name == record_key) return true;
    }
    return false;
  };
  for (const AttributeColumn& column : graph.graph_attributes().columns()) {
    if (is_record_key(column.name())) continue;
    keys.add(column.name(), graphml_type(column, 1), column_value(column, graph.strings()));
  }
  keys.drop_unused(1, {});
  return keys;
}

KeyList node_keys(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                  const DrawingHints* hints) {
  const std::size_t n = graph.node_count();
  const StringPool& pool = graph.strings();
  KeyList keys(Domain::Node);
  keys.add(std::string(attr::kLabel), "string", [&graph](std::size_t v, std::string& out) {
    const std::string_view label = graph.label(static_cast<VertexId>(v));
    if (label.empty()) return false;
    append_escaped(out, label, Context::Text);
    return true;
  });
  keys.add("type", "string", [&graph](std::size_t v, std::string& out) {
    const std::string_view type = graph.type(static_cast<VertexId>(v));
    if (type.empty()) return false;
    append_escaped(out, type, Context::Text);
    return true;
  });
  keys.add(std::string(attr::kAliases), "string", [&graph](std::size_t v, std::string& out) {
    const auto aliases = graph.node_list(static_cast<VertexId>(v), attr::kAliases);
    if (aliases.empty()) return false;
    append_joined(out, aliases);
    return true;
  });
  if (const AttributeColumn* description = graph.node_attributes().find(attr::kDescription)) {
    keys.add(description->name(), graphml_type(*description, n), column_value(*description, pool));
  }

  // Computed values replace stored columns of the same name, so they are claimed before those.
  std::vector<KeySpec> computed;
  for (const MetricColumn& metric : analysis.metrics.columns()) {
    if (metric.values.size() != n) {
      throw Error("metric '" + metric.name + "' has " + std::to_string(metric.values.size()) +
                  " values for " + std::to_string(n) + " nodes");
    }
    const bool integer = metric.kind == MetricColumn::Kind::Integer;
    computed.push_back(KeySpec{metric.name, integer ? "long" : "double",
                               [&metric, integer](std::size_t v, std::string& out) {
                                 const double value = metric.values[v];
                                 if (std::isnan(value)) return false;
                                 if (integer && std::isfinite(value)) {
                                   append_integer(out, std::llround(value));
                                 } else {
                                   append_double(out, value);
                                 }
                                 return true;
                               }});
  }
  if (hints != nullptr) {
    if (hints->nodes.size() != n) {
      throw Error("drawing hints cover " + std::to_string(hints->nodes.size()) + " nodes of " +
                  std::to_string(n));
    }
    const auto real = [hints](double NodeVisual::*field) {
      return [hints, field](std::size_t v, std::string& out) {
        append_double(out, hints->nodes[v].*field);
        return true;
      };
    };
    const auto channel = [hints](std::uint8_t NodeVisual::*field) {
      return [hints, field](std::size_t v, std::string& out) {
        append_integer(out, hints->nodes[v].*field);
        return true;
      };
    };
    computed.push_back(KeySpec{"x", "double", real(&NodeVisual::x)});
    computed.push_back(KeySpec{"y", "double", real(&NodeVisual::y)});
    computed.push_back(KeySpec{"size", "double", real(&NodeVisual::size)});
    computed.push_back(KeySpec{"r", "int", channel(&NodeVisual::r)});
    computed.push_back(KeySpec{"g", "int", channel(&NodeVisual::g)});
    computed.push_back(KeySpec{"b", "int", channel(&NodeVisual::b)});
    computed.push_back(KeySpec{"color", "string", [hints](std::size_t v, std::string& out) {
                                 out += hints->nodes[v].color();
                                 return true;
                               }});
  }
  std::unordered_set<std::string> claimed{"label", "type", "aliases", "description"};
  for (const auto& key : computed) claimed.insert(key.name);
  for (const AttributeColumn& column : graph.node_attributes().columns()) {
    if (claimed.count(column.name()) != 0) continue;
    keys.add(column.name(), graphml_type(column, n), column_value(column, pool));
  }
  for (auto& key : computed) keys.add(std::move(key.name), key.type, std::move(key.value));
  keys.drop_unused(n, {});
  return keys;
}

KeyList edge_keys(const KnowledgeGraph& graph) {
  const std::size_t m = graph.edge_count();
  const StringPool& pool = graph.strings();
  const AttributeTable& table = graph.edge_attributes();
  KeyList keys(Domain::Edge);
  // relation and label are derived (each falls back to the other), so they are always strings; a
  // non-string column of that name is still written, as its text.
  const auto derived = [&graph, &pool, &table](std::string_view name, bool is_relation) {
    const AttributeColumn* column = table.find(name);
    if (column != nullptr && column->type() == AttrType::String) column = nullptr;
    return [&graph, &pool, column, is_relation](std::size_t e, std::string& out) {
      const auto edge = static_cast<EdgeId>(e);
      const std::string_view text = is_relation ? graph.relation(edge) : graph.edge_label(edge);
      if (!text.empty()) {
        append_escaped(out, text, Context::Text);
        return true;
      }
      return column != nullptr && append_column_value(out, *column, e, pool);
    };
  };
  keys.add(std::string(attr::kRelation), "string", derived(attr::kRelation, true));
  keys.add(std::string(attr::kLabel), "string", derived(attr::kLabel, false));
  for (std::string_view name : {attr::kConfidence, attr::kEvidence, attr::kSourceDoc, attr::kDate}) {
    if (const AttributeColumn* column = table.find(name)) {
      keys.add(column->name(), graphml_type(*column, m), column_value(*column, pool));
    }
  }
  keys.add(std::string(attr::kWeight), "double", [&graph](std::size_t e, std::string& out) {
    const double weight = graph.edge_number(static_cast<EdgeId>(e), attr::kWeight).value_or(1.0);
    if (std::isnan(weight)) return false;
    append_double(out, weight);
    return true;
  });
  if (const AttributeColumn* column = table.find(attr::kAccordingTo)) {
    keys.add(column->name(), graphml_type(*column, m), column_value(*column, pool));
  }
  for (const AttributeColumn& column : table.columns()) {
    if (keys.has(column.name())) continue;
    keys.add(column.name(), graphml_type(column, m), column_value(column, pool));
  }
  keys.drop_unused(m, {std::string(attr::kWeight)});
  return keys;
}

/// Writes the `<data>` children of one element; `ids` are the key ids of `keys` in order.
void append_data(std::string& out, const KeyList& keys, const std::vector<std::string>& ids,
                 std::size_t row, std::string& scratch, std::string_view indent) {
  for (std::size_t k = 0; k < keys.keys().size(); ++k) {
    scratch.clear();
    if (!keys.keys()[k].value(row, scratch)) continue;
    out += indent;
    out += "<data key=\"";
    out += ids[k];
    out += "\">";
    out += scratch;
    out += "</data>\n";
  }
}

}  // namespace

void write_graphml(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                   const DrawingHints* hints, const RunRecord& record, std::ostream& out) {
  const KeyList graph_list = graph_keys(graph, record);
  const KeyList node_list = node_keys(graph, analysis, hints);
  const KeyList edge_list = edge_keys(graph);

  Output output(out);
  std::string& buffer = output.buffer();
  buffer +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
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
  for (auto [list, ids] : {std::pair{&graph_list, &graph_ids}, std::pair{&node_list, &node_ids},
                           std::pair{&edge_list, &edge_ids}}) {
    for (const KeySpec& key : list->keys()) {
      ids->push_back("d" + std::to_string(next_id++));
      buffer += "  <key id=\"";
      buffer += ids->back();
      buffer += "\" for=\"";
      buffer += domain_name(list->domain());
      buffer += "\" attr.name=\"";
      append_escaped(buffer, key.name, Context::Attribute);
      buffer += "\" attr.type=\"";
      buffer += key.type;
      buffer += "\"/>\n";
    }
  }

  buffer += "  <graph id=\"G\" edgedefault=\"";
  buffer += graph.directed() ? "directed" : "undirected";
  buffer += "\">\n";
  std::string scratch;
  append_data(buffer, graph_list, graph_ids, 0, scratch, "    ");

  for (VertexId v = 0; v < graph.node_count(); ++v) {
    buffer += "    <node id=\"";
    append_escaped(buffer, graph.id(v), Context::Attribute);
    buffer += "\">\n";
    append_data(buffer, node_list, node_ids, v, scratch, "      ");
    buffer += "    </node>\n";
    output.maybe_flush();
  }
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    buffer += "    <edge id=\"e";
    append_integer(buffer, e);
    buffer += "\" source=\"";
    append_escaped(buffer, graph.id(graph.source(e)), Context::Attribute);
    buffer += "\" target=\"";
    append_escaped(buffer, graph.id(graph.target(e)), Context::Attribute);
    buffer += "\"";
    // Gephi reads this XML attribute as the edge type, which keeps parallel relations of
    // different types from being merged into one edge.
    const std::string_view relation = graph.relation(e);
    if (!relation.empty()) {
      buffer += " label=\"";
      append_escaped(buffer, relation, Context::Attribute);
      buffer += "\"";
    }
    buffer += ">\n";
    append_data(buffer, edge_list, edge_ids, e, scratch, "      ");
    buffer += "    </edge>\n";
    output.maybe_flush();
  }
  buffer += "  </graph>\n</graphml>\n";
  output.flush();
  out.flush();
  if (!out) throw Error("writing GraphML failed");
}

}  // namespace kgviz
