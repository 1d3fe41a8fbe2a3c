#!/usr/bin/env python3
"""Counts the nodes and edges a STIX bundle has under kgviz's import rule (docs/stix.md), computed
here independently of kgviz's C++ reader, so the test can compare the two.

Rule: nodes are every object except relationship, sighting, marking-definition, language-content,
extension-definition, report, grouping, note, opinion, and except anything revoked or
x_mitre_deprecated; versions of one id count once (the newest `modified`). Edges are the relationships
that are neither revoked nor deprecated and whose source_ref and target_ref are both nodes.

usage: count_stix.py BUNDLE[.gz]   prints "nodes N edges M"
"""
import gzip
import json
import sys

NOT_NODES = {
    "relationship", "sighting", "marking-definition", "language-content", "extension-definition",
    "report", "grouping", "note", "opinion",
}


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def excluded(obj):
    return obj.get("revoked") is True or obj.get("x_mitre_deprecated") is True


def timestamp_key(text):
    """Orders "...:00Z" and "...:00.500Z" by time, not by text."""
    head, _, fraction = text.rstrip("Z").partition(".")
    return head[:19] + fraction.ljust(9, "0")


def newest_versions(bundle):
    """The objects in first-seen order of their ids, each the version with the newest modified."""
    chosen = {}
    order = []
    for obj in bundle.get("objects", []):
        oid = obj["id"]
        if oid not in chosen:
            chosen[oid] = obj
            order.append(oid)
            continue
        old, new = chosen[oid].get("modified"), obj.get("modified")
        if new is not None and (old is None or timestamp_key(new) > timestamp_key(old)):
            chosen[oid] = obj
    return [chosen[oid] for oid in order]


def graph_of(bundle):
    """(node ids in order, [(relationship id, source, target, relationship_type)])."""
    objects = newest_versions(bundle)
    nodes = [o["id"] for o in objects if o["type"] not in NOT_NODES and not excluded(o)]
    node_set = set(nodes)
    edges = [
        (o["id"], o["source_ref"], o["target_ref"], o["relationship_type"])
        for o in objects
        if o["type"] == "relationship" and not excluded(o)
        and o["source_ref"] in node_set and o["target_ref"] in node_set
    ]
    return nodes, edges


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    nodes, edges = graph_of(load(sys.argv[1]))
    print(f"nodes {len(nodes)} edges {len(edges)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
