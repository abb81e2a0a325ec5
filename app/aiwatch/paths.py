"""Where the repository's versioned inputs live: one definition for every module.

aiwatch runs from a checkout (the stack, the generators, the tests) or as an
installed package (the SDK and safety checks, which need none of these
paths). Everything that reads a committed file resolves it here, so a move of
a directory is a one-line change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

REPO: Final = Path(__file__).resolve().parents[2]
CONFIG_DIR: Final = REPO / "config"
RULES_DIR: Final = REPO / "rules"
RUNBOOKS_DIR: Final = REPO / "runbooks"
DOCS_DIR: Final = REPO / "docs"
PROMETHEUS_DIR: Final = REPO / "prometheus"
ALERTMANAGER_DIR: Final = REPO / "alertmanager"
GRAFANA_DIR: Final = REPO / "grafana"
