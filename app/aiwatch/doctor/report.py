"""The doctor's output: a table for people, JSON for CI, and the exit code."""

from __future__ import annotations

import json
import textwrap
from collections import Counter
from collections.abc import Sequence
from typing import Any, Final

from .checks import STATUSES, Result
from .settings import Targets

EXIT_CODES: Final = {
    0: "every item passed (warnings allowed unless --strict)",
    1: "at least one item failed (with --strict: or warned)",
    2: "the doctor could not run: bad arguments or configuration",
}
MARK: Final = {"pass": "PASS", "warn": "WARN", "fail": "FAIL"}
WIDTH: Final = 110


def exit_code(results: Sequence[Result], strict: bool = False) -> int:
    bad = {"fail", "warn"} if strict else {"fail"}
    return 1 if any(r.status in bad for r in results) else 0


def render_table(results: Sequence[Result], targets: Targets, *, color: bool = False) -> str:
    """One row per checklist item (status, item: finding); every warn/fail followed by its details and
    how to fix it."""
    paint = {"pass": "\033[32m", "warn": "\033[33m", "fail": "\033[31m"} if color else {}
    reset = "\033[0m" if color else ""
    indent = " " * 6
    lines = [
        f"aiwatch doctor: exporter {targets.exporter}, Prometheus {targets.prometheus}, "
        f"Alertmanager {targets.alertmanager}, Grafana {targets.grafana or '(none)'}",
        "",
    ]
    for r in results:
        head = f"{paint.get(r.status, '')}{MARK[r.status]}{reset}  "
        lines += textwrap.wrap(
            f"{r.title}: {r.summary}", WIDTH, initial_indent=head, subsequent_indent=indent
        ) or [head]
        if r.status != "pass":
            shown = r.details[1:] if r.details and r.summary.startswith(r.details[0]) else r.details
            for d in shown:
                lines += textwrap.wrap(
                    d, WIDTH, initial_indent=indent + "- ", subsequent_indent=indent + "  "
                )
            if r.fix:
                lines += textwrap.wrap(
                    r.fix, WIDTH, initial_indent=indent + "fix: ", subsequent_indent=indent + "     "
                )
    counts = Counter(r.status for r in results)
    lines += ["", ", ".join(f"{counts.get(s, 0)} {s}" for s in STATUSES)]
    return "\n".join(lines)


def render_json(results: Sequence[Result], targets: Targets, code: int) -> str:
    counts = Counter(r.status for r in results)
    doc: dict[str, Any] = {
        "ok": code == 0,
        "exit_code": code,
        "summary": {s: counts.get(s, 0) for s in STATUSES},
        "targets": {
            "exporter": targets.exporter,
            "prometheus": targets.prometheus,
            "alertmanager": targets.alertmanager,
            "grafana": targets.grafana,
        },
        "checks": [
            {
                "id": r.id,
                "item": r.title,
                "status": r.status,
                "summary": r.summary,
                "fix": r.fix if r.status != "pass" else "",
                "details": list(r.details),
            }
            for r in results
        ],
    }
    return json.dumps(doc, indent=2)
