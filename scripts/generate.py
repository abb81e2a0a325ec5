"""`make generate`: regenerate every committed artifact from its source.

Order matters: rules first (dashboards read the same thresholds and the
recording-rule names), then dashboards. Pass --check to fail on drift
instead of writing (CI does this through the test suite).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENERATORS = ("gen_rules.py", "gen_dashboards.py")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name.removesuffix(".py"), HERE / name)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    rc = 0
    for name in GENERATORS:
        if not (HERE / name).exists():
            print(f"generate: {name} not present, skipped", file=sys.stderr)
            continue
        rc |= int(_load(name).main(argv) or 0)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
