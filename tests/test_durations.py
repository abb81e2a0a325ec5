"""The measured module durations that order `make test` (tests/support/durations.py) stay true to
the tree: no entry for a module that is gone, an entry for every module that starts servers, and
the order and the recorder do what the conftest relies on."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from support import durations


def test_the_table_names_only_modules_that_exist() -> None:
    table = durations.load()
    assert table, f"{durations.DURATIONS} is missing or empty"
    stale = sorted(set(table) - durations.tree_modules())
    assert not stale, f"no such test modules (refresh with make test-durations): {stale}"
    assert all(seconds >= 0 for seconds in table.values())


def test_every_module_that_starts_servers_has_a_measured_duration() -> None:
    """A module marked e2e or importing a server starter can take minutes of clock; placed by the
    rule for unmeasured modules it would still start early, but only a measurement puts it among
    the others by its length."""
    starters = {m for m in durations.tree_modules() if durations.starts_servers(m)}
    assert "tests/sdk/test_sdk_install.py" in starters  # the rule sees a known one
    missing = sorted(starters - set(durations.load()))
    assert not missing, f"not in {durations.DURATIONS.name} (refresh with make test-durations): {missing}"


def test_unmeasured_modules_start_first_then_the_longest() -> None:
    modules = ["a.py", "b.py", "b.py", "c.py", "d.py", "d.py", "d.py", "e.py"]
    table = {"a.py": 3.0, "c.py": 40.0, "e.py": 3.0}
    assert durations.order(modules, table) == ["d.py", "b.py", "c.py", "a.py", "e.py"]


def _config(**narrowed: object) -> pytest.Config:
    option = SimpleNamespace(keyword="", markexpr="", deselect=[], lf=False)
    for name, value in narrowed.items():
        setattr(option, name, value)
    return SimpleNamespace(option=option)  # type: ignore[return-value]


def _report(nodeid: str, seconds: float) -> pytest.TestReport:
    return SimpleNamespace(nodeid=nodeid, duration=seconds)  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("narrowed", "modules", "written"),
    [
        ({}, {"tests/a/test_x.py", "tests/test_y.py"}, True),
        ({}, {"tests/a/test_x.py", "tests/test_y.py", "tests/test_z.py"}, False),  # one not run
        ({"keyword": "x or y"}, {"tests/a/test_x.py", "tests/test_y.py"}, False),
        ({"markexpr": "e2e"}, {"tests/a/test_x.py", "tests/test_y.py"}, False),
    ],
)
def test_the_recorder_writes_only_a_whole_suite_run(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    narrowed: dict[str, object],
    modules: set[str],
    written: bool,
) -> None:
    measured = tmp_path / "measured.json"
    monkeypatch.setattr(durations, "MEASURED", measured)
    monkeypatch.setattr(durations, "tree_modules", lambda: modules)
    recorder = durations.Recorder(_config(**narrowed))
    for nodeid, seconds in [
        ("tests/a/test_x.py::test_one", 1.25),  # set-up, call, tear-down of one test
        ("tests/a/test_x.py::test_one", 10.0),
        ("tests/a/test_x.py::test_one", 0.5),
        ("tests/a/test_x.py::test_two[p::q]", 2.0),
        ("tests/test_y.py::test_three", 0.04),
    ]:
        recorder.pytest_runtest_logreport(_report(nodeid, seconds))
    recorder.pytest_sessionfinish(SimpleNamespace(), pytest.ExitCode.TESTS_FAILED)  # type: ignore[arg-type]
    assert measured.exists() == written
    if written:
        assert durations.load(measured) == {"tests/a/test_x.py": 13.8, "tests/test_y.py": 0.0}
