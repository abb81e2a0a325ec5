"""Render the committed grafana/provisioning for a Grafana that runs on this machine (native stack)."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from ..paths import GRAFANA_DIR


def render_grafana_provisioning(out_dir: Path, prometheus_url: str, alertmanager_url: str) -> Path:
    """grafana/provisioning with data source URLs and dashboard paths pointed at this machine."""
    src = GRAFANA_DIR / "provisioning"
    shutil.rmtree(out_dir, ignore_errors=True)
    for sub in ("datasources", "dashboards", "plugins", "alerting"):
        (out_dir / sub).mkdir(parents=True, exist_ok=True)
    for path in sorted(src.glob("*/*.y*ml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for ds in doc.get("datasources", []) or []:
            kind = str(ds.get("type", "")).lower()
            if kind == "prometheus":
                ds["url"] = prometheus_url
            elif kind == "alertmanager":
                ds["url"] = alertmanager_url
        for prov in doc.get("providers", []) or []:
            opts = prov.get("options") or {}
            if "path" in opts:
                opts["path"] = str(GRAFANA_DIR / "dashboards")
        dest = out_dir / path.parent.name / path.name
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return out_dir
