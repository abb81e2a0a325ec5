"""The aiwatch alerting catalogue as a mixin (in the style of kubernetes-mixin).

One validated `config/thresholds.yaml` (`thresholds.load_thresholds`) feeds one
catalogue of recording rules and alerts (`catalogue.build`); renderers turn that
catalogue into rules/*.yml, docs/alerts.md, the traffic-matrix promtool tests,
the dashboards' thresholds and runbook links, and the health-score rule.

    python -m aiwatch.mixin generate [--check]   # rules, docs, dashboards
    python -m aiwatch.mixin rules --profile fast --out DIR

This module stays import-light: the exporter imports `aiwatch.mixin.thresholds`,
and grafanalib (a dev dependency) is imported only by `aiwatch.mixin.dashboards`.
"""

from __future__ import annotations

from pathlib import Path


def write_rules(
    out_dir: Path,
    profile: str = "fast",
    thresholds: Path | None = None,
    *,
    runbooks_url: str | None = None,
    dashboards_url: str | None = None,
) -> Path:
    """Render the rule files of `profile` into `out_dir` (replacing generated files there); returns it.

    `thresholds` defaults to the repository's config/thresholds.yaml. `runbooks_url` and
    `dashboards_url` replace `runbooks.base_url` and `dashboards.base_url` (the native stack points
    them at what it runs, aiwatch.stack.links). Raises aiwatch.config.ConfigError when the
    thresholds file is invalid.
    """
    from dataclasses import replace

    from ..paths import CONFIG_DIR
    from .catalogue import build
    from .render import RULES_MARKER, render_rules, write_files
    from .thresholds import FILE_NAME, Links, load_thresholds

    out = Path(out_dir)
    t = load_thresholds(thresholds if thresholds is not None else CONFIG_DIR / FILE_NAME)
    if runbooks_url:
        t = replace(t, runbooks=Links(runbooks_url))
    if dashboards_url:
        t = replace(t, dashboards=Links(dashboards_url))
    write_files(render_rules(build(t, profile)), out, stale_marker=RULES_MARKER, pattern="*.yml")
    return out
