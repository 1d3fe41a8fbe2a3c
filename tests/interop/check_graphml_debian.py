#!/usr/bin/python3
"""Loads a GraphML file with igraph (Graph.Read_GraphML) and graph-tool (load_graph) and prints a
JSON summary of what each saw. Run with Debian's Python, which has python3-igraph 0.10 and
python3-graph-tool 2.45:

    /usr/bin/python3 tests/interop/check_graphml_debian.py FILE

Prints {"igraph": {...}, "graph_tool": {...}}, each {nodes, edges, directed, node_attrs, edge_attrs,
graph_attrs, untyped} (attribute names sorted; the GraphML ids that the tools keep as attributes,
igraph's `id` and graph-tool's `_graphml_vertex_id`/`_graphml_edge_id`, are left out). `untyped`
lists every attribute whose type in the tool does not match its key's attr.type (igraph keeps all
numbers as one numeric type; graph-tool has a type per property map).

Exit status: 0 when both load the file with every attribute typed as declared; 1 otherwise; 2 on
usage; 77 when neither igraph nor graph_tool can be imported (ctest's SKIP_RETURN_CODE). A tool
that cannot be imported while the other can is reported as "skipped" in its entry.
"""

import json
import sys
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"


def declared_types(path):
    root = ET.parse(path).getroot()
    return {(key.get("for", "all"), key.get("attr.name")): key.get("attr.type", "string")
            for key in root.iter(NS + "key")}


def declared(types, scope, name):
    return types.get((scope, name), types.get(("all", name)))


def igraph_summary(path, types):
    import igraph

    g = igraph.Graph.Read_GraphML(path)
    untyped = []
    wanted = {"boolean": (bool,), "int": (int, float), "long": (int, float),
              "float": (int, float), "double": (int, float), "string": (str,)}

    def check(scope, names, values_of):
        for name in names:
            kind = declared(types, scope, name)
            if kind is None:
                continue
            for value in values_of(name):
                if value is None or (isinstance(value, float) and value != value and kind != "double"
                                     and kind != "float"):
                    continue  # igraph's "missing" marker
                if not isinstance(value, wanted[kind]) or (kind != "boolean" and isinstance(value, bool)):
                    untyped.append(f"{scope} {name}: {kind} read as {type(value).__name__} {value!r}")
                    break

    node_attrs = [a for a in g.vs.attributes() if a != "id"]
    edge_attrs = [a for a in g.es.attributes() if a != "id"]
    check("node", node_attrs, lambda n: g.vs[n])
    check("edge", edge_attrs, lambda n: g.es[n])
    check("graph", g.attributes(), lambda n: [g[n]])
    return {
        "tool": f"igraph {igraph.__version__}",
        "nodes": g.vcount(),
        "edges": g.ecount(),
        "directed": g.is_directed(),
        "node_attrs": sorted(node_attrs),
        "edge_attrs": sorted(edge_attrs),
        "graph_attrs": sorted(g.attributes()),
        "untyped": untyped,
    }


def graph_tool_summary(path, types):
    import graph_tool as gt

    g = gt.load_graph(path, fmt="graphml")
    untyped = []
    wanted = {"boolean": ("bool",), "int": ("int32_t",), "long": ("int64_t",),
              "float": ("double", "float"), "double": ("double", "long double"),
              "string": ("string",)}

    def check(scope, maps):
        for name, prop in maps.items():
            kind = declared(types, scope, name)
            if kind is not None and prop.value_type() not in wanted[kind]:
                untyped.append(f"{scope} {name}: {kind} read as {prop.value_type()}")

    hidden = ("_graphml_vertex_id", "_graphml_edge_id")
    vp = {k: v for k, v in g.vp.items() if k not in hidden}
    ep = {k: v for k, v in g.ep.items() if k not in hidden}
    check("node", vp)
    check("edge", ep)
    check("graph", dict(g.gp.items()))
    return {
        "tool": f"graph-tool {gt.__version__.split()[0]}",
        "nodes": g.num_vertices(),
        "edges": g.num_edges(),
        "directed": g.is_directed(),
        "node_attrs": sorted(vp),
        "edge_attrs": sorted(ep),
        "graph_attrs": sorted(g.gp.keys()),
        "untyped": untyped,
    }


def main(argv):
    if len(argv) != 2:
        print("usage: /usr/bin/python3 check_graphml_debian.py FILE", file=sys.stderr)
        return 2
    path = argv[1]
    result = {}
    failed = False
    try:
        types = declared_types(path)
    except Exception as error:
        print(json.dumps({"error": f"not well-formed XML: {error}"}))
        return 1
    available = 0
    for tool, summarize in (("igraph", igraph_summary), ("graph_tool", graph_tool_summary)):
        try:
            __import__(tool)
        except ImportError as error:
            result[tool] = {"skipped": str(error)}
            continue
        available += 1
        try:
            result[tool] = summarize(path, types)
            failed = failed or bool(result[tool]["untyped"])
        except Exception as error:  # the point is to report any failure to load
            result[tool] = {"error": f"{type(error).__name__}: {error}"}
            failed = True
    print(json.dumps(result, indent=1, sort_keys=True))
    if available == 0:
        return 77
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
