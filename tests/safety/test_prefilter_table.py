"""The committed prefilter atoms table (round 23): what a process reads instead of parsing every
pattern's source at start-up must be what the parse gives, and a source it lacks is parsed.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from aiwatch.paths import REPO as ROOT
from aiwatch.safety import prefilter

SOURCES = [r"\bignore\s+previous\b", "(?i:reveal|print) your (?:system )?prompt", "[\u0400-\u04ff]+", "a?b*"]


@pytest.fixture
def table_at(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], Path]]:
    """A test's own table file in place of the committed one (the cache emptied on both ends)."""

    def use(path: Path) -> Path:
        monkeypatch.setattr(prefilter, "ATOMS_TABLE", path)
        prefilter._table.cache_clear()
        return path

    yield use
    monkeypatch.undo()
    prefilter._table.cache_clear()


def test_the_committed_table_is_what_the_patterns_give() -> None:
    """A fresh process builds the screens' matchers and compares the committed table with a fresh
    parse of every source they asked for (exit 1 and the stale keys when they differ)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "app")])}
    done = subprocess.run(
        [sys.executable, "-m", "aiwatch.safety", "--check"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, f"{done.stderr[-2000:]}\nrun `make generate`"


def test_a_table_round_trips_every_kind_of_atom(tmp_path: Path, table_at: Callable[[Path], Path]) -> None:
    content = prefilter.table_of(SOURCES)
    path = table_at(tmp_path / "atoms.json")
    path.write_text(prefilter.dump_table(content), encoding="utf-8")
    assert prefilter.table_drift(path, content) == []
    got = prefilter.atoms_of(SOURCES)
    assert got == [prefilter.atoms(src) for src in SOURCES]
    kinds = {e for need in got if need for a in need for e in a}
    assert prefilter.BOUND in kinds and prefilter.NON_ASCII[0] in kinds and prefilter.SEP in kinds
    assert any(ci for e in kinds for ci in [e[1]])  # a case-insensitive character
    assert got[-1] is None  # an unfiltered source stays unfiltered


def test_drift_names_changed_missing_and_extra_sources(tmp_path: Path) -> None:
    content = prefilter.table_of(SOURCES[:3])
    path = tmp_path / "atoms.json"
    path.write_text(prefilter.dump_table(content), encoding="utf-8")
    edited = json.loads(path.read_text(encoding="utf-8"))
    keys = sorted(edited["atoms"])
    edited["atoms"][keys[0]] = None
    del edited["atoms"][keys[1]]
    edited["atoms"]["0" * 24] = None
    path.write_text(json.dumps(edited), encoding="utf-8")
    assert prefilter.table_drift(path, content) == sorted([keys[0], keys[1], "0" * 24])
    assert prefilter.table_drift(tmp_path / "missing.json", content) == [str(tmp_path / "missing.json")]


def test_the_table_is_read_and_a_source_it_lacks_is_parsed(
    tmp_path: Path, table_at: Callable[[Path], Path]
) -> None:
    """What the table says is used as is (here a deliberately different need), so the drift test
    above is what keeps the screens exact; a source not in it is parsed."""
    content = prefilter.table_of(SOURCES[:1])
    key = next(iter(content["atoms"]))
    content["atoms"][key] = [["planted", "0000000"]]
    table_at(tmp_path / "atoms.json").write_text(prefilter.dump_table(content), encoding="utf-8")
    planted, parsed = prefilter.atoms_of(SOURCES[:2])
    assert planted == frozenset({tuple((c, False) for c in "planted")})
    assert parsed == prefilter.atoms(SOURCES[1])


def test_an_unreadable_table_is_skipped_with_a_warning(
    tmp_path: Path, table_at: Callable[[Path], Path], caplog: pytest.LogCaptureFixture
) -> None:
    table_at(tmp_path / "atoms.json").write_text('{"atoms": {"k": [["ab"]]}}', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="aiwatch.safety"):
        got = prefilter.atoms_of(SOURCES)
    assert got == [prefilter.atoms(src) for src in SOURCES]
    assert "not used" in caplog.text


def test_a_literal_that_collides_with_the_table_code_is_refused() -> None:
    with pytest.raises(ValueError, match="private-use"):
        prefilter.table_of(["\ue000abcdef"])
