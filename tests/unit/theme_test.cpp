// Diagram themes (`export --theme FILE`, docs/theme.md): the reader (src/io/theme_reader.hpp) with
// every class of bad input at its line and column, the drawing with a theme (DOT read back with
// cgraph, legend included), the built-in theme drawing exactly what kgviz drew before themes, and
// the command line end to end.
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "cli_run_support.hpp"
#include "dot_support.hpp"
#include "io/input.hpp"
#include "io/theme_reader.hpp"
#include "model/diagnostics.hpp"
#include "model/number_format.hpp"
#include "render/diagram.hpp"
#include "render/diagram_plan.hpp"
#include "render/diagram_style.hpp"
#include "render/graphviz_session.hpp"

namespace kgviz {
namespace {

InputSource theme_source(const std::string& text) {
  InputSource source;
  source.display_name = "theme.yaml";
  source.basename = "theme.yaml";
  source.content = text;
  return source;
}

Theme read(const std::string& text, std::size_t max_errors = 50) {
  ReadOptions options;
  options.max_errors = max_errors;
  return read_theme(theme_source(text), options);
}

/// The formatted diagnostics of reading `text`; empty when it reads.
std::vector<std::string> errors_of(const std::string& text, std::size_t max_errors = 50) {
  std::vector<std::string> out;
  try {
    (void)read(text, max_errors);
  } catch (const InputError& e) {
    for (const auto& diagnostic : e.diagnostics()) out.push_back(diagnostic.format());
  }
  return out;
}

/// YAML spelling out every value of `theme`, as a user would write it.
std::string theme_yaml(const Theme& theme) {
  std::string out = "types:\n";
  for (const auto& [name, style] : theme.types) {
    out += "  " + name + ": {color: \"" + style.fill.hex() + "\", shape: " + style.shape +
           ", rounded: " + (style.rounded ? "true" : "false") +
           (style.text ? ", text_color: \"" + style.text->hex() + "\"" : std::string()) + "}\n";
  }
  out += "palette: [";
  for (std::size_t i = 0; i < theme.palette.size(); ++i) {
    out += (i > 0 ? ", \"" : "\"") + theme.palette[i].hex() + "\"";
  }
  out += "]\nfallback_shapes: [";
  for (std::size_t i = 0; i < theme.fallback_shapes.size(); ++i) {
    out += (i > 0 ? ", " : "") + theme.fallback_shapes[i];
  }
  const ThemeFonts& f = theme.fonts;
  const ThemeColors& c = theme.colors;
  out += "]\nfonts: {name: \"" + f.name + "\", label_size: " + format_double(f.label_size) +
         ", edge_label_size: " + format_double(f.edge_label_size) +
         ", title_size: " + format_double(f.title_size) +
         ", legend_size: " + format_double(f.legend_size) + "}\n";
  out += "colors: {background: \"" + c.background.hex() + "\", text: \"" + c.text.hex() +
         "\", caption: \"" + c.caption.hex() + "\", edge: \"" + c.edge.hex() +
         "\", edge_label: \"" + c.edge_label.hex() + "\", border: \"" + c.border.hex() + "\"}\n";
  out += "confidence: {confirmed: " + theme.confidence.confirmed +
         ", reported: " + theme.confidence.reported + ", alleged: " + theme.confidence.alleged +
         "}\n";
  return out;
}

/// identity, location, a type with no built-in style ("vendor") and one no theme lists
/// ("gadget"); one relation per confidence level.
KnowledgeGraph typed_graph() {
  KnowledgeGraph g;
  const VertexId a = g.add_entity("a", "Agency", "identity");
  const VertexId b = g.add_entity("b", "Country", "location");
  const VertexId c = g.add_entity("c", "Vendor", "vendor");
  const VertexId d = g.add_entity("d", "Gadget", "gadget");
  const auto relate = [&](VertexId from, VertexId to, const char* confidence) {
    const EdgeId e = g.add_relation(from, to);
    g.set_edge_string(e, attr::kRelation, "rel");
    g.set_edge_string(e, attr::kConfidence, confidence);
  };
  relate(a, b, "confirmed");
  relate(c, b, "reported");
  relate(d, a, "alleged");
  return g;
}

RunRecord record() {
  RunRecord r;
  r.version = "0.1.0";
  r.command = "export";
  return r;
}

DrawingOptions titled(Theme theme = {}) {
  DrawingOptions options;
  options.title = "Themed";
  options.caption = "Source: test";
  options.theme = std::move(theme);
  return options;
}

constexpr const char* kFullTheme = R"(# every key, some types new
types:
  identity: {color: "#112233", shape: diamond, rounded: false, text_color: "#FEDCBA"}
  vendor:   {color: "#00aa00", shape: cds}
palette: ["#aa0000", "#0000aa"]
fallback_shapes: [star]
fonts:
  name: "DejaVu Serif"
  label_size: 22
  edge_label_size: 13
  title_size: 30
  legend_size: 12.5
colors:
  background: "#fafafa"
  text: "#101010"
  caption: "#202020"
  edge: "#123456"
  edge_label: "#303030"
  border: "#404040"
confidence:
  confirmed: bold
  reported: dotted
  alleged: dashed
)";

using test::ParsedDot;

/// Attribute `name` of node `node` in `dot`, or of the graph when `node` is empty.
std::string node_attribute(const ParsedDot& dot, const std::string& node, const char* name) {
  GraphvizSession session;
  void* object =
      node.empty() ? static_cast<void*>(dot.graph()) : static_cast<void*>(dot.node(node));
  return object == nullptr ? "<no node " + node + ">" : ParsedDot::get(object, name);
}

/// Attribute `name` of the edge keyed `key` (e0, e1, ...) in `dot`.
std::string edge_attribute(const ParsedDot& dot, const std::string& key, const char* name) {
  GraphvizSession session;
  Agedge_t* edge = dot.edge_by_key(key);
  return edge == nullptr ? "<no edge " + key + ">" : ParsedDot::get(edge, name);
}

// --- reading
// --------------------------------------------------------------------------------------

TEST(ThemeRead, FullThemeOverridesEveryPart) {
  const Theme theme = read(kFullTheme);
  const TypeStyle* identity = theme.find_type("identity");
  ASSERT_NE(identity, nullptr);
  EXPECT_EQ(identity->fill.hex(), "#112233");
  EXPECT_EQ(identity->shape, "diamond");
  EXPECT_FALSE(identity->rounded);
  ASSERT_TRUE(identity->text.has_value());
  EXPECT_EQ(identity->text->hex(), "#fedcba");  // either case reads
  const TypeStyle* vendor = theme.find_type("vendor");
  ASSERT_NE(vendor, nullptr);
  EXPECT_EQ(vendor->shape, "cds");
  EXPECT_FALSE(vendor->text.has_value());
  // Built-in types the file leaves alone keep their style.
  ASSERT_NE(theme.find_type("location"), nullptr);
  EXPECT_EQ(theme.find_type("location")->fill, default_theme().find_type("location")->fill);
  EXPECT_EQ(theme.types.size(), default_theme().types.size() + 1);
  ASSERT_EQ(theme.palette.size(), 2u);
  EXPECT_EQ(theme.palette[1].hex(), "#0000aa");
  EXPECT_EQ(theme.fallback_shapes, std::vector<std::string>{"star"});
  EXPECT_EQ(theme.fonts.name, "DejaVu Serif");
  EXPECT_EQ(theme.fonts.label_size, 22.0);
  EXPECT_EQ(theme.fonts.edge_label_size, 13.0);
  EXPECT_EQ(theme.fonts.title_size, 30.0);
  EXPECT_EQ(theme.fonts.legend_size, 12.5);
  EXPECT_EQ(theme.colors.background.hex(), "#fafafa");
  EXPECT_EQ(theme.colors.text.hex(), "#101010");
  EXPECT_EQ(theme.colors.caption.hex(), "#202020");
  EXPECT_EQ(theme.colors.edge.hex(), "#123456");
  EXPECT_EQ(theme.colors.edge_label.hex(), "#303030");
  EXPECT_EQ(theme.colors.border.hex(), "#404040");
  EXPECT_EQ(theme.confidence.confirmed, "bold");
  EXPECT_EQ(theme.confidence.reported, "dotted");
  EXPECT_EQ(theme.confidence.alleged, "dashed");
}

TEST(ThemeRead, PartialThemeKeepsTheRestBuiltIn) {
  const Theme theme = read("types:\n  identity: {color: \"#000000\"}\nfonts: {title_size: 24}\n");
  const TypeStyle* identity = theme.find_type("identity");
  ASSERT_NE(identity, nullptr);
  EXPECT_EQ(identity->fill.hex(), "#000000");
  EXPECT_EQ(identity->shape, "box");  // built in
  EXPECT_TRUE(identity->rounded);
  EXPECT_EQ(theme.fonts.title_size, 24.0);
  EXPECT_EQ(theme.fonts.name, default_theme().fonts.name);
  EXPECT_EQ(theme.palette, default_theme().palette);
  const Theme empty = read("{}\n");
  EXPECT_EQ(theme_yaml(empty), theme_yaml(default_theme()));
}

TEST(ThemeRead, TheDocumentedExampleReads) {
  const std::string path = std::string(KGVIZ_SOURCE_DIR) + "/docs/example-theme.yaml";
  const InputSource source = load_input(path, ReadLimits{});
  const Theme theme = read_theme(source, ReadOptions{});
  EXPECT_EQ(theme.fonts.name, "DejaVu Serif,Georgia,serif");
  ASSERT_NE(theme.find_type("vendor"), nullptr);
  EXPECT_EQ(theme.confidence.confirmed, "bold");
}

TEST(ThemeRead, SpelledOutThemeReadsBackTheSame) {
  const Theme custom = read(kFullTheme);
  EXPECT_EQ(theme_yaml(read(theme_yaml(custom))), theme_yaml(custom));
  EXPECT_EQ(theme_yaml(read(theme_yaml(default_theme()))), theme_yaml(default_theme()));
}

struct BadTheme {
  const char* yaml;
  const char* expected;  ///< the start of the first diagnostic: "theme.yaml:LINE:COL: error: ..."
};

/// The case as ctest names it: the expected message, not the bytes of two pointers (which change
/// from build to build).
void PrintTo(const BadTheme& bad, std::ostream* out) {
  const std::string expected(bad.expected);
  *out << expected.substr(expected.find("error: ") + 7, 60);
}

class ThemeReadErrors : public ::testing::TestWithParam<BadTheme> {};

TEST_P(ThemeReadErrors, ArePositioned) {
  const auto errors = errors_of(GetParam().yaml);
  ASSERT_EQ(errors.size(), 1u) << GetParam().yaml << (errors.empty() ? "" : "\n" + errors[0]);
  EXPECT_EQ(errors[0].rfind(GetParam().expected, 0), 0u) << errors[0];
}

INSTANTIATE_TEST_SUITE_P(
    EveryClass, ThemeReadErrors,
    ::testing::Values(
        // unknown keys, at every level
        BadTheme{"colours: {}\n",
                 "theme.yaml:1:1: error: unknown key 'colours' in the theme (allowed: types,"},
        BadTheme{"fonts:\n  size: 12\n", "theme.yaml:2:3: error: unknown key 'size' in fonts"},
        BadTheme{"types:\n  identity: {colour: \"#112233\"}\n",
                 "theme.yaml:2:14: error: unknown key 'colour' in types.identity (allowed: color, "
                 "shape"},
        BadTheme{"confidence: {likely: dashed}\n",
                 "theme.yaml:1:14: error: unknown key 'likely' in confidence"},
        // colours that are not #rrggbb
        BadTheme{"colors:\n  edge: red\n",
                 "theme.yaml:2:9: error: colors.edge must be a colour #rrggbb (# and six hex "
                 "digits), not 'red'"},
        BadTheme{"colors:\n  edge: \"#fff\"\n",
                 "theme.yaml:2:9: error: colors.edge must be a colour #rrggbb"},
        BadTheme{"colors:\n  edge: \"#ff000080\"\n",
                 "theme.yaml:2:9: error: colors.edge must be a colour #rrggbb"},
        BadTheme{"colors:\n  edge: \"#gg0000\"\n",
                 "theme.yaml:2:9: error: colors.edge must be a colour #rrggbb"},
        BadTheme{"colors:\n  edge: \"#-1a2b3\"\n",
                 "theme.yaml:2:9: error: colors.edge must be a colour #rrggbb"},
        BadTheme{"colors:\n  edge: #ff0000\n",
                 "theme.yaml:2:3: error: colors.edge must be a colour \"#rrggbb\" in quotes (an "
                 "unquoted # starts"},
        BadTheme{"types:\n  identity: {text_color: [1]}\n",
                 "theme.yaml:2:26: error: types.identity.text_color must be a colour \"#rrggbb\", "
                 "not a list"},
        BadTheme{"palette: [\"#112233\", blue]\n",
                 "theme.yaml:1:22: error: each palette entry must be a colour #rrggbb"},
        // shapes Graphviz does not know
        BadTheme{"types:\n  identity: {shape: circel}\n",
                 "theme.yaml:2:21: error: types.identity.shape: unknown Graphviz shape 'circel' "
                 "(shapes: box, polygon,"},
        BadTheme{"types:\n  identity: {shape: Box}\n",
                 "theme.yaml:2:21: error: types.identity.shape: unknown Graphviz shape 'Box'"},
        BadTheme{"fallback_shapes: [box, blob]\n",
                 "theme.yaml:1:24: error: each fallback shape: unknown Graphviz shape 'blob'"},
        // font names that would reach SVG unescaped
        BadTheme{"fonts:\n  name: 'Arial\" onload=\"alert(1)'\n",
                 "theme.yaml:2:9: error: fonts.name may hold only 1 to 200 letters"},
        BadTheme{"fonts: {name: \"<script>\"}\n",
                 "theme.yaml:1:15: error: fonts.name may hold only"},
        BadTheme{"fonts: {name: \"Sans;x\"}\n", "theme.yaml:1:15: error: fonts.name may hold only"},
        BadTheme{"fonts: {name: \"\"}\n", "theme.yaml:1:15: error: fonts.name may hold only"},
        BadTheme{"fonts: {name: }\n",
                 "theme.yaml:1:9: error: fonts.name must be a font name, not empty"},
        // sizes: positive and bounded numbers
        BadTheme{"fonts: {label_size: 0}\n",
                 "theme.yaml:1:21: error: fonts.label_size must be a number of points from 1 to "
                 "100 (not '0')"},
        BadTheme{
            "fonts: {title_size: -5}\n",
            "theme.yaml:1:21: error: fonts.title_size must be a number of points from 1 to 100"},
        BadTheme{"fonts: {edge_label_size: 101}\n",
                 "theme.yaml:1:26: error: fonts.edge_label_size must be a number"},
        BadTheme{"fonts: {legend_size: 1e400}\n",
                 "theme.yaml:1:22: error: fonts.legend_size must be a number"},
        BadTheme{"fonts: {legend_size: .nan}\n",
                 "theme.yaml:1:22: error: fonts.legend_size must be a number"},
        BadTheme{"fonts: {legend_size: \"12\"}\n",
                 "theme.yaml:1:22: error: fonts.legend_size must be a number"},
        BadTheme{"fonts: {legend_size: big}\n",
                 "theme.yaml:1:22: error: fonts.legend_size must be a number"},
        // line styles, booleans
        BadTheme{"confidence:\n  reported: wavy\n",
                 "theme.yaml:2:13: error: confidence.reported must be one of solid, dashed, "
                 "dotted, bold (not 'wavy')"},
        BadTheme{"confidence: {alleged: invis}\n",
                 "theme.yaml:1:23: error: confidence.alleged must be one of"},
        BadTheme{"types:\n  identity: {rounded: yes}\n",
                 "theme.yaml:2:23: error: types.identity.rounded must be true or false"},
        // new types, lists, structure
        BadTheme{"types:\n  vendor: {color: \"#112233\"}\n",
                 "theme.yaml:2:3: error: entity type 'vendor' has no built-in style: give it both "
                 "color and shape"},
        BadTheme{"types:\n  vendor: {shape: box}\n",
                 "theme.yaml:2:3: error: entity type 'vendor' has no built-in style"},
        BadTheme{"types:\n  vendor:\n", "theme.yaml:2:3: error: types.vendor must be a mapping"},
        BadTheme{"types: [identity]\n",
                 "theme.yaml:1:8: error: types must be a mapping of entity type names"},
        BadTheme{"types:\n  \"\": {color: \"#112233\", shape: box}\n",
                 "theme.yaml:2:3: error: entity type names in types must be non-empty"},
        BadTheme{"palette: []\n",
                 "theme.yaml:1:10: error: palette must be a list of 1 to 256 entries"},
        BadTheme{"fallback_shapes: box\n",
                 "theme.yaml:1:18: error: fallback_shapes must be a list of 1 to 256 entries"},
        BadTheme{"- a\n", "theme.yaml:1:1: error: the theme must be a mapping of keys to values"},
        BadTheme{"fonts: 12\n", "theme.yaml:1:8: error: fonts must be a mapping of keys to values"},
        // YAML itself, through YamlTree
        BadTheme{"fonts: {}\nfonts: {}\n", "theme.yaml:2:1: error: duplicate key 'fonts'"},
        BadTheme{"fonts: {name: \"Sans}\n",
                 "theme.yaml:1:15: error: unterminated double-quoted string"},
        BadTheme{"", "theme.yaml:1:1: error: empty input"},
        BadTheme{"fonts: {name: \"Sans\xFF\"}\n", "theme.yaml:1:20: error:"}));

TEST(ThemeRead, EveryProblemIsReportedInFileOrder) {
  const auto errors = errors_of(
      "colors: {edge: red, text: \"#fff\"}\n"
      "types:\n"
      "  vendor: {color: nope}\n"
      "fonts: {label_size: 0, name: \"a<b\"}\n"
      "confidence: {alleged: wavy}\n");
  ASSERT_EQ(errors.size(), 7u);
  EXPECT_EQ(errors[0].rfind("theme.yaml:1:16: error: colors.edge", 0), 0u) << errors[0];
  EXPECT_EQ(errors[1].rfind("theme.yaml:1:27: error: colors.text", 0), 0u) << errors[1];
  EXPECT_EQ(errors[2].rfind("theme.yaml:3:3: error: entity type 'vendor'", 0), 0u) << errors[2];
  EXPECT_EQ(errors[3].rfind("theme.yaml:3:19: error: types.vendor.color", 0), 0u) << errors[3];
  EXPECT_EQ(errors[4].rfind("theme.yaml:4:21: error: fonts.label_size", 0), 0u) << errors[4];
  EXPECT_EQ(errors[5].rfind("theme.yaml:4:30: error: fonts.name", 0), 0u) << errors[5];
  EXPECT_EQ(errors[6].rfind("theme.yaml:5:23: error: confidence.alleged", 0), 0u) << errors[6];
  // --max-errors caps the list.
  EXPECT_EQ(errors_of("colors: {edge: a, text: b, caption: c}\n", 2).size(), 2u);
}

// --- drawing ------------------------------------------------------------------------------------

TEST(ThemeDiagram, BuiltInThemeDrawsWhatKgvizDrewBefore) {
  // Golden DOT of the built-in style: tests/golden/render_small.dot (render_diagram_test). Here:
  // no theme, the empty theme file and a file spelling out every built-in value draw the same
  // bytes.
  const KnowledgeGraph graph = typed_graph();
  const std::string expected =
      Diagram::build(graph, {}, titled(), record()).render(DiagramFormat::Svg);
  for (const std::string& yaml : {std::string("{}\n"), theme_yaml(default_theme())}) {
    const Diagram themed = Diagram::build(graph, {}, titled(read(yaml)), record());
    EXPECT_EQ(themed.render(DiagramFormat::Svg), expected) << yaml;
  }
  const DiagramPlan plan = plan_diagram(graph, {}, titled());
  EXPECT_EQ(plan.nodes[0].fill.hex(), "#77aadd");  // identity: Tol light blue
  EXPECT_EQ(plan.nodes[0].shape, "box");
  EXPECT_EQ(plan.edges[0].line_style, "solid");
}

TEST(ThemeDiagram, ThemeSetsFillsShapesFontsColoursAndLines) {
  const KnowledgeGraph graph = typed_graph();
  const Diagram diagram = Diagram::build(graph, {}, titled(read(kFullTheme)), record());
  const std::string text = diagram.render(DiagramFormat::Dot);
  const ParsedDot dot(text);
  ASSERT_NE(dot.graph(), nullptr) << text;
  // Nodes: listed type, new type, a type the theme does not list (first fallback pair).
  EXPECT_EQ(node_attribute(dot, "a", "fillcolor"), "#112233");
  EXPECT_EQ(node_attribute(dot, "a", "shape"), "diamond");
  EXPECT_EQ(node_attribute(dot, "a", "style"), "filled");  // rounded: false
  EXPECT_EQ(node_attribute(dot, "a", "fontcolor"), "#fedcba");
  EXPECT_EQ(node_attribute(dot, "a", "fontsize"), "22.0");
  EXPECT_EQ(node_attribute(dot, "a", "fontname"), "DejaVu Serif");
  EXPECT_EQ(node_attribute(dot, "a", "color"), "#404040");
  EXPECT_EQ(node_attribute(dot, "b", "fillcolor"), "#44bb99");  // location: built in
  EXPECT_EQ(node_attribute(dot, "c", "fillcolor"), "#00aa00");
  EXPECT_EQ(node_attribute(dot, "c", "shape"), "cds");
  EXPECT_EQ(node_attribute(dot, "d", "fillcolor"), "#aa0000");
  EXPECT_EQ(node_attribute(dot, "d", "shape"), "star");
  // Graph and edges.
  EXPECT_EQ(node_attribute(dot, "", "bgcolor"), "#fafafa");
  EXPECT_EQ(node_attribute(dot, "", "fontname"), "DejaVu Serif");
  EXPECT_EQ(node_attribute(dot, "", "fontcolor"), "#101010");
  EXPECT_NE(node_attribute(dot, "", "label").find("POINT-SIZE=\"30\""), std::string::npos);
  EXPECT_EQ(edge_attribute(dot, "e0", "style"), "bold");    // confirmed
  EXPECT_EQ(edge_attribute(dot, "e1", "style"), "dotted");  // reported
  EXPECT_EQ(edge_attribute(dot, "e2", "style"), "dashed");  // alleged
  EXPECT_EQ(edge_attribute(dot, "e0", "color"), "#123456");
  EXPECT_EQ(edge_attribute(dot, "e0", "fontcolor"), "#303030");
  EXPECT_EQ(edge_attribute(dot, "e0", "fontsize"), "13");
  EXPECT_EQ(edge_attribute(dot, "e0", "fontname"), "DejaVu Serif");
  // The legend shows the theme: samples in order of first appearance, the key's line samples (bold
  // as a thicker solid line: HTML cells have no bold style), the caption colour.
  EXPECT_EQ(node_attribute(dot, "kgviz-legend-0", "fillcolor"), "#112233");
  EXPECT_EQ(node_attribute(dot, "kgviz-legend-0", "shape"), "diamond");
  EXPECT_EQ(node_attribute(dot, "kgviz-legend-0", "fontcolor"), "#fedcba");
  EXPECT_EQ(node_attribute(dot, "kgviz-legend-0", "fontsize"), "12.5");
  EXPECT_EQ(node_attribute(dot, "kgviz-legend-2", "shape"), "cds");
  EXPECT_EQ(node_attribute(dot, "kgviz-legend-3", "shape"), "star");
  const std::string key = node_attribute(dot, "kgviz-legend-key", "label");
  EXPECT_NE(
      key.find("BORDER=\"2\" STYLE=\"solid\" COLOR=\"#123456\"></TD><TD ALIGN=\"LEFT\">confirmed"),
      std::string::npos)
      << key;
  EXPECT_NE(key.find("STYLE=\"dotted\" COLOR=\"#123456\"></TD><TD ALIGN=\"LEFT\">reported"),
            std::string::npos);
  EXPECT_NE(node_attribute(dot, "kgviz-caption", "label").find("COLOR=\"#202020\""),
            std::string::npos);
  // SVG names the font and the fills.
  const std::string svg = diagram.render(DiagramFormat::Svg);
  EXPECT_NE(svg.find("font-family=\"DejaVu Serif\""), std::string::npos);
  EXPECT_NE(svg.find("fill=\"#112233\""), std::string::npos);
  EXPECT_EQ(svg.find("#77aadd"), std::string::npos) << "no built-in identity colour left";
}

TEST(ThemeDiagram, PaletteColoursCommunitiesAndTypeTextColoursFollowTheFill) {
  const KnowledgeGraph graph = typed_graph();
  AnalysisResult analysis;
  for (VertexId v = 0; v < graph.node_count(); ++v) analysis.communities.push_back({v, {v}});
  DrawingOptions options = titled(read(kFullTheme));
  options.color = {VisualEncoding::Source::Community, {}};
  const DiagramPlan plan = plan_diagram(graph, analysis, options);
  EXPECT_EQ(plan.nodes[0].fill.hex(), "#aa0000");
  EXPECT_EQ(plan.nodes[1].fill.hex(), "#0000aa");
  EXPECT_EQ(plan.nodes[2].fill.hex(), "#660000");  // two colours, then a shade darker
  // The theme's identity text colour belongs to its own fill, not to a community colour.
  EXPECT_EQ(plan.nodes[0].font_color, text_color_on(plan.nodes[0].fill));
  EXPECT_FALSE(plan.legend.types[0].second.text.has_value());
  ASSERT_EQ(plan.legend.colors.size(), graph.node_count());  // four colours from two
  EXPECT_EQ(plan.legend.colors[3].color.hex(), "#000066");
}

TEST(ThemeDiagram, LabelSizesScaleWithTheTheme) {
  const KnowledgeGraph graph = typed_graph();
  AnalysisResult analysis;
  analysis.metrics.add({"pagerank", MetricColumn::Kind::Real, {0.4, 0.1, 0.3, 0.2}});
  DrawingOptions options = titled(read("fonts: {label_size: 22}\n"));
  options.size = {VisualEncoding::Source::Metric, "pagerank"};
  const DiagramPlan themed = plan_diagram(graph, analysis, options);
  options.theme = Theme{};
  const DiagramPlan plain = plan_diagram(graph, analysis, options);
  for (std::size_t v = 0; v < graph.node_count(); ++v) {
    EXPECT_DOUBLE_EQ(themed.nodes[v].font_size, 2 * plain.nodes[v].font_size) << v;
  }
}

TEST(ThemeDiagram, UnsafeFontOrEmptyListsFromCodeAreRefused) {
  DrawingOptions options;
  options.theme.fonts.name = "Sans\" onload=\"x";
  EXPECT_THROW((void)plan_diagram(typed_graph(), {}, options), Error);
  options.theme = Theme{};
  options.theme.palette.clear();
  EXPECT_THROW((void)plan_diagram(typed_graph(), {}, options), Error);
}

// --- the command line
// -----------------------------------------------------------------------------

class ThemeCliTest : public test::CliFixture {
 protected:
  ThemeCliTest() : CliFixture("kgviz-theme-") {}
};

TEST_F(ThemeCliTest, ExportWithThemeDrawsItAndRecordsIt) {
  write("t.yaml",
        "types:\n  identity: {color: \"#123abc\", shape: house}\nfonts: {name: DejaVu Serif}\n");
  const test::CliOutcome run = kgviz("export --theme t.yaml -o x.svg -o x.dot -o x.graphml");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string svg = read("x.svg");
  EXPECT_NE(svg.find("fill=\"#123abc\""), std::string::npos);
  EXPECT_NE(svg.find("font-family=\"DejaVu Serif\""), std::string::npos);
  const std::string hash = sha256_hex(read("t.yaml"));
  const std::string recorded = "theme=t.yaml theme_sha256=" + hash;
  EXPECT_NE(svg.find(recorded), std::string::npos) << svg.substr(0, 600);
  EXPECT_NE(read("x.dot").find(recorded), std::string::npos);
  EXPECT_NE(read("x.graphml").find(hash), std::string::npos);
  // The data exports carry the themed colour and shape as drawing hints.
  EXPECT_NE(read("x.graphml").find("#123abc"), std::string::npos);
  // Without --theme: the built-in style and no theme in the record.
  ASSERT_EQ(kgviz("export -o y.svg").status, 0);
  EXPECT_EQ(read("y.svg").find("theme="), std::string::npos);
  EXPECT_NE(read("y.svg").find("fill=\"#77aadd\""), std::string::npos);
}

TEST_F(ThemeCliTest, ExampleThemeRendersTheArticle) {
  const std::string example = std::string(KGVIZ_SOURCE_DIR) + "/docs/example-theme.yaml";
  const test::CliOutcome run = kgviz("export --theme '" + example + "' -o a.svg -o a.png");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(read("a.svg").find("DejaVu Serif"), std::string::npos);
  EXPECT_EQ(read("a.png").rfind("\x89PNG", 0), 0u);
}

TEST_F(ThemeCliTest, BadThemeExitsOneWithPositionsAndWritesNothing) {
  write("keep.svg", "old content");
  write("bad.yaml",
        "colors:\n  edge: red\ntypes:\n  identity: {shape: blob}\nfonts: {name: \"<x>\"}\n");
  const test::CliOutcome run = kgviz("export --theme bad.yaml -o keep.svg -o new.graphml");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("bad.yaml:2:9: error: colors.edge must be a colour"), std::string::npos)
      << run.err;
  EXPECT_NE(
      run.err.find("bad.yaml:4:21: error: types.identity.shape: unknown Graphviz shape 'blob'"),
      std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("bad.yaml:5:15: error: fonts.name"), std::string::npos) << run.err;
  EXPECT_EQ(read("keep.svg"), "old content");
  EXPECT_FALSE(std::filesystem::exists(dir_ / "new.graphml"));
  const test::CliOutcome missing = kgviz("export --theme nowhere.yaml -o new.svg");
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("nowhere.yaml"), std::string::npos) << missing.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "new.svg"));
  EXPECT_EQ(kgviz("export - --from csv --theme - -o new.svg", "source,target\na,b\n").status, 2);
}

}  // namespace
}  // namespace kgviz
