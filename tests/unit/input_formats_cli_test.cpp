// DOT, GML and Pajek through the binary, as a user types it: kgviz's own DOT read back, ids people
// see in networkx work in `path`, errors with their positions, --from on other extensions.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run_support.hpp"

namespace kgviz {
namespace {

class InputFormatsCli : public test::CliFixture {
 protected:
  InputFormatsCli() : CliFixture("kgviz_formats_") {}
};

std::vector<std::string> sorted_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

TEST_F(InputFormatsCli, OwnDotReadsBackToTheSameAnalysis) {
  ASSERT_EQ(kgviz("export -o drawn.dot").status, 0);
  const std::string metrics = " --format csv --metrics degree,in_degree,out_degree,core";
  // (Floating-point metrics depend on the order of the vertices, which the DOT does not keep.)
  const auto bundled = kgviz("analyze" + metrics);
  const auto back = kgviz("analyze drawn.dot" + metrics);
  ASSERT_EQ(back.status, 0) << back.err;
  EXPECT_EQ(sorted_lines(back.out), sorted_lines(bundled.out));
  // And once more: the DOT of the DOT is the same graph.
  ASSERT_EQ(kgviz("export drawn.dot -o again.dot").status, 0);
  EXPECT_EQ(sorted_lines(kgviz("analyze again.dot" + metrics).out), sorted_lines(bundled.out));
}

TEST_F(InputFormatsCli, NetworkxNamesWorkInPath) {
  // networkx's karate club as write_pajek and write_gml write it: vertex labels "0".."33".
  std::string pajek =
      "*vertices 4\n1 0 0.0 0.0 ellipse\n2 1 0.0 0.0 ellipse\n"
      "3 2 0.0 0.0 ellipse\n4 33 0.0 0.0 ellipse\n*edges\n1 2 1.0\n2 4 1.0\n3 4 1.0\n";
  write("k.net", pajek);
  auto run = kgviz("path k.net 0 33");
  EXPECT_EQ(run.status, 0) << run.err;
  // Pajek *edges are undirected: hops without arrows.
  EXPECT_EQ(run.out, "0 \u2014 1\n1 \u2014 33\n") << run.out;
  write(
      "k.gml",
      "graph [ node [ id 0 label \"0\" ] node [ id 1 label \"33\" ] edge [ source 0 target 1 ] ]");
  run = kgviz("path k.gml 0 33");
  EXPECT_EQ(run.status, 0) << run.err;
}

TEST_F(InputFormatsCli, ErrorsArePositionedAndExitOne) {
  write("bad.gv", "digraph {\n  a -> ;\n}\n");
  auto run = kgviz("validate bad.gv");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err,
            "bad.gv:2:8: error: syntax error: expected a node or a subgraph after the "
            "edge operator, found ';'\n");
  EXPECT_TRUE(run.out.empty());
  write("bad.net", "*Vertices 2\n*Arcs\n1 3\n2 0\n");
  run = kgviz("validate bad.net");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err,
            "bad.net:3:3: error: vertex 3 is not in 1..2 (*Vertices 2)\n"
            "bad.net:4:3: error: vertex 0 is not in 1..2 (*Vertices 2)\n");
  // A failed export leaves no output.
  run = kgviz("export bad.gv -o out.graphml");
  EXPECT_EQ(run.status, 1);
  EXPECT_TRUE(read("out.graphml").empty());
}

TEST_F(InputFormatsCli, FromNamesTheFormatOfAnyExtension) {
  write("graph.txt", "graph [ node [ id 1 ] node [ id 2 ] edge [ source 1 target 2 ] ]");
  auto run = kgviz("analyze graph.txt --from gml --format csv --metrics degree");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "id,label,type,degree\n1,1,,1\n2,2,,1\n");
  run = kgviz("analyze - --from dot --format csv --metrics degree", "graph { x -- y }");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "id,label,type,degree\nx,x,,1\ny,y,,1\n");
  run = kgviz("analyze - --from pajek --format csv --metrics degree", "*Vertices 1\n");
  EXPECT_EQ(run.status, 0) << run.err;
}

}  // namespace
}  // namespace kgviz
