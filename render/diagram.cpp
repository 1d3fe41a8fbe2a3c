// The Graphviz side of report diagrams.
//
// A diagram is laid out in two passes on one cgraph graph:
//  1. the knowledge graph alone, with the chosen engine (dot, neato, fdp, sfdp, circo, twopi); the
//     computed positions are then written into the graph's attributes on a 1/64 point grid;
//  2. title (graph label), legend (a cluster of sample nodes and a key) and caption are added at
//     positions computed from the first pass's bounding box, and the "nop2" engine (neato -n2)
//     draws everything at the given positions.
// Graphviz has room for one graph label only, and the engines would move a legend node around;
// pinning the first layout and decorating it keeps the graph's layout undisturbed, places title
// and caption the same way for every engine, and leaves a DOT output that `neato -n2` redraws.
//
// Graphviz 2.42 is full of process-wide state, and each piece of it has a counterpart here: one
// mutex for every call (GraphvizSession), one shared context (shared_context), the C random
// generators reseeded before each layout (run_layout), positions snapped to a grid (snap), and a
// cheap "nop2" redraw before every render (Impl::refresh).
#include "render/diagram.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <unordered_set>
#include <utility>

#include "model/diagnostics.hpp"
#include "model/graphviz_attributes.hpp"
#include "model/number_format.hpp"
#include "render/diagram_plan.hpp"
#include "render/diagram_style.hpp"
#include "render/embedded_record.hpp"
#include "render/geometry.hpp"
#include "render/graphviz_session.hpp"
#include "render/graphviz_text.hpp"
#include "render/label_placement.hpp"
#include "render/legend_layout.hpp"

namespace kgviz {

namespace {

// Fonts and colours come from the theme (model/theme.hpp). The built-in font list names
// Helvetica/Arial for SVG viewers; fontconfig maps it to the installed sans (DejaVu Sans on Debian)
// for PNG and PDF. Graphviz copies fontname into SVG raw: plan_diagram() checks the theme's.

constexpr double kPointsPerInch = 72.0;
constexpr double kGap = 18.0;          // points between the graph and its legend or caption
constexpr double kLegendPad = 8.0;     // points inside the legend frame
constexpr double kLegendLabel = 20.0;  // points for the legend heading
constexpr std::size_t kTitleWrap = 70;
constexpr std::size_t kCaptionWrap = 110;
constexpr std::size_t kSplineNodeLimit = 100;  // curved, node-avoiding edges up to this many nodes

// cgraph 2.42 takes `char*` for names and values it only reads (it copies them).
char* c(const std::string& text) { return const_cast<char*>(text.c_str()); }
char* c(const char* text) { return const_cast<char*>(text); }

/// An HTML-like label body, marked so that it can never equal a plain value.
///
/// cgraph interns every string of a graph by content, and an HTML string is an interned string with
/// a flag: a plain value with the same bytes as an HTML label would share its entry, and one of the
/// two would change kind. Every plain value kgviz writes has its backslashes doubled (labels,
/// kgviz's own attributes) or quadrupled (tooltips), so none holds a lone backslash; every HTML
/// value starts with a comment that does (Graphviz's HTML lexer skips comments).
std::string html_value(const std::string& body) { return "<!--kgviz\\-->" + body; }

/// Declares and sets the attributes of one root graph. Symbols are looked up once.
class Attributes {
 public:
  explicit Attributes(Agraph_t* graph) : graph_(graph) {}

  /// The default of attribute `name` for `kind` (AGRAPH: the root graph's value).
  void set_default(int kind, const char* name, const std::string& value) {
    Agsym_t* sym = agattr(graph_, kind, c(name), c(value));
    symbols_[{kind, name}] = sym;
  }

  void set(void* object, int kind, const char* name, const std::string& value) {
    agxset(object, symbol(kind, name), c(value));
  }

  /// Sets an HTML-like label (the text between the outer `<` and `>` of DOT); see html_value().
  void set_html(void* object, int kind, const char* name, const std::string& body) {
    char* html = agstrdup_html(graph_, c(html_value(body)));
    agxset(object, symbol(kind, name), html);
    agstrfree(graph_, html);
  }

  /// The default (root value for AGRAPH) of an attribute, as an HTML-like label.
  void set_default_html(int kind, const char* name, const std::string& body) {
    char* html = agstrdup_html(graph_, c(html_value(body)));
    symbols_[{kind, name}] = agattr(graph_, kind, c(name), html);
    agstrfree(graph_, html);
  }

 private:
  Agsym_t* symbol(int kind, const char* name) {
    const auto key = std::make_pair(kind, std::string(name));
    if (auto it = symbols_.find(key); it != symbols_.end()) return it->second;
    Agsym_t* sym = agattr(graph_, kind, c(name), nullptr);
    // A node label's default is "\N" (the node name); graph and edge labels default to none.
    const bool node_label = kind == AGNODE && std::string(name) == "label";
    if (sym == nullptr) sym = agattr(graph_, kind, c(name), c(node_label ? "\\N" : ""));
    symbols_[key] = sym;
    return sym;
  }

  Agraph_t* graph_;
  std::map<std::pair<int, std::string>, Agsym_t*> symbols_;
};

std::string inches(double value) { return fixed_number(value, 3); }

// --- layout runs -------------------------------------------------------------------------------

/// gvLayout with the C library's random generators reseeded first. sfdp coarsens its graph with
/// rand() before seeding it from `start`, and fdp breaks ties with rand(): without this, a layout
/// depends on whatever used rand() before it (in Graphviz 2.42, a second sfdp layout in one process
/// differs from the first). Both generators are process-wide; the Graphviz mutex is held.
int run_layout(GVC_t* gvc, Agraph_t* g, const char* engine, std::uint64_t seed) {
  const auto value = static_cast<unsigned>(seed % 2147483647u) + 1u;
  std::srand(value);
  srand48(static_cast<long>(value));
  return gvLayout(gvc, g, engine);
}

/// `value` on a grid of 1/64 point. Graphviz's layouts carry floating-point noise in the last bits
/// from one run to the next (2.42: values such as 59.1875 come out as 59.18749999...), which its
/// own
/// "%.5g" printing turns into different digits; on a binary grid the exact values Graphviz produces
/// (halves, quarters, eighths of a point) stay put and the noise disappears.
double snap(double value) { return std::round(value * 64.0) / 64.0; }

/// Shortest text of a snapped value (fmt: locale-independent, exact for k/64).
std::string snapped(double value) { return fmt::format("{}", snap(value) + 0.0); }

std::string snapped_point(pointf p) { return snapped(p.x) + "," + snapped(p.y); }

std::string points(double x, double y) { return snapped(x) + "," + snapped(y); }

/// A size in inches rounded up to the grid, so that a node drawn again at this size still holds
/// its label (Graphviz takes the larger of the given size and the label's).
std::string inches_up(double inches_value) {
  return fmt::format(
      "{}", std::ceil(inches_value * kPointsPerInch * 64.0 - 1e-6) / 64.0 / kPointsPerInch);
}

/// The drawn line of an edge as a polyline: each cubic Bézier piece of its spline sampled at 8
/// steps. Empty when the engine drew no line.
std::vector<Point> edge_line(Agedge_t* e) {
  std::vector<Point> line;
  if (ED_spl(e) == nullptr) return line;
  constexpr int kSteps = 8;
  for (int i = 0; i < ED_spl(e)->size; ++i) {
    const bezier& bz = ED_spl(e)->list[i];
    for (int j = 0; j + 3 < bz.size; j += 3) {
      const pointf* p = bz.list + j;
      for (int k = (j == 0 ? 0 : 1); k <= kSteps; ++k) {
        const double t = static_cast<double>(k) / kSteps;
        const double u = 1.0 - t;
        const double b0 = u * u * u;
        const double b1 = 3 * u * u * t;
        const double b2 = 3 * u * t * t;
        const double b3 = t * t * t;
        line.push_back({b0 * p[0].x + b1 * p[1].x + b2 * p[2].x + b3 * p[3].x,
                        b0 * p[0].y + b1 * p[1].y + b2 * p[2].y + b3 * p[3].y});
      }
    }
  }
  return line;
}

/// The label Graphviz placed for an edge (its label, else its external label), or null.
textlabel_t* placed_label(Agedge_t* e) {
  if (ED_label(e) != nullptr && ED_label(e)->set) return ED_label(e);
  if (ED_xlabel(e) != nullptr && ED_xlabel(e)->set) return ED_xlabel(e);
  return nullptr;
}

/// Moves every edge label onto its own line (place_labels) and returns the box of the moved
/// labels (empty box at the origin when there is none).
std::optional<Box> place_edge_labels(Agraph_t* g, const std::vector<Agedge_t*>& edges) {
  std::vector<std::vector<Point>> lines;
  std::vector<LabelToPlace> labels;
  std::vector<textlabel_t*> targets;
  lines.reserve(edges.size());
  for (Agedge_t* e : edges) {
    lines.push_back(edge_line(e));
    textlabel_t* label = placed_label(e);
    if (label == nullptr || lines.back().size() < 2) continue;
    labels.push_back(
        {lines.size() - 1, label->dimen.x, label->dimen.y, Point{label->pos.x, label->pos.y}});
    targets.push_back(label);
  }
  if (labels.empty()) return std::nullopt;
  std::vector<Box> boxes;
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    boxes.push_back(Box::around({ND_coord(n).x, ND_coord(n).y}, ND_width(n) * kPointsPerInch,
                                ND_height(n) * kPointsPerInch));
  }
  const std::vector<Point> centres = place_labels(labels, lines, boxes);
  std::optional<Box> extent;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    targets[i]->pos = {centres[i].x, centres[i].y};
    const Box box = Box::around(centres[i], labels[i].width, labels[i].height);
    extent = extent ? extent->united(box) : box;
  }
  return extent;
}

/// Writes the first layout into the graph's attributes (pos, width, height, lp, bb) on the 1/64
/// point grid, for the "nop2" pass to redraw exactly, after moving the edge labels onto their lines
/// (place_edge_labels); returns the bounding box. This replaces Graphviz's own attach_attrs, which
/// prints "%.5g" and so keeps the noise.
Box attach_layout(Agraph_t* g, Attributes& a, const std::vector<Agedge_t*>& edges) {
  const std::optional<Box> labels = place_edge_labels(g, edges);
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    a.set(n, AGNODE, "pos", snapped_point(ND_coord(n)));
    a.set(n, AGNODE, "width", inches_up(ND_width(n)));
    a.set(n, AGNODE, "height", inches_up(ND_height(n)));
  }
  for (Agedge_t* e : edges) {
    if (ED_spl(e) != nullptr) {
      std::string pos;
      for (int i = 0; i < ED_spl(e)->size; ++i) {
        const bezier& bz = ED_spl(e)->list[i];
        if (i > 0) pos += ';';
        if (bz.sflag != 0) pos += "s," + snapped_point(bz.sp) + " ";
        if (bz.eflag != 0) pos += "e," + snapped_point(bz.ep) + " ";
        for (int j = 0; j < bz.size; ++j) {
          if (j > 0) pos += ' ';
          pos += snapped_point(bz.list[j]);
        }
      }
      a.set(e, AGEDGE, "pos", pos);
    }
    if (ED_label(e) != nullptr && ED_label(e)->set)
      a.set(e, AGEDGE, "lp", snapped_point(ED_label(e)->pos));
    if (ED_xlabel(e) != nullptr && ED_xlabel(e)->set) {
      a.set(e, AGEDGE, "xlp", snapped_point(ED_xlabel(e)->pos));
    }
  }
  for (int i = 1; i <= GD_n_cluster(g); ++i) {
    Agraph_t* cluster = GD_clust(g)[i];
    const boxf& box = GD_bb(cluster);
    a.set(cluster, AGRAPH, "bb", snapped_point(box.LL) + "," + snapped_point(box.UR));
    if (GD_label(cluster) != nullptr && GD_label(cluster)->set) {
      a.set(cluster, AGRAPH, "lp", snapped_point(GD_label(cluster)->pos));
    }
  }
  Box bb{snap(GD_bb(g).LL.x), snap(GD_bb(g).LL.y), snap(GD_bb(g).UR.x), snap(GD_bb(g).UR.y)};
  // A label moved onto its line may stick out of the engine's box near the border.
  if (labels) {
    const Box grown = bb.united(*labels);
    bb = {snap(std::floor(grown.x0)), snap(std::floor(grown.y0)), snap(std::ceil(grown.x1)),
          snap(std::ceil(grown.y1))};
  }
  a.set_default(AGRAPH, "bb", points(bb.x0, bb.y0) + "," + points(bb.x1, bb.y1));
  return bb;
}

// --- text of labels -----------------------------------------------------------------------------

std::string html_lines(const std::vector<std::string>& lines, const char* align) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out += escape_graphviz_html(lines[i]);
    if (align != nullptr) {
      out += fmt::format("<BR ALIGN=\"{}\"/>", align);
    } else if (i + 1 < lines.size()) {
      out += "<BR/>";
    }
  }
  return out;
}

/// A size in points scaled by `zoom`, as HTML attribute text (integers only there).
std::string scaled(double value, double zoom) { return std::to_string(std::lround(value * zoom)); }

std::string title_html(const std::string& title, const Theme& theme, double zoom) {
  return fmt::format("<FONT POINT-SIZE=\"{}\"><B>{}</B></FONT>",
                     scaled(theme.fonts.title_size, zoom),
                     html_lines(wrap_words(title, kTitleWrap), nullptr));
}

std::string caption_html(const std::string& caption, const Theme& theme, double zoom) {
  return fmt::format("<FONT POINT-SIZE=\"{}\" COLOR=\"{}\">{}</FONT>",
                     scaled(theme.fonts.legend_size, zoom), theme.colors.caption.hex(),
                     html_lines(wrap_words(caption, kCaptionWrap), "LEFT"));
}

/// One key table of the legend: rows of a sample cell and a text, under an optional heading.
std::string key_table(const std::string& rows, double zoom) {
  return fmt::format(
      "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"{}\" CELLPADDING=\"{}\">{}</TABLE>",
      scaled(2, zoom), scaled(1, zoom), rows);
}

std::string key_heading(const std::string& text) {
  return fmt::format("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>{}</B></TD></TR>",
                     escape_graphviz_html(text));
}

/// The legend's keys, each its own block so the legend can set them side by side or one under the
/// other: line styles of the drawn confidence levels, the colour key, and the notes on size and
/// line width. Sizes scale with `zoom`; the font size comes from the node's fontsize (a FONT around
/// a TABLE is one level at most).
std::vector<std::string> key_tables(const LegendPlan& legend, const Theme& theme, double zoom) {
  std::vector<std::string> tables;
  const std::string width = scaled(36, zoom);
  const auto table = [&](const std::string& rows) { tables.push_back(key_table(rows, zoom)); };
  if (!legend.color_title.empty()) {
    std::string rows = key_heading(legend.color_title);
    for (const auto& key : legend.colors) {
      rows += fmt::format(
          "<TR><TD WIDTH=\"{}\" HEIGHT=\"{}\" FIXEDSIZE=\"TRUE\" BORDER=\"1\" COLOR=\"{}\" "
          "BGCOLOR=\"{}\"></TD><TD ALIGN=\"LEFT\">{}</TD></TR>",
          width, scaled(12, zoom), theme.colors.border.hex(), key.color.hex(),
          escape_graphviz_html(key.label));
    }
    table(rows);
  }
  if (!legend.confidence_levels.empty()) {
    std::string rows = key_heading("Confidence");
    for (std::string_view level : legend.confidence_levels) {
      // A cell with only its bottom border drawn, in the line style of the level: a line sample.
      // HTML cells know no "bold" style: a bold line is a solid one twice as thick.
      const std::string_view style = confidence_line_style(level, theme);
      const bool bold = style == "bold";
      rows += fmt::format(
          "<TR><TD WIDTH=\"{}\" HEIGHT=\"{}\" FIXEDSIZE=\"TRUE\" SIDES=\"B\" BORDER=\"{}\" "
          "STYLE=\"{}\" COLOR=\"{}\"></TD><TD ALIGN=\"LEFT\">{}</TD></TR>",
          width, scaled(10, zoom), scaled(bold ? 2 : 1, zoom), bold ? "solid" : style,
          theme.colors.edge.hex(), escape_graphviz_html(level));
    }
    table(rows);
  }
  std::string notes;
  for (const std::string* note : {&legend.size_note, &legend.width_note}) {
    if (note->empty()) continue;
    notes += fmt::format("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">{}</TD></TR>",
                         escape_graphviz_html(*note));
  }
  if (!notes.empty()) table(notes);
  return tables;
}

// --- graph construction ------------------------------------------------------------------------

void set_common_defaults(Attributes& a, bool large, const Theme& theme) {
  const std::string text = theme.colors.text.hex();
  a.set_default(AGRAPH, "fontname", theme.fonts.name);
  a.set_default(AGRAPH, "fontsize", "11");
  a.set_default(AGRAPH, "fontcolor", text);
  // Graphviz's name for the built-in white keeps diagrams without a theme as they always were.
  const Rgb background = theme.colors.background;
  a.set_default(AGRAPH, "bgcolor",
                background == Rgb{0xFF, 0xFF, 0xFF} ? "white" : background.hex());
  a.set_default(AGNODE, "fontname", theme.fonts.name);
  a.set_default(AGNODE, "fontsize", large ? "8" : "11");
  a.set_default(AGNODE, "fontcolor", text);
  a.set_default(AGNODE, "color", theme.colors.border.hex());
  a.set_default(AGNODE, "penwidth", large ? "0.5" : "1");
  a.set_default(AGNODE, "style", "filled");
  a.set_default(AGNODE, "fillcolor", "white");
  a.set_default(AGNODE, "margin", "0.08,0.04");
  a.set_default(AGNODE, "label", "\\N");
}

void set_layout_defaults(Attributes& a, const DiagramPlan& plan, bool given_layout,
                         const Theme& theme, std::uint64_t seed) {
  a.set_default(AGRAPH, "pad", "0.25");
  const LayoutEngine engine = plan.engine;
  // The straight lines of the other engines may run across nodes: draw nodes over them. dot routes
  // edges around nodes, so its edges (and their external labels, used with clusters) go on top.
  const bool dot = engine == LayoutEngine::Dot && !given_layout;
  a.set_default(AGRAPH, "outputorder", dot ? "nodesfirst" : "edgesfirst");
  // Obstacle-avoiding splines cost about O(n^2) per edge set: only for small graphs.
  const char* splines = plan.nodes.size() <= kSplineNodeLimit ? "true" : "false";
  if (given_layout) {
    // Graphviz only draws the given positions: no engine settings, which "nop2" would apply again.
    a.set_default(AGRAPH, "splines", splines);
  } else if (dot) {
    a.set_default(AGRAPH, "nodesep", "0.25");
    a.set_default(AGRAPH, "ranksep", "0.45");
    // Left to right: relation chains read like sentences, and a hub's many targets stack in a
    // column instead of stretching the picture into a banner.
    a.set_default(AGRAPH, "rankdir", "LR");
  } else {
    // neato, fdp and sfdp start from random positions: seed them so a run repeats exactly.
    a.set_default(AGRAPH, "start", std::to_string(seed % 2147483647u));
    a.set_default(AGRAPH, "overlap", "prism");
    a.set_default(AGRAPH, "sep", plan.large ? "+2" : "+6");
    a.set_default(AGRAPH, "splines", splines);
    if (engine == LayoutEngine::Twopi) a.set_default(AGRAPH, "ranksep", "1.2");
    // neato lays out the components of a disconnected graph one by one and packs them side by side
    // (without it they drift apart and leave the picture mostly empty).
    if (engine == LayoutEngine::Neato) a.set_default(AGRAPH, "pack", "true");
  }
  if (plan.large) {
    // Keep a big picture printable: Graphviz scales the drawing down to fit 40 x 40 inches.
    a.set_default(AGRAPH, "size", "40,40");
  }
  a.set_default(AGEDGE, "fontname", theme.fonts.name);
  a.set_default(AGEDGE, "fontsize", format_double(theme.fonts.edge_label_size));
  a.set_default(AGEDGE, "fontcolor", theme.colors.edge_label.hex());
  // Thousands of edges in full colour hide the nodes: a large graph's edges are faded a fifth of
  // the way to the background and 40% opaque (the built-in #555555 becomes #77777766).
  const Rgb faded = blend(theme.colors.edge, theme.colors.background, 0.2);
  a.set_default(AGEDGE, "color", plan.large ? faded.hex() + "66" : theme.colors.edge.hex());
  a.set_default(AGEDGE, "penwidth", plan.large ? "0.5" : "1");
  a.set_default(AGEDGE, "arrowsize", plan.large ? "0.4" : "0.7");
}

/// Writes the values of row `row` of `table` that the drawing does not show as plain attributes of
/// `object`, so that the DOT reads back to the graph it was drawn from (io/dot_reader.hpp). Columns
/// named like one of Graphviz's attributes (label, weight, color...) would change the drawing and
/// are left out, as is an edge's `key` (DOT's edge name); `relation` is written already.
void set_data(Attributes& a, void* object, int kind, const AttributeTable& table, std::size_t row,
              const StringPool& strings) {
  const GraphvizObject object_kind = kind == AGNODE   ? kGraphvizNode
                                     : kind == AGEDGE ? kGraphvizEdge
                                                      : kGraphvizGraph;
  for (const AttributeColumn& column : table.columns()) {
    const std::string& name = column.name();
    if (!column.has(row) || is_graphviz_attribute(name, object_kind) || name == attr::kRelation ||
        (kind == AGEDGE && name == "key")) {
      continue;
    }
    const std::string value = attribute_text(column, row, strings);
    if (!value.empty()) a.set(object, kind, name.c_str(), escape_dot_value(value));
  }
}

/// Whether a label drawn as `lines` reads back as `label`: a DOT reader joins the lines with a
/// space. Otherwise (not drawn, or wrapped inside a word) the DOT carries the label as data too.
bool drawn_as(const std::vector<std::string>& lines, std::string_view label) {
  if (lines.empty()) return false;
  std::string joined;
  for (const auto& line : lines) joined += (joined.empty() ? "" : " ") + line;
  return joined == label;
}

/// An edge label with a patch of background behind it: the label sits on its own line
/// (place_labels), which then visibly runs into it, and other lines pass under it.
std::string halo_label(const std::vector<std::string>& lines, const Theme& theme) {
  return fmt::format(
      "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\" "
      "BGCOLOR=\"{}\"><TR><TD>{}</TD></TR></TABLE>",
      theme.colors.background.hex(), html_lines(lines, nullptr));
}

void add_knowledge_graph(Agraph_t* g, Attributes& a, const DiagramPlan& plan,
                         const KnowledgeGraph& graph, const Theme& theme,
                         std::vector<Agnode_t*>& nodes, std::vector<Agedge_t*>& edges) {
  set_data(a, g, AGRAPH, graph.graph_attributes(), 0, graph.strings());
  std::vector<Agraph_t*> clusters;
  for (std::size_t k = 0; k < plan.clusters.size(); ++k) {
    Agraph_t* sub = agsubg(g, c("cluster_" + std::to_string(k)), 1);
    a.set(sub, AGRAPH, "label", escape_graphviz_text(plan.clusters[k].label));
    a.set(sub, AGRAPH, "style", "rounded,filled");
    a.set(sub, AGRAPH, "fillcolor", "#f5f5f5");
    a.set(sub, AGRAPH, "color", "#bbbbbb");
    a.set(sub, AGRAPH, "fontsize", plan.large ? "28" : "12");
    a.set(sub, AGRAPH, "fontcolor", "#333333");
    a.set(sub, AGRAPH, "labeljust", "l");
    clusters.push_back(sub);
  }
  nodes.resize(plan.nodes.size());
  for (std::size_t v = 0; v < plan.nodes.size(); ++v) {
    const NodePlan& p = plan.nodes[v];
    const auto vertex = static_cast<VertexId>(v);
    Agraph_t* owner = p.cluster >= 0 ? clusters[static_cast<std::size_t>(p.cluster)] : g;
    Agnode_t* n = agnode(owner, c(p.name), 1);
    nodes[v] = n;
    if (p.renamed) a.set(n, AGNODE, "entity_id", escape_dot_value(graph.id(vertex)));
    a.set(n, AGNODE, "type", escape_dot_value(graph.type(vertex)));
    const std::string_view label = graph.label(vertex);
    if (!label.empty() && !drawn_as(p.label_lines, label)) {
      a.set(n, AGNODE, kDotEntityLabel.data(), escape_dot_value(label));
    }
    if (p.focused) {
      // The focus: a double outline, thicker, and a bold label.
      a.set_html(n, AGNODE, "label", "<B>" + html_lines(p.label_lines, nullptr) + "</B>");
      a.set(n, AGNODE, "peripheries", "2");
      a.set(n, AGNODE, "penwidth", "2");
      a.set(n, AGNODE, "class", "kgviz-focus");
    } else {
      a.set(n, AGNODE, "label", escape_graphviz_lines(p.label_lines));
    }
    a.set(n, AGNODE, "tooltip", escape_graphviz_tooltip(p.tooltip));
    a.set(n, AGNODE, "shape", p.shape);
    a.set(n, AGNODE, "style", p.rounded ? "rounded,filled" : "filled");
    a.set(n, AGNODE, "fillcolor", p.fill.hex());
    a.set(n, AGNODE, "fontcolor", p.font_color.hex());
    a.set(n, AGNODE, "fontsize", fixed_number(p.font_size, 1));
    a.set(n, AGNODE, "width", inches(p.width));
    a.set(n, AGNODE, "height", inches(p.height));
    if (p.fixed_size) a.set(n, AGNODE, "fixedsize", "true");
    set_data(a, n, AGNODE, graph.node_attributes(), v, graph.strings());
  }
  edges.resize(plan.edges.size());
  for (EdgeId e = 0; e < plan.edges.size(); ++e) {
    const EdgePlan& p = plan.edges[e];
    // A key per relation: parallel relations stay distinct edges.
    Agedge_t* edge =
        agedge(g, nodes[graph.source(e)], nodes[graph.target(e)], c("e" + std::to_string(e)), 1);
    edges[e] = edge;
    a.set(edge, AGEDGE, "relation", escape_dot_value(graph.relation(e)));
    set_data(a, edge, AGEDGE, graph.edge_attributes(), e, graph.strings());
    if (const std::string_view label = graph.edge_string(e, attr::kLabel);
        !label.empty() && (!drawn_as(p.label_lines, label) || label == graph.relation(e))) {
      a.set(edge, AGEDGE, kDotRelationLabel.data(), escape_dot_value(label));
    }
    const std::string tooltip = escape_graphviz_tooltip(p.tooltip);
    a.set(edge, AGEDGE, "tooltip", tooltip);
    if (!p.label_lines.empty()) {
      // dot 2.42 frees memory twice when a labelled edge joins two nodes of one rank inside a
      // cluster (flat_edges reallocates the rank array the clusters point into). External labels
      // (xlabel) are placed after the ranking and do not take that path.
      const bool external = plan.engine == LayoutEngine::Dot && !plan.clusters.empty();
      a.set_html(edge, AGEDGE, external ? "xlabel" : "label", halo_label(p.label_lines, theme));
      // Hovering the label is the natural gesture; Graphviz gives the label its own tooltip.
      a.set(edge, AGEDGE, "labeltooltip", tooltip);
    }
    if (p.line_style != "solid") a.set(edge, AGEDGE, "style", std::string(p.line_style));
    if (p.pen_width > 0) a.set(edge, AGEDGE, "penwidth", fixed_number(p.pen_width, 2));
  }
}

/// The data the first pass must not see, set once the layout is fixed: an edge's `weight` is a
/// Graphviz attribute (dot ranks by it and wants integers, neato reads it as spring strength), so
/// set_data() leaves it out; "nop2" ignores it, and a DOT reader gets it back.
void set_layout_sensitive_data(Attributes& a, const KnowledgeGraph& graph,
                               const std::vector<Agedge_t*>& edges) {
  const AttributeColumn* weight = graph.edge_attributes().find(attr::kWeight);
  if (weight == nullptr) return;
  for (EdgeId e = 0; e < edges.size(); ++e) {
    if (!weight->has(e)) continue;
    a.set(edges[e], AGEDGE, "weight",
          escape_dot_value(attribute_text(*weight, e, graph.strings())));
  }
}

// --- decorations: legend and caption around the first layout ------------------------------------

/// One node of the decorations, described before it exists so it can be measured first.
struct Decoration {
  std::string name;
  std::string html;                  ///< HTML-like label body, or empty for a type sample
  std::string label;                 ///< label of a sample: escString, or HTML body when `marked`
  std::string tooltip;               ///< tooltip value of a sample
  const TypeStyle* style = nullptr;  ///< set for a sample (a type, or the focus)
  bool marked = false;               ///< drawn like the focus: double outline, bold label
  double font_size = 10.0;           ///< points, before zoom
  double zoom = 1.0;
  double width = 0;  ///< points, measured
  double height = 0;
  double x = 0;  ///< centre, points
  double y = 0;
};

void make_decoration_node(Agraph_t* owner, Attributes& a, const Decoration& d, bool placed,
                          const char* css_class) {
  Agnode_t* n = agnode(owner, c(d.name), 1);
  a.set(n, AGNODE, "class", css_class);
  if (d.style != nullptr) {
    if (d.marked) {
      a.set_html(n, AGNODE, "label", d.label);
      a.set(n, AGNODE, "peripheries", "2");
    } else {
      a.set(n, AGNODE, "label", d.label);
    }
    a.set(n, AGNODE, "tooltip", d.tooltip);
    a.set(n, AGNODE, "shape", d.style->shape);
    a.set(n, AGNODE, "style", d.style->rounded ? "rounded,filled" : "filled");
    a.set(n, AGNODE, "fillcolor", d.style->fill.hex());
    a.set(n, AGNODE, "fontcolor", label_color(*d.style).hex());
    a.set(n, AGNODE, "fontsize", fixed_number(d.font_size * d.zoom, 1));
    a.set(n, AGNODE, "penwidth", fixed_number(d.zoom * (d.marked ? 2 : 1), 2));
    a.set(n, AGNODE, "height", inches(0.3 * d.zoom));
    a.set(n, AGNODE, "width", inches(0.5 * d.zoom));
  } else {
    // "plaintext" without margin rather than "plain": a plain node measures 0 x 0.
    a.set(n, AGNODE, "shape", "plaintext");
    a.set(n, AGNODE, "margin", "0");
    a.set(n, AGNODE, "width", "0.01");
    a.set(n, AGNODE, "height", "0.01");
    a.set(n, AGNODE, "style", "solid");
    a.set(n, AGNODE, "fontsize", fixed_number(d.font_size * d.zoom, 1));
    a.set_html(n, AGNODE, "label", d.html);
  }
  if (placed) {
    // The measured (or column) size, so that the placement computed from it holds; rounded up, so
    // that the label still fits when the DOT output is read back (`neato -n2`).
    a.set(n, AGNODE, "width", inches(d.width / kPointsPerInch + 0.001));
    a.set(n, AGNODE, "height", inches(d.height / kPointsPerInch + 0.001));
    a.set(n, AGNODE, "fixedsize", "true");
    a.set(n, AGNODE, "pos", points(d.x, d.y));
  }
}

/// Sizes of the decorations, from a throw-away layout of them alone.
void measure(GVC_t* gvc, GraphvizSession& session, bool large, const Theme& theme,
             std::vector<Decoration*>& items) {
  Agraph_t* m = agopen(c("measure"), Agdirected, nullptr);
  Attributes a(m);
  set_common_defaults(a, large, theme);
  std::vector<Agnode_t*> nodes;
  for (Decoration* d : items) {
    make_decoration_node(m, a, *d, false, "kgviz-legend");
    nodes.push_back(agnode(m, c(d->name), 0));
  }
  const int rc = run_layout(gvc, m, "dot", 0);
  if (rc == 0) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      // Up to the 1/64 point grid: placements computed from these sizes repeat exactly.
      items[i]->width = std::ceil(ND_width(nodes[i]) * kPointsPerInch * 64.0 - 1e-6) / 64.0;
      items[i]->height = std::ceil(ND_height(nodes[i]) * kPointsPerInch * 64.0 - 1e-6) / 64.0;
    }
    gvFreeLayout(gvc, m);
  }
  agclose(m);
  if (rc != 0) throw Error("Graphviz failed to measure the legend");
  session.check("measure the legend");
}

std::string unique_name(const std::string& base, const std::unordered_set<std::string>& taken) {
  std::string name = base;
  while (taken.count(name) > 0) name += '_';
  return name;
}

/// How much larger than nominal the title, legend and caption are drawn: a big layout is looked at
/// whole, scaled down, and its decorations must still read (1 up to ~22 inches, at most 4).
double decoration_zoom(const Box& bb) {
  return std::clamp(std::max(bb.width(), bb.height()) / 1600.0, 1.0, 4.0);
}

/// The blocks of the legend, in order: the focus sample, the type samples, the key tables; none
/// placed yet. `first_type` and `end_types` bound the type samples.
std::vector<Decoration> legend_blocks(const LegendPlan& legend, const Theme& theme, double zoom,
                                      const std::function<Decoration(const std::string&)>& make,
                                      std::size_t& first_type, std::size_t& end_types) {
  std::vector<Decoration> blocks;
  if (legend.focus) {
    const auto& [text, style] = *legend.focus;
    Decoration d = make("kgviz-legend-focus");
    d.label = "<B>" + html_lines(wrap_words(text, kLabelWrap), nullptr) + "</B>";
    d.tooltip = escape_graphviz_tooltip(text);
    d.style = &style;
    d.marked = true;
    blocks.push_back(std::move(d));
  }
  first_type = blocks.size();
  for (std::size_t i = 0; i < legend.types.size(); ++i) {
    Decoration d = make("kgviz-legend-" + std::to_string(i));
    d.label = escape_graphviz_lines(wrap_words(legend.types[i].first, kLabelWrap));
    d.tooltip = escape_graphviz_tooltip(legend.types[i].first);
    d.style = &legend.types[i].second;
    blocks.push_back(std::move(d));
  }
  end_types = blocks.size();
  const std::vector<std::string> keys = key_tables(legend, theme, zoom);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    Decoration d = make(i == 0 ? "kgviz-legend-key" : "kgviz-legend-key-" + std::to_string(i));
    d.html = keys[i];
    blocks.push_back(std::move(d));
  }
  return blocks;
}

/// Adds title, legend and caption to the laid-out graph `g` (first-pass bounding box `bb`). Every
/// node they need sits in the cluster `cluster_kgviz_legend`, which only draws a frame when there
/// is a legend: the caption under the picture is in it too, so that the graph's own nodes are
/// exactly its entities.
void add_decorations(GVC_t* gvc, GraphvizSession& session, Agraph_t* g, Attributes& a,
                     const DiagramPlan& plan, const DrawingOptions& options, const Box& bb) {
  const Theme& theme = options.theme;
  const double zoom = decoration_zoom(bb);
  const double gap = kGap * zoom;

  std::unordered_set<std::string> taken;
  for (const auto& node : plan.nodes) taken.insert(node.name);
  const auto make = [&](const std::string& base) {
    Decoration d;
    d.name = unique_name(base, taken);
    d.font_size = theme.fonts.legend_size;
    d.zoom = zoom;
    return d;
  };
  std::size_t first_type = 0;
  std::size_t end_types = 0;
  std::vector<Decoration> blocks =
      legend_blocks(plan.legend, theme, zoom, make, first_type, end_types);
  Decoration caption = make("kgviz-caption");
  if (!options.caption.empty()) caption.html = caption_html(options.caption, theme, zoom);

  std::vector<Decoration*> items;
  for (auto& d : blocks) items.push_back(&d);
  if (!caption.html.empty()) items.push_back(&caption);
  if (!items.empty()) measure(gvc, session, plan.large, theme, items);
  // Type samples share one size, so that they line up in columns.
  double sample_w = 0;
  double sample_h = 0;
  for (std::size_t i = first_type; i < end_types; ++i) {
    sample_w = std::max(sample_w, blocks[i].width);
    sample_h = std::max(sample_h, blocks[i].height);
  }
  for (std::size_t i = first_type; i < end_types; ++i) {
    blocks[i].width = sample_w;
    blocks[i].height = sample_h;
  }

  Agraph_t* frame = nullptr;
  Box legend = bb;
  if (!blocks.empty()) {
    std::vector<Box> sizes;
    for (const auto& d : blocks) sizes.push_back({0, 0, d.width, d.height});
    LegendSpacing spacing;
    spacing.gap = gap;
    spacing.pad = kLegendPad * zoom;
    spacing.heading = kLegendLabel * zoom;
    spacing.spacing = 6.0 * zoom;
    spacing.min_width = 48.0 * zoom;
    const LegendLayout layout = arrange_legend(bb, sizes, spacing);
    legend = layout.frame;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      blocks[i].x = layout.centres[i].x;
      blocks[i].y = layout.centres[i].y;
    }
    frame = agsubg(g, c("cluster_kgviz_legend"), 1);
    a.set(frame, AGRAPH, "bb", points(legend.x0, legend.y0) + "," + points(legend.x1, legend.y1));
    a.set_html(frame, AGRAPH, "label", "<B>Legend</B>");
    a.set(frame, AGRAPH, "lp",
          points((legend.x0 + legend.x1) / 2, legend.y1 - spacing.pad - spacing.heading / 3));
    a.set(frame, AGRAPH, "style", "rounded");
    a.set(frame, AGRAPH, "color", "#999999");
    a.set(frame, AGRAPH, "penwidth", fixed_number(zoom, 2));
    a.set(frame, AGRAPH, "fontsize", fixed_number((theme.fonts.legend_size + 1) * zoom, 1));
    a.set(frame, AGRAPH, "class", "kgviz-legend");
    for (const auto& d : blocks) make_decoration_node(frame, a, d, true, "kgviz-legend");
  }

  if (!caption.html.empty()) {
    caption.x = bb.x0 + caption.width / 2;
    caption.y = std::min(bb.y0, legend.y0) - gap * 0.75 - caption.height / 2;
    if (frame == nullptr) {
      // No legend: the cluster holds the caption alone and draws nothing of its own.
      frame = agsubg(g, c("cluster_kgviz_legend"), 1);
      a.set(frame, AGRAPH, "peripheries", "0");
      a.set(frame, AGRAPH, "class", "kgviz-legend");
      a.set(frame, AGRAPH, "bb",
            points(caption.x - caption.width / 2, caption.y - caption.height / 2) + "," +
                points(caption.x + caption.width / 2, caption.y + caption.height / 2));
    }
    make_decoration_node(frame, a, caption, true, "kgviz-caption");
  }
  if (!options.title.empty()) {
    // The graph label: nop2 puts it above everything, centred.
    a.set_default(AGRAPH, "labelloc", "t");
    a.set_default_html(AGRAPH, "label", title_html(options.title, theme, zoom));
  }
}

// --- attribute snapshot ------------------------------------------------------------------------

/// The layout attributes of a graph (positions, sizes, label positions, bounding boxes), saved to
/// be put back. A "dot" render writes the layout it draws into these attributes; restoring them
/// keeps the inputs of the next "nop2" pass, and so every later picture, the same.
class LayoutAttributes {
 public:
  explicit LayoutAttributes(Agraph_t* root) : root_(root) {
    save_graph(root);
    for (Agnode_t* n = agfstnode(root); n != nullptr; n = agnxtnode(root, n)) {
      for (const char* name : {"pos", "width", "height", "xlp"}) save(n, AGNODE, name);
      for (Agedge_t* e = agfstout(root, n); e != nullptr; e = agnxtout(root, e)) {
        for (const char* name : {"pos", "lp", "head_lp", "tail_lp", "xlp"}) save(e, AGEDGE, name);
      }
    }
  }

  void restore() const {
    for (const auto& saved : saved_) {
      Agsym_t* sym = agattr(root_, saved.kind, const_cast<char*>(saved.name), nullptr);
      if (sym != nullptr) agxset(saved.object, sym, c(saved.value));
    }
  }

 private:
  struct Saved {
    void* object;
    int kind;
    const char* name;
    std::string value;
  };

  void save_graph(Agraph_t* g) {
    for (const char* name : {"bb", "lp", "lwidth", "lheight"}) save(g, AGRAPH, name);
    for (Agraph_t* sub = agfstsubg(g); sub != nullptr; sub = agnxtsubg(sub)) save_graph(sub);
  }

  void save(void* object, int kind, const char* name) {
    // Also attributes not declared yet: the render may declare them, restore() then blanks them.
    Agsym_t* sym = agattr(root_, kind, const_cast<char*>(name), nullptr);
    const char* value = sym == nullptr ? "" : agxget(object, sym);
    saved_.push_back({object, kind, name, value == nullptr ? std::string() : std::string(value)});
  }

  Agraph_t* root_;
  std::vector<Saved> saved_;
};

// --- rendering ---------------------------------------------------------------------------------

std::string render_bytes(GVC_t* gvc, Agraph_t* g, GraphvizSession& session, const char* format,
                         std::string_view what) {
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc, g, format, &data, &length);
  std::string out;
  if (data != nullptr) {
    out.assign(data, length);
    gvFreeRenderData(data);
  }
  if (rc != 0) {
    session.check(what);  // throws with Graphviz's message when it gave one
    throw Error(fmt::format("Graphviz failed to {} (is its cairo plugin installed?)", what));
  }
  session.check(what);
  return out;
}

/// The list of installed plugins of one kind ("layout", "device").
std::vector<std::string> plugin_list(GVC_t* gvc, const char* kind) {
  int count = 0;
  char** list = gvPluginList(gvc, kind, &count, nullptr);
  std::vector<std::string> out;
  if (list == nullptr) return out;
  for (int i = 0; i < count; ++i) {
    out.emplace_back(list[i]);
    std::free(list[i]);
  }
  std::free(list);
  return out;
}

/// The one Graphviz context of the process: created on first use, never freed (the Graphviz mutex
/// guards it). One per diagram would be the tidy choice, but Graphviz 2.42 keeps process-wide
/// caches that point into a context (the pango plugin remembers the last font name, which lives in
/// the context's font dictionary): freeing one context leaves the next layout of another graph
/// reading freed memory.
GVC_t* shared_context() {
  static GVC_t* context = nullptr;
  if (context == nullptr) {
    context = gvContext();
    if (context == nullptr) throw Error("Graphviz could not create a context");
  }
  return context;
}

void check_engine(GVC_t* gvc, const std::string& engine) {
  require_layout_engines(plugin_list(gvc, "layout"), {engine, "nop2"});
}

std::string insert_svg_comment(std::string svg, const std::string& line) {
  const std::string comment = "<!-- kgviz: " + xml_comment_text(line) + " -->\n";
  // Right after Graphviz's own "Generated by" comment; else before the root element.
  std::size_t at = svg.find("<!-- Generated by");
  if (at != std::string::npos) {
    const std::size_t end = svg.find("-->", at);
    at = end == std::string::npos ? std::string::npos : svg.find('\n', end);
    if (at != std::string::npos) ++at;
  }
  if (at == std::string::npos) at = svg.find("<svg");
  if (at == std::string::npos) at = 0;
  svg.insert(at, comment);
  return svg;
}

/// Colour and shape of a node's drawing hints, from its plan.
void set_visual(const NodePlan& p, NodeVisual& visual) {
  visual.r = p.fill.r;
  visual.g = p.fill.g;
  visual.b = p.fill.b;
  visual.shape = p.shape;
}

}  // namespace

// --- Diagram -----------------------------------------------------------------------------------

struct Diagram::Impl {
  GVC_t* gvc = nullptr;  ///< the shared context, not owned
  Agraph_t* graph = nullptr;
  bool laid_out = false;
  std::uint64_t seed = 0;
  DrawingHints hints;
  std::string record_line;
  std::string creator;  ///< "kgviz VERSION", the PDF /Creator
  std::string dot;      ///< the DOT text, rendered once at build time

  Impl() = default;
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  /// Frees the layout and the graph; the context is shared (see shared_context()).
  ~Impl() {
    if (graph == nullptr) return;
    GraphvizSession session;
    if (laid_out) gvFreeLayout(gvc, graph);
    agclose(graph);
  }

  /// Lays the graph out again at its fixed positions ("nop2": no placement, cheap) so that it can
  /// be rendered. Graphviz's renderers read attributes through global symbol tables that the last
  /// layout of *any* graph set up (a freed graph leaves them dangling): only a layout of this graph
  /// right before the render makes them this graph's.
  void refresh(GraphvizSession& session) {
    if (laid_out) gvFreeLayout(gvc, graph);
    laid_out = false;
    if (run_layout(gvc, graph, "nop2", seed) != 0) {
      session.check("redraw the layout");
      throw Error("Graphviz failed to redraw the layout");
    }
    laid_out = true;
    session.check("redraw the layout");
  }
};

namespace {

/// The engines in enum order after Automatic: the one list behind layout_engines() and the names.
constexpr std::array<std::pair<LayoutEngine, std::string_view>, 6> kEngines = {{
    {LayoutEngine::Dot, "dot"},
    {LayoutEngine::Neato, "neato"},
    {LayoutEngine::Fdp, "fdp"},
    {LayoutEngine::Sfdp, "sfdp"},
    {LayoutEngine::Circo, "circo"},
    {LayoutEngine::Twopi, "twopi"},
}};

/// The box a node will take, in points: its planned minimum, or its label's estimated extent
/// (0.6 em per code point, 1.3 em per line, plus Graphviz's margins) when that is larger.
std::pair<double, double> estimated_box(const NodePlan& node) {
  std::size_t longest = 0;
  for (const auto& line : node.label_lines) {
    const auto code_points =
        static_cast<std::size_t>(std::count_if(line.begin(), line.end(), [](char c) {
          return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }));
    longest = std::max(longest, code_points);
  }
  const double lines = static_cast<double>(node.label_lines.size());
  return {std::max(node.width * 72.0, static_cast<double>(longest) * node.font_size * 0.6 + 16.0),
          std::max(node.height * 72.0, lines * node.font_size * 1.3 + 10.0)};
}

/// A given layout (an input's x/y) spread out, keeping its shape, until no two node boxes
/// overlap: a layout made for other node sizes (another tool's, or kgviz's own read back from
/// DOT with its labels) would otherwise draw labels over each other. Pairs at the same place
/// cannot be separated by scaling and are left as they are; the spread is at most 8-fold, and
/// skipped above 5,000 nodes (pairwise check).
std::vector<std::pair<double, double>> spread_to_fit(std::vector<std::pair<double, double>> points,
                                                     const std::vector<NodePlan>& nodes) {
  constexpr std::size_t kMostNodes = 5000;
  constexpr double kMostSpread = 8.0;
  constexpr double kGap = 6.0;  // points between boxes
  if (points.size() != nodes.size() || points.size() > kMostNodes) return points;
  std::vector<std::pair<double, double>> boxes;
  boxes.reserve(nodes.size());
  for (const auto& node : nodes) boxes.push_back(estimated_box(node));
  double spread = 1.0;
  for (std::size_t i = 0; i < points.size(); ++i) {
    for (std::size_t j = i + 1; j < points.size(); ++j) {
      const double dx = std::abs(points[i].first - points[j].first);
      const double dy = std::abs(points[i].second - points[j].second);
      if (dx < 1e-9 && dy < 1e-9) continue;
      // Apart along either axis is enough: the smaller of the two factors.
      const double need_x = dx > 0 ? ((boxes[i].first + boxes[j].first) / 2 + kGap) / dx : HUGE_VAL;
      const double need_y =
          dy > 0 ? ((boxes[i].second + boxes[j].second) / 2 + kGap) / dy : HUGE_VAL;
      spread = std::max(spread, std::min(need_x, need_y));
    }
  }
  spread = std::min(spread, kMostSpread);
  for (auto& [x, y] : points) {
    x *= spread;
    y *= spread;
  }
  return points;
}

}  // namespace

const std::vector<std::string_view>& layout_engines() {
  static const std::vector<std::string_view> engines = [] {
    std::vector<std::string_view> names;
    for (const auto& [engine, name] : kEngines) names.push_back(name);
    return names;
  }();
  return engines;
}

std::string_view layout_engine_name(LayoutEngine engine) {
  for (const auto& [value, name] : kEngines) {
    if (value == engine) return name;
  }
  return {};
}

std::optional<LayoutEngine> layout_engine_named(std::string_view name) {
  for (const auto& [engine, engine_name] : kEngines) {
    if (engine_name == name) return engine;
  }
  return std::nullopt;
}

const std::vector<DiagramFormat>& diagram_formats() {
  static const std::vector<DiagramFormat> formats = {DiagramFormat::Svg, DiagramFormat::Png,
                                                     DiagramFormat::Pdf, DiagramFormat::Dot};
  return formats;
}

std::string_view diagram_format_name(DiagramFormat format) {
  switch (format) {
    case DiagramFormat::Svg:
      return "svg";
    case DiagramFormat::Png:
      return "png";
    case DiagramFormat::Pdf:
      return "pdf";
    case DiagramFormat::Dot:
      return "dot";
  }
  return "dot";
}

Diagram::Diagram(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Diagram::Diagram(Diagram&& other) noexcept = default;
Diagram& Diagram::operator=(Diagram&& other) noexcept = default;
Diagram::~Diagram() = default;

const DrawingHints& Diagram::hints() const { return impl_->hints; }
const std::string& Diagram::engine() const { return impl_->hints.engine; }

Diagram Diagram::build(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                       const DrawingOptions& options, const RunRecord& record) {
  const DiagramPlan plan = plan_diagram(graph, analysis, options);
  auto impl = std::make_unique<Impl>();
  // Input file names may hold any bytes: the PNG and PDF text must be valid UTF-8.
  impl->record_line = sanitize_text(record.summary_line());
  impl->creator = "kgviz " + record.version;
  const bool given_layout = !options.positions.empty();
  if (given_layout && options.positions.size() != graph.node_count()) {
    throw Error("a given layout must have one position per entity");
  }
  const std::string engine_name(layout_engine_name(plan.engine));
  impl->hints.engine = given_layout ? options.positions_by : engine_name;
  impl->seed = record.seed;

  GraphvizSession session;
  impl->gvc = shared_context();
  check_engine(impl->gvc, engine_name);

  Agraph_t* g = agopen(c("kgviz"), plan.directed ? Agdirected : Agundirected, nullptr);
  impl->graph = g;
  Attributes a(g);
  set_common_defaults(a, plan.large, options.theme);
  set_layout_defaults(a, plan, given_layout, options.theme, record.seed);
  std::vector<Agnode_t*> nodes;
  std::vector<Agedge_t*> edges;
  add_knowledge_graph(g, a, plan, graph, options.theme, nodes, edges);
  session.check("build the graph");

  // Pass 1: the engine places the knowledge graph, or draws it where a given layout put it.
  std::string engine = engine_name;
  if (given_layout) {
    engine = "nop2";
    const auto spread = spread_to_fit(options.positions, plan.nodes);
    for (std::size_t v = 0; v < nodes.size(); ++v) {
      const auto& [x, y] = spread[v];
      a.set(nodes[v], AGNODE, "pos", format_double(x) + "," + format_double(y));
    }
  }
  const std::string what =
      "lay out the graph with " + (given_layout ? options.positions_by : engine_name);
  if (run_layout(impl->gvc, g, engine.c_str(), record.seed) != 0) {
    session.check(what);
    throw Error("Graphviz failed to " + what);
  }
  impl->laid_out = true;
  session.check(what);
  const Box bb = attach_layout(g, a, edges);
  gvFreeLayout(impl->gvc, g);
  impl->laid_out = false;
  set_layout_sensitive_data(a, graph, edges);

  // Pass 2: decorations at fixed positions, everything redrawn where it is (neato -n2). The
  // positions are final, so orientation and overlap settings of pass 1 must not act again.
  add_decorations(impl->gvc, session, g, a, plan, options, bb);
  // nop2 would rotate the final positions again for rankdir=LR.
  if (agattr(g, AGRAPH, c("rankdir"), nullptr) != nullptr) a.set_default(AGRAPH, "rankdir", "");
  if (run_layout(impl->gvc, g, "nop2", record.seed) != 0) {
    session.check("place the legend");
    throw Error("Graphviz failed to place the legend");
  }
  impl->laid_out = true;
  session.check("place the legend");

  impl->hints.nodes.resize(plan.nodes.size());
  for (std::size_t v = 0; v < plan.nodes.size(); ++v) {
    NodeVisual& visual = impl->hints.nodes[v];
    set_visual(plan.nodes[v], visual);
    visual.x = ND_coord(nodes[v]).x;
    visual.y = ND_coord(nodes[v]).y;
    const double area = ND_width(nodes[v]) * ND_height(nodes[v]);
    visual.size = area > 0 ? std::sqrt(area) * kPointsPerInch : 1.0;
  }

  // The DOT text once, now: a "dot" render writes the drawn layout into the graph's attributes,
  // which are the inputs of every later redraw, so they are put back right after.
  const LayoutAttributes inputs(g);
  impl->dot = render_bytes(impl->gvc, g, session, "dot", "render DOT");
  inputs.restore();
  return Diagram(std::move(impl));
}

DrawingHints drawing_hints(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                           const DrawingOptions& options) {
  if (options.positions.size() != graph.node_count()) {
    throw Error("drawing hints without Graphviz need one given position per entity");
  }
  const DiagramPlan plan = plan_diagram(graph, analysis, options);
  DrawingHints hints;
  hints.engine = options.positions_by;
  hints.nodes.resize(plan.nodes.size());
  for (std::size_t v = 0; v < plan.nodes.size(); ++v) {
    NodeVisual& visual = hints.nodes[v];
    set_visual(plan.nodes[v], visual);
    visual.x = options.positions[v].first;
    visual.y = options.positions[v].second;
    // The size Graphviz would give the node: its planned box (labels only add to it).
    visual.size = std::sqrt(plan.nodes[v].width * plan.nodes[v].height) * kPointsPerInch;
  }
  return hints;
}

std::string Diagram::render(DiagramFormat format) const {
  if (format == DiagramFormat::Dot) {
    return "// kgviz: " + dot_comment_text(impl_->record_line) +
           "\n// Laid out: positions are final (pos, in points); `neato -n2` redraws this "
           "layout.\n" +
           impl_->dot;
  }
  GraphvizSession session;
  impl_->refresh(session);
  if (format == DiagramFormat::Svg) {
    return insert_svg_comment(render_bytes(impl_->gvc, impl_->graph, session, "svg", "render SVG"),
                              impl_->record_line);
  }
  if (format == DiagramFormat::Png) {
    return png_with_text(render_bytes(impl_->gvc, impl_->graph, session, "png:cairo", "render PNG"),
                         "Comment", impl_->record_line);
  }
  std::string pdf = render_bytes(impl_->gvc, impl_->graph, session, "pdf:cairo", "render PDF");
  normalize_pdf_dates(pdf);
  return pdf_with_info(pdf, impl_->creator, impl_->record_line);
}

}  // namespace kgviz
