#include "analysis/selection.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <limits>
#include <stdexcept>

#include "model/diagnostics.hpp"
#include "model/suggestions.hpp"

namespace kgviz {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::vector<std::string> suggest_entities(const KnowledgeGraph& graph, std::string_view name,
                                          std::size_t limit) {
  struct Candidate {
    std::size_t score;
    std::string text;
  };
  std::vector<Candidate> candidates;
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    std::size_t best = std::numeric_limits<std::size_t>::max();
    std::string text;
    for (std::string_view option : {graph.id(v), graph.label(v)}) {
      const std::size_t score = name_distance(name, option);
      if (score < best) {
        best = score;
        text = std::string(option);
      }
    }
    if (is_close(name, best)) candidates.push_back({best, text});
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score < b.score; });
  std::vector<std::string> out;
  for (const auto& candidate : candidates) {
    if (out.size() == limit) break;
    if (std::find(out.begin(), out.end(), candidate.text) == out.end())
      out.push_back(candidate.text);
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
  const std::string hint = did_you_mean(suggest_entities(graph, name));
  if (!hint.empty()) message += "; " + hint;
  throw Error(message);
}

namespace {

/// The distinct non-empty values of `value(i)` for i < count, sorted.
template <class Value>
std::vector<std::string> distinct_values(std::size_t count, Value value) {
  std::vector<std::string> values;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view text = value(i);
    if (!text.empty()) values.emplace_back(text);
  }
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return values;
}

/// "a, b, c" (at most 30 values, then "and N more").
std::string value_list(const std::vector<std::string>& values) {
  constexpr std::size_t kShown = 30;
  std::string out;
  for (std::size_t i = 0; i < values.size() && i < kShown; ++i) out += (i ? ", " : "") + values[i];
  if (values.size() > kShown) out += " and " + std::to_string(values.size() - kShown) + " more";
  return out;
}

/// Throws Error naming the first of `types` no entity has, with the types there are.
void check_types_exist(const KnowledgeGraph& graph, const std::vector<std::string>& types) {
  const std::vector<std::string> present =
      distinct_values(graph.node_count(), [&](std::size_t v) { return graph.type(v); });
  for (const auto& type : types) {
    if (std::binary_search(present.begin(), present.end(), type)) continue;
    if (present.empty()) {
      throw Error("--types " + type + ": no entity of this graph has a type");
    }
    const std::string hint = did_you_mean(closest_names(type, present));
    throw Error("--types " + type + ": no entity has this type" +
                (hint.empty() ? "" : "; " + hint) + " (types: " + value_list(present) + ")");
  }
}

/// Throws Error when `--min-confidence` keeps none of the graph's relations.
void check_confidence_kept(const KnowledgeGraph& graph, Confidence level,
                           const std::vector<bool>& keep_edge) {
  if (keep_edge.empty() || std::find(keep_edge.begin(), keep_edge.end(), true) != keep_edge.end()) {
    return;
  }
  const std::vector<std::string> present = distinct_values(
      graph.edge_count(), [&](std::size_t e) { return graph.edge_string(e, attr::kConfidence); });
  const std::string minimum(confidence_name(level));
  throw Error("--min-confidence " + minimum + ": no relation is " + minimum +
              (level == kConfidences.front() ? "" : " or surer") + " (" +
              (present.empty() ? std::string("no relation of this graph has a confidence")
                               : "confidences: " + value_list(present)) +
              ")");
}

}  // namespace

KnowledgeGraph select_subgraph(const KnowledgeGraph& graph, const SelectionOptions& options) {
  const std::size_t n = graph.node_count();
  const std::size_t m = graph.edge_count();
  std::vector<bool> keep_vertex(n, true);
  std::vector<bool> keep_edge(m, true);
  if (options.min_confidence) {
    const int minimum = confidence_rank(*options.min_confidence);
    // Entities that lose every relation to the filter go too; entities that had none stay.
    std::vector<bool> had_relation(n, false);
    std::vector<bool> has_relation(n, false);
    for (EdgeId e = 0; e < m; ++e) {
      const auto level = parse_confidence(graph.edge_string(e, attr::kConfidence));
      keep_edge[e] = level && confidence_rank(*level) >= minimum;
      for (VertexId v : {graph.source(e), graph.target(e)}) {
        had_relation[v] = true;
        if (keep_edge[e]) has_relation[v] = true;
      }
    }
    for (VertexId v = 0; v < n; ++v) keep_vertex[v] = !had_relation[v] || has_relation[v];
    check_confidence_kept(graph, *options.min_confidence, keep_edge);
  }
  if (!options.types.empty()) {
    check_types_exist(graph, options.types);
    for (VertexId v = 0; v < n; ++v) {
      keep_vertex[v] = keep_vertex[v] && std::find(options.types.begin(), options.types.end(),
                                                   graph.type(v)) != options.types.end();
    }
  }
  if (options.focus) {
    VertexId focus = 0;
    try {
      focus = resolve_entity(graph, *options.focus);
    } catch (const Error& e) {
      throw Error(std::string("--focus: ") + e.what());
    }
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
  if (n > 0 && std::find(keep_vertex.begin(), keep_vertex.end(), true) == keep_vertex.end()) {
    // Each filter matched something, but together they keep nothing.
    throw Error(
        "--min-confidence " +
        (options.min_confidence ? std::string(confidence_name(*options.min_confidence)) : "") +
        " leaves no entity of --types " + value_list(options.types));
  }
  return subgraph_copy(graph, keep_vertex, keep_edge);
}

}  // namespace kgviz
