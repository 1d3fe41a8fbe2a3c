// Report diagrams end to end through Graphviz (render/diagram.hpp): golden DOT, hostile text in
// SVG and DOT, determinism, engines, legend, tooltips, drawing hints, threads.
//
// The SVG is read back with expat and the DOT with cgraph's own parser (agmemread), so the checks
// are about what a browser or Graphviz sees, not about the bytes kgviz meant to write.
#include <expat.h>
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "dot_support.hpp"
#include "golden.hpp"
#include "model/diagnostics.hpp"
#include "render/diagram.hpp"
#include "render/diagram_plan.hpp"
#include "render/graphviz_session.hpp"
#include "render/graphviz_text.hpp"

namespace kgviz {
namespace {

// --- a small XML tree from expat ----------------------------------------------------------------

struct Xml {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::string text;  // character data directly inside
  std::vector<std::unique_ptr<Xml>> children;
  Xml* parent = nullptr;

  [[nodiscard]] std::string attribute(const std::string& key) const {
    auto it = attributes.find(key);
    return it == attributes.end() ? std::string() : it->second;
  }
  [[nodiscard]] bool has_class(const std::string& css) const {
    std::istringstream classes(attribute("class"));
    std::string one;
    while (classes >> one) {
      if (one == css) return true;
    }
    return false;
  }
  void find_all(const std::string& element, std::vector<const Xml*>& out) const {
    for (const auto& child : children) {
      if (child->name == element) out.push_back(child.get());
      child->find_all(element, out);
    }
  }
  [[nodiscard]] std::vector<const Xml*> all(const std::string& element) const {
    std::vector<const Xml*> out;
    find_all(element, out);
    return out;
  }
  [[nodiscard]] const Xml* first(const std::string& element) const {
    auto found = all(element);
    return found.empty() ? nullptr : found.front();
  }
  /// The text of every <text> element below, one entry each.
  [[nodiscard]] std::vector<std::string> lines() const {
    std::vector<std::string> out;
    for (const Xml* t : all("text")) out.push_back(t->text);
    return out;
  }
};

struct XmlBuilder {
  std::unique_ptr<Xml> root = std::make_unique<Xml>();
  Xml* current = root.get();
};

std::unique_ptr<Xml> parse_xml(const std::string& text, std::string& error) {
  XmlBuilder builder;
  XML_Parser parser = XML_ParserCreate(nullptr);
  XML_SetUserData(parser, &builder);
  XML_SetElementHandler(
      parser,
      [](void* data, const XML_Char* name, const XML_Char** attributes) {
        auto* b = static_cast<XmlBuilder*>(data);
        auto node = std::make_unique<Xml>();
        node->name = name;
        for (int i = 0; attributes[i] != nullptr; i += 2)
          node->attributes[attributes[i]] = attributes[i + 1];
        node->parent = b->current;
        Xml* raw = node.get();
        b->current->children.push_back(std::move(node));
        b->current = raw;
      },
      [](void* data, const XML_Char*) {
        auto* b = static_cast<XmlBuilder*>(data);
        b->current = b->current->parent;
      });
  XML_SetCharacterDataHandler(parser, [](void* data, const XML_Char* s, int length) {
    static_cast<XmlBuilder*>(data)->current->text.append(s, static_cast<std::size_t>(length));
  });
  if (XML_Parse(parser, text.data(), static_cast<int>(text.size()), 1) == XML_STATUS_ERROR) {
    error = std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
            std::to_string(XML_GetCurrentLineNumber(parser));
  }
  XML_ParserFree(parser);
  return std::move(builder.root);
}

std::unique_ptr<Xml> parse_svg(const std::string& svg) {
  std::string error;
  auto tree = parse_xml(svg, error);
  EXPECT_EQ(error, "") << "SVG is not well-formed XML";
  return tree;
}

/// The <g class="node"> (or edge) groups by their <title> (the Graphviz object name).
std::map<std::string, const Xml*> groups(const Xml& svg, const std::string& css) {
  std::map<std::string, const Xml*> out;
  for (const Xml* g : svg.all("g")) {
    if (!g->has_class(css)) continue;
    const Xml* title = g->first("title");
    out[title == nullptr ? std::string() : title->text] = g;
  }
  return out;
}

std::string tooltip_of(const Xml& group) {
  const Xml* a = group.first("a");
  return a == nullptr ? std::string() : a->attribute("xlink:title");
}

// --- test graphs -------------------------------------------------------------------------------

KnowledgeGraph small_graph() {
  KnowledgeGraph g;
  const VertexId apt = g.add_entity("salt-typhoon", "Salt Typhoon", "intrusion-set");
  const VertexId gov = g.add_entity("us-government", "US government", "identity");
  const VertexId us = g.add_entity("united-states", "United States", "location");
  const VertexId hack = g.add_entity("us-telecom-hack", "US telecom hack", "campaign");
  g.set_node_string(apt, "description", "Cyber espionage group linked to China's MSS.");
  const auto relate = [&](VertexId a, VertexId b, const char* relation, const char* confidence,
                          const char* evidence) {
    const EdgeId e = g.add_relation(a, b);
    g.set_edge_string(e, "relation", relation);
    g.set_edge_string(e, "confidence", confidence);
    g.set_edge_string(e, "evidence", evidence);
    g.set_edge_string(e, "source_doc", "article");
    return e;
  };
  const EdgeId first = relate(hack, apt, "attributed-to", "reported", "was the main culprit");
  g.set_edge_string(first, "according_to", "washington-post");
  relate(hack, apt, "attributed-to", "reported", "was the main culprit");  // a parallel relation
  relate(gov, us, "located-at", "confirmed", "according to the US government");
  const EdgeId targets = relate(apt, us, "targets", "alleged", "has been linked to");
  g.set_edge_string(targets, "label", "may have targeted");
  return g;
}

RunRecord test_record() {
  RunRecord record;
  record.version = "0.1.0";
  record.command = "export";
  record.inputs.push_back({"small.yaml", "0123abcd"});
  record.options.emplace_back("engine", "dot");
  return record;
}

DrawingOptions titled() {
  DrawingOptions o;
  o.title = "Small test graph";
  o.caption = "Source: hand-built test data";
  return o;
}

KnowledgeGraph chain(std::size_t n) {
  KnowledgeGraph g;
  for (std::size_t i = 0; i < n; ++i) {
    g.add_entity("v" + std::to_string(i), "Vertex " + std::to_string(i),
                 i % 3 == 0 ? "identity" : "tool");
  }
  for (std::size_t i = 0; i + 1 < n; ++i) {
    g.add_relation(static_cast<VertexId>(i), static_cast<VertexId>(i + 1));
    if (i % 7 == 0) g.add_relation(static_cast<VertexId>(i), static_cast<VertexId>((i * 13) % n));
  }
  return g;
}

// --- DOT read back with cgraph -----------------------------------------------------------------

using test::ParsedDot;

/// Attributes whose values come from the layout (font metrics, Graphviz version): left out of the
/// golden comparison.
bool layout_attribute(const std::string& name) {
  static const std::set<std::string> names = {"pos",    "bb",      "lp",  "width",   "height",
                                              "lwidth", "lheight", "xlp", "head_lp", "tail_lp"};
  return names.count(name) > 0;
}

std::string quote_dot(const std::string& value, bool html) {
  if (html) return "<" + value + ">";
  std::string out = "\"";
  for (char ch : value) {
    if (ch == '"') out += '\\';
    out += ch;
  }
  return out + "\"";
}

/// The attributes of `object` that differ from the defaults, sorted, as `[a="1", b="2"]`.
std::string attribute_list(Agraph_t* root, void* object, int kind, bool all) {
  std::map<std::string, std::string> values;
  for (Agsym_t* sym = agnxtattr(root, kind, nullptr); sym != nullptr;
       sym = agnxtattr(root, kind, sym)) {
    const std::string name = sym->name;
    if (layout_attribute(name)) continue;
    char* value = agxget(object, sym);
    if (value == nullptr) continue;
    if (!all && std::string(value) == (sym->defval == nullptr ? "" : sym->defval)) continue;
    if (all && *value == '\0') continue;
    values[name] = quote_dot(value, aghtmlstr(value) != 0);
  }
  std::string out;
  for (const auto& [name, value] : values) out += (out.empty() ? "" : ", ") + name + "=" + value;
  return "[" + out + "]";
}

std::string default_list(Agraph_t* root, int kind) {
  std::map<std::string, std::string> values;
  for (Agsym_t* sym = agnxtattr(root, kind, nullptr); sym != nullptr;
       sym = agnxtattr(root, kind, sym)) {
    if (layout_attribute(sym->name) || sym->defval == nullptr || *sym->defval == '\0') continue;
    values[sym->name] = quote_dot(sym->defval, aghtmlstr(sym->defval) != 0);
  }
  std::string out;
  for (const auto& [name, value] : values) out += (out.empty() ? "" : ", ") + name + "=" + value;
  return "[" + out + "]";
}

void dump_subgraphs(Agraph_t* root, Agraph_t* parent, const std::string& indent, std::string& out) {
  for (Agraph_t* sub = agfstsubg(parent); sub != nullptr; sub = agnxtsubg(sub)) {
    out += indent + "subgraph " + quote_dot(agnameof(sub), false) + " {\n";
    out += indent + "  graph " + attribute_list(root, sub, AGRAPH, false) + ";\n";
    dump_subgraphs(root, sub, indent + "  ", out);
    for (Agnode_t* n = agfstnode(sub); n != nullptr; n = agnxtnode(sub, n)) {
      out += indent + "  " + quote_dot(agnameof(n), false) + ";\n";
    }
    out += indent + "}\n";
  }
}

/// A canonical DOT text of a rendered DOT file: one statement per line, attributes sorted, layout
/// values (positions, sizes) left out. Still valid DOT.
std::string canonical_dot(const std::string& dot) {
  ParsedDot parsed(dot);
  GraphvizSession session;
  Agraph_t* g = parsed.graph();
  if (g == nullptr) return "unreadable DOT";
  std::string out =
      std::string(agisdirected(g) ? "digraph " : "graph ") + quote_dot(agnameof(g), false) + " {\n";
  out += "  graph " + attribute_list(g, g, AGRAPH, true) + ";\n";
  out += "  node " + default_list(g, AGNODE) + ";\n";
  out += "  edge " + default_list(g, AGEDGE) + ";\n";
  dump_subgraphs(g, g, "  ", out);
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    out += "  " + quote_dot(agnameof(n), false) + " " + attribute_list(g, n, AGNODE, false) + ";\n";
  }
  const char* arrow = agisdirected(g) ? " -> " : " -- ";
  for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
    for (Agedge_t* e = agfstout(g, n); e != nullptr; e = agnxtout(g, e)) {
      std::string attributes = attribute_list(g, e, AGEDGE, false);
      attributes.insert(
          1, "key=" + quote_dot(agnameof(e), false) + (attributes.size() > 2 ? ", " : ""));
      out += "  " + quote_dot(agnameof(agtail(e)), false) + arrow +
             quote_dot(agnameof(aghead(e)), false) + " " + attributes + ";\n";
    }
  }
  return out + "}\n";
}

// --- tests -------------------------------------------------------------------------------------

TEST(DiagramGolden, SmallGraphDot) {
  const Diagram diagram = Diagram::build(small_graph(), {}, titled(), test_record());
  const std::string dot = diagram.render(DiagramFormat::Dot);
  ASSERT_EQ(dot.rfind("// kgviz: kgviz 0.1.0 export; inputs: small.yaml sha256:0123abcd; options: "
                      "engine=dot; seed: 0\n",
                      0),
            0u)
      << dot.substr(0, 200);
  const std::string canonical = canonical_dot(dot);
  const std::string path = std::string(KGVIZ_TEST_DATA_DIR) + "/golden/render_small.dot";
  EXPECT_TRUE(test::matches_golden(canonical, path));
}

TEST(DiagramSvg, WellFormedWithTooltipsTitleCaptionAndRecord) {
  const KnowledgeGraph graph = small_graph();
  const Diagram diagram = Diagram::build(graph, {}, titled(), test_record());
  const std::string svg = diagram.render(DiagramFormat::Svg);
  EXPECT_NE(svg.find("<!-- kgviz: kgviz 0.1.0 export; inputs: small.yaml sha256:0123abcd; options: "
                     "engine=dot; seed: 0 -->"),
            std::string::npos);
  const auto tree = parse_svg(svg);
  const auto nodes = groups(*tree, "node");
  const auto edges = groups(*tree, "edge");
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    auto it = nodes.find(std::string(graph.id(v)));
    ASSERT_NE(it, nodes.end()) << graph.id(v);
    EXPECT_FALSE(tooltip_of(*it->second).empty()) << graph.id(v);
  }
  EXPECT_EQ(tooltip_of(*nodes.at("salt-typhoon")), "Cyber espionage group linked to China's MSS.");
  EXPECT_EQ(tooltip_of(*nodes.at("united-states")), "United States");
  ASSERT_EQ(edges.size(), 3u);  // two parallel relations share the title "a->b"
  std::size_t edge_groups = 0;
  for (const Xml* g : tree->all("g")) {
    if (!g->has_class("edge")) continue;
    ++edge_groups;
    EXPECT_FALSE(tooltip_of(*g).empty());
  }
  EXPECT_EQ(edge_groups, graph.edge_count());
  EXPECT_EQ(tooltip_of(*edges.at("us-government->united-states")),
            "located-at \xE2\x80\x94 confirmed \xE2\x80\x94 according to the US government "
            "\xE2\x80\x94 source: article");
  const auto texts = tree->lines();
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Small test graph"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Source: hand-built test data"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "may have targeted"), texts.end());
}

TEST(DiagramSvg, EdgeStylesFollowConfidence) {
  const Diagram diagram = Diagram::build(small_graph(), {}, {}, test_record());
  const auto tree = parse_svg(diagram.render(DiagramFormat::Svg));
  const auto edges = groups(*tree, "edge");
  const auto dash = [&](const std::string& title) {
    const Xml* path = edges.at(title)->first("path");
    return path == nullptr ? std::string("?") : path->attribute("stroke-dasharray");
  };
  EXPECT_EQ(dash("us-government->united-states"), "");      // confirmed: solid
  EXPECT_EQ(dash("us-telecom-hack->salt-typhoon"), "5,2");  // reported: dashed
  EXPECT_EQ(dash("salt-typhoon->united-states"), "1,5");    // alleged: dotted
}

TEST(DiagramLegend, ListsOnlyThePresentTypesAndTheLineStyles) {
  const Diagram diagram = Diagram::build(small_graph(), {}, {}, test_record());
  const auto tree = parse_svg(diagram.render(DiagramFormat::Svg));
  std::vector<std::string> legend_text;
  for (const Xml* g : tree->all("g")) {
    if (!g->has_class("kgviz-legend")) continue;
    for (const auto& line : g->lines()) legend_text.push_back(line);
  }
  const std::set<std::string> text(legend_text.begin(), legend_text.end());
  for (const char* expected : {"Legend", "intrusion-set", "identity", "location", "campaign",
                               "Confidence", "confirmed", "reported", "alleged"}) {
    EXPECT_EQ(text.count(expected), 1u) << expected;
  }
  for (const char* absent : {"malware", "threat-actor", "report", "infrastructure", "tool"}) {
    EXPECT_EQ(text.count(absent), 0u) << absent;
  }
  // Each type sample wears its type's shape: the identity sample is a rounded box (a path).
  const auto nodes = groups(*tree, "node");
  std::size_t samples = 0;
  for (const auto& [name, group] : nodes) {
    if (name.rfind("kgviz-legend-", 0) == 0 && name != "kgviz-legend-key") ++samples;
  }
  EXPECT_EQ(samples, 4u);
}

TEST(DiagramEscaping, HostileTextSurvivesSvgAndDot) {
  const std::vector<std::string> hostile = {
      R"(He said "hi" \ bye\)",
      "a\\",
      "<b>bold</b> & <i>it</i>",
      "&amp; raw &#38; &lt;",
      "line one\nline two",
      "{brace} [bracket] ;semi, =eq",
      "node",
      "edge",
      "graph",
      "subgraph",
      "strict",
      "digraph",
      R"(\N \G \L \E \T \H \n \l \r)",
      "\xC3\xBCmlaut \xE2\x80\x94 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80",
      "--> <!-- comment -- ]]> <![CDATA[",
      "%2",
      "<FONT COLOR=\"&#35;1a1a1a\"><B>Legend</B></FONT>",
      "<B>Legend</B>",
      "tab\there",
      "ctrl\x01char",
      "bad\xFF utf8",
  };
  KnowledgeGraph graph;
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    const VertexId v =
        graph.add_entity(hostile[i], hostile[i], i % 4 == 0 ? hostile[i] : "identity");
    graph.set_node_string(v, "description", "about " + hostile[i]);
  }
  for (std::size_t i = 0; i + 1 < hostile.size(); ++i) {
    const EdgeId e = graph.add_relation(static_cast<VertexId>(i), static_cast<VertexId>(i + 1));
    graph.set_edge_string(e, "relation", hostile[i]);
    graph.set_edge_string(e, "evidence", hostile[i + 1]);
  }
  DrawingOptions options;
  options.title = hostile[0] + " " + hostile[2];
  options.caption = hostile[4];
  options.cluster_by = ClusterBy::EntityType;
  const Diagram diagram = Diagram::build(graph, {}, options, test_record());
  const DiagramPlan plan = plan_diagram(graph, {}, options);

  // SVG: well-formed, and every text comes back as it was given (after sanitising).
  const std::string svg = diagram.render(DiagramFormat::Svg);
  const auto tree = parse_svg(svg);
  const auto nodes = groups(*tree, "node");
  const auto wrapped = [](const std::string& text) {
    auto lines = wrap_words(text, kLabelWrap);
    for (auto& line : lines) std::replace(line.begin(), line.end(), '\t', ' ');
    return lines;
  };
  const auto plain = [](const std::string& text) {
    std::string out = sanitize_text(text);
    std::replace(out.begin(), out.end(), '\t', ' ');
    return out;
  };
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    const std::string& name = plan.nodes[v].name;
    EXPECT_EQ(plan.nodes[v].renamed, !is_safe_node_name(hostile[v]));
    auto it = nodes.find(name);
    ASSERT_NE(it, nodes.end()) << "node " << v << " (" << name << ") missing from the SVG";
    EXPECT_EQ(tooltip_of(*it->second), plain("about " + hostile[v])) << v;
    EXPECT_EQ(it->second->lines(), wrapped(hostile[v])) << v;
  }
  std::size_t edge_count = 0;
  for (const Xml* g : tree->all("g")) {
    if (g->has_class("edge")) ++edge_count;
  }
  EXPECT_EQ(edge_count, graph.edge_count());
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    const std::string expected = plain(hostile[e] + " \xE2\x80\x94 " + hostile[e + 1]);
    bool found = false;
    for (const Xml* a : tree->all("a")) found = found || a->attribute("xlink:title") == expected;
    EXPECT_TRUE(found) << "edge tooltip " << e;
  }
  std::multiset<std::string> texts;
  for (const auto& line : tree->lines()) texts.insert(line);
  for (const auto& line : wrap_words(options.title, 70))
    EXPECT_GE(texts.count(plain(line)), 1u) << line;
  EXPECT_GE(texts.count("line one"), 2u);  // the caption's first line, and a node's
  for (std::size_t i = 0; i < hostile.size(); i += 4) {
    for (const auto& line : wrapped(hostile[i])) EXPECT_GE(texts.count(line), 2u) << "type " << i;
  }
  // Nothing injected: exactly the expected groups exist.
  std::size_t clusters = 0;
  for (const Xml* g : tree->all("g")) clusters += g->has_class("cluster") ? 1 : 0;
  EXPECT_EQ(clusters, plan.clusters.size() + 1);  // + the legend frame
  EXPECT_EQ(svg.find("<script"), std::string::npos);

  // DOT: cgraph reads back exactly the escaped values, plain strings stay plain.
  const std::string dot = diagram.render(DiagramFormat::Dot);
  ParsedDot parsed(dot);
  ASSERT_NE(parsed.graph(), nullptr) << "DOT output does not parse";
  GraphvizSession session;
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    Agnode_t* n = parsed.node(plan.nodes[v].name);
    ASSERT_NE(n, nullptr) << v;
    bool html = true;
    EXPECT_EQ(ParsedDot::get(n, "label", &html),
              escape_graphviz_lines(wrap_words(hostile[v], kLabelWrap)));
    EXPECT_FALSE(html) << v;
    EXPECT_EQ(ParsedDot::get(n, "tooltip"), escape_graphviz_tooltip("about " + hostile[v]));
    EXPECT_EQ(ParsedDot::get(n, "type"), escape_dot_value(graph.type(v)));
    if (plan.nodes[v].renamed) {
      EXPECT_EQ(ParsedDot::get(n, "entity_id"), escape_dot_value(hostile[v]));
    }
  }
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    Agedge_t* edge = parsed.edge_by_key("e" + std::to_string(e));
    ASSERT_NE(edge, nullptr) << e;
    EXPECT_EQ(ParsedDot::get(edge, "relation"), escape_dot_value(hostile[e]));
    EXPECT_EQ(ParsedDot::get(edge, "tooltip"),
              escape_graphviz_tooltip(hostile[e] + " \xE2\x80\x94 " + hostile[e + 1]));
  }
  bool title_html = false;
  ParsedDot::get(parsed.graph(), "label", &title_html);
  EXPECT_TRUE(title_html);
}

TEST(DiagramDeterminism, SameInputSameBytes) {
  const KnowledgeGraph graph = small_graph();
  const Diagram first = Diagram::build(graph, {}, titled(), test_record());
  const Diagram second = Diagram::build(graph, {}, titled(), test_record());
  for (const DiagramFormat format : diagram_formats()) {
    const std::string a = first.render(format);
    const std::string_view name = diagram_format_name(format);
    EXPECT_FALSE(a.empty()) << name;
    EXPECT_EQ(test::first_difference(a, second.render(format)), "same") << name;
    EXPECT_EQ(test::first_difference(a, first.render(format)), "same") << name << " rendered again";
  }
  const std::string png = first.render(DiagramFormat::Png);
  EXPECT_EQ(png.rfind("\x89PNG\r\n\x1A\n", 0), 0u);
  const std::string record_line = test_record().summary_line();
  EXPECT_NE(png.find(std::string("iTXtComment\0\0\0\0\0", 16) + record_line), std::string::npos);
  const std::string pdf = first.render(DiagramFormat::Pdf);
  EXPECT_EQ(pdf.rfind("%PDF-", 0), 0u);
  EXPECT_NE(pdf.find("/CreationDate (D:20000101000000"), std::string::npos);
  EXPECT_NE(pdf.find("/Subject (" + record_line + ")"), std::string::npos);
  EXPECT_NE(pdf.find("/Creator (kgviz 0.1.0)"), std::string::npos);
}

TEST(DiagramDeterminism, RecordInPicturesIsValidTextWhateverTheFileName) {
  RunRecord record = test_record();
  record.inputs.front().basename = "bad\xFF\x01(name).yaml";
  const Diagram diagram = Diagram::build(small_graph(), {}, titled(), record);
  const std::string png = diagram.render(DiagramFormat::Png);
  EXPECT_NE(png.find("bad\xEF\xBF\xBD\xEF\xBF\xBD(name).yaml"), std::string::npos);
  EXPECT_EQ(png.find("bad\xFF"), std::string::npos);
  // Outside printable ASCII the PDF string is UTF-16BE hex: "bad" U+FFFD U+FFFD "(".
  EXPECT_NE(diagram.render(DiagramFormat::Pdf).find("006200610064FFFDFFFD0028"), std::string::npos);
}

TEST(DiagramDeterminism, SeededEnginesRepeat) {
  const KnowledgeGraph graph = chain(60);
  // fdp is left out: in Graphviz 2.42 a second fdp layout in one process can differ from the first
  // (its force loop depends on heap addresses); a fresh process repeats it exactly.
  for (LayoutEngine engine :
       {LayoutEngine::Neato, LayoutEngine::Sfdp, LayoutEngine::Circo, LayoutEngine::Twopi}) {
    DrawingOptions o;
    o.engine = engine;
    const std::string a = Diagram::build(graph, {}, o, test_record()).render(DiagramFormat::Dot);
    const std::string b = Diagram::build(graph, {}, o, test_record()).render(DiagramFormat::Dot);
    EXPECT_EQ(test::first_difference(a, b), "same") << layout_engine_name(engine);
  }
}

TEST(DiagramDeterminism, DecimalCommaLocaleChangesNothing) {
  const KnowledgeGraph graph = small_graph();
  DrawingOptions o = titled();
  o.engine = LayoutEngine::Neato;
  const std::string expected =
      Diagram::build(graph, {}, o, test_record()).render(DiagramFormat::Dot);
  const std::string previous = std::setlocale(LC_ALL, nullptr);
  const char* comma = nullptr;
  for (const char* name :
       {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8", "nl_NL.UTF-8"}) {
    if (std::setlocale(LC_ALL, name) != nullptr) {
      comma = name;
      break;
    }
  }
  if (comma == nullptr) GTEST_SKIP() << "no locale with a decimal comma is installed";
  const std::string dot = Diagram::build(graph, {}, o, test_record()).render(DiagramFormat::Dot);
  std::setlocale(LC_ALL, previous.c_str());
  EXPECT_EQ(test::first_difference(dot, expected), "same") << comma;
}

TEST(DiagramEngines, EveryEngineDrawsTheGraph) {
  const KnowledgeGraph graph = small_graph();
  for (auto engine : layout_engines()) {
    DrawingOptions o = titled();
    o.engine = *layout_engine_named(engine);
    const Diagram diagram = Diagram::build(graph, {}, o, test_record());
    EXPECT_EQ(diagram.engine(), engine);
    const auto tree = parse_svg(diagram.render(DiagramFormat::Svg));
    const auto nodes = groups(*tree, "node");
    for (VertexId v = 0; v < graph.node_count(); ++v) {
      EXPECT_EQ(nodes.count(std::string(graph.id(v))), 1u) << engine << " " << graph.id(v);
    }
  }
  EXPECT_EQ(Diagram::build(graph, {}, {}, test_record()).engine(), "dot");
}

TEST(DiagramEngines, FormatsAreNamedAsTheirExtensions) {
  std::vector<std::string_view> names;
  for (const DiagramFormat format : diagram_formats()) names.push_back(diagram_format_name(format));
  EXPECT_EQ(names, (std::vector<std::string_view>{"svg", "png", "pdf", "dot"}));
}

TEST(DiagramHints, MatchTheDrawnLayout) {
  const KnowledgeGraph graph = small_graph();
  const Diagram diagram = Diagram::build(graph, {}, titled(), test_record());
  const DrawingHints& hints = diagram.hints();
  EXPECT_EQ(hints.engine, "dot");
  ASSERT_EQ(hints.nodes.size(), graph.node_count());
  ParsedDot parsed(diagram.render(DiagramFormat::Dot));
  GraphvizSession session;
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    const NodeVisual& visual = hints.nodes[v];
    EXPECT_GT(visual.size, 0.0);
    EXPECT_TRUE(std::isfinite(visual.x) && std::isfinite(visual.y));
    Agnode_t* n = parsed.node(std::string(graph.id(v)));
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(ParsedDot::get(n, "fillcolor"), visual.color());
    EXPECT_EQ(ParsedDot::get(n, "shape"), visual.shape);
    double x = 0;
    double y = 0;
    ASSERT_EQ(std::sscanf(ParsedDot::get(n, "pos").c_str(), "%lf,%lf", &x, &y), 2);
    EXPECT_NEAR(x, visual.x, 0.05 + 1e-4 * std::fabs(x));
    EXPECT_NEAR(y, visual.y, 0.05 + 1e-4 * std::fabs(y));
  }
  EXPECT_EQ(hints.nodes[2].color(), "#44bb99");  // location: mint
  EXPECT_EQ(hints.nodes[1].shape, "box");
}

TEST(DiagramLarge, SfdpWithLabelsOnTheTopNodesOnly) {
  const KnowledgeGraph graph = chain(400);
  const Diagram diagram = Diagram::build(graph, {}, {}, test_record());
  EXPECT_EQ(diagram.engine(), "sfdp");
  const auto tree = parse_svg(diagram.render(DiagramFormat::Svg));
  std::size_t labelled = 0;
  std::size_t nodes = 0;
  for (const auto& [name, group] : groups(*tree, "node")) {
    if (name.rfind("kgviz-", 0) == 0) continue;
    ++nodes;
    EXPECT_FALSE(tooltip_of(*group).empty());
    labelled += group->lines().empty() ? 0 : 1;
  }
  EXPECT_EQ(nodes, 400u);
  EXPECT_EQ(labelled, kAutoLabelCount);
}

TEST(DiagramGraphs, EmptyAndUndirectedGraphsDraw) {
  const Diagram empty = Diagram::build(KnowledgeGraph{}, {}, titled(), test_record());
  EXPECT_TRUE(empty.hints().nodes.empty());
  (void)parse_svg(empty.render(DiagramFormat::Svg));

  KnowledgeGraph undirected = small_graph();
  undirected.set_directed(false);
  const Diagram diagram = Diagram::build(undirected, {}, {}, test_record());
  const std::string dot = diagram.render(DiagramFormat::Dot);
  EXPECT_NE(dot.find("\ngraph kgviz {"), std::string::npos);
  (void)parse_svg(diagram.render(DiagramFormat::Svg));
}

TEST(DiagramGraphs, ColourBySizeByAndClusters) {
  const KnowledgeGraph graph = small_graph();
  AnalysisResult analysis;
  analysis.metrics.add({"pagerank", MetricColumn::Kind::Real, {0.4, 0.1, 0.3, 0.2}});
  analysis.communities.push_back({0, {0, 3}});
  analysis.communities.push_back({1, {1, 2}});
  DrawingOptions o = titled();
  o.color = {VisualEncoding::Source::Metric, "pagerank"};
  o.size = {VisualEncoding::Source::Metric, "pagerank"};
  o.cluster_by = ClusterBy::Community;
  const Diagram diagram = Diagram::build(graph, analysis, o, test_record());
  EXPECT_GT(diagram.hints().nodes[0].size, diagram.hints().nodes[1].size);
  const auto tree = parse_svg(diagram.render(DiagramFormat::Svg));
  const auto texts = tree->lines();
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Colour: pagerank"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Size: pagerank"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "community 0"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "community 1"), texts.end());
}

TEST(DiagramThreads, ConcurrentBuildsAreSerialisedAndEqual) {
  const KnowledgeGraph graph = small_graph();
  const std::string expected =
      Diagram::build(graph, {}, titled(), test_record()).render(DiagramFormat::Svg);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int k = 0; k < 3; ++k) {
        results[i] = Diagram::build(graph, {}, titled(), test_record()).render(DiagramFormat::Svg);
      }
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& result : results) EXPECT_EQ(test::first_difference(result, expected), "same");
}

TEST(DiagramMoves, MovedDiagramStillRenders) {
  Diagram a = Diagram::build(small_graph(), {}, {}, test_record());
  const std::string svg = a.render(DiagramFormat::Svg);
  Diagram b = std::move(a);
  EXPECT_EQ(b.render(DiagramFormat::Svg), svg);
  Diagram c = Diagram::build(chain(3), {}, {}, test_record());
  c = std::move(b);
  EXPECT_EQ(c.render(DiagramFormat::Svg), svg);
}

}  // namespace
}  // namespace kgviz
