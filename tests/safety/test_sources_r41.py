"""Round 41's held-out sources: installation-guide-latin (the Debian installation guide in its German,
Spanish, French, Indonesian, Italian and Portuguese translations: real documentation), loaded from a
made-up Debian package (never the real one: a clean clone's test run has no network): one row a
translated section as a reader copies it off the page, a translation in the original's script told by
the English original's paragraphs, what is left out, the cut, and a missing original failing loudly with
its package."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_deb
from tests.support.round_sources import assert_held_out

ROUND_41 = (sources.installation_guide_latin,)


def test_round_41_sources_are_held_out_in_round_41_after_every_other_loader() -> None:
    i = assert_held_out(ROUND_41, 41)  # real content: not a hard negative
    assert sources.LOADERS[-len(ROUND_41) :] == ROUND_41  # last of all
    assert sources.LOADERS.index(sources.authored_wild_r40_benign) < i  # after the round-40 sources
    # the same pinned package as installation-guide, other translations of it
    assert not set(sources.INSTALLATION_GUIDE_LATIN) & set(sources.INSTALLATION_GUIDE_SCRIPT)


GUIDE = sources.INSTALLATION_GUIDE_DIR
LONG = "Eine lange Erklärung.\n" * (sources.HELD_OUT_ROW_MAX // 10)


def _section(level: int, anchor: str, title: str, *paras: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<div class="sect{level}">\n<div class="titlepage"><div><div><h{level + 1} class="title">\n'
        f'<a name="{anchor}"></a>{title}</h{level + 1}></div></div></div>\n{body}\n'
    )


def _page(*sections: str, opening: str = "") -> str:
    return (
        '<html><body><div class="navheader"><a href="ch01.html">Zurück</a></div>\n'
        + opening
        + "".join(sections)
        + "</div>" * len(sections)
        + '\n<div class="navfooter"><p>Weiter</p></div></body></html>'
    )


ENGLISH = _page(
    _section(
        1, "hardware", "2.1. Supported Hardware", "Debian supports <code>amd64</code>.", "Run it as root."
    ),
    _section(2, "cpu", "2.1.1. CPU", "This paragraph  was not\ntranslated.", "Nor was this one."),
    _section(2, "commands", "2.1.2. Commands", "<code>dd if=boot.img of=/dev/sdb</code>", "Then reboot."),
)
PAGES = {
    GUIDE + "en/ch02s01.html": ENGLISH,
    GUIDE + "de/ch02s01.html": _page(
        _section(1, "hardware", "2.1. Unterstützte Hardware", "Debian unterstützt <code>amd64</code>.", "Run it as root.", "Siehe &lt;man apt&gt;."),
        _section(2, "cpu", "2.1.1. CPU", "This paragraph was not translated.", "Nor was <em>this</em> one.", "Übersetzt."),
        _section(2, "commands", "2.1.2. Befehle", "<code>dd if=boot.img of=/dev/sdb</code>", "Dann neu starten.", "Fertig."),
        _section(2, "reserved", "2.1.3. garak", "garak ist ein Werkzeug.", "Ein Werkzeug."),
        _section(3, "long", "2.1.3.1. Ein langer Abschnitt", LONG),
    ),
    GUIDE + "de/ch02.html": _page(opening='<div class="chapter"><p>Dieses Kapitel beschreibt es.</p>\n'),
    GUIDE + "de/ch09.html": _page(_section(1, "orphan", "9.1. Ohne Original", "Kein englisches Original.")),
    GUIDE + "de/index.html": _page(_section(1, "toc", "Installationsanleitung", "Inhalt.")),
    GUIDE + "de/install.de.pdf.gz": "%PDF-1.5",
    GUIDE + "en/ch02.html": _page(opening='<div class="chapter"><p>This chapter describes it.</p>\n'),
    GUIDE + "it/ch02s01.html": _page(
        _section(2, "cpu", "2.1.1. CPU", "Questo paragrafo è tradotto.", "This paragraph was not translated."),
    ),
    GUIDE + "ko/ch02s01.html": _page(_section(1, "hardware", "2.1. 지원하는 하드웨어", "지원합니다.")),
    **{GUIDE + f"{loc}/ch02s01.html": _page(_section(1, "hw", "2.1. Hardware", f"Traduzido ({loc}).")) for loc in ("es", "fr", "id", "pt")},
}  # fmt: skip


def test_installation_guide_latin_keeps_each_section_that_is_not_the_english_originals(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_deb(monkeypatch, PAGES)
    rows = sources.installation_guide_latin()
    assert [(r.id, r.family, r.attack, r.label.rsplit("/", 1)[0]) for r in rows] == [
        ("de/ch02s01/hardware", "rag_document", False, "de/ch02s01/hardware"),
        ("de/ch02s01/commands", "rag_document", False, "de/ch02s01/commands"),
        ("de/ch02s01/long", "rag_document", False, "de/ch02s01/long"),
        ("es/ch02s01/hw", "rag_document", False, "es/ch02s01/hw"),
        ("fr/ch02s01/hw", "rag_document", False, "fr/ch02s01/hw"),
        ("id/ch02s01/hw", "rag_document", False, "id/ch02s01/hw"),
        ("pt/ch02s01/hw", "rag_document", False, "pt/ch02s01/hw"),
    ]  # left out: de's section two of whose three paragraphs are the original's (spacing and tags aside),
    # it's one of whose two is, the one naming garak, the chapter page's opening, the page with no English
    # original, the title page, the PDF, the English original itself and the other translations (ko)
    assert rows[0].text == (
        "2.1. Unterstützte Hardware\nDebian unterstützt amd64.\nRun it as root.\nSiehe <man apt>."
    )  # tags dropped, entities read; one paragraph of three the original's: translated
    assert rows[1].text == "2.1.2. Befehle\ndd if=boot.img of=/dev/sdb\nDann neu starten.\nFertig."
    # a command kept as is is the original's paragraph: one of three leaves the section translated (one of
    # two, as the Italian section shows, would not)
    assert len(rows[2].text) <= sources.HELD_OUT_ROW_MAX < len(LONG)  # cut like a pasted document
    assert all(r.source == "installation-guide-latin" and r.split == "held_out" for r in rows)


def test_installation_guide_latin_without_the_english_original_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_deb(monkeypatch, {k: v for k, v in PAGES.items() if "/en/" not in k})
    with pytest.raises(
        RuntimeError,
        match=r"installation-guide-amd64=.*usr/share/doc/installation-guide-amd64/\{en\}/<page>\.html",
    ):
        sources.installation_guide_latin()


def test_the_korean_and_vietnamese_guide_still_reads_by_script(monkeypatch: pytest.MonkeyPatch) -> None:
    """installation-guide's rule is unchanged by the original-page test (no `original` passed)."""
    page = _page(_section(1, "hw", "2.1. 하드웨어", "Run it as root.", "This is English.", "지원합니다."))
    fake_deb(monkeypatch, {GUIDE + "ko/ch02s01.html": page, GUIDE + "vi/ch02s01.html": page})
    assert sources.installation_guide() == []  # one Hangul paragraph of three: not translated
