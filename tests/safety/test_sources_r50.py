"""Round 50's real-content source, held out in rounds 50-52 and dev since round 53:
debian-history-de-es-fr-it-ja-ko-lt-pt-ru ("A Brief History of Debian", the project's history as narrative prose: its leaders, releases and events with dates and names, and the Debian
Manifesto, in its German, Spanish, French, Italian, Japanese, Korean, Lithuanian, Portuguese and Russian
translations: real content), loaded from a made-up Debian package (never the real one: a clean clone's test
run has no network) holding every locale and the English original, as the real one does: one row a section
of its nine locales, a chapter's or the appendix's own paragraphs one too, read through the helper the
Debian Reference, the FAQ and the installation guide are read with, each page without its table of
contents; ja, ko and ru by their scripts, the six others by the English original page's paragraphs; the
title page, the PDF, EPUB and text copies, the images and the dedications left out, and a missing
translation or original failing loudly with its package."""

from __future__ import annotations

import re

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_debs
from tests.support.round_sources import assert_promoted

ROUND_50 = (sources.debian_history_de_es_fr_it_ja_ko_lt_pt_ru,)
SOURCE = "debian-history-de-es-fr-it-ja-ko-lt-pt-ru"
LATIN = ("de", "es", "fr", "it", "lt", "pt")
SCRIPTS = ("ja", "ko", "ru")
DIR = sources.DEBIAN_HISTORY_DIR


def test_round_50_sources_are_dev_since_round_53_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 50-52 (three looks), then promoted with the round's blind-written sets
    (tests/safety/test_sources_r50w.py) and their encoded set (`encoded-r50`, the former `heldout-encoded`:
    the attack source's instruction-override rows through our encoders); real content: not a hard
    negative."""
    wild = (sources.authored_wild_r50, sources.authored_wild_r50_benign)
    assert_promoted((*ROUND_50, *wild), sources.encoded_r50, after=sources.encoded_r49)  # after round 49's
    # one package pinned (sha256, fetched by apt-get download), every locale and the English original in it
    spec, sha256 = sources.DEBIAN_HISTORY
    assert spec == "debian-history=2.28" and re.fullmatch("[0-9a-f]{64}", sha256)
    locales = sources.DEBIAN_HISTORY_LOCALES
    assert locales == tuple(sorted(locales)) and set(locales) == {*LATIN, *SCRIPTS}
    assert sources.DEBIAN_HISTORY_ORIGINAL == "en" and "en" not in sources.DEBIAN_HISTORY_LOCALES
    scripts = sources.DEBIAN_HISTORY_SCRIPTS  # the six others by the original's paragraphs
    assert set(scripts) == set(SCRIPTS)
    assert scripts["ja"].search("す") and scripts["ko"].search("한") and scripts["ru"].search("д")
    assert not scripts["ko"].search("す") and not scripts["ja"].search("д")


def _page(name: str, locale: str, body: str) -> str:
    """A made-up page of the book as its DocBook stylesheets write it: its head, the navigation header (its
    `<hr/>` without a space), the body, the navigation footer."""
    nav = (
        f'<div class="navheader"><table summary="Navigation header"><tr><th>{name} ({locale})</th></tr></table>'
        "\n<hr/>\n</div>"
    )
    footer = (
        '<div class="navfooter"><hr/><table summary="Navigation footer"><tr><td>Next</td></tr></table></div>'
    )
    return f"<html><head><title>{name}</title></head><body>{nav}\n{body}\n{footer}</body></html>"


def _title(level: int, anchor: str, title: str) -> str:
    return f'<div class="titlepage"><div><div><h{level} class="title"><a id="{anchor}"/>{title}</h{level}></div></div></div>'


def _toc(*anchors: str) -> str:
    """A chapter's table of contents: links to its sections, nested lists and no `<div>` inside."""
    links = "".join(f'<dt><span class="section"><a href="#{a}">{a} (listed)</a></span></dt>' for a in anchors)
    return f'<div class="toc"><p><strong>Table of Contents</strong></p><dl class="toc">{links}<dd><dl></dl></dd></dl></div>'


def _section(anchor: str, title: str, *paras: str) -> str:
    return (
        f'<div class="section">{_title(2, anchor, title)}' + "".join(f"<p>{p}</p>" for p in paras) + "</div>"
    )


def _chapter(anchor: str, title: str, paras: tuple[str, ...], *sections: str, kind: str = "chapter") -> str:
    """A made-up chapter (or appendix): its title, a table of contents when it has sections, its own
    paragraphs, its sections."""
    toc = _toc(*(s.split('<a id="')[1].split('"')[0] for s in sections)) if sections else ""
    own = "".join(f"<p>{p}</p>" for p in paras)
    return f'<div class="{kind}">{_title(1, anchor, title)}{toc}{own}{"".join(sections)}</div>'


ORIGINAL = {
    "intro": ("The Debian Project is a group of volunteers.",),
    "begining": ("Debian was begun in August 1993 by Ian Murdock.", "It was to be a new distribution."),
    "pronouncing": ("Debian is pronounced deb-ee-in.",),
    "leaders": ("Ian Murdock led Debian from 1993 until 1996.", "Bruce Perens led Debian from 1996."),
    "rel-0": ("Debian 0.01 through 0.90 (August-December 1993).",),
    "rel-11": ("Debian 11 bullseye was released in August 2021.",),  # left in English everywhere
    "manifesto": ("This is the manifesto.",),
    "what": ("Debian Linux is a brand-new kind of Linux distribution.",),
}


def _latin(loc: str) -> dict[str, tuple[str, ...]]:
    """A Latin-script locale's made-up translation (each locale's its own: a text two locales share is one
    row); the 11.x releases' section left in English."""
    return {
        "intro": (f"Das Debian-Projekt ist eine Gruppe von Freiwilligen ({loc}).",),
        "begining": (f"Debian wurde im August 1993 von Ian Murdock begonnen ({loc}).", "Eine neue Distribution."),
        "pronouncing": (f"Debian wird deb-ie-in ausgesprochen ({loc}).",),
        "leaders": (f"Ian Murdock leitete Debian von 1993 bis 1996 ({loc}).", "Bruce Perens leitete Debian ab 1996."),
        "rel-0": (f"Debian 0.01 bis 0.90 (August-Dezember 1993, {loc}).",),
        "rel-11": ORIGINAL["rel-11"],
        "manifesto": (f"Dies ist das Manifest ({loc}).",),
        "what": (f"Debian Linux ist eine ganz neue Art von Distribution ({loc}).",),
    }  # fmt: skip


SCRIPT_TEXT = {
    "ja": ("Debian プロジェクト", "ボランティアの集まりです。"),
    "ko": ("데비안 프로젝트", "자원봉사자들의 모임입니다."),
    "ru": ("Проект Debian", "группа добровольцев."),
}


def _script(loc: str) -> dict[str, tuple[str, ...]]:
    """A locale in its own script: every paragraph holds a letter of it but the 11.x releases' section's,
    left in English."""
    a, b = SCRIPT_TEXT[loc]
    return {
        k: v if k == "rel-11" else tuple(f"{a} {k} {i} {b}" for i, _ in enumerate(v))
        for k, v in ORIGINAL.items()
    }


def _files(locale: str, text: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """A locale's pages in the one package's folder (`<page>.<locale>.html`): the introduction (its own
    paragraph and two sections), the leaders (a chapter without sections), the detailed history (a chapter
    whose opening is its heading alone), the manifesto (an appendix), the title page."""
    intro = _chapter(
        "intro",
        "Chapter 1",
        text["intro"],
        _section("begining", "1.1. In the Beginning", *text["begining"]),
        _section("pronouncing-debian", "1.2. Pronouncing Debian", *text["pronouncing"]),
    )
    detailed = _chapter(
        "detailed",
        "Chapter 4",
        (),
        _section("rel-0", "4.1. The 0.x Releases", *text["rel-0"]),
        _section("rel-11", "4.12. The 11.x Releases", *text["rel-11"]),
    )
    manifesto = _chapter(
        "manifesto",
        "Appendix A",
        text["manifesto"],
        _section("what-is-debian", "A.1.", *text["what"]),
        kind="appendix",
    )
    pages = {
        "intro": intro,
        "leaders": _chapter("leaders", "Chapter 2", text["leaders"]),
        "detailed": detailed,
        "manifesto": manifesto,
        "index": f'<div class="book"><div class="toc"><p>Contents</p></div><p>A Brief History ({locale})</p></div>',
    }
    return {f"{DIR}{name}.{locale}.html": _page(name, locale, body) for name, body in pages.items()}  # fmt: skip


OTHER_FILES = {
    f"{DIR}project-history.fr.pdf": "%PDF not a page",
    f"{DIR}project-history.ko.epub": "not a page",
    f"{DIR}project-history.en.txt.gz": "not a page",
    f"{DIR}images/note.png": "not a page",
    f"{DIR}project-history.css": "body {}",
    "usr/share/doc/debian-history/dedication/dedication-9.0.de.txt": "Gewidmet.",
    "usr/share/doc/debian-history/copyright": "GPL-2+",
}


def _package(**locales: dict[str, str]) -> dict[str, dict[str, str]]:
    """The one made-up debian-history package: the English original's pages, each locale's, the other
    files; a locale given as {} has no pages."""
    files = {**OTHER_FILES, **_files("en", ORIGINAL)}
    for loc in LATIN:
        files |= locales.get(loc, _files(loc, _latin(loc)))
    for loc in SCRIPTS:
        files |= locales.get(loc, _files(loc, _script(loc)))
    return {"debian-history": files}


EXPECTED = (
    "intro/intro", "intro/begining", "intro/pronouncing-debian", "leaders/leaders", "detailed/rel-0",
    "manifesto/manifesto", "manifesto/what-is-debian",
)  # fmt: skip


def test_debian_history_reads_nine_locales_from_the_one_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """One call of the helper the earlier books are read through (`_book_rows`), with this source's name,
    its locales' pages from the one package, the three scripts, the English original's pages and DocBook's
    section starts of a chapter, an appendix and a section: a row is a section, or a chapter's own
    paragraphs."""
    fake_debs(monkeypatch, _package())
    rows = sources.debian_history_de_es_fr_it_ja_ko_lt_pt_ru()
    # left out: each locale's 11.x releases' section (left in English), the detailed history's opening (a
    # heading alone), the title page, the other files, the English original; in path order within a locale
    order = ("detailed/rel-0", "intro/intro", "intro/begining", "intro/pronouncing-debian", "leaders/leaders",
             "manifesto/manifesto", "manifesto/what-is-debian")  # fmt: skip
    assert sorted(order) == sorted(EXPECTED)
    for loc in sources.DEBIAN_HISTORY_LOCALES:
        assert [r.id for r in rows if r.id.startswith(f"{loc}/")] == [f"{loc}/{p}" for p in order], loc
    assert [r.id.split("/")[0] for r in rows] == [
        loc for loc in sources.DEBIAN_HISTORY_LOCALES for _ in order
    ]
    by_id = {r.id: r for r in rows}
    # a chapter's own paragraphs, without its table of contents, up to its first section
    assert (
        by_id["de/intro/intro"].text == "Chapter 1\nDas Debian-Projekt ist eine Gruppe von Freiwilligen (de)."
    )
    # a chapter without sections is one row, the whole chapter
    assert by_id["lt/leaders/leaders"].text == (
        "Chapter 2\nIan Murdock leitete Debian von 1993 bis 1996 (lt).\nBruce Perens leitete Debian ab 1996."
    )
    assert (
        by_id["ko/manifesto/what-is-debian"].text == "A.1.\n데비안 프로젝트 what 0 자원봉사자들의 모임입니다."
    )
    assert not any("(listed)" in r.text or "Navigation" in r.text or "Next" in r.text for r in rows)
    assert by_id["ja/intro/begining"].label == "ja/intro/begining/ja"
    assert len(rows) == 7 * 9
    assert all(r.source == SOURCE and r.split == "dev" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


def test_a_latin_section_is_told_by_the_original_pages_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lithuanian with half of a section's paragraphs the original page's is left out; with one more of its
    own it is kept. A paragraph the original has on another page counts as the locale's own."""
    half = {**_latin("lt"), "begining": ("Debianą 1993 m. pradėjo Ianas Murdockas.", ORIGINAL["begining"][1])}
    fake_debs(monkeypatch, _package(lt=_files("lt", half)))
    ids = {r.id for r in sources.debian_history_de_es_fr_it_ja_ko_lt_pt_ru()}
    assert "lt/intro/begining" not in ids and "lt/intro/pronouncing-debian" in ids
    more = {**half, "begining": (*half["begining"], "Nauja distribucija.")}
    fake_debs(monkeypatch, _package(lt=_files("lt", more)))
    assert "lt/intro/begining" in {r.id for r in sources.debian_history_de_es_fr_it_ja_ko_lt_pt_ru()}
    # by the page of the same name: the leaders' paragraphs in the introduction are not the original's
    other = {**_latin("pt"), "pronouncing": ORIGINAL["leaders"]}
    fake_debs(monkeypatch, _package(pt=_files("pt", other)))
    assert "pt/intro/pronouncing-debian" in {
        r.id for r in sources.debian_history_de_es_fr_it_ja_ko_lt_pt_ru()
    }


def test_a_script_section_is_told_by_its_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Japanese, Korean and Russian by their scripts, not by the original: a Korean section in the Latin
    script is left out, even of another wording than the original's; a Russian one in Cyrillic kept."""
    latin = {**_script("ko"), "begining": ("Debian began in 1993.", "A new distribution, said Ian Murdock.")}
    fake_debs(monkeypatch, _package(ko=_files("ko", latin)))
    ids = {r.id for r in sources.debian_history_de_es_fr_it_ja_ko_lt_pt_ru()}
    assert "ko/intro/begining" not in ids and "ko/intro/intro" in ids and "ru/intro/begining" in ids


@pytest.mark.parametrize("missing", ["en", "lt", "ko"])
def test_debian_history_without_a_locale_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    files = _package()["debian-history"]
    fake_debs(
        monkeypatch,
        {"debian-history": {k: v for k, v in files.items() if not k.endswith(f".{missing}.html")}},
    )
    with pytest.raises(
        RuntimeError,
        match=rf"debian-history=2\.28: usr/share/doc/debian-history/docs/<page>\.{missing}\.html not found",
    ):
        sources.debian_history_de_es_fr_it_ja_ko_lt_pt_ru()


def test_debian_history_without_pages_fails_naming_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_debs(monkeypatch, {"debian-history": OTHER_FILES})
    with pytest.raises(
        RuntimeError, match=r"debian-history=2\.28: usr/share/doc/debian-history/docs/<page>\.html not found"
    ):
        sources.debian_history_de_es_fr_it_ja_ko_lt_pt_ru()
