"""Round 43's held-out sources: installation-guide-ca-cs-da-nl-ro-sv (the Debian installation guide in its
Catalan, Czech, Danish, Dutch, Romanian and Swedish translations: real documentation), loaded from a
made-up Debian package (never the real one: a clean clone's test run has no network): one row a
translated section as a reader copies it off the page, a translation in the original's script told by
the English original's paragraphs (as installation-guide-latin's, through the same helper), what is left
out, the cut, and a missing translation or original failing loudly with its package."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_deb, guide_page, guide_section
from tests.support.round_sources import assert_held_out

ROUND_43 = (sources.installation_guide_ca_cs_da_nl_ro_sv,)


def test_round_43_sources_are_held_out_in_round_43_after_every_other_loader() -> None:
    i = assert_held_out(ROUND_43, 43)  # real content: not a hard negative
    assert sources.LOADERS[-len(ROUND_43) :] == ROUND_43  # last of all
    assert sources.LOADERS.index(sources.authored_judge_r42_benign) < i  # after the round-42 sources
    # the same pinned package as the three other installation-guide sources, its last other translations
    used = {
        *sources.INSTALLATION_GUIDE_SCRIPT,
        *sources.INSTALLATION_GUIDE_LATIN,
        *sources.INSTALLATION_GUIDE_EL_JA_RU_ZH,
    }
    assert not set(sources.INSTALLATION_GUIDE_CA_CS_DA_NL_RO_SV) & used
    assert sources.INSTALLATION_GUIDE_ORIGINAL not in sources.INSTALLATION_GUIDE_CA_CS_DA_NL_RO_SV


GUIDE = sources.INSTALLATION_GUIDE_DIR
LONG = "En lang förklaring.\n" * (sources.HELD_OUT_ROW_MAX // 10)

PAGES = {
    GUIDE + "en/ch02s01.html": guide_page(
        guide_section(1, "hardware", "2.1. Supported Hardware", "Debian supports <code>amd64</code>.", "Run it as root."),
        guide_section(2, "cpu", "2.1.1. CPU", "This paragraph  was not\ntranslated.", "Nor was this one."),
    ),
    GUIDE + "en/ch02.html": guide_page(opening='<div class="chapter"><p>This chapter describes it.</p>\n'),
    GUIDE + "cs/ch02s01.html": guide_page(
        guide_section(1, "hardware", "2.1. Podporovaný hardware", "Debian podporuje <code>amd64</code>.", "Run it as root.", "Viz &lt;man apt&gt;."),
        guide_section(2, "cpu", "2.1.1. CPU", "This paragraph was not translated.", "Nor was <em>this</em> one.", "Přeloženo."),
        guide_section(2, "reserved", "2.1.2. garak", "garak je nástroj.", "Jeden nástroj."),
    ),
    GUIDE + "cs/ch02.html": guide_page(opening='<div class="chapter"><p>Tato kapitola to popisuje.</p>\n'),
    GUIDE + "cs/ch09.html": guide_page(guide_section(1, "orphan", "9.1. Bez originálu", "Žádný anglický originál.")),
    GUIDE + "cs/index.html": guide_page(guide_section(1, "toc", "Instalační příručka", "Obsah.")),
    GUIDE + "cs/install.cs.pdf.gz": "%PDF-1.5",
    GUIDE + "sv/ch02s01.html": guide_page(
        guide_section(1, "hardware", "2.1. Hårdvara som stöds", "Debian stöder <code>amd64</code>."),
        guide_section(3, "long", "2.1.0.1. Ett långt avsnitt", LONG),
    ),
    GUIDE + "da/ch02s01.html": guide_page(
        guide_section(2, "cpu", "2.1.1. CPU", "Dette afsnit er oversat.", "This paragraph was not translated."),
    ),
    GUIDE + "de/ch02s01.html": guide_page(guide_section(1, "hardware", "2.1. Hardware", "Übersetzt.")),
    **{GUIDE + f"{loc}/ch02s01.html": guide_page(guide_section(1, "hw", "2.1. Hardware", f"Vertaald ({loc}).")) for loc in ("ca", "nl", "ro")},
}  # fmt: skip


def test_installation_guide_ca_cs_da_nl_ro_sv_keeps_each_section_that_is_not_the_english_originals(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_deb(monkeypatch, PAGES)
    rows = sources.installation_guide_ca_cs_da_nl_ro_sv()
    assert [(r.id, r.family, r.attack, r.label.rsplit("/", 1)[0]) for r in rows] == [
        ("ca/ch02s01/hw", "rag_document", False, "ca/ch02s01/hw"),
        ("cs/ch02s01/hardware", "rag_document", False, "cs/ch02s01/hardware"),
        ("nl/ch02s01/hw", "rag_document", False, "nl/ch02s01/hw"),
        ("ro/ch02s01/hw", "rag_document", False, "ro/ch02s01/hw"),
        ("sv/ch02s01/hardware", "rag_document", False, "sv/ch02s01/hardware"),
        ("sv/ch02s01/long", "rag_document", False, "sv/ch02s01/long"),
    ]  # left out: cs's section two of whose three paragraphs are the original's (spacing and tags aside),
    # da's one of whose two is, the one naming garak, the chapter page's opening, the page with no English
    # original, the title page, the PDF, the English original itself and the other translations (de)
    assert rows[1].text == (
        "2.1. Podporovaný hardware\nDebian podporuje amd64.\nRun it as root.\nViz <man apt>."
    )  # tags dropped, entities read; one paragraph of three the original's: translated
    assert len(rows[5].text) <= sources.HELD_OUT_ROW_MAX < len(LONG)  # cut like a pasted document
    assert all(r.source == "installation-guide-ca-cs-da-nl-ro-sv" and r.split == "held_out" for r in rows)


@pytest.mark.parametrize(("left_out", "missing"), [("/en/", "en"), ("/da/", "da")])
def test_installation_guide_ca_cs_da_nl_ro_sv_without_a_locale_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, left_out: str, missing: str
) -> None:
    fake_deb(monkeypatch, {k: v for k, v in PAGES.items() if left_out not in k})
    with pytest.raises(
        RuntimeError,
        match=rf"installation-guide-amd64=.*usr/share/doc/installation-guide-amd64/\{{{missing}\}}/<page>\.html",
    ):
        sources.installation_guide_ca_cs_da_nl_ro_sv()
