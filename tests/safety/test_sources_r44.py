"""Round 44's held-out sources: debian-reference-de-es-fr-id-it-pt-zh-tw (Debian Reference, the book
debian-reference reads, in its German, Spanish, French, Indonesian, Italian, Portuguese and Traditional
Chinese translations: real documentation), loaded from made-up Debian packages (never the real ones: a
clean clone's test run has no network): one row a translated section of its seven locales, read through
the helper debian-reference reads the book with (whose test shows the markup, what a page leaves out and
the cut), a Latin-script translation told by the English original's paragraphs (the installation guide's
original-paragraph test), zh-tw by its script, and a missing translation or original failing loudly with
its package."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_deb, reference_page, reference_section
from tests.support.round_sources import assert_held_out

ROUND_44 = (sources.debian_reference_de_es_fr_id_it_pt_zh_tw,)
LATIN = ("de", "es", "fr", "id", "it", "pt")


def test_round_44_sources_are_held_out_in_round_44_after_every_other_loader() -> None:
    i = assert_held_out(ROUND_44, 44)  # real content: not a hard negative
    assert sources.LOADERS[-len(ROUND_44) :] == ROUND_44  # last of all
    assert sources.LOADERS.index(sources.authored_wild_r43_benign) < i  # after the round-43 sources
    # pinned (sha256, fetched by apt-get download), the version debian-reference reads, other locales
    packages = (*sources.DEBIAN_REFERENCE_DE_ES_FR_ID_IT_PT_ZH_TW, sources.DEBIAN_REFERENCE_ORIGINAL)
    assert all(spec.startswith("debian-reference-") and len(sha256) == 64 for spec, sha256 in packages)
    assert {spec.split("=")[1] for spec, _ in (*packages, *sources.DEBIAN_REFERENCE)} == {"2.100"}
    locales = [
        sources._reference_locale(spec) for spec, _ in sources.DEBIAN_REFERENCE_DE_ES_FR_ID_IT_PT_ZH_TW
    ]
    assert locales == [*LATIN, "zh-tw"]
    assert not {*locales, "en"} & {sources._reference_locale(spec) for spec, _ in sources.DEBIAN_REFERENCE}
    assert sources._reference_locale(sources.DEBIAN_REFERENCE_ORIGINAL[0]) == "en"


REF = sources.DEBIAN_REFERENCE_DIR
ORIGINAL = ("Use <code>apt</code> to manage packages.", "Run it as root.")

PAGES = {
    REF + "ch02.en.html": reference_page(
        reference_section("_apt", "2.1. apt basics", *ORIGINAL),
        reference_section("_tips", "2.2. Tips", "This tip was not translated."),
    ),
    **{REF + f"ch02.{loc}.html": reference_page(
        reference_section("_apt", "2.1. apt", f"Übersetzt ({loc}).", "Run it as root.", "Siehe <code>man apt</code>."),
        reference_section("_tips", "2.2. Tips", "This tip was not translated."),
    ) for loc in LATIN},
    REF + "ch03.de.html": reference_page(reference_section("_orphan", "3.1. Ohne Original", "Kein Original.")),
    REF + "ch02.zh-tw.html": reference_page(
        reference_section("_apt", "2.1. apt 基礎", "使用 <code>apt</code> 管理套件。"),
        reference_section("_tips", "2.2. Tips", "This tip was not translated."),
    ),
    REF + "ch02.pt-br.html": reference_page(reference_section("_apt", "2.1. apt", "Traduzido (pt-br).")),
    REF + "ch02.ja.html": reference_page(reference_section("_apt", "2.1. apt の基本", "訳されています。")),
}  # fmt: skip


def test_debian_reference_de_es_fr_id_it_pt_zh_tw_reads_its_seven_locales_through_the_books_helper(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One call of the helper debian-reference reads the book through (`_reference_by`), with this source's
    name, packages, zh-tw's script and the English original: what a page leaves out, the markup and the
    cut are shown on debian-reference (test_sources_r39)."""
    fake_deb(monkeypatch, PAGES)  # each pinned package is served these files: each reads its locale's pages
    rows = sources.debian_reference_de_es_fr_id_it_pt_zh_tw()
    assert [r.id for r in rows] == [f"{loc}/ch02/_apt" for loc in (*LATIN, "zh-tw")]
    # left out: each locale's untranslated section (the original's paragraph; in zh-tw no Han letter), the
    # page without an English original, the English original itself, pt-br and ja (not this source's)
    assert (
        rows[0].text == "2.1. apt\nÜbersetzt (de).\nRun it as root.\nSiehe man apt."
    )  # one of three the original's
    assert rows[-1].text == "2.1. apt 基礎\n使用 apt 管理套件。"
    assert all(r.source == "debian-reference-de-es-fr-id-it-pt-zh-tw" and r.split == "held_out" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


@pytest.mark.parametrize("missing", ["en", "zh-tw", "de"])
def test_debian_reference_de_es_fr_id_it_pt_zh_tw_without_a_locale_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    fake_deb(monkeypatch, {k: v for k, v in PAGES.items() if not k.endswith(f".{missing}.html")})
    with pytest.raises(
        RuntimeError,
        match=rf"debian-reference-{missing}=2\.100: usr/share/debian-reference/<page>\.{missing}\.html",
    ):
        sources.debian_reference_de_es_fr_id_it_pt_zh_tw()
