#include "model/graphviz_attributes.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace kgviz {

namespace {

// Graphviz's attributes (graphviz.org/doc/info/attrs.html, as of Graphviz 2.42 and 2.50) with the
// objects they apply to: Node, Edge, Graph (graphs, subgraphs and clusters); plus the xdot drawing
// attributes layouts write. Sorted by name.
constexpr unsigned N = kGraphvizNode;
constexpr unsigned E = kGraphvizEdge;
constexpr unsigned G = kGraphvizGraph;

constexpr std::array<std::pair<std::string_view, unsigned>, 183> kGraphvizAttributes{{
    {"Damping", G}, {"K", G}, {"URL", N | E | G}, {"_background", G}, {"_draw_", N | E | G},
    {"_hdraw_", E}, {"_hldraw_", E}, {"_ldraw_", N | E | G}, {"_tdraw_", E}, {"_tldraw_", E},
    {"area", N | G}, {"arrowhead", E}, {"arrowsize", E}, {"arrowtail", E}, {"aspect", G}, {"bb", G},
    {"beautify", G}, {"bgcolor", G}, {"center", G}, {"charset", G}, {"class", N | E | G},
    {"cluster", G}, {"clusterrank", G}, {"color", N | E | G}, {"colorscheme", N | E | G},
    {"comment", N | E | G}, {"compound", G}, {"concentrate", G}, {"constraint", E}, {"decorate", E},
    {"defaultdist", G}, {"dim", G}, {"dimen", G}, {"dir", E}, {"diredgeconstraints", G},
    {"distortion", N}, {"dpi", G}, {"edgeURL", E}, {"edgehref", E}, {"edgetarget", E},
    {"edgetooltip", E}, {"epsilon", G}, {"esep", G}, {"fillcolor", N | E | G}, {"fixedsize", N},
    {"fontcolor", N | E | G}, {"fontname", N | E | G}, {"fontnames", G}, {"fontpath", G},
    {"fontsize", N | E | G}, {"forcelabels", G}, {"gradientangle", N | G}, {"group", N},
    {"headURL", E}, {"head_lp", E}, {"headclip", E}, {"headhref", E}, {"headlabel", E},
    {"headport", E}, {"headtarget", E}, {"headtooltip", E}, {"height", N}, {"href", N | E | G},
    {"id", N | E | G}, {"image", N}, {"imagepath", G}, {"imagepos", N}, {"imagescale", N},
    {"inputscale", G}, {"label", N | E | G}, {"labelURL", E}, {"label_scheme", G},
    {"labelangle", E}, {"labeldistance", E}, {"labelfloat", E}, {"labelfontcolor", E},
    {"labelfontname", E}, {"labelfontsize", E}, {"labelhref", E}, {"labeljust", G},
    {"labelloc", N | G}, {"labeltarget", E}, {"labeltooltip", E}, {"landscape", G},
    {"layer", N | E | G}, {"layerlistsep", G}, {"layers", G}, {"layerselect", G}, {"layersep", G},
    {"layout", G}, {"len", E}, {"levels", G}, {"levelsgap", G}, {"lhead", E}, {"lheight", G},
    {"linelength", G}, {"lp", E | G}, {"ltail", E}, {"lwidth", G}, {"margin", N | G},
    {"maxiter", G}, {"mclimit", G}, {"mindist", G}, {"minlen", E}, {"mode", G}, {"model", G},
    {"mosek", G}, {"newrank", G}, {"nodesep", G}, {"nojustify", N | E | G}, {"normalize", G},
    {"notranslate", G}, {"nslimit", G}, {"nslimit1", G}, {"oneblock", G}, {"ordering", N | G},
    {"orientation", N | G}, {"outputorder", G}, {"overlap", G}, {"overlap_scaling", G},
    {"overlap_shrink", G}, {"pack", G}, {"packmode", G}, {"pad", G}, {"page", G}, {"pagedir", G},
    {"pencolor", G}, {"penwidth", N | E | G}, {"peripheries", N | G}, {"pin", N}, {"pos", N | E},
    {"quadtree", G}, {"quantum", G}, {"rank", G}, {"rankdir", G}, {"ranksep", G}, {"ratio", G},
    {"rects", N}, {"regular", N}, {"remincross", G}, {"repulsiveforce", G}, {"resolution", G},
    {"root", N | G}, {"rotate", G}, {"rotation", G}, {"samehead", E}, {"sametail", E},
    {"samplepoints", N}, {"scale", G}, {"searchsize", G}, {"sep", G}, {"shape", N},
    {"shapefile", N}, {"showboxes", N | E | G}, {"sides", N}, {"size", G}, {"skew", N},
    {"smoothing", G}, {"sortv", N | G}, {"splines", G}, {"start", G}, {"style", N | E | G},
    {"stylesheet", G}, {"tailURL", E}, {"tail_lp", E}, {"tailclip", E}, {"tailhref", E},
    {"taillabel", E}, {"tailport", E}, {"tailtarget", E}, {"tailtooltip", E}, {"target", N | E | G},
    {"tooltip", N | E | G}, {"truecolor", G}, {"vertices", N}, {"viewport", G}, {"voro_margin", G},
    {"weight", E}, {"width", N}, {"xdotversion", G}, {"xlabel", N | E}, {"xlp", N | E}, {"z", N},
}};
static_assert(std::is_sorted(kGraphvizAttributes.begin(), kGraphvizAttributes.end()),
              "sorted by name: lower_bound finds them");

}  // namespace

bool is_graphviz_attribute(std::string_view name, GraphvizObject object) {
  const auto it = std::lower_bound(
      kGraphvizAttributes.begin(), kGraphvizAttributes.end(), name,
      [](const auto& entry, std::string_view key) { return entry.first < key; });
  return it != kGraphvizAttributes.end() && it->first == name && (it->second & object) != 0;
}

}  // namespace kgviz
