#!/usr/bin/env python3
"""Regenerates the corpus of graph files written by other tools (issue 13, "Proof").

    python3 tests/data/formats/make_corpus.py [--kgviz build/kgviz]

Runs each tool in the interpreter that has it: graph-tool and igraph in Debian's /usr/bin/python3,
networkx 3.x in the `python3` first on PATH, Graphviz's `dot` for the -Tdot/-Tcanon files, and
kgviz itself for its own DOT export of the bundled graph. Writes every generated file of this
folder, `corpus.tsv` (the listing the test and CMake read) and the file table of README.md; the
hand-written `hand_*.dot` files and the `bad_*` files are inputs, not outputs.

Deterministic: the graphs come from graph-tool's collection as stored (positions included), no
layout or random step runs, compressed files are written by `gzip -n`, and the two stamps the
tools put in their files are pinned: networkx's GEXF `lastmodifieddate` (time.strftime patched)
and igraph's GML `Creator` line (the time replaced after writing; igraph takes it from the clock).
"""

import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEBIAN_PYTHON = "/usr/bin/python3"
PINNED_DATE = "2026-01-01"
IGRAPH_PINNED_CREATOR_TIME = "Thu Jan  1 00:00:00 2026"

# graph-tool collection graphs used, with the node property that names a node (None: none).
COLLECTION = {
    "karate": None,
    "lesmis": "label",
    "dolphins": "label",
    "football": "label",
    "polbooks": "label",
    "adjnoun": "label",
    "serengeti-foodweb": "name",
    "celegansneural": "label",
    "netscience": "label",
}
# Which graphs each tool writes, and which are only kept gzip-compressed (the larger ones).
GT_GRAPHML = ["karate", "lesmis", "dolphins", "football", "polbooks", "adjnoun",
              "serengeti-foodweb", "celegansneural", "netscience"]
GT_GML = ["karate", "lesmis", "polbooks", "serengeti-foodweb", "celegansneural"]
GT_DOT = ["karate", "lesmis", "serengeti-foodweb", "celegansneural"]
NX_GRAPHS = ["karate", "lesmis", "serengeti-foodweb", "celegansneural"]
COMPRESSED_ONLY = {"celegansneural", "netscience"}

# Licences of the underlying data (README, "Data and licences", says more).
LICENCE = {
    "karate": "Zachary (1977) data, via Newman's network data page: no licence stated",
    "lesmis": "Knuth's Stanford GraphBase (1993), via Newman's page: no licence stated",
    "dolphins": "Lusseau et al. (2003), via Newman's page: no licence stated",
    "football": "Girvan & Newman (2002), with T. S. Evans's corrections (figshare), via Newman's page: no licence stated",
    "polbooks": "V. Krebs (unpublished), via Newman's page: no licence stated",
    "adjnoun": "Newman (2006), via Newman's page: no licence stated",
    "serengeti-foodweb": "Baskerville et al. (2011), PLoS Comput Biol, an open-access CC BY article",
    "celegansneural": "White et al. (1986) / Watts & Strogatz (1998), via Newman's page: no licence stated",
    "netscience": "Newman (2006), via Newman's page: no licence stated",
    "hand": "written for kgviz: same licence as kgviz",
    "kgviz": "kgviz's bundled article graph: same licence as kgviz",
}


def run(cmd, **kwargs):
    subprocess.run(cmd, check=True, **kwargs)


def gzip_file(path):
    """`gzip -n` (no name, no time stamp: the same bytes on every run); removes `path`."""
    with open(path + ".gz", "wb") as out:
        run(["gzip", "-n", "-9", "-c", path], stdout=out)
    os.remove(path)
    return os.path.basename(path) + ".gz"


# ---- steps run by Debian's python3 --------------------------------------------------------------

def step_graph_tool(out_dir, tmp):
    """graph-tool writes its own files and dumps each graph as JSON for the other tools."""
    import warnings
    warnings.simplefilter("ignore")
    import graph_tool.all as gt
    written = []
    for name, name_prop in COLLECTION.items():
        g = gt.collection.data[name]
        dump = {"name": name, "directed": bool(g.is_directed()), "nodes": [], "edges": []}
        vprops = {k: g.vp[k] for k in g.vp.keys()}
        eprops = {k: g.ep[k] for k in g.ep.keys()}
        for v in g.vertices():
            node = {}
            for key, prop in vprops.items():
                value = prop[v]
                if key == "pos":
                    node["x"], node["y"] = float(value[0]), float(value[1])
                else:
                    node[key] = value if isinstance(value, str) else value.item() \
                        if hasattr(value, "item") else value
            if name_prop:
                node["_name"] = vprops[name_prop][v]
            dump["nodes"].append(node)
        for e in g.edges():
            attrs = {}
            for key, prop in eprops.items():
                value = prop[e]
                attrs[key] = value.item() if hasattr(value, "item") else value
            dump["edges"].append([int(e.source()), int(e.target()), attrs])
        with open(os.path.join(tmp, name + ".json"), "w") as f:
            json.dump(dump, f)
        for ext, names in (("graphml", GT_GRAPHML), ("gml", GT_GML), ("dot", GT_DOT)):
            if name not in names:
                continue
            path = os.path.join(out_dir, "gt_%s.%s" % (name, ext))
            g.save(path)
            call = 'gt.collection.data["%s"].save("gt_%s.%s")' % (name, name, ext)
            base = gzip_file(path) if name in COMPRESSED_ONLY else os.path.basename(path)
            written.append({"file": base, "tool": "graph-tool " + gt.__version__.split(" ")[0],
                            "call": call, "data": name})
    return written


def igraph_from_dump(dump, with_name):
    import igraph as ig
    g = ig.Graph(n=len(dump["nodes"]), edges=[(s, t) for s, t, _ in dump["edges"]],
                 directed=dump["directed"])
    nodes = dump["nodes"]
    if with_name:
        g.vs["name"] = [n["_name"] for n in nodes]
    elif "label" in nodes[0]:
        g.vs["label"] = [n["label"] for n in nodes]
    g.vs["x"] = [n["x"] for n in nodes]
    g.vs["y"] = [n["y"] for n in nodes]
    for key in nodes[0]:
        if key not in ("x", "y", "label", "name", "_name"):
            g.vs[key] = [n[key] for n in nodes]
    if dump["edges"] and "value" in dump["edges"][0][2]:
        g.es["weight"] = [a["value"] for _, _, a in dump["edges"]]
    return g


def step_igraph(out_dir, tmp):
    """igraph writes GraphML, GML and Pajek, with and without a `name` vertex attribute."""
    import igraph as ig
    version = "igraph " + ig.__version__
    written = []

    def note(path, call, data):
        written.append({"file": os.path.basename(path), "tool": version, "call": call, "data": data})

    plans = [("lesmis", False, ""), ("lesmis", True, "_name"), ("karate", False, ""),
             ("serengeti-foodweb", True, "_name")]
    for name, with_name, suffix in plans:
        with open(os.path.join(tmp, name + ".json")) as f:
            dump = json.load(f)
        g = igraph_from_dump(dump, with_name)
        what = "with vs['name']" if with_name else "without a name attribute"
        stem = os.path.join(out_dir, "ig_%s%s" % (name, suffix))
        g.write_graphml(stem + ".graphml")
        note(stem + ".graphml", "g.write_graphml(path)  # %s" % what, name)
        g.write_gml(stem + ".gml")
        pin_igraph_creator(stem + ".gml")
        note(stem + ".gml", "g.write_gml(path)  # %s; Creator time pinned" % what, name)
        if with_name:
            # igraph's Pajek writer labels vertices with the `id` attribute, never with `name`.
            g.vs["id"] = g.vs["name"]
            g.write_pajek(stem + "_id.net")
            note(stem + "_id.net", "g.vs['id'] = g.vs['name']; g.write_pajek(path)", name)
        else:
            g.write_pajek(stem + ".net")
            note(stem + ".net", "g.write_pajek(path)  # no id attribute: numbers as labels", name)
    return written


def pin_igraph_creator(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text, count = re.subn(r'^(Creator "igraph version [^ ]+ ).*(")$',
                          lambda m: m.group(1) + IGRAPH_PINNED_CREATOR_TIME + m.group(2),
                          text, count=1, flags=re.M)
    assert count == 1, path
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ---- step run by networkx 3.x (python3 on PATH) -------------------------------------------------

def networkx_from_dump(dump):
    import networkx as nx
    directed = dump["directed"]
    multi = has_parallel_edges(dump)
    cls = {(False, False): nx.Graph, (True, False): nx.DiGraph,
           (False, True): nx.MultiGraph, (True, True): nx.MultiDiGraph}[(directed, multi)]
    G = cls()
    named = "_name" in dump["nodes"][0]
    keys = [n["_name"] if named else i for i, n in enumerate(dump["nodes"])]
    for key, node in zip(keys, dump["nodes"]):
        G.add_node(key, **{k: v for k, v in node.items() if k not in ("_name", "name")})
    for s, t, attrs in dump["edges"]:
        data = {"weight": attrs["value"]} if "value" in attrs else {}
        G.add_edge(keys[s], keys[t], **data)
    return G


def has_parallel_edges(dump):
    seen = set()
    for s, t, _ in dump["edges"]:
        key = (s, t) if dump["directed"] else (min(s, t), max(s, t))
        if key in seen:
            return True
        seen.add(key)
    return False


def step_networkx(out_dir, tmp):
    """networkx writes GML, Pajek, GraphML, GEXF and node-link JSON of the same graphs."""
    import time
    import networkx as nx
    from networkx.readwrite import json_graph
    version = "networkx " + nx.__version__
    written = []
    for name in NX_GRAPHS:
        with open(os.path.join(tmp, name + ".json")) as f:
            dump = json.load(f)
        G = networkx_from_dump(dump)
        stem = os.path.join(out_dir, "nx_" + name)
        outputs = []

        # GraphML and node-link JSON: positions as plain x/y attributes.
        nx.write_graphml(G, stem + ".graphml")
        outputs.append((stem + ".graphml", "nx.write_graphml(G, path)"))
        with open(stem + ".nodelink.json", "w", encoding="utf-8") as f:
            json.dump(json_graph.node_link_data(G), f)
        outputs.append((stem + ".nodelink.json", "json.dump(nx.node_link_data(G), f)"))

        # GML: positions as `graphics [ x y ]`, as Gephi, Cytoscape and yEd write them; networkx
        # writes the node key as `label`, so the label attribute is not repeated.
        H = G.copy()
        for _, data in H.nodes(data=True):
            data["graphics"] = {"x": data.pop("x"), "y": data.pop("y")}
            data.pop("label", None)
        nx.write_gml(H, stem + ".gml")
        outputs.append((stem + ".gml", "nx.write_gml(G, path)  # x/y as graphics [x y]"))

        # Pajek: x/y become the vertex coordinates; the node key is the vertex label.
        P = G.copy()
        for _, data in P.nodes(data=True):
            for key in [k for k in data if k not in ("x", "y")]:
                del data[key]
        nx.write_pajek(P, stem + ".net")
        outputs.append((stem + ".net", "nx.write_pajek(G, path)  # node key as label, x/y coords"))

        # GEXF: positions as viz:position.
        X = G.copy()
        for _, data in X.nodes(data=True):
            data["viz"] = {"position": {"x": data.pop("x"), "y": data.pop("y"), "z": 0.0}}
        strftime = time.strftime
        time.strftime = lambda fmt, *args: PINNED_DATE
        try:
            nx.write_gexf(X, stem + ".gexf")
        finally:
            time.strftime = strftime
        outputs.append((stem + ".gexf", "nx.write_gexf(G, path)  # viz:position; date pinned"))

        for path, call in outputs:
            base = gzip_file(path) if name in COMPRESSED_ONLY else os.path.basename(path)
            written.append({"file": base, "tool": version, "call": call, "data": name})
    return written


# ---- Gephi-style tables --------------------------------------------------------------------------

def gephi_cell(value, first):
    """A cell as Apache Commons CSV (CSVFormat.DEFAULT, QuoteMode MINIMAL) prints it, the library
    Gephi's ExporterSpreadsheet writes its tables with."""
    if value == "":
        return '""' if first else ""
    needs = value[0] <= "#" or value[-1] <= " " or any(c in value for c in ',"\r\n')
    return '"' + value.replace('"', '""') + '"' if needs else value


def gephi_number(value):
    """Gephi's DecimalFormat("0.######") for numbers."""
    text = ("%.6f" % value).rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def write_gephi_table(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in [header] + rows:
            f.write(",".join(gephi_cell(cell, i == 0) for i, cell in enumerate(row)) + "\r\n")


def step_tables(out_dir, tmp):
    """Edge and node tables as Gephi 0.10's Data Laboratory "Export table" writes them
    (ExporterSpreadsheet: header Source,Target,Type then the edge table's columns Id, Label, Weight,
    then attributes; node table Id, Label, then attributes; CRLF line ends), plus CSV edge lists
    with the `from,to` and `src,dst` headers other tools write."""
    written = []

    def note(path, call, data, tool="this script (Gephi 0.10 ExporterSpreadsheet format)"):
        written.append({"file": os.path.basename(path), "tool": tool, "call": call, "data": data})

    def load(name):
        with open(os.path.join(tmp, name + ".json")) as f:
            return json.load(f)

    for name, stem in (("lesmis", "gephi_lesmis"), ("serengeti-foodweb", "gephi_serengeti"),
                       ("celegansneural", "gephi_celegansneural")):
        dump = load(name)
        kind = "Directed" if dump["directed"] else "Undirected"
        rows = []
        for i, (s, t, attrs) in enumerate(dump["edges"]):
            weight = gephi_number(attrs.get("value", 1.0))
            rows.append([str(s), str(t), kind, str(i), "", weight])
        edges = os.path.join(out_dir, stem + "_edges.csv")
        write_gephi_table(edges, ["Source", "Target", "Type", "Id", "Label", "Weight"], rows)
        extra = [k for k in dump["nodes"][0] if k not in ("x", "y", "label", "name", "_name")]
        node_rows = [[str(i), n.get("_name", ""),
                      *[gephi_number(n[k]) if isinstance(n[k], (int, float)) else n[k]
                        for k in extra]]
                     for i, n in enumerate(dump["nodes"])]
        nodes = os.path.join(out_dir, stem + "_nodes.csv")
        write_gephi_table(nodes, ["Id", "Label", *extra], node_rows)
        if name in COMPRESSED_ONLY:
            note(edges + ".gz", "edge table, Type=%s, Weight=value" % kind, name)
            note(nodes + ".gz", "node table Id,Label", name)
            gzip_file(edges)
            gzip_file(nodes)
        else:
            note(edges, "edge table, Type=%s, Weight=value" % kind, name)
            note(nodes, "node table Id,Label%s" % "".join("," + k for k in extra), name)

    # Mixed Type: Gephi writes it for a mixed graph; kgviz must refuse it with a position.
    dump = load("lesmis")
    rows = []
    for i, (s, t, attrs) in enumerate(dump["edges"][:40]):
        kind = "Directed" if i % 7 == 6 else "Undirected"
        rows.append([str(s), str(t), kind, str(i), "", gephi_number(attrs["value"])])
    path = os.path.join(out_dir, "gephi_mixed_edges.csv")
    write_gephi_table(path, ["Source", "Target", "Type", "Id", "Label", "Weight"], rows)
    note(path, "first 40 lesmis edges, every 7th Type=Directed (mixed graph)", "lesmis")

    # Header synonyms: R igraph's as_data_frame() writes from,to; src,dst is common in data work.
    for name, header, stem in (("karate", ["from", "to"], "csv_karate_from_to"),
                               ("dolphins", ["src", "dst", "weight"], "csv_dolphins_src_dst")):
        dump = load(name)
        path = os.path.join(out_dir, stem + ".csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(header)
            names = [n.get("_name", str(i)) for i, n in enumerate(dump["nodes"])]
            for i, (s, t, _) in enumerate(dump["edges"]):
                row = [names[s], names[t]]
                if len(header) == 3:
                    row.append(str(1 + i % 3))
                writer.writerow(row)
        note(path, "csv.writer: header %s" % ",".join(header), name, tool="Python csv module")
    return written


# ---- Graphviz and kgviz ---------------------------------------------------------------------------

def dot_version():
    text = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr
    return "Graphviz " + re.search(r"version (\S+)", text).group(1)


def step_graphviz(out_dir):
    """`dot -Tcanon` and `dot -Tdot` (laid out) of every hand-written DOT file."""
    written = []
    version = dot_version()
    for hand in sorted(f for f in os.listdir(out_dir) if f.startswith("hand_") and f.endswith(".dot")):
        stem = hand[:-len(".dot")]
        written.append({"file": hand, "tool": "hand-written", "call": "-", "data": "hand"})
        for fmt, suffix in (("canon", ".canon.dot"), ("dot", ".laid.dot")):
            target = stem.replace("hand_", "gv_", 1) + suffix
            with open(os.path.join(out_dir, target), "wb") as out:
                run(["dot", "-T" + fmt, hand], stdout=out, cwd=out_dir)
            written.append({"file": target, "tool": version, "call": "dot -T%s %s" % (fmt, hand),
                            "data": "hand"})
    # A few compressed ones (the same bytes, gzip -n).
    for hand in ("hand_clusters.dot", "hand_quoting.dot"):
        target = os.path.join(out_dir, hand + ".gz")
        with open(target, "wb") as out:
            run(["gzip", "-n", "-9", "-c", hand], stdout=out, cwd=out_dir)
        written.append({"file": hand + ".gz", "tool": "gzip -n", "call": "gzip -n -9 -c " + hand,
                        "data": "hand"})
    return written


def step_kgviz(out_dir, kgviz):
    """kgviz's own DOT export of the bundled graph, and its GraphML export as the reference."""
    version = subprocess.run([kgviz, "--version"], capture_output=True, text=True).stdout.strip()
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        run([kgviz, "export", "--quiet", "-o", os.path.join(tmp, "kgviz_bundled.dot"),
             "-o", os.path.join(tmp, "kgviz_bundled.graphml")])
        for name in ("kgviz_bundled.dot", "kgviz_bundled.graphml"):
            shutil.copyfile(os.path.join(tmp, name), os.path.join(out_dir, name))
            written.append({"file": name, "tool": version,
                            "call": "kgviz export -o kgviz_bundled.dot -o kgviz_bundled.graphml",
                            "data": "kgviz"})
    return written


# ---- the listing ----------------------------------------------------------------------------------

def reference_for(name):
    """How the test reads a corpus file: the reference library (then, after `|`, others read for
    comparison only), how nodes are matched (`id`, `name`, `id|name` = either, `label`), kgviz's
    extra arguments, and what is expected. `gml-label`: the labels where every node has a distinct
    one (networkx's read_gml default keys nodes by label), else the GML ids. README.md, "What the test compares", explains."""
    base = name[:-3] if name.endswith(".gz") else name
    ext = "nodelink" if base.endswith(".nodelink.json") else base.rsplit(".", 1)[1]
    named = "serengeti" in base  # a `name` vertex attribute: issue 13 makes igraph's the id
    if ext == "dot":
        if base == "kgviz_bundled.dot":
            return "kgviz-graphml:kgviz_bundled.graphml", "id", "", "ok"
        return "networkx-dot", "id", "", "ok"
    if base.startswith("gt_"):
        # networkx and igraph refuse graph-tool's vector_float keys and its GML string escapes;
        # graph-tool's own reader is the reference (the writer reading its own file).
        also = {"graphml": "|networkx-graphml|igraph-graphml", "gml": "|networkx-gml|igraph-gml"}[ext]
        key = "id|name" if named else "gml-label" if ext == "gml" else "id"
        return "graph-tool" + also, key, "", "ok"
    if ext == "net":
        # Pajek: matched by label; networkx and igraph are both read. networkx misreads the list
        # sections (*Arcslist, *Edgeslist), so igraph is the reference there; on a file mixing
        # *Arcs and *Edges igraph drops the arcs' direction and networkx's reading depends on the
        # order of the sections.
        # A mixed network (hand_mixed.net): networkx after Pajek's Edges -> Arcs transformation
        # (reference_reader.py says why networkx's plain reading is no reference there).
        lists = base in ("hand_arcslist.net", "hand_edgeslist.net") or base.startswith("ig_")
        refs = "igraph-pajek|networkx-pajek" if lists else "networkx-pajek|igraph-pajek"
        if base == "hand_mixed.net":
            refs = "networkx-pajek-mixed|networkx-pajek|igraph-pajek"
        return refs, "label", "", "ok"
    if base.startswith("nx_"):
        also = {"gml": "|igraph-gml", "graphml": "|igraph-graphml"}.get(ext, "")
        return "networkx-" + ext + also, "id", "", "ok"
    if base.startswith("ig_"):
        also = {"gml": "|networkx-gml", "graphml": "|networkx-graphml"}[ext]
        key = "name" if "_name" in base and ext == "graphml" else "id|name" if "_name" in base \
            else "gml-label" if ext == "gml" else "id"
        return "igraph-" + ext + also, key, "", "ok"
    if base.startswith("gephi_") and "_edges.csv" in base:
        if base == "gephi_mixed_edges.csv":
            return "gephi-csv", "id", "", "error:mixed-type"
        return "gephi-csv", "id", "--nodes " + name.replace("_edges.csv", "_nodes.csv"), "ok"
    if base.startswith("csv_"):
        return "csv-edgelist", "id", "", "ok"
    if base.startswith("bad_undeclared"):
        return "networkx-" + ext, "id", "", "error:undeclared-node"
    return None


def write_listing(entries):
    lines = ["# file\treference\tnode_key\texpect\tkgviz_args   (written by make_corpus.py)"]
    for entry in entries:
        ref = reference_for(entry["file"])
        if ref is None:
            continue  # node tables: read through their edge table
        reference, key, args, expect = ref
        lines.append("\t".join([entry["file"], reference, key, expect, args]))
    with open(os.path.join(HERE, "corpus.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_readme_table(entries):
    path = os.path.join(HERE, "README.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    begin, end = "<!-- corpus table: written by make_corpus.py -->", "<!-- end of corpus table -->"
    rows = ["| file | bytes | written by | call | data (licence) |", "| --- | --- | --- | --- | --- |"]
    for entry in entries:
        size = os.path.getsize(os.path.join(HERE, entry["file"]))
        call = entry["call"]
        if entry["file"].endswith(".gz") and "gzip" not in call:
            call += "; gzip -n -9"
        rows.append("| `%s` | %d | %s | `%s` | %s |" % (
            entry["file"], size, entry["tool"], call.replace("|", "\\|"),
            LICENCE[entry["data"]] if entry["data"] in ("hand", "kgviz")
            else "%s (%s)" % (entry["data"], LICENCE[entry["data"]])))
    table = begin + "\n" + "\n".join(rows) + "\n" + end
    text = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda m: table, text, flags=re.S)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kgviz", default=os.path.join(HERE, "..", "..", "..", "build", "kgviz"))
    parser.add_argument("--step", help=argparse.SUPPRESS)
    parser.add_argument("--tmp", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        steps = {"graph-tool": step_graph_tool, "igraph": step_igraph, "networkx": step_networkx,
                 "tables": step_tables}
        json.dump(steps[args.step](HERE, args.tmp), sys.stdout)
        return

    generated = re.compile(r"^(gt_|nx_|ig_|gv_|gephi_|csv_|kgviz_bundled\.)|^hand_.*\.gz$")
    for name in os.listdir(HERE):
        if generated.match(name):
            os.remove(os.path.join(HERE, name))
    entries = []
    with tempfile.TemporaryDirectory() as tmp:
        me = os.path.abspath(__file__)
        for python, step in ((DEBIAN_PYTHON, "graph-tool"), (DEBIAN_PYTHON, "igraph"),
                             ("python3", "networkx"), ("python3", "tables")):
            out = subprocess.run([python, "-W", "ignore", me, "--step", step, "--tmp", tmp],
                                 check=True, capture_output=True, text=True,
                                 env=dict(os.environ, PYTHONHASHSEED="0")).stdout
            entries += json.loads(out)
    entries += step_graphviz(HERE)
    entries += step_kgviz(HERE, os.path.abspath(args.kgviz))
    for hand in sorted(f for f in os.listdir(HERE) if f.startswith("bad_") or
                       (f.startswith("hand_") and f.endswith(".net"))):
        entries.append({"file": hand, "tool": "hand-written", "call": "-", "data": "hand"})
    entries.sort(key=lambda e: e["file"])
    write_listing(entries)
    write_readme_table(entries)
    total = sum(os.path.getsize(os.path.join(HERE, f)) for f in os.listdir(HERE))
    print("%d files listed, folder %.2f MB" % (len(entries), total / 1e6))


if __name__ == "__main__":
    main()
