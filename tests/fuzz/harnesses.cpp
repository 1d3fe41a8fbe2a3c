#include "harnesses.hpp"

#include <expat.h>
#include <fmt/format.h>
#include <graphviz/cgraph.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include "../unit/dot_support.hpp"
#include "io/gexf_reader.hpp"
#include "io/graph_reader.hpp"
#include "io/graphml_reader.hpp"
#include "io/gzip_input.hpp"
#include "io/input.hpp"
#include "io/text.hpp"
#include "io/theme_reader.hpp"
#include "model/analysis_result.hpp"
#include "model/diagnostics.hpp"
#include "render/diagram.hpp"
#include "render/diagram_plan.hpp"
#include "render/gexf_writer.hpp"
#include "render/graphml_writer.hpp"
#include "render/graphviz_text.hpp"

namespace kgviz::fuzz {

namespace {

ReadLimits fuzz_limits() {
  ReadLimits limits;
  limits.max_input_bytes = 1 << 20;
  limits.max_string_length = 1 << 16;
  limits.max_alias_expansion = 10'000;
  limits.max_nodes = 10'000;
  limits.max_edges = 10'000;
  return limits;
}

ReadOptions fuzz_options(std::string_view format) {
  ReadOptions options;
  options.format = *input_format_named(format);
  options.limits = fuzz_limits();
  return options;
}

InputSource source_of(const std::uint8_t* data, std::size_t size) {
  InputSource input;
  input.display_name = "fuzz";
  input.basename = "fuzz";
  // No path: a YAML `text:` reference resolves against the working folder, and only regular
  // files are read.
  input.content.assign(reinterpret_cast<const char*>(data), size);
  return input;
}

}  // namespace

void gzip(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const std::string out = gunzip(bytes, "fuzz", fuzz_limits());
    if (out.size() > fuzz_limits().max_input_bytes) std::abort();  // past the limit
  } catch (const InputError& e) {
    if (e.diagnostics().empty()) std::abort();
  }
}

void theme(const std::uint8_t* data, std::size_t size) {
  ReadOptions options;
  options.limits = fuzz_limits();
  try {
    (void)read_theme(source_of(data, size), options);
  } catch (const InputError& e) {
    if (e.diagnostics().empty()) std::abort();  // an error must say what is wrong
  } catch (const Error&) {
  }
}

void read_as(std::string_view format, const std::uint8_t* data, std::size_t size) {
  try {
    (void)read_graph(source_of(data, size), fuzz_options(format));
  } catch (const InputError& e) {
    if (e.diagnostics().empty()) std::abort();  // an error must say what is wrong
  } catch (const Error&) {
  }
}

namespace {

/// Whether XML 1.0 can carry `text` unchanged: valid UTF-8 without NUL, C0 controls other than
/// tab, line feed and carriage return, or the non-characters U+FFFE and U+FFFF.
bool xml_safe(const std::string& text) {
  DiagnosticSink sink("fuzz", 1);
  try {
    if (!check_utf8(text, sink)) return false;
  } catch (const ErrorCapReached&) {
    return false;
  }
  for (unsigned char c : text) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return text.find("\xEF\xBF\xBE") == std::string::npos &&
         text.find("\xEF\xBF\xBF") == std::string::npos;
}

}  // namespace

namespace {

/// Reports a finding (what was expected, what came) on standard error and aborts, so that the
/// fuzzer keeps the input.
[[noreturn]] void mismatch(std::string_view what, std::string_view expected, std::string_view got) {
  std::fprintf(stderr, "escaping finding: %.*s\n  expected: \"%.*s\"\n  got:      \"%.*s\"\n",
               static_cast<int>(what.size()), what.data(), static_cast<int>(expected.size()),
               expected.data(), static_cast<int>(got.size()), got.data());
  std::abort();
}

/// Thirds of a fuzz input, used as an entity id, a label and an evidence text.
struct FuzzTexts {
  std::string id;
  std::string label;
  std::string evidence;
};

FuzzTexts split_texts(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::size_t a = text.size() / 3;
  const std::size_t b = 2 * text.size() / 3;
  return {"n" + text.substr(0, a), "l" + text.substr(a, b - a), "e" + text.substr(b)};
}

/// Two entities (the first with the fuzzed id and label) and one relation carrying the evidence.
KnowledgeGraph texts_graph(const FuzzTexts& texts) {
  KnowledgeGraph graph;
  const VertexId u = graph.add_entity(texts.id, texts.label, "type");
  const VertexId v = graph.add_entity(texts.id + "2", "other", "type");
  const EdgeId e = graph.add_relation(u, v);
  graph.set_edge_string(e, attr::kEvidence, texts.evidence);
  return graph;
}

using XmlWriter = void (*)(const KnowledgeGraph&, const AnalysisResult&, const DrawingHints*,
                           const RunRecord&, std::ostream&);
using XmlReader = KnowledgeGraph (*)(const InputSource&, const ReadOptions&);

/// Writes `graph` with `write` and reads it back with `read`: ids, labels, relations and evidence
/// must come back unchanged, except pieces holding what XML cannot carry (pieces cut inside a
/// UTF-8 sequence, controls), which come back with U+FFFD in their place, as documented.
void check_xml_round_trip(const KnowledgeGraph& graph, XmlWriter write, XmlReader read) {
  std::ostringstream out;
  write(graph, AnalysisResult{}, nullptr, RunRecord{}, out);
  InputSource input;
  input.display_name = "round-trip";
  input.content = out.str();
  KnowledgeGraph back;
  try {
    back = read(input, ReadOptions{});
  } catch (const InputError&) {
    std::abort();  // kgviz must always read what it wrote
  }
  if (back.node_count() != graph.node_count() || back.edge_count() != graph.edge_count()) {
    std::abort();
  }
  const auto check = [](std::string_view written, std::string_view read_back) {
    if (xml_safe(std::string(written)) && written != read_back) {
      mismatch("text read back from XML", written, read_back);
    }
  };
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    check(graph.id(v), back.id(v));
    check(graph.label(v), back.label(v));
  }
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    check(graph.relation(e), back.relation(e));
    check(graph.edge_string(e, attr::kEvidence), back.edge_string(e, attr::kEvidence));
  }
}

/// `text` as Graphviz shows an escString label it read from DOT: `\N`-style substitutions first
/// (marked, since kgviz never wants one), then entities (kgviz writes every `&` as `&amp;`, so any
/// other entity is marked), then backslash escapes (`\n`, `\l`, `\r` break lines, `\x` is `x`).
std::string displayed_label(std::string_view text) {
  constexpr std::string_view kMark = "\x01unexpected\x01";
  std::string substituted;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      if (std::string_view("GNEHTL").find(text[i + 1]) != std::string_view::npos) {
        substituted += kMark;
      } else {
        substituted += text.substr(i, 2);
      }
      ++i;
    } else {
      substituted += text[i];
    }
  }
  std::string decoded;
  for (std::size_t i = 0; i < substituted.size(); ++i) {
    if (substituted[i] != '&') {
      decoded += substituted[i];
      continue;
    }
    if (substituted.compare(i, 5, "&amp;") == 0) {
      decoded += '&';
      i += 4;
      continue;
    }
    std::size_t j = i + 1;
    if (j < substituted.size() && substituted[j] == '#') ++j;
    const std::size_t start = j;
    while (j < substituted.size() && std::isalnum(static_cast<unsigned char>(substituted[j]))) ++j;
    decoded += j > start && j < substituted.size() && substituted[j] == ';' ? kMark : "&";
  }
  std::string shown;
  for (std::size_t i = 0; i < decoded.size(); ++i) {
    if (decoded[i] != '\\' || i + 1 == decoded.size()) {
      shown += decoded[i];
      continue;
    }
    const char next = decoded[++i];
    shown += next == 'n' || next == 'l' || next == 'r' ? '\n' : next;
  }
  return shown;
}

std::string joined_lines(const std::vector<std::string>& lines) {
  return fmt::format("{}", fmt::join(lines, "\n"));
}

/// `text` as kgviz hands it to Graphviz outside labels: sanitised, tabs as spaces.
std::string without_tabs(std::string_view text) {
  std::string out = sanitize_text(text);
  for (char& c : out) {
    if (c == '\t') c = ' ';
  }
  return out;
}

/// `text` with no-break spaces as spaces: Graphviz's SVG writer turns the second of two spaces into
/// one, so tooltips are compared without telling them apart.
std::string nbsp_as_space(std::string text) {
  for (std::size_t at = text.find("\xC2\xA0"); at != std::string::npos;
       at = text.find("\xC2\xA0", at)) {
    text.replace(at, 2, " ");
  }
  return text;
}

/// The `xlink:title`s of the links inside the SVG's edge groups, read with expat; aborts when the
/// SVG is not well-formed XML.
std::vector<std::string> svg_edge_tooltips(const std::string& svg) {
  struct State {
    std::vector<bool> in_edge;  // per open element: inside a <g class="edge">
    std::vector<std::string> tooltips;
  } state;
  std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> parser(XML_ParserCreate(nullptr),
                                                                 &XML_ParserFree);
  XML_SetUserData(parser.get(), &state);
  XML_SetElementHandler(
      parser.get(),
      [](void* data, const XML_Char* name, const XML_Char** atts) {
        auto& s = *static_cast<State*>(data);
        bool in_edge = !s.in_edge.empty() && s.in_edge.back();
        for (std::size_t i = 0; atts[i] != nullptr; i += 2) {
          const std::string_view key = atts[i];
          if (std::string_view(name) == "g" && key == "class" &&
              std::string_view(atts[i + 1]) == "edge") {
            in_edge = true;
          }
          if (in_edge && std::string_view(name) == "a" && key == "xlink:title") {
            s.tooltips.emplace_back(atts[i + 1]);
          }
        }
        s.in_edge.push_back(in_edge);
      },
      [](void* data, const XML_Char*) { static_cast<State*>(data)->in_edge.pop_back(); });
  if (XML_Parse(parser.get(), svg.data(), static_cast<int>(svg.size()), XML_TRUE) ==
      XML_STATUS_ERROR) {
    std::abort();  // the SVG is not XML
  }
  return state.tooltips;
}

/// Draws the graph (dot, two nodes: fast) and checks what Graphviz makes of kgviz's escaping:
/// the DOT re-parses (agmemread) with every node and edge label showing the text kgviz planned, and
/// nodes named by their id (or carrying it in `entity_id`); the SVG is well-formed and the
/// relation's tooltip shows the evidence.
void check_diagram_text(const KnowledgeGraph& graph) {
  DrawingOptions options;
  options.engine = LayoutEngine::Dot;
  const DiagramPlan plan = plan_diagram(graph, AnalysisResult{}, options);
  std::string dot;
  std::string svg;
  try {
    const Diagram diagram = Diagram::build(graph, AnalysisResult{}, options, RunRecord{});
    dot = diagram.render(DiagramFormat::Dot);
    svg = diagram.render(DiagramFormat::Svg);
  } catch (const Error&) {
    std::abort();  // Graphviz rejected what kgviz handed it
  }
  const test::ParsedDot parsed(dot);
  if (parsed.graph() == nullptr) std::abort();
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    const NodePlan& node = plan.nodes[v];
    Agnode_t* n = parsed.node(node.name);
    if (n == nullptr) mismatch("node name in DOT", node.name, "");
    const std::string shown = displayed_label(test::ParsedDot::get(n, "label"));
    if (shown != joined_lines(node.label_lines)) {
      mismatch("node label shown", joined_lines(node.label_lines), shown);
    }
    if (node.renamed) {
      // kgviz writes the id C-style (escape_dot_value): `\\` is a backslash, `\n` a line feed.
      const std::string written = test::ParsedDot::get(n, "entity_id");
      std::string id;
      for (std::size_t at = 0; at < written.size(); ++at) {
        if (written[at] == '\\' && at + 1 < written.size()) {
          ++at;
          id += written[at] == 'n' ? '\n' : written[at];
        } else {
          id += written[at];
        }
      }
      if (id != without_tabs(graph.id(v))) mismatch("entity_id", without_tabs(graph.id(v)), id);
    }
  }
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    Agedge_t* edge = parsed.edge_by_key("e" + std::to_string(e));
    if (edge == nullptr) mismatch("edge key in DOT", "e" + std::to_string(e), "");
    bool html = false;
    std::string label = test::ParsedDot::get(edge, "label", &html);
    if (label.empty()) label = test::ParsedDot::get(edge, "xlabel", &html);
    // Edge labels are HTML-like (a table with a background patch); an empty one is no label.
    const std::string shown = html ? test::html_label_text(label) : displayed_label(label);
    if (shown != joined_lines(plan.edges[e].label_lines)) {
      mismatch("edge label shown", joined_lines(plan.edges[e].label_lines), shown);
    }
  }
  const std::string expected = nbsp_as_space(without_tabs(plan.edges[0].tooltip));
  std::string seen;
  for (const std::string& tooltip : svg_edge_tooltips(svg)) {
    if (nbsp_as_space(tooltip) == expected) return;
    seen += tooltip + "\" | \"";
  }
  mismatch("edge tooltip in SVG", expected, seen);
}

}  // namespace

void graphml_round_trip(const std::uint8_t* data, std::size_t size) {
  check_xml_round_trip(texts_graph(split_texts(data, size)), write_graphml, read_graphml);
}

void escaping(const std::uint8_t* data, std::size_t size) {
  const FuzzTexts texts = split_texts(data, size);
  KnowledgeGraph graph = texts_graph(texts);
  // The evidence third is also the relation, so it is the edge's label too.
  graph.set_edge_string(0, attr::kRelation, texts.evidence);
  check_xml_round_trip(graph, write_gexf, read_gexf);
  check_diagram_text(graph);
}

const std::vector<Harness>& harnesses() {
  static const std::vector<Harness> all{
      {"yaml", [](const std::uint8_t* d, std::size_t n) { read_as("yaml", d, n); }},
      {"graphml", [](const std::uint8_t* d, std::size_t n) { read_as("graphml", d, n); }},
      {"csv", [](const std::uint8_t* d, std::size_t n) { read_as("csv", d, n); }},
      {"tsv", [](const std::uint8_t* d, std::size_t n) { read_as("tsv", d, n); }},
      {"gexf", [](const std::uint8_t* d, std::size_t n) { read_as("gexf", d, n); }},
      {"json", [](const std::uint8_t* d, std::size_t n) { read_as("json", d, n); }},
      {"stix", [](const std::uint8_t* d, std::size_t n) { read_as("stix", d, n); }},
      {"dot", [](const std::uint8_t* d, std::size_t n) { read_as("dot", d, n); }},
      {"gml", [](const std::uint8_t* d, std::size_t n) { read_as("gml", d, n); }},
      {"pajek", [](const std::uint8_t* d, std::size_t n) { read_as("pajek", d, n); }},
      {"gzip", gzip},
      {"theme", theme},
      {"graphml_round_trip", graphml_round_trip},
      {"escaping", escaping},
  };
  return all;
}

}  // namespace kgviz::fuzz
