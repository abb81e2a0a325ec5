"""Render the committed prometheus.yml for a given set of addresses.

The native stack and the loopback servers of the tests and benchmarks
(aiwatch.stack.local) run Prometheus with the committed
prometheus/prometheus.yml, rendered with three documented overrides only:

1. file_sd target files point at `<out_dir>/targets/<job>.json`, written here
   from the addresses given (so ports can differ from the defaults);
2. rule_files become absolute paths to the real rules/ directory (or another
   directory holding rules rendered from the same source, see
   aiwatch.stack.rules);
3. optionally, global scrape/evaluation intervals are shortened (tests).

Everything else — jobs, relabelling, alerting — is the committed file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import yaml

from ..paths import PROMETHEUS_DIR, RULES_DIR

PROMETHEUS_YML = PROMETHEUS_DIR / "prometheus.yml"


def render_prometheus_config(
    out_dir: Path,
    targets: Mapping[str, Sequence[str]],
    *,
    rules_dir: Path | None = None,
    scrape_interval: str | None = None,
    evaluation_interval: str | None = None,
    source: Path = PROMETHEUS_YML,
) -> Path:
    """Write `<out_dir>/prometheus.yml` and its target files; return the config path.

    `targets` maps a job name (aiwatch, prometheus, alertmanager) to host:port list.
    """
    out_dir = Path(out_dir)
    tdir = out_dir / "targets"
    tdir.mkdir(parents=True, exist_ok=True)
    cfg = yaml.safe_load(source.read_text(encoding="utf-8"))

    def repoint(sd_configs: list[dict]) -> None:
        for sd in sd_configs:
            sd["files"] = [str(tdir / Path(f).name) for f in sd.get("files", [])]

    for sc in cfg.get("scrape_configs", []):
        repoint(sc.get("file_sd_configs", []))
    for am in cfg.get("alerting", {}).get("alertmanagers", []):
        repoint(am.get("file_sd_configs", []))
    referenced = {
        Path(f).stem
        for sc in [*cfg.get("scrape_configs", []), *cfg.get("alerting", {}).get("alertmanagers", [])]
        for sd in sc.get("file_sd_configs", [])
        for f in sd["files"]
    }
    for job in referenced:
        addrs = list(targets.get(job, []))
        _replace(tdir / f"{job}.json", json.dumps([{"targets": addrs}]))

    rdir = Path(rules_dir) if rules_dir else RULES_DIR
    cfg["rule_files"] = [str(rdir.resolve() / Path(p).name) for p in cfg.get("rule_files", [])]
    glob = cfg.setdefault("global", {})
    if scrape_interval:
        glob["scrape_interval"] = scrape_interval
        glob["scrape_timeout"] = scrape_interval
    if evaluation_interval:
        glob["evaluation_interval"] = evaluation_interval
    path = out_dir / "prometheus.yml"
    _replace(path, yaml.safe_dump(cfg, sort_keys=False))
    return path


def _replace(path: Path, text: str) -> None:
    """Write `text` atomically (a running Prometheus watches the target files), and only if it changed."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except OSError:
        pass
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
