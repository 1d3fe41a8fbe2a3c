#include "analysis/selection.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <limits>

#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// Levenshtein distance, capped: O(|a| |b|) but only called on short names.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    previous.swap(current);
  }
  return previous[b.size()];
}

}  // namespace

std::vector<std::string> suggest_entities(const KnowledgeGraph& graph, std::string_view name,
                                          std::size_t limit) {
  const std::string wanted = lower(name);
  struct Candidate {
    std::size_t score;
    VertexId vertex;
    std::string text;
  };
  std::vector<Candidate> candidates;
  const std::size_t allowed = std::max<std::size_t>(2, wanted.size() / 3);
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    std::size_t best = std::numeric_limits<std::size_t>::max();
    std::string text;
    for (std::string_view option : {graph.id(v), graph.label(v)}) {
      const std::string folded = lower(option);
      if (folded.size() > 200) continue;  // long labels are never typos of a short name
      std::size_t score = edit_distance(wanted, folded);
      if (!wanted.empty() && folded.find(wanted) != std::string::npos) score = std::min<std::size_t>(score, 1);
      if (score < best) {
        best = score;
        text = std::string(option);
      }
    }
    if (best <= allowed) candidates.push_back({best, v, text});
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score < b.score; });
  std::vector<std::string> out;
  for (const auto& candidate : candidates) {
    if (out.size() == limit) break;
    if (std::find(out.begin(), out.end(), candidate.text) == out.end()) out.push_back(candidate.text);
  }
  return out;
}

VertexId resolve_entity(const KnowledgeGraph& graph, std::string_view name) {
  if (auto v = graph.find(name)) return *v;
  auto matching = [&](auto&& same) {
    std::vector<VertexId> found;
    for (VertexId v = 0; v < graph.node_count(); ++v) {
      if (same(v)) found.push_back(v);
    }
    return found;
  };
  std::vector<VertexId> found = matching([&](VertexId v) { return graph.label(v) == name; });
  if (found.empty()) {
    const std::string folded = lower(name);
    found = matching([&](VertexId v) {
      return lower(graph.label(v)) == folded || lower(graph.id(v)) == folded;
    });
  }
  if (found.size() == 1) return found.front();
  if (found.size() > 1) {
    std::string ids;
    for (VertexId v : found) ids += (ids.empty() ? "" : ", ") + std::string(graph.id(v));
    throw Error("'" + std::string(name) + "' is the label of several entities (" + ids +
                "); name one by its id");
  }
  std::string message = "unknown entity '" + std::string(name) + "'";
  const auto suggestions = suggest_entities(graph, name);
  if (!suggestions.empty()) {
    message += "; did you mean ";
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
      message += (i == 0 ? "'" : i + 1 == suggestions.size() ? " or '" : ", '") + suggestions[i] + "'";
    }
    message += "?";
  }
  throw Error(message);
}

int confidence_rank(std::string_view confidence) {
  if (confidence == "confirmed") return 3;
  if (confidence == "reported") return 2;
  if (confidence == "alleged") return 1;
  return 0;
}

KnowledgeGraph select_subgraph(const KnowledgeGraph& graph, const SelectionOptions& options) {
  const std::size_t n = graph.node_count();
  const std::size_t m = graph.edge_count();
  std::vector<bool> keep_vertex(n, true);
  std::vector<bool> keep_edge(m, true);
  if (options.min_confidence) {
    const int minimum = confidence_rank(*options.min_confidence);
    if (minimum == 0) {
      throw UsageError("--min-confidence " + *options.min_confidence +
                       ": use confirmed, reported or alleged");
    }
    // Entities that lose every relation to the filter go too; entities that had none stay.
    std::vector<bool> had_relation(n, false);
    std::vector<bool> has_relation(n, false);
    for (EdgeId e = 0; e < m; ++e) {
      keep_edge[e] = confidence_rank(graph.edge_string(e, attr::kConfidence)) >= minimum;
      for (VertexId v : {graph.source(e), graph.target(e)}) {
        had_relation[v] = true;
        if (keep_edge[e]) has_relation[v] = true;
      }
    }
    for (VertexId v = 0; v < n; ++v) keep_vertex[v] = !had_relation[v] || has_relation[v];
  }
  if (!options.types.empty()) {
    for (VertexId v = 0; v < n; ++v) {
      keep_vertex[v] = keep_vertex[v] && std::find(options.types.begin(), options.types.end(),
                                                   graph.type(v)) != options.types.end();
    }
  }
  if (options.focus) {
    const VertexId focus = resolve_entity(graph, *options.focus);
    if (!keep_vertex[focus]) {
      throw Error("focus entity '" + std::string(graph.id(focus)) + "' is of type '" +
                  std::string(graph.type(focus)) + "', which --types leaves out");
    }
    // Breadth-first over kept relations in both directions, up to `depth` hops.
    std::vector<std::vector<VertexId>> neighbours(n);
    for (EdgeId e = 0; e < m; ++e) {
      const VertexId s = graph.source(e);
      const VertexId t = graph.target(e);
      if (!keep_edge[e] || !keep_vertex[s] || !keep_vertex[t]) continue;
      neighbours[s].push_back(t);
      neighbours[t].push_back(s);
    }
    constexpr std::size_t kUnseen = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> distance(n, kUnseen);
    std::deque<VertexId> queue{focus};
    distance[focus] = 0;
    while (!queue.empty()) {
      const VertexId v = queue.front();
      queue.pop_front();
      if (distance[v] == options.depth) continue;
      for (VertexId w : neighbours[v]) {
        if (distance[w] != kUnseen) continue;
        distance[w] = distance[v] + 1;
        queue.push_back(w);
      }
    }
    for (VertexId v = 0; v < n; ++v) keep_vertex[v] = keep_vertex[v] && distance[v] != kUnseen;
  }
  return subgraph_copy(graph, keep_vertex, keep_edge);
}

}  // namespace kgviz
