#include "render/path_writers.hpp"

#include <nlohmann/json.hpp>
#include <ostream>

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

void write_path_text(const KnowledgeGraph& graph, VertexId from,
                     const std::vector<RelationPath>& paths, std::ostream& out) {
  bool first = true;
  for (const auto& path : paths) {
    if (!first) out << '\n';
    first = false;
    if (path.empty()) {
      out << single_line(graph.label(from)) << " is FROM and TO: a path of length 0\n";
      continue;
    }
    for (const PathHop& hop : path) {
      std::string tag = single_line(graph.relation(hop.edge));
      const std::string_view confidence = graph.edge_string(hop.edge, attr::kConfidence);
      if (!confidence.empty()) tag += ", " + single_line(confidence);
      out << single_line(graph.label(hop.from)) << (hop.forward ? " -[" : " <-[") << tag
          << (hop.forward ? "]-> " : "]- ") << single_line(graph.label(hop.to));
      const std::string_view evidence = graph.edge_string(hop.edge, attr::kEvidence);
      if (!evidence.empty()) out << "  \"" << single_line(evidence) << '"';
      out << '\n';
    }
  }
}

void write_path_json(const KnowledgeGraph& graph, VertexId from, VertexId to, bool directed,
                     double length, const char* weight, bool truncated,
                     const std::vector<RelationPath>& paths, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  auto text_or_null = [](std::string_view text) { return text.empty() ? Json(nullptr) : Json(text); };
  Json chains = Json::array();
  for (const auto& path : paths) {
    Json hops = Json::array();
    for (const PathHop& hop : path) {
      hops.push_back({{"source", graph.id(graph.source(hop.edge))},
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
