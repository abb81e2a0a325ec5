"""Round 49's real-content source, held out in rounds 49-51 and dev since round 52:
aptitude-doc-cs-es-fi-fr-it-ja-nl-ru (the aptitude user's manual, a terminal package manager's commands, key bindings, search patterns, configuration options and command-line
reference, in its Czech, Spanish, Finnish, French, Italian, Japanese, Dutch and Russian translations: real
content), loaded from made-up Debian packages (never the real ones: a clean clone's test run has no
network), each package served its own files: one row a section of its eight locales, read through the
helper Debian Reference, the FAQ, the New Maintainers' Guide, the Debian Edu manual and the Developer's
Reference are read with, a locale's chunked DocBook pages read as one page (each page's body between its
navigation header and footer, without its tables of contents and the FAQ's list of questions), so that a
translation of an older edition chunked otherwise is told by the whole English original's paragraphs;
ja and ru by their scripts; the title page and the screenshots' long descriptions left out, and a missing
translation or original failing loudly with its package."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import DOCBOOK_FOOTER as FOOTER
from tests.support.corpus_files import docbook_page as _page
from tests.support.corpus_files import fake_debs
from tests.support.round_sources import assert_promoted

ROUND_49 = (sources.aptitude_doc_cs_es_fi_fr_it_ja_nl_ru,)
SOURCE = "aptitude-doc-cs-es-fi-fr-it-ja-nl-ru"
LATIN = ("cs", "es", "fi", "fr", "it", "nl")
SCRIPTS = ("ja", "ru")


def test_round_49_sources_are_dev_since_round_52_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 49-51 (three looks), then promoted with the round's blind-written sets
    (tests/safety/test_sources_r49w.py) and their encoded set (`encoded-r49`, the former `heldout-encoded`:
    the attack source's instruction-override rows through our encoders); real content: not a hard
    negative."""
    wild = (sources.authored_wild_r49, sources.authored_wild_r49_benign)
    assert_promoted((*ROUND_49, *wild), sources.encoded_r49, after=sources.encoded_r48)  # after round 48's
    # pinned (sha256, fetched by apt-get download), one version, the English original beside the eight
    specs = sources.APTITUDE_DOC_CS_ES_FI_FR_IT_JA_NL_RU
    packages = (*specs, sources.APTITUDE_DOC_ORIGINAL)
    assert all(spec.startswith("aptitude-doc-") and len(sha256) == 64 for spec, sha256 in packages)
    assert {spec.split("=")[1] for spec, _ in packages} == {"0.8.13-5"}
    assert len({sha256 for _, sha256 in packages}) == len(packages)
    locales = [sources._aptitude_doc_locale(spec) for spec, _ in specs]
    assert locales == sorted((*LATIN, *SCRIPTS))
    assert sources._aptitude_doc_locale(sources.APTITUDE_DOC_ORIGINAL[0]) == "en"
    scripts = sources.APTITUDE_DOC_SCRIPTS  # the six others by the original's paragraphs
    assert set(scripts) == set(SCRIPTS)
    assert scripts["ja"].search("す") and scripts["ru"].search("д") and not scripts["ja"].search("д")


def _title(level: int, anchor: str, title: str) -> str:
    return f'<div class="titlepage"><div><div><h{level} class="title"><a id="{anchor}"></a>{title}</h{level}></div></div></div>'


def _section(anchor: str, title: str, *paras: str, toc: bool = False) -> str:
    """A made-up DocBook section (`<div class="section">`, its title with its anchor, a table of contents of
    its subsections when `toc`, one `<p>` a paragraph)."""
    links = '<div class="toc"><dl class="toc"><dt><a href="x.html#sub">Subsection listed</a></dt></dl></div>'
    return (
        f'<div class="section">{_title(2, anchor, title)}{links if toc else ""}'
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</div>"
    )


def _chapter(title: str, intro: str) -> str:
    """A made-up chapter page: its title, its table of contents, its own paragraph."""
    toc = (
        '<div class="toc"><p><strong>Table of Contents</strong></p><dl class="toc"><dt>Listed</dt></dl></div>'
    )
    return f'<div class="chapter">{_title(1, "chap", title)}{toc}<p>{intro}</p></div>'


def _faq(question: str, answer: str) -> str:
    """A made-up FAQ chapter: its list of questions (links to the answers below), then the answers."""
    return (
        f'<div class="chapter">{_title(1, "faq", "FAQ")}<div class="qandaset"><a id="qa"></a>'
        f'<dl><dt>3.1. <a href="#q1">{question} (listed)</a></dt></dl>'
        f"<table><tr><td><p>{question}</p></td></tr><tr><td><p>{answer}</p></td></tr></table></div></div>"
    )


def _refentry(name: str, synopsis: str, description: str) -> str:
    """A made-up manual page: its name, synopsis and one section (`<div class="refsect1">`)."""
    return (
        f'<div class="refentry"><a id="ref"></a><div class="titlepage"></div><div class="refnamediv"><h2>Name</h2>'
        f'<p>{name}</p></div><div class="refsynopsisdiv"><h2>Synopsis</h2><div class="cmdsynopsis">'
        f'<p><code class="command">aptitude</code> [{synopsis}]</p></div></div>'
        f'<div class="refsect1"><a id="desc"></a><h2>Description</h2><p>{description}</p></div></div>'
    )


ORIGINAL = {
    "intro": "This chapter covers the interface.",  # the chapter's own paragraph: left in English everywhere
    "menus": ("Press F10 to open the menu bar.", "Then choose a command."),
    "tips": "This section was not translated.",
    "faq": ("How can I find broken packages?", "Search with the pattern ~b."),
    "ref": (
        "aptitude - high-level interface to the package manager",
        "options",
        "aptitude is a text front end.",
    ),
}


def _latin(loc: str) -> dict[str, tuple[str, ...]]:
    """A Latin-script locale's made-up translation (each locale's its own: a text two locales share is
    one row)."""
    return {
        "menus": (
            f"Stiskněte F10 pro otevření nabídky ({loc}).",
            "Then choose a command.",
            "Vyberte příkaz.",
        ),
        "faq": (f"Jak najdu rozbité balíky ({loc})?", "Hledejte vzorem ~b."),
        "ref": (
            f"aptitude - vysokoúrovňové rozhraní ({loc})",
            "volby",
            f"aptitude je textové rozhraní ({loc}).",
        ),
    }


SCRIPT_TEXT = {
    "ja": {
        "menus": ("F10 キーでメニューを開きます。",),
        "faq": ("壊れたパッケージを探すには?", "パターン ~b で検索します。"),
        "ref": ("aptitude - パッケージマネージャ", "オプション", "aptitude はテキストのフロントエンドです。"),
    },
    "ru": {
        "menus": ("Нажмите F10, чтобы открыть меню.",),
        "faq": ("Как найти сломанные пакеты?", "Ищите по шаблону ~b."),
        "ref": ("aptitude - интерфейс к менеджеру пакетов", "параметры", "aptitude - текстовый интерфейс."),
    },
}


def _files(
    locale: str, text: dict[str, tuple[str, ...]], extra: dict[str, str] | None = None
) -> dict[str, str]:
    """A locale's package: the chapter page, its section page (with a table of contents, then an
    untranslated section), the FAQ, a manual page, the title page, a screenshot's long description, an
    image and the style sheet, in its own folder."""
    folder = f"{sources.APTITUDE_DOC_DIR}{locale}/"
    menus = _section("menus", "Menus", *text["menus"], toc=True) + _section("tips", "Tips", ORIGINAL["tips"])
    return {
        folder + "ch01.html": _page("ch01", _chapter("Chapter 1", ORIGINAL["intro"])),
        folder + "ch01s01.html": _page("ch01s01", menus),
        folder + "ch03.html": _page("ch03", _faq(*text["faq"])),
        folder + "rn01re01.html": _page("rn01re01", _refentry(*text["ref"])),
        folder + "index.html": _page("index", f'<div class="book"><p>Title page ({locale}).</p></div>'),
        folder + "ld-idm1.html": f'<html><body><pre class="screen">Screen ({locale}).</pre><p>Seen ({locale}).</p></body></html>',
        folder + "images/note.png": "not a page",
        folder + "aptitude.css": "body {}",
        **{folder + name: page for name, page in (extra or {}).items()},
    }  # fmt: skip


PACKAGES = {
    "aptitude-doc-en": _files("en", {k: v for k, v in ORIGINAL.items() if isinstance(v, tuple)}),
    **{f"aptitude-doc-{loc}": _files(loc, _latin(loc)) for loc in LATIN},
    **{f"aptitude-doc-{loc}": _files(loc, SCRIPT_TEXT[loc]) for loc in SCRIPTS},
}


def test_aptitude_doc_reads_eight_locales_each_from_its_own_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """One call of the helper the earlier books are read through (`_reference_by`), with this source's
    name, packages, the two scripts, the English original, the manual's page reader and DocBook's section
    starts of a chapter, a section and a manual page: a row is a section of the manual read as one page."""
    fake_debs(monkeypatch, PACKAGES)
    rows = sources.aptitude_doc_cs_es_fi_fr_it_ja_nl_ru()
    # left out: each locale's chapter (its own paragraph the original's; in ja and ru no letter of the
    # script) and its untranslated section, the title page, the long description, the image and style
    # sheet, the English original
    by_locale = {loc: [r.id for r in rows if r.id.startswith(f"{loc}/")] for loc in (*LATIN, *SCRIPTS)}
    for loc, ids in by_locale.items():
        assert ids == [f"{loc}/aptitude/{a}" for a in ("menus", "faq", "ref", "desc")], loc
    by_id = {r.id: r for r in rows}
    # the section without its table of contents, up to the next section: nothing of the navigation
    assert by_id["cs/aptitude/menus"].text == (
        "Menus\nStiskněte F10 pro otevření nabídky (cs).\nThen choose a command.\nVyberte příkaz."
    )
    # the FAQ's answers without the list of questions above them
    assert by_id["ru/aptitude/faq"].text == "FAQ\nКак найти сломанные пакеты?\nИщите по шаблону ~b."
    # a manual page's name and synopsis one section, its own sections each another
    assert (
        by_id["fi/aptitude/ref"].text
        == "Name\naptitude - vysokoúrovňové rozhraní (fi)\nSynopsis\naptitude [volby]"
    )
    assert by_id["ja/aptitude/desc"].text == "Description\naptitude はテキストのフロントエンドです。"
    assert by_id["ja/aptitude/menus"].label == "ja/aptitude/menus/ja"
    assert len(rows) == 4 * 8
    assert all(r.source == SOURCE and r.split == "dev" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


def test_a_latin_section_is_told_by_the_whole_originals_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A translation of an older edition chunked otherwise: a page the original lacks is told by the
    paragraphs of the whole original, not of a page of the same name. Czech with half its paragraphs the
    original's (on another page of it) is left out; with one more of its own it is kept."""
    half = _page("ch01s02", _section("older", "Starší", "Zvolte příkaz.", "Press F10 to open the menu bar."))
    fake_debs(
        monkeypatch, {**PACKAGES, "aptitude-doc-cs": _files("cs", _latin("cs"), {"ch01s02.html": half})}
    )
    ids = {r.id for r in sources.aptitude_doc_cs_es_fi_fr_it_ja_nl_ru()}
    assert "cs/aptitude/older" not in ids and "cs/aptitude/menus" in ids
    more = _page(
        "ch01s02", _section("older", "Starší", "Zvolte příkaz.", "Press F10 to open the menu bar.", "Další.")
    )
    fake_debs(
        monkeypatch, {**PACKAGES, "aptitude-doc-cs": _files("cs", _latin("cs"), {"ch01s02.html": more})}
    )
    ids = {r.id for r in sources.aptitude_doc_cs_es_fi_fr_it_ja_nl_ru()}
    assert "cs/aptitude/older" in ids


def test_a_script_section_is_told_by_its_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Japanese and Russian by their scripts, not by the original: a section in kana or Cyrillic is kept
    whatever the original says; one whose paragraphs are in the Latin script is left out, even of another
    wording than the original's."""
    latin = {**SCRIPT_TEXT["ru"], "menus": ("Press F10 for the menus.", "Choose one.")}
    fake_debs(monkeypatch, {**PACKAGES, "aptitude-doc-ru": _files("ru", latin)})
    ids = {r.id for r in sources.aptitude_doc_cs_es_fi_fr_it_ja_nl_ru()}
    assert "ru/aptitude/menus" not in ids and "ja/aptitude/menus" in ids and "ru/aptitude/faq" in ids


@pytest.mark.parametrize(
    ("missing", "folder"), [("aptitude-doc-en", "en"), ("aptitude-doc-fi", "fi"), ("aptitude-doc-ja", "ja")]
)
def test_aptitude_doc_without_a_locale_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, missing: str, folder: str
) -> None:
    fake_debs(monkeypatch, {k: v for k, v in PACKAGES.items() if k != missing})
    with pytest.raises(
        RuntimeError,
        match=rf"{missing}=0\.8\.13-5: usr/share/doc/aptitude/html/{folder}/<page>\.html not found",
    ):
        sources.aptitude_doc_cs_es_fi_fr_it_ja_nl_ru()


def test_a_docbook_page_is_read_between_its_navigation_without_its_tables_of_contents() -> None:
    """`docbook_body`: the page between its navigation header and footer, its tables of contents and the
    FAQ's list of questions dropped; a page without a navigation header whole up to its footer."""
    page = _page("ch01s01", _section("menus", "Menus", "Text.", toc=True)).encode()
    body = sources.docbook_body(page)
    assert body.replace(b"\n", b"") == _section("menus", "Menus", "Text.").encode()
    # a line break after each block's end, a tab after each table cell's: as a browser shows them
    assert b"Menus</h2>\n" in body and b"Text.</p>\n" in body
    table = sources.docbook_body(
        b"<table><tr><th>Command</th><th>Key</th></tr><tr><td>Quit</td><td>q</td></tr></table>"
    )
    assert sources.reference_text(table.decode()) == "Command\tKey\nQuit\tq"
    faq = sources.docbook_body(_page("ch03", _faq("Q?", "A.")).encode())
    assert (
        b"(listed)" not in faq
        and b"<p>Q?</p>" in faq
        and b'<div class="qandaset"><a id="qa"></a><table>' in faq
    )
    assert sources.docbook_body(b"<p>x</p>" + FOOTER.encode()) == b"<p>x</p>\n"
