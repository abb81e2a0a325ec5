"""The order `make test` starts test modules in, from their measured wall-clock seconds.

`make test` runs xdist with `--dist loadfile --no-loadscope-reorder`: each worker takes one whole
module at a time, in collection order. A module of one long, clock-bound test (a scenario's traffic,
a pip install) started last ends the run on one worker while the other idles, so the order is the
longest first, by the seconds in DURATIONS (module path -> seconds, summed over its tests' set-up,
call and tear-down in a full run).

A module the table does not name (new, or renamed) starts before every known one, by test count,
most first: a short module started early costs nothing, a long one started last costs its whole
length. `tests/test_durations.py` checks that the table names no module that does not exist and
names every module that starts servers, so those are placed by measurement, not by that rule.

Refreshing: a run of the whole suite (every test module reports, no -k/-m selection) writes what it
measured to MEASURED (ignored by git); `make test-durations` (`python -m tests.support.durations`)
then copies it into DURATIONS, to be committed.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest
from aiwatch.paths import REPO

TESTS = REPO / "tests"
DURATIONS = TESTS / "durations.json"
MEASURED = TESTS / "durations.measured.json"

# Modules that start a server or a long-lived process for a test (the stack's launchers, the
# pipeline, the fake provider, the inbox, and the tests' own server helpers): a test module that
# imports one of them, or is marked e2e, must have a measured duration.
SERVER_STARTERS = (
    "aiwatch.stack.local",
    "aiwatch.stack.pipeline",
    "aiwatch.stack.processes",
    "aiwatch.fakellm",
    "aiwatch.inbox",
    "support.servers",
    "support.stack_cli",
)
_STARTS_SERVERS = re.compile(
    r"^(?:from|import)\s+(?:tests\.)?(?:" + "|".join(map(re.escape, SERVER_STARTERS)) + r")\b"
    r"|\bpytest\.mark\.e2e\b",
    re.M,
)


def load(path: Path = DURATIONS) -> dict[str, float]:
    """The committed table (module path relative to the repository -> seconds); empty if absent."""
    if not path.exists():
        return {}
    return {str(k): float(v) for k, v in json.loads(path.read_text(encoding="utf-8")).items()}


def tree_modules() -> set[str]:
    """Every test module in the tree, as pytest names it (`tests/<folder>/test_x.py`)."""
    return {p.relative_to(REPO).as_posix() for p in TESTS.rglob("test_*.py")}


def starts_servers(module: str) -> bool:
    """Whether the module (a path from tree_modules) is marked e2e or imports a server starter."""
    return bool(_STARTS_SERVERS.search((REPO / module).read_text(encoding="utf-8")))


def order(modules: Iterable[str], table: Mapping[str, float]) -> list[str]:
    """The modules (each once, with repeats counting as its tests) in the order to start them:
    those the table lacks first, by test count, most first; then the known ones, longest first.
    Ties keep the order given."""
    count = Counter(modules)

    def key(module: str) -> tuple[int, float]:
        return (1, -table[module]) if module in table else (0, -count[module])

    return sorted(count, key=key)


def module_of(nodeid: str) -> str:
    """A test's module, from its node id (`tests/x/test_y.py::test_z[p]` -> `tests/x/test_y.py`)."""
    return nodeid.split("::", 1)[0]


def whole_suite(measured: Mapping[str, float], config: pytest.Config) -> bool:
    """A run measures the whole suite when every test module in the tree reported a test and no
    option (-k, -m, --deselect, --lf) narrowed the selection."""
    opt = config.option
    narrowed = opt.keyword or opt.markexpr or opt.deselect or getattr(opt, "lf", False)
    return not narrowed and tree_modules() <= set(measured)


class Recorder:
    """A plugin that sums each module's report seconds and, after a whole-suite run, writes them to
    MEASURED. Registered in the process that sees every report (xdist's controller, or the only
    process without xdist)."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.seconds: defaultdict[str, float] = defaultdict(float)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.seconds[module_of(report.nodeid)] += report.duration

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED) and whole_suite(
            self.seconds, self.config
        ):
            dump(self.seconds, MEASURED)


def dump(table: Mapping[str, float], path: Path) -> None:
    """Write a table, modules in path order, seconds to a tenth (finer is noise between runs)."""
    rounded = {module: round(seconds, 1) for module, seconds in sorted(table.items())}
    path.write_text(json.dumps(rounded, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    """Copy the last whole-suite measurement into the committed table."""
    if not MEASURED.exists():
        raise SystemExit(f"no {MEASURED.relative_to(REPO)}: run the whole suite first (make test)")
    measured = load(MEASURED)
    dump(measured, DURATIONS)
    slowest = sorted(measured.items(), key=lambda kv: -kv[1])[:5]
    print(f"{DURATIONS.relative_to(REPO)}: {len(measured)} modules, {sum(measured.values()):.0f} s in all")
    for module, seconds in slowest:
        print(f"  {seconds:7.1f} s  {module}")


if __name__ == "__main__":
    main()
