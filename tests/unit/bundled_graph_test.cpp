#include <gtest/gtest.h>

#include "io/input.hpp"
#include "io/yaml_reader.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

TEST(BundledGraph, LoadsAndValidates) {
  ReadOptions options;
  KnowledgeGraph graph;
  try {
    graph = read_yaml(bundled_input(), options);
  } catch (const InputError& e) {
    for (const auto& d : e.diagnostics()) ADD_FAILURE() << d.format();
    return;
  }
  EXPECT_GT(graph.node_count(), 30u);
  EXPECT_GT(graph.edge_count(), 40u);
}

}  // namespace
}  // namespace kgviz
