// Small graphs drawn by hand for the analysis kernel tests (analysis_kernels_test.cpp) and the
// layout tests (layout_test.cpp). tests/reference/kernels/make_kernels.py reads the table below
// from this file (each `{"name", n, "edges", "parts"}` entry) and computes the expected values
// with networkx, so the drawings live in one place.
//
// `edges`: relations in input order, `a-b:w` = a relation from a to b with weight w (undirected
// cases read it as {a, b}). `parts`: a community label per vertex, for the modularity tests.
#pragma once

#include <cstddef>

namespace kgviz::test {

struct DrawnGraph {
  const char* name;
  std::size_t nodes;
  const char* edges;
  const char* parts;
};

// clang-format off
inline constexpr DrawnGraph kDrawnGraphs[] = {
    //  0 --1-- 1         two triangles sharing vertex 2, and a tail 4-5. Edge labels are
    //   \     /          weights: weighted shortest paths differ from hop counts (0-2-4
    //    2   1           costs 5 in 2 hops, 0-1-2-3-4 costs 4 in 4 hops).
    //     \ /
    //      2 --3-- 4 --2-- 5
    //       \     /
    //        1   1
    //         \ /
    //          3
    {"bowtie", 6, "0-1:1 0-2:2 1-2:1 2-3:1 2-4:3 3-4:1 4-5:2", "0 0 0 1 1 1"},

    //  0 ----- 1           4 ----- 5       two 4-cliques (weight 2) joined by the
    //  | \   / |           | \   / |       bridge 3-6 (weight 1)
    //  |   X   |           |   X   |
    //  | /   \ |           | /   \ |
    //  2 ----- 3 --------- 6 ----- 7
    {"two_cliques", 8,
     "0-1:2 0-2:2 0-3:2 1-2:2 1-3:2 2-3:2 3-6:1 4-5:2 4-6:2 4-7:2 5-6:2 5-7:2 6-7:2",
     "0 0 0 0 1 1 1 1"},

    //  0 ----> 1           directed: the cycle 0-1-2, the 2-cycle 3 <-> 4 fed by 2 and
    //  ^       |           by 5, 6 pointing at 5, and 7 alone
    //  |       v
    //  +------ 2 --> 3 <==> 4 <-- 5 <-- 6      7
    {"cycles", 8, "0-1:1 1-2:2 2-0:1 2-3:1 3-4:3 4-3:1 5-4:2 6-5:1", "0 0 0 1 1 2 2 3"},

    //  0 ===== 1 (o        0-1 twice (weights 1 and 3), a self-loop at 1, 0-2 both
    //  ^ <==>  |           ways (weights 4 and 1, the double arrow), and the cycle
    //  |    <==>           1 -> 2 -> 3 -> 0
    //  |       v
    //  3 <---- 2
    {"multigraph", 4, "0-1:1 0-1:3 1-1:2 1-2:1 2-3:2 3-0:1 0-2:4 2-0:1", "0 0 1 1"},

    //  0 --- 1 --- 2       3 --- 4         a path, a triangle and an isolated vertex
    //                       \   /
    //                         5       6
    {"disconnected", 7, "0-1:1 1-2:2 3-4:1 4-5:1 5-3:2", "0 0 0 1 1 1 2"},

    //        1             a star: hub 0 with four leaves
    //        |
    //  4 --- 0 --- 2
    //        |
    //        3
    {"star", 5, "0-1:1 0-2:1 0-3:1 0-4:1", "0 0 0 0 0"},

    //  0 ... 5  a 6-clique  a 6-clique (arcs from the smaller vertex when directed) and the tail
    //           |           5-6-7. From a clique vertex the second level {6} is found bottom-up
    //           6 --- 7     (the frontier's arcs outnumber those into the unreached 6 and 7), the
    //                       third top-down: betweenness mixes both directions of the search.
    {"clique_tail", 8,
     "0-1:1 0-2:2 0-3:1 0-4:1 0-5:3 1-2:1 1-3:1 1-4:2 1-5:1 2-3:1 2-4:1 2-5:1 3-4:1 3-5:2 4-5:1 "
     "5-6:1 6-7:2",
     "0 0 0 0 0 0 1 1"},
};
// clang-format on

}  // namespace kgviz::test
