#!/usr/bin/python3
"""Compare one numeric column of two CSVs by id: prints `max|d|=.. maxrel=..` (or `MISMATCH ..`).

Usage: compare.py A.csv B.csv COLUMN [COLUMN...]. A sanity check that kgviz and the peer computed
the same quantity (same normalisation); not timed.
"""
import csv
import sys


def load(path, cols):
    with open(path, newline="", encoding="utf-8") as f:
        return {r["id"]: [r[c] for c in cols] for r in csv.DictReader(f)}


a_path, b_path, cols = sys.argv[1], sys.argv[2], sys.argv[3:]
a, b = load(a_path, cols), load(b_path, cols)
if a.keys() != b.keys():
    print("MISMATCH ids")
    sys.exit(0)
worst_abs = worst_rel = 0.0
for k, va in a.items():
    for x, y in zip(va, b[k]):
        if x == "" or y == "":
            if x != y:
                print("MISMATCH empty cell at %s" % k)
                sys.exit(0)
            continue
        x, y = float(x), float(y)
        d = abs(x - y)
        worst_abs = max(worst_abs, d)
        worst_rel = max(worst_rel, d / max(abs(x), abs(y), 1e-300))
print("max|d|=%.1e maxrel=%.1e" % (worst_abs, worst_rel))
