#include "render/graphml_writer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <locale>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "golden.hpp"
#include "io/graphml_reader.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

const std::string kGolden =
    std::string(KGVIZ_TEST_DATA_DIR) + "/golden/graphml_writer_small.graphml";

/// A small graph with everything a writer can get wrong: parallel relations of the same and of
/// different types, a self-loop, markup, quotes, line breaks, control characters and non-ASCII in
/// ids, labels and values, every column type, and a stored column named like a hint.
KnowledgeGraph small_graph() {
  KnowledgeGraph g;
  const VertexId a = g.add_entity("a", "Alpha & <Co>", "intrusion-set");
  const VertexId b = g.add_entity("b\"<&>'\t\n", "Beta\r\nline", "location");
  const VertexId c = g.add_entity("ü ☃", "Ünïcode \x01 bell\x07 \xEF\xBF\xBE end", "");
  g.set_node_list(a, attr::kAliases, {"A1", "A \"2\"; three"});
  g.set_node_string(a, attr::kDescription, "multi\nline\twith ]]> and \r CR");
  g.set_node_string(b, "country", "US");
  g.node_attributes().ensure("founded", AttrType::Long)->set_integer(a, -9007199254740993);
  g.node_attributes().ensure("active", AttrType::Boolean)->set_bool(b, true);
  g.node_attributes().ensure("active", AttrType::Boolean)->set_bool(c, false);
  g.node_attributes().ensure("score", AttrType::Float)->set_real(a, 0.1);
  g.node_attributes().ensure("rank", AttrType::Int)->set_integer(c, 7);
  g.node_attributes().ensure("huge", AttrType::Int)->set_integer(c, 1LL << 40);
  g.node_attributes().ensure("x", AttrType::String)->set_string(a, g.strings().intern("stale"));
  g.node_attributes().ensure("missing", AttrType::Double)->set_real(b, std::nan(""));
  g.set_node_list(c, "tags", {"t1", "t2"});

  const EdgeId e0 = g.add_relation(a, b);
  g.set_edge_string(e0, attr::kRelation, "targets");
  g.set_edge_string(e0, attr::kLabel, "targets");
  g.set_edge_string(e0, attr::kConfidence, "reported");
  g.set_edge_string(e0, attr::kEvidence, "\"they <said> & did\"");
  g.set_edge_string(e0, attr::kSourceDoc, "src-1");
  g.set_edge_real(e0, attr::kWeight, 2.5);
  g.set_edge_string(e0, attr::kAccordingTo, "b\"<&>'\t\n");
  const EdgeId e1 = g.add_relation(a, b);
  g.set_edge_string(e1, attr::kRelation, "located-at");
  g.set_edge_string(e1, attr::kConfidence, "alleged");
  g.set_edge_string(e1, attr::kDate, "2024-09");
  const EdgeId e2 = g.add_relation(a, b);
  g.set_edge_string(e2, attr::kRelation, "targets");
  g.set_edge_real(e2, attr::kWeight, 1e-7);
  const EdgeId e3 = g.add_relation(c, c);
  g.set_edge_string(e3, attr::kRelation, "self & loop");
  g.set_edge_string(e3, attr::kLabel, "loop label");
  g.edge_attributes().ensure("hops", AttrType::Long)->set_integer(e3, 3);
  g.set_edge_real(e3, attr::kWeight, std::numeric_limits<double>::infinity());

  g.graph_attributes()
      .ensure("title", AttrType::String)
      ->set_string(0, g.strings().intern("T & <G>"));
  // A record of an earlier run, as a graph read back from kgviz output carries: replaced.
  g.graph_attributes().ensure("seed", AttrType::Long)->set_integer(0, 99);
  return g;
}

AnalysisResult small_analysis() {
  AnalysisResult result;
  result.metrics.add(MetricColumn{"degree", MetricColumn::Kind::Integer, {3, 3, 2}});
  result.metrics.add(
      MetricColumn{"pagerank", MetricColumn::Kind::Real, {0.1, 1.0 / 3.0, std::nan("")}});
  return result;
}

DrawingHints small_hints() {
  DrawingHints hints;
  hints.engine = "dot";
  hints.nodes.push_back(NodeVisual{230, 159, 0, 12.5, 10.25, -3.0, "box"});
  hints.nodes.push_back(NodeVisual{86, 180, 233, 8.0, 0.0, 1e-3, "ellipse"});
  hints.nodes.push_back(NodeVisual{0, 0, 255, 1.0, 123456.789, 2.0 / 3.0, "ellipse"});
  return hints;
}

RunRecord small_record() {
  RunRecord record;
  record.version = "0.1.0";
  record.command = "export";
  record.inputs = {{"g.yaml", "ab12"}, {"h & i.graphml", "cd34"}};
  record.options = {{"metrics", "degree,pagerank"}, {"engine", "dot"}};
  record.seed = 42;
  return record;
}

std::string write(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                  const DrawingHints* hints) {
  std::ostringstream out;
  write_graphml(graph, analysis, hints, small_record(), out);
  return out.str();
}

KnowledgeGraph read_back(const std::string& text) {
  InputSource source;
  source.display_name = "written.graphml";
  source.content = text;
  try {
    return read_graphml(source, ReadOptions{});
  } catch (const InputError& e) {
    for (const auto& d : e.diagnostics()) ADD_FAILURE() << d.format();
    throw;
  }
}

TEST(GraphMLWriter, MatchesGoldenFile) {
  const KnowledgeGraph graph = small_graph();
  const DrawingHints hints = small_hints();
  const std::string written = write(graph, small_analysis(), &hints);
  EXPECT_TRUE(test::matches_golden(written, kGolden));
}

TEST(GraphMLWriter, IsDeterministicUnderAnotherLocale) {
  const KnowledgeGraph graph = small_graph();
  const DrawingHints hints = small_hints();
  const std::string first = write(graph, small_analysis(), &hints);
  const std::locale saved = std::locale::global(std::locale::classic());
  for (const char* name : {"de_DE.UTF-8", "fr_FR.UTF-8", "C.UTF-8"}) {
    try {
      std::locale::global(std::locale(name));
    } catch (const std::runtime_error&) {
      continue;
    }
    EXPECT_EQ(write(graph, small_analysis(), &hints), first) << name;
  }
  std::locale::global(saved);
}

TEST(GraphMLWriter, DeclaresKeysTheWayImportersNeed) {
  const KnowledgeGraph graph = small_graph();
  const DrawingHints hints = small_hints();
  const std::string text = write(graph, small_analysis(), &hints);
  const std::regex key_re(
      R"re(<key id="([^"]*)" for="([^"]*)" attr\.name="([^"]*)" attr\.type="([^"]*)"/>)re");
  std::set<std::string> ids;
  std::set<std::pair<std::string, std::string>> names;
  const std::set<std::string> types{"boolean", "int", "long", "float", "double", "string"};
  std::size_t keys = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), key_re);
       it != std::sregex_iterator(); ++it) {
    ++keys;
    const std::smatch& m = *it;
    EXPECT_TRUE(ids.insert(m[1]).second) << "duplicate key id " << m[1];
    EXPECT_TRUE(m[2] == "node" || m[2] == "edge" || m[2] == "graph") << m[2];
    EXPECT_TRUE(names.insert({m[2], m[3]}).second) << "duplicate " << m[2] << " key " << m[3];
    EXPECT_EQ(types.count(m[4]), 1u) << m[4];
  }
  std::size_t declared = 0;
  for (std::size_t at = text.find("<key "); at != std::string::npos;
       at = text.find("<key ", at + 1)) {
    ++declared;
  }
  EXPECT_EQ(keys, declared);
  EXPECT_NE(text.find("edgedefault=\"directed\""), std::string::npos);
  // Node and edge keys of one name are distinct keys.
  EXPECT_EQ(names.count({"node", "label"}), 1u);
  EXPECT_EQ(names.count({"edge", "label"}), 1u);
  // The stale stored "x" and the earlier run's "seed" are replaced by this run's values.
  EXPECT_EQ(text.find(">stale<"), std::string::npos);
  EXPECT_EQ(text.find(">99<"), std::string::npos);
  // r, g, b are integers, color equals them.
  EXPECT_NE(text.find("attr.name=\"r\" attr.type=\"int\""), std::string::npos);
  EXPECT_NE(text.find(">#e69f00<"), std::string::npos);
  // An Int column with a value beyond 32 bits is declared long.
  EXPECT_NE(text.find("attr.name=\"huge\" attr.type=\"long\""), std::string::npos);
  EXPECT_NE(text.find("attr.name=\"rank\" attr.type=\"int\""), std::string::npos);
  // Unique edge ids in input order, relation type as the Gephi edge type.
  EXPECT_NE(text.find("<edge id=\"e2\" source=\"a\" target=\"b&quot;&lt;&amp;&gt;'&#9;&#10;\" "
                      "label=\"targets\">"),
            std::string::npos);
}

TEST(GraphMLWriter, WithoutHintsWritesNoVisualKeys) {
  const std::string text = write(small_graph(), small_analysis(), nullptr);
  for (const char* name : {"\"y\"", "\"size\"", "\"r\"", "\"g\"", "\"b\"", "\"color\""}) {
    EXPECT_EQ(text.find(std::string("attr.name=") + name), std::string::npos) << name;
  }
  // The stored "x" column is kept when no layout replaces it.
  EXPECT_NE(text.find(">stale<"), std::string::npos);
}

TEST(GraphMLWriter, ReplacesCharactersXmlCannotCarry) {
  const std::string text = write(small_graph(), small_analysis(), nullptr);
  for (char c = 1; c < 0x20; ++c) {
    if (c == '\t' || c == '\n') continue;
    EXPECT_EQ(text.find(c), std::string::npos) << static_cast<int>(c);
  }
  EXPECT_EQ(text.find("\xEF\xBF\xBE"), std::string::npos);
  EXPECT_NE(text.find("\xC3\x9Cn\xC3\xAF"
                      "code \xEF\xBF\xBD bell\xEF\xBF\xBD \xEF\xBF\xBD end"),
            std::string::npos);
  EXPECT_NE(text.find("Beta&#13;\nline"), std::string::npos);
}

TEST(GraphMLWriter, NumbersReadBackExactly) {
  KnowledgeGraph g;
  const double values[] = {0.1,   1.0 / 3.0,
                           1e300, 5e-324,
                           -0.0,  123456789012345.67,
                           2e22,  -1.5e-8,
                           1.0,   std::numeric_limits<double>::max()};
  for (std::size_t i = 0; i < std::size(values); ++i) {
    const VertexId v = g.add_entity("n" + std::to_string(i), "", "");
    g.node_attributes().ensure("value", AttrType::Double)->set_real(v, values[i]);
    g.node_attributes()
        .ensure("big", AttrType::Long)
        ->set_integer(v, std::numeric_limits<std::int64_t>::min() + static_cast<std::int64_t>(i));
  }
  const std::string text = write(g, AnalysisResult{}, nullptr);
  const KnowledgeGraph back = read_back(text);
  const AttributeColumn* value = back.node_attributes().find("value");
  const AttributeColumn* big = back.node_attributes().find("big");
  ASSERT_NE(value, nullptr);
  ASSERT_NE(big, nullptr);
  for (std::size_t i = 0; i < std::size(values); ++i) {
    const double got = value->real(i);
    EXPECT_EQ(std::memcmp(&values[i], &got, sizeof(double)), 0) << values[i] << " " << got;
  }
}

TEST(GraphMLWriter, RejectsHintsOfTheWrongSize) {
  DrawingHints hints = small_hints();
  hints.nodes.pop_back();
  std::ostringstream out;
  EXPECT_THROW(write_graphml(small_graph(), small_analysis(), &hints, small_record(), out), Error);
  AnalysisResult analysis;
  analysis.metrics.add(MetricColumn{"degree", MetricColumn::Kind::Integer, {1}});
  EXPECT_THROW(write_graphml(small_graph(), analysis, nullptr, small_record(), out), Error);
}

TEST(GraphMLWriter, RoundTripKeepsNodesEdgesAndAttributes) {
  const KnowledgeGraph graph = small_graph();
  const DrawingHints hints = small_hints();
  const KnowledgeGraph back = read_back(write(graph, small_analysis(), &hints));
  ASSERT_EQ(back.node_count(), graph.node_count());
  ASSERT_EQ(back.edge_count(), graph.edge_count());
  EXPECT_EQ(back.directed(), graph.directed());
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    EXPECT_EQ(back.id(v), graph.id(v));
    // Only characters XML cannot carry change (to U+FFFD).
    if (v != 2) {
      EXPECT_EQ(back.label(v), graph.label(v));
    }
    EXPECT_EQ(back.type(v), graph.type(v));
    if (v != 0) {
      EXPECT_EQ(back.node_list(v, attr::kAliases), graph.node_list(v, attr::kAliases));
    }
  }
  // Aliases travel joined by "; ", so an alias holding "; " comes back as two.
  EXPECT_EQ(back.node_list(0, attr::kAliases),
            (std::vector<std::string_view>{"A1", "A \"2\"", "three"}));
  for (const AttributeColumn& column : graph.node_attributes().columns()) {
    if (column.name() == "x" || column.name() == attr::kAliases) continue;  // replaced / checked
    const AttributeColumn* other = back.node_attributes().find(column.name());
    if (column.name() == "missing") {  // only NaN, which is written as no value
      EXPECT_EQ(other, nullptr);
      continue;
    }
    ASSERT_NE(other, nullptr) << column.name();
    for (VertexId v = 0; v < graph.node_count(); ++v) {
      const bool nan = column.has(v) && is_real(column.type()) && std::isnan(column.real(v));
      ASSERT_EQ(other->has(v), column.has(v) && !nan) << column.name() << " " << v;
      if (!other->has(v)) continue;
      if (column.type() == AttrType::StringList) {
        EXPECT_EQ(back.strings().view(other->string(v)), "t1; t2");
      } else if (column.type() == AttrType::String) {
        EXPECT_EQ(back.strings().view(other->string(v)), graph.strings().view(column.string(v)));
      } else {
        EXPECT_EQ(other->number(v), column.number(v)) << column.name();
      }
    }
  }
  EXPECT_EQ(back.node_attributes().find("degree")->type(), AttrType::Long);
  EXPECT_EQ(back.node_attributes().find("pagerank")->type(), AttrType::Double);
  EXPECT_EQ(back.node_attributes().find("r")->type(), AttrType::Int);
  EXPECT_EQ(back.node_attributes().find("x")->number(0), 10.25);
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    EXPECT_EQ(back.source(e), graph.source(e));
    EXPECT_EQ(back.target(e), graph.target(e));
    EXPECT_EQ(back.relation(e), graph.relation(e));
    EXPECT_EQ(back.edge_label(e), graph.edge_label(e));
    EXPECT_EQ(back.edge_number(e, attr::kWeight),
              graph.edge_number(e, attr::kWeight).value_or(1.0));
    for (std::string_view name :
         {attr::kConfidence, attr::kEvidence, attr::kSourceDoc, attr::kDate, attr::kAccordingTo}) {
      EXPECT_EQ(back.edge_string(e, name), graph.edge_string(e, name)) << name;
    }
  }
  EXPECT_EQ(back.edge_number(3, "hops"), 3.0);
  const AttributeColumn* title = back.graph_attributes().find("title");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(back.strings().view(title->string(0)), "T & <G>");
  EXPECT_EQ(back.graph_attributes().find("seed")->number(0), 42.0);
  EXPECT_EQ(back.strings().view(back.graph_attributes().find("inputs")->string(0)),
            "g.yaml; h & i.graphml");
}

}  // namespace
}  // namespace kgviz
