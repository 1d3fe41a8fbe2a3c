#include "analysis/csr.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "model/diagnostics.hpp"

namespace kgviz {

Adjacency build_adjacency(std::size_t vertex_count, const ArcList& arcs, ArcMerge merge,
                          bool keep_self_loops) {
  const bool weighted = !arcs.weight.empty();
  // Counting sort by source, then sort each row by target and merge repeats.
  std::vector<std::uint64_t> offsets(vertex_count + 1, 0);
  for (std::size_t i = 0; i < arcs.from.size(); ++i) {
    if (keep_self_loops || arcs.from[i] != arcs.to[i]) ++offsets[arcs.from[i] + 1];
  }
  std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
  std::vector<std::uint64_t> cursor(offsets.begin(), offsets.end() - 1);
  std::vector<Index> targets(offsets.back());
  std::vector<double> weights(weighted ? offsets.back() : 0);
  for (std::size_t i = 0; i < arcs.from.size(); ++i) {
    if (!keep_self_loops && arcs.from[i] == arcs.to[i]) continue;
    const std::uint64_t slot = cursor[arcs.from[i]]++;
    targets[slot] = arcs.to[i];
    if (weighted) weights[slot] = arcs.weight[i];
  }

  Adjacency out;
  out.offsets.assign(vertex_count + 1, 0);
  out.targets.reserve(targets.size());
  if (weighted) out.weights.reserve(targets.size());
  std::vector<std::uint64_t> order;
  for (std::size_t v = 0; v < vertex_count; ++v) {
    const std::uint64_t first = offsets[v];
    const std::uint64_t last = offsets[v + 1];
    order.resize(last - first);
    std::iota(order.begin(), order.end(), first);
    // Stable: merged weights are combined in input order, so sums are reproducible.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint64_t a, std::uint64_t b) { return targets[a] < targets[b]; });
    for (std::size_t k = 0; k < order.size(); ++k) {
      const Index t = targets[order[k]];
      const double w = weighted ? weights[order[k]] : 1.0;
      if (k > 0 && targets[order[k - 1]] == t) {
        if (weighted) {
          double& merged = out.weights.back();
          merged = merge == ArcMerge::Sum ? merged + w : std::min(merged, w);
        }
        continue;
      }
      out.targets.push_back(t);
      if (weighted) out.weights.push_back(w);
    }
    out.offsets[v + 1] = out.targets.size();
  }
  return out;
}

std::vector<double> edge_weights(const KnowledgeGraph& graph, const std::string& name,
                                 bool require_nonnegative) {
  const AttributeColumn* column = graph.edge_attributes().find(name);
  if (column == nullptr) {
    throw Error("--weight: the graph has no edge attribute '" + name + "'");
  }
  if (!is_numeric(column->type())) {
    throw Error("--weight: edge attribute '" + name + "' is not numeric (it is " +
                std::string(attr_type_name(column->type())) + ")");
  }
  std::vector<double> weights(graph.edge_count(), 1.0);
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    auto value = column->number(e);
    if (!value) continue;
    const auto describe = [&] {
      return "edge " + std::to_string(e) + " (" + std::string(graph.id(graph.source(e))) + " -> " +
             std::string(graph.id(graph.target(e))) + ")";
    };
    if (!std::isfinite(*value)) {
      throw Error("--weight: " + describe() + " has a non-finite " + name);
    }
    if (require_nonnegative && *value < 0) {
      throw Error("--weight: " + describe() + " has a negative " + name +
                  "; path metrics need non-negative distances");
    }
    weights[e] = *value;
  }
  return weights;
}

ArcList graph_arcs(const KnowledgeGraph& graph, const std::vector<double>& weights, bool reverse) {
  ArcList arcs;
  const bool both = !graph.directed();
  const std::size_t m = graph.edge_count();
  arcs.from.reserve(both ? 2 * m : m);
  arcs.to.reserve(both ? 2 * m : m);
  if (!weights.empty()) arcs.weight.reserve(both ? 2 * m : m);
  for (EdgeId e = 0; e < m; ++e) {
    Index u = graph.source(e);
    Index v = graph.target(e);
    if (reverse) std::swap(u, v);
    arcs.from.push_back(u);
    arcs.to.push_back(v);
    if (!weights.empty()) arcs.weight.push_back(weights[e]);
    if (both && u != v) {
      arcs.from.push_back(v);
      arcs.to.push_back(u);
      if (!weights.empty()) arcs.weight.push_back(weights[e]);
    }
  }
  return arcs;
}

Adjacency path_adjacency(const KnowledgeGraph& graph, const std::vector<double>& weights,
                         bool reverse) {
  return build_adjacency(graph.node_count(), graph_arcs(graph, weights, reverse), ArcMerge::Min,
                         false);
}

Adjacency flow_adjacency(const KnowledgeGraph& graph, const std::vector<double>& weights) {
  ArcList arcs = graph_arcs(graph, weights, false);
  if (arcs.weight.empty()) arcs.weight.assign(arcs.from.size(), 1.0);  // count multiplicity
  return build_adjacency(graph.node_count(), arcs, ArcMerge::Sum, true);
}

Adjacency simple_undirected(const KnowledgeGraph& graph, const std::vector<double>& weights) {
  ArcList arcs;
  const std::size_t m = graph.edge_count();
  arcs.from.reserve(2 * m);
  arcs.to.reserve(2 * m);
  if (!weights.empty()) arcs.weight.reserve(2 * m);
  for (EdgeId e = 0; e < m; ++e) {
    const Index u = graph.source(e);
    const Index v = graph.target(e);
    if (u == v) continue;
    arcs.from.push_back(u);
    arcs.to.push_back(v);
    arcs.from.push_back(v);
    arcs.to.push_back(u);
    if (!weights.empty()) {
      arcs.weight.push_back(weights[e]);
      arcs.weight.push_back(weights[e]);
    }
  }
  return build_adjacency(graph.node_count(), arcs, ArcMerge::Sum, false);
}

}  // namespace kgviz
