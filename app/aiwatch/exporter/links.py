"""Where the exporter's pages link to: the stack's other components, from the environment.

`make up` passes the URLs of what it runs (aiwatch.stack.native); an exporter
started alone links to the default local ports. Grafana is linked only when
AIWATCH_GRAFANA_URL names one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..paths import DOCS_DIR, GRAFANA_DIR, RUNBOOKS_DIR


@dataclass(frozen=True)
class StackLinks:
    inbox: str
    prometheus: str
    alertmanager: str
    grafana: str | None
    runbooks: str | None  # None: this exporter's own /runbooks/
    profile: str | None  # the stack's profile (default | fast) when run by `make up`


def _stack_profile(env: os._Environ[str] | dict[str, str]) -> str | None:
    """The profile `make up` recorded in its state file (AIWATCH_STACK_STATE), read when asked: a
    profile change restarts Prometheus and Alertmanager, not the exporter."""
    path = env.get("AIWATCH_STACK_STATE")
    if not path:
        return None
    try:
        profile = json.loads(Path(path).read_text(encoding="utf-8")).get("profile")
    except (OSError, ValueError, AttributeError):
        return None
    return profile if isinstance(profile, str) else None


def stack_links() -> StackLinks:
    env = os.environ

    def url(name: str, default: str | None) -> str | None:
        value = (env.get(name) or "").strip().rstrip("/")
        return value or default

    return StackLinks(
        inbox=url("AIWATCH_INBOX_URL", "http://127.0.0.1:9095") or "",
        prometheus=url("AIWATCH_PROMETHEUS_URL", "http://127.0.0.1:9090") or "",
        alertmanager=url("AIWATCH_ALERTMANAGER_URL", "http://127.0.0.1:9093") or "",
        grafana=url("AIWATCH_GRAFANA_URL", None),
        runbooks=url("AIWATCH_RUNBOOKS_URL", None),
        profile=_stack_profile(env),
    )


def runbooks_dir() -> os.PathLike[str]:
    """runbooks/ of the checkout, or AIWATCH_RUNBOOKS_DIR (an installed exporter has no checkout)."""
    return os.environ.get("AIWATCH_RUNBOOKS_DIR") or RUNBOOKS_DIR  # type: ignore[return-value]


DOCS = DOCS_DIR
DASHBOARDS = GRAFANA_DIR / "dashboards"
