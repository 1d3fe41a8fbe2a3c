#!/usr/bin/env python3
"""STIX -> kgviz -> STIX keeps every node and edge: exports a bundle back to STIX and checks that the
output is valid against the OASIS schemas, holds the same node objects (same ids, types, names, in
order) and the same relationships (same ids, ends and types) and no other node object (report
containers may be added). Then checks that the other exports work on the imported bundle: GraphML,
GEXF and SVG, coloured by type and by community, with the STIX ids as node ids.

usage: round_trip.py KGVIZ BUNDLE[.gz] WORKDIR
"""
import gzip
import json
import pathlib
import shutil
import subprocess
import sys

import networkx as nx

import count_stix
import validate_stix


def run(*args):
    done = subprocess.run(list(args), capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(args)}\n{done.stderr}")
    return done


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    kgviz, bundle, work = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    source = work / pathlib.Path(bundle).name.removesuffix(".gz")
    if bundle.endswith(".gz"):
        with gzip.open(bundle, "rb") as src, open(source, "wb") as dst:
            shutil.copyfileobj(src, dst)
    else:
        shutil.copyfile(bundle, source)
    out = work / (source.stem + ".out.stix.json")
    run(kgviz, "export", str(source), "-o", str(out), "--metrics", "degree")

    problems = []
    reg = validate_stix.registry()
    exported = json.loads(out.read_text(encoding="utf-8"))
    problems += list(validate_stix.problems(exported, reg, {}))

    original = count_stix.load(str(source))
    nodes_in, edges_in = count_stix.graph_of(original)
    nodes_out, edges_out = count_stix.graph_of(exported)
    if nodes_in != nodes_out:
        problems.append(f"node objects differ: {len(nodes_in)} in, {len(nodes_out)} out, "
                        f"missing {sorted(set(nodes_in) - set(nodes_out))[:5]}, "
                        f"added {sorted(set(nodes_out) - set(nodes_in))[:5]}")
    if edges_in != edges_out:
        problems.append(f"relationships differ: {len(edges_in)} in, {len(edges_out)} out, first "
                        f"difference {next((a, b) for a, b in zip(edges_in + [None], edges_out + [None]) if a != b)}")
    by_id_in = {o["id"]: o for o in original["objects"]}
    for obj in exported["objects"]:
        if obj["id"] in by_id_in and obj["type"] != by_id_in[obj["id"]]["type"]:
            problems.append(f"{obj['id']}: type {obj['type']}, was {by_id_in[obj['id']]['type']}")
        if obj["id"] in nodes_in and obj.get("name") != by_id_in[obj["id"]].get("name"):
            problems.append(f"{obj['id']}: name {obj.get('name')!r}, was {by_id_in[obj['id']].get('name')!r}")
        if obj["id"] not in by_id_in and obj["type"] != "report":
            problems.append(f"{obj['id']}: an object the input did not have")

    for color in ("type", "community"):
        stem = work / f"{source.stem}.{color}"
        run(kgviz, "export", str(source), "-o", f"{stem}.graphml", "-o", f"{stem}.gexf", "-o",
            f"{stem}.svg", "--color-by", color, "--engine", "sfdp")
        graph = nx.read_graphml(f"{stem}.graphml")
        if sorted(graph.nodes) != sorted(nodes_in) or graph.number_of_edges() != len(edges_in):
            problems.append(f"{stem}.graphml: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
        gexf = nx.read_gexf(f"{stem}.gexf")
        if gexf.number_of_nodes() != len(nodes_in) or gexf.number_of_edges() != len(edges_in):
            problems.append(f"{stem}.gexf: {gexf.number_of_nodes()} nodes, {gexf.number_of_edges()} edges")
        svg = pathlib.Path(f"{stem}.svg").read_text(encoding="utf-8")
        drawn = svg.count('class="node"')
        if "<svg" not in svg or drawn != len(nodes_in):
            problems.append(f"{stem}.svg: {drawn} nodes drawn")

    for problem in problems[:40]:
        print(problem)
    print(f"{source.name}: {len(nodes_in)} nodes, {len(edges_in)} edges; "
          f"{'OK' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
