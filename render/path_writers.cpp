#include "render/path_writers.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <utility>

#include "model/number_format.hpp"
#include "model/terminal_text.hpp"

namespace kgviz {

namespace {
/// File content as one line of terminal text: line breaks and tabs become spaces, other controls
/// are escaped.
std::string single_line(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return terminal_text(out);
}
}  // namespace

namespace {

/// The attributes shown in a hop's brackets or after it anyway.
bool shown_anyway(std::string_view name, const char* weight) {
  return name == attr::kRelation || name == attr::kConfidence || name == attr::kEvidence ||
         name == attr::kAccordingTo || name == "label" || (weight != nullptr && name == weight);
}

/// For each relation that shares its two ends with another relation used at a hop of `paths`
/// (parallel relations: `--all` gives one chain per choice), what tells it from the others: the
/// attributes whose values differ among them, or its rank among identical ones.
std::map<EdgeId, std::vector<std::string>> parallel_differences(
    const KnowledgeGraph& graph, const std::vector<RelationPath>& paths, const char* weight) {
  std::map<std::pair<VertexId, VertexId>, std::vector<EdgeId>> by_ends;
  for (const auto& path : paths) {
    for (const PathHop& hop : path) {
      auto& edges = by_ends[{std::min(hop.from, hop.to), std::max(hop.from, hop.to)}];
      if (std::find(edges.begin(), edges.end(), hop.edge) == edges.end()) edges.push_back(hop.edge);
    }
  }
  std::map<EdgeId, std::vector<std::string>> out;
  for (auto& [ends, edges] : by_ends) {
    if (edges.size() < 2) continue;
    std::sort(edges.begin(), edges.end());
    std::vector<const AttributeColumn*> differing;
    bool identical = graph.relation(edges.front()) == graph.relation(edges.back());
    for (const auto& column : graph.edge_attributes().columns()) {
      const std::string first = attribute_text(column, edges.front(), graph.strings());
      const bool differs = std::any_of(edges.begin(), edges.end(), [&](EdgeId e) {
        return attribute_text(column, e, graph.strings()) != first;
      });
      identical = identical && !differs;
      if (differs && !shown_anyway(column.name(), weight)) differing.push_back(&column);
    }
    for (std::size_t i = 0; i < edges.size(); ++i) {
      std::vector<std::string>& items = out[edges[i]];
      for (const AttributeColumn* column : differing) {
        const std::string value = attribute_text(*column, edges[i], graph.strings());
        if (!value.empty()) items.push_back(column->name() + " " + single_line(value));
      }
      if (identical) {
        items.push_back(std::to_string(i + 1) + " of " + std::to_string(edges.size()) +
                        " identical relations");
      }
    }
  }
  return out;
}

/// An `according_to` value by the label of the entity it names, else as written.
std::string source_name(const KnowledgeGraph& graph, std::string_view according_to) {
  if (const auto v = graph.find(according_to)) return single_line(graph.label(*v));
  return single_line(according_to);
}

}  // namespace

void write_path_text(const KnowledgeGraph& graph, VertexId from,
                     const std::vector<RelationPath>& paths, const char* weight, double length,
                     std::ostream& out) {
  const AttributeColumn* weights =
      weight == nullptr ? nullptr : graph.edge_attributes().find(weight);
  const auto differences = parallel_differences(graph, paths, weight);
  bool first = true;
  for (const auto& path : paths) {
    if (!first) out << '\n';
    first = false;
    if (path.empty()) {
      out << single_line(graph.label(from)) << " is FROM and TO: a path of length 0\n";
      continue;
    }
    for (const PathHop& hop : path) {
      std::vector<std::string> items;
      for (const std::string_view text :
           {graph.relation(hop.edge), graph.edge_string(hop.edge, attr::kConfidence)}) {
        if (!text.empty()) items.push_back(single_line(text));
      }
      const std::string_view according_to = graph.edge_string(hop.edge, attr::kAccordingTo);
      if (!according_to.empty())
        items.push_back("according to " + source_name(graph, according_to));
      if (const auto found = differences.find(hop.edge); found != differences.end()) {
        items.insert(items.end(), found->second.begin(), found->second.end());
      }
      if (weights != nullptr) {
        items.push_back(single_line(weights->name()) + " " +
                        single_line(attribute_text(*weights, hop.edge, graph.strings())));
      }
      std::string tag;
      for (const auto& item : items) tag += (tag.empty() ? "" : ", ") + item;
      std::string connector;
      if (!graph.directed()) {
        connector = tag.empty() ? " \u2014 " : " -[" + tag + "]- ";
      } else if (hop.forward) {
        connector = tag.empty() ? " --> " : " -[" + tag + "]-> ";
      } else {
        connector = tag.empty() ? " <-- " : " <-[" + tag + "]- ";
      }
      out << single_line(graph.label(hop.from)) << connector << single_line(graph.label(hop.to));
      const std::string_view evidence = graph.edge_string(hop.edge, attr::kEvidence);
      if (!evidence.empty()) out << "  \"" << single_line(evidence) << '"';
      out << '\n';
    }
    if (weights != nullptr) {
      out << "total " << single_line(weights->name()) << ": " << format_significant(length, 6)
          << " (" << path.size() << (path.size() == 1 ? " hop)\n" : " hops)\n");
    }
  }
}

void write_path_json(const KnowledgeGraph& graph, VertexId from, VertexId to, bool directed,
                     double length, const char* weight, bool truncated,
                     const std::vector<RelationPath>& paths, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  auto text_or_null = [](std::string_view text) {
    return text.empty() ? Json(nullptr) : Json(text);
  };
  Json chains = Json::array();
  for (const auto& path : paths) {
    Json hops = Json::array();
    for (const PathHop& hop : path) {
      hops.push_back(
          {{"source", graph.id(graph.source(hop.edge))},
           {"target", graph.id(graph.target(hop.edge))},
           {"direction", hop.forward ? "forward" : "backward"},
           {"relation", graph.relation(hop.edge)},
           {"label", graph.edge_label(hop.edge)},
           {"confidence", text_or_null(graph.edge_string(hop.edge, attr::kConfidence))},
           {"evidence", text_or_null(graph.edge_string(hop.edge, attr::kEvidence))},
           {"source_doc", text_or_null(graph.edge_string(hop.edge, attr::kSourceDoc))},
           {"according_to", text_or_null(graph.edge_string(hop.edge, attr::kAccordingTo))}});
    }
    chains.push_back(std::move(hops));
  }
  Json document = {{"from", graph.id(from)},
                   {"to", graph.id(to)},
                   {"directed", directed},
                   {"length", length},
                   {"weight", weight == nullptr ? Json(nullptr) : Json(weight)},
                   {"truncated", truncated},
                   {"paths", std::move(chains)}};
  out << document.dump(2) << '\n';
}

}  // namespace kgviz
