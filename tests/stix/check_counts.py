#!/usr/bin/env python3
"""Checks that kgviz imports a STIX bundle with the node and edge counts of the import rule, as
count_stix.py computes them independently, and as documented (docs/stix.md).

usage: check_counts.py KGVIZ BUNDLE[.gz] NODES EDGES
"""
import gzip
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import count_stix


def main():
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    kgviz, bundle, nodes, edges = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    with tempfile.TemporaryDirectory() as work:
        path = pathlib.Path(work) / pathlib.Path(bundle).name.removesuffix(".gz")
        if bundle.endswith(".gz"):
            with gzip.open(bundle, "rb") as src, open(path, "wb") as dst:
                shutil.copyfileobj(src, dst)
        else:
            shutil.copyfile(bundle, path)
        run = subprocess.run([kgviz, "validate", str(path)], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr, sep="\n")
            return 1
        match = re.search(r"ok: (\d+) entities, (\d+) relations", run.stdout)
        got = (int(match.group(1)), int(match.group(2)))
        node_ids, edge_list = count_stix.graph_of(count_stix.load(str(path)))
    independent = (len(node_ids), len(edge_list))
    print(f"{pathlib.Path(bundle).name}: kgviz {got}, count_stix.py {independent}, documented {(nodes, edges)}")
    return 0 if got == independent == (nodes, edges) else 1


if __name__ == "__main__":
    sys.exit(main())
