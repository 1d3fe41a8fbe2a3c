#include "analysis/paths.hpp"

#include <algorithm>
#include <cstdint>

#include "analysis/csr.hpp"
#include "analysis/dijkstra.hpp"

namespace kgviz {

namespace {

struct Arc {
  VertexId to;
  EdgeId edge;
  bool forward;
};

}  // namespace

PathResult shortest_relation_paths(const KnowledgeGraph& graph, VertexId from, VertexId to,
                                   const PathOptions& options) {
  const std::size_t n = graph.node_count();
  std::vector<double> weights;
  if (options.weight) weights = edge_weights(graph, *options.weight, true);
  const bool both_ways = !options.directed || !graph.directed();
  // Arcs in input order of their relation, so "first relation" is the lowest edge number.
  std::vector<std::vector<Arc>> arcs(n);
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    const VertexId s = graph.source(e);
    const VertexId t = graph.target(e);
    arcs[s].push_back({t, e, true});
    if (both_ways && s != t) arcs[t].push_back({s, e, false});
  }
  const auto weight_of = [&](EdgeId e) { return weights.empty() ? 1.0 : weights[e]; };

  // Dijkstra (unweighted, every arc weighs 1), over every relation: the chains are read from them.
  DijkstraSearch search(n);
  DijkstraVisitor no_notes;
  search.run(
      from,
      [&](Index v, const auto& relax) {
        for (const Arc& arc : arcs[v]) relax(arc.to, weight_of(arc.edge));
      },
      no_notes);
  const auto distance = [&search](VertexId v) { return search.distance(v); };
  PathResult result;
  if (distance(to) < 0) return result;
  result.length = distance(to);
  if (from == to) {
    result.paths.emplace_back();
    return result;
  }

  // Arcs on some shortest chain, gathered per head vertex; chains are read backwards from `to`.
  std::vector<std::vector<PathHop>> into(n);
  for (VertexId v = 0; v < n; ++v) {
    if (distance(v) < 0) continue;
    for (const Arc& arc : arcs[v]) {
      if (distance(v) + weight_of(arc.edge) == distance(arc.to)) {
        into[arc.to].push_back({arc.edge, arc.forward, v, arc.to});
      }
    }
  }
  for (auto& list : into) {
    std::stable_sort(list.begin(), list.end(),
                     [](const PathHop& a, const PathHop& b) { return a.edge < b.edge; });
  }
  // Depth-first enumeration with an explicit stack (chains can be as long as the graph).
  struct Frame {
    VertexId vertex;
    std::size_t next;
  };
  std::vector<Frame> stack{{to, 0}};
  RelationPath reversed;
  std::vector<std::uint8_t> on_chain(n, 0);
  on_chain[to] = 1;
  while (!stack.empty()) {
    Frame& frame = stack.back();
    if (frame.vertex == from) {
      result.paths.emplace_back(reversed.rbegin(), reversed.rend());
      if (!options.all) break;
      if (result.paths.size() >= options.max_paths) {
        result.truncated = true;
        break;
      }
    }
    const auto& candidates = into[frame.vertex];
    // A zero-weight cycle could lead back onto the chain; a shortest chain never needs to.
    while (frame.vertex != from && frame.next < candidates.size() &&
           on_chain[candidates[frame.next].from]) {
      ++frame.next;
    }
    if (frame.vertex == from || frame.next >= candidates.size()) {
      on_chain[frame.vertex] = 0;
      stack.pop_back();
      if (!reversed.empty()) reversed.pop_back();
      continue;
    }
    const PathHop hop = candidates[frame.next++];
    reversed.push_back(hop);
    on_chain[hop.from] = 1;
    stack.push_back({hop.from, 0});
  }
  return result;
}

}  // namespace kgviz
