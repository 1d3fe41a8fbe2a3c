#!/usr/bin/env python3
"""Writes the GML files that kgviz's GML reader tests load, with the real writers of other tools.

Run from anywhere; files land beside this script. Each writer runs only where its library imports:

    python3 make_files.py networkx             # networkx 3.x
    /usr/bin/python3 make_files.py igraph      # Debian's python3-igraph

newman_style.gml, cytoscape_style.gml and gephi_style.gml are hand-written from those tools'
documented output (Newman's network-science datasets, Cytoscape's and Gephi's GML exports) and
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

    # Karate club: undirected, integer node names (labels "0".."33"), a string node attribute,
    # integer weights, the graph's name.
    nx.write_gml(nx.karate_club_graph(), path("networkx_karate.gml"))

    # A multigraph as networkx writes one: parallel edges with keys, non-ASCII names (written as
    # &#NNNN; references), a quote, lists (repeated keys, one of them with networkx's list marker),
    # a nested dict, NaN and infinity, booleans (as 1/0), graph data.
    g = nx.MultiDiGraph(title="multi & <test>", year=2024)
    g.add_node("New York", type="location", population=8336817, area=783.8, capital=False,
               tags=["city", "port"], pos=[1.5, -2.0])
    g.add_node("Salt Typhoon", type="intrusion-set", capital=True, tags=["apt"])
    g.add_node("Ünïcode ☃", score=1.5, info={"a": 1, "b": "x"})
    g.add_node("plain", score=2)
    g.add_edge("Salt Typhoon", "New York", relation="targets", weight=2.5, confidence="reported")
    g.add_edge("Salt Typhoon", "New York", relation="located-at", weight=1.0)
    g.add_edge("Salt Typhoon", "New York", relation="targets", weight=math.inf)
    g.add_edge("New York", "New York", relation="self", weight=math.nan)
    g.add_edge("plain", "Ünïcode ☃", relation="related-to", flag=True)
    nx.write_gml(g, path("networkx_multidigraph.gml"))


def igraph_files():
    import igraph

    g = igraph.Graph(directed=True)
    g.add_vertices(4)
    g.vs["name"] = ["alpha", "beta", "gamma", "delta"]
    g.vs["kind"] = ["a", "b", "a", "c"]
    g.vs["rank"] = [1, 2, 3, 4]
    g.vs["score"] = [0.5, 1.25, -3.0, 1e-300]
    g.add_edges([(0, 1), (1, 2), (2, 0), (0, 1), (3, 3)])
    g.es["relation"] = ["knows", "likes", "knows", "likes", "self"]
    g.es["weight"] = [1.0, 2.5, 0.1, 3.0, 1.0]
    g["title"] = "igraph test"
    g.write_gml(path("igraph_small.gml"))


if __name__ == "__main__":
    for tool in sys.argv[1:] or ["networkx"]:
        {"networkx": networkx_files, "igraph": igraph_files}[tool]()
