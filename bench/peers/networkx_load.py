#!/usr/bin/env python3
"""networkx: read_graphml only (informational peer of `kgviz validate FILE.graphml`)."""
import networkx as nx
from _common import parse_args, report

args = parse_args(__doc__)
G = nx.read_graphml(args.graphml)
report("nodes", G.number_of_nodes())
report("edges", G.number_of_edges())
