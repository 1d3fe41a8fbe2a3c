"""Shared helpers of the peer scripts: argument handling and the CSV writer.

Every peer script is a whole process on its own (load the GraphML, compute, write a CSV), so that
bench/run can time it with /usr/bin/time -v the same way it times kgviz. Floats are written with
repr(), the shortest text that reads back to the same double (as kgviz does).
"""

import argparse
import math
import os
import sys


def parse_args(doc, extra=None):
    ap = argparse.ArgumentParser(description=doc.strip().split("\n")[0])
    ap.add_argument("graphml", help="input GraphML")
    ap.add_argument("-o", "--output", help="CSV to write (default: none)")
    if extra:
        extra(ap)
    return ap.parse_args()


def _cell(x):
    if x is None:
        return ""
    if isinstance(x, float):
        return "" if math.isnan(x) else repr(x)
    return str(x)


def write_csv(path, ids, columns):
    """columns: list of (name, sequence aligned with ids)."""
    if not path:
        return
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join(["id"] + [name for name, _ in columns]) + "\n")
        cols = [c for _, c in columns]
        f.write("".join(",".join([str(i)] + [_cell(c[k]) for c in cols]) + "\n"
                        for k, i in enumerate(ids)))
    os.replace(tmp, path)


def report(key, value):
    """A `key value` line on stdout; bench/run reads `modularity` lines."""
    print("%s %s" % (key, value))
    sys.stdout.flush()
