// JSON graph input: the shared parse step (positions, limits), node-link and Cytoscape.js data as
// kgviz and networkx write them, and every class of bad input with its line and column.
#include "io/json_reader.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "io/graph_reader.hpp"
#include "json_input_support.hpp"
#include "model/diagnostics.hpp"
#include "render/json_writers.hpp"

namespace kgviz {
namespace {

using test::source_of;

KnowledgeGraph read_ok(const std::string& text, const ReadOptions& options = {}) {
  return test::read_json_ok(text, "t.json", options);
}

std::vector<Diagnostic> read_errors(const std::string& text, const ReadOptions& options = {}) {
  return test::read_json_errors(text, "t.json", options);
}

::testing::AssertionResult fails_at(const std::string& text, std::size_t line, std::size_t column,
                                    std::string_view part, const ReadOptions& options = {}) {
  return test::first_error_at(text, "t.json", line, column, part, options);
}

std::string node_text(const KnowledgeGraph& g, VertexId v, std::string_view name) {
  const AttributeColumn* column = g.node_attributes().find(name);
  return column == nullptr ? std::string("<none>") : attribute_text(*column, v, g.strings());
}

std::string edge_text(const KnowledgeGraph& g, EdgeId e, std::string_view name) {
  const AttributeColumn* column = g.edge_attributes().find(name);
  return column == nullptr ? std::string("<none>") : attribute_text(*column, e, g.strings());
}

// ---- the parse step

TEST(JsonParseTest, SyntaxErrorsPointAtTheOffendingToken) {
  EXPECT_TRUE(
      fails_at("{\n  \"nodes\": [\n    {\"id\": \"b\" \"x\"}\n  ]\n}", 3, 16,
               "invalid JSON: syntax error while parsing object - unexpected string literal"));
  EXPECT_TRUE(fails_at("{\"nodes\": [tru, 1]}", 1, 12, "invalid literal"));
  EXPECT_TRUE(fails_at("{\"nodes\": [", 1, 12, "unexpected end of input"));
  EXPECT_TRUE(fails_at("", 1, 1, "unexpected end of input"));
  EXPECT_TRUE(fails_at("{\"a\": \"x\ny\"}", 1, 9, "control character U+000A"));
  EXPECT_TRUE(fails_at("{\"a\" 12}", 1, 6, "unexpected number literal"));
  EXPECT_TRUE(fails_at("{\"a\":1,}", 1, 8, "unexpected '}'"));
  EXPECT_TRUE(fails_at("{\"a\": 1e400}", 1, 7, "number overflow"));
  EXPECT_TRUE(fails_at("{\"nodes\":[], \"edges\":[]}\n x", 2, 2, "expected end of input"));
}

TEST(JsonParseTest, ByteOrderMarkIsAcceptedAndNotAColumn) {
  const KnowledgeGraph g = read_ok("\xEF\xBB\xBF{\"nodes\": [{\"id\": \"a\"}], \"edges\": []}");
  EXPECT_EQ(g.node_count(), 1u);
  EXPECT_TRUE(fails_at("\xEF\xBB\xBF{\"nodes\": x}", 1, 11, "invalid literal"));
}

TEST(JsonParseTest, DepthLimitStopsBeforeBuilding) {
  ReadOptions options;
  options.limits.max_depth = 3;
  EXPECT_TRUE(fails_at("[[[[1]]]]", 1, 4, "nested deeper than 3 levels", options));
  // A hostile depth fails fast and does not overflow the stack.
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  EXPECT_TRUE(fails_at(deep, 1, 101, "nested deeper than 100 levels"));
}

TEST(JsonParseTest, LongStringsDuplicateKeysAndBadUtf8) {
  ReadOptions options;
  options.limits.max_string_length = 5;
  EXPECT_TRUE(fails_at("{\"nodes\": [{\"id\": \"abcdefgh\"}], \"edges\": []}", 1, 19,
                       "longer than 5", options));
  EXPECT_TRUE(fails_at("{\"nodes\": [{\"id\": \"a\",\n \"id\": \"b\"}], \"edges\": []}", 2, 2,
                       "duplicate key 'id'"));
  EXPECT_TRUE(fails_at("{\"a\": 1,\n\"b\": \"\xff\"}", 2, 7, "invalid UTF-8"));
  // Objects with many keys check duplicates with a hash set: same answer.
  std::string many = "{\"nodes\": [{\"id\": \"a\"";
  for (int i = 0; i < 40; ++i) many += ", \"k" + std::to_string(i) + "\": " + std::to_string(i);
  EXPECT_EQ(read_ok(many + "}], \"edges\": []}").node_attributes().columns().size(), 40u);
  EXPECT_TRUE(
      fails_at(many + ", \"k7\": 0}], \"edges\": []}", 1, many.size() + 3, "duplicate key 'k7'"));
}

TEST(JsonParseTest, UnknownShapesAreErrors) {
  EXPECT_TRUE(fails_at("  {\"graph\": {}}", 1, 3, "unknown JSON graph"));
  EXPECT_TRUE(fails_at("42", 1, 1, "unknown JSON graph"));
  ReadOptions stix;
  stix.format = InputFormat::Stix;
  EXPECT_TRUE(fails_at("{\"nodes\": [], \"edges\": []}", 1, 1, "not a STIX bundle", stix));
}

// ---- node-link

TEST(NodeLinkReaderTest, ReadsNetworkxNodeLinkData) {
  // networkx 3.x node_link_data(G) of a small MultiDiGraph with int ids and "links".
  const KnowledgeGraph g = read_ok(R"({
    "directed": true, "multigraph": true, "graph": {"name": "demo"},
    "nodes": [{"role": "hub", "id": 1}, {"id": 2, "score": 0.5}, {"id": "c", "tags": ["x", "y"]}],
    "links": [{"weight": 2, "source": 1, "target": 2, "key": 0},
              {"source": 2, "target": "c", "key": 0, "relation": "uses", "seen": true}]})");
  ASSERT_EQ(g.node_count(), 3u);
  ASSERT_EQ(g.edge_count(), 2u);
  EXPECT_TRUE(g.directed());
  EXPECT_EQ(g.id(0), "1");
  EXPECT_EQ(g.label(0), "1");
  EXPECT_EQ(node_text(g, 0, "role"), "hub");
  EXPECT_EQ(g.node_attributes().find("score")->type(), AttrType::Double);
  EXPECT_EQ(g.node_attributes().find("tags")->type(), AttrType::StringList);
  EXPECT_EQ(g.edge_attributes().find("weight")->type(), AttrType::Double);  // ints widen
  EXPECT_EQ(g.edge_number(0, "weight"), 2.0);
  EXPECT_EQ(g.relation(1), "uses");
  EXPECT_EQ(g.edge_attributes().find("seen")->type(), AttrType::Boolean);
  EXPECT_EQ(g.edge_attributes().find("key"), nullptr);
  EXPECT_EQ(attribute_text(*g.graph_attributes().find("name"), 0, g.strings()), "demo");
}

TEST(NodeLinkReaderTest, UndirectedWhenNetworkxSaysSoOrLeavesItOut) {
  EXPECT_FALSE(read_ok(R"({"nodes": [{"id": "a"}], "edges": []})").directed());
  EXPECT_FALSE(read_ok(R"({"directed": false, "nodes": [{"id": "a"}], "edges": []})").directed());
  ReadOptions undirected;
  undirected.undirected = true;
  EXPECT_FALSE(
      read_ok(R"({"directed": true, "nodes": [{"id": "a"}], "edges": []})", undirected).directed());
}

TEST(NodeLinkReaderTest, MixedValueTypesWiden) {
  const KnowledgeGraph g = read_ok(R"({"nodes": [
      {"id": "a", "n": 1, "m": 1, "t": "x", "o": {"k": 1}},
      {"id": "b", "n": 2.5, "m": "two", "t": ["y", "z"], "o": null}], "edges": []})");
  EXPECT_EQ(g.node_attributes().find("n")->type(), AttrType::Double);
  EXPECT_EQ(g.node_attributes().find("m")->type(), AttrType::String);
  EXPECT_EQ(node_text(g, 0, "m"), "1");
  EXPECT_EQ(g.node_attributes().find("t")->type(), AttrType::StringList);
  EXPECT_EQ(node_text(g, 0, "o"), R"({"k":1})");
  EXPECT_FALSE(g.node_attributes().find("o")->has(1));
}

TEST(NodeLinkReaderTest, BadInputIsReportedWithPositions) {
  EXPECT_TRUE(fails_at("{\"nodes\": [\n  {\"label\": \"no id\"}], \"edges\": []}", 2, 3,
                       "node has no 'id'"));
  EXPECT_TRUE(fails_at("{\"nodes\": [{\"id\": \"a\"},\n {\"id\": \"a\"}], \"edges\": []}", 2, 9,
                       "duplicate node id 'a'"));
  EXPECT_TRUE(fails_at("{\"nodes\": [{\"id\": [1]}], \"edges\": []}", 1, 19, "string or a number"));
  EXPECT_TRUE(fails_at(
      "{\"nodes\": [{\"id\": \"a\"}],\n \"edges\": [{\"source\": \"a\", \"target\": \"zz\"}]}", 2,
      38, "edge target 'zz' is not a node"));
  EXPECT_TRUE(fails_at("{\"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\"}]}", 1, 36,
                       "edge has no 'target'"));
  EXPECT_TRUE(fails_at("{\"nodes\": {}, \"edges\": []}", 1, 11, "'nodes' must be an array"));
  EXPECT_TRUE(fails_at("{\"nodes\": [{\"id\": \"a\"}, 5], \"edges\": []}", 1, 25,
                       "a node must be an object"));
  EXPECT_TRUE(fails_at("{\"nodes\": [], \"edges\": []}", 1, 1, "the graph has no nodes"));
  ReadOptions few;
  few.limits.max_nodes = 1;
  EXPECT_TRUE(fails_at("{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"edges\": []}", 1, 25,
                       "more than 1 nodes", few));
}

TEST(NodeLinkReaderTest, ReportsEveryErrorUpToTheCap) {
  const std::string text =
      "{\"nodes\": [{\"id\": \"a\"}],\n \"edges\": [{\"source\": \"a\", \"target\": \"x\"},\n"
      " {\"source\": \"y\", \"target\": \"a\"}]}";
  EXPECT_EQ(read_errors(text).size(), 2u);
  ReadOptions one;
  one.max_errors = 1;
  EXPECT_EQ(read_errors(text, one).size(), 1u);
}

// ---- Cytoscape.js

TEST(CytoscapeReaderTest, ReadsElementsObjectAndFlatArray) {
  const KnowledgeGraph g = read_ok(R"({"data": {"title": "T", "kgviz_version": "0.1.0", "seed": 0},
    "elements": {"nodes": [{"data": {"id": "a", "label": "A", "type": "tool", "aliases": ["AA"]},
                            "position": {"x": 1, "y": 2}},
                           {"data": {"id": "b"}}],
                 "edges": [{"data": {"id": "e0", "source": "a", "target": "b", "relation": "uses"}}]}})");
  ASSERT_EQ(g.node_count(), 2u);
  ASSERT_EQ(g.edge_count(), 1u);
  EXPECT_TRUE(g.directed());
  EXPECT_EQ(g.label(0), "A");
  EXPECT_EQ(g.type(0), "tool");
  EXPECT_EQ(g.node_list(0, attr::kAliases).size(), 1u);
  EXPECT_EQ(g.relation(0), "uses");
  EXPECT_EQ(g.edge_attributes().find("id"), nullptr) << "Cytoscape element ids are not attributes";
  EXPECT_NE(g.graph_attributes().find("title"), nullptr);
  EXPECT_EQ(g.graph_attributes().find("kgviz_version"), nullptr) << "an old record is not kept";

  // A flat array; edges may come first (Cytoscape adds a batch's nodes before its edges).
  const KnowledgeGraph flat = read_ok(R"([
    {"group": "edges", "data": {"id": "e", "source": "a", "target": "b"}},
    {"data": {"id": "x", "source": "b", "target": "a"}},
    {"group": "nodes", "data": {"id": "a"}}, {"data": {"id": "b"}}])");
  EXPECT_EQ(flat.node_count(), 2u);
  EXPECT_EQ(flat.edge_count(), 2u);
  EXPECT_EQ(read_ok(R"({"elements": [{"data": {"id": "a"}}]})").node_count(), 1u);
}

TEST(CytoscapeReaderTest, BadElementsAreReported) {
  EXPECT_TRUE(fails_at("{\"elements\": {\"nodes\": [{\"position\": {}}]}}", 1, 25,
                       "element has no 'data'"));
  EXPECT_TRUE(fails_at("[{\"group\": \"edge\", \"data\": {}}]", 1, 12, "\"nodes\" or \"edges\""));
  EXPECT_TRUE(fails_at(
      "[{\"data\": {\"id\": \"a\"}},\n {\"data\": {\"source\": \"a\", \"target\": \"b\"}}]", 2, 37,
      "edge target 'b' is not a node"));
  EXPECT_TRUE(fails_at("{\"elements\": 3}", 1, 14, "'elements' must be an object or an array"));
}

// ---- round trips through the JSON writers

class JsonWriterRoundTripTest : public ::testing::TestWithParam<bool> {};

TEST_P(JsonWriterRoundTripTest, TheBundledGraphComesBackWithItsAttributes) {
  const KnowledgeGraph original = read_graph(bundled_input(), ReadOptions{});
  const AnalysisResult analysis;
  RunRecord record;
  record.version = "test";
  std::ostringstream out;
  const bool cytoscape = GetParam();
  if (cytoscape) {
    write_cytoscape_json(original, analysis, nullptr, record, out);
  } else {
    write_nodelink_json(original, analysis, nullptr, record, out);
  }
  const KnowledgeGraph g = read_ok(out.str());
  ASSERT_EQ(g.node_count(), original.node_count());
  ASSERT_EQ(g.edge_count(), original.edge_count());
  EXPECT_EQ(g.directed(), original.directed());
  for (VertexId v = 0; v < g.node_count(); ++v) {
    EXPECT_EQ(g.id(v), original.id(v));
    EXPECT_EQ(g.label(v), original.label(v));
    EXPECT_EQ(g.type(v), original.type(v));
    EXPECT_EQ(g.node_list(v, attr::kAliases), original.node_list(v, attr::kAliases));
    for (std::string_view name :
         {"description", "identity_class", "country", "region", "active_since"}) {
      EXPECT_EQ(node_text(g, v, name), node_text(original, v, name)) << name << " of " << g.id(v);
    }
  }
  for (EdgeId e = 0; e < g.edge_count(); ++e) {
    EXPECT_EQ(g.id(g.source(e)), original.id(original.source(e)));
    EXPECT_EQ(g.id(g.target(e)), original.id(original.target(e)));
    for (std::string_view name :
         {"relation", "label", "confidence", "evidence", "source_doc", "according_to", "weight"}) {
      EXPECT_EQ(edge_text(g, e, name), edge_text(original, e, name)) << name << " of edge " << e;
    }
  }
  EXPECT_EQ(attribute_text(*g.graph_attributes().find("title"), 0, g.strings()),
            attribute_text(*original.graph_attributes().find("title"), 0, original.strings()));
  EXPECT_EQ(g.edge_attributes().find(attr::kWeight)->type(), AttrType::Double);
}

INSTANTIATE_TEST_SUITE_P(Formats, JsonWriterRoundTripTest, ::testing::Values(true, false),
                         [](const auto& info) { return info.param ? "Cytoscape" : "NodeLink"; });

TEST(JsonReaderTest, DetectedByReadGraphFromExtensionAndContent) {
  InputSource source = source_of(R"({"nodes": [{"id": "a"}], "links": []})", "g.json");
  EXPECT_EQ(read_graph(source, ReadOptions{}).node_count(), 1u);
  source.path = "-";
  source.from_stdin = true;
  EXPECT_EQ(detect_format(source, InputFormat::Auto), InputFormat::Json);
  EXPECT_EQ(read_graph(source, ReadOptions{}).node_count(), 1u);
}

}  // namespace
}  // namespace kgviz
