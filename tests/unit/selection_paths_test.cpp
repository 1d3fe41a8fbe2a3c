// Entity lookup, subgraph selection and shortest relation chains on small drawn graphs.
#include <gtest/gtest.h>

#include "analysis/paths.hpp"
#include "analysis/selection.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

//   a --r1(confirmed)--> b --r2(reported)--> c --r4(alleged)--> d      e (isolated)
//   a --r3(alleged)----> b   (parallel)      c <--r5(reported)-- d
KnowledgeGraph chain() {
  KnowledgeGraph g;
  for (const char* id : {"a", "b", "c", "d", "e"}) {
    g.add_entity(id, std::string("Label ") + id, id[0] == 'e' ? "other" : "thing");
  }
  g.set_node_string(1, "description", "the b node");
  struct Relation {
    VertexId s, t;
    const char* relation;
    const char* confidence;
  };
  for (const Relation& r : {Relation{0, 1, "r1", "confirmed"}, Relation{1, 2, "r2", "reported"},
                            Relation{0, 1, "r3", "alleged"}, Relation{2, 3, "r4", "alleged"},
                            Relation{3, 2, "r5", "reported"}}) {
    const EdgeId e = g.add_relation(r.s, r.t);
    g.set_edge_string(e, "relation", r.relation);
    g.set_edge_string(e, "confidence", r.confidence);
    g.set_edge_real(e, "weight", e == 1 ? 5.0 : 1.0);
  }
  return g;
}

TEST(ResolveEntity, ByIdLabelAndCase) {
  const KnowledgeGraph g = chain();
  EXPECT_EQ(resolve_entity(g, "c"), 2u);
  EXPECT_EQ(resolve_entity(g, "Label d"), 3u);
  EXPECT_EQ(resolve_entity(g, "label D"), 3u);
}

TEST(ResolveEntity, UnknownNamesGetSuggestions) {
  const KnowledgeGraph g = chain();
  try {
    resolve_entity(g, "Labl d");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("did you mean 'Label d'"), std::string::npos) << e.what();
  }
}

TEST(ResolveEntity, AmbiguousLabelsAreNamed) {
  KnowledgeGraph g = chain();
  g.add_entity("f", "Label a", "thing");
  EXPECT_THROW(resolve_entity(g, "Label a"), Error);
}

TEST(SelectSubgraph, FocusAndDepthFollowBothDirections) {
  const KnowledgeGraph g = chain();
  SelectionOptions options;
  options.focus = "c";
  options.depth = 1;
  const KnowledgeGraph sub = select_subgraph(g, options);
  ASSERT_EQ(sub.node_count(), 3u);  // b, c, d
  EXPECT_EQ(sub.id(0), "b");
  EXPECT_EQ(sub.edge_count(), 3u);  // r2, r4, r5
  EXPECT_EQ(sub.node_string(0, "description"), "the b node");
  EXPECT_EQ(sub.edge_string(0, "relation"), "r2");
  options.depth = 0;
  EXPECT_EQ(select_subgraph(g, options).node_count(), 1u);
}

TEST(SelectSubgraph, MinConfidenceDropsRelationsAndTheEntitiesTheyLeaveAlone) {
  const KnowledgeGraph g = chain();
  SelectionOptions options;
  options.min_confidence = "reported";
  const KnowledgeGraph sub = select_subgraph(g, options);
  // r1, r2, r5 stay; every entity keeps a relation; e had none and stays.
  EXPECT_EQ(sub.node_count(), 5u);
  EXPECT_EQ(sub.edge_count(), 3u);
  options.min_confidence = "confirmed";
  const KnowledgeGraph confirmed = select_subgraph(g, options);
  EXPECT_EQ(confirmed.node_count(), 3u);  // a, b, e
  EXPECT_EQ(confirmed.edge_count(), 1u);
  options.min_confidence = "certain";
  EXPECT_THROW(select_subgraph(g, options), std::invalid_argument);  // the CLI admits no other word
}

TEST(SelectSubgraph, TypesKeepMatchingEntities) {
  const KnowledgeGraph g = chain();
  SelectionOptions options;
  options.types = {"other"};
  const KnowledgeGraph sub = select_subgraph(g, options);
  ASSERT_EQ(sub.node_count(), 1u);
  EXPECT_EQ(sub.id(0), "e");
  EXPECT_EQ(sub.edge_count(), 0u);
}

TEST(ShortestRelationPaths, EitherDirectionByDefault) {
  const KnowledgeGraph g = chain();
  const PathResult result = shortest_relation_paths(g, 3, 0, PathOptions{});
  ASSERT_EQ(result.paths.size(), 1u);
  EXPECT_EQ(result.length, 3);
  const RelationPath& path = result.paths[0];
  ASSERT_EQ(path.size(), 3u);
  EXPECT_EQ(path[0].edge, 3u);  // d <-r4- c: the first relation between c and d in input order
  EXPECT_FALSE(path[0].forward);
  EXPECT_EQ(path[2].edge, 0u);  // b <-r1- a, not the parallel r3
  EXPECT_EQ(path[2].to, 0u);
}

TEST(ShortestRelationPaths, DirectedAndAll) {
  const KnowledgeGraph g = chain();
  PathOptions options;
  options.directed = true;
  EXPECT_TRUE(shortest_relation_paths(g, 3, 0, options).paths.empty());
  options.all = true;
  const PathResult all = shortest_relation_paths(g, 0, 3, options);
  EXPECT_EQ(all.paths.size(), 2u);  // via r1 or r3 (parallel relations), then r2, r4
  EXPECT_EQ(all.length, 3);
}

TEST(ShortestRelationPaths, WeightedPathsAndBadWeights) {
  const KnowledgeGraph g = chain();
  PathOptions options;
  options.weight = "weight";
  const PathResult result = shortest_relation_paths(g, 0, 2, options);
  ASSERT_EQ(result.paths.size(), 1u);
  EXPECT_EQ(result.length, 6);  // r1 (1) + r2 (5)
  options.weight = "missing";
  EXPECT_THROW(shortest_relation_paths(g, 0, 2, options), Error);
}

TEST(ShortestRelationPaths, SameEntityAndUnreachable) {
  const KnowledgeGraph g = chain();
  const PathResult same = shortest_relation_paths(g, 1, 1, PathOptions{});
  ASSERT_EQ(same.paths.size(), 1u);
  EXPECT_TRUE(same.paths[0].empty());
  EXPECT_TRUE(shortest_relation_paths(g, 0, 4, PathOptions{}).paths.empty());
}

}  // namespace
}  // namespace kgviz
