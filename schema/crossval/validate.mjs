// Validates the corpus of the nmirf data standard with ajv (JSON Schema
// draft 2020-12), a validator independent of the Go library, and checks its
// verdicts against the corpus layout, which has a folder per version:
//
//   <corpus>/<version>/valid/<kind>/*.json     documents every validator
//                                              must accept
//   <corpus>/<version>/invalid/<kind>/*.json   documents every validator
//                                              must reject;
//   <corpus>/<version>/invalid/<kind>/*.want   the problems each must
//                                              report, as a JSON array of
//                                              {"pointer", "code"}
//
// Each version's documents are validated with the schemas of their version
// (<schemas>/<version>/) and with those of every later version of the same
// major number, since a later minor version only adds: a valid document
// must stay valid there.
//
// Usage: node validate.mjs [--json] [corpus directory] [schema directory]
//
// The corpus defaults to ../testdata and the schemas to .., beside this
// file. With --json it prints, for every document and every version it is
// validated as, the kind, the version, the verdict and the JSON pointers of
// the failures (one object per line) and exits 0; the Go test
// TestCrossValidator compares them with the Go validator's. Without it, it
// prints one line per disagreement with the corpus layout and exits 1 if
// there is any.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const asJSON = args[0] === "--json";
if (asJSON) args.shift();
const corpus = args[0] ?? join(here, "..", "testdata");
const schemaRoot = args[1] ?? join(here, "..");

// The versions: the folders of the schema directory named like "1.0".
const versionPattern = /^\d+\.\d+$/;
const byNumber = (a, b) => {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || an - bn;
};
const versions = readdirSync(schemaRoot).filter((v) => versionPattern.test(v)).sort(byNumber);

// strict: the schemas must use only keywords of draft 2020-12, with no
// ambiguity; allErrors: report every failure, as the Go validator does;
// validateFormats false: "format" is an annotation, as draft 2020-12 and
// the Go validator have it. One ajv instance holds every version's
// schemas, each under its own $id.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
const ids = new Map(); // version → kind → $id
for (const version of versions) {
  const byKind = new Map();
  const dir = join(schemaRoot, version);
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".schema.json")) continue;
    const schema = JSON.parse(readFileSync(join(dir, name), "utf8"));
    ajv.addSchema(schema);
    byKind.set(name.slice(0, -".schema.json".length), schema.$id);
  }
  ids.set(version, byKind);
}

// escape escapes one reference token of a JSON pointer (RFC 6901).
const escape = (t) => String(t).replaceAll("~", "~0").replaceAll("/", "~1");

// pointerOf points at the value at fault, as the Go library does: a missing
// or unknown field is pointed at by its own name.
function pointerOf(e) {
  switch (e.keyword) {
    case "required":
      return `${e.instancePath}/${escape(e.params.missingProperty)}`;
    case "additionalProperties":
      return `${e.instancePath}/${escape(e.params.additionalProperty)}`;
    case "propertyNames":
      return `${e.instancePath}/${escape(e.params.propertyName)}`;
    default:
      return e.instancePath;
  }
}

const results = [];
for (const docVersion of versions) {
  const laterOfMajor = versions.filter(
    (v) => v.split(".")[0] === docVersion.split(".")[0] && byNumber(v, docVersion) >= 0,
  );
  for (const verdict of ["valid", "invalid"]) {
    const root = join(corpus, docVersion, verdict);
    if (!existsSync(root)) continue;
    for (const kind of readdirSync(root).sort()) {
      for (const name of readdirSync(join(root, kind)).sort()) {
        if (!name.endsWith(".json")) continue;
        const path = join(root, kind, name);
        const file = relative(corpus, path).split("\\").join("/");
        for (const version of laterOfMajor) {
          // A document is judged by the corpus as a document of its own
          // version; as one of a later version, only a valid one is (it
          // must stay valid).
          const own = version === docVersion;
          if (!own && verdict === "invalid" && !asJSON) continue;
          const result = { file, kind, version, expected: verdict === "valid" };
          const id = ids.get(version).get(kind);
          if (!id) {
            result.error = `no schema for the kind ${kind} in version ${version}`;
            results.push(result);
            continue;
          }
          let doc;
          try {
            doc = JSON.parse(readFileSync(path, "utf8"));
          } catch (err) {
            result.valid = false;
            result.pointers = [""];
            result.error = String(err);
            results.push(result);
            continue;
          }
          const validate = ajv.getSchema(id);
          result.valid = validate(doc);
          result.pointers = [...new Set((validate.errors ?? []).map(pointerOf))].sort();
          const want = path.slice(0, -".json".length) + ".want";
          if (own && existsSync(want)) {
            result.want = [...new Set(JSON.parse(readFileSync(want, "utf8")).map((p) => p.pointer))].sort();
          }
          results.push(result);
        }
      }
    }
  }
}

if (asJSON) {
  for (const r of results) console.log(JSON.stringify(r));
  process.exit(0);
}
let failures = 0;
for (const r of results) {
  let why = r.error;
  if (!why && r.valid !== r.expected) {
    why = r.valid ? "ajv accepts it" : `ajv rejects it at ${JSON.stringify(r.pointers)}`;
  } else if (!why && r.want && JSON.stringify(r.want) !== JSON.stringify(r.pointers)) {
    why = `ajv reports ${JSON.stringify(r.pointers)}, the corpus wants ${JSON.stringify(r.want)}`;
  }
  if (why) {
    failures++;
    console.log(`FAIL ${r.file} as ${r.version}: ${why}`);
  }
}
console.log(`${results.length - failures} of ${results.length} verdicts on the documents of versions ${versions.join(", ")} agree with the corpus (ajv ${JSON.parse(readFileSync(join(here, "node_modules", "ajv", "package.json"), "utf8")).version})`);
process.exit(failures > 0 || results.length === 0 ? 1 : 0);
