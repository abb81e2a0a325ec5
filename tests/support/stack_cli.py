"""`python -m aiwatch.stack <cmd>` as a user runs it, for the tests of `make up|down|status`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from aiwatch.paths import REPO


def run_stack(
    cmd: str, run_dir: Path, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess:
    """One stack command against `run_dir`, output captured, bounded by `timeout` seconds."""
    return subprocess.run(
        [sys.executable, "-m", "aiwatch.stack", cmd, "--run-dir", str(run_dir)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=timeout,
    )
