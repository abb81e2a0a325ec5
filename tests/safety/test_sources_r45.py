"""Round 45's held-out sources: debian-faq-de-fr-it-ja-ko-nl-pt-ru-zh-cn (the Debian FAQ, users' questions
about Debian with their answers, in its German, French, Italian, Japanese, Korean, Dutch, Portuguese,
Russian and Simplified Chinese translations: real content), loaded from made-up Debian packages (never the
real ones: a clean clone's test run has no network): one row an entry (a question section and its answer)
of its nine locales, read through the helper Debian Reference is read with (whose test shows the markup,
what a page leaves out and the cut: the FAQ's markup is the same), a Latin-script translation told by the
English original's paragraphs, ja, ko, ru and zh-cn by their scripts, and a missing translation or original
failing loudly with its package."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_deb, reference_page, reference_section
from tests.support.round_sources import assert_held_out

ROUND_45 = (sources.debian_faq_de_fr_it_ja_ko_nl_pt_ru_zh_cn,)
LATIN = ("de", "fr", "it", "nl", "pt")
SCRIPTS = ("ja", "ko", "ru", "zh-cn")


def test_round_45_sources_are_held_out_in_round_45_after_every_other_loader() -> None:
    i = assert_held_out(ROUND_45, 45)  # real content: not a hard negative
    assert sources.LOADERS[-len(ROUND_45) :] == ROUND_45  # last of all
    assert sources.LOADERS.index(sources.authored_wild_r44_benign) < i  # after the round-44 sources
    # pinned (sha256, fetched by apt-get download), one version, the English original beside the nine
    packages = (*sources.DEBIAN_FAQ_DE_FR_IT_JA_KO_NL_PT_RU_ZH_CN, sources.DEBIAN_FAQ_ORIGINAL)
    assert all(spec.startswith("debian-faq") and len(sha256) == 64 for spec, sha256 in packages)
    assert {spec.split("=")[1] for spec, _ in packages} == {"11.1"}
    locales = [sources._faq_locale(spec) for spec, _ in sources.DEBIAN_FAQ_DE_FR_IT_JA_KO_NL_PT_RU_ZH_CN]
    assert locales == sorted((*LATIN, *SCRIPTS))
    assert sources._faq_locale(sources.DEBIAN_FAQ_ORIGINAL[0]) == "en"
    assert set(sources.DEBIAN_FAQ_SCRIPTS) == set(SCRIPTS)  # the other five by the original's paragraphs


FAQ = sources.DEBIAN_FAQ_DIR
ORIGINAL = ("Use <code>apt</code> to manage packages.", "Run it as root.")
SCRIPT_ENTRY = {
    "ja": ("6.1. apt とは?", "<code>apt</code> でパッケージを管理します。"),
    "ko": ("6.1. apt란?", "<code>apt</code>로 패키지를 관리합니다."),
    "ru": ("6.1. Что такое apt?", "Используйте <code>apt</code> для управления пакетами."),
    "zh-cn": ("6.1. 什么是 apt?", "使用 <code>apt</code> 管理软件包。"),
}


def _page(title: str, *paras: str) -> str:
    """A made-up FAQ page in one locale: its translated question, then one left in English."""
    return reference_page(
        reference_section("apt", title, *paras),
        reference_section("tips", "6.2. Tips?", "This answer was not translated."),
    )


PAGES = {
    FAQ + "pkgtools.en.html": reference_page(
        reference_section("apt", "6.1. What is apt?", *ORIGINAL),
        reference_section("tips", "6.2. Tips?", "This answer was not translated."),
    ),
    FAQ + "pkgtools.html": reference_page(reference_section("apt", "6.1. A copy", "The original's copy.")),
    FAQ + "index.en.html": reference_page(reference_section("toc", "Contents", "The FAQ's contents.")),
    **{FAQ + f"{loc}/pkgtools.{loc}.html": _page(
        "6.1. Was ist apt?", f"Übersetzt ({loc}).", "Run it as root.", "Siehe <code>man apt</code>."
    ) for loc in LATIN},
    **{FAQ + f"{loc}/pkgtools.{loc}.html": _page(*SCRIPT_ENTRY[loc]) for loc in SCRIPTS},
    FAQ + "de/index.de.html": reference_page(reference_section("toc", "Inhalt", "Das Inhaltsverzeichnis.")),
    FAQ + "de/kernel.de.html": reference_page(reference_section("orphan", "7.1. Ohne Original?", "Kein Original.")),
    FAQ + "es/pkgtools.es.html": reference_page(reference_section("apt", "6.1. ¿Qué es apt?", "Traducido (es).")),
    FAQ + "debian-faq.de.txt.gz": "not a page",
}  # fmt: skip


def test_debian_faq_reads_its_nine_locales_through_the_books_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    """One call of the helper Debian Reference is read through (`_reference_by`), with this source's name,
    packages, the four scripts, the English original and the FAQ's page reader: an entry is its question
    (the section's heading) and its answer."""
    fake_deb(monkeypatch, PAGES)  # each pinned package is served these files: each reads its locale's pages
    rows = sources.debian_faq_de_fr_it_ja_ko_nl_pt_ru_zh_cn()
    assert [r.id for r in rows] == [f"{loc}/pkgtools/apt" for loc in sorted((*LATIN, *SCRIPTS))]
    # left out: each locale's untranslated entry (the original's paragraph; in ja, ko, ru, zh-cn no letter of
    # its script), the page without an English original, the index pages, the text copy, the English
    # original and its unsuffixed copy, es (not this source's)
    by_id = {r.id: r for r in rows}
    assert (
        by_id["de/pkgtools/apt"].text == "6.1. Was ist apt?\nÜbersetzt (de).\nRun it as root.\nSiehe man apt."
    )
    assert by_id["zh-cn/pkgtools/apt"].text == "6.1. 什么是 apt?\n使用 apt 管理软件包。"
    assert by_id["ru/pkgtools/apt"].label == "ru/pkgtools/apt/ru"
    assert all(r.source == "debian-faq-de-fr-it-ja-ko-nl-pt-ru-zh-cn" and r.split == "held_out" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


@pytest.mark.parametrize(
    ("missing", "package", "folder"),
    [("en", "debian-faq", ""), ("ko", "debian-faq-ko", "ko/"), ("nl", "debian-faq-nl", "nl/")],
)
def test_debian_faq_without_a_locale_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, missing: str, package: str, folder: str
) -> None:
    fake_deb(monkeypatch, {k: v for k, v in PAGES.items() if not k.endswith(f".{missing}.html")})
    with pytest.raises(
        RuntimeError, match=rf"{package}=11\.1: usr/share/doc/debian/FAQ/{folder}<page>\.{missing}\.html"
    ):
        sources.debian_faq_de_fr_it_ja_ko_nl_pt_ru_zh_cn()
