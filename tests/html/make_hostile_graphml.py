#!/usr/bin/env python3
"""Writes data/hostile_dated.graphml with networkx (another tool's GraphML) for tests/html.

A small directed knowledge graph whose texts try to break out of an HTML page (markup, a closing
</script>, an event handler, a javascript: URL, U+2028/U+2029, template syntax, entity ids such as
__proto__) and whose relations carry dates, confidence, evidence, sources and according_to, so the
page's time slider, filters and side panel have something to show. Every injection would set
window.pwned; the test checks that it stays undefined.

    python3 tests/html/make_hostile_graphml.py   # rewrites tests/html/data/hostile_dated.graphml
"""
import os

import networkx as nx

PWN = "window.pwned=1"
HOSTILE = {
    "img": '<img src=x onerror="%s">' % PWN,
    "script": "</script><script>%s</script>" % PWN,
    "svg": '"><svg onload=%s>' % PWN,
    "js-url": "javascript:%s" % PWN,
    "template": "{{constructor.constructor('%s')()}}" % PWN,
    "comment": "<!-- ]]> --> & &amp; &#x3c;",
    "separators": "line\u2028separator\u2029paragraph",
}


def build():
    g = nx.MultiDiGraph()
    nodes = [
        ("alpha", "Alpha Group", "intrusion-set", "APT-A; Alpha Team", "An actor"),
        ("bravo", HOSTILE["img"], "malware", HOSTILE["svg"], HOSTILE["script"]),
        ("charlie", HOSTILE["script"], "tool", "", HOSTILE["js-url"]),
        ("delta", "Delta Telecom", "identity", "", HOSTILE["template"]),
        ("echo", "Echo \u00e9l\u00e8ve", "identity", "", HOSTILE["separators"]),
        ("__proto__", "Proto entity", "campaign", "constructor", HOSTILE["comment"]),
        ("constructor", "Constructor entity", "campaign", "", ""),
        ("foxtrot", "Foxtrot Agency", "identity", "", "Reports things"),
        ("golf", "Golf Newspaper", "identity", "", ""),
        ("hotel", "Hotel lonely", "location", "", "No relations at all"),
        ("india", "India target", "identity", "", ""),
    ]
    for node_id, label, kind, aliases, description in nodes:
        attributes = {"label": label, "type": kind}
        if aliases:
            attributes["aliases"] = aliases
        if description:
            attributes["description"] = description
        g.add_node(node_id, **attributes)
    relations = [
        ("alpha", "bravo", "uses", "confirmed", "Alpha used " + HOSTILE["img"], "2019-03-01", "foxtrot"),
        ("alpha", "charlie", "uses", "reported", HOSTILE["script"] + " was seen", "2020-06-15", "golf"),
        ("alpha", "delta", "targets", "alleged", "Delta may have been targeted " + HOSTILE["separators"], "2021", "golf"),
        ("bravo", "delta", "targets", "confirmed", HOSTILE["template"], "2022-11", "foxtrot"),
        ("charlie", "echo", "targets", "reported", HOSTILE["js-url"], "2023-01-20", None),
        ("__proto__", "alpha", "attributed-to", "alleged", HOSTILE["comment"], None, "golf"),
        ("constructor", "__proto__", "related-to", "confirmed", "Constructor and proto", "2018-07-04", "foxtrot"),
        ("echo", "india", "related-to", "reported", "Echo and India", None, None),
        ("alpha", "bravo", "uses", "reported", "A second, parallel statement", "2024-02-29", "golf"),
        ("delta", "india", "related-to", "confirmed", "Delta and India", "2020-06-15", "foxtrot"),
    ]
    for source, target, relation, confidence, evidence, date, according_to in relations:
        attributes = {"relation": relation, "label": relation, "confidence": confidence,
                      "evidence": evidence, "source_doc": "report-1", "weight": 1.0}
        if date:
            attributes["date"] = date
        if according_to:
            attributes["according_to"] = according_to
        g.add_edge(source, target, **attributes)
    g.graph["title"] = "Hostile " + HOSTILE["script"]
    return g


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "data", "hostile_dated.graphml")
    nx.write_graphml(build(), path)
    print("wrote", path)


if __name__ == "__main__":
    main()
