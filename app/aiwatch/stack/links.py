"""Where alert links point on the native stack: runbooks served by the exporter, dashboards that answer.

`runbook_url` and `dashboard_url` are `runbooks.base_url` / `dashboards.base_url`
of thresholds.yaml plus the alert (docs/rules.md). The committed values are the
stack's defaults: runbooks served by an exporter on 127.0.0.1:8000 and a Grafana
on localhost:3000. The native stack renders its rules with those two defaults
repointed at what it runs:

- runbooks: `<exporter>/runbooks` (the exporter serves runbooks/ as HTML);
- dashboards: the running Grafana's `/d`, else the exporter's `/d/<uid>` page,
  which links the same views in Prometheus and says how to import the dashboards.

Any other base (your repository, your Grafana) is used as it is, and
AIWATCH_RUNBOOKS_URL / AIWATCH_DASHBOARDS_URL override both for `make up`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .settings import Settings

DEFAULT_RUNBOOKS_URL = "http://127.0.0.1:8000/runbooks"  # config/thresholds.yaml runbooks.base_url
DEFAULT_DASHBOARDS_URL = "http://localhost:3000/d"  # config/thresholds.yaml dashboards.base_url


@dataclass(frozen=True)
class Links:
    runbooks_url: str
    dashboards_url: str


def stack_links(s: Settings, runbooks_base: str, dashboards_base: str, grafana_running: bool) -> Links:
    """The bases the native stack renders its rules with (see the module docstring)."""
    runbooks = runbooks_base.rstrip("/")
    if s.runbooks_url:
        runbooks = s.runbooks_url
    elif runbooks == DEFAULT_RUNBOOKS_URL:
        runbooks = f"{s.url('exporter')}/runbooks"
    dashboards = dashboards_base.rstrip("/")
    if s.dashboards_url:
        dashboards = s.dashboards_url
    elif dashboards == DEFAULT_DASHBOARDS_URL:
        dashboards = f"{s.url('grafana' if grafana_running else 'exporter')}/d"
    return Links(runbooks, dashboards)
