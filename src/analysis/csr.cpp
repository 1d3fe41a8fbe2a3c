#include "analysis/csr.hpp"

// The analysis snapshot is built by Boost's compressed_sparse_row_graph: its constructor from an
// unsorted multi-pass range of arcs counts them per source and places them by a stable histogram
// sort, straight from the model's relation list (no intermediate arc arrays). Each arc carries the
// relation it comes from (or its position in an ArcList) as its bundle, so that a weight can be
// looked up and parallel arcs merged in input order. Afterwards each row is put in neighbour
// order and parallel arcs merged in place, and Adjacency takes over Boost's row-start and column
// arrays (moved, not copied); the relation bundles are dropped.
#include <algorithm>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/filter_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>
#include <boost/iterator/zip_iterator.hpp>
#include <cmath>
#include <limits>

#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

/// Boost's CSR graph with 32-bit vertices, 64-bit arc positions (an undirected view of 2^32
/// relations has more than 2^32 arcs) and, per arc, the key it was made from.
template <class Key>
using KeyedCsr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Key,
                                                    boost::no_property, Index, std::uint64_t>;

/// Orders each row of `csr` by neighbour (ties by key, i.e. input order), merges parallel arcs
/// with `merge` over `weight_of(key)` in that order, and hands the arrays to an Adjacency.
/// `weighted` = whether the view keeps weights (weight_of is not called otherwise).
template <class Key, class WeightOf>
Adjacency finish_rows(KeyedCsr<Key>&& csr, bool weighted, ArcMerge merge, WeightOf weight_of) {
  auto& offsets = csr.m_forward.m_rowstart;
  auto& targets = csr.m_forward.m_column;
  const auto& keys = csr.m_forward.m_edge_properties;
  const std::size_t n = offsets.size() - 1;
  Adjacency out;
  if (weighted) out.weights.reserve(targets.size());
  std::vector<std::pair<Index, Key>> row;
  std::uint64_t written = 0;
  for (std::size_t v = 0; v < n; ++v) {
    const std::uint64_t first = offsets[v];
    const std::uint64_t last = offsets[v + 1];
    offsets[v] = written;
    row.clear();
    for (std::uint64_t a = first; a < last; ++a) row.emplace_back(targets[a], keys[a]);
    if (!std::is_sorted(row.begin(), row.end())) std::sort(row.begin(), row.end());
    for (std::size_t k = 0; k < row.size(); ++k) {
      const bool repeat = k > 0 && row[k - 1].first == row[k].first;
      if (!repeat) targets[written++] = row[k].first;
      if (!weighted) continue;
      const double w = weight_of(row[k].second);
      if (!repeat) {
        out.weights.push_back(w);
      } else {
        double& merged = out.weights.back();
        merged = merge == ArcMerge::Sum ? merged + w : std::min(merged, w);
      }
    }
  }
  offsets[n] = written;
  targets.resize(written);
  if (written < targets.capacity() / 4 * 3) targets.shrink_to_fit();
  out.offsets = std::move(offsets);
  out.targets = std::move(targets);
  return out;
}

/// Which arcs a view takes from each relation (s, t).
struct ArcRule {
  bool reverse = false;     ///< t -> s instead of s -> t
  bool both_ways = false;   ///< also the opposite arc (undirected views)
  bool self_loops = false;  ///< keep s -> s (once)
};

/// The arcs of `graph` under `rule`, grouped by source (in input order within each source), each
/// carrying the number of its relation. Arc slot 2e is relation e's arc, slot 2e + 1 its opposite.
KeyedCsr<EdgeId> relation_arcs(const KnowledgeGraph& graph, ArcRule rule) {
  const std::vector<RelationEnds>& relations = graph.relations();
  const auto exists = [&relations, rule](std::uint64_t slot) {
    const RelationEnds& ends = relations[slot / 2];
    if (ends.first == ends.second) return rule.self_loops && slot % 2 == 0;
    return slot % 2 == 0 || rule.both_ways;
  };
  const auto arc = [&relations, rule](std::uint64_t slot) {
    const RelationEnds& ends = relations[slot / 2];
    const bool flip = rule.reverse != (slot % 2 == 1);
    return flip ? std::pair<Index, Index>(ends.second, ends.first)
                : std::pair<Index, Index>(ends.first, ends.second);
  };
  const auto relation = [](std::uint64_t slot) { return static_cast<EdgeId>(slot / 2); };
  const boost::counting_iterator<std::uint64_t> first(0);
  const boost::counting_iterator<std::uint64_t> last(2 *
                                                     static_cast<std::uint64_t>(relations.size()));
  const auto begin = boost::make_filter_iterator(exists, first, last);
  const auto end = boost::make_filter_iterator(exists, last, last);
  return KeyedCsr<EdgeId>(
      boost::edges_are_unsorted_multi_pass, boost::make_transform_iterator(begin, arc),
      boost::make_transform_iterator(end, arc), boost::make_transform_iterator(begin, relation),
      static_cast<Index>(graph.node_count()));
}

/// A view of the graph's relations: arcs by `rule`, parallel arcs merged by `merge` over the
/// relation weights (`weights` empty = unweighted; with `count_multiplicity`, each arc then
/// weighs 1 and the merged weight counts them).
Adjacency relation_view(const KnowledgeGraph& graph, ArcRule rule,
                        const std::vector<double>& weights, ArcMerge merge,
                        bool count_multiplicity = false) {
  const bool weighted = !weights.empty() || count_multiplicity;
  return finish_rows(relation_arcs(graph, rule), weighted, merge,
                     [&weights](EdgeId e) { return weights.empty() ? 1.0 : weights[e]; });
}

}  // namespace

Adjacency build_adjacency(std::size_t vertex_count, const ArcList& arcs, ArcMerge merge,
                          bool keep_self_loops) {
  const bool weighted = !arcs.weight.empty();
  const auto keep = [&arcs, keep_self_loops](std::uint64_t i) {
    return keep_self_loops || arcs.from[i] != arcs.to[i];
  };
  const auto arc = [&arcs](std::uint64_t i) {
    return std::pair<Index, Index>(arcs.from[i], arcs.to[i]);
  };
  const boost::counting_iterator<std::uint64_t> first(0);
  const boost::counting_iterator<std::uint64_t> last(arcs.from.size());
  const auto begin = boost::make_filter_iterator(keep, first, last);
  const auto end = boost::make_filter_iterator(keep, last, last);
  KeyedCsr<std::uint64_t> csr(
      boost::edges_are_unsorted_multi_pass, boost::make_transform_iterator(begin, arc),
      boost::make_transform_iterator(end, arc), begin, static_cast<Index>(vertex_count));
  return finish_rows(std::move(csr), weighted, merge,
                     [&arcs](std::uint64_t i) { return arcs.weight[i]; });
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

Adjacency path_adjacency(const KnowledgeGraph& graph, const std::vector<double>& weights,
                         bool reverse) {
  ArcRule rule;
  rule.reverse = reverse;
  rule.both_ways = !graph.directed();
  return relation_view(graph, rule, weights, ArcMerge::Min);
}

Adjacency flow_adjacency(const KnowledgeGraph& graph, const std::vector<double>& weights) {
  ArcRule rule;
  rule.both_ways = !graph.directed();
  rule.self_loops = true;
  return relation_view(graph, rule, weights, ArcMerge::Sum, true);
}

Adjacency simple_undirected(const KnowledgeGraph& graph, const std::vector<double>& weights) {
  ArcRule rule;
  rule.both_ways = true;
  return relation_view(graph, rule, weights, ArcMerge::Sum);
}

}  // namespace kgviz
