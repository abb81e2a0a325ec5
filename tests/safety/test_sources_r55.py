"""Round 55's real-content source, held out in rounds 55-57 and dev since round 58:
evolution-help-ca-cs-hu-id-sv-uk (Evolution's help, GNOME's e-mail, calendar and contacts client's help for
its users: short task topics on sending, forwarding, filters that run programs, accounts and passwords,
encryption, in Catalan, Czech, Hungarian, Indonesian, Swedish and Ukrainian: real content), loaded from a
made-up Debian package (never the real one: a clean clone's test run has no network) holding the English
original and the translations as evolution-common does, read as GNOME Help is (round 52's Mallard reader,
`_mallard_help`, now given the package and the document): one row a page, told translated by its characters
against the English original's page of the same name; a page under the floor, not translated, without an
original or naming a reserved collection left out, the other translations and another document of the package
not read, a folder without pages failing loudly with the package (checked, with the reader's other behaviours
that every Mallard help shares, once for them all in tests/safety/test_mallard_helps.py)."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_debs, mallard_help_pages, mallard_xml
from tests.support.round_sources import assert_promoted

ROUND_55 = (sources.evolution_help_ca_cs_hu_id_sv_uk,)
SOURCE = "evolution-help-ca-cs-hu-id-sv-uk"
LOCALES = ("ca", "cs", "hu", "id", "sv", "uk")
PACKAGE = "evolution-common"


def test_round_55_sources_are_dev_since_round_58_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 55-57 (three looks), then promoted with the round's blind-written sets
    (tests/safety/test_sources_r55w.py) and their encoded set (`encoded-r55`, the former `heldout-encoded`:
    the attack source's instruction-override rows through our encoders); real content: not a hard
    negative."""
    wild = (sources.authored_wild_r55, sources.authored_wild_r55_benign)
    assert_promoted((*ROUND_55, *wild), sources.encoded_r55, after=sources.encoded_r54)  # after round 54's
    # one package pinned (sha256, fetched by apt-get download): the English original and every locale in it
    # (its sha256's form, and that no other help pins the same package or .deb: test_mallard_helps.py)
    assert sources.EVOLUTION_HELP[0] == f"{PACKAGE}=3.46.4-2+deb12u1"
    assert sources.EVOLUTION_HELP_LICENCE == "CC-BY-SA-3.0"
    assert sources.EVOLUTION_HELP_LOCALES == LOCALES == tuple(map(sources._gnome_help_locale, LOCALES))
    assert "-".join(LOCALES) == SOURCE.removeprefix("evolution-help-")


ENGLISH = "To forward a message, select it, then click Forward and type the address of the recipient."
WORDS = {  # a made-up sentence of each locale, long enough for a page above the floor
    "ca": "Per reenviar un missatge, seleccioneu-lo, feu clic a Reenvia i escriviu l'adreça del destinatari",
    "cs": "Chcete-li zprávu přeposlat, vyberte ji, klikněte na Přeposlat a zadejte adresu příjemce zprávy",
    "hu": "Egy üzenet továbbításához jelölje ki, kattintson a Továbbítás gombra, és írja be a címzett címét",
    "id": "Untuk meneruskan pesan, pilih pesan itu, lalu klik Teruskan dan ketik alamat penerima pesan",
    "sv": "För att vidarebefordra ett meddelande markerar du det, klickar på Vidarebefordra och skriver in",
    "uk": "Щоб переслати повідомлення, позначте його, натисніть Переслати і введіть адресу отримувача листа",
}
FILTER = (  # a filter's conditions, an xi:include the reader leaves out as it leaves every include out
    '<include xmlns="http://www.w3.org/2001/XInclude" href="xinclude-filter-vfolder-conditions.xml"/>'
)


def _page(pid: str, title: str, *paras: str, kind: str = "topic") -> str:
    """A made-up page of Evolution's help: its paragraphs, then the filter conditions' include."""
    return mallard_xml(pid, title, *paras, kind=kind, tail=FILTER)


ORIGINAL = {  # the English original's pages
    "mail-forwarding": _page("mail-forwarding", "Forwarding a message", ENGLISH, "Short line.", "Inline or as attachment."),
    "mail-filters-actions-run": _page("mail-filters-actions-run", "Run a program", ENGLISH, ENGLISH.upper()),
    "index": _page("index", "Evolution", kind="guide"),
    "credits": _page("credits", "Credits and Acknowledgment", "Authors of the Evolution User Documentation", ENGLISH),
}  # fmt: skip


def _translated(locale: str) -> dict[str, str]:
    """A locale's pages: mail-forwarding translated but one short line, the filter action page a translated
    title and a short label over a long paragraph left in English (by characters: not translated), the
    index a guide page of links (under the floor), the credits (left out by name, however translated), an
    extra page without an English original."""
    w = WORDS[locale]
    return {
        "mail-forwarding": _page("mail-forwarding", w[:12], f"{w} (1).", "Short line.", f"{w} (2)."),
        "mail-filters-actions-run": _page("mail-filters-actions-run", w[:10], f"{w[:8]}.", ENGLISH.upper()),
        "index": _page("index", "Evolution", kind="guide"),
        "credits": _page("credits", w[:14], f"{w} (4).", f"{w} (5)."),
        "extra": _page("extra", w[:9], f"{w} (3)."),
    }


def _package(**over: dict[str, str]) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "usr/share/doc/evolution-common/copyright": "Evolution is licensed under the LGPLv2 or LGPLv3",
        "usr/share/help/C/evolution/legal.xml": "<license><p>CC-BY-SA 3.0</p></license>",
        "usr/share/help/C/evolution/xinclude-filter-vfolder-conditions.xml": "<terms><item><p>x</p></item></terms>",
        "usr/share/help/C/evolution/figures/shot.png": b"\x89PNG",
        # another document of the package and the other translations: not read
        "usr/share/help/C/gnome-help/mail-forwarding.page": ORIGINAL["mail-forwarding"],
        "usr/share/help/ca/gnome-help/mail-forwarding.page": _translated("ca")["mail-forwarding"],
        "usr/share/help/de/evolution/mail-forwarding.page": _page("mail-forwarding", "Weiterleiten", WORDS["sv"]),
        "usr/share/help/en_GB/evolution/mail-forwarding.page": ORIGINAL["mail-forwarding"],
    }  # fmt: skip
    files.update(mallard_help_pages("evolution", ORIGINAL, _translated, LOCALES, over))
    return files


def test_evolution_help_reads_a_translated_page_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_debs(monkeypatch, {PACKAGE: _package()})
    rows = sources.evolution_help_ca_cs_hu_id_sv_uk()
    # per locale: mail-forwarding kept; the filter action (English by its characters), index (floor),
    # credits (by name) and extra (no original) not; nothing of German, British English or the other document
    assert [r.id for r in rows] == [f"{loc}/mail-forwarding" for loc in LOCALES]
    by_id = {r.id: r for r in rows}
    w = WORDS["uk"]
    assert by_id["uk/mail-forwarding"].text == f"{w[:12]}\n{w} (1).\nShort line.\n{w} (2)."  # no include
    assert by_id["hu/mail-forwarding"].label.startswith("hu/mail-forwarding/")  # and its text_language
    assert all(r.source == SOURCE and r.split == "dev" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)
