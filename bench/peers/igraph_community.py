#!/usr/bin/python3
"""igraph: multilevel (Louvain) communities + modularity (peer of `analyze --metrics community`).

Runs on the undirected simple graph (kgviz's U), with igraph's RNG seeded (random.seed).
Prints `modularity Q`.
"""
import random
import igraph as ig
from _common import parse_args, write_csv, report

args = parse_args(__doc__, lambda ap: ap.add_argument("--seed", type=int, default=0))
random.seed(args.seed)
g = ig.Graph.Read_GraphML(args.graphml)
u = g.as_undirected(mode="collapse") if g.is_directed() else g.simplify(combine_edges="first")
cl = u.community_multilevel()
report("modularity", repr(u.modularity(cl.membership)))
report("communities", len(cl))
write_csv(args.output, g.vs["id"], [("community", cl.membership)])
