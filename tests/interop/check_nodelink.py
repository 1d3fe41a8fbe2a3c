#!/usr/bin/env python3
"""Loads node-link JSON with networkx 3.x (`node_link_graph(data, edges="edges")`) and prints a JSON
summary of what networkx saw.

    python3 tests/interop/check_nodelink.py FILE [--nodes N] [--edges M] [--node-attrs A,B] [--edge-attrs A,B]

Prints {nodes, edges, directed, multigraph, node_attrs, edge_attrs, graph_attrs, untyped, problems}.
The file is read by a strict JSON parser first (no NaN or Infinity, which JavaScript rejects).
`untyped` lists every value of a data-contract attribute (DESIGN.md "Exported attributes") whose
Python type is not the contract's: integer metrics and r, g, b int; real metrics, x, y, size and
weight float; text str; aliases a list of str; an undefined metric may be None. `problems` lists
unmet expectations: counts other than --nodes and --edges, attributes of --node-attrs /
--edge-attrs that no node / edge carries, edge keys that repeat, a missing record.

Exit status: 0 when the file loads, every value is typed and every expectation holds; 1 otherwise;
2 on usage; 77 when networkx 3.4 or later (the first with `edges=`) cannot be imported.
"""

import json
import sys

from interop_common import graph_summary, is_typed, keyed_edges, run

INTEGER_METRICS = {"degree", "in_degree", "out_degree", "core", "component", "strong_component",
                   "community"}
REAL_METRICS = {"betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "clustering"}
NODE_TYPES = {
    **{name: (int,) for name in INTEGER_METRICS | {"r", "g", "b"}},
    **{name: (float,) for name in REAL_METRICS | {"x", "y", "size"}},
    **{name: (str,) for name in ("label", "type", "description", "color")},
}
EDGE_TYPES = {
    "weight": (float,),
    **{name: (str,) for name in ("relation", "label", "confidence", "evidence", "source_doc", "date",
                                 "according_to")},
}
NULLABLE = INTEGER_METRICS | REAL_METRICS | {"weight"}


def has_contract_type(name, value, wanted):
    if value is None:
        return name in NULLABLE
    if name == "aliases":
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    return wanted is None or is_typed(value, wanted)


def check_values(items, scope, types, untyped):
    for where, data in items:
        for name, value in data.items():
            if not has_contract_type(name, value, types.get(name)):
                untyped.append(f"{scope} {where!r} {name}: read as {type(value).__name__} {value!r}")


def reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def summarize(path):
    import networkx as nx

    with open(path, encoding="utf-8") as f:
        data = json.load(f, parse_constant=reject_constant)
    g = nx.node_link_graph(data, edges="edges")
    untyped = []
    check_values(g.nodes(data=True), "node", NODE_TYPES, untyped)
    edges = keyed_edges(g)
    check_values(edges, "edge", EDGE_TYPES, untyped)
    summary = graph_summary(g, edges, len(data["edges"]), untyped)
    summary["graph_attrs"] = sorted(g.graph)
    return summary


def record_problem(summary):
    return [] if "kgviz_version" in summary["graph_attrs"] else ["no reproducibility record in graph"]


def main(argv):
    return run(__doc__, argv, summarize, record_problem, minimum=(3, 4),
               reason="has no node_link_graph(edges=)")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
