"""Round 46's real-content source, held out in rounds 46-48 and dev since round 49:
maint-guide-ca-de-es-fr-it-ja-ru-vi-zh-cn-zh-tw (the Debian New Maintainers' Guide, a tutorial on making a Debian package, in its Catalan, German, Spanish, French, Italian, Japanese,
Russian, Vietnamese, Simplified and Traditional Chinese translations: real content), loaded from made-up
Debian packages (never the real ones: a clean clone's test run has no network): one row a section of its
ten locales, read through the helper Debian Reference and the Debian FAQ are read with (whose test shows
the markup, what a page leaves out and the cut: the guide's markup is the same), each package's pages in its
own documentation folder, a Latin-script translation told by the English original's paragraphs, ja, ru,
zh-cn and zh-tw by their scripts, a page's footnotes read with its last section, and a missing translation
or original failing loudly with its package."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_deb, reference_page, reference_section
from tests.support.round_sources import assert_promoted

ROUND_46 = (sources.maint_guide_ca_de_es_fr_it_ja_ru_vi_zh_cn_zh_tw,)
LATIN = ("ca", "de", "es", "fr", "it", "vi")
SCRIPTS = ("ja", "ru", "zh-cn", "zh-tw")


def test_round_46_sources_are_dev_since_round_49_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 46-48 (three looks), then promoted with the round's blind-written sets
    (tests/safety/test_sources_r46w.py) and their encoded set (`encoded-r46`, the former `heldout-encoded`:
    the attack source's instruction-override rows through our encoders); real content: not a hard
    negative."""
    wild = (sources.authored_wild_r46, sources.authored_wild_r46_benign)
    assert_promoted((*ROUND_46, *wild), sources.encoded_r46, after=sources.encoded_r45)  # after round 45's
    # pinned (sha256, fetched by apt-get download), one version, the English original beside the ten
    packages = (*sources.MAINT_GUIDE_CA_DE_ES_FR_IT_JA_RU_VI_ZH_CN_ZH_TW, sources.MAINT_GUIDE_ORIGINAL)
    assert all(spec.startswith("maint-guide") and len(sha256) == 64 for spec, sha256 in packages)
    assert {spec.split("=")[1] for spec, _ in packages} == {"1.2.53"}
    assert len({sha256 for _, sha256 in packages}) == len(packages)
    specs = sources.MAINT_GUIDE_CA_DE_ES_FR_IT_JA_RU_VI_ZH_CN_ZH_TW
    locales = [sources._maint_guide_locale(spec) for spec, _ in specs]
    assert locales == sorted((*LATIN, *SCRIPTS))
    assert sources._maint_guide_locale(sources.MAINT_GUIDE_ORIGINAL[0]) == "en"
    assert set(sources.MAINT_GUIDE_SCRIPTS) == set(SCRIPTS)  # the other six by the original's paragraphs
    # the FAQ's locales by the same rule, with its own book name
    assert sources._faq_locale("debian-faq-zh-cn=11.1") == "zh-cn"
    assert sources._faq_locale("debian-faq=11.1") == "en"


ORIGINAL = ("Install <code>dh-make</code> first.", "Run it in the source tree.")
SCRIPT_SECTION = {
    "ja": ("2.1. 作業の流れ", "まず <code>dh-make</code> をインストールします。"),
    "ru": ("2.1. Порядок работы", "Сначала установите <code>dh-make</code>."),
    "zh-cn": ("2.1. 工作流程", "首先安装 <code>dh-make</code>。"),
    "zh-tw": ("2.1. 工作流程", "首先安裝 <code>dh-make</code>。"),
}
FOOTNOTES = '<div class="footnotes"><p>[1] See <code>dh_make(8)</code>.</p></div>\n'


def _html(locale: str) -> str:
    """The folder of a locale's pages: each package's own documentation folder (the original's, `en`)."""
    return f"usr/share/doc/maint-guide{'' if locale == 'en' else '-' + locale}/html/"


def _page(title: str, *paras: str) -> str:
    """A made-up guide page in one locale: its translated section, then one left in English, then the
    page's footnotes."""
    return reference_page(
        reference_section("workflow", title, *paras),
        reference_section("tips", "2.2. Tips", "This section was not translated."),
        FOOTNOTES,
    )


PAGES = {
    _html("en") + "first.en.html": _page("2.1. Workflow", *ORIGINAL),
    _html("en") + "index.en.html": reference_page(reference_section("toc", "Contents", "The guide's contents.")),
    _html("en") + "debian.css": "body { margin: 0 }",
    **{_html(loc) + f"first.{loc}.html": _page(
        "2.1. Arbeitsablauf", f"Übersetzt ({loc}).", "Run it in the source tree.", "Siehe <code>dh_make</code>."
    ) for loc in LATIN},
    **{_html(loc) + f"first.{loc}.html": _page(*SCRIPT_SECTION[loc]) for loc in SCRIPTS},
    _html("de") + "index.de.html": reference_page(reference_section("toc", "Inhalt", "Das Inhaltsverzeichnis.")),
    _html("de") + "build.de.html": reference_page(reference_section("orphan", "6.1. Ohne Original?", "Kein Original.")),
    _html("pt") + "first.pt.html": _page("2.1. Fluxo", "Traduzido (pt)."),
    _html("fr") + "first.de.html": _page("2.1. Falscher Ordner", "Im Ordner von fr."),
    "usr/share/doc/maint-guide-de/maint-guide.de.txt.gz": "not a page",
}  # fmt: skip


def test_maint_guide_reads_its_ten_locales_through_the_books_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    """One call of the helper Debian Reference and the FAQ are read through (`_reference_by`), with this
    source's name, packages, the four scripts, the English original and the guide's page reader: a row is
    a section, the last with its page's footnotes."""
    fake_deb(monkeypatch, PAGES)  # each pinned package is served these files: each reads its own folder
    rows = sources.maint_guide_ca_de_es_fr_it_ja_ru_vi_zh_cn_zh_tw()
    # left out: each locale's untranslated section (the original's paragraph; in ja, ru, zh-cn, zh-tw no
    # letter of its script), the page without an English original, the index pages, the stylesheet, the
    # text copy, the English original, pt (not this source's), a page in another package's folder
    assert [r.id for r in rows] == [f"{loc}/first/workflow" for loc in sorted((*LATIN, *SCRIPTS))]
    by_id = {r.id: r for r in rows}
    assert by_id["vi/first/workflow"].text == (
        "2.1. Arbeitsablauf\nÜbersetzt (vi).\nRun it in the source tree.\nSiehe dh_make."
    )
    assert by_id["zh-tw/first/workflow"].text == "2.1. 工作流程\n首先安裝 dh-make。"
    assert by_id["ru/first/workflow"].label == "ru/first/workflow/ru"
    assert all(
        r.source == "maint-guide-ca-de-es-fr-it-ja-ru-vi-zh-cn-zh-tw" and r.split == "dev" for r in rows
    )
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


def test_a_pages_footnotes_are_read_with_its_last_section(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a reader copies the page's last section: its footnotes follow it (Debian Reference's too)."""
    translated = reference_page(
        reference_section("workflow", "2.1. 工作流程", "首先安装 <code>dh-make</code>。"),
        reference_section("tips", "2.2. 提示", "在源代码树中运行。", "另见 <code>dh_make</code>。"),
        FOOTNOTES,
    )
    fake_deb(monkeypatch, {**PAGES, _html("zh-cn") + "first.zh-cn.html": translated})
    by_id = {r.id: r for r in sources.maint_guide_ca_de_es_fr_it_ja_ru_vi_zh_cn_zh_tw()}
    assert by_id["zh-cn/first/workflow"].text == "2.1. 工作流程\n首先安装 dh-make。"
    assert by_id["zh-cn/first/tips"].text == (
        "2.2. 提示\n在源代码树中运行。\n另见 dh_make。\n[1] See dh_make(8)."
    )


@pytest.mark.parametrize(
    ("missing", "package"),
    [("en", "maint-guide"), ("vi", "maint-guide-vi"), ("zh-tw", "maint-guide-zh-tw")],
)
def test_maint_guide_without_a_locale_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, missing: str, package: str
) -> None:
    fake_deb(monkeypatch, {k: v for k, v in PAGES.items() if not k.endswith(f".{missing}.html")})
    with pytest.raises(
        RuntimeError, match=rf"{package}=1\.2\.53: usr/share/doc/{package}/html/<page>\.{missing}\.html"
    ):
        sources.maint_guide_ca_de_es_fr_it_ja_ru_vi_zh_cn_zh_tw()
