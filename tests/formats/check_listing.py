#!/usr/bin/env python3
"""Every file of tests/data/formats is tested or used by a test, and every listed file exists.

The corpus listing (corpus.tsv) is what CMake turns into the formats.<file> tests; a file added to
the folder without a line there would never be read, and a line without its file would fail only
at test time. Also checks the folder stays small (the corpus is checked in).
"""

import os
import sys

CORPUS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                       "..", "data", "formats"))
NOT_INPUTS = {"README.md", "make_corpus.py", "corpus.tsv", ".gitattributes"}
MAX_BYTES = 3_000_000


def main():
    listed, used = [], set()
    with open(os.path.join(CORPUS, "corpus.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            listed.append(fields[0])
            if ":" in fields[1].split("|")[0]:
                used.add(fields[1].split("|")[0].split(":", 1)[1])  # kgviz-graphml:FILE
            args = fields[4].split() if len(fields) > 4 else []
            used.update(args[i + 1] for i, a in enumerate(args[:-1]) if a == "--nodes")
    present = set(os.listdir(CORPUS)) - NOT_INPUTS
    problems = []
    problems += ["listed twice: " + f for f in sorted({f for f in listed if listed.count(f) > 1})]
    problems += ["listed but missing: " + f for f in sorted((set(listed) | used) - present)]
    problems += ["in the folder but neither listed nor used: " + f
                 for f in sorted(present - set(listed) - used)]
    total = sum(os.path.getsize(os.path.join(CORPUS, f)) for f in os.listdir(CORPUS))
    if total > MAX_BYTES:
        problems.append("the folder holds %d bytes, over %d: compress or drop files" % (total, MAX_BYTES))
    for problem in problems:
        print("FAIL  " + problem)
    print("%d files listed, %d used by them, folder %d bytes" % (len(listed), len(used), total))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
