#!/usr/bin/python3
"""igraph: PageRank, damping 0.85, unweighted (PRPACK) (peer of `analyze --metrics pagerank`)."""
import igraph as ig
from _common import parse_args, write_csv

args = parse_args(__doc__)
g = ig.Graph.Read_GraphML(args.graphml)
pr = g.pagerank(directed=g.is_directed(), damping=0.85)
write_csv(args.output, g.vs["id"], [("pagerank", pr)])
