#!/usr/bin/env python3
"""networkx 3.x: Louvain (nx.community.louvain_communities, seeds 0..2) + modularity.

The reference for kgviz's community quality target. Runs on U (undirected, simple) with the
default weight='weight' (every edge of the bench graphs weighs 1.0, so this equals unweighted).
Prints `modularity_seed<S> Q` per seed, then `modularity Q` = the best of the seeds, `modularity_mean`,
and writes the best partition as a CSV. Run with `python3` (networkx 3.6).
"""
import time
import networkx as nx
from _common import parse_args, write_csv, report

args = parse_args(__doc__, lambda ap: ap.add_argument("--seeds", default="0,1,2"))
G = nx.read_graphml(args.graphml)
U = nx.Graph(G.to_undirected(as_view=True)) if G.is_directed() else nx.Graph(G)
U.remove_edges_from(list(nx.selfloop_edges(U)))
report("networkx", nx.__version__)
best = None
qs = []
for s in (int(x) for x in args.seeds.split(",")):
    t0 = time.perf_counter()
    comms = nx.community.louvain_communities(U, seed=s)
    q = nx.community.modularity(U, comms)
    qs.append(q)
    report("modularity_seed%d" % s, "%r %.2fs %d" % (q, time.perf_counter() - t0, len(comms)))
    if best is None or q > best[0]:
        best = (q, comms)
report("modularity", repr(best[0]))
report("modularity_mean", repr(sum(qs) / len(qs)))
member = {}
for k, c in enumerate(sorted(best[1], key=len, reverse=True)):
    for v in c:
        member[v] = k
ids = list(G.nodes)
write_csv(args.output, ids, [("community", [member[v] for v in ids])])
