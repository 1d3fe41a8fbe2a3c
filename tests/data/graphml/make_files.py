#!/usr/bin/env python3
"""Writes the GraphML files that kgviz's reader tests load, with the real writers of other tools.

Run from anywhere; files land beside this script. Each writer runs only where its library imports:

    python3 make_files.py networkx             # networkx 3.x
    /usr/bin/python3 make_files.py igraph graph-tool   # Debian's python3-igraph, python3-graph-tool

gephi_style.graphml and yed_style.graphml are hand-written from those tools' documented output and
are not made here. The files are checked in: regenerate only when a writer's behaviour should be
re-captured, and check the tests still pass.
"""

import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


def networkx_files():
    import networkx as nx

    if int(nx.__version__.split(".")[0]) < 3:
        sys.exit(f"networkx 3.x required, this is {nx.__version__}")

    # Karate club: undirected, integer ids, a string node attribute, integer weights, graph data.
    karate = nx.karate_club_graph()
    nx.write_graphml(karate, path("networkx_karate.graphml"))

    # A multigraph as networkx writes one: parallel edges with repeated ids (the edge key), node
    # ids with spaces, every Python type, one attribute with int and float values (two keys of one
    # name), NaN and infinity, graph data, and node defaults.
    g = nx.MultiDiGraph(title="multi & <test>", year=2024)
    g.graph["node_default"] = {"color": "grey"}
    g.add_node("New York", label="NYC", type="location", population=8336817, area=783.8,
               capital=False, color="blue")
    g.add_node("Salt Typhoon", label="Salt Typhoon", type="intrusion-set", capital=True)
    g.add_node("Ünïcode ☃", label="snow \"man\"", score=1.5)
    g.add_node("plain", score=2)
    g.add_edge("Salt Typhoon", "New York", relation="targets", weight=2.5, confidence="reported")
    g.add_edge("Salt Typhoon", "New York", relation="located-at", weight=1.0)
    g.add_edge("Salt Typhoon", "New York", relation="targets", weight=math.inf)
    g.add_edge("New York", "New York", relation="self", weight=math.nan)
    g.add_edge("plain", "Ünïcode ☃", relation="related-to", flag=True)
    nx.write_graphml(g, path("networkx_multidigraph.graphml"))


def igraph_files():
    import igraph

    g = igraph.Graph(directed=True)
    g.add_vertices(4)
    g.vs["name"] = ["alpha", "beta", "gamma", "delta"]
    g.vs["kind"] = ["a", "b", "a", "c"]
    g.vs["rank"] = [1, 2, 3, 4]
    g.vs["score"] = [0.5, 1.25, -3.0, 1e-300]
    g.vs["active"] = [True, False, True, False]
    g.add_edges([(0, 1), (1, 2), (2, 0), (0, 1), (3, 3)])
    g.es["relation"] = ["knows", "likes", "knows", "likes", "self"]
    g.es["weight"] = [1.0, 2.5, 0.1, 3.0, 1.0]
    g["title"] = "igraph test"
    g.write_graphml(path("igraph_small.graphml"))


def graph_tool_files():
    import graph_tool as gt

    g = gt.Graph(directed=False)
    g.add_vertex(4)
    name = g.new_vertex_property("string")
    rank = g.new_vertex_property("int")
    score = g.new_vertex_property("double")
    active = g.new_vertex_property("bool")
    for i, v in enumerate(g.vertices()):
        name[v] = ["one", "two", "three", "four"][i]
        rank[v] = i * 10
        score[v] = [0.1, 2.0 / 3.0, -1.5, 1e100][i]
        active[v] = i % 2 == 0
    g.vp["name"] = name
    g.vp["rank"] = rank
    g.vp["score"] = score
    g.vp["active"] = active
    weight = g.new_edge_property("double")
    relation = g.new_edge_property("string")
    for s, t, w, r in [(0, 1, 0.3, "x"), (1, 2, 1.0, "y"), (0, 1, 2.0, "z"), (3, 3, 1.5, "loop")]:
        e = g.add_edge(g.vertex(s), g.vertex(t))
        weight[e] = w
        relation[e] = r
    g.ep["weight"] = weight
    g.ep["relation"] = relation
    g.gp["title"] = g.new_graph_property("string", "graph-tool test")
    g.save(path("graph_tool_small.graphml"))


WRITERS = {"networkx": networkx_files, "igraph": igraph_files, "graph-tool": graph_tool_files}

if __name__ == "__main__":
    names = sys.argv[1:] or list(WRITERS)
    for name in names:
        WRITERS[name]()
        print(f"wrote the {name} files")
