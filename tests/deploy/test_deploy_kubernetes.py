"""The Kubernetes bundle (deploy/kubernetes/): fresh, schema-valid, and carrying the committed rules unchanged.

Offline: core kinds against the Kubernetes OpenAPI schemas of kubernetes-validate
(PyPI), the monitoring.coreos.com kinds against the prometheus-operator CRD schemas
of @kubernetes-models/prometheus-operator (npm, installed by scripts/bootstrap.sh
into tests/deploy/crd-validator), the rule groups with promtool and the
Alertmanager configuration with amtool.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

import kubernetes_validate
import pytest
import yaml
from aiwatch.deploy import kubernetes as k8s
from aiwatch.paths import ALERTMANAGER_DIR, CONFIG_DIR, GRAFANA_DIR, RULES_DIR

VALIDATOR_DIR = Path(__file__).parent / "crd-validator"
# The oldest and the newest Kubernetes versions whose schemas kubernetes-validate ships.
K8S_VERSIONS = ("1.25.0", kubernetes_validate.latest_version())
CONFIGMAP_LIMIT = 1024 * 1024  # bytes: the API server rejects a larger ConfigMap or Secret


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return k8s.documents()


def by_kind(docs: list[dict], kind: str) -> list[dict]:
    return [d for d in docs if d["kind"] == kind]


def crd_validate(objects: list[dict]) -> list[dict]:
    node = shutil.which("node")
    assert node, "node is not installed: run scripts/bootstrap.sh as root (apt-get install npm)"
    assert (VALIDATOR_DIR / "node_modules").is_dir(), (
        "run scripts/bootstrap.sh (npm ci in tests/deploy/crd-validator)"
    )
    res = subprocess.run(
        [node, str(VALIDATOR_DIR / "validate.mjs")],
        input=json.dumps(objects),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=VALIDATOR_DIR,
    )
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def test_bundle_is_fresh():
    assert k8s.drift() == [], "deploy/kubernetes is stale: run `make generate`"


def test_kustomization_lists_every_manifest():
    kust = yaml.safe_load((k8s.BUNDLE_DIR / "kustomization.yaml").read_text())
    on_disk = {p.name for p in k8s.BUNDLE_DIR.glob("*.yaml")} - {"kustomization.yaml"}
    assert sorted(kust["resources"]) == sorted(on_disk)


@pytest.mark.parametrize("version", K8S_VERSIONS)
def test_core_kinds_match_the_kubernetes_schemas(docs, version):
    core = [d for d in docs if not d["apiVersion"].startswith("monitoring.coreos.com/")]
    assert {d["kind"] for d in core} >= {
        "Deployment",
        "Service",
        "ConfigMap",
        "Secret",
        "PodDisruptionBudget",
    }
    for d in core:
        kubernetes_validate.validate(d, version, strict=True)


def test_kubernetes_schemas_catch_a_broken_deployment(docs):
    bad = copy.deepcopy(by_kind(docs, "Deployment")[0])
    bad["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["httpGet"]["port"] = ["http"]
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(bad, K8S_VERSIONS[-1], strict=True)


def test_operator_kinds_match_the_crd_schemas(docs):
    ours = [d for d in docs if d["apiVersion"].startswith("monitoring.coreos.com/")]
    assert sorted(d["kind"] for d in ours) == ["PrometheusRule", "ServiceMonitor"]
    results = crd_validate(ours)
    assert [r for r in results if r["errors"]] == []


def test_crd_schemas_catch_a_broken_rule(docs):
    rule = copy.deepcopy(by_kind(docs, "PrometheusRule")[0])
    del rule["spec"]["groups"][0]["rules"][0]["expr"]
    monitor = copy.deepcopy(by_kind(docs, "ServiceMonitor")[0])
    monitor["spec"]["endpoints"][0]["interval"] = "15 seconds"
    results = crd_validate([rule, monitor])
    assert "expr" in " ".join(results[0]["errors"])
    assert "interval" in " ".join(results[1]["errors"])


def test_prometheusrule_holds_every_committed_group_unchanged(docs, tmp_path):
    (rule,) = by_kind(docs, "PrometheusRule")
    committed = [
        g for p in sorted(RULES_DIR.glob("*.yml")) for g in (yaml.safe_load(p.read_text()) or {})["groups"]
    ]
    assert rule["spec"]["groups"] == committed
    extracted = tmp_path / "extracted.rules.yml"
    extracted.write_text(yaml.safe_dump({"groups": rule["spec"]["groups"]}, sort_keys=False))
    res = subprocess.run(
        ["promtool", "check", "rules", str(extracted)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    n_rules = sum(len(g["rules"]) for g in committed)
    assert f"{n_rules} rules found" in res.stdout


def test_alertmanager_secret_is_the_committed_config_with_operator_paths(docs, tmp_path):
    (secret,) = [d for d in by_kind(docs, "Secret") if d["metadata"]["name"] == k8s.AM_CONFIG_SECRET]
    data = secret["stringData"]
    cfg = yaml.safe_load(data["alertmanager.yaml"])
    committed = yaml.safe_load((ALERTMANAGER_DIR / "alertmanager.yml").read_text())
    for key in ("route", "inhibit_rules", "time_intervals"):
        assert cfg[key] == committed[key]
    assert [r["name"] for r in cfg["receivers"]] == [r["name"] for r in committed["receivers"]]
    text = data["alertmanager.yaml"]
    # credentials only by file, from the Secret the Alertmanager resource mounts; none inline
    committed_refs = yaml.safe_dump(committed).count("/etc/alertmanager/secrets/")
    assert committed_refs > 0
    assert text.count(f"/etc/alertmanager/secrets/{k8s.AM_CREDENTIALS_SECRET}/") == committed_refs
    for tmpl in (ALERTMANAGER_DIR / "templates").glob("*.tmpl"):
        assert data[tmpl.name] == tmpl.read_text()
    # amtool accepts it, with the templates where the Operator puts them (here: tmp_path)
    for name, body in data.items():
        (tmp_path / name).write_text(body)
    cfg["templates"] = [str(tmp_path / "*.tmpl")]
    (tmp_path / "alertmanager.yaml").write_text(yaml.safe_dump(cfg, sort_keys=False))
    res = subprocess.run(
        ["amtool", "check-config", str(tmp_path / "alertmanager.yaml")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert (
        f"Found:\n - global config\n - route\n - {len(committed['inhibit_rules'])} inhibit rules"
        in res.stdout
    )


def test_no_credential_is_committed(docs):
    secrets = by_kind(docs, "Secret")
    assert [s["metadata"]["name"] for s in secrets] == [k8s.AM_CONFIG_SECRET]
    text = (k8s.BUNDLE_DIR / "alertmanager-config.yaml").read_text()
    for pattern in ("hooks.slack.com/services/", "routing_key:", "auth_password:", "api_url:"):
        assert pattern not in text


def test_exporter_runs_hardened_with_config_and_token_mounted(docs):
    (dep,) = by_kind(docs, "Deployment")
    pod = dep["spec"]["template"]["spec"]
    (c,) = pod["containers"]
    assert c["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert c["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert c["resources"]["requests"] and c["resources"]["limits"]["memory"]
    sc = c["securityContext"]
    assert sc["readOnlyRootFilesystem"] and sc["runAsNonRoot"] and not sc["allowPrivilegeEscalation"]
    assert pod["securityContext"]["runAsUser"] != 0
    volumes = {v["name"]: v for v in pod["volumes"]}
    mounts = {m["mountPath"]: m["name"] for m in c["volumeMounts"]}
    env = {e["name"]: e["value"] for e in c["env"]}
    # every path the exporter writes is an emptyDir: the multiprocess dir and /tmp
    mp = next(a.split("=", 1)[1] for a in c["args"] if a.startswith("--multiproc-dir="))
    writable = [p for p, name in mounts.items() if "emptyDir" in volumes[name]]
    assert any(mp.startswith(p + "/") for p in writable) and "/tmp" in writable
    assert volumes[mounts[env["AIWATCH_CONFIG_DIR"]]]["configMap"]["name"] == k8s.CONFIG_MAP
    token_dir = str(Path(env["AIWATCH_AUTH_TOKEN_FILE"]).parent)
    assert volumes[mounts[token_dir]]["secret"]["secretName"] == k8s.AUTH_SECRET
    (cm,) = [d for d in by_kind(docs, "ConfigMap") if d["metadata"]["name"] == k8s.CONFIG_MAP]
    assert cm["data"] == {p.name: p.read_text() for p in sorted(CONFIG_DIR.glob("*.yaml"))}


def test_selectors_connect_deployment_service_and_servicemonitor(docs):
    (dep,) = by_kind(docs, "Deployment")
    (svc,) = by_kind(docs, "Service")
    (mon,) = by_kind(docs, "ServiceMonitor")
    pod_labels = dep["spec"]["template"]["metadata"]["labels"]
    assert dep["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
    assert svc["spec"]["selector"].items() <= pod_labels.items()
    assert mon["spec"]["selector"]["matchLabels"].items() <= svc["metadata"]["labels"].items()
    port_names = {p["name"] for p in dep["spec"]["template"]["spec"]["containers"][0]["ports"]}
    assert {p["targetPort"] for p in svc["spec"]["ports"]} <= port_names
    assert {e["port"] for e in mon["spec"]["endpoints"]} <= {p["name"] for p in svc["spec"]["ports"]}
    # the rules select job="aiwatch"; aiwatch's own `service` label must survive the scrape
    relabel = mon["spec"]["endpoints"][0]["relabelings"]
    assert {"action": "replace", "targetLabel": "job", "replacement": "aiwatch"} in relabel
    assert {"action": "labeldrop", "regex": "service"} in relabel
    for d in (mon, *by_kind(docs, "PrometheusRule")):
        assert d["metadata"]["labels"]["release"], "kube-prometheus-stack selects by `release`"


def test_dashboards_are_configmaps_for_the_grafana_sidecar(docs):
    maps = [d for d in by_kind(docs, "ConfigMap") if d["metadata"]["labels"].get("grafana_dashboard") == "1"]
    shipped = {p.name: json.loads(p.read_text()) for p in (GRAFANA_DIR / "dashboards").glob("*.json")}
    assert {k: json.loads(v) for m in maps for k, v in m["data"].items()} == shipped
    for d in docs:
        if d["kind"] in ("ConfigMap", "Secret"):
            size = sum(len(v.encode()) for v in (d.get("data") or d.get("stringData")).values())
            assert size < CONFIGMAP_LIMIT, d["metadata"]["name"]


def test_check_mode_reports_drift_and_write_repairs_it(tmp_path, capsys):
    out = tmp_path / "bundle"
    assert k8s.main(["--out", str(out)]) == 0
    assert k8s.main(["--check", "--out", str(out)]) == 0
    (out / "service.yaml").write_text("# edited by hand\n")
    (out / "extra.yaml").write_text("kind: ConfigMap\n")
    assert k8s.main(["--check", "--out", str(out)]) == 1
    assert "extra.yaml, service.yaml" in capsys.readouterr().err
    assert k8s.main(["--out", str(out)]) == 0
    assert not (out / "extra.yaml").exists()
    assert k8s.main(["--check", "--out", str(out)]) == 0
