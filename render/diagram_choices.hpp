// The choices a diagram offers for one graph and its analysis: which names `--color-by`,
// `--size-by` and `--width-by` may take, and what the automatic choices (engine, colour, line
// width) are. The CLI turns its option strings into typed DrawingOptions with these functions and
// reports a bad name with the valid ones; the plan decides the automatic choices with the same
// functions, so the record, the legend and the picture agree. Pure functions, no Graphviz.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/analysis_result.hpp"
#include "model/knowledge_graph.hpp"
#include "render/diagram.hpp"

namespace kgviz {

/// The channels a VisualEncoding drives.
enum class Channel : std::uint8_t { NodeColor, NodeSize, EdgeWidth };

/// The names one channel accepts for a graph and its analysis, grouped as messages list them.
struct EncodingChoices {
  std::vector<std::string> keywords;    ///< "type", "community" (when computed), "none"
  std::vector<std::string> metrics;     ///< computed metric columns (node channels)
  std::vector<std::string> attributes;  ///< node (or edge) columns not named like the above
};

/// What `channel` may show: node colour takes type, community (when the analysis found
/// communities), none, any metric, and any node attribute column but lists; node size takes none,
/// any metric and any numeric node column; line width takes none and any numeric edge column.
/// O(columns).
EncodingChoices encoding_choices(Channel channel, const KnowledgeGraph& graph,
                                 const AnalysisResult& analysis);

/// The encoding `name` means among `choices` (keywords first, then metrics, then attributes);
/// nullopt when it is none of them. Names are case-sensitive, like column names.
std::optional<VisualEncoding> find_encoding(const EncodingChoices& choices, std::string_view name);

/// The choices in words, for an error message: "type, community, none, a metric (degree,
/// pagerank) or a node attribute (club)". `attribute_kind` names the attributes ("node attribute",
/// "numeric node attribute", ...).
std::string describe_choices(const EncodingChoices& choices, std::string_view attribute_kind);

/// The name `--color-by` (etc.) takes for `encoding`: "type", "community", "none", or the column
/// name; "" for Automatic.
std::string encoding_name(const VisualEncoding& encoding);

/// Whether some entity has a (non-empty) type.
bool has_entity_types(const KnowledgeGraph& graph);

/// Whether the analysis holds a community per vertex (its community list or `community` column).
bool has_communities(const KnowledgeGraph& graph, const AnalysisResult& analysis);

/// The engine DrawingOptions::engine = Automatic stands for: dot for a directed graph with entity
/// types of up to kAutoDotNodeLimit nodes (relation chains read left to right), else a
/// force-directed engine (neato up to that size, sfdp above; fdp for either when clustered, as
/// neato and sfdp draw no clusters).
LayoutEngine automatic_engine(const KnowledgeGraph& graph, ClusterBy cluster_by);

/// `encoding` with Automatic replaced by the channel's default for the graph and analysis (see
/// DrawingOptions): colour by type, else community, else none; size none; width by `weight` when
/// it varies, else none. Other encodings come back as they are.
VisualEncoding effective_encoding(Channel channel, const VisualEncoding& encoding,
                                  const KnowledgeGraph& graph, const AnalysisResult& analysis);

/// The layout the input carries: the node columns `x` and `y` (as networkx and Gephi write GraphML,
/// GEXF's viz:position, node-link JSON, a DOT `pos`), which the CLI keeps as `input_x` and
/// `input_y` (cli/input_columns.hpp; those are looked for first, then `x` and `y`), scaled
/// uniformly (the layout's shape kept) to about a square inch of drawing per node and moved to
/// start at the origin, in points, y up. nullopt unless every node has both as finite numbers and
/// they are not all one point. O(n).
std::optional<std::vector<std::pair<double, double>>> input_positions(const KnowledgeGraph& graph);

/// Up to this many nodes the automatic engine is dot or neato, above it sfdp.
inline constexpr std::size_t kAutoDotNodeLimit = 150;

}  // namespace kgviz
