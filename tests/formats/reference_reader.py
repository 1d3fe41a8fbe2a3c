#!/usr/bin/env python3
"""Reads a graph file with a reference library and prints what it sees as JSON (one shape for all).

    reference_reader.py REFERENCE FILE [--nodes NODES_CSV]

Runs under whichever interpreter has the library: networkx 3.x (`python3`) for networkx-* ,
gephi-csv, csv-edgelist and kgviz-graphml; Debian's /usr/bin/python3 for graph-tool, igraph-* and
networkx-dot (pygraphviz). check_corpus_file.py picks the interpreter. The shape:

    {"directed": bool, "multigraph_edges": int,
     "nodes": [{"id": str, "label": str|null, "alt_ids": {"name": str}, "attrs": {...},
                "pos": [x, y]|null, "clusters": [[name, label], ...]}],
     "edges": [{"source": id, "target": id, "attrs": {...}}],
     "graph": {...}, "notes": [...]}

`attrs` hold what the library reports as data (structural keys such as GraphML/GML ids, Pajek
shapes and viz elements are left out; positions go to `pos`). Values are str, int, float, bool or a
list of numbers (graph-tool vectors).
"""

import csv
import gzip
import io
import json
import os
import re
import sys
import tempfile


def plain(value):
    """A JSON-able scalar (numpy scalars and vectors made plain)."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if not isinstance(value, (str, bytes, dict)) and hasattr(value, "__iter__"):
        return [plain(v) for v in value]                   # graph-tool's Vector_* types
    return value


def result(directed, nodes, edges, graph=None, notes=None):
    return {"directed": bool(directed), "nodes": nodes, "edges": edges,
            "graph": graph or {}, "notes": notes or []}


def node_record(node_id, label=None, attrs=None, pos=None, alt_ids=None, clusters=None):
    return {"id": str(node_id), "label": None if label is None else str(label),
            "attrs": attrs or {}, "pos": pos, "alt_ids": alt_ids or {}, "clusters": clusters or []}


def uncompressed_copy(path, tmp):
    """Libraries that cannot open .gz (igraph, pygraphviz, graph-tool's GML) get the plain text."""
    if not path.endswith(".gz"):
        return path
    target = os.path.join(tmp, os.path.basename(path)[:-3])
    with gzip.open(path, "rb") as src, open(target, "wb") as out:
        out.write(src.read())
    return target


def open_text(path):
    if path.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
    return open(path, encoding="utf-8-sig", newline="")


# ---- networkx -------------------------------------------------------------------------------------

def from_networkx(G, node_label, node_attrs, position, edge_attrs, graph_attrs=True):
    nodes = []
    for n, data in G.nodes(data=True):
        nodes.append(node_record(n, node_label(n, data), node_attrs(data), position(data)))
    edges = []
    if G.is_multigraph():
        items = ((u, v, d) for u, v, _, d in G.edges(keys=True, data=True))
    else:
        items = G.edges(data=True)
    for u, v, data in items:
        edges.append({"source": str(u), "target": str(v), "attrs": edge_attrs(data)})
    graph = {k: plain(v) for k, v in G.graph.items()
             if isinstance(v, (str, int, float, bool))} if graph_attrs else {}
    return result(G.is_directed(), nodes, edges, graph)


def without(data, *keys):
    return {k: plain(v) for k, v in data.items() if k not in keys}


def xy(data):
    if "x" in data and "y" in data:
        return [float(data["x"]), float(data["y"])]
    return None


def read_networkx(kind, path):
    import networkx as nx
    if kind == "graphml":
        G = nx.read_graphml(path)
        return from_networkx(G, lambda n, d: d.get("label"), lambda d: without(d, "label", "x", "y"),
                             xy, lambda d: without(d, "id"))
    if kind == "gexf":
        G = nx.read_gexf(path)

        def position(d):
            p = d.get("viz", {}).get("position")
            return [float(p["x"]), float(p["y"])] if p else None
        return from_networkx(G, lambda n, d: d.get("label"), lambda d: without(d, "label", "viz"),
                             position, lambda d: without(d, "id", "label") if d.get("label") is None
                             else without(d, "id"), graph_attrs=False)
    if kind == "gml":
        # What networkx users get: read_gml's default keys nodes by their `label` (popping `id` and
        # `label`); a file whose labels are missing or repeated needs label="id".
        notes = []
        try:
            G = nx.read_gml(path)
        except nx.NetworkXError as error:
            notes.append("networkx read_gml refuses the labels as keys (%s): read with label='id'"
                         % error)
            G = nx.read_gml(path, label="id")

        def position(d):
            g = d.get("graphics")
            return [float(g["x"]), float(g["y"])] if isinstance(g, dict) and "x" in g else xy(d)
        out = from_networkx(G, lambda n, d: d.get("label"),
                            lambda d: without(d, "label", "graphics", "x", "y"), position,
                            lambda d: without(d, "id", "key"))
        out["notes"] += notes
        return out
    if kind == "nodelink":
        with open_text(path) as f:
            data = json.load(f)
        G = nx.node_link_graph(data, edges="edges" if "edges" in data else "links")
        return from_networkx(G, lambda n, d: d.get("label"), lambda d: without(d, "label", "x", "y"),
                             xy, lambda d: without(d, "id", "key"))
    if kind == "pajek":
        G = nx.read_pajek(path)
        # networkx names nodes by their Pajek label; `id` is the vertex number, `shape` a drawing
        # token networkx writes itself.
        return from_networkx(G, lambda n, d: n, lambda d: without(d, "id", "x", "y", "shape"),
                             xy, lambda d: without(d, "id"), graph_attrs=False)
    if kind == "pajek-mixed":
        # A network with both *Arcs and *Edges, read by networkx after Pajek's own "Edges -> Arcs"
        # transformation (each edge replaced by one arc each way, its values on both). networkx's
        # reading of the file as it is depends on the order of the sections (after *Arcs it never
        # sees the *Edges line and reads edges as arcs first -> second; with *Edges first the
        # arcs lose their direction), so it is no reference for a mixed network as such.
        with tempfile.TemporaryDirectory() as tmp:
            target = os.path.join(tmp, "edges_as_arcs.net")
            with open_text(path) as f, open(target, "w", encoding="utf-8") as out:
                in_edges = False
                for line in f.read().splitlines():
                    if line.startswith("*"):
                        in_edges = line.lower().startswith("*edges")
                        out.write(("*Arcs" if in_edges else line) + "\n")
                        continue
                    out.write(line + "\n")
                    fields = line.split(None, 2)
                    if in_edges and len(fields) >= 2:
                        out.write(" ".join([fields[1], fields[0]] + fields[2:]) + "\n")
            return read_networkx("pajek", target)
    raise SystemExit("unknown networkx kind " + kind)


# ---- graph-tool -----------------------------------------------------------------------------------

def read_graph_tool(path):
    import warnings
    warnings.simplefilter("ignore")
    import graph_tool  # the core only: graph_tool.all takes seconds to import
    g = graph_tool.load_graph(path)
    is_gml = re.search(r"\.gml(\.gz)?$", path) is not None
    id_prop = g.vp.get("_graphml_vertex_id")
    nodes = []
    for v in g.vertices():
        if id_prop is not None:
            node_id = id_prop[v]
        else:
            # graph-tool writes canonical ids: GraphML n<index>, GML <index>.
            node_id = str(int(v)) if is_gml else "n%d" % int(v)
        attrs = {k: plain(g.vp[k][v]) for k in g.vp.keys() if not k.startswith("_graphml")}
        label = attrs.pop("label", None)
        alt = {"name": attrs["name"]} if isinstance(attrs.get("name"), str) else {}
        nodes.append(node_record(node_id, label, attrs, None, alt))
    ids = [n["id"] for n in nodes]
    edges = []
    for e in g.edges():
        attrs = {k: plain(g.ep[k][e]) for k in g.ep.keys() if not k.startswith("_graphml")}
        edges.append({"source": ids[int(e.source())], "target": ids[int(e.target())], "attrs": attrs})
    graph = {k: plain(g.gp[k]) for k in g.gp.keys()}
    return result(g.is_directed(), nodes, edges, graph)


# ---- igraph ---------------------------------------------------------------------------------------

def read_igraph(kind, path):
    import igraph as ig
    reader = {"graphml": ig.Graph.Read_GraphML, "gml": ig.Graph.Read_GML,
              "pajek": ig.Graph.Read_Pajek}[kind]
    g = reader(path)
    names = g.vs.attributes()
    nodes = []
    for v in g.vs:
        attrs = {k: plain(v[k]) for k in names}
        if kind == "graphml":
            node_id = attrs.pop("id")                      # the GraphML node id
        elif kind == "gml":
            node_id = str(int(attrs.pop("id")))            # the GML id (igraph keeps it as a float)
        else:
            node_id = str(v.index + 1)                     # the Pajek vertex number
        pos = [float(attrs.pop("x")), float(attrs.pop("y"))] if "x" in attrs and "y" in attrs else None
        label = attrs.pop("label", None)
        alt = {}
        if kind == "pajek":
            # igraph keeps the Pajek label in `id` and `name`; with none, the number is the label.
            label = attrs.pop("id", None) or attrs.pop("name", None) or node_id
            attrs.pop("name", None)
        if isinstance(attrs.get("name"), str):
            alt["name"] = attrs["name"]
            if kind == "graphml":
                # issue 13: igraph's `name` is the entity id, and the label when there is no label.
                if label is None:
                    label = attrs["name"]
                del attrs["name"]
        nodes.append(node_record(node_id, label, attrs, pos, alt))
    ids = [n["id"] for n in nodes]
    edges = [{"source": ids[e.source], "target": ids[e.target],
              "attrs": {k: plain(e[k]) for k in g.es.attributes() if k != "id"}} for e in g.es]
    graph = {k: plain(g[k]) for k in g.attributes()}
    return result(g.is_directed(), nodes, edges, graph if kind != "pajek" else {})


# ---- DOT through pygraphviz (networkx's read_dot) ---------------------------------------------------

def read_dot(path):
    import networkx as nx
    import pygraphviz as pgv
    A = pgv.AGraph(path)
    # networkx's own reading, for the counts: read_dot is from_agraph(AGraph(path)).
    G = nx.nx_agraph.from_agraph(A)
    node_keys = list(A.node_attr.keys())
    edge_keys = list(A.edge_attr.keys())

    clusters = {}

    def walk(sub, stack):
        for s in sub.subgraphs():
            inner = stack
            if s.name and s.name.startswith("cluster"):
                inner = stack + [[s.name, s.graph_attr.get("label") or ""]]
            for n in s.nodes():
                if inner:
                    clusters[str(n)] = inner[-1]
            walk(s, inner)
    walk(A, [])
    # A node listed in a cluster and again in a nested one belongs to the innermost: walk visits
    # parents before children, so the last assignment wins.

    def effective(item, keys):
        """The values Graphviz gives an item (agget: declared defaults applied), unset ones left out."""
        return {key: item.attr[key] for key in keys if item.attr[key] not in (None, "")}

    nodes = []
    for n in A.nodes():
        attrs = effective(n, node_keys)
        label = attrs.pop("label", None)
        if label == "\\N":
            label = None  # Graphviz's default: the node's name
        nodes.append(node_record(str(n), label, attrs, None, None,
                                 [clusters[str(n)]] if str(n) in clusters else []))
    edges = []
    for e in A.edges():
        edges.append({"source": str(e[0]), "target": str(e[1]), "attrs": effective(e, edge_keys)})
    graph = {key: A.graph_attr[key] for key in A.graph_attr.keys()
             if A.graph_attr[key] not in (None, "")}
    notes = []
    if G.number_of_nodes() != len(nodes) or G.number_of_edges() != len(edges):
        notes.append("networkx read_dot: %d nodes, %d edges" % (G.number_of_nodes(),
                                                                G.number_of_edges()))
    out = result(A.is_directed(), nodes, edges, graph, notes)
    out["graph_name"] = A.name or ""
    out["strict"] = bool(A.is_strict())
    return out


# ---- CSV tables -----------------------------------------------------------------------------------

def read_rows(path):
    with open_text(path) as f:
        rows = list(csv.reader(f))
    return rows[0], [(i + 2, row) for i, row in enumerate(rows[1:]) if row]


def number_or_text(text):
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def read_gephi_csv(path, nodes_path):
    """Gephi's spreadsheet import rules: Source/Target/Type/Id/Label/Weight (any case)."""
    header, rows = read_rows(path)
    lower = [h.lower() for h in header]
    col = {name: lower.index(name) for name in ("source", "target", "type", "id", "label", "weight")
           if name in lower}
    types = {row[col["type"]].strip().lower() for _, row in rows} if "type" in col else {"directed"}
    if len(types) != 1:
        raise SystemExit("mixed edge types %s" % sorted(types))
    directed = types != {"undirected"}
    edges = []
    for _, row in rows:
        attrs = {}
        for i, name in enumerate(header):
            if lower[i] in ("source", "target", "type", "id") or row[i] == "":
                continue
            attrs["weight" if lower[i] == "weight" else lower[i] if lower[i] == "label" else name] = \
                number_or_text(row[i])
        edges.append({"source": row[col["source"]], "target": row[col["target"]], "attrs": attrs})
    nodes = []
    seen = set()
    if nodes_path:
        nheader, nrows = read_rows(nodes_path)
        nlower = [h.lower() for h in nheader]
        for _, row in nrows:
            attrs = {nheader[i]: number_or_text(row[i]) for i in range(len(row))
                     if nlower[i] not in ("id", "label") and row[i] != ""}
            label = row[nlower.index("label")] if "label" in nlower else None
            nodes.append(node_record(row[nlower.index("id")], label or None, attrs))
            seen.add(nodes[-1]["id"])
    for edge in edges:
        for end in (edge["source"], edge["target"]):
            if end not in seen:
                seen.add(end)
                nodes.append(node_record(end))
    return result(directed, nodes, edges)


SYNONYMS = {"source": ("source", "from", "src"), "target": ("target", "to", "dst")}


def read_csv_edgelist(path):
    header, rows = read_rows(path)
    lower = [h.lower() for h in header]
    ends = {}
    for role, names in SYNONYMS.items():
        ends[role] = next(lower.index(n) for n in names if n in lower)
    nodes, seen, edges = [], set(), []
    for _, row in rows:
        for end in (row[ends["source"]], row[ends["target"]]):
            if end not in seen:
                seen.add(end)
                nodes.append(node_record(end))
        attrs = {header[i]: number_or_text(row[i]) for i in range(len(row))
                 if i not in ends.values() and row[i] != ""}
        edges.append({"source": row[ends["source"]], "target": row[ends["target"]], "attrs": attrs})
    return result(True, nodes, edges)


# ---- kgviz's own GraphML (reference for kgviz's DOT export) -----------------------------------------

CONTRACT_NODE = ("type", "aliases", "description")
CONTRACT_EDGE = ("relation", "label", "confidence", "evidence", "source_doc", "date", "weight")


def read_kgviz_graphml(path):
    import networkx as nx
    G = nx.read_graphml(path)
    return from_networkx(
        G, lambda n, d: d.get("label"),
        lambda d: {k: plain(v) for k, v in d.items() if k in CONTRACT_NODE and v != ""},
        lambda d: None,
        lambda d: {k: plain(v) for k, v in d.items() if k in CONTRACT_EDGE},
        graph_attrs=False)


def main():
    args = sys.argv[1:]
    nodes_path = None
    if "--nodes" in args:
        i = args.index("--nodes")
        nodes_path = args[i + 1]
        del args[i:i + 2]
    reference, path = args
    with tempfile.TemporaryDirectory() as tmp:
        if reference.startswith("networkx-") and reference != "networkx-dot":
            out = read_networkx(reference.split("-", 1)[1], path)
        elif reference == "networkx-dot":
            out = read_dot(uncompressed_copy(path, tmp))
        elif reference == "graph-tool":
            out = read_graph_tool(path)
        elif reference.startswith("igraph-"):
            out = read_igraph(reference.split("-", 1)[1], uncompressed_copy(path, tmp))
        elif reference == "gephi-csv":
            out = read_gephi_csv(path, nodes_path)
        elif reference == "csv-edgelist":
            out = read_csv_edgelist(path)
        elif reference.startswith("kgviz-graphml:"):
            out = read_kgviz_graphml(os.path.join(os.path.dirname(path), reference.split(":", 1)[1]))
        else:
            raise SystemExit("unknown reference " + reference)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
