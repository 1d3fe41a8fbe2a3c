// Pictures of plain graphs from the command line: the defaults for an undirected untyped graph,
// --color-by/--size-by/--width-by with any attribute and their errors, the title from the graph's
// name, --focus, and the input's own layout.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <utility>

#include "cli_run_support.hpp"

namespace {

using Outcome = kgviz::test::CliOutcome;

const std::string kKarate =
    "'" + std::string(KGVIZ_TEST_DATA_DIR) + "/reference/karate/input.graphml'";

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    ++count;
  return count;
}

class DiagramCliTest : public kgviz::test::CliFixture {
 protected:
  DiagramCliTest() : CliFixture("kgviz-diagram-cli-") {}
};

TEST_F(DiagramCliTest, UntypedUndirectedGraphGetsCommunityColoursWeightsAndItsName) {
  const Outcome run = kgviz("export " + kKarate + " -o k.svg -q");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string svg = read("k.svg");
  EXPECT_NE(svg.find("Zachary&#39;s Karate Club"), std::string::npos)
      << "title from the graph's name";
  EXPECT_EQ(svg.find("(untyped)"), std::string::npos);
  EXPECT_NE(svg.find(">community 0 ("), std::string::npos);
  EXPECT_NE(svg.find(">Line width: weight (1 to 7)<"), std::string::npos);
  EXPECT_NE(svg.find("color_by=community width_by=weight cluster_by=none"), std::string::npos)
      << "the record names what the automatic choices resolved to";
}

TEST_F(DiagramCliTest, ColourByACategoricalAttributeWithALegendOfItsValues) {
  const Outcome run = kgviz("export " + kKarate + " --color-by club --width-by none -o k.svg -q");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string svg = read("k.svg");
  EXPECT_NE(svg.find(">club<"), std::string::npos);
  EXPECT_NE(svg.find(">Mr. Hi (17)<"), std::string::npos);
  EXPECT_NE(svg.find(">Officer (17)<"), std::string::npos);
  EXPECT_EQ(svg.find("Line width"), std::string::npos);
  EXPECT_NE(svg.find("color_by=club cluster_by=none"), std::string::npos);
}

TEST_F(DiagramCliTest, UnknownChoicesNameTheValidOnesOnce) {
  const Outcome color = kgviz("export " + kKarate + " --color-by clubs -o k.svg");
  EXPECT_EQ(color.status, 2);
  EXPECT_EQ(color.err,
            "kgviz: error: --color-by clubs: not a choice for this graph; choose type, community, "
            "none, a metric (degree, in_degree, out_degree, betweenness, closeness, harmonic, "
            "pagerank, eigenvector, core, component, clustering) or the node attribute club\n");
  EXPECT_EQ(occurrences(color.err, "community"), 1u);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "k.svg"));

  const Outcome size = kgviz("export " + kKarate + " --size-by club --metrics degree -o k.svg");
  EXPECT_EQ(size.status, 2);
  EXPECT_EQ(size.err,
            "kgviz: error: --size-by club: not a choice for this graph; choose none or the metric "
            "degree\n");
  const Outcome width = kgviz("export " + kKarate + " --width-by strength -o k.svg");
  EXPECT_EQ(width.status, 2);
  EXPECT_NE(width.err.find("choose none or the numeric edge attribute weight"), std::string::npos)
      << width.err;
  const Outcome community =
      kgviz("export " + kKarate + " --color-by community --metrics degree -o k.svg");
  EXPECT_EQ(community.status, 2);
  EXPECT_NE(community.err.find("--color-by community: there are no communities (add community to "
                               "--metrics)"),
            std::string::npos)
      << community.err;
  const Outcome clusters =
      kgviz("export " + kKarate + " --cluster-by community --engine neato -o k.svg");
  EXPECT_EQ(clusters.status, 2);
  EXPECT_NE(clusters.err.find("clusters are drawn by the dot and fdp engines only, not by neato"),
            std::string::npos)
      << clusters.err;
}

TEST_F(DiagramCliTest, SizeByANumericAttribute) {
  write("g.csv", "source,target\na,b\nb,c\n");
  write("nodes.csv", "id,members\na,1\nb,5\nc,20\n");
  const Outcome run = kgviz("export g.csv --nodes nodes.csv --size-by members -o g.svg -q");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(read("g.svg").find(">Size: members<"), std::string::npos);
}

TEST_F(DiagramCliTest, FocusIsMarkedAndTheLegendListsOnlyWhatIsDrawn) {
  const Outcome run = kgviz("export --focus cisa --min-confidence reported -o f.svg -o f.dot -q");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string svg = read("f.svg");
  EXPECT_NE(svg.find(">focus: CISA<"), std::string::npos);
  EXPECT_NE(svg.find(">reported<"), std::string::npos);
  EXPECT_EQ(svg.find(">alleged<"), std::string::npos) << "no alleged relation is drawn";
  EXPECT_EQ(svg.find(">threat&#45;actor<"), std::string::npos) << "no threat actor is drawn";
  const std::string dot = read("f.dot");
  EXPECT_NE(dot.find("class=\"kgviz-focus\""), std::string::npos);
}

TEST_F(DiagramCliTest, InputLayoutIsKeptUnlessAnEngineIsNamed) {
  write("laid.graphml",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
        "<key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>"
        "<key id=\"y\" for=\"node\" attr.name=\"y\" attr.type=\"double\"/>"
        "<graph edgedefault=\"undirected\">"
        "<node id=\"a\"><data key=\"x\">0</data><data key=\"y\">0</data></node>"
        "<node id=\"b\"><data key=\"x\">1</data><data key=\"y\">0</data></node>"
        "<node id=\"c\"><data key=\"x\">1</data><data key=\"y\">1</data></node>"
        "<node id=\"d\"><data key=\"x\">0</data><data key=\"y\">1</data></node>"
        "<edge source=\"a\" target=\"c\"/><edge source=\"b\" target=\"d\"/></graph></graphml>");
  const Outcome kept = kgviz("export laid.graphml -o kept.dot -q");
  ASSERT_EQ(kept.status, 0) << kept.err;
  const std::string dot = read("kept.dot");
  EXPECT_NE(dot.find("layout=input"), std::string::npos);
  // A square of four square inches: corners 144 points apart (y up, as in the input), wherever
  // Graphviz puts the square on the page.
  const auto pos_of = [&](const std::string& node) {
    const std::size_t at = dot.find("\n\t" + node + "\t[");
    EXPECT_NE(at, std::string::npos) << node;
    const std::size_t pos = dot.find("pos=\"", at) + 5;
    const std::size_t comma = dot.find(',', pos);
    return std::make_pair(std::stod(dot.substr(pos, comma - pos)),
                          std::stod(dot.substr(comma + 1)));
  };
  const auto a = pos_of("a");
  const auto c = pos_of("c");
  EXPECT_DOUBLE_EQ(pos_of("b").first - a.first, 144.0);
  EXPECT_DOUBLE_EQ(pos_of("b").second, a.second);
  EXPECT_DOUBLE_EQ(c.first - a.first, 144.0);
  EXPECT_DOUBLE_EQ(c.second - a.second, 144.0);
  EXPECT_DOUBLE_EQ(pos_of("d").first, a.first);

  const Outcome engine = kgviz("export laid.graphml --engine neato -o engine.dot -q");
  ASSERT_EQ(engine.status, 0) << engine.err;
  EXPECT_EQ(read("engine.dot").find("layout=input"), std::string::npos);
}

}  // namespace
