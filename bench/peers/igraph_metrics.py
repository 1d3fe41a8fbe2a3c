#!/usr/bin/python3
"""igraph: several O(m) metrics in one process (peer of `analyze --metrics LIST` for the O(m) set).

--metrics takes kgviz's names: degree,in_degree,out_degree,pagerank,eigenvector,core,component,
strong_component,clustering,community (default: all of them). U = the graph undirected and simple
(the graph itself when it already is). eigenvector is rescaled to unit length as networkx does;
clustering counts 0 for degree < 2 as networkx does. Prints `modularity Q` when community is asked.
"""
import random
import igraph as ig
from _common import parse_args, write_csv, report

ALL = "degree,in_degree,out_degree,pagerank,eigenvector,core,component,strong_component,clustering,community"


def extra(ap):
    ap.add_argument("--metrics", default=ALL)
    ap.add_argument("--seed", type=int, default=0)


args = parse_args(__doc__, extra)
random.seed(args.seed)
want = args.metrics.split(",")
g = ig.Graph.Read_GraphML(args.graphml)
directed = g.is_directed()
if not directed and g.is_simple():
    u = g
else:
    u = g.as_undirected(mode="collapse") if directed else g.copy().simplify()
cols = []
for name in want:
    if name == "degree":
        cols.append((name, g.degree()))
    elif name == "in_degree":
        cols.append((name, g.indegree() if directed else g.degree()))
    elif name == "out_degree":
        cols.append((name, g.outdegree() if directed else g.degree()))
    elif name == "pagerank":
        cols.append((name, g.pagerank(directed=directed, damping=0.85)))
    elif name == "eigenvector":
        if u.is_connected():
            ev = u.eigenvector_centrality(scale=True)
            norm = sum(x * x for x in ev) ** 0.5
            cols.append((name, [x / norm for x in ev]))
        else:
            cols.append((name, [None] * g.vcount()))
    elif name == "core":
        cols.append((name, u.coreness()))
    elif name == "component":
        cols.append((name, g.connected_components(mode="weak").membership))
    elif name == "strong_component":
        cols.append((name, g.connected_components(mode="strong").membership if directed
                     else [None] * g.vcount()))
    elif name == "clustering":
        cols.append((name, u.transitivity_local_undirected(mode="zero")))
    elif name == "community":
        cl = u.community_multilevel()
        report("modularity", repr(u.modularity(cl.membership)))
        report("communities", len(cl))
        cols.append((name, cl.membership))
    else:
        raise SystemExit("igraph_metrics: unknown metric " + name)
write_csv(args.output, g.vs["id"], cols)
