// What a diagram will show, decided before Graphviz is involved: engine, per-node shape, colour,
// size and label, per-edge label, line style and tooltip, clusters and legend. Keeping these
// decisions out of the Graphviz glue makes them testable and keeps diagram.cpp about Graphviz.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/analysis_result.hpp"
#include "model/knowledge_graph.hpp"
#include "render/diagram.hpp"
#include "render/diagram_choices.hpp"
#include "render/diagram_style.hpp"

namespace kgviz {

/// Graphs with more nodes get the "large" treatment: small unlabelled nodes except the top ones,
/// straight lines, smaller fonts.
inline constexpr std::size_t kAllLabelsNodeLimit = 300;
/// Labels kept on a large graph when `label_limit` is 0.
inline constexpr std::size_t kAutoLabelCount = 40;
/// Edge labels are drawn up to this many edges (tooltips always).
inline constexpr std::size_t kEdgeLabelLimit = 300;
/// Wrap width of node and edge labels, in code points.
inline constexpr std::size_t kLabelWrap = 20;

struct NodePlan {
  std::string name;                      ///< Graphviz node name: the entity id when it is safe
  bool renamed = false;                  ///< true when `name` is not the entity id
  std::vector<std::string> label_lines;  ///< wrapped label; empty = no visible label
  std::string tooltip;                   ///< raw text: `description`, else the label
  std::string shape;
  bool rounded = false;
  Rgb fill;
  Rgb font_color;
  double font_size = 11.0;  ///< points
  double width = 0.6;       ///< inches; minimum, or exact when `fixed_size`
  double height = 0.4;      ///< inches
  bool fixed_size = false;
  int cluster = -1;  ///< index into DiagramPlan::clusters, -1 = none
  /// The entity the picture is about (DrawingOptions::focus): double, thicker border, bold label.
  bool focused = false;
};

struct EdgePlan {
  std::vector<std::string> label_lines;  ///< wrapped relation label; empty = none drawn
  std::string tooltip;     ///< raw text: relation — confidence — evidence — source
  std::string line_style;  ///< the theme's style of its confidence ("solid", ...)
  double pen_width = 0.0;  ///< points, by DrawingOptions::width; 0 = the default
};

struct ClusterPlan {
  std::string label;  ///< raw text
};

struct ColorKey {
  std::string label;  ///< raw text
  Rgb color;
};

/// What the legend explains: only what the picture shows.
struct LegendPlan {
  /// The focused entity as drawn (its shape and fill, marked), with the text "focus: LABEL";
  /// nullopt without a focus.
  std::optional<std::pair<std::string, TypeStyle>> focus;
  /// The entity types drawn, in order of first appearance, with their style (fill neutral when
  /// colour encodes something else); empty when no entity has a type.
  std::vector<std::pair<std::string, TypeStyle>> types;
  /// Heading of the colour key ("Community", "club", "Colour: pagerank"); empty when colour is by
  /// type or uniform.
  std::string color_title;
  std::vector<ColorKey> colors;
  /// "Size: pagerank" when node size encodes a metric or attribute.
  std::string size_note;
  /// "Line width: weight (1 to 31)" when line width encodes an edge attribute.
  std::string width_note;
  /// The confidence levels of the drawn relations (of confidence_levels()), in legend order: each
  /// gets a line sample.
  std::vector<std::string_view> confidence_levels;
};

struct DiagramPlan {
  LayoutEngine engine = LayoutEngine::Dot;  ///< never Automatic
  bool directed = true;
  /// Many nodes: straight edges, smaller fonts, sfdp-style overlap removal.
  bool large = false;
  bool edge_labels = true;
  std::vector<NodePlan> nodes;  ///< by vertex
  std::vector<EdgePlan> edges;  ///< by edge
  std::vector<ClusterPlan> clusters;
  LegendPlan legend;
};

/// Decides everything the diagram shows. Throws std::invalid_argument for options the graph and
/// analysis cannot meet (a metric or attribute that is not there or not numeric where numbers are
/// needed, community colours or clusters without communities, clusters with an engine that does
/// not draw them, a focus that is no vertex): the CLI checks those first and tells the user. Throws
/// Error for a theme without palette or fallback shapes or with an unsafe font name (the theme
/// reader rejects those; a theme built in code is checked here). O(n log n + m).
DiagramPlan plan_diagram(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                         const DrawingOptions& options);

/// Whether `id` can be a Graphviz node name that cgraph writes back as valid DOT and SVG:
/// non-empty, valid UTF-8 without control characters, no backslash (agwrite does not escape it), no
/// leading
/// `%` (cgraph's prefix for anonymous objects), nothing like an XML entity (`&amp;`, `&#38;`: the
/// SVG writer passes those through into <title>). `AT&T` is fine.
bool is_safe_node_name(std::string_view id);

}  // namespace kgviz
