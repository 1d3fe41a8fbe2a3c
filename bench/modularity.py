#!/usr/bin/python3
"""Modularity (igraph) of a partition given as a CSV column: Q of kgviz's community column.

Usage: modularity.py GRAPHML CSV [COLUMN=community]. Q on U (undirected, simple), unweighted.
Not timed; used by bench/run to read kgviz's Q when its command writes CSV, and as a cross-check.
"""
import csv
import sys
import igraph as ig

graphml, path = sys.argv[1], sys.argv[2]
column = sys.argv[3] if len(sys.argv) > 3 else "community"
g = ig.Graph.Read_GraphML(graphml)
u = g.as_undirected(mode="collapse") if g.is_directed() else g.simplify()
with open(path, newline="", encoding="utf-8") as f:
    rows = {r["id"]: r[column] for r in csv.DictReader(f)}
labels = {}
member = [labels.setdefault(rows[i], len(labels)) for i in g.vs["id"]]
print(repr(u.modularity(member)))
