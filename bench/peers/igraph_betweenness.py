#!/usr/bin/python3
"""igraph: betweenness, scaled to networkx's normalized=True (peer of `analyze --metrics betweenness`).

igraph counts each unordered pair once on undirected graphs; networkx (and kgviz) count both
orders and divide by (n-1)(n-2), so undirected values are 2*b/((n-1)(n-2)), directed b/((n-1)(n-2)).
"""
import igraph as ig
from _common import parse_args, write_csv

args = parse_args(__doc__)
g = ig.Graph.Read_GraphML(args.graphml)
n = g.vcount()
directed = g.is_directed()
b = g.betweenness(directed=directed)
scale = (1.0 if directed else 2.0) / ((n - 1) * (n - 2)) if n > 2 else 1.0
write_csv(args.output, g.vs["id"], [("betweenness", [x * scale for x in b])])
