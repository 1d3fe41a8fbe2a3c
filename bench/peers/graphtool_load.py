#!/usr/bin/python3
"""graph-tool: load_graph only (informational peer of `kgviz validate FILE.graphml`)."""
import graph_tool as gt
from _common import parse_args, report

args = parse_args(__doc__)
g = gt.load_graph(args.graphml)
report("nodes", g.num_vertices())
report("edges", g.num_edges())
