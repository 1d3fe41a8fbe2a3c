"""What the networkx interop checks (check_gexf.py, check_nodelink.py) share: their command line,
the expectations they test, and their exit codes (0 ok, 1 failed, 2 usage, 77 skipped for ctest).
"""

import argparse
import json
import sys


def is_typed(value, wanted):
    """isinstance, except that a bool is no int (Python's bool is a subclass of int)."""
    return isinstance(value, wanted) and not (int in wanted and isinstance(value, bool))


def keyed_edges(g):
    """[((u, v, key), data)] of a multigraph, for check_values and graph_summary."""
    return [((u, v, k), d) for u, v, k, d in g.edges(keys=True, data=True)]


def graph_summary(g, edges, edges_in_file, untyped, ignored_edge_attrs=()):
    """The common part of a summary: counts, kind, attribute names, whether edge keys repeat."""
    import networkx as nx

    return {
        "tool": f"networkx {nx.__version__}",
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "edge_keys_unique": len({k for (_, _, k), _ in edges}) == len(edges) == edges_in_file,
        "node_attrs": sorted({k for _, d in g.nodes(data=True) for k in d}),
        "edge_attrs": sorted({k for _, d in edges for k in d if k not in ignored_edge_attrs}),
        "untyped": untyped,
    }


def unmet_expectations(summary, args):
    """Counts other than --nodes/--edges, attributes of --node-attrs/--edge-attrs that no node/edge
    carries, and edge keys that repeat (parallel edges merged)."""
    found = []
    for name in ("nodes", "edges"):
        expected = getattr(args, name)
        if expected is not None and summary[name] != expected:
            found.append(f"{summary[name]} {name}, expected {expected}")
    for scope, wanted in (("node", args.node_attrs), ("edge", args.edge_attrs)):
        missing = sorted(set(filter(None, wanted.split(","))) - set(summary[f"{scope}_attrs"]))
        if missing:
            found.append(f"no {scope} carries {', '.join(missing)}")
    if not summary["edge_keys_unique"]:
        found.append("edge keys repeat: parallel edges merged")
    return found


def run(doc, argv, summarize, record_problem, minimum, reason):
    """Parses the command line, loads the file with `summarize(path)` if networkx >= `minimum`
    (else exit 77 saying `reason`), prints the summary with its problems, returns the exit code."""
    parser = argparse.ArgumentParser(description=doc.strip().splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--nodes", type=int)
    parser.add_argument("--edges", type=int)
    parser.add_argument("--node-attrs", default="")
    parser.add_argument("--edge-attrs", default="")
    args = parser.parse_args(argv[1:])
    try:
        import networkx
    except ImportError as error:
        print(f"skipped: {error}", file=sys.stderr)
        return 77
    if tuple(int(part) for part in networkx.__version__.split(".")[:2]) < minimum:
        print(f"skipped: networkx {networkx.__version__} {reason}", file=sys.stderr)
        return 77
    try:
        summary = summarize(args.file)
    except Exception as error:  # the point is to report any failure to load
        print(json.dumps({"tool": "networkx", "error": f"{type(error).__name__}: {error}"}))
        return 1
    summary["problems"] = unmet_expectations(summary, args) + record_problem(summary)
    print(json.dumps(summary, indent=1, sort_keys=True))
    return 1 if summary["untyped"] or summary["problems"] else 0
