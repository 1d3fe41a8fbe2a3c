// KnowledgeGraph's id index (model/knowledge_graph.hpp): ids, not labels or other strings, find
// entities, whatever was interned first.
#include "model/knowledge_graph.hpp"

#include <gtest/gtest.h>

namespace kgviz {
namespace {

TEST(KnowledgeGraph, FindsEntitiesByIdOnly) {
  KnowledgeGraph graph;
  const VertexId a = graph.add_entity("a", "b", "person");  // label "b" is interned before id "b"
  const VertexId b = graph.add_entity("b", "Bee", "person");
  EXPECT_EQ(graph.find("a"), a);
  EXPECT_EQ(graph.find("b"), b);
  EXPECT_EQ(graph.find("Bee"), std::nullopt);     // a label
  EXPECT_EQ(graph.find("person"), std::nullopt);  // a type
  EXPECT_EQ(graph.find("c"), std::nullopt);       // never seen
  EXPECT_EQ(graph.find(""), std::nullopt);
}

TEST(KnowledgeGraph, RepeatedIdKeepsFindingTheFirstEntity) {
  KnowledgeGraph graph;
  const VertexId first = graph.add_entity("x", "first", "");
  graph.add_entity("x", "second", "");
  EXPECT_EQ(graph.node_count(), 2u);
  EXPECT_EQ(graph.find("x"), first);
}

TEST(KnowledgeGraph, MovesKeepTheIndex) {
  KnowledgeGraph graph;
  graph.add_entity("p", "P", "");
  const VertexId q = graph.add_entity("q", "Q", "");
  KnowledgeGraph moved = std::move(graph);
  EXPECT_EQ(moved.find("q"), q);
  EXPECT_EQ(moved.find("Q"), std::nullopt);
}

}  // namespace
}  // namespace kgviz
