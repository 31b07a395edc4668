"""Validates the corpus of the nmirf data standard with Python's jsonschema
(draft 2020-12), a validator independent of the Go library, and prints for
every valid and invalid document, and every version it is validated as, its
kind, the version, its verdict and the JSON pointers of its failures, one
JSON object per line, as validate.mjs --json does.

Usage: python3 validate.py [corpus directory] [schema directory]

The corpus has a folder per version (<corpus>/1.0/valid/dataset/...), and
the schema directory one per version (<schemas>/1.0/dataset.schema.json).
Each version's documents are validated with the schemas of their version
and of every later version of the same major number. The Go test
TestPythonValidator compares the output with the Go validator's verdicts.
Documents are read as Go and ajv read them: a duplicate object key, NaN,
Infinity and -Infinity make a document invalid (Python's json module
accepts them by default). It runs with jsonschema 4.10 (Debian 12's
python3-jsonschema) and later:
with the referencing package where jsonschema has it (4.18 and later), and
with jsonschema's RefResolver before that.
"""
import json
import os
import re
import sys

import jsonschema

try:
    from referencing import Registry, Resource
except ImportError:  # jsonschema before 4.18
    Registry = Resource = None

here = os.path.dirname(os.path.abspath(__file__))
corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "testdata")
schema_root = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..")


def escape(token):
    return str(token).replace("~", "~0").replace("/", "~1")


def pointers(error):
    """The pointers of an error, the missing or unknown fields pointed at by
    their own names, as the Go library reports them."""
    base = "".join("/" + escape(t) for t in error.absolute_path)
    instance = error.instance
    if error.validator == "required" and isinstance(instance, dict):
        return [base + "/" + escape(p) for p in error.validator_value if p not in instance]
    if error.validator == "additionalProperties" and isinstance(instance, dict) and error.validator_value is False:
        known = error.schema.get("properties", {})
        patterns = [re.compile(p) for p in error.schema.get("patternProperties", {})]
        return [base + "/" + escape(k) for k in instance if k not in known and not any(p.search(k) for p in patterns)]
    return [base]


def refuse_duplicates(pairs):
    """Builds an object, refusing a name given twice, as Go and ajv do."""
    seen = set()
    for name, _ in pairs:
        if name in seen:
            raise ValueError(f"duplicate object key {name!r}")
        seen.add(name)
    return dict(pairs)


def refuse_constant(name):
    """Refuses NaN, Infinity and -Infinity, which Python's json module
    reads by default but JSON does not have."""
    raise ValueError(f"{name} is not a JSON value")


def load_document(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=refuse_duplicates, parse_constant=refuse_constant)


def version_key(v):
    major, minor = v.split(".")
    return int(major), int(minor)


versions = sorted(
    (v for v in os.listdir(schema_root) if re.fullmatch(r"\d+\.\d+", v)), key=version_key
)

# Every schema is registered under its $id, so that one schema's $ref to
# another ("dataset.schema.json#/$defs/text") resolves without the network.
schemas = {}  # version -> kind -> schema
for version in versions:
    schemas[version] = {}
    folder = os.path.join(schema_root, version)
    for name in sorted(os.listdir(folder)):
        if name.endswith(".schema.json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                schema = json.load(f)
            jsonschema.Draft202012Validator.check_schema(schema)
            schemas[version][name[: -len(".schema.json")]] = schema
every = [schema for by_kind in schemas.values() for schema in by_kind.values()]
if Registry is not None:
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in every)

    def validator_for(schema):
        return jsonschema.Draft202012Validator(schema, registry=registry)

else:
    store = {s["$id"]: s for s in every}

    def validator_for(schema):
        resolver = jsonschema.RefResolver.from_schema(schema, store=store)
        return jsonschema.Draft202012Validator(schema, resolver=resolver)


validators = {
    version: {kind: validator_for(schema) for kind, schema in by_kind.items()}
    for version, by_kind in schemas.items()
}

for doc_version in versions:
    later = [
        v
        for v in versions
        if v.split(".")[0] == doc_version.split(".")[0] and version_key(v) >= version_key(doc_version)
    ]
    for verdict in ("valid", "invalid"):
        root = os.path.join(corpus, doc_version, verdict)
        if not os.path.isdir(root):
            continue
        for kind in sorted(os.listdir(root)):
            for name in sorted(os.listdir(os.path.join(root, kind))):
                if not name.endswith(".json"):
                    continue
                for version in later:
                    result = {"file": f"{doc_version}/{verdict}/{kind}/{name}", "kind": kind, "version": version}
                    validator = validators[version].get(kind)
                    if validator is None:
                        result["error"] = f"no schema for the kind {kind} in version {version}"
                    else:
                        try:
                            doc = load_document(os.path.join(root, kind, name))
                        except ValueError as err:
                            result.update(valid=False, pointers=[""], error=str(err))
                        else:
                            found = sorted({p for e in validator.iter_errors(doc) for p in pointers(e)})
                            result.update(valid=not found, pointers=found)
                    print(json.dumps(result))
