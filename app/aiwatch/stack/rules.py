"""Prometheus rules for a profile: the committed rules/, or the same rules rendered with other windows.

The `fast` profile (seconds-long windows and `for:`) serves demos and tests: the
native and Compose stacks with `AIWATCH_PROFILE=fast`, and the loopback pipeline
of the end-to-end tests and benchmarks. All of them render it here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..config import ConfigError
from ..mixin import write_rules
from ..paths import RULES_DIR
from .settings import StackError


def render_rules(
    profile: str,
    out_dir: Path,
    thresholds: Path | None = None,
    *,
    runbooks_url: str | None = None,
    dashboards_url: str | None = None,
) -> Path:
    """Render the rules with `profile` into `out_dir` (replacing what is there); return `out_dir`.

    `thresholds` defaults to config/thresholds.yaml; the URLs replace its link bases (aiwatch.stack.links).
    """
    out_dir = Path(out_dir)
    shutil.rmtree(out_dir, ignore_errors=True)
    try:
        return write_rules(
            out_dir, profile, thresholds, runbooks_url=runbooks_url, dashboards_url=dashboards_url
        )
    except ConfigError as exc:
        raise StackError(f"rendering the {profile} rules failed: {exc}") from exc


def rules_for_profile(profile: str | None, work_dir: Path) -> Path:
    """Where Prometheus reads its rules for `profile`: rules/ itself, or `<work_dir>/rules-<profile>`."""
    return RULES_DIR if profile is None else render_rules(profile, Path(work_dir) / f"rules-{profile}")
