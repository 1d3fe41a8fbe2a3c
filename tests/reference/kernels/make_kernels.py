#!/usr/bin/env python3
"""Expected values of kgviz's analysis kernels on the small graphs drawn in
tests/unit/kernel_graphs.hpp, computed with networkx 3.x; writes expected.json beside this script
(read by tests/unit/analysis_kernels_test.cpp).

Usage: python3 tests/reference/kernels/make_kernels.py        (networkx >= 3, no numpy needed)

Every drawn graph is analysed in four cases: undirected or directed, unweighted or weighted by its
edge labels. Per case:
  - every per-node metric of DESIGN.md "Metrics", by make_reference.py's analyze() (the same
    definitions and self-checks as the reference graphs of tests/reference/);
  - nx.community.modularity(U, parts) of the drawn partition, at resolutions 1 and 0.5;
  - for every ordered pair of vertices, the shortest chains of relations (`kgviz path`, following
    relations either way, and along their direction on directed cases): length (hops, or summed
    weight), the node sequences of nx.all_shortest_paths, and the number of distinct chains
    (parallel relations with the hop's least weight make distinct chains).
The output is deterministic (make_reference.py re-executes the interpreter with PYTHONHASHSEED=0).
"""

import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import make_reference  # noqa: E402  (re-executes with PYTHONHASHSEED=0 when imported first)
import networkx as nx  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DRAWINGS = os.path.join(REPO, "tests", "unit", "kernel_graphs.hpp")
ENTRY = re.compile(r'\{"(\w+)",\s*(\d+),\s*((?:"[^"]*"\s*)+),\s*"([^"]*)"\}')
METRICS = make_reference.COLUMNS[1:]
W = "weight"


def drawn_graphs():
    """(name, n, edges text, parts text) of every entry of kDrawnGraphs, in order."""
    with open(DRAWINGS, encoding="utf-8") as f:
        text = f.read()
    table = text[text.index("kDrawnGraphs[]"):]
    out = []
    for m in ENTRY.finditer(table):
        edges = "".join(re.findall(r'"([^"]*)"', m.group(3)))  # adjacent literals concatenate
        out.append((m.group(1), int(m.group(2)), edges, m.group(4)))
    assert out, "no graph found in " + DRAWINGS
    return out


def build(n, edges, directed):
    G = nx.MultiDiGraph() if directed else nx.MultiGraph()
    G.add_nodes_from(str(v) for v in range(n))
    for token in edges.split():
        ends, weight = token.split(":")
        a, b = ends.split("-")
        G.add_edge(a, b, **{W: float(weight)})
    return G


def number(text):
    """A value of make_reference's CSV rows as a JSON number (null when undefined)."""
    if text == "":
        return None
    value = float(text)
    return int(value) if value.is_integer() and "." not in text and "e" not in text else value


def chains(G, s, t, weight):
    """Shortest chains from s to t in G (a multigraph): length, node paths, chain count."""
    try:
        length = nx.shortest_path_length(G, s, t, weight=weight)
    except nx.NetworkXNoPath:
        return None
    paths = sorted(nx.all_shortest_paths(G, s, t, weight=weight))
    count = 0
    for path in paths:
        ways = 1
        for a, b in zip(path, path[1:]):
            weights = [d.get(W, 1) if weight else 1 for d in G.get_edge_data(a, b).values()]
            ways *= weights.count(min(weights))
        count += ways
    return collections.OrderedDict([
        ("length", float(length)),
        ("paths", [[int(v) for v in p] for p in paths]),
        ("chains", count),
    ])


def path_table(G, weight):
    out = collections.OrderedDict()
    for s in G:
        for t in G:
            found = chains(G, s, t, weight)
            if found is not None:
                out[s + "-" + t] = found
    return out


def case(n, edges, parts, directed, weighted):
    G = build(n, edges, directed)
    weight = W if weighted else None
    rows, summary, *_ = make_reference.analyze(G, weight)
    metrics = collections.OrderedDict(
        (metric, [number(row[1 + k]) for row in rows]) for k, metric in enumerate(METRICS))
    U = make_reference.undirected_simple(G, weight)
    labels = [int(p) for p in parts.split()]
    assert len(labels) == n, "parts of the wrong length"
    communities = [{str(v) for v in range(n) if labels[v] == c} for c in sorted(set(labels))]
    modularity = collections.OrderedDict()
    for resolution in (1, 0.5):
        value = None
        if U.number_of_edges() > 0:
            value = float(nx.community.modularity(U, communities, weight=weight, resolution=resolution))
        modularity[str(resolution)] = value
    out = collections.OrderedDict([
        ("metrics", metrics),
        ("modularity", modularity),
        ("average_clustering", summary["average_clustering"]),
        ("transitivity", summary["transitivity"]),
        ("diameter", summary["diameter"]),
        # Not G.to_undirected(): it merges a->b and b->a (same key) into one edge, while each
        # relation is a chain of its own.
        ("paths_either_way", path_table(build(n, edges, False), weight)),
    ])
    if directed:
        out["paths_along"] = path_table(G, weight)
    return out


def main():
    if int(nx.__version__.split(".")[0]) < 3:
        sys.exit("make_kernels.py needs networkx >= 3 (got %s)" % nx.__version__)
    graphs = collections.OrderedDict()
    for name, n, edges, parts in drawn_graphs():
        cases = collections.OrderedDict()
        for directed in (False, True):
            for weighted in (False, True):
                key = ("directed" if directed else "undirected") + ("_weighted" if weighted else "")
                cases[key] = case(n, edges, parts, directed, weighted)
        graphs[name] = collections.OrderedDict(
            [("nodes", n), ("edges", edges), ("parts", parts), ("cases", cases)])
    doc = collections.OrderedDict([("networkx", nx.__version__), ("graphs", graphs)])
    make_reference.write_json(os.path.join(HERE, "expected.json"), doc)
    print("kernels: %d graphs x 4 cases -> expected.json" % len(graphs))


if __name__ == "__main__":
    main()
