"""Round 47's real-content source, held out in rounds 47-49 and dev since round 50:
debian-edu-doc-da-de-es-fr-it-ja-nb-no-nl-pt-br-zh-cn (the Debian Edu / Skolelinux 12 Bookworm manual, the manual of Debian's distribution for schools, in its Danish, German,
Spanish, French, Italian, Japanese, Norwegian Bokmål, Dutch, Brazilian Portuguese and Simplified Chinese
translations: real content), loaded from made-up Debian packages (never the real ones: a clean clone's test
run has no network): one row a section of its ten locales, read through the helper Debian Reference, the
Debian FAQ and the New Maintainers' Guide are read with (whose tests show the markup, what a page leaves out
and the cut: the manual's markup is the same), each package's one page (the Bookworm manual, whose file name
holds no locale) in its own documentation folder, a Latin-script translation told by the English original's
paragraphs, ja and zh-cn by their scripts, and a missing translation or original failing loudly with its
package."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_deb, reference_page, reference_section
from tests.support.round_sources import assert_promoted

ROUND_47 = (sources.debian_edu_doc_da_de_es_fr_it_ja_nb_no_nl_pt_br_zh_cn,)
SOURCE = "debian-edu-doc-da-de-es-fr-it-ja-nb-no-nl-pt-br-zh-cn"
LATIN = ("da", "de", "es", "fr", "it", "nb-no", "nl", "pt-br")
SCRIPTS = ("ja", "zh-cn")


def test_round_47_sources_are_dev_since_round_50_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 47-49 (three looks), then promoted with the round's blind-written sets
    (tests/safety/test_sources_r47w.py) and their encoded set (`encoded-r47`, the former `heldout-encoded`:
    the attack source's instruction-override rows through our encoders); real content: not a hard
    negative."""
    wild = (sources.authored_wild_r47, sources.authored_wild_r47_benign)
    assert_promoted((*ROUND_47, *wild), sources.encoded_r47, after=sources.encoded_r46)  # after round 46's
    # pinned (sha256, fetched by apt-get download), one version, the English original beside the ten
    specs = sources.DEBIAN_EDU_DOC_DA_DE_ES_FR_IT_JA_NB_NO_NL_PT_BR_ZH_CN
    packages = (*specs, sources.DEBIAN_EDU_DOC_ORIGINAL)
    assert all(spec.startswith("debian-edu-doc-") and len(sha256) == 64 for spec, sha256 in packages)
    assert {spec.split("=")[1] for spec, _ in packages} == {"2.12.23~deb12u1"}
    assert len({sha256 for _, sha256 in packages}) == len(packages)
    assert not any("legacy" in spec for spec, _ in packages)  # the older releases' manuals are not read
    locales = [sources._debian_edu_locale(spec) for spec, _ in specs]
    assert locales == sorted((*LATIN, *SCRIPTS))  # no pt-pt: a near copy of pt-br
    assert sources._debian_edu_locale(sources.DEBIAN_EDU_DOC_ORIGINAL[0]) == "en"
    assert set(sources.DEBIAN_EDU_DOC_SCRIPTS) == set(SCRIPTS)  # the other eight by the original's paragraphs
    scripts = sources.DEBIAN_EDU_DOC_SCRIPTS
    assert scripts["ja"].search("す") and scripts["zh-cn"].search("务") and not scripts["ja"].search("务")


ORIGINAL = ("Install the <code>education-main-server</code> profile.", "Then reboot the server.")
SCRIPT_SECTION = {
    "ja": ("6.1. メインサーバ", "<code>education-main-server</code> プロファイルをインストールします。"),
    "zh-cn": ("6.1. 主服务器", "安装 <code>education-main-server</code> 配置。"),
}
NO_PARAGRAPH = reference_section("Installation", "6. Installation")  # a chapter's heading only


def _doc(locale: str) -> str:
    """The folder of a locale's package: its own documentation folder (the original's, `en`)."""
    return f"usr/share/doc/debian-edu-doc-{locale}/"


def _manual(title: str, *paras: str) -> str:
    """A made-up Bookworm manual in one locale: a heading without a paragraph, its translated section, then
    one left in English."""
    return reference_page(
        NO_PARAGRAPH,
        reference_section("idm345", title, *paras),
        reference_section("idm350", "6.2. Tips", "This section was not translated."),
    )


BOOKWORM = "debian-edu-bookworm-manual.html"
PAGES = {
    _doc("en") + BOOKWORM: _manual("6.1. Main server", *ORIGINAL),
    _doc("en") + "debian-edu-bookworm-manual.pdf": "not a page",
    **{_doc(loc) + BOOKWORM: _manual(
        "6.1. Hovedserver", f"Oversat ({loc}).", "Then reboot the server.", "Se <code>gosa</code>."
    ) for loc in LATIN},
    **{_doc(loc) + BOOKWORM: _manual(*SCRIPT_SECTION[loc]) for loc in SCRIPTS},
    # the Bullseye manual beside it (an older edition) and its copies: not read
    _doc("da") + "debian-edu-bullseye-manual.html": _manual("6.1. Gammel", "Den gamle manual."),
    _doc("da") + "debian-edu-bookworm-manual.epub": "not a page",
    # European Portuguese (not this source's), a legacy manual, a page without an English original
    _doc("pt-pt") + BOOKWORM: _manual("6.1. Servidor", "Traduzido (pt-pt)."),
    "usr/share/doc/debian-edu-doc/legacy-da/" + BOOKWORM: _manual("6.1. Gammel", "Forældet."),
    _doc("fr") + "old/" + BOOKWORM: _manual("6.1. Ancien", "Sans original (old/debian-edu)."),
}  # fmt: skip


def test_debian_edu_doc_reads_ten_locales_through_the_books_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    """One call of the helper Debian Reference, the FAQ and the New Maintainers' Guide are read through
    (`_reference_by`), with this source's name, packages, the two scripts, the English original and the
    manual's page reader: a row is a section."""
    fake_deb(monkeypatch, PAGES)  # each pinned package is served these files: each reads its own folder
    rows = sources.debian_edu_doc_da_de_es_fr_it_ja_nb_no_nl_pt_br_zh_cn()
    # left out: each locale's untranslated section (the original's paragraph; in ja and zh-cn no letter of
    # its script), the heading without a paragraph, the Bullseye manual, the PDF and EPUB copies, the English
    # original, pt-pt (not this source's), the legacy folder, a page without an original
    assert [r.id for r in rows] == [f"{loc}/debian-edu/idm345" for loc in sorted((*LATIN, *SCRIPTS))]
    by_id = {r.id: r for r in rows}
    assert by_id["nb-no/debian-edu/idm345"].text == (
        "6.1. Hovedserver\nOversat (nb-no).\nThen reboot the server.\nSe gosa."
    )
    assert by_id["zh-cn/debian-edu/idm345"].text == "6.1. 主服务器\n安装 education-main-server 配置。"
    assert by_id["ja/debian-edu/idm345"].label == "ja/debian-edu/idm345/ja"
    assert all(r.source == SOURCE and r.split == "dev" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


def test_a_latin_section_is_told_by_the_originals_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Danish with half its paragraphs the original's is left out (not more than half translated); with
    one more of its own it is kept, and so is a section whose paragraphs are all its own."""
    half = _manual("6.1. Hovedserver", "Installer profilen.", "Then reboot the server.")
    fake_deb(monkeypatch, {**PAGES, _doc("da") + BOOKWORM: half})
    ids = {r.id for r in sources.debian_edu_doc_da_de_es_fr_it_ja_nb_no_nl_pt_br_zh_cn()}
    assert "da/debian-edu/idm345" not in ids and "de/debian-edu/idm345" in ids
    more = _manual("6.1. Hovedserver", "Installer profilen.", "Then reboot the server.", "Genstart den.")
    fake_deb(monkeypatch, {**PAGES, _doc("da") + BOOKWORM: more})
    ids = {r.id for r in sources.debian_edu_doc_da_de_es_fr_it_ja_nb_no_nl_pt_br_zh_cn()}
    assert "da/debian-edu/idm345" in ids


@pytest.mark.parametrize(
    ("missing", "package"),
    [("en", "debian-edu-doc-en"), ("nb-no", "debian-edu-doc-nb-no"), ("zh-cn", "debian-edu-doc-zh-cn")],
)
def test_debian_edu_doc_without_a_locale_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, missing: str, package: str
) -> None:
    fake_deb(monkeypatch, {k: v for k, v in PAGES.items() if not k.startswith(_doc(missing))})
    with pytest.raises(
        RuntimeError,
        match=rf"{package}=2\.12\.23~deb12u1: usr/share/doc/{package}/<page>-bookworm-manual\.html not found",
    ):
        sources.debian_edu_doc_da_de_es_fr_it_ja_nb_no_nl_pt_br_zh_cn()


def test_a_page_file_name_without_a_locale_is_read_by_its_suffix(monkeypatch: pytest.MonkeyPatch) -> None:
    """`_packaged_pages` reads `<folder><page>.<locale>.html` by default (Debian Reference, the FAQ, the
    New Maintainers' Guide) and `<folder><page><suffix>` given a suffix: the manual's one page."""
    files = {
        "usr/share/doc/book/intro.da.html": "a",
        "usr/share/doc/book/index.da.html": "toc",
        "usr/share/doc/book/debian-edu-bookworm-manual.html": "b",
        "usr/share/doc/book/debian-edu-bullseye-manual.html": "c",
    }
    fake_deb(monkeypatch, files)
    spec, sha = sources.DEBIAN_EDU_DOC_ORIGINAL
    folder = "usr/share/doc/book/"
    assert sources._packaged_pages(spec, sha, "GPL-2+", folder, "da") == {"intro": b"a"}
    assert sources._packaged_pages(spec, sha, "GPL-2+", folder, "da", "-bookworm-manual.html") == {
        "debian-edu": b"b"
    }
