#!/usr/bin/env python3
"""Loads a GraphML file with networkx 3.x and prints a JSON summary of what networkx saw.

    python3 tests/interop/check_graphml.py FILE

Prints {nodes, edges, directed, node_attrs, edge_attrs, graph_attrs, untyped} (attribute names
sorted; networkx's own `id` edge attribute, which holds the GraphML edge id, is left out). Before
networkx, the file goes through a strict XML parser (ElementTree), because the importers of Gephi
Lite accept broken XML. `untyped` lists every attribute value whose Python type does not match its
key's attr.type (a number that stayed a string, say).

Exit status: 0 when the file loads and every value is typed as declared; 1 otherwise; 2 on usage;
77 when networkx cannot be imported (ctest's SKIP_RETURN_CODE).
"""

import json
import math
import sys
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"
PYTHON_TYPES = {
    "boolean": (bool,),
    "int": (int,),
    "long": (int,),
    "float": (float,),
    "double": (float,),
    "string": (str,),
}


def declared_types(path):
    """{(for, attr.name): attr.type} from the file's keys, read by a strict XML parser."""
    root = ET.parse(path).getroot()
    types = {}
    for key in root.iter(NS + "key"):
        scope = key.get("for", "all")
        types[(scope, key.get("attr.name"))] = key.get("attr.type", "string")
    return types


def check_values(items, scope, types, untyped):
    for where, data in items:
        for name, value in data.items():
            declared = types.get((scope, name), types.get(("all", name)))
            if declared is None:
                continue  # an attribute networkx adds itself
            wanted = PYTHON_TYPES.get(declared, ())
            ok = isinstance(value, wanted) and not (wanted == (int,) and isinstance(value, bool))
            if not ok:
                untyped.append(f"{scope} {where!r} {name}: {declared} read as "
                               f"{type(value).__name__} {value!r}")


def summarize(path):
    import networkx as nx

    types = declared_types(path)
    g = nx.read_graphml(path)
    untyped = []
    check_values(g.nodes(data=True), "node", types, untyped)
    edges = [((u, v), {k: x for k, x in d.items() if k != "id"}) for u, v, d in g.edges(data=True)]
    check_values(edges, "edge", types, untyped)
    graph_data = {k: v for k, v in g.graph.items() if k not in ("node_default", "edge_default")}
    check_values([("graph", graph_data)], "graph", types, untyped)
    return {
        "tool": f"networkx {nx.__version__}",
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "node_attrs": sorted({k for _, d in g.nodes(data=True) for k in d}),
        "edge_attrs": sorted({k for _, d in edges for k in d}),
        "graph_attrs": sorted(graph_data),
        "untyped": untyped,
    }


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    try:
        import networkx  # noqa: F401
    except ImportError as error:
        print(f"skipped: {error}", file=sys.stderr)
        return 77
    try:
        summary = summarize(argv[1])
    except Exception as error:  # the point is to report any failure to load
        print(json.dumps({"tool": "networkx", "error": f"{type(error).__name__}: {error}"}))
        return 1
    print(json.dumps(summary, indent=1, sort_keys=True))
    return 1 if summary["untyped"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
