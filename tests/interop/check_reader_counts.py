#!/usr/bin/python3
"""Checks that kgviz reads the GraphML files other tools wrote as those tools read them: node and
edge counts, directedness, and the ids (igraph's vertex names where every vertex has a distinct
one, else the file's ids). Run with Debian's Python (python3-graph-tool, python3-igraph):

    /usr/bin/python3 tests/interop/check_reader_counts.py KGVIZ FILE.graphml...

Each file is read by graph-tool (which reads the vector types it writes, which igraph and
networkx refuse), else by igraph (graph-tool refuses two keys of one name with different types,
as networkx writes them), and, for the ids, by igraph where it can; kgviz's view comes from
`kgviz analyze FILE --format json --metrics degree`. Exit status 0 when every file agrees, 1 otherwise, 77 when
graph-tool cannot be imported (ctest's SKIP_RETURN_CODE).
"""

import json
import subprocess
import sys
import warnings


def kgviz_view(kgviz, path):
    run = subprocess.run([kgviz, "analyze", path, "--format", "json", "--metrics", "degree"],
                         capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise RuntimeError(f"kgviz exit {run.returncode}: {run.stderr.strip()}")
    result = json.loads(run.stdout)
    ids = [row["id"] for row in result["nodes"]]
    return result["graph"]["nodes"], result["graph"]["edges"], result["graph"]["directed"], ids


def reference_view(graph_tool, path):
    """(nodes, edges, directed) and the reader that said so."""
    try:
        graph = graph_tool.load_graph(path)
        return (graph.num_vertices(), graph.num_edges(), graph.is_directed()), "graph-tool"
    except (RuntimeError, OSError):  # yEd's for="graphml" keys too
        import igraph
        graph = igraph.Graph.Read_GraphML(path)
        return (graph.vcount(), graph.ecount(), graph.is_directed()), "igraph"


def expected_ids(path):
    """igraph's names when every vertex has a distinct one; else the file's ids (graph-tool's
    _graphml_vertex_id, or n0, n1, ... which graph-tool leaves implicit)."""
    import igraph
    try:
        graph = igraph.Graph.Read_GraphML(path)
    except Exception:  # graph-tool's vector types: igraph refuses the file
        return None
    names = graph.vs["name"] if "name" in graph.vs.attributes() else []
    if names and all(names) and len(set(names)) == len(names):
        return [str(name) for name in names]
    return [str(v["id"]) for v in graph.vs]


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")  # graph-tool's missing matplotlib, igraph's unknown types
    try:
        import graph_tool
    except ImportError:
        print("skipped: graph_tool cannot be imported")
        return 77
    kgviz, files = sys.argv[1], sys.argv[2:]
    failures = 0
    for path in files:
        want, reader = reference_view(graph_tool, path)
        nodes, edges, directed, ids = kgviz_view(kgviz, path)
        got = (nodes, edges, directed)
        ok = got == want
        want_ids = expected_ids(path)
        if want_ids is not None and want_ids != ids:
            ok = False
            print(f"{path}: ids {ids[:5]}... but igraph says {want_ids[:5]}...")
        print(f"{'ok' if ok else 'DIFFERENT'}: {path}: kgviz {got}, {reader} {want}")
        failures += not ok
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
