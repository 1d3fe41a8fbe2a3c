// What YAML aliases add (issue 11, point 9): --max-alias-expansion counts only the nodes aliases
// add (each alias: a copy of everything below its anchor), checked at each alias while parsing, so
// a plain file of any size is never refused and a billion-laughs file stops at the first alias over
// the limit, before the rest of the file is read.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/yaml_reader.hpp"
#include "io/yaml_tree.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

/// The diagnostics of parsing `text` as a YAML tree with `max_alias_expansion`.
std::vector<Diagnostic> tree_errors(const std::string& text, std::size_t max_alias_expansion) {
  ReadLimits limits;
  limits.max_alias_expansion = max_alias_expansion;
  DiagnosticSink sink("a.yaml", 50);
  YamlTree tree;
  tree.parse(text, limits, sink);
  return sink.diagnostics();
}

TEST(YamlAliasTest, TheLimitCountsWhatAliasesAddAndNothingElse) {
  // `a` is 4 nodes (the list and its 3 items): the two aliases add 8.
  const std::string text = "a: &a [1, 2, 3]\nb: [*a, *a]\n";
  EXPECT_TRUE(tree_errors(text, 8).empty());
  const auto over = tree_errors(text, 7);
  ASSERT_EQ(over.size(), 1u);
  EXPECT_EQ(over[0].line, 2u);
  EXPECT_EQ(over[0].column, 9u);  // the second alias
  EXPECT_NE(over[0].message.find("aliases expand the document by more than 7 nodes (raise the "
                                 "limit with --max-alias-expansion)"),
            std::string::npos);
  // Aliases inside an anchored node count again each time it is aliased: b = 1 + 3 + 3 nodes;
  // *a, *a and *b add 3 + 3 + 7.
  const std::string nested = "a: &a [1, 2]\nb: &b [*a, *a]\nc: [*b]\n";
  EXPECT_TRUE(tree_errors(nested, 13).empty());
  ASSERT_EQ(tree_errors(nested, 12).size(), 1u);
  EXPECT_EQ(tree_errors(nested, 12)[0].line, 3u);
}

TEST(YamlAliasTest, AFileWithoutAliasesIsNeverRefusedWhateverItsSize) {
  // 5,001 nodes and no alias, with a limit of 10.
  std::string text = "list:\n";
  for (int i = 0; i < 2500; ++i) text += "  - item" + std::to_string(i) + "\n";
  EXPECT_TRUE(tree_errors(text, 10).empty());
}

TEST(YamlAliasTest, TheIssuesPlainGraphReadsWithTheDefaultLimit) {
  // The probe of issue 11: 40,000 entities and 120,000 relations, no alias (about 14 MB), was
  // refused as expanding "through aliases to more than 1000000 nodes".
  std::string text =
      "sources:\n  - {id: d, title: t, publisher: null, date: null, url: null, text: null}\n"
      "types:\n  entity_types: [thing]\n  relation_types: [rel]\nentities:\n";
  constexpr int kEntities = 40'000;
  constexpr int kRelations = 120'000;
  for (int i = 0; i < kEntities; ++i) {
    text += "  - {id: e" + std::to_string(i) + ", label: Entity " + std::to_string(i) +
            ", type: thing}\n";
  }
  text += "relations:\n";
  for (int i = 0; i < kRelations; ++i) {
    text += "  - {source: e" + std::to_string(i % kEntities) + ", target: e" +
            std::to_string((i * 7 + 1) % kEntities) +
            ", relation: rel, confidence: reported, evidence: quoted words, source_doc: d}\n";
  }
  EXPECT_GT(text.size(), 12'000'000u);
  InputSource source;
  source.display_name = source.path = source.basename = "plain.yaml";
  source.content = std::move(text);
  const KnowledgeGraph g = read_yaml(source, {});
  EXPECT_EQ(g.node_count(), static_cast<std::size_t>(kEntities));
  EXPECT_EQ(g.edge_count(), static_cast<std::size_t>(kRelations));
}

TEST(YamlAliasTest, ABillionLaughsStopsAtTheFirstAliasOverTheLimit) {
  // Level k holds ten aliases of level k-1: level 30 would be 10^30 nodes. With the default limit
  // (1,000,000) the sum passes it at the 8th alias of level 5 (line 6); the parse stops there, so
  // the syntax error at the end of the file is never reached.
  std::string bomb = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int level = 1; level <= 30; ++level) {
    const std::string previous = "*l" + std::to_string(level - 1);
    bomb += "l" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
    for (int i = 0; i < 10; ++i) bomb += (i ? ", " : "") + previous;
    bomb += "]\n";
  }
  bomb += "broken: [\n";
  const auto found = tree_errors(bomb, ReadLimits{}.max_alias_expansion);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].line, 6u) << found[0].format();
  EXPECT_EQ(found[0].column, 10u + 7 * 5) << found[0].format();  // its 8th alias
  EXPECT_NE(found[0].message.find("more than 1000000 nodes"), std::string::npos);
}

}  // namespace
}  // namespace kgviz
