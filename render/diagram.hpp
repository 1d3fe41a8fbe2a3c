// Report diagrams: the knowledge graph laid out and drawn by Graphviz (DESIGN.md "Drawing
// conventions"), as SVG, PNG, PDF or DOT, plus the per-node drawing hints (colour, size, position)
// that the data writers (GraphML, GEXF) export so that Gephi shows the same picture.
//
// Graphviz itself stays inside render/*.cpp: this header names none of its types.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/analysis_result.hpp"
#include "model/drawing_hints.hpp"
#include "model/knowledge_graph.hpp"
#include "model/theme.hpp"

namespace kgviz {

/// How to draw a graph. Every field has a usable default, so `DrawingOptions{}` draws a report
/// diagram coloured by entity type.
struct DrawingOptions {
  /// Layout engine: "dot", "neato", "fdp", "sfdp", "circo", "twopi", or "" for automatic: "dot" up
  /// to 150 nodes, else "sfdp" with overlap removal ("fdp" when clusters are asked for).
  std::string engine;
  /// "type" (palette by entity type) | "community" (palette by community) | the name of a metric
  /// column of the analysis (sequential colour ramp; undefined values grey).
  std::string color_by = "type";
  /// "" = uniform node size; else the name of a metric column: node size grows with the value.
  std::string size_by;
  /// "none" | "type" | "community": Graphviz clusters (drawn by the dot and fdp engines only).
  std::string cluster_by = "none";
  /// Drawn at the top of the picture ("" = none).
  std::string title;
  /// Drawn at the bottom of the picture, e.g. the source of the data ("" = none).
  std::string caption;
  /// Nodes that keep a visible label; 0 = automatic: all up to 300 nodes, else the 40 top nodes by
  /// the `size_by` metric (or by degree). Every node keeps its tooltip.
  std::size_t label_limit = 0;
  /// Palette, shapes by type, fonts, colours and confidence line styles (`--theme`); the default is
  /// the built-in style.
  Theme theme;
  /// A layout computed elsewhere (points, y up, one per vertex): when given, Graphviz only draws
  /// the graph at these positions (its engine is not run) and `positions_by` names the layout.
  std::vector<std::pair<double, double>> positions;
  std::string positions_by;
};

/// The drawing hints (colour, size, shape; positions from `options.positions`, which must be
/// given) without building a Graphviz graph: for data exports of graphs too large to draw.
/// Throws like plan_diagram for bad options.
DrawingHints drawing_hints(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                           const DrawingOptions& options);

/// The engines `DrawingOptions::engine` accepts, in the order error messages list them.
const std::vector<std::string_view>& layout_engines();

/// The formats `Diagram::render` accepts: "svg", "png", "pdf", "dot".
const std::vector<std::string_view>& diagram_formats();

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
  /// Throws UsageError for an unknown engine, colour/size/cluster choice or a metric the analysis
  /// lacks (the message lists the valid names), and Error when Graphviz fails or its plugins are not
  /// configured. Cost: that of the layout engine (dot ~ O(n·m) in practice, sfdp ~ O(n log n)).
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

  /// The drawing as "svg", "png", "pdf" (cairo) or "dot" bytes. SVG and DOT carry the run record
  /// as a comment; DOT holds every attribute and the final positions (`neato -n2` redraws it).
  /// Output depends only on the diagram (no time, no locale; the PDF creation date is a constant).
  /// Each picture format first redraws the fixed layout ("nop2", cheap), which Graphviz needs to
  /// render this graph after others were laid out. In DOT and in SVG <title>s, nodes are named by
  /// entity id; an id cgraph cannot write back safely (a backslash, control characters, text like
  /// an XML entity, a leading `%`) becomes `kgviz-node-N` with the id in `entity_id`. Edges are
  /// keyed `e0, e1, ...` by edge index and carry `relation` and `confidence`; nodes carry `type`.
  /// Legend and caption nodes have the SVG class `kgviz-legend` / `kgviz-caption`; the title is
  /// the graph label.
  /// Throws UsageError for another format, Error when Graphviz fails.
  [[nodiscard]] std::string render(std::string_view format) const;

 private:
  struct Impl;
  explicit Diagram(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kgviz
