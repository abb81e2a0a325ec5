"""Round 42's held-out sources: installation-guide-el-ja-ru-zh (the Debian installation guide in its Greek,
Japanese, Russian and Simplified Chinese translations: real documentation), loaded from a made-up Debian
package (never the real one: a clean clone's test run has no network): one row a translated section as a
reader copies it off the page, a translation told by the locale's own script, what is left out, the cut,
and a missing translation failing loudly with its package."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_deb, guide_page, guide_section
from tests.support.round_sources import assert_held_out

ROUND_42 = (sources.installation_guide_el_ja_ru_zh,)


def test_round_42_sources_are_held_out_in_round_42_after_every_other_loader() -> None:
    i = assert_held_out(ROUND_42, 42)  # real content: not a hard negative
    assert sources.LOADERS[-len(ROUND_42) :] == ROUND_42  # last of all
    assert sources.LOADERS.index(sources.authored_wild_r41_benign) < i  # after the round-41 sources
    # the same pinned package as installation-guide and installation-guide-latin, other translations of it
    used = {*sources.INSTALLATION_GUIDE_SCRIPT, *sources.INSTALLATION_GUIDE_LATIN}
    assert not set(sources.INSTALLATION_GUIDE_EL_JA_RU_ZH) & used


GUIDE = sources.INSTALLATION_GUIDE_DIR
LONG = "Длинное объяснение.\n" * (sources.HELD_OUT_ROW_MAX // 10)

PAGES = {
    GUIDE + "en/ch02s01.html": guide_page(
        guide_section(1, "hardware", "2.1. Supported Hardware", "Debian supports it.", "Run it as root."),
    ),
    GUIDE + "el/ch02s01.html": guide_page(
        guide_section(1, "hardware", "2.1. Υποστηριζόμενο υλικό", "Το Debian υποστηρίζει <code>amd64</code>.", "Run it as root.", "Δείτε &lt;man apt&gt;."),
        guide_section(2, "stale", "2.1.1. CPU", "An older wording, never translated.", "Nor was this one.", "Μεταφράστηκε."),
        guide_section(2, "reserved", "2.1.2. garak", "Το garak είναι εργαλείο.", "Ένα εργαλείο."),
    ),
    GUIDE + "el/ch02.html": guide_page(opening='<div class="chapter"><p>Αυτό το κεφάλαιο.</p>\n'),
    GUIDE + "el/index.html": guide_page(guide_section(1, "toc", "Οδηγός εγκατάστασης", "Περιεχόμενα.")),
    GUIDE + "el/install.el.pdf.gz": "%PDF-1.5",
    GUIDE + "ja/ch02s01.html": guide_page(
        guide_section(1, "hardware", "2.1. サポートするハードウェア", "Debian は <code>amd64</code> をサポートします。"),
        guide_section(2, "han", "2.1.1. 中央処理装置", "中央処理装置対応表", "This is English."),
    ),
    GUIDE + "ru/ch02s01.html": guide_page(
        guide_section(1, "hardware", "2.1. Поддерживаемое оборудование", "Debian поддерживает его."),
        guide_section(3, "long", "2.1.0.1. Длинный раздел", LONG),
    ),
    GUIDE + "zh_CN/ch02s01.html": guide_page(
        guide_section(1, "hardware", "2.1. 支持的硬件", "Debian 支持 <code>amd64</code>。"),
        guide_section(2, "greek", "2.1.1. CPU", "Το Debian υποστηρίζει."),
    ),
    GUIDE + "ko/ch02s01.html": guide_page(guide_section(1, "hardware", "2.1. 지원하는 하드웨어", "지원합니다.")),
    GUIDE + "de/ch02s01.html": guide_page(guide_section(1, "hardware", "2.1. Hardware", "Übersetzt.")),
}  # fmt: skip


def test_installation_guide_el_ja_ru_zh_keeps_each_section_in_its_locales_script(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_deb(monkeypatch, PAGES)
    rows = sources.installation_guide_el_ja_ru_zh()
    assert [(r.id, r.family, r.attack, r.label.rsplit("/", 1)[0]) for r in rows] == [
        ("el/ch02s01/hardware", "rag_document", False, "el/ch02s01/hardware"),
        ("ja/ch02s01/hardware", "rag_document", False, "ja/ch02s01/hardware"),
        ("ru/ch02s01/hardware", "rag_document", False, "ru/ch02s01/hardware"),
        ("ru/ch02s01/long", "rag_document", False, "ru/ch02s01/long"),
        ("zh_CN/ch02s01/hardware", "rag_document", False, "zh_CN/ch02s01/hardware"),
    ]  # left out: el's section two of whose three paragraphs are English (none of them the original's: the
    # original-paragraph test would keep it), the one naming garak, ja's whose one paragraph of two holds
    # Han but no kana (Japanese's own script), zh_CN's in Greek, the chapter page's opening, the title page,
    # the PDF, the English original itself and the other translations (ko, de)
    assert rows[0].text == (
        "2.1. Υποστηριζόμενο υλικό\nΤο Debian υποστηρίζει amd64.\nRun it as root.\nΔείτε <man apt>."
    )  # tags dropped, entities read; one English paragraph of three: translated
    assert len(rows[3].text) <= sources.HELD_OUT_ROW_MAX < len(LONG)  # cut like a pasted document
    assert all(r.source == "installation-guide-el-ja-ru-zh" and r.split == "held_out" for r in rows)


def test_installation_guide_el_ja_ru_zh_without_a_translation_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_deb(monkeypatch, {k: v for k, v in PAGES.items() if "/zh_CN/" not in k})
    with pytest.raises(
        RuntimeError,
        match=r"installation-guide-amd64=.*usr/share/doc/installation-guide-amd64/\{zh_CN\}/<page>\.html",
    ):
        sources.installation_guide_el_ja_ru_zh()
