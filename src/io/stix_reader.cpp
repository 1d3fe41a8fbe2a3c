#include "io/stix_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "io/json_document.hpp"
#include "io/text.hpp"
#include "model/stix_syntax.hpp"
#include "model/stix_vocabulary.hpp"

namespace kgviz {

namespace {

using stix::kOwnConfidenceScore;
using stix::kOwnEntityType;
using stix::kOwnPrefix;

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool is_embedded_reference(std::string_view name) {
  return ends_with(name, "_ref") || ends_with(name, "_refs");
}

std::optional<std::string> string_member(const JsonValue& object, std::string_view key) {
  const JsonValue value = object.find(key);
  if (!value.is_string()) return std::nullopt;
  return std::string(value.string());
}

bool is_true(const JsonValue& object, std::string_view key) {
  const JsonValue value = object.find(key);
  return value && value.is_boolean() && value.boolean();
}

/// A value kept as an attribute: a string, number or boolean, or a non-empty array of strings.
bool is_kept_value(const JsonValue& value) {
  if (value.is_string() || value.is_number() || value.is_boolean()) return true;
  if (!value.is_array() || value.empty()) return false;
  return std::all_of(value.begin(), value.end(),
                     [](const auto& item) { return item.value().is_string(); });
}

/// One usable object of the bundle (a valid type and id), at its first position.
struct Entry {
  JsonValue object;
  std::string type;
  std::string id;
  bool excluded = false;  // revoked or deprecated
};

class StixReader {
 public:
  StixReader(JsonDocument& document, const ReadOptions& options)
      : document_(document), options_(options) {}

  KnowledgeGraph read() {
    const JsonValue root = document_.root();
    if (!is_stix_bundle(document_)) {
      document_.error_at(root,
                         "not a STIX bundle: the top-level value must be an object with "
                         "\"type\": \"bundle\"");
      return {};
    }
    check_bundle_id(root);
    const JsonValue objects = root.find("objects");
    if (objects && !objects.is_array()) {
      document_.error_at(objects, "the bundle's 'objects' must be an array, not " +
                                      std::string(json_kind(objects)));
      return {};
    }
    if (objects) index(objects);
    add_nodes();
    read_sources();
    add_edges();
    if (graph_.node_count() == 0 && document_.sink().empty()) {
      document_.error_at(root,
                         "no nodes: the bundle holds no object that becomes a node "
                         "(relationships, markings, reports and other containers, and "
                         "revoked or deprecated objects do not)");
    }
    graph_.set_directed(!options_.undirected);
    return std::move(graph_);
  }

 private:
  void check_bundle_id(const JsonValue& root) {
    const JsonValue id = root.find("id");
    if (!id) {
      document_.error_at(root, "the bundle has no 'id'");
    } else if (!id.is_string() || !stix::is_identifier(id.string(), "bundle")) {
      document_.error_at(id, "bundle id " + quoted(id) + " is not a STIX identifier bundle--UUID");
    }
  }

  static std::string quoted(const JsonValue& value) {
    return value.is_string() ? "'" + abbreviate(value.string(), 80) + "'"
                             : abbreviate(json_text(value), 80);
  }

  /// Checks every object's type and id and keeps one object per id: STIX 2.1 makes objects that
  /// share an id versions of one object, told apart by `modified`, of which the newest counts.
  void index(const JsonValue& objects) {
    for (const auto& item : objects) {
      const JsonValue object = item.value();
      if (!object.is_object()) {
        document_.error_at(object, "each item of 'objects' must be an object, not " +
                                       std::string(json_kind(object)));
        continue;
      }
      auto entry = checked_entry(object);
      if (!entry) continue;
      const auto [it, inserted] = by_id_.try_emplace(entry->id, entries_.size());
      if (inserted) {
        entries_.push_back(std::move(*entry));
      } else {
        keep_one_version(entries_[it->second], *entry);
      }
    }
    warn(repeats_, " repeated exactly (same id, same content): each is read once; the first",
         "object");
    warn(older_versions_,
         " left out as an older version: another object of the bundle has the same id and a later "
         "'modified', and STIX counts only the newest version; the first",
         "object");
  }

  /// `kept` and `other` have one id: an identical copy is read once, versions keep the newest,
  /// anything else is an error at the second.
  void keep_one_version(Entry& kept, const Entry& other) {
    if (json_equal(kept.object, other.object)) {
      tally(repeats_, other.object,
            "'" + abbreviate(other.id, 80) + "' (also at line " +
                std::to_string(document_.line_of(kept.object)) + ")");
      return;
    }
    const auto kept_modified = string_member(kept.object, "modified");
    const auto other_modified = string_member(other.object, "modified");
    if (!kept_modified || !other_modified ||
        stix::timestamp_order(*kept_modified) == stix::timestamp_order(*other_modified)) {
      document_.error_at(other.object.find("id"),
                         "duplicate id '" + abbreviate(other.id, 80) + "' (also at line " +
                             std::to_string(document_.line_of(kept.object)) +
                             "): objects that share an id must be identical, or versions of one "
                             "object with different 'modified' timestamps (STIX 2.1 versioning)");
      return;
    }
    const bool other_is_newer =
        stix::timestamp_order(*other_modified) > stix::timestamp_order(*kept_modified);
    const JsonValue newest = other_is_newer ? other.object : kept.object;
    tally(older_versions_, other_is_newer ? kept.object : other.object,
          "'" + abbreviate(other.id, 80) + "' (the version read is at line " +
              std::to_string(document_.line_of(newest)) + ")");
    if (other_is_newer) {
      kept.object = other.object;
      kept.excluded = other.excluded;
    }
  }

  /// Things of the bundle left out for one reason: how many, and the first (where it is and what).
  struct LeftOut {
    std::size_t count = 0;
    JsonValue first;
    std::string what;
  };

  static void tally(LeftOut& left_out, const JsonValue& at, std::string what) {
    if (left_out.count++ == 0 || document_order(at, left_out.first)) {
      left_out.first = at;
      left_out.what = std::move(what);
    }
  }

  static bool document_order(const JsonValue& a, const JsonValue& b) {
    return a.offset() < b.offset();
  }

  /// One warning per reason: "N <noun>s<reason>: <the first>".
  void warn(const LeftOut& left_out, std::string_view reason, std::string_view noun) {
    if (left_out.count == 0) return;
    document_.warning_at(left_out.first, std::to_string(left_out.count) + " " + std::string(noun) +
                                             (left_out.count == 1 ? "" : "s") +
                                             std::string(reason) + ": " + left_out.what);
  }

  std::optional<Entry> checked_entry(const JsonValue& object) {
    const JsonValue type = object.find("type");
    const JsonValue id = object.find("id");
    bool ok = true;
    if (!type) {
      document_.error_at(object, "object has no 'type'");
      ok = false;
    } else if (!type.is_string() || !stix::is_type_name(type.string())) {
      document_.error_at(type, "type " + quoted(type) +
                                   " is not a STIX type name (lower-case letters, digits and "
                                   "single hyphens, 3 to 250 bytes)");
      ok = false;
    }
    if (!id) {
      document_.error_at(object, "object has no 'id'");
      return std::nullopt;
    }
    if (!id.is_string() || !stix::is_identifier(id.string())) {
      document_.error_at(id, "id " + quoted(id) + " is not a STIX identifier TYPE--UUID");
      return std::nullopt;
    }
    if (!ok) return std::nullopt;
    Entry entry{object, std::string(type.string()), std::string(id.string()), false};
    if (!stix::is_identifier(entry.id, entry.type)) {
      document_.error_at(id, "id '" + abbreviate(entry.id, 80) +
                                 "' does not start with its type '" + entry.type + "--'");
      return std::nullopt;
    }
    entry.excluded = is_true(object, "revoked") || is_true(object, "x_mitre_deprecated");
    return entry;
  }

  static bool is_node_type(std::string_view type) {
    return std::find(stix::kNotNodeTypes.begin(), stix::kNotNodeTypes.end(), type) ==
           stix::kNotNodeTypes.end();
  }

  // ---- nodes

  enum class Element { Node, Edge };

  /// The attribute a top-level property is kept as, or "" when it is not kept generically: what
  /// the import rule or the entity and relation fields consume, and embedded references, are left
  /// out; kgviz's own `x_kgviz_NAME` is read back as `NAME`.
  static std::string attribute_name(std::string_view key, Element element) {
    using Names = std::unordered_set<std::string_view>;
    static const Names kConsumed{
        "type", "id", "spec_version", "revoked", "x_mitre_deprecated", "external_references"};
    // Properties read into entity or relation fields, and the names of those fields.
    static const Names kNodeKeys{
        "name",         "aliases",          "x_mitre_aliases", stix::kOwnAliases,
        stix::kOwnType, "kill_chain_phases"};
    static const Names kNodeNames{"label", "type", "id", attr::kAliases};
    static const Names kEdgeKeys{"relationship_type", "source_ref", "target_ref",
                                 "description",       "confidence", stix::kOwnRelation};
    static const Names kEdgeNames{
        attr::kRelation, attr::kEvidence,   attr::kSourceDoc, attr::kAccordingTo, "id",
        "type",          "confidence_score"};
    const Names& keys = element == Element::Node ? kNodeKeys : kEdgeKeys;
    const Names& names = element == Element::Node ? kNodeNames : kEdgeNames;
    if (kConsumed.count(key) != 0 || keys.count(key) != 0 || is_embedded_reference(key)) return {};
    const std::string_view name = starts_with(key, kOwnPrefix) && key.size() > kOwnPrefix.size()
                                      ? key.substr(kOwnPrefix.size())
                                      : key;
    return names.count(name) != 0 ? std::string() : std::string(name);
  }

  /// Calls `visit(name, value)` for every property kept as it is: strings, numbers, booleans and
  /// non-empty arrays of strings under their attribute_name.
  template <class Visit>
  static void scalar_attributes(const JsonValue& object, Element element, Visit visit) {
    for (const auto& member : object) {
      if (!is_kept_value(member.value())) continue;
      const std::string name = attribute_name(member.key(), element);
      if (!name.empty()) visit(name, member.value());
    }
  }

  /// Calls `visit(name, value)` for every attribute of a node object, derived ones included.
  template <class Visit>
  static void node_attributes(const JsonValue& object, Visit visit) {
    scalar_attributes(object, Element::Node, visit);
    if (const JsonValue phases = object.find("kill_chain_phases"); phases.is_array()) {
      std::vector<std::string> list;
      for (const auto& item : phases) {
        const JsonValue phase = item.value();
        if (!phase.is_object()) continue;
        auto chain = string_member(phase, "kill_chain_name");
        auto name = string_member(phase, "phase_name");
        if (chain && name) list.push_back(*chain + ":" + *name);
      }
      visit("kill_chain_phases", list);
    }
    if (const JsonValue references = object.find("external_references"); references.is_array()) {
      for (const auto& item : references) {
        const JsonValue reference = item.value();
        if (!reference.is_object()) continue;
        const JsonValue external_id = reference.find("external_id");
        if (!external_id.is_string()) continue;
        visit("external_id", external_id);
        if (const JsonValue source = reference.find("source_name"))
          visit("external_source", source);
        if (const JsonValue url = reference.find("url")) visit("external_url", url);
        break;
      }
    }
  }

  static std::vector<std::string> aliases_of(const JsonValue& object) {
    std::vector<std::string> aliases;
    for (std::string_view key :
         {std::string_view("aliases"), std::string_view("x_mitre_aliases"), stix::kOwnAliases}) {
      const JsonValue list = object.find(key);
      if (!list.is_array()) continue;
      for (const auto& item : list) {
        if (!item.value().is_string()) continue;
        std::string alias(item.value().string());
        if (std::find(aliases.begin(), aliases.end(), alias) == aliases.end()) {
          aliases.push_back(std::move(alias));
        }
      }
    }
    return aliases;
  }

  void add_nodes() {
    std::vector<JsonValue> nodes;
    for (const Entry& entry : entries_) {
      if (entry.excluded || !is_node_type(entry.type)) continue;
      if (graph_.node_count() >= options_.limits.max_nodes) {
        document_.error_at(entry.object, "more than " + std::to_string(options_.limits.max_nodes) +
                                             " nodes (raise the limit with --max-nodes)");
        return;
      }
      const JsonValue& object = entry.object;
      std::string label = string_member(object, "name").value_or("");
      if (label.empty()) label = string_member(object, "value").value_or(entry.id);
      std::string type = entry.type;
      if (type == kOwnEntityType) type = string_member(object, stix::kOwnType).value_or(type);
      const VertexId v = graph_.add_entity(entry.id, label, type);
      const auto aliases = aliases_of(object);
      if (!aliases.empty()) graph_.set_node_list(v, attr::kAliases, aliases);
      nodes.push_back(object);
    }
    store_typed_attributes(
        nodes, graph_.node_attributes(), graph_.strings(),
        [](const JsonValue& object, auto visit) { node_attributes(object, visit); });
  }

  // ---- sources (reports)

  /// Reports kgviz wrote for its source documents (with `x_kgviz_source`) come first, so that a
  /// relation keeps its own source even when a report entity also lists it.
  void read_sources() {
    std::vector<const Entry*> reports;
    for (const Entry& entry : entries_) {
      if (!entry.excluded && entry.type == "report" && entry.object.contains(stix::kOwnSource)) {
        reports.push_back(&entry);
      }
    }
    for (const Entry& entry : entries_) {
      if (!entry.excluded && entry.type == "report" && !entry.object.contains(stix::kOwnSource)) {
        reports.push_back(&entry);
      }
    }
    std::unordered_set<std::string> source_ids;
    for (const Entry* report_entry : reports) {
      const Entry& entry = *report_entry;
      const JsonValue& report = entry.object;
      SourceDocument source = source_of(report, entry.id);
      if (!source_ids.insert(source.id).second) {
        source.id = entry.id;  // two reports claim one kgviz source id: keep them apart
        if (!source_ids.insert(source.id).second) continue;
      }
      if (const JsonValue refs = report.find("object_refs"); refs.is_array()) {
        for (const auto& ref : refs) {
          if (ref.value().is_string()) {
            source_of_object_.try_emplace(std::string(ref.value().string()), source.id);
          }
        }
      }
      graph_.sources().push_back(std::move(source));
    }
  }

  static SourceDocument source_of(const JsonValue& report, const std::string& id) {
    SourceDocument source;
    const JsonValue own = report.find(stix::kOwnSource);
    if (own.is_object() && string_member(own, "id")) {
      source.id = *string_member(own, "id");
      source.title = string_member(own, "title");
      source.publisher = string_member(own, "publisher");
      source.date = string_member(own, "date");
      source.url = string_member(own, "url");
      return source;
    }
    source.id = id;
    source.title = string_member(report, "name");
    if (auto published = string_member(report, "published"); published && published->size() >= 10) {
      source.date = published->substr(0, 10);
    }
    if (const JsonValue refs = report.find("external_references"); refs.is_array()) {
      for (const auto& item : refs) {
        const JsonValue reference = item.value();
        if (reference.is_object() && string_member(reference, "url")) {
          source.url = string_member(reference, "url");
          break;
        }
      }
    }
    return source;
  }

  // ---- edges

  template <class Visit>
  static void edge_attributes(const JsonValue& object, Visit visit) {
    scalar_attributes(object, Element::Edge, visit);
  }

  /// The vertex of a relationship end; nullopt with `ok` false when the end is not a STIX id or
  /// not in the bundle (an error: never a new node), nullopt alone when it is in the bundle but no
  /// node (counted for a warning).
  std::optional<VertexId> end_vertex(const JsonValue& relationship, std::string_view key,
                                     bool& ok) {
    const JsonValue ref = relationship.find(key);
    if (!ref) {
      document_.error_at(relationship, "relationship has no '" + std::string(key) + "'");
      ok = false;
      return std::nullopt;
    }
    if (!ref.is_string() || !stix::is_identifier(ref.string())) {
      document_.error_at(
          ref, std::string(key) + " " + quoted(ref) + " is not a STIX identifier TYPE--UUID");
      ok = false;
      return std::nullopt;
    }
    const std::string id(ref.string());
    const auto it = by_id_.find(id);
    if (it == by_id_.end()) {
      document_.error_at(ref, std::string(key) + " '" + abbreviate(id, 80) +
                                  "' names an object that is not in the bundle");
      ok = false;
      return std::nullopt;
    }
    return graph_.find(id);
  }

  /// Counts a relationship left out because its end `key` is in the bundle but is no node.
  void tally_end_not_node(const JsonValue& relationship, std::string_view key) {
    const JsonValue ref = relationship.find(key);
    const Entry& end = entries_[by_id_.at(std::string(ref.string()))];
    LeftOut& reason = end.excluded                                           ? end_excluded_
                      : end.type == "relationship" || end.type == "sighting" ? end_relationship_
                                                                             : end_container_;
    tally(reason, ref, std::string(key) + " '" + abbreviate(ref.string(), 80) + "'");
  }

  void add_edges() {
    std::vector<JsonValue> edges;
    for (const Entry& entry : entries_) {
      if (!entry.excluded && entry.type == "sighting") {
        tally(sightings_, entry.object, "'" + abbreviate(entry.id, 80) + "'");
      }
      if (entry.excluded || entry.type != "relationship") continue;
      const JsonValue& relationship = entry.object;
      bool ok = true;
      const JsonValue relation = relationship.find("relationship_type");
      if (!relation.is_string() || relation.string().empty()) {
        document_.error_at(relationship, "relationship has no 'relationship_type' string");
        ok = false;
      }
      const auto source = end_vertex(relationship, "source_ref", ok);
      const auto target = end_vertex(relationship, "target_ref", ok);
      if (!ok) continue;
      if (!source || !target) {
        tally_end_not_node(relationship, source ? "target_ref" : "source_ref");
        continue;
      }
      if (graph_.edge_count() >= options_.limits.max_edges) {
        document_.error_at(relationship, "more than " + std::to_string(options_.limits.max_edges) +
                                             " edges (raise the limit with --max-edges)");
        return;
      }
      const EdgeId e = graph_.add_relation(*source, *target);
      graph_.set_edge_string(
          e, attr::kRelation,
          string_member(relationship, stix::kOwnRelation).value_or(std::string(relation.string())));
      set_confidence(e, relationship);
      if (auto description = string_member(relationship, "description")) {
        graph_.set_edge_string(e, attr::kEvidence, *description);
      }
      if (const auto it = source_of_object_.find(entry.id); it != source_of_object_.end()) {
        graph_.set_edge_string(e, attr::kSourceDoc, it->second);
      }
      if (auto according_to = string_member(relationship, stix::kOwnAccordingTo)) {
        graph_.set_edge_string(e, attr::kAccordingTo, *according_to);
      }
      graph_.set_edge_string(e, "id", entry.id);
      edges.push_back(relationship);
    }
    // Weights are doubles in every reader, so graphs from different formats merge.
    store_typed_attributes(
        edges, graph_.edge_attributes(), graph_.strings(),
        [](const JsonValue& object, auto visit) { edge_attributes(object, visit); },
        {attr::kWeight});
    warn(end_relationship_,
         " left out because an end is a relationship or a sighting (kgviz relations join "
         "entities, so a relationship about a relationship has no place in the graph); the first",
         "relationship");
    warn(end_excluded_,
         " left out because an end is revoked or deprecated (such objects are not read); the first",
         "relationship");
    warn(end_container_,
         " left out because an end is a report, grouping, note, opinion, marking or other object "
         "that is not a node; the first",
         "relationship");
    warn(sightings_,
         " left out: kgviz reads STIX relationships as relations, and sightings neither as nodes "
         "nor as relations; the first",
         "sighting");
  }

  void set_confidence(EdgeId e, const JsonValue& relationship) {
    JsonValue confidence = relationship.find("confidence");
    // kgviz writes a confidence_score that STIX's confidence cannot hold (outside 0-100) as its
    // own property: it is the score (and no confidence word) when there is no confidence.
    const bool own_score = !confidence;
    if (own_score) confidence = relationship.find(kOwnConfidenceScore);
    if (!confidence || !confidence.is_number_integer()) return;
    // An integer above INT64_MAX is far out of STIX's 0-100 range either way.
    const std::int64_t score = confidence.kind() == JsonKind::Unsigned
                                   ? std::numeric_limits<std::int64_t>::max()
                                   : confidence.integer();
    if (const auto level = own_score ? std::nullopt : stix::confidence_of_score(score)) {
      graph_.set_edge_string(e, attr::kConfidence, confidence_name(*level));
    }
    AttributeColumn* column = graph_.edge_attributes().ensure("confidence_score", AttrType::Long);
    if (column != nullptr) column->set_integer(e, score);
  }

  JsonDocument& document_;
  const ReadOptions& options_;
  KnowledgeGraph graph_;
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::size_t> by_id_;             // every valid id -> entry
  std::unordered_map<std::string, std::string> source_of_object_;  // object id -> first source
  LeftOut repeats_;
  LeftOut older_versions_;
  LeftOut end_relationship_;  // relationships whose end is a relationship or a sighting
  LeftOut end_excluded_;      // ... whose end is revoked or deprecated
  LeftOut end_container_;     // ... whose end is a container or meta object
  LeftOut sightings_;
};

}  // namespace

bool is_stix_bundle(const JsonDocument& document) {
  const JsonValue root = document.root();
  return root.is_object() && root.find("type").equals("bundle");
}

KnowledgeGraph read_stix_bundle(JsonDocument& document, const ReadOptions& options) {
  return StixReader(document, options).read();
}

}  // namespace kgviz
