"""Validates the corpus of the nmirf data standard with Python's jsonschema
(draft 2020-12), a validator independent of the Go library, and prints for
every valid and invalid document its kind, its verdict and the JSON pointers
of its failures, one JSON object per line, as validate.mjs --json does.

Usage: python3 validate.py [corpus directory] [schema directory]

The Go test TestPythonValidator compares the output with the Go validator's
verdicts when python3 and jsonschema (4.18 or later) are installed.
"""
import json
import os
import re
import sys

import jsonschema
from referencing import Registry, Resource

here = os.path.dirname(os.path.abspath(__file__))
corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "testdata")
schema_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "1.0")


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


# Every schema is registered under its $id, so that one schema's $ref to
# another ("dataset.schema.json#/$defs/text") resolves without the network.
schemas = {}
for name in sorted(os.listdir(schema_dir)):
    if name.endswith(".schema.json"):
        with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        schemas[name[: -len(".schema.json")]] = schema
registry = Registry().with_resources(
    (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
)
validators = {
    kind: jsonschema.Draft202012Validator(schema, registry=registry) for kind, schema in schemas.items()
}

for verdict in ("valid", "invalid"):
    root = os.path.join(corpus, verdict)
    if not os.path.isdir(root):
        continue
    for kind in sorted(os.listdir(root)):
        for name in sorted(os.listdir(os.path.join(root, kind))):
            if not name.endswith(".json"):
                continue
            result = {"file": f"{verdict}/{kind}/{name}", "kind": kind}
            validator = validators.get(kind)
            if validator is None:
                result["error"] = f"no schema for the kind {kind}"
            else:
                try:
                    with open(os.path.join(root, kind, name), encoding="utf-8") as f:
                        doc = json.load(f)
                except ValueError as err:
                    result.update(valid=False, pointers=[""], error=str(err))
                else:
                    found = sorted({p for e in validator.iter_errors(doc) for p in pointers(e)})
                    result.update(valid=not found, pointers=found)
            print(json.dumps(result))
