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

    # Vertex names are igraph's ids (its file ids n0, n1, ... are positions); one graph with names
    # and labels, one without names, one whose names repeat (so they cannot be ids).
    named = igraph.Graph([(0, 1), (1, 2), (2, 0), (2, 3)], directed=True)
    named.vs["name"] = ["alice", "bob", "carol", "dave"]
    named.vs["label"] = ["Alice A.", "Bob B.", "", ""]  # empty: no label of their own
    named.es["weight"] = [1.5, 2.0, 3.0, 4.0]
    named.write_graphml(path("igraph_names.graphml"))
    igraph.Graph.Famous("Zachary").write_graphml(path("igraph_karate.graphml"))
    repeated = igraph.Graph([(0, 1), (1, 2)])
    repeated.vs["name"] = ["x", "x", "y"]
    repeated.write_graphml(path("igraph_repeated_names.graphml"))


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

    # Every value type graph-tool has: vectors, python objects and int16 (`short`) among them.
    v = gt.Graph(directed=True)
    v.add_vertex(3)
    v.add_edge(v.vertex(0), v.vertex(1))
    v.add_edge(v.vertex(1), v.vertex(2))
    values = {
        "flag": ("bool", lambda i: i % 2 == 0),
        "small": ("int16_t", lambda i: i - 1),
        "count": ("int32_t", lambda i: i * 1000),
        "big": ("int64_t", lambda i: 2**40 + i),
        "ratio": ("double", lambda i: i / 3),
        "text": ("string", lambda i: f"t{i}"),
        "pos": ("vector<double>", lambda i: [i * 1.5, -i]),
        "ints": ("vector<int32_t>", lambda i: [i, i + 1, i + 2]),
        "words": ("vector<string>", lambda i: [f"w{i}", "a, b"]),
        "flags": ("vector<bool>", lambda i: [True, False]),
        "blob": ("python::object", lambda i: {"k": i}),
    }
    for name, (kind, value) in values.items():
        prop = v.new_vertex_property(kind)
        for i, vertex in enumerate(v.vertices()):
            prop[vertex] = value(i)
        v.vp[name] = prop
    coords = v.new_edge_property("vector<double>")
    for i, e in enumerate(v.edges()):
        coords[e] = [i, i + 0.5]
    v.ep["coords"] = coords
    v.save(path("graph_tool_vectors.graphml"))

    # A collection graph as graph-tool saves it: the layout is a vector_float key `pos`.
    gt_all = __import__("graph_tool.collection", fromlist=["data"])
    gt_all.data["karate"].save(path("graph_tool_karate.graphml"))


WRITERS = {"networkx": networkx_files, "igraph": igraph_files, "graph-tool": graph_tool_files}

if __name__ == "__main__":
    names = sys.argv[1:] or list(WRITERS)
    for name in names:
        WRITERS[name]()
        print(f"wrote the {name} files")
