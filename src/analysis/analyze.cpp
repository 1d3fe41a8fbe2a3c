#include "analysis/analyze.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>

#include "analysis/centrality.hpp"
#include "analysis/community.hpp"
#include "analysis/csr.hpp"
#include "analysis/parallel.hpp"
#include "analysis/structure.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kPagerankAlpha = 0.85;
constexpr double kPagerankTolerance = 1e-10;
constexpr double kEigenvectorTolerance = 1e-12;

/// Most products A·x for eigenvector centrality when named (and the power iteration's old bound).
constexpr std::size_t kEigenvectorMaxIterations = 100'000;

bool is_path_metric(Metric metric) {
  return metric == Metric::Betweenness || metric == Metric::Closeness || metric == Metric::Harmonic;
}

/// `value` as text with two significant digits (`4.1e+11`), whatever the locale.
std::string rough(double value) {
  char buffer[32];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific, 1);
  return std::string(buffer, result.ptr);
}

template <class T>
std::vector<double> to_doubles(const std::vector<T>& values) {
  return std::vector<double>(values.begin(), values.end());
}

/// Computes metrics on demand, building each adjacency view at most once.
class Analyzer {
 public:
  Analyzer(const KnowledgeGraph& graph, const AnalysisOptions& options)
      : graph_(graph), options_(options), threads_(resolve_threads(options.threads)) {
    if (options.weight) weights_ = edge_weights(graph, *options.weight, true);
  }

  MetricColumn compute(Metric metric) {
    using Kind = MetricColumn::Kind;
    const std::string name(metric_name(metric));
    if (options_.progress) options_.progress(name, -1.0);
    const std::size_t n = graph_.node_count();
    switch (metric) {
      case Metric::Degree:
      case Metric::InDegree:
      case Metric::OutDegree: {
        compute_degrees();
        const auto& values = metric == Metric::Degree     ? degree_
                             : metric == Metric::InDegree ? in_degree_
                                                          : out_degree_;
        return {name, Kind::Integer, to_doubles(values)};
      }
      case Metric::Betweenness:
        if (options_.samples > 0 && options_.samples < n) {
          notes_.push_back("betweenness is approximate: paths from " +
                           std::to_string(options_.samples) + " sampled sources (seed " +
                           std::to_string(options_.seed) + "), scaled by n/k");
          const std::vector<Index> sources = sample_sources(n);
          return {name, Kind::Real,
                  betweenness_centrality(paths(false), reverse_for_paths(), threads_, &sources,
                                         progress_for(name))};
        }
        return {name, Kind::Real,
                betweenness_centrality(paths(false), reverse_for_paths(), threads_, nullptr,
                                       progress_for(name))};
      case Metric::Closeness:
      case Metric::Harmonic:
        compute_distance_centralities();
        return {name, Kind::Real,
                metric == Metric::Closeness ? distances_->closeness : distances_->harmonic};
      case Metric::Pagerank: {
        auto result = pagerank(flow_adjacency(graph_, weights_), kPagerankAlpha, kPagerankTolerance,
                               100'000, threads_);
        if (!result.converged)
          notes_.push_back("pagerank did not converge; values are the last iterate");
        return {name, Kind::Real, std::move(result.values)};
      }
      case Metric::Eigenvector:
        return {name, Kind::Real, eigenvector(named(metric))};
      case Metric::Core:
        return {name, Kind::Integer, to_doubles(core_numbers(undirected()))};
      case Metric::Component:
        return {name, Kind::Integer, to_doubles(weak().part)};
      case Metric::StrongComponent:
        if (!graph_.directed()) return {name, Kind::Integer, std::vector<double>(n, kNaN)};
        return {name, Kind::Integer, to_doubles(strong().part)};
      case Metric::Clustering:
        return {name, Kind::Real, clustering_view().local};
      case Metric::Community:
        return {name, Kind::Integer, to_doubles(communities())};
    }
    throw std::invalid_argument("compute: not a metric");
  }

  void fill_summary(AnalysisResult& result) {
    GraphSummary& s = result.summary;
    const std::size_t n = graph_.node_count();
    const std::size_t m = graph_.edge_count();
    s.nodes = n;
    s.edges = m;
    s.directed = graph_.directed();
    if (n > 1) {
      const double pairs = static_cast<double>(n) * static_cast<double>(n - 1);
      s.density = static_cast<double>(m) / (graph_.directed() ? pairs : pairs / 2);
    }
    s.components = weak().count;
    if (graph_.directed()) s.strong_components = strong().count;
    s.seed = options_.seed;
    if (community_) {
      s.algorithm = community_method_name(options_.algorithm);
      s.resolution = options_.resolution;
      s.communities = result.communities.size();
      s.modularity = modularity(undirected(), *community_, options_.resolution);
    }
    if (options_.full_summary) {
      s.diameter = largest_component_diameter(undirected(), threads_);
      if (n > 0 && (named(Metric::Clustering) || clustering_within_bound())) {
        s.average_clustering = clustering_view().average;
        s.transitivity = clustering_view().transitivity;
      }
    }
  }

  /// The metrics computed when none are named: every one, but those whose cost on this graph is
  /// over options.default_work_bound (each skipped one gets a note saying how to ask for it).
  std::vector<Metric> default_set() {
    std::vector<Metric> out;
    const std::size_t n = graph_.node_count();
    const std::size_t m = graph_.edge_count();
    // One search per vertex, each over every vertex and arc of the path view.
    const double path_cost =
        static_cast<double>(n) *
        (static_cast<double>(n) + static_cast<double>(graph_.directed() ? m : 2 * m));
    const bool paths_fit = path_cost <= bound();
    if (!paths_fit) {
      notes_.push_back("betweenness, closeness and harmonic skipped: about " + rough(path_cost) +
                       " steps on this graph (nodes x (nodes + arcs)), over the default bound of " +
                       rough(bound()) +
                       "; name them with --metrics to compute them (--samples K "
                       "estimates betweenness from K sources)");
    }
    if (!clustering_within_bound()) {
      notes_.push_back(
          "clustering skipped (and the summary's average_clustering and "
          "transitivity): about " +
          rough(static_cast<double>(*triangle_cost_)) +
          " steps of triangle search on this graph, over the default bound of " + rough(bound()) +
          "; name it with --metrics to compute it");
    }
    for (std::size_t i = 0; i < kMetricColumns.size(); ++i) {
      const auto metric = static_cast<Metric>(i);
      if (metric == Metric::StrongComponent && !graph_.directed()) continue;
      if (is_path_metric(metric) && !paths_fit) continue;
      if (metric == Metric::Clustering && !clustering_within_bound()) continue;
      out.push_back(metric);
    }
    return out;
  }

  std::vector<Community> community_list() {
    std::vector<Community> out;
    if (!community_) return out;
    for (Index v = 0; v < community_->size(); ++v) {
      const Index c = (*community_)[v];
      if (c >= out.size()) out.resize(c + 1);
      out[c].id = c;
      out[c].members.push_back(v);
    }
    return out;
  }

  std::vector<std::string>& notes() { return notes_; }

 private:
  [[nodiscard]] double bound() const { return static_cast<double>(options_.default_work_bound); }

  /// Whether the user named `metric` (its cost is then not bounded).
  [[nodiscard]] bool named(Metric metric) const {
    return std::find(options_.metrics.begin(), options_.metrics.end(), metric) !=
           options_.metrics.end();
  }

  bool clustering_within_bound() {
    if (!triangle_cost_) triangle_cost_ = triangle_search_cost(unweighted_undirected());
    return static_cast<double>(*triangle_cost_) <= bound();
  }

  void compute_degrees() {
    if (!degree_.empty() || graph_.node_count() == 0) return;
    const std::size_t n = graph_.node_count();
    in_degree_.assign(n, 0);
    out_degree_.assign(n, 0);
    degree_.assign(n, 0);
    for (EdgeId e = 0; e < graph_.edge_count(); ++e) {
      ++out_degree_[graph_.source(e)];
      ++in_degree_[graph_.target(e)];
    }
    for (std::size_t v = 0; v < n; ++v) degree_[v] = in_degree_[v] + out_degree_[v];
    if (!graph_.directed()) {
      in_degree_ = degree_;
      out_degree_ = degree_;
    }
  }

  const Adjacency& paths(bool reverse) {
    auto& slot = reverse && graph_.directed() ? reverse_paths_ : paths_;
    if (!slot) slot = path_adjacency(graph_, weights_, reverse && graph_.directed());
    return *slot;
  }

  /// The reversed path view for betweenness's bottom-up levels (unweighted only: nothing else
  /// reads it, so a weighted run does not build it).
  const Adjacency* reverse_for_paths() { return weights_.empty() ? &paths(true) : nullptr; }

  const Adjacency& undirected() {
    if (!undirected_) undirected_ = simple_undirected(graph_, weights_);
    return *undirected_;
  }

  const Partition& weak() {
    if (!weak_) weak_ = weak_components(graph_);
    return *weak_;
  }

  const Partition& strong() {
    if (!strong_) strong_ = strong_components(paths(false));
    return *strong_;
  }

  /// U without weights: clustering is unweighted (networkx's default), whatever --weight says.
  const Adjacency& unweighted_undirected() {
    if (weights_.empty()) return undirected();
    if (!unweighted_undirected_) unweighted_undirected_ = simple_undirected(graph_, {});
    return *unweighted_undirected_;
  }

  const Clustering& clustering_view() {
    if (!clustering_) clustering_ = clustering(unweighted_undirected());
    return *clustering_;
  }

  void compute_distance_centralities() {
    if (!distances_) {
      distances_ = distance_centralities(paths(true), paths(false), threads_,
                                         progress_for("closeness,harmonic"));
    }
  }

  /// A callback reporting `step`'s progress to options.progress (empty when there is none).
  ProgressCallback progress_for(std::string step) const {
    if (!options_.progress) return {};
    return [this, step = std::move(step)](double fraction) { options_.progress(step, fraction); };
  }

  /// k distinct vertices chosen by a seeded partial Fisher-Yates shuffle, in increasing order.
  std::vector<Index> sample_sources(std::size_t n) const {
    std::vector<Index> all(n);
    for (Index v = 0; v < n; ++v) all[v] = v;
    SeededRandom random(options_.seed);
    for (std::size_t i = 0; i < options_.samples; ++i) {
      std::swap(all[i], all[i + random.below(n - i)]);
    }
    all.resize(options_.samples);
    std::sort(all.begin(), all.end());
    return all;
  }

  /// Eigenvector centrality; in the default set (not `named`), its products A·x are bounded so
  /// that products x (arcs + 40 n), about the work of one with the Lanczos basis, stays within the
  /// default bound.
  std::vector<double> eigenvector(bool named) {
    const std::size_t n = graph_.node_count();
    if (n > 1 && weak().count > 1) {
      notes_.push_back("eigenvector centrality is undefined on a disconnected graph (left empty)");
      return std::vector<double>(n, kNaN);
    }
    const Adjacency& u = undirected();
    std::size_t max_iterations = kEigenvectorMaxIterations;
    if (!named) {
      const double per_product = static_cast<double>(u.arc_count()) + 40.0 * static_cast<double>(n);
      const double affordable = std::floor(bound() / std::max(per_product, 1.0));
      max_iterations = static_cast<std::size_t>(
          std::clamp(affordable, 100.0, static_cast<double>(max_iterations)));
    }
    auto result = eigenvector_centrality(u, kEigenvectorTolerance, max_iterations);
    if (!result.converged) {
      if (max_iterations < kEigenvectorMaxIterations) {
        notes_.push_back("eigenvector centrality did not converge within the default bound of " +
                         std::to_string(max_iterations) +
                         " iterations on this graph (left empty); "
                         "name it with --metrics to allow " +
                         std::to_string(kEigenvectorMaxIterations));
      } else {
        notes_.push_back("eigenvector centrality did not converge (left empty)");
      }
      return std::vector<double>(n, kNaN);
    }
    return std::move(result.values);
  }

  const std::vector<Index>& communities() {
    if (!community_) {
      CommunityOptions community_options;
      community_options.method = options_.algorithm;
      community_options.resolution = options_.resolution;
      community_options.seed = options_.seed;
      community_ = detect_communities(undirected(), community_options);
    }
    return *community_;
  }

  const KnowledgeGraph& graph_;
  const AnalysisOptions& options_;
  unsigned threads_;
  std::vector<double> weights_;
  std::vector<std::size_t> degree_, in_degree_, out_degree_;
  std::optional<Adjacency> paths_, reverse_paths_, undirected_, unweighted_undirected_;
  std::optional<std::uint64_t> triangle_cost_;
  std::optional<Partition> weak_, strong_;
  std::optional<Clustering> clustering_;
  std::optional<DistanceCentralities> distances_;
  std::optional<std::vector<Index>> community_;
  std::vector<std::string> notes_;
};

}  // namespace

AnalysisResult analyze(const KnowledgeGraph& graph, const AnalysisOptions& options) {
  Analyzer analyzer(graph, options);
  const std::vector<Metric> metrics =
      options.metrics.empty() ? analyzer.default_set() : options.metrics;
  AnalysisResult result;
  std::vector<Metric> seen;
  for (const Metric metric : metrics) {
    if (std::find(seen.begin(), seen.end(), metric) != seen.end()) continue;
    seen.push_back(metric);
    result.metrics.add(analyzer.compute(metric));
  }
  result.communities = analyzer.community_list();
  analyzer.fill_summary(result);
  for (auto& note : analyzer.notes()) result.notes.push_back(std::move(note));
  return result;
}

}  // namespace kgviz
