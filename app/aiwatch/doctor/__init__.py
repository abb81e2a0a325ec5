"""`aiwatch doctor`: is this deployment production-ready? Each checklist item verified for real.

    aiwatch doctor [--json] [--strict] [--config-dir config] [--run-dir run]
                   [--exporter-url URL] [--prometheus-url URL] [--alertmanager-url URL]
                   [--grafana-url URL] [--window 1h]

Reads the deployment's configuration (config/, plus config/doctor.yaml) and asks
the running components: the exporter's /readyz, Prometheus's query and rules
APIs, Alertmanager's loaded configuration and `amtool config routes test`,
Grafana's search API, every runbook link. The checklist and what each item
means: docs/production.md.

Exit codes (EXIT_CODES): 0 no item failed (warnings allowed, unless --strict);
1 at least one item failed (or warned, with --strict); 2 the doctor could not
run (bad arguments or configuration).
"""

from __future__ import annotations

from .checks import CHECKS, Context, Finding, Result, run
from .report import EXIT_CODES, exit_code, render_json, render_table

__all__ = [
    "CHECKS",
    "EXIT_CODES",
    "Context",
    "Finding",
    "Result",
    "exit_code",
    "render_json",
    "render_table",
    "run",
]
