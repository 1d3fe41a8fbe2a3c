#!/usr/bin/env python3
"""Writes a knowledge graph of 8,000 entities and 24,000 relations as GraphML, for tests/html.

The page draws graphs of more than 20,000 relations differently (1-pixel lines, no arrow heads, no
dimming on hover; docs/html.md "Large graphs"): this graph takes those paths in the browser tests.
Deterministic (random.Random(7)); preferential attachment, so that some entities have hundreds of
relations; every entity has a type, an alias and x/y (which the export takes as the layout, kept as
input_x/input_y: no layout to wait for); every relation a relation type, a confidence, an evidence quote, a source and (four in five)
a date. Standard library only.

    python3 tests/html/make_large_graphml.py OUT.graphml
"""
import random
import sys
from xml.sax.saxutils import escape

ENTITIES = 8000
RELATIONS_PER_ENTITY = 3
TYPES = ["intrusion-set", "malware", "tool", "identity", "infrastructure", "campaign"]
RELATIONS = ["uses", "targets", "attributed-to", "communicates-with", "related-to"]
CONFIDENCE = ["confirmed", "reported", "alleged"]
WORDS = "the report said operators used a new loader against several telecom providers in".split()


def main(path):
    rng = random.Random(7)
    ends = []  # each entity once per relation it has: preferential attachment
    relations = []
    for v in range(ENTITIES):
        if v > RELATIONS_PER_ENTITY:
            for _ in range(RELATIONS_PER_ENTITY):
                u = rng.choice(ends)
                relations.append((v, u) if rng.random() < 0.5 else (u, v))
                ends.append(u)
                ends.append(v)
        else:
            ends.append(v)
    keys = [
        ("label", "node", "string"), ("type", "node", "string"), ("aliases", "node", "string"),
        ("x", "node", "double"), ("y", "node", "double"), ("relation", "edge", "string"),
        ("confidence", "edge", "string"), ("evidence", "edge", "string"),
        ("source_doc", "edge", "string"), ("date", "edge", "string"),
    ]
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for name, kind, kind_type in keys:
        out.append(f'<key id="{name}" for="{kind}" attr.name="{name}" attr.type="{kind_type}"/>')
    out.append('<graph edgedefault="directed">')
    for v in range(ENTITIES):
        out.append(f'<node id="n{v}"><data key="label">Entity {v}</data>'
                   f'<data key="type">{TYPES[v % len(TYPES)]}</data>'
                   f'<data key="aliases">E-{v:05d}</data>'
                   f'<data key="x">{rng.uniform(-1000, 1000):.3f}</data>'
                   f'<data key="y">{rng.uniform(-1000, 1000):.3f}</data></node>')
    for e, (s, t) in enumerate(relations):
        quote = " ".join(rng.choice(WORDS) for _ in range(8)) + f" ({e})"
        date = "" if rng.random() < 0.2 else f"<data key=\"date\">{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}</data>"
        out.append(f'<edge source="n{s}" target="n{t}"><data key="relation">{rng.choice(RELATIONS)}</data>'
                   f'<data key="confidence">{rng.choice(CONFIDENCE)}</data>'
                   f'<data key="evidence">{escape(quote)}</data>'
                   f'<data key="source_doc">report-{rng.randint(1, 20)}</data>{date}</edge>')
    out.append('</graph></graphml>\n')
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_large_graphml.py OUT.graphml")
    main(sys.argv[1])
