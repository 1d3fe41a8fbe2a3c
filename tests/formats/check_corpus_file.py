#!/usr/bin/env python3
"""Checks that kgviz reads one corpus file as the reference library does (issue 13, "Proof").

    check_corpus_file.py --kgviz BIN --work DIR FILE

FILE is a name listed in tests/data/formats/corpus.tsv, whose line gives the reference library,
how nodes are matched, the expectation and kgviz's extra arguments. Runs under networkx 3.x (the
`python3` on PATH): it reads kgviz's GraphML export itself and runs reference_reader.py under the
interpreter that has the reference library. What is compared: tests/data/formats/README.md, "What
the test compares". Prints one line per check and exits 1 when one fails.
"""

import argparse
import collections
import gzip
import html.parser
import json
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "data", "formats"))
DEBIAN_PYTHON = "/usr/bin/python3"
DEBIAN_REFERENCES = ("graph-tool", "igraph-", "networkx-dot")
# Node columns kgviz computes on export (DESIGN.md, "Exported attributes"); an input attribute of
# one of these names is looked for under any column whose name contains it (issue 11).
COMPUTED_NODE_COLUMNS = {
    "degree", "in_degree", "out_degree", "betweenness", "closeness", "harmonic", "pagerank",
    "eigenvector", "core", "component", "strong_component", "clustering", "community",
    "x", "y", "size", "r", "g", "b", "color"}
# Graph data kgviz writes itself (the run record).
RECORD_NAMES = {"kgviz_version", "kgviz_command", "inputs", "input_sha256", "options", "seed"}
SAMPLE = 5


class Checks:
    def __init__(self):
        self.failed = 0

    def check(self, ok, what, detail=""):
        print(("PASS  " if ok else "FAIL  ") + what + ("" if ok or not detail else ": " + detail))
        if not ok:
            self.failed += 1
        return ok

    def note(self, text):
        print("note  " + text)


# ---- the listing ----------------------------------------------------------------------------------

def listing_entry(name):
    with open(os.path.join(CORPUS, "corpus.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if fields[0] == name:
                fields += [""] * (5 - len(fields))
                refs = fields[1].split("|")
                return {"file": name, "reference": refs[0], "also": refs[1:], "node_key": fields[2],
                        "expect": fields[3], "args": fields[4].split()}
    raise SystemExit("%s is not listed in corpus.tsv" % name)


def corpus_args(args):
    """Listing arguments name files of the corpus (e.g. --nodes TABLE): make them paths."""
    out = []
    for i, arg in enumerate(args):
        out.append(os.path.join(CORPUS, arg) if i > 0 and args[i - 1] == "--nodes" else arg)
    return out


# ---- the two readings -----------------------------------------------------------------------------

def reference_reading(reference, path, args):
    python = DEBIAN_PYTHON if reference.startswith(DEBIAN_REFERENCES) else sys.executable
    cmd = [python, os.path.join(HERE, "reference_reader.py"), reference, path] + args
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError("%s could not read the file: %s" % (reference, done.stderr.strip()[-500:]))
    return json.loads(done.stdout)


def kgviz_reading(graphml_path):
    import networkx as nx
    G = nx.read_graphml(graphml_path)
    nodes = {str(n): dict(d) for n, d in G.nodes(data=True)}
    if G.is_multigraph():
        edges = [(str(u), str(v), dict(d)) for u, v, _, d in G.edges(keys=True, data=True)]
    else:
        edges = [(str(u), str(v), dict(d)) for u, v, d in G.edges(data=True)]
    graph = {k: v for k, v in G.graph.items() if k not in RECORD_NAMES}
    return {"directed": G.is_directed(), "nodes": nodes, "order": [str(n) for n in G.nodes],
            "edges": edges, "graph": graph}


def run_kgviz(kgviz, args):
    return subprocess.run([kgviz] + args, capture_output=True, text=True)


# ---- value comparison -----------------------------------------------------------------------------

NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def as_number(value):
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str) and re.fullmatch(r"\s*" + NUMBER.pattern + r"\s*", value):
        return float(value)
    return None


def close(a, b):
    return a == b or math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12) or \
        (math.isnan(a) and math.isnan(b))


def fold(text):
    return " ".join(str(text).split())


def values_equal(ref, got):
    if got is None:
        return False
    if isinstance(ref, list):  # a graph-tool vector: kgviz keeps it as text, joined as written
        numbers = [float(x) for x in NUMBER.findall(str(got))] if not isinstance(got, list) else got
        return len(numbers) == len(ref) and all(close(float(a), float(b))
                                                for a, b in zip(ref, numbers))
    if isinstance(ref, bool):
        return str(got).lower() in (("true", "1") if ref else ("false", "0"))
    if isinstance(got, bool) and isinstance(ref, str):
        # kgviz types a column of true/false words as boolean (its text typing rule): the word
        # read back is the same truth value.
        return ref.strip().lower() == ("true" if got else "false")
    a, b = as_number(ref), as_number(got)
    if a is not None and b is not None:
        return close(a, b)
    return str(ref) == str(got) or fold(ref) == fold(got)


def find_value(attrs, name, ref_value, computed):
    """kgviz's value for the reference attribute `name` of one element, or None: the column of that
    name (any case), or — for names kgviz computes — any column whose name contains it."""
    lowered = {k.lower(): k for k in attrs}
    if name.lower() in lowered and not (computed and name.lower() in COMPUTED_NODE_COLUMNS):
        return attrs[lowered[name.lower()]]
    if computed and name.lower() in COMPUTED_NODE_COLUMNS:
        for column, value in attrs.items():
            tokens = re.split(r"[^a-z0-9]+", column.lower())
            if name.lower() in tokens and values_equal(ref_value, value):
                return value
    return None


def position_columns(attrs, numbers):
    """Whether two node columns hold these two numbers (a DOT `pos` read as a position)."""
    if len(numbers) != 2:
        return False
    return any(values_equal(numbers[0], attrs[cx]) and values_equal(numbers[1], attrs[cy])
               for cx in attrs for cy in attrs if cx != cy)


def sample_indices(count):
    if count <= SAMPLE:
        return list(range(count))
    return sorted({0, count - 1, *[round(i * (count - 1) / 4) for i in (1, 2, 3)]})


# ---- DOT label text -----------------------------------------------------------------------------------

class _HtmlText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag.lower() in ("br", "td", "tr"):
            self.parts.append(" ")

    def handle_data(self, data):
        self.parts.append(data)


def html_text(markup):
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def looks_like_html(text):
    return re.search(r"<\s*/?\s*[A-Za-z][^<>]*>", text) is not None


def graphviz_text(raw, names):
    """A DOT label as Graphviz shows it: escString escapes (\\N, \\G, \\E, \\T, \\H, line breaks)."""
    out, i = [], 0
    while i < len(raw):
        c = raw[i]
        if c == "\\" and i + 1 < len(raw):
            nxt = raw[i + 1]
            out.append(names.get(nxt, " " if nxt in "nlr" else nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def label_matches(reference, ref_label, got, names):
    got = "" if got is None else str(got)
    if reference == "networkx-dot":
        if looks_like_html(ref_label):
            squeeze = lambda s: re.sub(r"\s+", "", s)
            return squeeze(html_text(ref_label)) == squeeze(got)
        return fold(graphviz_text(ref_label, names)) == fold(got) or ref_label == got
    return str(ref_label) == got or fold(ref_label) == fold(got)


# ---- expected failures ----------------------------------------------------------------------------

def read_text(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8-sig", newline="") as f:
        return f.read().splitlines()


def mixed_type_lines(path):
    """Lines of the rows whose Type differs from the first row's (1-based; the header is line 1)."""
    import csv
    lines = read_text(path)
    rows = list(csv.reader(lines))
    col = [h.lower() for h in rows[0]].index("type")
    first = rows[1][col].lower()
    return {i + 1 for i, row in enumerate(rows) if i >= 1 and row and row[col].lower() != first}


def undeclared_edge_lines(path, reference):
    """The lines of the edge that names a node never declared (its whole element or block)."""
    lines = read_text(path)
    if reference.endswith("graphml"):
        import xml.etree.ElementTree as ET
        ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
        root = ET.fromstring("\n".join(lines))
        declared = {n.get("id") for n in root.iter("{%s}node" % ns["g"])}
        wanted = set()
        for e in root.iter("{%s}edge" % ns["g"]):
            for end in (e.get("source"), e.get("target")):
                if end not in declared:
                    wanted |= {i + 1 for i, line in enumerate(lines)
                               if "<edge" in line and '"%s"' % end in line}
        return wanted
    # GML: the edge [ ... ] block whose source or target id is not a node id.
    text = "\n".join(lines)
    declared = set(re.findall(r"node\s*\[\s*id\s+(-?\d+)", text))
    wanted, start = set(), None
    for i, line in enumerate(lines):
        if re.match(r"\s*edge\s*\[", line):
            start = i
        if start is not None:
            ends = re.findall(r"\b(?:source|target)\s+(-?\d+)", line)
            if any(end not in declared for end in ends):
                block_end = next(j for j in range(i, len(lines)) if "]" in lines[j])
                wanted |= set(range(start + 1, block_end + 2))
            if "]" in line:
                start = None
    return wanted


def check_failure(checks, entry, path, kgviz, work):
    kind = entry["expect"].split(":", 1)[1]
    done = run_kgviz(kgviz, ["validate", "--quiet", path] + corpus_args(entry["args"]))
    print(done.stderr.rstrip())
    checks.check(done.returncode == 1, "validate exits 1", "exit %d" % done.returncode)
    checks.check(done.stdout == "", "validate prints nothing on standard output", done.stdout[:200])
    pattern = re.compile(r"^%s:(\d+):(\d+): error: (.+)$" % re.escape(path), re.M)
    found = pattern.findall(done.stderr)
    if not checks.check(bool(found), "an error positioned as FILE:LINE:COL"):
        return
    if kind == "mixed-type":
        lines = mixed_type_lines(path)
        what = "the first row whose Type differs from the first row's"
        lines = {min(lines)}
    else:
        lines = undeclared_edge_lines(path, entry["reference"])
        what = "the edge naming the undeclared node"
    positions = {int(line) for line, _, _ in found}
    checks.check(bool(positions & lines), "the error is at %s (line %s)" % (
        what, "/".join(str(n) for n in sorted(lines))), "reported at line(s) %s" % sorted(positions))
    out = os.path.join(work, "out.graphml")
    done = run_kgviz(kgviz, ["export", "--quiet", path] + corpus_args(entry["args"]) + ["-o", out])
    checks.check(done.returncode == 1 and not os.path.exists(out),
                 "export exits 1 and writes nothing", "exit %d" % done.returncode)


# ---- the comparison -------------------------------------------------------------------------------

def match_nodes(checks, entry, ref, kg):
    """ref node index -> kgviz id, following the listing's node_key."""
    kg_ids = set(kg["nodes"])
    ref_ids = [n["id"] for n in ref["nodes"]]
    names = [n["alt_ids"].get("name") for n in ref["nodes"]]
    policy = entry["node_key"]
    if policy == "label":
        labels = [n["label"] if n["label"] is not None else n["id"] for n in ref["nodes"]]
        by_label = collections.defaultdict(list)
        for node_id, data in kg["nodes"].items():
            by_label[str(data.get("label", node_id))].append(node_id)
        ok = set(by_label) == set(labels) and all(len(v) == 1 for v in by_label.values())
        checks.check(ok, "node labels are the reference's labels (%d)" % len(labels),
                     diff_detail(set(labels), set(by_label)))
        return {i: by_label[label][0] for i, label in enumerate(labels) if label in by_label}, "label"
    if policy == "gml-label":
        # GML: the labels are the ids where every node has a distinct one (networkx's read_gml
        # default), else the GML ids.
        labels = [n["label"] for n in ref["nodes"]]
        distinct = None not in labels and "" not in labels and len(set(labels)) == len(labels)
        keys = labels if distinct else ref_ids
        what = "labels (all present and distinct)" if distinct else "ids (labels missing or repeated)"
        checks.check(set(keys) == kg_ids, "node ids are the reference's %s (%d)" % (what, len(keys)),
                     diff_detail(set(keys), kg_ids))
        return {i: k for i, k in enumerate(keys) if k in kg_ids}, "label" if distinct else "id"
    choices = []
    if policy in ("id", "id|name"):
        choices.append(("id", ref_ids))
    if policy in ("name", "id|name"):
        choices.append(("name", names))
    for kind, keys in choices:
        if None not in keys and set(keys) == kg_ids:
            checks.check(True, "node ids are the reference's %s%s (%d)" % (
                "ids" if kind == "id" else "`name` values",
                "" if len(choices) == 1 else " (either accepted)", len(keys)))
            return {i: k for i, k in enumerate(keys)}, kind
    kind, keys = choices[0]
    checks.check(False, "node ids are the reference's %s" % " or ".join(
        "ids" if k == "id" else "`name` values" for k, _ in choices),
        diff_detail(set(k for k in keys if k is not None), kg_ids))
    # Go on with whichever key matches most nodes, so the other checks still say something.
    fallbacks = [("id", ref_ids), ("name", names),
                 ("label", [n["label"] for n in ref["nodes"]])]
    kind, keys = max(fallbacks, key=lambda c: len(kg_ids & set(c[1])))
    checks.note("the checks below match nodes by %s (%d of %d found)" % (
        kind, len(kg_ids & set(keys)), len(keys)))
    return {i: k for i, k in enumerate(keys) if k in kg_ids}, kind


def diff_detail(expected, got):
    missing = sorted(expected - got, key=str)[:5]
    extra = sorted(got - expected, key=str)[:5]
    return "missing %s, unexpected %s" % (missing, extra)


def compare(checks, entry, ref, kg, validate_out, path):
    n_ref, m_ref = len(ref["nodes"]), len(ref["edges"])
    checks.check(len(kg["nodes"]) == n_ref, "nodes: %d" % n_ref, "kgviz has %d" % len(kg["nodes"]))
    checks.check(len(kg["edges"]) == m_ref, "edges: %d (parallel edges counted)" % m_ref,
                 "kgviz has %d" % len(kg["edges"]))
    m = re.search(r"ok: (\d+) entities, (\d+) relations", validate_out)
    checks.check(m is not None and (int(m.group(1)), int(m.group(2))) == (n_ref, m_ref),
                 "validate says %d entities, %d relations" % (n_ref, m_ref), validate_out.strip())
    checks.check(kg["directed"] == ref["directed"],
                 "directed" if ref["directed"] else "undirected",
                 "kgviz reads it as %s" % ("directed" if kg["directed"] else "undirected"))

    mapping, id_kind = match_nodes(checks, entry, ref, kg)
    ref_key = {ref["nodes"][i]["id"]: k for i, k in mapping.items()}

    # Labels of every node.
    graph_name = ref.get("graph_name", "")
    bad = []
    for i, kg_id in mapping.items():
        node = ref["nodes"][i]
        got = kg["nodes"][kg_id].get("label")
        if node["label"] is None:
            ok = got in (None, "", kg_id)
            expected = "(none: empty or the id)"
        else:
            ok = label_matches(entry["reference"], node["label"], got,
                               {"N": node["id"], "G": graph_name})
            expected = node["label"]
        if not ok:
            bad.append("%s: %r, expected %r" % (kg_id, got, expected))
    checks.check(not bad, "labels of all %d matched nodes" % len(mapping), "; ".join(bad[:4]))

    # Edges as a multiset of end pairs.
    def pair(u, v):
        return (u, v) if ref["directed"] else tuple(sorted((u, v), key=str))
    want = collections.Counter(pair(ref_key.get(e["source"]), ref_key.get(e["target"]))
                               for e in ref["edges"])
    got = collections.Counter(pair(u, v) for u, v, _ in kg["edges"])
    if None in {x for p in want for x in p}:
        checks.check(False, "edges (source, target) with multiplicity",
                     "some reference endpoints match no kgviz node")
    else:
        missing = want - got
        extra = got - want
        checks.check(not missing and not extra, "edges (source, target) with multiplicity",
                     "missing %s, unexpected %s" % (list(missing.items())[:3], list(extra.items())[:3]))

    # Node attributes on a sample.
    indices = [i for i in sample_indices(n_ref) if i in mapping]
    bad, compared = [], 0
    for i in indices:
        node = ref["nodes"][i]
        attrs = kg["nodes"][mapping[i]]
        for name, value in node["attrs"].items():
            if name == "name" and id_kind == "name":
                continue  # `name` became the id
            compared += 1
            got_value = find_value(attrs, name, value, computed=True)
            if not values_equal(value, got_value) and not (
                    name == "pos" and entry["reference"] == "networkx-dot" and
                    position_columns(attrs, [float(x) for x in NUMBER.findall(value)])):
                bad.append("%s.%s = %r, expected %r" % (mapping[i], name, got_value, value))
    if compared:
        checks.check(not bad, "%d node attribute values on %d sampled nodes" % (compared, len(indices)),
                     "; ".join(bad[:4]))

    # Positions.
    with_pos = [i for i in indices if ref["nodes"][i]["pos"]]
    if with_pos:
        columns = set.intersection(*[set(kg["nodes"][mapping[i]]) for i in with_pos])
        pairs = [(cx, cy) for cx in columns for cy in columns if cx != cy and all(
            values_equal(ref["nodes"][i]["pos"][0], kg["nodes"][mapping[i]][cx]) and
            values_equal(ref["nodes"][i]["pos"][1], kg["nodes"][mapping[i]][cy]) for i in with_pos)]
        checks.check(bool(pairs), "positions (x, y) of %d sampled nodes kept in node columns%s" % (
            len(with_pos), " (%s, %s)" % pairs[0] if pairs else ""),
            "e.g. %s at %r" % (mapping[with_pos[0]], ref["nodes"][with_pos[0]]["pos"]))

    # DOT clusters.
    clustered = [i for i in mapping if ref["nodes"][i]["clusters"]]
    if clustered:
        bad = []
        for i in clustered:
            name, label = ref["nodes"][i]["clusters"][-1]
            values = {str(v) for v in kg["nodes"][mapping[i]].values()}
            if name not in values and (not label or label not in values):
                bad.append("%s in %s" % (mapping[i], name))
        checks.check(not bad, "cluster of each of %d clustered nodes kept in a node column"
                     % len(clustered), "; ".join(bad[:4]))

    # Edge attributes on a sample: some kgviz edge with the same ends carries all the values.
    by_pair = collections.defaultdict(list)
    for u, v, data in kg["edges"]:
        by_pair[pair(u, v)].append(data)
    bad, compared, sampled = [], 0, 0
    for i in sample_indices(m_ref):
        edge = ref["edges"][i]
        if not edge["attrs"]:
            continue
        sampled += 1
        compared += len(edge["attrs"])
        key = pair(ref_key.get(edge["source"]), ref_key.get(edge["target"]))
        names = {"T": edge["source"], "H": edge["target"], "G": graph_name,
                 "E": "%s->%s" % (edge["source"], edge["target"])}
        candidates = by_pair.get(key, [])

        def matches(data):
            for name, value in edge["attrs"].items():
                got_value = find_value(data, name, value, computed=False)
                if name == "label" and isinstance(value, str) and entry["reference"] == "networkx-dot":
                    if not label_matches(entry["reference"], value, got_value, names):
                        return False
                elif not values_equal(value, got_value):
                    return False
            return True
        if not any(matches(d) for d in candidates):
            bad.append("%s -> %s: expected %r, kgviz has %r" % (
                key[0], key[1], edge["attrs"], candidates[:2]))
    if sampled:
        checks.check(not bad, "%d edge attribute values on %d sampled edges" % (compared, sampled),
                     "; ".join(bad[:3]))

    # Graph attributes.
    graph_ref = {k: v for k, v in ref["graph"].items() if k != "directed"}
    if graph_ref:
        bad = [k for k, v in graph_ref.items() if not values_equal(v, find_value(
            kg["graph"], k, v, computed=False))]
        checks.check(not bad, "%d graph attributes (%s)" % (len(graph_ref), ", ".join(sorted(graph_ref))),
                     "missing or different: %s" % ", ".join(bad))


def warned_keys(checks, ref, stderr):
    """graph-tool vector keys: one warning naming each (issue 13)."""
    vectors = sorted({k for n in ref["nodes"] for k, v in n["attrs"].items() if isinstance(v, list)})
    for key in vectors:
        lines = [l for l in stderr.splitlines() if "warning" in l and re.search(
            r"\b%s\b" % re.escape(key), l)]
        checks.check(len(lines) == 1, "one warning naming the vector key '%s'" % key,
                     "%d such lines" % len(lines))


def cross_check(checks, entry, path, ref, args):
    """Reads the file with the other reference too and notes where the two libraries disagree."""
    for other in entry["also"]:
        try:
            alt = reference_reading(other, path, args)
        except RuntimeError as error:
            checks.note("%s: %s" % (other, error))
            continue
        facts = lambda r: (len(r["nodes"]), len(r["edges"]), r["directed"])
        if facts(alt) == facts(ref):
            checks.note("%s agrees: %d nodes, %d edges, %s" % (
                other, len(alt["nodes"]), len(alt["edges"]), "directed" if alt["directed"] else "undirected"))
        else:
            checks.note("%s DISAGREES: %d nodes, %d edges, %s (kgviz is held to %s)" % (
                other, len(alt["nodes"]), len(alt["edges"]),
                "directed" if alt["directed"] else "undirected", entry["reference"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kgviz", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("file")
    args = parser.parse_args()
    entry = listing_entry(args.file)
    path = os.path.join(CORPUS, args.file)
    work = os.path.join(args.work, re.sub(r"[^A-Za-z0-9_.-]", "_", args.file))
    os.makedirs(work, exist_ok=True)
    out = os.path.join(work, "out.graphml")
    if os.path.exists(out):
        os.remove(out)
    checks = Checks()
    print("%s: reference %s, nodes matched by %s, expect %s" % (
        args.file, entry["reference"], entry["node_key"], entry["expect"]))

    if entry["expect"].startswith("error:"):
        check_failure(checks, entry, path, args.kgviz, work)
    else:
        extra = corpus_args(entry["args"])
        validate = run_kgviz(args.kgviz, ["validate", "--quiet", path] + extra)
        if validate.stderr:
            print(validate.stderr.rstrip())
        checks.check(validate.returncode == 0, "kgviz validate exits 0", "exit %d" % validate.returncode)
        try:
            ref = reference_reading(entry["reference"], path, extra)
        except RuntimeError as error:
            checks.check(False, "reference reads the file", str(error))
            ref = None
        if ref is not None:
            for note in ref["notes"]:
                checks.note(note)
            cross_check(checks, entry, path, ref, extra)
        if validate.returncode == 0 and ref is not None:
            export = run_kgviz(args.kgviz, ["export", "--quiet", path] + extra + ["-o", out])
            if checks.check(export.returncode == 0, "kgviz export -o out.graphml exits 0",
                            export.stderr.strip()[-300:]):
                compare(checks, entry, ref, kgviz_reading(out), validate.stdout, path)
                warned_keys(checks, ref, validate.stderr)
    print("%d check(s) failed" % checks.failed if checks.failed else "all checks passed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
