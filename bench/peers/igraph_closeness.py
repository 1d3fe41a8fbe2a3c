#!/usr/bin/python3
"""igraph: closeness + harmonic centrality as networkx defines them (peer of `analyze --metrics closeness,harmonic`).

closeness(normalized=True) is (n_reached-1)/sum(d); networkx's Wasserman-Faust correction multiplies
by (n_reached-1)/(n-1), applied here (a no-op on a connected graph). harmonic is unnormalised, sum 1/d.
Directed graphs use distances *to* the node (mode "in"), like networkx.
"""
import igraph as ig
from _common import parse_args, write_csv

args = parse_args(__doc__)
g = ig.Graph.Read_GraphML(args.graphml)
n = g.vcount()
mode = "in" if g.is_directed() else "all"
clo = g.closeness(mode=mode, normalized=True)
if len(g.connected_components(mode="weak")) > 1:  # Wasserman-Faust factor (needs reach counts)
    reach = [len(r) - 1 for r in g.neighborhood(order=n, mode=mode)]
    clo = [0.0 if (c != c or r == 0) else c * r / (n - 1) for c, r in zip(clo, reach)]
else:
    clo = [0.0 if c != c else c for c in clo]
har = g.harmonic_centrality(mode=mode, normalized=False)
write_csv(args.output, g.vs["id"], [("closeness", clo), ("harmonic", har)])
