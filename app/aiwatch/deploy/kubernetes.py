"""The Kubernetes bundle: a kustomize base in deploy/kubernetes/, generated from the committed artifacts.

    python -m aiwatch.deploy.kubernetes           # (re)write deploy/kubernetes/
    python -m aiwatch.deploy.kubernetes --check   # exit 1 when the committed bundle is stale

It reads what the other generators rendered and the repository commits — rules/*.yml,
grafana/dashboards/*.json, alertmanager/alertmanager.yml and its templates,
config/*.yaml, the exporter image of docker-compose.yml — never their sources, so
it stays right whatever produces those files. Resources (docs/kubernetes.md):

- the exporter: ConfigMap of config/, Deployment (non-root, read-only root
  filesystem, emptyDirs for the multiprocess metrics and /tmp, the write-endpoint
  token from the Secret `aiwatch-auth`, never committed), Service,
  PodDisruptionBudget;
- for the Prometheus Operator: a ServiceMonitor, one PrometheusRule holding every
  rule group, the Alertmanager configuration as the Secret an `Alertmanager`
  resource names in `configSecret` (credentials stay in a Secret of their own,
  read through the config's `*_file` paths);
- the dashboards, one ConfigMap each, labelled for the Grafana sidecar.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from ..paths import ALERTMANAGER_DIR, CONFIG_DIR, GRAFANA_DIR, REPO, RULES_DIR
from ..stack.alertmanager import file_fields
from ..stack.settings import DEFAULT_PORTS

BUNDLE_DIR = REPO / "deploy" / "kubernetes"
COMPOSE_FILE = REPO / "docker-compose.yml"
DASHBOARDS_DIR = GRAFANA_DIR / "dashboards"
ALERTMANAGER_YML = ALERTMANAGER_DIR / "alertmanager.yml"

NAME = "aiwatch"  # the Service name, and the `job` label the rules select (up{job="aiwatch"})
PORT = DEFAULT_PORTS["exporter"]
CONFIG_MAP = "aiwatch-config"
AUTH_SECRET = "aiwatch-auth"  # key `token`: the bearer token of the write endpoints
AM_CONFIG_SECRET = "alertmanager-aiwatch"  # Alertmanager.spec.configSecret
AM_CREDENTIALS_SECRET = "aiwatch-alertmanager-credentials"  # listed in Alertmanager.spec.secrets
# kube-prometheus-stack selects ServiceMonitors and PrometheusRules by its Helm release name.
RELEASE_LABEL = {"release": "kube-prometheus-stack"}
SELECTOR = {"app.kubernetes.io/name": "aiwatch", "app.kubernetes.io/component": "exporter"}
COMMON = {"app.kubernetes.io/name": "aiwatch", "app.kubernetes.io/part-of": "aiwatch"}
MULTIPROC_DIR = "/run/aiwatch/metrics"
CONFIG_MOUNT = "/etc/aiwatch/config"
AUTH_MOUNT = "/etc/aiwatch/auth"
# Where the Operator mounts what an Alertmanager resource names in spec.secrets / spec.configSecret.
AM_SECRETS_MOUNT = f"/etc/alertmanager/secrets/{AM_CREDENTIALS_SECRET}"
AM_CONFIG_MOUNT = "/etc/alertmanager/config"


class _Dumper(yaml.SafeDumper):
    """Block style for multi-line strings (rule expressions, dashboards), no anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data and not any(line != line.rstrip() for line in data.splitlines()) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _represent_str)


def _yaml(*docs: Mapping[str, Any]) -> str:
    return "---\n".join(yaml.dump(dict(d), Dumper=_Dumper, sort_keys=False, width=4096) for d in docs)


def _meta(name: str, labels: Mapping[str, str] | None = None, **extra: Any) -> dict[str, Any]:
    return {"name": name, "labels": {**COMMON, **(labels or {})}, **extra}


def _rel(path: Path) -> str:
    return str(path.relative_to(REPO))


# --- the exporter ---------------------------------------------------------------------------------
def exporter_image(compose_file: Path = COMPOSE_FILE) -> str:
    """The exporter image docker-compose.yml builds: one name for both ways of running it."""
    compose = yaml.safe_load(compose_file.read_text(encoding="utf-8"))
    return str(compose["services"]["exporter"]["image"])


def config_map(config_dir: Path = CONFIG_DIR) -> dict[str, Any]:
    files = sorted(config_dir.glob("*.yaml"))
    if not files:
        raise ValueError(f"no *.yaml in {config_dir}")
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": _meta(CONFIG_MAP, {"app.kubernetes.io/component": "exporter"}),
        "data": {p.name: p.read_text(encoding="utf-8") for p in files},
    }


def deployment(image: str) -> dict[str, Any]:
    probe = {"httpGet": {"path": "/readyz", "port": "http"}, "periodSeconds": 5, "timeoutSeconds": 3}
    container = {
        "name": "exporter",
        "image": image,
        "imagePullPolicy": "IfNotPresent",
        "args": [
            "serve",
            "--host=0.0.0.0",
            f"--port={PORT}",
            "--workers=2",
            f"--multiproc-dir={MULTIPROC_DIR}",
        ],
        "env": [
            {"name": "AIWATCH_CONFIG_DIR", "value": CONFIG_MOUNT},
            {"name": "AIWATCH_AUTH_TOKEN_FILE", "value": f"{AUTH_MOUNT}/token"},
            {"name": "AIWATCH_LOG_LEVEL", "value": "info"},
        ],
        "ports": [{"name": "http", "containerPort": PORT, "protocol": "TCP"}],
        "readinessProbe": {**probe, "failureThreshold": 3},
        "livenessProbe": {
            "httpGet": {"path": "/healthz", "port": "http"},
            "initialDelaySeconds": 10,
            "periodSeconds": 10,
            "timeoutSeconds": 3,
            "failureThreshold": 3,
        },
        "resources": {
            "requests": {"cpu": "100m", "memory": "128Mi"},
            "limits": {"memory": "512Mi"},
        },
        "securityContext": {
            "runAsNonRoot": True,
            "allowPrivilegeEscalation": False,
            "readOnlyRootFilesystem": True,
            "capabilities": {"drop": ["ALL"]},
        },
        "volumeMounts": [
            {"name": "config", "mountPath": CONFIG_MOUNT, "readOnly": True},
            {"name": "auth", "mountPath": AUTH_MOUNT, "readOnly": True},
            {"name": "metrics", "mountPath": str(Path(MULTIPROC_DIR).parent)},
            {"name": "tmp", "mountPath": "/tmp"},
        ],
    }
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": _meta("aiwatch-exporter", SELECTOR),
        "spec": {
            # Every rule aggregates across instances (docs/scaling.md): scale freely.
            "replicas": 2,
            "revisionHistoryLimit": 5,
            "selector": {"matchLabels": dict(SELECTOR)},
            "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 1}},
            "template": {
                "metadata": {"labels": {**COMMON, **SELECTOR}},
                "spec": {
                    "automountServiceAccountToken": False,
                    "enableServiceLinks": False,
                    "terminationGracePeriodSeconds": 30,
                    "securityContext": {
                        "runAsNonRoot": True,
                        "runAsUser": 10001,
                        "runAsGroup": 10001,
                        "fsGroup": 10001,
                        "seccompProfile": {"type": "RuntimeDefault"},
                    },
                    "topologySpreadConstraints": [
                        {
                            "maxSkew": 1,
                            "topologyKey": "kubernetes.io/hostname",
                            "whenUnsatisfiable": "ScheduleAnyway",
                            "labelSelector": {"matchLabels": dict(SELECTOR)},
                        }
                    ],
                    "containers": [container],
                    "volumes": [
                        {"name": "config", "configMap": {"name": CONFIG_MAP}},
                        {
                            "name": "auth",
                            "secret": {
                                "secretName": AUTH_SECRET,
                                "items": [{"key": "token", "path": "token"}],
                            },
                        },
                        {"name": "metrics", "emptyDir": {"medium": "Memory", "sizeLimit": "64Mi"}},
                        {"name": "tmp", "emptyDir": {"sizeLimit": "64Mi"}},
                    ],
                },
            },
        },
    }


def service() -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": _meta(NAME, SELECTOR),
        "spec": {
            "selector": dict(SELECTOR),
            "ports": [{"name": "http", "port": PORT, "targetPort": "http", "protocol": "TCP"}],
        },
    }


def pod_disruption_budget() -> dict[str, Any]:
    return {
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": _meta("aiwatch-exporter", SELECTOR),
        "spec": {"minAvailable": 1, "selector": {"matchLabels": dict(SELECTOR)}},
    }


# --- Prometheus Operator --------------------------------------------------------------------------
def service_monitor() -> dict[str, Any]:
    return {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "ServiceMonitor",
        "metadata": _meta(NAME, {**SELECTOR, **RELEASE_LABEL}),
        "spec": {
            "selector": {"matchLabels": dict(SELECTOR)},
            "endpoints": [
                {
                    "port": "http",
                    "path": "/metrics",
                    "interval": "15s",
                    "scrapeTimeout": "10s",
                    "relabelings": [
                        # The rules select job="aiwatch" whatever a kustomize prefix makes of the name.
                        {"action": "replace", "targetLabel": "job", "replacement": NAME},
                        # The Operator sets a target label `service` (the Kubernetes Service): it would
                        # rename aiwatch's own `service` label to exported_service. Drop it.
                        {"action": "labeldrop", "regex": "service"},
                    ],
                }
            ],
        },
    }


def rule_groups(rules_dir: Path = RULES_DIR) -> list[dict[str, Any]]:
    """Every group of every committed rule file, in file order."""
    groups: list[dict[str, Any]] = []
    for path in sorted(rules_dir.glob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        groups.extend(doc.get("groups") or [])
    names = [g["name"] for g in groups]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValueError(f"rule group names repeat across {rules_dir}: {dupes}")
    return groups


def prometheus_rule(rules_dir: Path = RULES_DIR) -> dict[str, Any]:
    return {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "PrometheusRule",
        "metadata": _meta("aiwatch-rules", RELEASE_LABEL),
        "spec": {"groups": rule_groups(rules_dir)},
    }


def alertmanager_config(source: Path = ALERTMANAGER_YML) -> dict[str, Any]:
    """The committed alertmanager.yml with secret files and templates where the Operator mounts them."""
    cfg = yaml.safe_load(source.read_text(encoding="utf-8"))
    for holder, key, name in file_fields(cfg):
        holder[key] = f"{AM_SECRETS_MOUNT}/{name}"
    cfg["templates"] = [f"{AM_CONFIG_MOUNT}/{Path(t).name}" for t in cfg.get("templates", [])]
    return cfg


def alertmanager_secret(source: Path = ALERTMANAGER_YML) -> dict[str, Any]:
    """Secret for Alertmanager.spec.configSecret: alertmanager.yaml and its templates, no credential."""
    templates_dir = source.parent
    cfg = yaml.safe_load(source.read_text(encoding="utf-8"))
    data = {"alertmanager.yaml": yaml.safe_dump(alertmanager_config(source), sort_keys=False, width=4096)}
    for pattern in cfg.get("templates", []):
        for tmpl in sorted(templates_dir.glob(pattern)):
            data[tmpl.name] = tmpl.read_text(encoding="utf-8")
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": _meta(AM_CONFIG_SECRET, {"app.kubernetes.io/component": "alertmanager"}),
        "type": "Opaque",
        "stringData": data,
    }


# --- Grafana --------------------------------------------------------------------------------------
def dashboard_config_maps(dashboards_dir: Path = DASHBOARDS_DIR) -> Iterator[tuple[str, dict[str, Any]]]:
    """(file name, ConfigMap) per dashboard, labelled for the kube-prometheus-stack Grafana sidecar."""
    for path in sorted(dashboards_dir.glob("*.json")):
        json.loads(path.read_text(encoding="utf-8"))  # fail here on a broken file, not in Grafana
        name = path.stem if path.stem.startswith("aiwatch-") else f"aiwatch-{path.stem}"
        yield (
            f"dashboard-{name.removeprefix('aiwatch-')}.yaml",
            {
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": _meta(
                    f"{name}-dashboard",
                    {"app.kubernetes.io/component": "dashboards", "grafana_dashboard": "1"},
                    annotations={"grafana_folder": "aiwatch"},
                ),
                "data": {path.name: path.read_text(encoding="utf-8")},
            },
        )


# --- the bundle -----------------------------------------------------------------------------------
def _header(sources: list[Path]) -> str:
    return (
        "# GENERATED by aiwatch.deploy.kubernetes from "
        + ", ".join(_rel(p) for p in sources)
        + "\n# - do not edit; change the source, then `make generate` (docs/kubernetes.md).\n"
    )


def render() -> dict[str, str]:
    """Every file of the bundle: name -> text."""
    files: dict[str, tuple[list[Path], list[dict[str, Any]]]] = {
        "config.yaml": ([CONFIG_DIR], [config_map()]),
        "deployment.yaml": ([COMPOSE_FILE], [deployment(exporter_image())]),
        "service.yaml": ([COMPOSE_FILE], [service(), pod_disruption_budget()]),
        "servicemonitor.yaml": ([REPO / "prometheus" / "prometheus.yml"], [service_monitor()]),
        "prometheusrule.yaml": ([RULES_DIR], [prometheus_rule()]),
        "alertmanager-config.yaml": ([ALERTMANAGER_DIR], [alertmanager_secret()]),
    }
    for fname, cm in dashboard_config_maps():
        files[fname] = ([DASHBOARDS_DIR], [cm])
    out = {name: _header(src) + _yaml(*docs) for name, (src, docs) in files.items()}
    kustomization = {
        "apiVersion": "kustomize.config.k8s.io/v1beta1",
        "kind": "Kustomization",
        "resources": list(files),
    }
    out["kustomization.yaml"] = _header([BUNDLE_DIR]) + _yaml(kustomization)
    return out


def documents(bundle_dir: Path = BUNDLE_DIR) -> list[dict[str, Any]]:
    """Every Kubernetes object the committed bundle's kustomization lists (what `kubectl apply -k` sends)."""
    kust = yaml.safe_load((bundle_dir / "kustomization.yaml").read_text(encoding="utf-8"))
    docs: list[dict[str, Any]] = []
    for name in kust["resources"]:
        docs.extend(d for d in yaml.safe_load_all((bundle_dir / name).read_text(encoding="utf-8")) if d)
    return docs


def write(bundle_dir: Path = BUNDLE_DIR) -> list[str]:
    """Write the bundle, removing generated files that are no longer produced; return changed names."""
    bundle_dir.mkdir(parents=True, exist_ok=True)
    wanted = render()
    changed = []
    for old in bundle_dir.glob("*.yaml"):
        if old.name not in wanted:
            old.unlink()
            changed.append(old.name)
    for name, text in wanted.items():
        path = bundle_dir / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(name)
    return sorted(changed)


def drift(bundle_dir: Path = BUNDLE_DIR) -> list[str]:
    """Names of files that differ from what `render()` produces (missing, stale or extra)."""
    wanted = render()
    have = {p.name for p in bundle_dir.glob("*.yaml")} if bundle_dir.is_dir() else set()
    stale = [n for n in wanted if n not in have or (bundle_dir / n).read_text(encoding="utf-8") != wanted[n]]
    return sorted(stale + [n for n in have if n not in wanted])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m aiwatch.deploy.kubernetes", description=__doc__.splitlines()[0]
    )
    p.add_argument(
        "--check", action="store_true", help="exit 1 when deploy/kubernetes/ is not what it renders"
    )
    p.add_argument(
        "--out", type=Path, default=BUNDLE_DIR, help="bundle directory (default: deploy/kubernetes)"
    )
    args = p.parse_args(argv)
    try:
        if args.check:
            stale = drift(args.out)
            if stale:
                print(
                    f"{args.out} is stale ({', '.join(stale)}): run `make generate` and commit",
                    file=sys.stderr,
                )
                return 1
            return 0
        changed = write(args.out)
    except (OSError, ValueError, KeyError, yaml.YAMLError) as exc:
        print(f"aiwatch.deploy.kubernetes: {exc}", file=sys.stderr)
        return 2
    print(f"{args.out}: {', '.join(changed) if changed else 'up to date'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
