#!/usr/bin/env python3
"""Deterministic Barabási–Albert benchmark graphs for bench/run.

Pure Python (standard library only), so it runs under either interpreter on the machine
(`python3` with networkx 3.6, or Debian's /usr/bin/python3).

Graphs (m = 5 edges per new node, fixed seeds):
  medium           n =  20,000   edges =    99,975  undirected  seed 1
  large            n = 200,000   edges =   999,975  undirected  seed 2
  medium_directed  n =  20,000   edges =    99,975  directed    seed 3 (orientation seed 1003)
  html_kg          n =  50,000   edges =    99,996  directed    seed 4, m = 2 (orientation seed 1004):
                   a knowledge graph for bench/html.mjs (the interactive page), GraphML only

The undirected graphs are exactly `nx.barabasi_albert_graph(n, 5, seed=SEED)` (same algorithm, same
random.Random calls: a star on m+1 nodes, then preferential attachment through the repeated-nodes
list). The directed variant is that graph with each edge, in generation order, pointed new->old or
old->new by a fair coin from random.Random(SEED + 1000), so that it has non-trivial strongly
connected components and directed shortest paths.

Each node carries a `label` ("n<id>"), each edge a `weight` of 1.0, written byte for byte as
networkx's `write_graphml` (xml.etree writer) writes them: keys d0 (node label) / d1 (edge weight),
`edgedefault`, node ids as strings, nodes in id order, edges in networkx's `G.edges` order. The
writer here is a direct string writer (~50x faster than networkx's). `--selftest` checks the
byte-identity against networkx on small graphs.

CSV: an edge list `source,target,weight` with the same edges in the same order.

html_kg carries what a knowledge graph carries, drawn from random.Random(seed + 2000): node `label`
and `type` (one of 8 STIX-like types), edge `relation` (one of 8), `confidence`
(confirmed/reported/alleged), `evidence` (a sentence of 8-16 words), `source_doc` and a `date`
(2015-2024, one relation in five undated).

Usage: generate.py [--out DIR] [--only NAME[,NAME...]] [--force] [--selftest]
"""

import argparse
import os
import random
import sys
import time

GRAPHS = {
    # name: (n, m, seed, directed)
    "medium": (20_000, 5, 1, False),
    "large": (200_000, 5, 2, False),
    "medium_directed": (20_000, 5, 3, True),
    "html_kg": (50_000, 2, 4, True),
}
KNOWLEDGE_GRAPHS = {"html_kg"}
ENTITY_TYPES = ["intrusion-set", "threat-actor", "campaign", "identity", "location", "malware",
                "tool", "infrastructure"]
RELATION_TYPES = ["targets", "uses", "attributed-to", "located-at", "related-to", "member-of",
                  "compromised", "investigates"]
WORDS = ("the agency said hackers had access to networks of several providers according to "
         "officials who spoke on condition of anonymity about an ongoing investigation into "
         "reported intrusions").split()

HEADER = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    '  <key id="d1" for="edge" attr.name="weight" attr.type="double" />\n'
    '  <key id="d0" for="node" attr.name="label" attr.type="string" />\n'
)


def barabasi_albert_edges(n, m, seed):
    """Edges in generation order, exactly as nx.barabasi_albert_graph(n, m, seed) adds them."""
    rng = random.Random(seed)
    # star_graph(m): centre 0 joined to 1..m
    edges = [(0, i) for i in range(1, m + 1)]
    # networkx: repeated_nodes = [n for n, d in G.degree() for _ in range(d)]
    repeated = [0] * m + [i for i in range(1, m + 1)]
    source = m + 1
    choice = rng.choice
    while source < n:
        targets = set()
        while len(targets) < m:
            targets.add(choice(repeated))
        for t in targets:
            edges.append((source, t))
        repeated.extend(targets)
        repeated.extend([source] * m)
        source += 1
    return edges


def orient(edges, seed):
    rng = random.Random(seed)
    rnd = rng.random
    return [(u, v) if rnd() < 0.5 else (v, u) for (u, v) in edges]


def networkx_edge_order(n, edges, directed):
    """The order networkx's G.edges yields for a graph built by adding `edges` in order."""
    adj = [[] for _ in range(n)]
    if directed:
        seen_pairs = set()
        for u, v in edges:
            if (u, v) not in seen_pairs:  # a DiGraph keeps one edge per pair
                seen_pairs.add((u, v))
                adj[u].append(v)
        return [(u, v) for u in range(n) for v in adj[u]]
    for u, v in edges:  # BA has no parallel edges or self-loops
        adj[u].append(v)
        adj[v].append(u)
    out = []
    for u in range(n):
        for v in adj[u]:
            if v > u or v == u:  # nodes are in id order, so "not yet seen" == larger id
                out.append((u, v))
    return out


def write_graphml(path, n, edges, directed):
    parts = [HEADER, '  <graph edgedefault="%s">\n' % ("directed" if directed else "undirected")]
    parts.extend('    <node id="%d">\n      <data key="d0">n%d</data>\n    </node>\n' % (i, i)
                 for i in range(n))
    parts.extend('    <edge source="%d" target="%d">\n      <data key="d1">1.0</data>\n'
                 '    </edge>\n' % e for e in edges)
    parts.append("  </graph>\n</graphml>\n")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(parts))
    os.replace(tmp, path)


def write_kg_graphml(path, n, edges, directed, seed):
    """GraphML of a knowledge graph on `edges`: typed, labelled entities and relations with
    confidence, evidence, source and date (see the module doc)."""
    rng = random.Random(seed + 2000)
    keys = [("d0", "node", "label"), ("d1", "node", "type"), ("d2", "edge", "relation"),
            ("d3", "edge", "confidence"), ("d4", "edge", "evidence"), ("d5", "edge", "source_doc"),
            ("d6", "edge", "date")]
    parts = [HEADER.split("  <key")[0]]
    parts.extend('  <key id="%s" for="%s" attr.name="%s" attr.type="string" />\n' % k for k in keys)
    parts.append('  <graph edgedefault="%s">\n' % ("directed" if directed else "undirected"))
    for i in range(n):
        parts.append('    <node id="%d">\n      <data key="d0">Entity %d</data>\n'
                     '      <data key="d1">%s</data>\n    </node>\n' % (i, i, rng.choice(ENTITY_TYPES)))
    for u, v in edges:
        evidence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16)))
        date = ("" if rng.random() < 0.2 else '      <data key="d6">%d-%02d-%02d</data>\n'
                % (rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)))
        parts.append('    <edge source="%d" target="%d">\n      <data key="d2">%s</data>\n'
                     '      <data key="d3">%s</data>\n      <data key="d4">%s</data>\n'
                     '      <data key="d5">report-%d</data>\n%s    </edge>\n'
                     % (u, v, rng.choice(RELATION_TYPES),
                        rng.choice(["confirmed", "reported", "alleged"]), evidence,
                        rng.randint(1, 20), date))
    parts.append("  </graph>\n</graphml>\n")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(parts))
    os.replace(tmp, path)


def write_csv(path, edges):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("source,target,weight\n")
        f.write("".join("%d,%d,1.0\n" % e for e in edges))
    os.replace(tmp, path)


def build(n, m, seed, directed):
    edges = barabasi_albert_edges(n, m, seed)
    if directed:
        edges = orient(edges, seed + 1000)
    return networkx_edge_order(n, edges, directed)


def selftest():
    import tempfile
    import networkx as nx

    tmpdir = tempfile.mkdtemp()
    for n, m, seed, directed in [(60, 3, 7, False), (200, 5, 1, False), (150, 4, 3, True)]:
        G = nx.barabasi_albert_graph(n, m, seed=seed)
        if directed:
            D = nx.DiGraph()
            D.add_nodes_from(G)
            D.add_edges_from(orient(barabasi_albert_edges(n, m, seed), seed + 1000))
            G = D
        for v in G:
            G.nodes[v]["label"] = "n%d" % v
        for u, v in G.edges:
            G.edges[u, v]["weight"] = 1.0
        ref = os.path.join(tmpdir, "ref.graphml")
        mine = os.path.join(tmpdir, "mine.graphml")
        nx.write_graphml(G, ref)
        write_graphml(mine, n, build(n, m, seed, directed), directed)
        with open(ref, "rb") as a, open(mine, "rb") as b:
            if a.read() != b.read():
                print("selftest: MISMATCH for n=%d m=%d seed=%d directed=%s" % (n, m, seed, directed))
                return 1
    print("selftest: byte-identical to networkx %s write_graphml" % nx.__version__)
    return 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(here, "data"))
    ap.add_argument("--only", default=",".join(g for g in GRAPHS if g not in KNOWLEDGE_GRAPHS),
                    help="comma-separated graph names (html_kg only when named)")
    ap.add_argument("--force", action="store_true", help="rewrite files that exist")
    ap.add_argument("--selftest", action="store_true")
    args = ap.parse_args()
    if args.selftest:
        return selftest()
    os.makedirs(args.out, exist_ok=True)
    for name in args.only.split(","):
        n, m, seed, directed = GRAPHS[name]
        gml = os.path.join(args.out, name + ".graphml")
        csv = os.path.join(args.out, name + ".csv")
        kg = name in KNOWLEDGE_GRAPHS
        if not args.force and os.path.exists(gml) and (kg or os.path.exists(csv)):
            continue
        t0 = time.time()
        edges = build(n, m, seed, directed)
        if kg:
            write_kg_graphml(gml, n, edges, directed, seed)
        else:
            write_graphml(gml, n, edges, directed)
            write_csv(csv, edges)
        print("generate: %s n=%d edges=%d %s seed=%d (%.1fs)"
              % (name, n, len(edges), "directed" if directed else "undirected", seed,
                 time.time() - t0), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
