// Report diagrams: the knowledge graph laid out and drawn by Graphviz (DESIGN.md "Drawing
// conventions"), as SVG, PNG, PDF or DOT, plus the per-node drawing hints (colour, size, position)
// that the data writers (GraphML, GEXF) export so that Gephi shows the same picture.
//
// Graphviz itself stays inside render/*.cpp: this header names none of its types.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/analysis_result.hpp"
#include "model/drawing_hints.hpp"
#include "model/knowledge_graph.hpp"
#include "model/theme.hpp"

namespace kgviz {

/// Graphviz's layout engines; Automatic lets the graph decide (automatic_engine()).
enum class LayoutEngine : std::uint8_t { Automatic, Dot, Neato, Fdp, Sfdp, Circo, Twopi };

/// Graphviz's name of `engine` ("dot", "neato", ...); "" for Automatic.
std::string_view layout_engine_name(LayoutEngine engine);
/// The engine Graphviz calls `name`; nullopt for any other name (and for "").
std::optional<LayoutEngine> layout_engine_named(std::string_view name);

/// What one visual channel shows: the fill colour of nodes, their size, or the width of lines.
struct VisualEncoding {
  enum class Source : std::uint8_t {
    Automatic,   ///< the channel's default for the graph (diagram_choices.hpp)
    None,        ///< uniform
    EntityType,  ///< colour only: the style of each entity type
    Community,   ///< colour only: a palette colour per community
    Metric,      ///< the metric column `name` of the analysis
    Attribute,   ///< the node (colour, size) or edge (width) attribute column `name` of the graph
  };
  Source source = Source::Automatic;
  std::string name;  ///< metric or attribute name; empty for the other sources

  friend bool operator==(const VisualEncoding& a, const VisualEncoding& b) {
    return a.source == b.source && a.name == b.name;
  }
};

/// What Graphviz clusters (frames) group: nothing, entity types or communities.
enum class ClusterBy : std::uint8_t { None, EntityType, Community };

/// How to draw a graph. Every field has a usable default, so `DrawingOptions{}` draws a report
/// diagram with the automatic choices. The choices are typed and already checked against the graph
/// and its analysis (the CLI does that, with diagram_choices.hpp): a metric or attribute that does
/// not exist, or community colours without communities, are programmer errors here
/// (std::invalid_argument), not usage errors.
struct DrawingOptions {
  /// Automatic: dot for a small directed graph with entity types (a knowledge graph), else neato
  /// up to 150 nodes and sfdp above, fdp instead of either when clusters are asked for.
  LayoutEngine engine = LayoutEngine::Automatic;
  /// Fill colour. Automatic: by entity type when some entity has a type, else by community when
  /// the analysis found communities, else uniform. A categorical attribute (text, booleans, a few
  /// integers) gets palette colours and a legend of its values (the rarest grouped as "other" when
  /// there are more values than colours); a numeric one a sequential ramp.
  VisualEncoding color;
  /// Node size (area grows with the value of a metric or numeric node attribute). Automatic: none.
  VisualEncoding size;
  /// Line width of relations, by a numeric edge attribute. Automatic: the edge attribute `weight`
  /// when it is numeric and not the same on every relation, else none.
  VisualEncoding width;
  /// Graphviz clusters (drawn by the dot and fdp engines only).
  ClusterBy cluster_by = ClusterBy::None;
  /// Drawn at the top of the picture ("" = none).
  std::string title;
  /// Drawn at the bottom of the picture, e.g. the source of the data ("" = none).
  std::string caption;
  /// Nodes that keep a visible label; 0 = automatic: all up to 300 nodes, else the 40 top nodes by
  /// the `size` values (or by degree). Every node keeps its tooltip.
  std::size_t label_limit = 0;
  /// Palette, shapes by type, fonts, colours and confidence line styles (`--theme`); the default is
  /// the built-in style.
  Theme theme;
  /// The entity the picture is about (`--focus`): drawn with a double, thicker border and a bold
  /// label, and named in the legend.
  std::optional<VertexId> focus;
  /// A layout computed elsewhere (points, y up, one per vertex): when given, Graphviz only draws
  /// the graph at these positions (its engine is not run) and `positions_by` names the layout
  /// ("forceatlas2", "input").
  std::vector<std::pair<double, double>> positions;
  std::string positions_by;
};

/// The drawing hints (colour, size, shape; positions from `options.positions`, which must be
/// given) without building a Graphviz graph: for data exports of graphs too large to draw.
/// Throws like plan_diagram.
DrawingHints drawing_hints(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                           const DrawingOptions& options);

/// Graphviz's names of the engines (not Automatic), in the order error messages list them.
const std::vector<std::string_view>& layout_engines();

/// What `Diagram::render` writes.
enum class DiagramFormat { Svg, Png, Pdf, Dot };

/// Every DiagramFormat, in the order above.
const std::vector<DiagramFormat>& diagram_formats();

/// The format's name: "svg", "png", "pdf", "dot".
std::string_view diagram_format_name(DiagramFormat format);

/// One laid-out Graphviz graph of a knowledge graph.
///
/// Owns its cgraph graph and layout (RAII). Graphviz is not thread-safe, even across contexts, so
/// every Graphviz call of kgviz runs under one process-wide mutex: diagrams may be built and
/// rendered from several threads, one at a time. All diagrams share one Graphviz context, created
/// on first use and kept for the life of the process: Graphviz 2.42 keeps process-wide caches that
/// point into a context, so freeing one while another graph lives corrupts the next render.
/// Move-only.
class Diagram {
 public:
  /// Builds the Graphviz graph (cgraph), runs the layout once and places title, legend and caption
  /// around it. Same input, options and `record.seed` give the same bytes in every process (the
  /// seed drives neato/fdp/sfdp); within one process, fdp alone can vary (Graphviz 2.42).
  /// Throws Error when Graphviz fails or its plugins are not configured, std::invalid_argument for
  /// options the graph and analysis cannot meet (see DrawingOptions). Cost: that of the layout
  /// engine (dot ~ O(n·m) in practice, sfdp ~ O(n log n)), plus O(L·(n + L + m)) to place L edge
  /// labels.
  static Diagram build(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                       const DrawingOptions& options, const RunRecord& record);

  /// A moved-from diagram may only be assigned to or destroyed.
  Diagram(Diagram&& other) noexcept;
  Diagram& operator=(Diagram&& other) noexcept;
  Diagram(const Diagram&) = delete;
  Diagram& operator=(const Diagram&) = delete;
  /// Frees the Graphviz layout and graph (under the Graphviz mutex).
  ~Diagram();

  /// Per-vertex fill colour, size (geometric mean of the node's drawn width and height, in points),
  /// position (centre, points, y up) and shape: the layout the pictures show. Indexed by vertex.
  [[nodiscard]] const DrawingHints& hints() const;

  /// The layout engine that placed the nodes ("dot", "sfdp", ...).
  [[nodiscard]] const std::string& engine() const;

  /// The drawing as SVG, PNG, PDF (cairo) or DOT bytes. SVG and DOT carry the run record
  /// as a comment; DOT holds every attribute and the final positions (`neato -n2` redraws it).
  /// Output depends only on the diagram (no time, no locale; the PDF creation date is a constant).
  /// Each picture format first redraws the fixed layout ("nop2", cheap), which Graphviz needs to
  /// render this graph after others were laid out. In DOT and in SVG <title>s, nodes are named by
  /// entity id; an id cgraph cannot write back safely (a backslash, control characters, text like
  /// an XML entity, a leading `%`) becomes `kgviz-node-N` with the id in `entity_id`. Edges are
  /// keyed `e0, e1, ...` by edge index. The data travels along as plain attributes, written C-style
  /// (escape_dot_value): nodes carry `type` and every node column (`aliases`, `description`...),
  /// edges `relation`, `weight` and every edge column (`confidence`, `evidence`...), except
  /// columns named like a Graphviz attribute that would change the drawing; a label the drawing
  /// does not show as it is (not drawn, or wrapped where it had no space) is `entity_label` /
  /// `relation_label`. The only nodes that are no entity are in the cluster `cluster_kgviz_legend`:
  /// legend samples and keys (SVG class `kgviz-legend`) and the source caption (`kgviz-caption`);
  /// the title is the graph label.
  /// Throws Error when Graphviz fails.
  [[nodiscard]] std::string render(DiagramFormat format) const;

 private:
  struct Impl;
  explicit Diagram(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kgviz
