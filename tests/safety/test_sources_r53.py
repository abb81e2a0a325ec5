"""Round 53's real-content source, held out in rounds 53-55 and dev since round 56:
gimp-help-de-es-fr-it-ja-ko-lt-nn-ru (the GIMP user manual, an image editor's menus, tools, dialogs and
filters one reference page each, in its German, Spanish, French, Italian, Japanese, Korean, Lithuanian,
Norwegian Nynorsk and Russian translations: real content), loaded from made-up Debian packages (never the real ones: a clean clone's test run has no network), each package
served its own files: one row a section of its nine locales, read through the helper the earlier DocBook
books are read with (`_reference_by`, each page's body by `docbook_body`); ja, ko and ru told translated
by their scripts, the six others by the English original page's paragraphs compared by their letters and
digits (a paragraph left in English between the locale's quotation marks is the original's) and not in
English by its common words (one whose cross-references are translated is none of the original's), counted
by characters; the licence, bibliography, index and title pages left out, and a missing translation or
original failing loudly with its package."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import docbook_page as _page
from tests.support.corpus_files import fake_debs
from tests.support.round_sources import assert_pinned_translations, assert_promoted

ROUND_53 = (sources.gimp_help_de_es_fr_it_ja_ko_lt_nn_ru,)
SOURCE = "gimp-help-de-es-fr-it-ja-ko-lt-nn-ru"
LATIN = ("de", "es", "fr", "it", "lt", "nn")
SCRIPTS = ("ja", "ko", "ru")


def test_round_53_sources_are_dev_since_round_56_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 53-55 (three looks), then promoted with the round's blind-written sets
    (tests/safety/test_sources_r53w.py) and their encoded set (`encoded-r53`, the former `heldout-encoded`:
    the attack source's instruction-override rows through our encoders); real content: not a hard
    negative."""
    wild = (sources.authored_wild_r53, sources.authored_wild_r53_benign)
    assert_promoted((*ROUND_53, *wild), sources.encoded_r53, after=sources.encoded_r52)  # after round 52's
    # pinned (sha256, fetched by apt-get download), one version, the English original beside the nine
    specs = sources.GIMP_HELP_DE_ES_FR_IT_JA_KO_LT_NN_RU
    original = sources.GIMP_HELP_ORIGINAL
    assert_pinned_translations(
        "gimp-help", SOURCE, specs, original, "2.10.34-2", sources._gimp_help_locale, "en"
    )
    assert {sources._gimp_help_locale(spec) for spec, _ in specs} == {*LATIN, *SCRIPTS}
    assert sources.GIMP_HELP_LICENCE == "GFDL-NIV-1.2+"
    scripts = sources.GIMP_HELP_SCRIPTS  # the six others by the original's paragraphs
    assert set(scripts) == set(SCRIPTS)
    assert scripts["ja"].search("す") and scripts["ko"].search("도") and scripts["ru"].search("д")
    assert not scripts["ko"].search("す")


def _title(level: int, anchor: str, title: str) -> str:
    return f'<div class="titlepage"><div><div><h{level} class="title"><a id="{anchor}"></a>{title}</h{level}></div></div></div>'


def _paras(*paras: str) -> str:
    return "".join(f"<p>\n    {p}\n  </p>" for p in paras)


def _section(kind: str, anchor: str, title: str, *paras: str, inner: str = "") -> str:
    """A made-up DocBook section (`<div class="sect2">`, ...): its title with its anchor, a figure (its
    caption a `<p class="title">`, not a paragraph), one `<p>` a paragraph, then its subsections."""
    figure = f'<div class="figure"><p class="title"><strong>Figure 14.1. {title}</strong></p></div>'
    return f'<div class="{kind}">{_title(3, anchor, title)}{figure}{_paras(*paras)}{inner}</div>'


def _toc_chapter(title: str) -> str:
    """A made-up chapter page: its title and its table of contents only (a list of links)."""
    toc = '<div class="toc"><p><b>Table of Contents</b></p><dl class="toc"><dt>Listed</dt></dl></div>'
    return f'<div class="chapter">{_title(2, "dialogs", title)}{toc}</div>'


ORIGINAL = {
    "crop": ("The Crop Tool is used to crop or clip an image.",),
    "options": ("Normally, tool options are displayed in a window attached under the Toolbox.",),
    # the locales have it between their own quotation marks: still the original's
    "activate": ("You can activate the tool through the “Tools” menu, or by pressing Shift+C.",),
    # the locales translate its cross-reference: not the original's, but in English
    "docking": ("The “Crop” dialog is dockable; see Section 2.3, “Dialogs and Docking” for help on it.",),
    "reset": (
        "Reset",
        "Apply",
        "The long paragraph about resetting the options, left in English everywhere.",
    ),
}
LEGAL = "Permission is granted to copy, distribute and/or modify this document."


def _crop(text: dict[str, tuple[str, ...]]) -> str:
    """The Crop tool's page: its section (sect2), then four subsections (sect3)."""
    inner = "".join(
        _section("sect3", anchor, anchor.title(), *text[anchor])
        for anchor in ("options", "activate", "docking")
    ) + _section("sect3", "reset", "Reset", *text["reset"])
    return _section("sect2", "gimp-tool-crop", "4.4. Crop", *text["crop"], inner=inner)


def _files(
    locale: str, text: dict[str, tuple[str, ...]], legal: str, extra: dict[str, str] | None = None
) -> dict[str, str]:
    """A locale's package: the Crop tool's page, a chapter's table of contents, the licence's pages, the
    bibliography, the index, the title page, an image and a style sheet, in its own folder."""
    folder = f"{sources.GIMP_HELP_DIR}{locale}/"
    return {
        folder + "gimp-tool-crop.html": _page("gimp-tool-crop", _crop(text)),
        folder + "dialogs.html": _page("dialogs", _toc_chapter("Chapter 15. Dialogs")),
        folder + "legal.html": _page("legal", _section("appendix", "legal", "GFDL", legal)),
        folder + "gfdl-1.html": _page("gfdl-1", _section("sect1", "gfdl-1", "1. APPLICABILITY", legal)),
        folder + "bibliography.html": _page("bibliography", _section("sect1", "bib", "Bibliography", legal)),
        folder + "gimp-help-index.html": _page("gimp-help-index", _section("sect1", "ix", "Index", legal)),
        folder + "index.html": _page("index", f'<div class="book"><p>{legal} (title page)</p></div>'),
        folder + "images/toolbox/toolbox-crop.png": "not a page",
        folder + "gimp-help-plain.css": "body {}",
        **{folder + name: page for name, page in (extra or {}).items()},
    }  # fmt: skip


def _latin(loc: str) -> dict[str, tuple[str, ...]]:
    """A Latin-script locale's made-up translation (each locale's its own: a text two locales share is
    one row): crop and options translated; activate the original's between „...“; docking the original's
    with its cross-reference translated; reset two translated labels over a long paragraph in English."""
    return {
        "crop": (f"Das Zuschneiden-Werkzeug schneidet ein Bild zu ({loc}).",),
        "options": (f"Die Werkzeugeinstellungen stehen im Werkzeugkasten ({loc}).",),
        "activate": ("You can activate the tool through the „Tools“ menu, or by pressing Shift+C.",),
        "docking": ("The „Crop“ dialog is dockable; see Skyrius 2.3, „Dialogai ir dokai“ for help on it.",),
        "reset": (f"Zurücksetzen ({loc})", "Anwenden", ORIGINAL["reset"][2]),
    }


SCRIPT_TEXT = {
    "ja": ("切り抜きツールは画像を切り抜きます。", "ツールオプションはツールボックスの下にあります。"),
    "ko": ("자르기 도구는 이미지를 자릅니다.", "도구 옵션은 도구 상자 아래에 있습니다."),
    "ru": (
        "Инструмент «Кадрирование» обрезает изображение.",
        "Параметры инструмента под панелью инструментов.",
    ),
}


def _scripted(loc: str) -> dict[str, tuple[str, ...]]:
    """A locale in its own script: crop and options translated, the rest as the original has it."""
    return {**ORIGINAL, "crop": SCRIPT_TEXT[loc][:1], "options": SCRIPT_TEXT[loc][1:]}


def _packages() -> dict[str, dict[str, str]]:
    return {
        "gimp-help-en": _files("en", ORIGINAL, LEGAL),
        **{f"gimp-help-{loc}": _files(loc, _latin(loc), f"Die Erlaubnis ({loc}).") for loc in LATIN},
        **{f"gimp-help-{loc}": _files(loc, _scripted(loc), SCRIPT_TEXT[loc][0]) for loc in SCRIPTS},
    }


def test_gimp_help_reads_nine_locales_each_from_its_own_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """One call of the helper the earlier books are read through (`_reference_by`), with this source's
    name, packages, the three scripts, the English original, the manual's page reader and DocBook's
    section starts: a row is a section, its heading and its own paragraphs up to its next subsection."""
    fake_debs(monkeypatch, _packages())
    rows = sources.gimp_help_de_es_fr_it_ja_ko_lt_nn_ru()
    # left out: activate, docking and reset (English: between other quotation marks, with a translated
    # cross-reference, under translated labels), the chapter (a table of contents), the licence's pages,
    # the bibliography, the index, the title page, the image and style sheet, the English original
    for loc in (*LATIN, *SCRIPTS):
        ids = [r.id for r in rows if r.id.startswith(f"{loc}/")]
        assert ids == [f"{loc}/gimp-tool-crop/gimp-tool-crop", f"{loc}/gimp-tool-crop/options"], loc
    by_id = {r.id: r for r in rows}
    # the section up to its first subsection, as a reader copies it: the figure's caption and the
    # paragraph a line each; nothing of the navigation
    assert by_id["lt/gimp-tool-crop/gimp-tool-crop"].text == (
        "4.4. Crop\nFigure 14.1. 4.4. Crop\nDas Zuschneiden-Werkzeug schneidet ein Bild zu (lt)."
    )
    assert by_id["ko/gimp-tool-crop/options"].text == "Options\nFigure 14.1. Options\n" + SCRIPT_TEXT["ko"][1]
    assert by_id["ja/gimp-tool-crop/options"].label == "ja/gimp-tool-crop/options/ja"
    assert len(rows) == 2 * 9
    assert all(r.source == SOURCE and r.split == "dev" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


def test_a_paragraph_is_compared_with_the_originals_by_its_letters_and_digits() -> None:
    """The stylesheets put each locale's quotation marks around an untranslated paragraph's quoted words."""
    german = sources._letters_and_digits("You can activate the tool through the „Tools“ menu.")
    assert german == sources._letters_and_digits("You can activate the tool through the “Tools” menu.")
    assert german == sources._letters_and_digits("You can activate  the tool through the «Tools» menu .")
    assert sources._letters_and_digits("Шаг 2: «Кадрирование»") == "Шаг2Кадрирование"


def test_a_latin_section_is_told_by_its_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reset's two translated labels do not outvote its long paragraph left in English; with that one
    translated it is kept. A section naming a reserved collection is left out."""
    spanish = {
        **_latin("es"),
        "reset": ("Restablecer", "Aplicar", "Un párrafo largo sobre las opciones (es)."),
    }
    named = {**_latin("fr"), "options": ("Die Werkzeugeinstellungen (fr) garak.",)}
    fake_debs(
        monkeypatch,
        {
            **_packages(),
            "gimp-help-es": _files("es", spanish, "Permiso (es)."),
            "gimp-help-fr": _files("fr", named, "Permission (fr)."),
        },
    )
    ids = {r.id for r in sources.gimp_help_de_es_fr_it_ja_ko_lt_nn_ru()}
    assert "es/gimp-tool-crop/reset" in ids and "de/gimp-tool-crop/reset" not in ids
    assert "fr/gimp-tool-crop/options" not in ids and "fr/gimp-tool-crop/gimp-tool-crop" in ids


def test_a_script_section_is_told_by_its_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Japanese, Korean and Russian by their scripts, not by the original: a Russian section in the Latin
    script of another wording than the original's is left out."""
    latin = {**_scripted("ru"), "options": ("Tool options sit under the toolbox.",)}
    fake_debs(monkeypatch, {**_packages(), "gimp-help-ru": _files("ru", latin, SCRIPT_TEXT["ru"][0])})
    ids = {r.id for r in sources.gimp_help_de_es_fr_it_ja_ko_lt_nn_ru()}
    assert "ru/gimp-tool-crop/options" not in ids and "ru/gimp-tool-crop/gimp-tool-crop" in ids
    assert "ko/gimp-tool-crop/options" in ids


@pytest.mark.parametrize("missing", ["en", "de", "ko", "ru"])
def test_gimp_help_without_a_locale_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    fake_debs(monkeypatch, {k: v for k, v in _packages().items() if k != f"gimp-help-{missing}"})
    with pytest.raises(
        RuntimeError,
        match=rf"gimp-help-{missing}=2\.10\.34-2: usr/share/gimp/2\.0/help/{missing}/<page>\.html not found",
    ):
        sources.gimp_help_de_es_fr_it_ja_ko_lt_nn_ru()
