#include "render/gexf_writer.hpp"

#include <expat.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "export_fixture.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

const std::string kGolden = std::string(KGVIZ_TEST_DATA_DIR) + "/golden/gexf_writer_small.gexf";

std::string write(const KnowledgeGraph& graph, const DrawingHints* hints) {
  std::ostringstream out;
  write_gexf(graph, test::export_analysis(), hints, test::export_record(), out);
  return out.str();
}

/// One element as a strict XML parser reports it: name (with its namespace prefix, as graphology
/// matches it), attributes with references resolved, and text.
struct Element {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::string text;
};

/// Parses `xml` with expat (no namespace processing), returning the elements in document order;
/// fails the test on any well-formedness error.
std::vector<Element> parse(const std::string& xml) {
  struct State {
    std::vector<Element> elements;
    std::vector<std::size_t> open;
  } state;
  XML_Parser parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(parser, &state);
  XML_SetElementHandler(
      parser,
      [](void* data, const XML_Char* name, const XML_Char** attributes) {
        auto* s = static_cast<State*>(data);
        Element element{name, {}, {}};
        for (std::size_t i = 0; attributes[i] != nullptr; i += 2) {
          element.attributes[attributes[i]] = attributes[i + 1];
        }
        s->open.push_back(s->elements.size());
        s->elements.push_back(std::move(element));
      },
      [](void* data, const XML_Char*) { static_cast<State*>(data)->open.pop_back(); });
  XML_SetCharacterDataHandler(parser, [](void* data, const XML_Char* text, int length) {
    auto* s = static_cast<State*>(data);
    if (!s->open.empty())
      s->elements[s->open.back()].text.append(text, static_cast<std::size_t>(length));
  });
  const bool ok = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
  EXPECT_TRUE(ok) << XML_ErrorString(XML_GetErrorCode(parser)) << " at line "
                  << XML_GetCurrentLineNumber(parser);
  XML_ParserFree(parser);
  return state.elements;
}

std::vector<const Element*> named(const std::vector<Element>& elements, const std::string& name) {
  std::vector<const Element*> out;
  for (const Element& element : elements) {
    if (element.name == name) out.push_back(&element);
  }
  return out;
}

/// Replaces what XML 1.0 cannot carry the way the writer does, to predict what a parser reads.
std::string xml_safe(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == 0xFF || (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r')) {
      out += "\xEF\xBF\xBD";
    } else if (text.compare(i, 3, "\xEF\xBF\xBE") == 0) {
      out += "\xEF\xBF\xBD";
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

TEST(GexfWriter, MatchesGoldenFile) {
  const DrawingHints hints = test::export_hints();
  EXPECT_TRUE(test::matches_golden(write(test::export_graph(), &hints), kGolden));
}

TEST(GexfWriter, IsDeterministicUnderAnotherLocale) {
  const KnowledgeGraph graph = test::export_graph();
  const DrawingHints hints = test::export_hints();
  const std::string first = write(graph, &hints);
  EXPECT_EQ(write(graph, &hints), first);
  test::under_other_locales(
      [&](const char* name) { EXPECT_EQ(write(graph, &hints), first) << name; });
}

TEST(GexfWriter, DeclaresWhatGephiGraphologyAndNetworkxRead) {
  const DrawingHints hints = test::export_hints();
  const std::string text = write(test::export_graph(), &hints);
  const std::vector<Element> elements = parse(text);
  ASSERT_FALSE(elements.empty());
  const Element& root = elements.front();
  EXPECT_EQ(root.name, "gexf");
  EXPECT_EQ(root.attributes.at("xmlns"), "http://gexf.net/1.3");
  EXPECT_EQ(root.attributes.at("xmlns:viz"), "http://gexf.net/1.3/viz");
  EXPECT_EQ(root.attributes.at("version"), "1.3");
  // The record, and nothing that changes between runs.
  const auto meta = named(elements, "meta");
  ASSERT_EQ(meta.size(), 1u);
  EXPECT_EQ(meta[0]->attributes.count("lastmodifieddate"), 0u);
  EXPECT_EQ(named(elements, "creator").at(0)->text, "kgviz 0.1.0");
  EXPECT_EQ(named(elements, "description").at(0)->text, test::export_record().summary_line());
  EXPECT_EQ(named(elements, "graph").at(0)->attributes.at("defaultedgetype"), "directed");

  // Numeric ids 0, 1, ... per class, unique titles, GEXF types networkx can read.
  const std::set<std::string> types{"boolean", "integer", "long", "float", "double", "string"};
  std::map<std::string, std::map<std::string, std::string>> declared;  // class -> title -> type
  std::string current_class;
  std::size_t next_id = 0;
  for (const Element& element : elements) {
    if (element.name == "attributes") {
      current_class = element.attributes.at("class");
      next_id = 0;
    } else if (element.name == "attribute") {
      EXPECT_EQ(element.attributes.at("id"), std::to_string(next_id++));
      EXPECT_EQ(types.count(element.attributes.at("type")), 1u) << element.attributes.at("type");
      EXPECT_TRUE(declared[current_class]
                      .emplace(element.attributes.at("title"), element.attributes.at("type"))
                      .second);
    }
  }
  const std::map<std::string, std::string> expected_nodes{
      {"type", "string"},        {"aliases", "string"},
      {"description", "string"}, {"active_since", "integer"},
      {"big", "long"},           {"verified", "boolean"},
      {"score", "double"},       {"degree", "long"},
      {"pagerank", "double"},    {"x", "double"},
      {"y", "double"},           {"size", "double"},
      {"r", "integer"},          {"g", "integer"},
      {"b", "integer"},          {"color", "string"}};
  EXPECT_EQ(declared["node"], expected_nodes);
  const std::map<std::string, std::string> expected_edges{
      {"relation", "string"},   {"confidence", "string"}, {"evidence", "string"},
      {"source_doc", "string"}, {"date", "string"},       {"according_to", "string"},
      {"hops", "long"}};
  EXPECT_EQ(declared["edge"], expected_edges);

  // Every node drawn: size (value first), position with z, integer colour without alpha.
  ASSERT_EQ(named(elements, "node").size(), 3u);
  EXPECT_EQ(named(elements, "viz:size").size(), 3u);
  EXPECT_EQ(named(elements, "viz:position").size(), 3u);
  const auto colors = named(elements, "viz:color");
  ASSERT_EQ(colors.size(), 3u);
  EXPECT_EQ(colors[0]->attributes,
            (std::map<std::string, std::string>{{"r", "230"}, {"g", "159"}, {"b", "0"}}));
  EXPECT_NE(text.find("<viz:size value=\"12.5\"/>"), std::string::npos);
  EXPECT_NE(text.find("<viz:position x=\"10.25\" y=\"-3\" z=\"0\"/>"), std::string::npos);

  // Unique edge ids in input order; label, relation type as kind, weight on the element.
  const auto edges = named(elements, "edge");
  ASSERT_EQ(edges.size(), 4u);
  for (std::size_t e = 0; e < edges.size(); ++e) {
    EXPECT_EQ(edges[e]->attributes.at("id"), "e" + std::to_string(e));
  }
  EXPECT_EQ(edges[1]->attributes.at("label"), "named & shamed");
  EXPECT_EQ(edges[1]->attributes.at("kind"), "attributed-to");
  EXPECT_EQ(edges[1]->attributes.at("weight"), "1");
  EXPECT_EQ(edges[0]->attributes.at("label"), "targets");
  EXPECT_EQ(edges[0]->attributes.at("weight"), "2.5");
  // Infinity in the spelling Java, JavaScript and Python parse; the self-loop kept.
  EXPECT_EQ(edges[2]->attributes.at("weight"), "Infinity");
  EXPECT_EQ(edges[3]->attributes.at("source"), "e1");
  EXPECT_EQ(edges[3]->attributes.at("target"), "e1");
}

TEST(GexfWriter, HostileTextRoundTripsThroughAStrictParser) {
  const KnowledgeGraph graph = test::export_graph();
  const DrawingHints hints = test::export_hints();
  const std::vector<Element> elements = parse(write(graph, &hints));
  const auto nodes = named(elements, "node");
  ASSERT_EQ(nodes.size(), graph.node_count());
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    EXPECT_EQ(nodes[v]->attributes.at("id"), std::string(graph.id(v)));
    EXPECT_EQ(nodes[v]->attributes.at("label"), xml_safe(std::string(graph.label(v))));
  }
  // Aliases joined by "; ", multi-line text, quotes and markup come back as they were.
  std::vector<std::string> values;
  for (const Element* value : named(elements, "attvalue"))
    values.push_back(value->attributes.at("value"));
  const auto has_value = [&](const std::string& text) {
    return std::find(values.begin(), values.end(), text) != values.end();
  };
  EXPECT_TRUE(has_value("P one; P, \"two\"; three; p|pipe"));
  EXPECT_TRUE(has_value("desc with\nnewline and \xE2\x80\x99 curly"));
  EXPECT_TRUE(has_value("they said \"<targets> & more\"\n"));
  EXPECT_TRUE(has_value("q \"two\"\n"));
  // The stale stored "degree", and the "id" and "key" columns that would clash with Gephi's Id and
  // networkx's edge key, are not written.
  EXPECT_FALSE(has_value("stale"));
  EXPECT_FALSE(has_value("shadow id"));
  EXPECT_FALSE(has_value("shadow key"));
  const auto edges = named(elements, "edge");
  EXPECT_EQ(edges[3]->attributes.at("kind"), "self <loop>");
  EXPECT_EQ(edges[1]->attributes.at("target"), "q \"two\"\n");
}

TEST(GexfWriter, OmitsUndefinedValuesAndReplacesWhatXmlCannotCarry) {
  const DrawingHints hints = test::export_hints();
  const std::string text = write(test::export_graph(), &hints);
  for (char c = 1; c < 0x20; ++c) {
    if (c == '\t' || c == '\n') continue;
    EXPECT_EQ(text.find(c), std::string::npos) << static_cast<int>(c);
  }
  EXPECT_EQ(text.find("\xEF\xBF\xBE"), std::string::npos);
  EXPECT_EQ(text.find("nan"), std::string::npos);
  EXPECT_EQ(text.find("only_nan"), std::string::npos);
  EXPECT_EQ(text.find("INF\""), std::string::npos);
}

TEST(GexfWriter, WithoutHintsWritesNoVisuals) {
  const std::string text = write(test::export_graph(), nullptr);
  EXPECT_EQ(text.find("<viz:"), std::string::npos);
  for (const char* title : {"\"x\"", "\"y\"", "\"size\"", "\"r\"", "\"color\""}) {
    EXPECT_EQ(text.find(std::string("title=") + title), std::string::npos) << title;
  }
  parse(text);
}

TEST(GexfWriter, UndirectedGraphsSayso) {
  KnowledgeGraph graph = test::export_graph();
  graph.set_directed(false);
  EXPECT_NE(write(graph, nullptr).find("defaultedgetype=\"undirected\""), std::string::npos);
}

TEST(GexfWriter, RejectsHintsOfTheWrongSize) {
  DrawingHints hints = test::export_hints();
  hints.nodes.pop_back();
  std::ostringstream out;
  EXPECT_THROW(
      write_gexf(test::export_graph(), test::export_analysis(), &hints, test::export_record(), out),
      Error);
}

}  // namespace
}  // namespace kgviz
