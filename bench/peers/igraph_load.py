#!/usr/bin/python3
"""igraph: Graph.Read_GraphML only (the peer of `kgviz validate FILE.graphml`)."""
import igraph as ig
from _common import parse_args, report

args = parse_args(__doc__)
g = ig.Graph.Read_GraphML(args.graphml)
report("nodes", g.vcount())
report("edges", g.ecount())
