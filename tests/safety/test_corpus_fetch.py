"""Fetching a pinned archive into the corpus cache: a loader never sees a partial download, whether
another process is fetching the same archive or the fetch fails part-way."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bench.corpus import sources


def _fake_run(monkeypatch: pytest.MonkeyPatch, name: str, fail: bool = False) -> list[list[str]]:
    """A stand-in for pip/npm: writes `name` into the folder the command names, checking on the way
    that nothing is visible in the cache folder yet; with `fail`, it stops after a partial write."""
    calls: list[list[str]] = []

    def run(cmd: list[str], **_: object) -> subprocess.CompletedProcess[bytes]:
        calls.append(cmd)
        flag = "-d" if "-d" in cmd else "--pack-destination"
        into = Path(cmd[cmd.index(flag) + 1])
        (into / name).write_bytes(b"PK partial")
        cached = [p for p in sources.cache_dir().joinpath("archives").rglob(name)]
        assert cached == [into / name]  # only in the private folder while the fetch runs
        if fail:
            raise subprocess.CalledProcessError(2, cmd)
        (into / name).write_bytes(b"PK whole")
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(sources.subprocess, "run", run)
    return calls


def test_a_fetched_wheel_appears_whole_and_leaves_no_temporary_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("AIWATCH_CACHE_DIR", str(tmp_path))
    calls = _fake_run(monkeypatch, "osworld_cube-0.3.0-py3-none-any.whl")
    got = sources._pip_archive(sources.OSWORLD)
    assert got == sources.archive_dir(sources.OSWORLD) / "osworld_cube-0.3.0-py3-none-any.whl"
    assert got.read_bytes() == b"PK whole" and len(calls) == 1
    assert sorted(p.name for p in got.parent.parent.iterdir()) == [got.parent.name]


def test_a_failed_fetch_leaves_nothing_a_loader_would_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("AIWATCH_CACHE_DIR", str(tmp_path))
    _fake_run(monkeypatch, "osworld_cube-0.3.0-py3-none-any.whl", fail=True)
    with pytest.raises(subprocess.CalledProcessError):
        sources._pip_archive(sources.OSWORLD)
    d = sources.archive_dir(sources.OSWORLD)
    assert list(d.iterdir()) == [] and sorted(p.name for p in d.parent.iterdir()) == [d.name]
    calls = _fake_run(monkeypatch, "osworld_cube-0.3.0-py3-none-any.whl")  # the next load fetches again
    assert sources._pip_archive(sources.OSWORLD).read_bytes() == b"PK whole" and len(calls) == 1


def test_an_npm_archive_is_fetched_the_same_way(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("AIWATCH_CACHE_DIR", str(tmp_path))
    calls = _fake_run(monkeypatch, "pkg-1.0.0.tgz")
    got = sources._npm_archive("pkg@1.0.0")
    assert got.parent == sources.archive_dir("pkg@1.0.0") and got.read_bytes() == b"PK whole"
    assert calls[0][:2] == ["npm", "pack"] and len(calls) == 1


def test_a_cache_file_derived_from_an_archive_appears_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The JSON a loader derives from an archive and caches (promptfoo's templates, AgentDojo's
    prompts) is written beside its name and renamed: until the rename the name does not exist, so a
    concurrent loader fetches again instead of parsing half a file; a failed write leaves nothing."""
    target = tmp_path / "derived.json"
    real_replace = sources.os.replace

    def replace(src: str, dst: Path) -> None:
        assert not target.exists() and Path(src).read_text(encoding="utf-8") == '["é", "whole"]'
        real_replace(src, dst)

    monkeypatch.setattr(sources.os, "replace", replace)
    sources._write_whole(target, '["é", "whole"]')
    assert target.read_text(encoding="utf-8") == '["é", "whole"]'
    assert [p.name for p in tmp_path.iterdir()] == ["derived.json"]

    def fail(src: str, dst: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(sources.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        sources._write_whole(tmp_path / "other.json", "[]")
    assert [p.name for p in tmp_path.iterdir()] == ["derived.json"]
