// Validate monitoring.coreos.com resources against the prometheus-operator CRD schemas, as
// published in @kubernetes-models/prometheus-operator (JSON schemas compiled from the CRDs).
// stdin: a JSON array of Kubernetes objects. stdout: a JSON array, one entry per object:
// {"kind", "name", "errors": [...]}; an unknown group/version/kind is an error too.
import { readFileSync } from "node:fs";

const docs = JSON.parse(readFileSync(0, "utf8"));
const results = [];
for (const doc of docs) {
  const [group, version] = String(doc.apiVersion || "").split("/");
  const entry = { kind: doc.kind, name: doc.metadata?.name, errors: [] };
  if (group !== "monitoring.coreos.com" || !version) {
    entry.errors.push(`not a monitoring.coreos.com resource: ${doc.apiVersion}`);
  } else {
    let model;
    try {
      model = await import(`@kubernetes-models/prometheus-operator/${group}/${version}/${doc.kind}`);
    } catch (err) {
      entry.errors.push(`no schema for ${doc.apiVersion} ${doc.kind}`);
    }
    if (model) {
      try {
        new model[doc.kind](doc).validate();
      } catch (err) {
        entry.errors.push(String(err.message || err));
      }
    }
  }
  results.push(entry);
}
process.stdout.write(JSON.stringify(results));
