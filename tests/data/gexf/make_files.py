#!/usr/bin/env python3
"""Writes the GEXF files that kgviz's reader tests load, with networkx's own writer (networkx 3.x).

Run from anywhere with the python3 that has networkx 3 (`python3 make_files.py`); files land beside
this script. graphology_*.gexf come from make_graphology.mjs (node), and gephi_style.gexf is written
by hand from Gephi 0.10's exporter (ExporterGEXF) and the GEXF 1.3 schema. The files are checked in:
regenerate only when a writer's behaviour should be re-captured, and check the tests still pass.
"""

import math
import pathlib

import networkx as nx

HERE = pathlib.Path(__file__).resolve().parent


def path(name):
    return HERE / name


def main():
    assert nx.__version__.startswith("3."), f"networkx 3.x required, this is {nx.__version__}"

    # Karate club: undirected, integer ids, a string node attribute, integer weights as the XML
    # `weight`, the graph name. GEXF 1.2draft is networkx's default version.
    nx.write_gexf(nx.karate_club_graph(), path("networkx_karate.gexf"))

    # A multigraph as networkx writes one: parallel edges (the key as `networkx_key`), node ids
    # with spaces and non-ASCII, every Python type, NaN and infinity as `nan`/`inf` weights, a
    # self-loop, edge attributes declared before node attributes; written as GEXF 1.3.
    g = nx.MultiDiGraph(name="multi & <test>")
    g.add_nodes_from([
        ("New York", {"label": "NYC", "type": "location", "population": 8336817, "area": 783.8,
                      "capital": False}),
        ("Salt Typhoon", {"label": "Salt Typhoon", "type": "intrusion-set", "capital": True,
                          "aliases": "Earth Estries; GhostEmperor"}),
        ("Ünïcode ☃", {"label": "snow \"man\"", "score": 1.5}),
        ("plain", {"score": 2.0}),
    ])
    salt_ny = ("Salt Typhoon", "New York")
    g.add_edges_from([
        (*salt_ny, {"relation": "targets", "weight": 2.5, "confidence": "reported"}),
        (*salt_ny, {"relation": "located-at", "weight": 1.0}),
        (*salt_ny, {"relation": "targets", "weight": math.inf}),
        ("New York", "New York", {"relation": "self", "weight": math.nan}),
        ("plain", "Ünïcode ☃", {"relation": "related-to", "flag": True}),
    ])
    nx.write_gexf(g, path("networkx_multidigraph.gexf"), version="1.3")

    # Drawing data the networkx way (node attribute `viz`), undirected.
    v = nx.path_graph(3)
    v.nodes[0]["viz"] = {"color": {"r": 230, "g": 159, "b": 0, "a": 0.5},
                         "position": {"x": 10.5, "y": -3.0, "z": 0.0}, "size": 12.5}
    v.nodes[1]["viz"] = {"color": {"r": 0, "g": 0, "b": 255}}
    nx.write_gexf(v, path("networkx_viz.gexf"))


if __name__ == "__main__":
    main()
