#!/usr/bin/env python3
"""Writes the Pajek files that kgviz's Pajek reader tests load, with the real writers of other tools.

Run from anywhere; files land beside this script. Each writer runs only where its library imports:

    python3 make_files.py networkx             # networkx 3.x
    /usr/bin/python3 make_files.py igraph      # Debian's python3-igraph

pajek_style.net is hand-written from the Pajek manual (every section kind, coordinates, shapes,
drawing parameters, comments) and is not made here. The files are checked in: regenerate only
when a writer's behaviour should be re-captured, and check the tests still pass.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


def networkx_files():
    import networkx as nx

    if int(nx.__version__.split(".")[0]) < 3:
        sys.exit(f"networkx 3.x required, this is {nx.__version__}")

    # Karate club: vertex labels "0".."33" (the node names), `club` as a key-value pair, weights.
    nx.write_pajek(nx.karate_club_graph(), path("networkx_karate.net"))

    # A multigraph: labels with spaces and non-ASCII, parallel arcs, string edge attributes.
    g = nx.MultiDiGraph()
    g.add_node("New York", kind="city")
    g.add_node("Salt Typhoon", kind="apt")
    g.add_node("Ünïcode ☃")
    g.add_edge("Salt Typhoon", "New York", weight=2.5, relation="targets")
    g.add_edge("Salt Typhoon", "New York", weight=1.0, relation="located-at")
    g.add_edge("New York", "Ünïcode ☃", relation="self")
    nx.write_pajek(g, path("networkx_multidigraph.net"))


def igraph_files():
    import igraph

    # igraph writes the vertex count and the arcs only (no vertex lines without an `id`).
    g = igraph.Graph.Famous("Zachary")
    g.es["weight"] = [1.5] * g.ecount()
    g.write_pajek(path("igraph_karate.net"))

    d = igraph.Graph(directed=True)
    d.add_vertices(4)
    d.vs["id"] = ["alpha", "beta", "gamma", "delta"]
    d.vs["x"] = [0.1, 0.2, 0.3, 0.4]
    d.vs["y"] = [0.5, 0.6, 0.7, 0.8]
    d.add_edges([(0, 1), (1, 2), (2, 0), (0, 1), (3, 3)])
    d.es["weight"] = [1.0, 2.5, 0.1, 3.0, 1.0]
    d.write_pajek(path("igraph_small.net"))


if __name__ == "__main__":
    for tool in sys.argv[1:] or ["networkx"]:
        {"networkx": networkx_files, "igraph": igraph_files}[tool]()
