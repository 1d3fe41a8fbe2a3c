#!/usr/bin/env python3
"""Loads a GEXF file with networkx 3.x and prints a JSON summary of what networkx saw.

    python3 tests/interop/check_gexf.py FILE [--nodes N] [--edges M] [--node-attrs A,B] [--edge-attrs A,B]

Prints {nodes, edges, directed, multigraph, node_attrs, edge_attrs, record, untyped, problems}.
Before networkx, the file goes through a strict XML parser (ElementTree), because the importers of
Gephi Lite accept broken XML; the record is read from <meta><description> there, since networkx
ignores <meta>. `untyped` lists every value whose Python type does not match its declared GEXF type
(or, for what networkx reads from XML attributes and viz:*, the type Gephi gives it: label str,
weight float, viz colour ints). `problems` lists unmet expectations: counts other than --nodes and
--edges, attributes of --node-attrs / --edge-attrs that no node / edge carries.

Exit status: 0 when the file loads, every value is typed and every expectation holds; 1 otherwise;
2 on usage; 77 when networkx 3.x cannot be imported (ctest's SKIP_RETURN_CODE; Debian's networkx
2.8 cannot read GEXF 1.3).
"""

import sys
import xml.etree.ElementTree as ET

from interop_common import graph_summary, is_typed, keyed_edges, run

NS = "{http://gexf.net/1.3}"
PYTHON_TYPES = {
    "boolean": (bool,),
    "integer": (int,),
    "long": (int,),
    "float": (float,),
    "double": (float,),
    "string": (str,),
    "liststring": (str,),
}
# What networkx fills in from XML attributes and the viz module rather than from <attvalue>s.
NODE_BUILTINS = {"label": (str,)}
EDGE_BUILTINS = {"label": (str,), "weight": (float,), "id": (str,)}


def declared_types(root):
    """{(class, title): type} from the file's <attributes>, read by a strict XML parser."""
    types = {}
    for attributes in root.iter(NS + "attributes"):
        for attribute in attributes.iter(NS + "attribute"):
            types[(attributes.get("class"), attribute.get("title"))] = attribute.get("type", "string")
    return types



def check_viz(where, viz, untyped):
    color = viz.get("color", {})
    position = viz.get("position", {})
    checks = [(color.get(c), (int,)) for c in "rgb"] + [(viz.get("size"), (float,))]
    checks += [(position.get(c), (float,)) for c in "xyz"]
    for value, wanted in checks:
        if not is_typed(value, wanted):
            untyped.append(f"node {where!r} viz: {viz!r}")
            return


def check_values(items, scope, types, builtins, untyped):
    for where, data in items:
        for name, value in data.items():
            if scope == "node" and name == "viz":
                check_viz(where, value, untyped)
                continue
            declared = types.get((scope, name))
            wanted = builtins.get(name) if declared is None else PYTHON_TYPES.get(declared, ())
            if wanted is None:
                continue  # something networkx adds itself
            if not is_typed(value, wanted):
                untyped.append(f"{scope} {where!r} {name}: {declared or 'builtin'} read as "
                               f"{type(value).__name__} {value!r}")


def summarize(path):
    import networkx as nx

    root = ET.parse(path).getroot()
    types = declared_types(root)
    description = root.find(f"{NS}meta/{NS}description")
    g = nx.read_gexf(path)
    untyped = []
    check_values(g.nodes(data=True), "node", types, NODE_BUILTINS, untyped)
    edges = keyed_edges(g)
    check_values(edges, "edge", types, EDGE_BUILTINS, untyped)
    edges_in_file = len(list(root.iter(NS + "edge")))
    # networkx's own `id` edge attribute holds the GEXF edge id.
    summary = graph_summary(g, edges, edges_in_file, untyped, ignored_edge_attrs=("id",))
    summary["record"] = description.text if description is not None else None
    return summary


def record_problem(summary):
    if (summary["record"] or "").startswith("kgviz "):
        return []
    return ["no reproducibility record in <meta><description>"]


def main(argv):
    return run(__doc__, argv, summarize, record_problem, minimum=(3, 0),
               reason="cannot read GEXF 1.3")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
