"""Prometheus rules for a profile: the committed rules/, or the same rules rendered with other windows.

The `fast` profile (seconds-long windows and `for:`) serves demos and tests: the
native and Compose stacks with `AIWATCH_PROFILE=fast`, and the loopback pipeline
of the end-to-end tests and benchmarks. All of them render it here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ..paths import REPO, RULES_DIR
from .settings import StackError

GEN_RULES = REPO / "scripts" / "gen_rules.py"


def render_rules(profile: str, out_dir: Path) -> Path:
    """Render the rules with `profile` into `out_dir` (replacing what is there); return `out_dir`."""
    if not GEN_RULES.exists():
        raise StackError(f"the {profile} rules profile needs {GEN_RULES.relative_to(REPO)}")
    out_dir = Path(out_dir)
    shutil.rmtree(out_dir, ignore_errors=True)
    res = subprocess.run(
        [sys.executable, str(GEN_RULES), "--profile", profile, "--out", str(out_dir)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    if res.returncode != 0:
        raise StackError(f"rendering the {profile} rules failed:\n{res.stderr or res.stdout}")
    return out_dir


def rules_for_profile(profile: str | None, work_dir: Path) -> Path:
    """Where Prometheus reads its rules for `profile`: rules/ itself, or `<work_dir>/rules-<profile>`."""
    return RULES_DIR if profile is None else render_rules(profile, Path(work_dir) / f"rules-{profile}")
