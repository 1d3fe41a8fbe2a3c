#!/usr/bin/env python3
"""Generate kgviz's independent reference data with networkx 3.x.

Usage (from anywhere; writes next to this script):

    python3 tests/reference/make_reference.py                 # regenerate every reference graph
    python3 tests/reference/make_reference.py karate florentine   # only the named ones
    /usr/bin/python3 tests/reference/make_reference.py --check-pagerank
        # cross-check the stored pagerank column against nx.pagerank (scipy) of another
        # networkx (2.8.x + scipy on the dev machine); writes nothing

Needs networkx >= 3.0 and PyYAML; no numpy/scipy (PageRank is implemented below).
Output is deterministic: the script re-executes itself with PYTHONHASHSEED=0 so that networkx's
set iteration over string node ids (harmonic centrality, Louvain) is always in the same order.
See README.md beside this file for the definitions.
"""

import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import collections  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import random  # noqa: E402

import networkx as nx  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
ARTICLE_YAML_REL = "../../../graph_data/salt_typhoon.yaml"  # relative to tests/reference/article/
ARTICLE_YAML = os.path.join(REPO, "graph_data", "salt_typhoon.yaml")

COLUMNS = ["id", "degree", "in_degree", "out_degree", "betweenness", "closeness", "harmonic",
           "pagerank", "eigenvector", "core", "component", "strong_component", "clustering"]
ALPHA = 0.85
PAGERANK_TOL = 1e-15          # stop when L1 change < n * PAGERANK_TOL
PAGERANK_MAX_ITER = 100000
EIGENVECTOR_TOLS = (1e-15, 1e-14, 1e-13, 1e-12)   # first one that converges is used
EIGENVECTOR_MAX_ITER = 100000
LOUVAIN_SEEDS = range(10)


# ----------------------------------------------------------------------------------------------
# The reference graphs. Each builder returns (graph, weight attribute or None).

def g_karate():
    return nx.karate_club_graph(), None


def g_karate_weighted():
    return nx.karate_club_graph(), "weight"


def g_les_miserables():
    return nx.les_miserables_graph(), None


def g_les_miserables_weighted():
    return nx.les_miserables_graph(), "weight"


def g_florentine():
    return nx.florentine_families_graph(), None


def g_bipartite():
    G = nx.bipartite.random_graph(12, 15, 0.2, seed=7)
    assert nx.is_connected(G)  # seed 7 happens to give a connected graph
    return G, None


def g_directed_scc():
    # 40 nodes, one weak component, 22 SCCs of which three are non-trivial (10, 9 and 2 nodes).
    return nx.gnp_random_graph(40, 0.05, seed=31, directed=True), None


def g_disconnected():
    # Three non-trivial components + two isolated nodes (5 components), members interleaved in
    # the input order. Components B and A tie for largest (6 nodes); B's first member (0) comes
    # first, so the summary diameter is B's (2), not A's (5). C is a triangle with a self-loop.
    G = nx.Graph()
    G.add_nodes_from(range(17))
    G.add_edges_from([(4, 0), (4, 7), (4, 10), (4, 13), (4, 15), (10, 13)])        # B: star + chord
    G.add_edges_from([(1, 5), (5, 8), (8, 11), (11, 14), (14, 16)])                # A: path
    G.add_edges_from([(2, 6), (6, 9), (9, 2), (6, 6)])                             # C: triangle + loop
    # 3 and 12 are isolated
    return G, None


def g_multigraph():
    G = nx.MultiGraph()
    G.add_nodes_from(range(13))
    G.add_edges_from([(0, 1), (0, 1), (0, 2), (1, 2), (1, 3), (2, 3), (3, 4), (3, 4), (3, 4),
                      (4, 5), (5, 6), (5, 7), (6, 7), (6, 7), (7, 7), (7, 8), (8, 9), (9, 10),
                      (10, 11), (11, 8), (9, 11), (0, 12)])
    return G, None


def g_multidigraph():
    # SCCs {0,1,2}, {3,4,5,6}, {7,8}, {9}; 9 is dangling; 3 has a self-loop, 5 has two.
    G = nx.MultiDiGraph()
    G.add_nodes_from(range(10))
    G.add_edges_from([(0, 1), (0, 1), (1, 0), (1, 2), (2, 0), (2, 3), (3, 3), (3, 4), (4, 3),
                      (4, 3), (4, 5), (5, 5), (5, 5), (5, 6), (6, 4), (6, 7), (7, 8), (8, 7),
                      (8, 7), (7, 9), (8, 9)])
    return G, None


def g_ba2000():
    return nx.barabasi_albert_graph(2000, 3, seed=42), None


def g_weighted_directed():
    # Seed chosen so that weighted shortest-path ties do not depend on float rounding: the
    # betweenness with the weights scaled to exact integers (x100) is identical (checked below).
    G = nx.gnp_random_graph(30, 0.1, seed=23, directed=True)
    rng = random.Random(23)
    for u, v in G.edges():
        G[u][v]["weight"] = round(rng.uniform(0.5, 3.0), 2)
    return G, "weight"


def g_article():
    import yaml
    with open(ARTICLE_YAML, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    G = nx.MultiDiGraph()
    for e in doc["entities"]:
        G.add_node(str(e["id"]))
    for r in doc["relations"]:
        s, t = str(r["source"]), str(r["target"])
        assert s in G and t in G, (s, t)
        G.add_edge(s, t)
    return G, None


# Hub-shaped graphs (issue 11, point 7): clustering by ordered triangle counting and eigenvector
# centrality where the spectrum is (nearly) symmetric must still equal networkx.

def g_star():
    # Bipartite: eigenvalues +-sqrt(200) and 0, the slow case of power iteration on A + I.
    return nx.star_graph(200), None


def g_windmill():
    # 60 triangles sharing the hub: clustering 1 on the blades, 1/119 at the hub.
    return nx.windmill_graph(60, 3), None


def g_hubs():
    # Two hubs sharing part of their leaves, chords between leaves (triangles through one or both
    # hubs), the hubs joined twice (parallel edges) and a self-loop on hub 0.
    G = nx.MultiGraph()
    G.add_nodes_from(range(252))
    G.add_edges_from((0, v) for v in range(1, 151))
    G.add_edges_from((151, v) for v in range(100, 252) if v != 151)
    G.add_edges_from((v, v + 1) for v in range(1, 60, 2))
    G.add_edges_from((v, v + 3) for v in range(95, 140, 5))
    G.add_edges_from([(0, 151), (0, 151), (0, 0), (200, 201), (201, 202)])
    return G, None


def g_hub_directed():
    # A directed hub: arcs out to 1..120, in from 80..150, both ways for 80..120, and leaf arcs
    # closing directed and undirected triangles.
    G = nx.DiGraph()
    G.add_nodes_from(range(151))
    G.add_edges_from((0, v) for v in range(1, 121))
    G.add_edges_from((v, 0) for v in range(80, 151))
    G.add_edges_from((v, v + 1) for v in range(1, 150, 3))
    return G, None


GRAPHS = [
    ("karate", g_karate),
    ("karate_weighted", g_karate_weighted),
    ("les_miserables", g_les_miserables),
    ("les_miserables_weighted", g_les_miserables_weighted),
    ("florentine", g_florentine),
    ("bipartite", g_bipartite),
    ("directed_scc", g_directed_scc),
    ("disconnected", g_disconnected),
    ("multigraph", g_multigraph),
    ("multidigraph", g_multidigraph),
    ("ba2000", g_ba2000),
    ("weighted_directed", g_weighted_directed),
    ("article", g_article),
    ("star", g_star),
    ("windmill", g_windmill),
    ("hubs", g_hubs),
    ("hub_directed", g_hub_directed),
]


# ----------------------------------------------------------------------------------------------
# Helpers

def relabel_str(G):
    """Same graph with str(node) ids, same node order, same edge order, same attributes."""
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from((str(n), dict(d)) for n, d in G.nodes(data=True))
    if G.is_multigraph():
        H.add_edges_from((str(u), str(v), k, dict(d)) for u, v, k, d in G.edges(keys=True, data=True))
    else:
        H.add_edges_from((str(u), str(v), dict(d)) for u, v, d in G.edges(data=True))
    return H


def edge_multiset(G, W):
    """Multiset of edges (endpoints normalised for undirected) with the weight when weighted."""
    c = collections.Counter()
    for u, v, d in G.edges(data=True):
        if not G.is_directed():
            u, v = sorted((u, v))
        c[(u, v, d.get(W, 1) if W else None)] += 1
    return c


def num_text(x):
    """Integers as integers, floats with repr() (shortest round-trip)."""
    if isinstance(x, bool):
        raise TypeError(x)
    if isinstance(x, int):
        return str(x)
    return repr(float(x))


def undirected_simple(G, W):
    """U: nodes of G; edge {u,v}, u != v, when G has any edge between them in either direction;
    when weighted, U's weight = sum of the weights of those G-edges (in G.edges order)."""
    U = nx.Graph()
    U.add_nodes_from(G)
    for u, v, d in G.edges(data=True):
        if u == v:
            continue
        if W is None:
            U.add_edge(u, v)
        else:
            w = d.get(W, 1)
            if U.has_edge(u, v):
                U[u][v][W] = U[u][v][W] + w
            else:
                U.add_edge(u, v, **{W: w})
    return U


def number_components(G, comps):
    """Map node -> component number, numbered by the input position of each component's first member."""
    pos = {v: i for i, v in enumerate(G)}
    comps = sorted((sorted(c, key=pos.__getitem__) for c in comps), key=lambda c: pos[c[0]])
    out = {}
    for k, c in enumerate(comps):
        for v in c:
            out[v] = k
    return out, comps


def pagerank(G, W):
    """PageRank by power iteration; see README.md. Returns ({node: value}, iterations)."""
    nodes = list(G)
    n = len(nodes)
    idx = {v: i for i, v in enumerate(nodes)}
    rows = [dict() for _ in range(n)]
    directed = G.is_directed()
    for u, v, d in G.edges(data=True):  # multigraphs: one item per parallel edge
        w = 1 if W is None else d.get(W, 1)
        i, j = idx[u], idx[v]
        rows[i][j] = rows[i].get(j, 0) + w
        if not directed and i != j:      # an undirected self-loop is one arc u->u
            rows[j][i] = rows[j].get(i, 0) + w
    trans = []
    dangling = []
    for i, r in enumerate(rows):
        s = sum(r.values())
        if s == 0:
            dangling.append(i)
        else:
            trans.append((i, [(j, w / s) for j, w in r.items()]))
    x = [1.0 / n] * n
    for it in range(1, PAGERANK_MAX_ITER + 1):
        dsum = sum(x[i] for i in dangling)
        base = ALPHA * dsum / n + (1.0 - ALPHA) / n
        acc = [0.0] * n
        for i, lst in trans:
            xi = x[i]
            for j, p in lst:
                acc[j] += xi * p
        new = [ALPHA * a + base for a in acc]
        err = sum(abs(a - b) for a, b in zip(new, x))
        x = new
        if err < n * PAGERANK_TOL:
            return {v: x[idx[v]] for v in nodes}, it
    raise RuntimeError("pagerank did not converge")


def eigenvector(U, W):
    """nx.eigenvector_centrality on U, or None when undefined (U disconnected)."""
    n = U.number_of_nodes()
    if n == 1:
        return {v: 1.0 for v in U}, None
    if n == 0 or U.number_of_edges() == 0 or not nx.is_connected(U):
        return None, None
    for tol in EIGENVECTOR_TOLS:
        try:
            return nx.eigenvector_centrality(U, max_iter=EIGENVECTOR_MAX_ITER, tol=tol, weight=W), tol
        except nx.PowerIterationFailedConvergence:
            continue
    raise RuntimeError("eigenvector centrality did not converge")


def bfs_incoming(G, v):
    """Hop distances from every node to v (along edge direction)."""
    pred = G.pred if G.is_directed() else G.adj
    dist = {v: 0}
    frontier = [v]
    while frontier:
        nxt = []
        for u in frontier:
            for w in pred[u]:
                if w not in dist:
                    dist[w] = dist[u] + 1
                    nxt.append(w)
        frontier = nxt
    return dist


# ----------------------------------------------------------------------------------------------
# Analysis

def analyze(G, W):
    nodes = list(G)
    n = len(nodes)
    directed = G.is_directed()
    U = undirected_simple(G, W)

    betweenness = nx.betweenness_centrality(G, normalized=True, weight=W)
    closeness = nx.closeness_centrality(G, distance=W)
    harmonic = nx.harmonic_centrality(G, distance=W)
    pr, pr_iter = pagerank(G, W)
    eig, eig_tol = eigenvector(U, W)
    core = nx.core_number(U)
    clustering = nx.clustering(U)
    if directed:
        weak, weak_list = number_components(G, nx.weakly_connected_components(G))
        strong, strong_list = number_components(G, nx.strongly_connected_components(G))
    else:
        weak, weak_list = number_components(G, nx.connected_components(G))
        strong, strong_list = None, None

    # ---- self-checks ---------------------------------------------------------------------------
    assert abs(sum(pr.values()) - 1.0) < 1e-12, sum(pr.values())
    nx_pr = nx.algorithms.link_analysis.pagerank_alg._pagerank_python(
        G, alpha=ALPHA, weight=W, tol=PAGERANK_TOL, max_iter=PAGERANK_MAX_ITER)
    pr_diff = max(abs(pr[v] - nx_pr[v]) for v in nodes)
    assert pr_diff < 1e-13, pr_diff
    if eig is not None:
        assert abs(math.sqrt(sum(x * x for x in eig.values())) - 1.0) < 1e-12
        assert all(x > 0 for x in eig.values())
    if W is None:
        # independent BFS check of closeness (WF-improved, incoming distances) and harmonic
        for v in nodes:
            dist = bfs_incoming(G, v)
            tot = sum(dist.values())
            r = len(dist)
            c = 0.0 if tot == 0 or n <= 1 else ((r - 1) / tot) * ((r - 1) / (n - 1))
            h = sum(1.0 / d for d in dist.values() if d > 0)
            assert abs(c - closeness[v]) < 1e-12, (v, c, closeness[v])
            assert abs(h - harmonic[v]) <= 1e-12 * max(1.0, h), (v, h, harmonic[v])
    else:
        # shortest-path ties must not depend on float rounding: compare with exact integer weights
        I = G.copy()
        for _, _, d in I.edges(data=True):
            d[W] = round(d[W] * 100)
        bi = nx.betweenness_centrality(I, normalized=True, weight=W)
        assert max(abs(bi[v] - betweenness[v]) for v in nodes) < 1e-12
        ci = nx.closeness_centrality(I, distance=W)
        assert max(abs(ci[v] * 100 - closeness[v]) for v in nodes) < 1e-12

    rows = []
    for v in nodes:
        if directed:
            ind, outd = G.in_degree(v), G.out_degree(v)
        else:
            ind = outd = G.degree(v)
        rows.append([
            str(v),
            num_text(G.degree(v)),
            num_text(ind),
            num_text(outd),
            num_text(float(betweenness[v])),
            num_text(float(closeness[v])),
            num_text(float(harmonic[v])),
            num_text(float(pr[v])),
            "" if eig is None else num_text(float(eig[v])),
            num_text(int(core[v])),
            num_text(weak[v]),
            "" if strong is None else num_text(strong[v]),
            num_text(float(clustering[v])),
        ])

    # ---- summary ---------------------------------------------------------------------------------
    largest = max(weak_list, key=len)  # max() keeps the first of equal sizes = first in input order
    diameter = nx.diameter(U.subgraph(largest)) if len(largest) > 1 else 0
    mods = []
    for s in LOUVAIN_SEEDS:
        comms = nx.community.louvain_communities(U, weight=W, resolution=1, seed=s)
        mods.append(float(nx.community.modularity(U, comms, weight=W)))
    summary = collections.OrderedDict([
        ("nodes", n),
        ("edges", G.number_of_edges()),
        ("directed", directed),
        ("density", float(nx.density(G))),
        ("components", len(weak_list)),
        ("strong_components", None if strong_list is None else len(strong_list)),
        ("diameter", int(diameter)),
        ("average_clustering", float(nx.average_clustering(U))),
        ("transitivity", float(nx.transitivity(U))),
        ("louvain_modularity", collections.OrderedDict([
            ("min", min(mods)),
            ("mean", sum(mods) / len(mods)),
            ("max", max(mods)),
            ("values", mods),
        ])),
        ("reference", collections.OrderedDict([
            ("networkx", nx.__version__),
            ("pagerank_iterations", pr_iter),
            ("eigenvector_tol", eig_tol),
            ("louvain_seeds", list(LOUVAIN_SEEDS)),
        ])),
    ])
    return rows, summary, betweenness, pr, pr_diff


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_json(path, obj):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(obj, indent=2, ensure_ascii=False, allow_nan=False))
        f.write("\n")


def read_csv_graph(edge_path, node_path, directed, multigraph, W):
    cls = {(False, False): nx.Graph, (True, False): nx.DiGraph,
           (False, True): nx.MultiGraph, (True, True): nx.MultiDiGraph}[(directed, multigraph)]
    G = cls()
    with open(node_path, encoding="utf-8", newline="") as f:
        G.add_nodes_from(r["id"] for r in csv.DictReader(f))
    with open(edge_path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if W:
                G.add_edge(r["source"], r["target"], **{W: float(r["weight"])})
            else:
                G.add_edge(r["source"], r["target"])
    return G


def generate(name, builder):
    out = os.path.join(HERE, name)
    os.makedirs(out, exist_ok=True)
    G0, W = builder()
    options = collections.OrderedDict([
        ("directed", G0.is_directed()),
        ("weight", W),
        ("input", None),
        ("multigraph", G0.is_multigraph()),
        ("csv", None),
        ("nodes_csv", None),
    ])
    if name == "article":
        G = G0
        options["input"] = ARTICLE_YAML_REL
    else:
        H = relabel_str(G0)
        gml = os.path.join(out, "input.graphml")
        nx.write_graphml(H, gml)
        # the graph as a user reads it back; metrics are computed on this
        G = nx.read_graphml(gml)
        assert type(G) is type(H), (type(G), type(H))
        assert list(G) == list(H)
        assert edge_multiset(G, W) == edge_multiset(H, W)
        options["input"] = "input.graphml"
        options["csv"] = "input.csv"
        options["nodes_csv"] = "nodes.csv"
        header = ["source", "target"] + (["weight"] if W else [])
        erows = []
        for u, v, d in G.edges(data=True):
            erows.append([u, v] + ([num_text(d[W])] if W else []))
        write_csv(os.path.join(out, "input.csv"), header, erows)
        write_csv(os.path.join(out, "nodes.csv"), ["id"], [[v] for v in G])
        C = read_csv_graph(os.path.join(out, "input.csv"), os.path.join(out, "nodes.csv"),
                           G.is_directed(), G.is_multigraph(), W)
        assert list(C) == list(G) and edge_multiset(C, W) == edge_multiset(G, W)

    rows, summary, betweenness, pr, pr_diff = analyze(G, W)
    if name == "karate":
        assert abs(betweenness["0"] - 0.43763528138528146) < 1e-9, betweenness["0"]
    write_csv(os.path.join(out, "expected.csv"), COLUMNS, rows)
    write_json(os.path.join(out, "expected_summary.json"), summary)
    write_json(os.path.join(out, "options.json"), options)
    print("%-24s n=%-5d m=%-5d pagerank iters=%-4d |pr - nx._pagerank_python|max=%.3g  eig_tol=%s"
          % (name, summary["nodes"], summary["edges"], summary["reference"]["pagerank_iterations"],
             pr_diff, summary["reference"]["eigenvector_tol"]))


# ----------------------------------------------------------------------------------------------
# Cross-check mode (another interpreter: networkx 2.8 + scipy)

def check_pagerank(names):
    overall = 0.0
    for name, _ in GRAPHS:
        if names and name not in names:
            continue
        d = os.path.join(HERE, name)
        with open(os.path.join(d, "options.json"), encoding="utf-8") as f:
            opt = json.load(f)
        if name == "article":
            G, _ = g_article()
        else:
            G = nx.read_graphml(os.path.join(d, opt["input"]))
        W = opt["weight"]
        with open(os.path.join(d, "expected.csv"), encoding="utf-8", newline="") as f:
            ours = {r["id"]: float(r["pagerank"]) for r in csv.DictReader(f)}
        ref = nx.pagerank(G, alpha=ALPHA, weight=W, tol=PAGERANK_TOL, max_iter=PAGERANK_MAX_ITER)
        diff = max(abs(ours[v] - ref[v]) for v in G)
        overall = max(overall, diff)
        print("%-24s %-14s max |ours - nx.pagerank| = %.3g" % (name, type(G).__name__, diff))
    print("networkx %s: overall max difference %.3g" % (nx.__version__, overall))


def main(argv):
    if "--check-pagerank" in argv:
        check_pagerank([a for a in argv if not a.startswith("--")])
        return
    if int(nx.__version__.split(".")[0]) < 3:
        sys.exit("make_reference.py needs networkx >= 3 (got %s)" % nx.__version__)
    names = set(argv)
    unknown = names - {n for n, _ in GRAPHS}
    if unknown:
        sys.exit("unknown graph(s): %s" % ", ".join(sorted(unknown)))
    for name, builder in GRAPHS:
        if not names or name in names:
            generate(name, builder)


if __name__ == "__main__":
    main(sys.argv[1:])
