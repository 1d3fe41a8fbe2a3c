#include "render/stix_plan.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "model/stix_syntax.hpp"
#include "model/stix_vocabulary.hpp"
#include "render/stix_mapping.hpp"
#include "render/stix_values.hpp"
#include "render/uuid5.hpp"

namespace kgviz::stix {

namespace {

class Planner {
 public:
  explicit Planner(const KnowledgeGraph& graph) : graph_(graph) {}

  StixPlan plan() && {
    plan_edges();
    plan_sources();
    plan_report_entities();
    plan_.node_type.resize(graph_.node_count());
    plan_.node_id.resize(graph_.node_count());
    for (VertexId v = 0; v < graph_.node_count(); ++v) {
      plan_.node_type[v] = entity_type(graph_, v, !plan_.report_refs[v].empty());
      plan_.node_id[v] = unique_id(plan_.node_type[v], graph_.id(v), std::string(graph_.id(v)));
    }
    plan_dates();
    plan_aliases();
    return std::move(plan_);
  }

 private:
  /// `type--uuid`: `existing` when it already is a fresh id of that type, else UUIDv5 of `name`.
  std::string unique_id(std::string_view type, std::string_view existing, const std::string& name) {
    if (is_identifier(existing, type) && used_ids_.insert(std::string(existing)).second) {
      return std::string(existing);
    }
    const std::string prefix = std::string(type) + "--";
    for (std::size_t attempt = 0;; ++attempt) {
      std::string id =
          prefix + uuid_v5(kNamespace, attempt == 0 ? name : name + "\n" + std::to_string(attempt));
      if (used_ids_.insert(id).second) return id;
    }
  }

  void plan_edges() {
    plan_.edge_id.resize(graph_.edge_count());
    std::unordered_map<std::string, std::size_t> occurrences;
    for (EdgeId e = 0; e < graph_.edge_count(); ++e) {
      const std::string key = std::string(graph_.id(graph_.source(e))) + "\n" +
                              std::string(graph_.relation(e)) + "\n" +
                              std::string(graph_.id(graph_.target(e)));
      const std::size_t ordinal = occurrences[key]++;
      plan_.edge_id[e] = unique_id("relationship", graph_.edge_string(e, "id"),
                                   "relationship\n" + key + "\n" + std::to_string(ordinal));
    }
  }

  void plan_sources() {
    const auto& sources = graph_.sources();
    plan_.source_refs.assign(sources.size(), {});
    plan_.source_date.assign(sources.size(), std::nullopt);
    std::unordered_map<std::string_view, std::size_t> index;
    for (std::size_t s = 0; s < sources.size(); ++s) {
      index.emplace(sources[s].id, s);
      if (sources[s].date) plan_.source_date[s] = timestamp_of(*sources[s].date);
    }
    plan_.edge_source.assign(graph_.edge_count(), std::nullopt);
    for (EdgeId e = 0; e < graph_.edge_count(); ++e) {
      const auto it = index.find(graph_.edge_string(e, attr::kSourceDoc));
      if (it == index.end()) continue;
      plan_.edge_source[e] = it->second;
      auto& refs = plan_.source_refs[it->second];
      refs.push_back(ObjectRef{false, e});
      refs.push_back(ObjectRef{true, graph_.source(e)});
      refs.push_back(ObjectRef{true, graph_.target(e)});
    }
    for (std::size_t s = 0; s < sources.size(); ++s) {
      plan_.source_id.push_back(unique_id("report", sources[s].id, "source\n" + sources[s].id));
    }
  }

  /// A report entity refers to what its relations point at and to the relations it is the
  /// according_to of, with their ends.
  void plan_report_entities() {
    plan_.report_refs.assign(graph_.node_count(), {});
    std::unordered_map<std::string_view, VertexId> reports;
    for (VertexId v = 0; v < graph_.node_count(); ++v) {
      if (graph_.type(v) == "report") reports.emplace(graph_.id(v), v);
    }
    if (reports.empty()) return;
    for (EdgeId e = 0; e < graph_.edge_count(); ++e) {
      const VertexId from = graph_.source(e);
      const VertexId to = graph_.target(e);
      if (graph_.type(from) == "report" && to != from) {
        plan_.report_refs[from].push_back(ObjectRef{false, e});
        plan_.report_refs[from].push_back(ObjectRef{true, to});
      }
      const auto speaker = reports.find(graph_.edge_string(e, attr::kAccordingTo));
      if (speaker == reports.end()) continue;
      auto& refs = plan_.report_refs[speaker->second];
      refs.push_back(ObjectRef{false, e});
      if (from != speaker->second) refs.push_back(ObjectRef{true, from});
      if (to != speaker->second) refs.push_back(ObjectRef{true, to});
    }
  }

  void plan_dates() {
    plan_.node_date.assign(graph_.node_count(), std::nullopt);
    for (EdgeId e = 0; e < graph_.edge_count(); ++e) {
      if (!plan_.edge_source[e]) continue;
      const auto& date = plan_.source_date[*plan_.edge_source[e]];
      if (!date) continue;
      for (VertexId v : {graph_.source(e), graph_.target(e)}) {
        if (!plan_.node_date[v] || *date < *plan_.node_date[v]) plan_.node_date[v] = date;
      }
    }
  }

  void plan_aliases() {
    plan_.aliases.assign(graph_.node_count(), {});
    // The entity's own aliases as they are (ATT&CK lists a group's name as its first alias).
    for (VertexId v = 0; v < graph_.node_count(); ++v) {
      for (std::string_view alias : graph_.node_list(v, attr::kAliases)) add_alias(v, alias);
    }
    for (EdgeId e = 0; e < graph_.edge_count(); ++e) {
      if (!is_alias_relation(graph_.relation(e))) continue;
      const VertexId from = graph_.source(e);
      const VertexId to = graph_.target(e);
      if (entity_name(graph_, to) != entity_name(graph_, from)) {
        add_alias(from, entity_name(graph_, to));
        add_alias(to, entity_name(graph_, from));
      }
    }
  }

  void add_alias(VertexId v, std::string_view alias) {
    auto& list = plan_.aliases[v];
    if (alias.empty()) return;
    if (std::find(list.begin(), list.end(), alias) == list.end()) list.emplace_back(alias);
  }

  const KnowledgeGraph& graph_;
  StixPlan plan_;
  std::unordered_set<std::string> used_ids_;
};

}  // namespace

StixPlan plan_stix(const KnowledgeGraph& graph) { return Planner(graph).plan(); }

}  // namespace kgviz::stix
