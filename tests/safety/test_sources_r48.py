"""Round 48's real-content source, held out in rounds 48-50 and dev since round 51:
developers-reference-de-fr-it-ja-ru (the Debian Developer's Reference, the guidelines and procedures of
Debian's developers and maintainers, in its German, French, Italian, Japanese and Russian translations:
real content), loaded from made-up Debian packages (never the real ones: a clean
clone's test run has no network), each package served its own files: one row a section of its five
locales, read through the helper Debian Reference, the FAQ, the New Maintainers' Guide and the Debian Edu
manual are read with, in Sphinx's markup (`<section id=...>`, nested), each page's body up to its sidebar
and without the permalink marks beside its headings, a Latin-script translation told by the English
original's paragraphs, ja and ru by their scripts, the one-page copy of the book and the search page left
out, and a missing translation or original failing loudly with its package."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_debs
from tests.support.round_sources import assert_promoted

ROUND_48 = (sources.developers_reference_de_fr_it_ja_ru,)
SOURCE = "developers-reference-de-fr-it-ja-ru"
LATIN = ("de", "fr", "it")
SCRIPTS = ("ja", "ru")


def test_round_48_sources_are_dev_since_round_51_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 48-50 (three looks), then promoted with the round's blind-written sets
    (tests/safety/test_sources_r48w.py) and their encoded set (`encoded-r48`, the former `heldout-encoded`:
    the attack source's instruction-override rows through our encoders); real content: not a hard
    negative."""
    wild = (sources.authored_wild_r48, sources.authored_wild_r48_benign)
    assert_promoted((*ROUND_48, *wild), sources.encoded_r48, after=sources.encoded_r47)  # after round 47's
    # pinned (sha256, fetched by apt-get download), one version, the English original beside the five
    specs = sources.DEVELOPERS_REFERENCE_DE_FR_IT_JA_RU
    packages = (*specs, sources.DEVELOPERS_REFERENCE_ORIGINAL)
    assert all(spec.startswith("developers-reference") and len(sha256) == 64 for spec, sha256 in packages)
    assert {spec.split("=")[1] for spec, _ in packages} == {"12.18"}
    assert len({sha256 for _, sha256 in packages}) == len(packages)
    locales = [sources._developers_reference_locale(spec) for spec, _ in specs]
    assert locales == sorted((*LATIN, *SCRIPTS))
    assert sources._developers_reference_locale(sources.DEVELOPERS_REFERENCE_ORIGINAL[0]) == "en"
    assert set(sources.DEVELOPERS_REFERENCE_SCRIPTS) == set(
        SCRIPTS
    )  # de, fr, it by the original's paragraphs
    scripts = sources.DEVELOPERS_REFERENCE_SCRIPTS
    assert scripts["ja"].search("す") and scripts["ru"].search("д") and not scripts["ja"].search("д")


def _heading(level: int, number: str, title: str, anchor: str) -> str:
    """A Sphinx heading: its number, its title, its permalink mark."""
    return (
        f'<h{level}><span class="section-number">{number} </span>{title}'
        f'<a class="headerlink" href="#{anchor}" title="Permalink to this heading">¶</a></h{level}>\n'
    )


def _section(anchor: str, heading: str, *paras: str, inner: str = "") -> str:
    """A made-up Sphinx section (`<section id=...>`, its heading, one `<p>` a paragraph, then the sections
    nested in it)."""
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return f'<section id="{anchor}">\n{heading}{body}{inner}</section>\n'


def _page(*sections: str) -> str:
    """A made-up Sphinx page: the navigation bar, the body, the sidebar (previous and next topic, the
    search box), the navigation bar again, the footer."""
    nav = '<div class="related" role="navigation"><h3>Navigation</h3><ul><li><a href="index.html">Home</a></li></ul></div>\n'
    return (
        f"<html><body>{nav}"
        '<div class="document"><div class="body" role="main">\n'
        + "".join(sections)
        + '<div class="clearer"></div>\n</div></div>\n'
        '<div class="sphinxsidebar" role="navigation"><h4>Previous topic</h4>\n'
        '<p class="topless"><a href="tools.html">Tools</a></p>\n<p>Quick search</p>\n'
        "<script>document.getElementById('searchbox').style.display = \"block\"</script></div>\n"
        f'{nav}<div class="footer">&#169; Copyright.</div></body></html>'
    )  # fmt: skip


ORIGINAL = ("If you want to create a new package, check the <code>wnpp</code> bugs first.", "Then upload it.")
INTRO = "This chapter covers managing packages."  # the chapter's own paragraph: left in English everywhere
TIPS = "This section was not translated."
SCRIPT_SECTION = {
    "ja": ("新しいパッケージ", "新しいパッケージを作るなら、まず <code>wnpp</code> バグを確認してください。"),
    "ru": ("Новые пакеты", "Перед созданием нового пакета проверьте ошибки <code>wnpp</code>."),
}


def _chapter(title: str, *paras: str) -> str:
    """A made-up chapter page in one locale: the chapter's section (its own paragraph left in English), its
    translated section, then one left in English, each nested in the chapter's."""
    inner = _section("new-packages", _heading(2, "5.1.", title, "new-packages"), *paras) + _section(
        "tips", _heading(2, "5.2.", "Tips", "tips"), TIPS
    )
    chapter = _heading(1, "5.", "Managing Packages", "managing-packages")
    return _page(_section("managing-packages", chapter, INTRO, inner=inner))


def _files(locale: str, chapter: str) -> dict[str, str]:
    """A locale's package: the chapter page, the table of contents, the search page, the whole book on
    one page, the copies and sources, in its own folder (the original's, the book's)."""
    folder = sources.DEVELOPERS_REFERENCE_DIR + ("" if locale == "en" else f"{locale}/")
    other = _page(_section("other", _heading(1, "9.", "Other", "other"), f"Not a chapter ({locale})."))
    return {
        folder + "pkgs.html": chapter,
        folder + "index.html": other,
        folder + "search.html": other,
        folder + "developers-reference.html": other,
        folder + "developers-reference.pdf": "not a page",
        folder + "developers-reference.epub": "not a page",
        folder + "_sources/pkgs.rst.txt": "Not a page.",
    }


PACKAGES = {
    "developers-reference": _files("en", _chapter("New packages", *ORIGINAL)),
    **{f"developers-reference-{loc}": _files(loc, _chapter(
        "Neue Pakete", f"Übersetzt ({loc}).", "Then upload it.", "Siehe <code>dput</code>."
    )) for loc in LATIN},
    **{f"developers-reference-{loc}": _files(loc, _chapter(*SCRIPT_SECTION[loc])) for loc in SCRIPTS},
}  # fmt: skip


def test_developers_reference_reads_five_locales_each_from_its_own_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One call of the helper Debian Reference, the FAQ, the New Maintainers' Guide and the Debian Edu
    manual are read through (`_reference_by`), with this source's name, packages, the two scripts, the
    English original, the book's page reader and Sphinx's section start and id: a row is a section."""
    fake_debs(monkeypatch, PACKAGES)
    rows = sources.developers_reference_de_fr_it_ja_ru()
    # left out: each locale's chapter section (its own paragraph the original's; in ja and ru no letter of
    # the script) though a section nested in it is translated, its untranslated section, the table of
    # contents, the search page, the one-page copy, the PDF, EPUB and source copies, the English original
    assert [r.id for r in rows] == [f"{loc}/pkgs/new-packages" for loc in sorted((*LATIN, *SCRIPTS))]
    by_id = {r.id: r for r in rows}
    # the heading without its permalink mark, up to the next section: nothing of the sidebar or footer
    assert (
        by_id["it/pkgs/new-packages"].text
        == "5.1. Neue Pakete\nÜbersetzt (it).\nThen upload it.\nSiehe dput."
    )
    assert by_id["ru/pkgs/new-packages"].text == (
        "5.1. Новые пакеты\nПеред созданием нового пакета проверьте ошибки wnpp."
    )
    assert by_id["ja/pkgs/new-packages"].label == "ja/pkgs/new-packages/ja"
    assert all(r.source == SOURCE and r.split == "dev" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


def test_a_latin_section_is_told_by_the_originals_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """German with half its paragraphs the original's is left out (not more than half translated); with
    one more of its own it is kept, and so is a section whose paragraphs are all its own."""
    half = _chapter("Neue Pakete", "Prüfen Sie zuerst die Fehler.", "Then upload it.")
    fake_debs(monkeypatch, {**PACKAGES, "developers-reference-de": _files("de", half)})
    ids = {r.id for r in sources.developers_reference_de_fr_it_ja_ru()}
    assert "de/pkgs/new-packages" not in ids and "fr/pkgs/new-packages" in ids
    more = _chapter("Neue Pakete", "Prüfen Sie zuerst die Fehler.", "Then upload it.", "Laden Sie es hoch.")
    fake_debs(monkeypatch, {**PACKAGES, "developers-reference-de": _files("de", more)})
    ids = {r.id for r in sources.developers_reference_de_fr_it_ja_ru()}
    assert "de/pkgs/new-packages" in ids


def test_a_script_section_is_told_by_its_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Japanese and Russian by their scripts, not by the original: a section in kana or Cyrillic is kept
    whatever the original says; one whose paragraphs are in the Latin script is left out, even of another
    wording than the original's."""
    latin = _chapter("Новые пакеты", "Check the wnpp bugs before you start.", "Upload it then.")
    fake_debs(monkeypatch, {**PACKAGES, "developers-reference-ru": _files("ru", latin)})
    ids = {r.id for r in sources.developers_reference_de_fr_it_ja_ru()}
    assert "ru/pkgs/new-packages" not in ids and "ja/pkgs/new-packages" in ids


@pytest.mark.parametrize(
    ("missing", "folder"),
    [("developers-reference", ""), ("developers-reference-de", "de/"), ("developers-reference-ru", "ru/")],
)
def test_developers_reference_without_a_locale_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, missing: str, folder: str
) -> None:
    fake_debs(monkeypatch, {k: v for k, v in PACKAGES.items() if k != missing})
    with pytest.raises(
        RuntimeError,
        match=rf"{missing}=12\.18: usr/share/developers-reference/{folder}<page>\.html not found",
    ):
        sources.developers_reference_de_fr_it_ja_ru()


def test_a_sphinx_page_is_read_up_to_its_sidebar_without_permalink_marks() -> None:
    """`sphinx_body`: the page before its sidebar (navigation, search box, footer after it), the `¶`
    links beside headings dropped; a page without a sidebar whole."""
    page = _page(_section("a", _heading(1, "1.", "Scope", "a"), "Text.")).encode()
    body = sources.sphinx_body(page)
    assert body == page[: page.find(b'<div class="sphinxsidebar"')].replace(
        b'<a class="headerlink" href="#a" title="Permalink to this heading">\xc2\xb6</a>', b""
    )
    assert b"Previous topic" not in body and b"footer" not in body and "¶".encode() not in body
    assert sources.sphinx_body(b"<p>x</p>") == b"<p>x</p>"
