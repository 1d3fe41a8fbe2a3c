#include "io/yaml_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "io/text.hpp"
#include "io/yaml_tree.hpp"
#include "model/confidence.hpp"
#include "model/value_typing.hpp"

namespace kgviz {

namespace {

using Kind = YamlNode::Kind;

constexpr std::array<std::string_view, 6> kIdentityClasses{"individual",   "group", "system",
                                                           "organization", "class", "unknown"};
// Node attributes kgviz writes itself; a `properties` key must not take one of these names.
constexpr std::array<std::string_view, 27> kReservedNodeNames{"id",
                                                              "label",
                                                              "type",
                                                              "aliases",
                                                              "description",
                                                              "identity_class",
                                                              "country",
                                                              "region",
                                                              "degree",
                                                              "in_degree",
                                                              "out_degree",
                                                              "betweenness",
                                                              "closeness",
                                                              "harmonic",
                                                              "pagerank",
                                                              "eigenvector",
                                                              "core",
                                                              "component",
                                                              "strong_component",
                                                              "clustering",
                                                              "community",
                                                              "x",
                                                              "y",
                                                              "size",
                                                              "r",
                                                              "g",
                                                              "b"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& set, std::string_view value) {
  return std::find(set.begin(), set.end(), value) != set.end();
}

std::string join(std::initializer_list<std::string_view> items) {
  std::string out;
  for (auto item : items) {
    if (!out.empty()) out += ", ";
    out += item;
  }
  return out;
}

/// ISO 8601 calendar date: YYYY, YYYY-MM or YYYY-MM-DD with plausible month and day.
bool is_iso_date(std::string_view text) {
  auto digits = [&](std::size_t from, std::size_t count) {
    if (text.size() < from + count) return false;
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
  };
  auto number = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  if (text.size() == 4) return digits(0, 4);
  if (text.size() == 7) {
    return digits(0, 4) && text[4] == '-' && digits(5, 2) && number(5, 2) >= 1 &&
           number(5, 2) <= 12;
  }
  if (text.size() == 10) {
    return digits(0, 4) && text[4] == '-' && digits(5, 2) && text[7] == '-' && digits(8, 2) &&
           number(5, 2) >= 1 && number(5, 2) <= 12 && number(8, 2) >= 1 && number(8, 2) <= 31;
  }
  return false;
}

/// The text of a plain (unquoted, non-empty) scalar: what the number and boolean grammars read.
std::optional<std::string_view> plain_text(const YamlNode& node) {
  if (node.kind != Kind::Scalar || node.quoted || node.value().empty()) return std::nullopt;
  return node.value();
}

/// A plain YAML scalar read as a number (model/value_typing.hpp's grammar, as every reader).
std::optional<double> plain_number(const YamlNode& node) {
  const auto text = plain_text(node);
  return text ? real_of(*text) : std::nullopt;
}

struct SourceText {
  bool available = false;
  std::string folded_body;  // whitespace-folded text before `body_ends_before`
};

class SchemaReader {
 public:
  SchemaReader(const InputSource& input, const ReadOptions& options, DiagnosticSink& sink)
      : input_(input), options_(options), sink_(sink) {}

  KnowledgeGraph read() {
    if (!tree_.parse(input_.content, options_.limits, sink_)) return {};
    const std::uint32_t root = tree_.root();
    auto fields =
        map_fields(root, "the document", {"title", "sources", "types", "entities", "relations"},
                   {"sources", "types", "entities", "relations"});
    if (!fields) return {};
    if (auto title = field(*fields, "title")) title_ = optional_string(*title, "title");
    if (auto sources = field(*fields, "sources")) read_sources(*sources);
    if (auto types = field(*fields, "types")) read_types(*types);
    if (auto entities = field(*fields, "entities")) read_entities(*entities);
    if (auto relations = field(*fields, "relations")) read_relations(*relations);
    return std::move(graph_);
  }

 private:
  using Fields = std::map<std::string, std::uint32_t, std::less<>>;

  const YamlNode& node(std::uint32_t index) const { return tree_.node(index); }

  void error_at(std::uint32_t index, std::string message) {
    const YamlNode& n = node(index);
    sink_.error(n.line(), n.column(), std::move(message));
  }

  static std::optional<std::uint32_t> field(const Fields& fields, std::string_view name) {
    auto it = fields.find(name);
    if (it == fields.end()) return std::nullopt;
    return it->second;
  }

  /// The keys of a mapping node, checked against the allowed and required keys.
  std::optional<Fields> map_fields(std::uint32_t index, std::string_view what,
                                   std::initializer_list<std::string_view> allowed,
                                   std::initializer_list<std::string_view> required) {
    const YamlNode& n = node(index);
    if (n.kind != Kind::Map) {
      error_at(index, std::string(what) + " must be a mapping of keys to values");
      return std::nullopt;
    }
    Fields fields;
    for (std::size_t i = 0; i + 1 < n.children().size(); i += 2) {
      const YamlNode& key = node(n.children()[i]);
      if (key.kind != Kind::Scalar) {
        error_at(n.children()[i],
                 std::string("keys of ") + std::string(what) + " must be plain names");
        continue;
      }
      if (std::find(allowed.begin(), allowed.end(), key.value()) == allowed.end()) {
        error_at(n.children()[i], "unknown key '" + abbreviate(key.value(), 40) + "' in " +
                                      std::string(what) + " (allowed: " + join(allowed) + ")");
        continue;
      }
      fields.emplace(key.value(), n.children()[i + 1]);
    }
    for (auto name : required) {
      if (fields.find(name) == fields.end()) {
        error_at(index, std::string(what) + " is missing required key '" + std::string(name) + "'");
      }
    }
    return fields;
  }

  std::optional<std::string> string_value(std::uint32_t index, std::string_view what) {
    const YamlNode& n = node(index);
    if (n.kind == Kind::Scalar) return std::string(n.value());
    error_at(index,
             std::string(what) + " must be a string" + (n.kind == Kind::Null ? ", not null" : ""));
    return std::nullopt;
  }

  std::optional<std::string> nonempty_string(std::uint32_t index, std::string_view what) {
    auto value = string_value(index, what);
    if (value && value->empty()) {
      error_at(index, std::string(what) + " must not be empty");
      return std::nullopt;
    }
    return value;
  }

  /// A string or null (`null` = the source does not say).
  std::optional<std::string> optional_string(std::uint32_t index, std::string_view what) {
    if (node(index).kind == Kind::Null) return std::nullopt;
    return string_value(index, what);
  }

  std::vector<std::uint32_t> sequence_items(std::uint32_t index, std::string_view what) {
    const YamlNode& n = node(index);
    if (n.kind == Kind::Sequence) return {n.children().begin(), n.children().end()};
    if (n.kind != Kind::Null) error_at(index, std::string(what) + " must be a list");
    return {};
  }

  std::vector<std::string> string_list(std::uint32_t index, std::string_view what) {
    std::vector<std::string> out;
    for (std::uint32_t item : sequence_items(index, what)) {
      if (auto value = nonempty_string(item, std::string("each item of ") + std::string(what))) {
        out.push_back(*value);
      }
    }
    return out;
  }

  void read_sources(std::uint32_t index) {
    for (std::uint32_t item : sequence_items(index, "sources")) {
      auto fields = map_fields(
          item, "a source", {"id", "title", "publisher", "date", "url", "text", "body_ends_before"},
          {"id", "title", "publisher", "date", "url", "text"});
      if (!fields) continue;
      SourceDocument source;
      std::uint32_t id_node = item;
      if (auto id = field(*fields, "id")) {
        id_node = *id;
        if (auto value = nonempty_string(*id, "source id")) source.id = *value;
      }
      if (auto f = field(*fields, "title")) source.title = optional_string(*f, "source title");
      if (auto f = field(*fields, "publisher")) {
        source.publisher = optional_string(*f, "source publisher");
      }
      if (auto f = field(*fields, "date")) {
        source.date = optional_string(*f, "source date");
        if (source.date && !is_iso_date(*source.date)) {
          error_at(*f, "source date must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
      }
      if (auto f = field(*fields, "url")) source.url = optional_string(*f, "source url");
      if (auto f = field(*fields, "body_ends_before")) {
        source.body_ends_before = nonempty_string(*f, "body_ends_before");
      }
      SourceText text;
      if (auto f = field(*fields, "text")) {
        source.text_path = optional_string(*f, "source text");
        if (source.text_path) text = load_source_text(*f, source);
      }
      if (source.id.empty()) continue;
      if (auto it = source_lines_.find(source.id); it != source_lines_.end()) {
        error_at(id_node, "duplicate source id '" + source.id + "' (first at line " +
                              std::to_string(it->second) + ")");
        continue;
      }
      source_lines_.emplace(source.id, node(id_node).line());
      source_texts_.emplace(source.id, std::move(text));
      graph_.sources().push_back(std::move(source));
    }
  }

  SourceText load_source_text(std::uint32_t text_node, const SourceDocument& source) {
    SourceText text;
    std::string error;
    auto content =
        read_companion(input_, *source.text_path, options_.limits, options_.source_root, error);
    if (!content) {
      error_at(text_node, "cannot read source text '" + *source.text_path + "': " + error);
      return text;
    }
    std::string body = fold_whitespace(*content);
    if (source.body_ends_before) {
      const std::string marker = fold_whitespace(*source.body_ends_before);
      const std::size_t at = body.find(marker);
      if (at == std::string::npos) {
        error_at(text_node, "body_ends_before text '" + abbreviate(marker, 40) +
                                "' does not occur in '" + *source.text_path + "'");
        return text;
      }
      body.resize(at);
    }
    text.available = true;
    text.folded_body = std::move(body);
    return text;
  }

  void read_types(std::uint32_t index) {
    auto fields = map_fields(index, "types", {"entity_types", "relation_types"},
                             {"entity_types", "relation_types"});
    if (!fields) return;
    auto read_names = [&](std::string_view key, std::vector<std::string>& names,
                          std::unordered_set<std::string>& set) {
      auto f = field(*fields, key);
      if (!f) return;
      for (std::uint32_t item : sequence_items(*f, key)) {
        auto name = nonempty_string(item, std::string("each item of ") + std::string(key));
        if (!name) continue;
        if (!set.insert(*name).second) {
          error_at(item, "type '" + *name + "' is listed twice in " + std::string(key));
          continue;
        }
        names.push_back(*name);
      }
    };
    read_names("entity_types", graph_.vocabulary().entity_types, entity_types_);
    read_names("relation_types", graph_.vocabulary().relation_types, relation_types_);
  }

  struct PendingProperty {
    VertexId vertex;
    std::uint32_t value_node;
  };

  void read_entities(std::uint32_t index) {
    std::map<std::string, std::vector<PendingProperty>> properties;
    std::vector<std::string> property_order;
    for (std::uint32_t item : sequence_items(index, "entities")) {
      auto fields = map_fields(item, "an entity",
                               {"id", "label", "type", "aliases", "description", "identity_class",
                                "country", "region", "properties"},
                               {"id", "label", "type"});
      if (!fields) continue;
      std::optional<std::string> id;
      std::optional<std::string> label;
      std::optional<std::string> type;
      if (auto f = field(*fields, "id")) id = nonempty_string(*f, "entity id");
      if (auto f = field(*fields, "label")) label = nonempty_string(*f, "entity label");
      if (auto f = field(*fields, "type")) {
        type = nonempty_string(*f, "entity type");
        if (type && entity_types_.count(*type) == 0) {
          error_at(*f, "entity type '" + *type + "' is not declared in types.entity_types");
        }
      }
      if (!id) continue;
      const std::uint32_t id_node = *field(*fields, "id");
      if (auto it = entity_lines_.find(*id); it != entity_lines_.end()) {
        error_at(id_node, "duplicate entity id '" + *id + "' (first at line " +
                              std::to_string(it->second) + ")");
        continue;
      }
      entity_lines_.emplace(*id, node(id_node).line());
      // Registered even when its label or type is wrong (already reported), so that relations
      // naming it do not add "undeclared entity" errors on top.
      const VertexId v = graph_.add_entity(*id, label.value_or(*id), type.value_or(""));
      if (auto f = field(*fields, "aliases")) {
        graph_.set_node_list(v, attr::kAliases, string_list(*f, "aliases"));
      }
      if (auto f = field(*fields, "description")) {
        if (auto text = optional_string(*f, "description")) {
          graph_.set_node_string(v, attr::kDescription, *text);
        }
      }
      if (auto f = field(*fields, "identity_class")) {
        if (auto value = nonempty_string(*f, "identity_class")) {
          if (!contains(kIdentityClasses, *value)) {
            error_at(*f,
                     "identity_class must be one of individual, group, system, organization, "
                     "class, unknown");
          } else {
            graph_.set_node_string(v, "identity_class", *value);
          }
        }
      }
      if (auto f = field(*fields, "country")) {
        if (auto value = nonempty_string(*f, "country")) {
          const bool iso = value->size() == 2 &&
                           std::isupper(static_cast<unsigned char>((*value)[0])) &&
                           std::isupper(static_cast<unsigned char>((*value)[1]));
          if (!iso) {
            error_at(*f, "country must be an ISO 3166-1 alpha-2 code such as US or CN");
          } else {
            graph_.set_node_string(v, "country", *value);
          }
        }
      }
      if (auto f = field(*fields, "region")) {
        if (auto value = nonempty_string(*f, "region")) graph_.set_node_string(v, "region", *value);
      }
      if (auto f = field(*fields, "properties"))
        collect_properties(*f, v, properties, property_order);
    }
    for (const auto& name : property_order) store_property(name, properties[name]);
    const YamlNode& list = node(index);
    if (list.kind == Kind::Null || (list.kind == Kind::Sequence && list.children().empty())) {
      error_at(index, "the graph has no entities (an empty graph cannot be analysed or drawn)");
    }
  }

  void collect_properties(std::uint32_t index, VertexId v,
                          std::map<std::string, std::vector<PendingProperty>>& properties,
                          std::vector<std::string>& order) {
    const YamlNode& n = node(index);
    if (n.kind != Kind::Map) {
      error_at(index, "properties must be a mapping of names to values");
      return;
    }
    for (std::size_t i = 0; i + 1 < n.children().size(); i += 2) {
      const YamlNode& key = node(n.children()[i]);
      const YamlNode& value = node(n.children()[i + 1]);
      if (key.kind != Kind::Scalar || key.value().empty()) {
        error_at(n.children()[i], "property names must be non-empty strings");
        continue;
      }
      if (contains(kReservedNodeNames, key.value())) {
        error_at(n.children()[i],
                 "property '" + std::string(key.value()) +
                     "' has the name of a built-in attribute; choose another name");
        continue;
      }
      if (value.kind == Kind::Null) continue;
      if (value.kind != Kind::Scalar) {
        error_at(n.children()[i + 1],
                 "property '" + std::string(key.value()) + "' must be a single value");
        continue;
      }
      auto [it, inserted] = properties.try_emplace(std::string(key.value()));
      if (inserted) order.emplace_back(key.value());
      it->second.push_back({v, n.children()[i + 1]});
    }
  }

  /// A property column takes the type of its values by the one typing rule of every reader
  /// (model/value_typing.hpp): boolean, long, double, else string (the text as written).
  void store_property(const std::string& name, const std::vector<PendingProperty>& values) {
    std::optional<AttrType> type;
    for (const auto& p : values) {
      const auto text = plain_text(node(p.value_node));
      const AttrType value_type = text ? type_of_text(*text) : AttrType::String;
      type = type ? widen_types(*type, value_type) : value_type;
    }
    AttributeColumn* column =
        graph_.node_attributes().ensure(name, type.value_or(AttrType::String));
    if (column == nullptr) return;  // a reserved name, reported where the property was read
    for (const auto& p : values) {
      const YamlNode& n = node(p.value_node);
      switch (column->type()) {
        case AttrType::Boolean:
          column->set_bool(p.vertex, *boolean_of(n.value()));
          break;
        case AttrType::Long:
          column->set_integer(p.vertex, *integer_of(n.value()));
          break;
        case AttrType::Double:
          column->set_real(p.vertex, *real_of(n.value()));
          break;
        default:
          column->set_string(p.vertex, graph_.strings().intern(n.value()));
          break;
      }
    }
  }

  std::optional<VertexId> entity_reference(std::uint32_t index, std::string_view what) {
    auto id = nonempty_string(index, what);
    if (!id) return std::nullopt;
    auto v = graph_.find(*id);
    if (!v) error_at(index, std::string(what) + " names undeclared entity '" + *id + "'");
    return v;
  }

  void read_relations(std::uint32_t index) {
    for (std::uint32_t item : sequence_items(index, "relations")) {
      auto fields =
          map_fields(item, "a relation",
                     {"source", "target", "relation", "confidence", "evidence", "source_doc",
                      "according_to", "label", "weight", "date"},
                     {"source", "target", "relation", "confidence", "evidence", "source_doc"});
      if (!fields) continue;
      bool ok = true;
      auto require = [&](auto value) {
        ok = ok && value.has_value();
        return value;
      };
      std::optional<VertexId> source;
      std::optional<VertexId> target;
      std::optional<std::string> relation;
      std::optional<std::string> confidence;
      std::optional<std::string> evidence;
      std::optional<std::string> source_doc;
      std::optional<VertexId> according_to;
      std::optional<std::string> label;
      std::optional<double> weight;
      std::optional<std::string> date;
      if (auto f = field(*fields, "source")) source = entity_reference(*f, "relation source");
      if (auto f = field(*fields, "target")) target = entity_reference(*f, "relation target");
      if (auto f = field(*fields, "relation")) {
        relation = nonempty_string(*f, "relation");
        if (relation && relation_types_.count(*relation) == 0) {
          error_at(*f, "relation type '" + *relation + "' is not declared in types.relation_types");
          ok = false;
        }
      }
      if (auto f = field(*fields, "confidence")) {
        confidence = nonempty_string(*f, "confidence");
        if (confidence && !parse_confidence(*confidence)) {
          error_at(*f, "confidence must be one of " + confidence_names_text(", ") + " (not '" +
                           abbreviate(*confidence, 30) + "')");
          ok = false;
        }
      }
      if (auto f = field(*fields, "source_doc")) {
        source_doc = nonempty_string(*f, "source_doc");
        if (source_doc && source_texts_.count(*source_doc) == 0) {
          error_at(*f, "source_doc names undeclared source '" + *source_doc + "'");
          ok = false;
        }
      }
      if (auto f = field(*fields, "evidence")) {
        evidence = nonempty_string(*f, "evidence");
        if (evidence && source_doc && ok) check_evidence(*f, *evidence, *source_doc);
      }
      if (auto f = field(*fields, "according_to")) {
        according_to = entity_reference(*f, "according_to");
        ok = ok && according_to.has_value();
      }
      if (auto f = field(*fields, "label")) {
        label = nonempty_string(*f, "relation label");
        ok = ok && label.has_value();
      }
      if (auto f = field(*fields, "weight")) {
        weight = plain_number(node(*f));
        if (!weight || !std::isfinite(*weight)) {
          error_at(*f, "weight must be a finite number");
          ok = false;
        }
      }
      if (auto f = field(*fields, "date")) {
        date = nonempty_string(*f, "date");
        if (date && !is_iso_date(*date)) {
          error_at(*f, "date must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)");
          ok = false;
        }
      }
      require(source);
      require(target);
      require(relation);
      require(confidence);
      require(evidence);
      require(source_doc);
      if (!ok) continue;
      const EdgeId e = graph_.add_relation(*source, *target);
      graph_.set_edge_string(e, attr::kRelation, *relation);
      graph_.set_edge_string(e, attr::kLabel, label ? *label : *relation);
      graph_.set_edge_string(e, attr::kConfidence, *confidence);
      graph_.set_edge_string(e, attr::kEvidence, *evidence);
      graph_.set_edge_string(e, attr::kSourceDoc, *source_doc);
      if (date) graph_.set_edge_string(e, attr::kDate, *date);
      graph_.set_edge_real(e, attr::kWeight, weight.value_or(1.0));
      if (according_to) graph_.set_edge_string(e, attr::kAccordingTo, graph_.id(*according_to));
    }
  }

  void check_evidence(std::uint32_t index, const std::string& evidence,
                      const std::string& source_doc) {
    const SourceText& text = source_texts_.at(source_doc);
    if (!text.available) return;  // no text declared (or it failed to load: reported there)
    const std::string quote = fold_whitespace(evidence);
    if (text.folded_body.find(quote) == std::string::npos) {
      error_at(index, "evidence not found verbatim in the text of source '" + source_doc + "': \"" +
                          abbreviate(quote, 60) + "\"");
    }
  }

 public:
  void finish(KnowledgeGraph& graph) const {
    graph.set_directed(!options_.undirected);
    if (title_) {
      graph.graph_attributes()
          .ensure("title", AttrType::String)
          ->set_string(0, graph.strings().intern(*title_));
    }
  }

 private:
  const InputSource& input_;
  const ReadOptions& options_;
  DiagnosticSink& sink_;
  YamlTree tree_;
  KnowledgeGraph graph_;
  std::optional<std::string> title_;
  std::unordered_map<std::string, std::size_t> source_lines_;
  std::unordered_map<std::string, SourceText> source_texts_;
  std::unordered_set<std::string> entity_types_;
  std::unordered_set<std::string> relation_types_;
  std::unordered_map<std::string, std::size_t> entity_lines_;
};

}  // namespace

KnowledgeGraph read_yaml(const InputSource& input, const ReadOptions& options) {
  DiagnosticSink sink(input.display_name, options.max_errors, options.on_warning);
  SchemaReader reader(input, options, sink);
  KnowledgeGraph graph;
  try {
    graph = reader.read();
  } catch (const ErrorCapReached&) {
  }
  if (!sink.empty()) {
    std::vector<Diagnostic> diagnostics = sink.diagnostics();
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
      return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    throw InputError(std::move(diagnostics));
  }
  reader.finish(graph);
  return graph;
}

}  // namespace kgviz
