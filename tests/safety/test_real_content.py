"""The real-docs source (bench/corpus/real_content.py): real repository content from pinned registry
packages, loaded from made-up archives (never the real ones: a clean clone's test run has no network):
which files are kept, how a long file is cut, what is left out (files about attacks, naming a reserved
tool, near copies, licences and code), the caps, the sha256 pin, the halves, and its place in dev."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from aiwatch.paths import REPO

from bench.corpus import real_content as rc
from bench.corpus import sources
from tests.support.corpus_files import first_held_out_loader, tar_gz

PARA = "This library parses calendars and converts dates between systems for scheduling tools. " * 3
GUIDE = "\n\n".join(
    f"## Step {i}\n\n{PARA}\n\n```bash\n# not a heading inside a fence\nmake step-{i}\n```" for i in range(30)
)
FILES = {
    "README.md": f"# Demo\n\n{PARA}\n\nInstall with `pip install demo` (version 1.0).",
    "README.zh-CN.md": "# 演示\n\n" + "这个库用于解析日历并在不同的历法之间转换日期，适合排程工具使用。" * 6,
    ".github/workflows/ci.yml": "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
    "    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n      - run: make lint\n",
    "AGENTS.md": f"# Working on this repository\n\nRun the tests before every commit. {PARA}",
    "docs/guide.md": GUIDE,
    "LICENSE": f"MIT License\n\n{PARA}",
    "src/demo/core.py": f'"""{PARA}"""\n',
    "node_modules/dep/README.md": f"# Dep\n\n{PARA}",
    "docs/prompt-injection-defence.md": f"# Defence\n\n{PARA}",
    "docs/threats.md": f"# Threats\n\n{PARA} A prompt injection can hide in a web page.",
    "docs/scanners.md": f"# Scanners\n\n{PARA} We compared our results with garak.",
    "docs/short.md": "# Short\n\nToo short.",
    "CHANGELOG.md": f"# 1.0\n\n{PARA}",
    "docs/changelog-copy.md": f"# 2.0\n\n{PARA}",  # the changelog but for its digits: a near copy
}


def _rows(files: dict[str, str] = FILES) -> list[sources.Sample]:
    pkg = rc.Package("pypi", "demo==1.0", "0" * 64, "MIT")
    return rc.real_docs_from((pkg,), lambda p: tar_gz(files, "demo-1.0"))


def test_kept_files_are_content_an_agent_reads_labelled_by_kind_and_language() -> None:
    rows = _rows()
    paths = {s.id.split("#")[0] for s in rows}
    assert paths == {
        "demo:README.md",
        "demo:README.zh-CN.md",
        "demo:.github/workflows/ci.yml",
        "demo:AGENTS.md",
        "demo:docs/guide.md",
        "demo:CHANGELOG.md",
    }
    labels = {s.id.split("#")[0]: s.label for s in rows}
    assert labels["demo:README.zh-CN.md"] == "readme/zh"
    assert labels["demo:.github/workflows/ci.yml"] == "ci_workflow/en"
    assert labels["demo:AGENTS.md"] == "agent_instructions/en"
    assert labels["demo:docs/guide.md"] == "docs_page/en"
    assert all(s.source == "real-docs" and not s.attack and s.family == "rag_document" for s in rows)


def test_files_about_attacks_or_naming_a_reserved_tool_are_left_out() -> None:
    ids = {s.id for s in _rows()}
    assert not any(("prompt-injection" in i or "threats" in i or "scanners" in i) for i in ids)
    assert rc.about_attacks("docs/jailbreak-notes.md", "plain text")
    assert rc.about_attacks("docs/notes.md", "Why a Red-Team exercise found nothing")
    assert not rc.about_attacks("docs/notes.md", "Breaking changes in the scheduler")


def test_a_long_file_is_cut_at_headings_into_rows_of_at_most_row_max() -> None:
    limit = rc.config()["rows"]["row_max"]
    guide = [s.text for s in _rows() if s.id.startswith("demo:docs/guide.md#")]
    assert len(guide) > 1
    assert all(len(t) <= limit for t in guide)
    assert all(t.startswith("## Step ") for t in guide)  # each run opens at a heading, never in a fence
    assert rc.sections("short text", "a.md", limit) == ["short text"]


def test_a_section_longer_than_the_limit_is_cut_at_a_paragraph_break() -> None:
    text = "# One\n\n" + "\n\n".join(["word " * 40] * 10)
    rows = rc.sections(text, "a.md", 600)
    assert len(rows) == 1 and len(rows[0]) <= 600 and rows[0].endswith("word")


def test_near_copies_count_once_and_short_rows_are_left_out() -> None:
    ids = {s.id.split("#")[0] for s in _rows()}
    assert "demo:docs/changelog-copy.md" not in ids  # the changelog with other digits
    assert "demo:docs/short.md" not in ids
    assert rc.near_key("See https://x.org/v1 for 1.2") == rc.near_key("see  https://y.org/v2 FOR 3.4")


def test_caps_per_file_and_per_package(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = dict(rc.config()["rows"], file_rows_max=3, package_rows_max=4)
    monkeypatch.setitem(rc.config(), "rows", rules)
    rows = _rows()
    assert len(rows) == 4
    assert sum(s.id.startswith("demo:docs/guide.md#") for s in rows) <= 3


def test_an_archive_whose_sha256_is_not_the_pinned_one_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    f = tmp_path / "demo-1.0.tar.gz"
    f.write_bytes(tar_gz(FILES, "demo-1.0"))
    monkeypatch.setattr(sources, "_pip_archive", lambda spec, sdist=False: f)
    good = rc.Package("pypi", "demo==1.0", hashlib.sha256(f.read_bytes()).hexdigest(), "MIT")
    assert rc.archive(good) == f
    with pytest.raises(RuntimeError, match=r"demo==1\.0: archive sha256"):
        rc.archive(rc.Package("pypi", "demo==1.0", "0" * 64, "MIT"))


def test_the_halves_alternate_over_the_packages_sorted_by_name() -> None:
    names = ["delta", "alpha", "charlie", "bravo"]
    assert [rc.package_half(n, names) for n in sorted(names)] == ["BUILD", "CHECK", "BUILD", "CHECK"]
    pinned = [p.name for p in rc.packages()]
    halves = [rc.package_half(n) for n in pinned]
    assert abs(halves.count("BUILD") - halves.count("CHECK")) <= 1
    assert rc.row_package("demo:docs/guide.md#2") == "demo"


def test_the_pins_are_many_permissive_packages_none_reserved_or_read_by_another_loader() -> None:
    pkgs = rc.packages()
    assert len(pkgs) >= 30 and len({p.name for p in pkgs}) == len(pkgs)
    allowed = set(rc.config()["licences"])
    assert all(p.licence in allowed for p in pkgs), [p.spec for p in pkgs if p.licence not in allowed]
    assert all(re.fullmatch(r"[0-9a-f]{64}", p.sha256) and p.registry in {"pypi", "npm"} for p in pkgs)
    reserved = re.compile(r"garak|pyrit|sharegpt|openlit|traceloop", re.I)
    assert not any(reserved.search(p.name) for p in pkgs)
    pinned_elsewhere = (REPO / "bench" / "corpus" / "sources.py").read_text() + "".join(
        f.read_text() for f in REPO.glob("requirements*.txt")
    )
    assert not [p.name for p in pkgs if re.search(rf"[\"\s]{re.escape(p.name)}[=@]", pinned_elsewhere, re.I)]


def test_real_docs_is_a_dev_source_loaded_before_the_held_out_ones() -> None:
    assert "real-docs" not in sources.HELD_OUT
    assert sources.Sample("real-docs", "x", "rag_document", "x", False).split == "dev"
    assert sources.LOADERS.index(rc.real_docs) < first_held_out_loader()


def test_rows_named_in_left_out_rows_are_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(rc.config(), "left_out_rows", ["demo:AGENTS.md#0"])
    ids = {s.id for s in _rows()}
    assert "demo:AGENTS.md#0" not in ids and "demo:README.md#0" in ids
