#!/usr/bin/python3
"""graph-tool: betweenness, normalized (= networkx normalized=True) (peer of `analyze --metrics betweenness`).

graph-tool runs it with OpenMP on all cores (openmp_get_num_threads()); it also computes edge
betweenness in the same pass, which cannot be switched off.
"""
import graph_tool as gt
import graph_tool.centrality
from _common import parse_args, write_csv, report

args = parse_args(__doc__)
g = gt.load_graph(args.graphml)
vb, _eb = graph_tool.centrality.betweenness(g, norm=True)
report("threads", gt.openmp_get_num_threads() if gt.openmp_enabled() else 1)
write_csv(args.output, list(g.vp["_graphml_vertex_id"]), [("betweenness", list(vb.a))])
