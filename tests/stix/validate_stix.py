#!/usr/bin/env python3
"""Validates STIX 2.1 bundles against the OASIS STIX 2.1 JSON schemas checked in under
tests/data/stix/schemas (oasis-open/cti-stix2-json-schemas), offline: the schemas are draft 2020-12
with absolute $ids, so a local registry built from the files resolves every $ref (jsonschema would
otherwise fetch them from the network).

Each object is checked against the schema of its own type (custom types against common/core.json),
as the reference validator (stix2-validator) does, and the bundle against common/bundle.json: its
envelope always, and bundle.json's object rule for the types that rule lists (on the first object
of each: the rule passes an object exactly when the object's own type schema does). The rule cannot accept the types it does not list (location, grouping, note,
opinion, incident, custom objects): they match both core.json and cyber-observable-core.json, so its
"oneOf" fails for every such object, however valid. On top, rules the schemas cannot express: ids
unique, references of relationships and reports present in the bundle, modified not before created,
no null values.

usage: validate_stix.py BUNDLE.json...   exit 0 when every bundle is valid, 1 otherwise
"""
import copy
import json
import pathlib
import sys

import jsonschema
from referencing import Registry, Resource

SCHEMAS = pathlib.Path(__file__).resolve().parents[1] / "data" / "stix" / "schemas"
BASE = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/"


# Derived schemas, registered beside bundle.json so that its relative $refs resolve (never fetched).
ENVELOPE = BASE + "common/kgviz-bundle-envelope.json"
OBJECT_RULE = BASE + "common/kgviz-bundle-object.json"


def registry():
    resources = []
    for path in sorted(SCHEMAS.rglob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["$id"], Resource.from_contents(schema)))
        if path.name == "bundle.json" and path.parent.name == "common":
            envelope = copy.deepcopy(schema)
            envelope["$id"] = ENVELOPE
            del envelope["properties"]["objects"]["items"]
            resources.append((ENVELOPE, Resource.from_contents(envelope)))
            rule = {
                "$schema": schema["$schema"], "$id": OBJECT_RULE,
                "$ref": schema["$id"] + "#/properties/objects/items",
            }
            resources.append((OBJECT_RULE, Resource.from_contents(rule)))
    return Registry().with_resources(resources)


def listed_types(reg):
    """The object types bundle.json's rule names (its oneOf of $refs to type schemas)."""
    items = reg.contents(BASE + "common/bundle.json")["properties"]["objects"]["items"]
    names = set()
    for ref in items["anyOf"][0]["oneOf"]:
        names.add(ref["$ref"].rsplit("/", 1)[-1].removesuffix(".json"))
    return names


def validator(reg, relative):
    schema = reg.contents(relative if relative.startswith(BASE) else BASE + relative)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, registry=reg, format_checker=cls.FORMAT_CHECKER)


def schema_of(obj_type):
    for folder in ("sdos", "sros", "observables", "common"):
        if (SCHEMAS / folder / f"{obj_type}.json").exists() and obj_type not in ("core", "bundle"):
            return f"{folder}/{obj_type}.json"
    return "common/core.json"


def nulls(value, path="$"):
    if value is None:
        yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from nulls(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from nulls(item, f"{path}[{i}]")


def problems(bundle, reg, cache):
    def check(instance, relative, where):
        if relative not in cache:
            cache[relative] = validator(reg, relative)
        for error in cache[relative].iter_errors(instance):
            yield f"{where}: {relative}: {error.message[:300]} (at {'/'.join(map(str, error.absolute_path))})"

    yield from check(bundle, ENVELOPE, "bundle")
    listed = listed_types(reg)
    objects = bundle.get("objects", [])
    ids = {}
    ruled = set()
    for obj in objects:
        oid = obj.get("id", "?")
        yield from check(obj, schema_of(obj.get("type", "")), oid)
        # The rule's oneOf can only pass through the object's own type schema (every other branch
        # fails on "type"), which the line above applies to every object; the rule itself (13 ms an
        # object) runs on the first object of each type.
        if obj.get("type") in listed and obj.get("type") not in ruled:
            ruled.add(obj.get("type"))
            yield from check(obj, OBJECT_RULE, oid)
        if oid in ids:
            yield f"{oid}: id appears twice"
        ids[oid] = obj
        for path in nulls(obj):
            yield f"{oid}: null value at {path}"
        if "created" in obj and "modified" in obj and obj["modified"] < obj["created"]:
            yield f"{oid}: modified is before created"
    for obj in objects:
        refs = []
        if obj.get("type") == "relationship":
            refs = [obj.get("source_ref"), obj.get("target_ref")]
        elif obj.get("type") == "report":
            refs = obj.get("object_refs", [])
        for ref in refs:
            if ref not in ids:
                yield f"{obj['id']}: refers to {ref}, which is not in the bundle"


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    reg = registry()
    cache = {}
    failed = False
    for name in sys.argv[1:]:
        bundle = json.loads(pathlib.Path(name).read_text(encoding="utf-8"))
        found = list(problems(bundle, reg, cache))
        for problem in found[:50]:
            print(f"{name}: {problem}")
        if found:
            failed = True
            print(f"{name}: INVALID ({len(found)} problems)")
        else:
            print(f"{name}: valid ({len(bundle.get('objects', []))} objects)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
