"""Round 57's real-content source, held out in rounds 57-59 and dev since round 60:
seahorse-help-ca-cs-da-de-el-es-eu-fr-hu-id-pl-pt-br-ru-sv-uk (the help of Passwords and Keys, GNOME's manager of passwords, keyrings and encryption keys: short topics on stored
passwords, keyrings and their passwords, PGP and SSH keys, creating, exporting, sending and deleting them, in
15 languages: real content), loaded from a made-up Debian package (never the real one: a clean clone's test
run has no network) holding the English original and the translations as seahorse does, read as GNOME Help,
Evolution's and GNOME Terminal's help are (round 52's Mallard reader, `_mallard_help`, given the package and
the document): one row a page, told translated by its characters against the English original's page of
the same name; a page under the floor, not translated, without an original or naming a reserved collection
left out, Galician and another document of the package not read, a folder without pages failing loudly with
the package (checked, with the reader's other behaviours that every Mallard help shares, once for them all in
tests/safety/test_mallard_helps.py)."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_debs, mallard_help_pages, mallard_xml
from tests.support.round_sources import assert_promoted

ROUND_57 = (sources.seahorse_help_ca_cs_da_de_el_es_eu_fr_hu_id_pl_pt_br_ru_sv_uk,)
LOAD = ROUND_57[0]
SOURCE = "seahorse-help-ca-cs-da-de-el-es-eu-fr-hu-id-pl-pt-br-ru-sv-uk"
FOLDERS = ("ca", "cs", "da", "de", "el", "es", "eu", "fr", "hu", "id", "pl", "pt_BR", "ru", "sv", "uk")
PACKAGE = "seahorse"


def test_round_57_sources_are_dev_since_round_60_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 57-59 (three looks), then promoted with the round's blind-written sets
    (tests/safety/test_sources_r57w.py) and their encoded set (`encoded-r57`, the former `heldout-encoded`:
    the attack source's instruction-override rows through our encoders); real content: not a hard
    negative."""
    wild = (sources.authored_wild_r57, sources.authored_wild_r57_benign)
    assert_promoted((*ROUND_57, *wild), sources.encoded_r57, after=sources.encoded_r56)  # after round 56's
    # one package pinned (sha256, fetched by apt-get download): the English original and every locale in it
    # (its sha256's form, and that no other help pins the same package or .deb: test_mallard_helps.py)
    assert sources.SEAHORSE_HELP[0] == f"{PACKAGE}=43.0-1"
    assert sources.SEAHORSE_HELP_LICENCE == "CC-BY-SA-3.0 or GFDL-NIV-1.1+"
    assert sources.SEAHORSE_HELP_LOCALES == FOLDERS
    locales = tuple(map(sources._gnome_help_locale, FOLDERS))
    assert "-".join(locales) == SOURCE.removeprefix("seahorse-help-")


ENGLISH = "To send your public SSH key to another computer, choose the key, then type the computer's address."
WORDS = {  # a made-up sentence of each locale, long enough for a page above the floor
    "ca": "Per enviar la vostra clau SSH pública a un altre ordinador, trieu la clau i escriviu-ne l'adreça",
    "cs": "Chcete-li poslat svůj veřejný klíč SSH na jiný počítač, vyberte klíč a napište adresu počítače",
    "da": "For at sende din offentlige SSH-nøgle til en anden computer skal du vælge nøglen og skrive adressen",
    "de": "Um Ihren öffentlichen SSH-Schlüssel an einen anderen Rechner zu senden, wählen Sie den Schlüssel aus",
    "el": "Για να στείλετε το δημόσιο κλειδί SSH σε άλλον υπολογιστή, επιλέξτε το κλειδί και γράψτε τη διεύθυνση",
    "es": "Para enviar su clave SSH pública a otro equipo, elija la clave y escriba la dirección del equipo",
    "eu": "Zure SSH gako publikoa beste ordenagailu batera bidaltzeko, hautatu gakoa eta idatzi helbidea",
    "fr": "Pour envoyer votre clé SSH publique à un autre ordinateur, choisissez la clé et saisissez son adresse",
    "hu": "A nyilvános SSH-kulcs másik számítógépre küldéséhez válassza ki a kulcsot, és írja be a címet",
    "id": "Untuk mengirim kunci SSH publik Anda ke komputer lain, pilih kunci lalu ketikkan alamat komputer",
    "pl": "Aby wysłać swój klucz publiczny SSH na inny komputer, wybierz klucz i wpisz adres komputera",
    "pt_BR": "Para enviar sua chave SSH pública para outro computador, escolha a chave e digite o endereço",
    "ru": "Чтобы отправить свой открытый ключ SSH на другой компьютер, выберите ключ и введите адрес компьютера",
    "sv": "För att skicka din publika SSH-nyckel till en annan dator väljer du nyckeln och skriver datorns adress",
    "uk": "Щоб надіслати свій відкритий ключ SSH на інший комп'ютер, виберіть ключ і введіть адресу комп'ютера",
}


ORIGINAL = {  # the English original's pages
    "ssh-export": mallard_xml("ssh-export", "Send a key", ENGLISH, "Short line.", "Enter your password."),
    "pgp-delete": mallard_xml("pgp-delete", "Delete a key", ENGLISH, ENGLISH.upper()),
    "index": mallard_xml("index", "Passwords and Keys", kind="guide"),
}  # fmt: skip


def _translated(folder: str) -> dict[str, str]:
    """A locale's pages: ssh-export translated but one short line, the delete page a translated title and a
    short label over a long paragraph left in English (by characters: not translated), the index a guide
    page of links (under the floor), an extra page without an English original."""
    w = WORDS[folder]
    return {
        "ssh-export": mallard_xml("ssh-export", w[:12], f"{w} (1).", "Short line.", f"{w} (2)."),
        "pgp-delete": mallard_xml("pgp-delete", w[:10], f"{w[:8]}.", ENGLISH.upper()),
        "index": mallard_xml("index", "Seahorse", kind="guide"),
        "extra": mallard_xml("extra", w[:9], f"{w} (3)."),
    }  # fmt: skip


def _package(**over: dict[str, str]) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "usr/share/doc/seahorse/copyright": "Documentation and help files are covered by GFDL 1.1",
        "usr/share/help/C/seahorse/legal.xml": "<license><p>CC-BY-SA 3.0</p></license>",
        "usr/share/help/C/seahorse/figures/shot.png": b"\x89PNG",
        "usr/bin/seahorse": b"\x7fELF",
        # another document and the translation not read (Galician: English by its characters)
        "usr/share/help/C/gnome-help/ssh-export.page": ORIGINAL["ssh-export"],
        "usr/share/help/de/gnome-help/ssh-export.page": _translated("de")["ssh-export"],
        "usr/share/help/gl/seahorse/ssh-export.page": _translated("es")["ssh-export"],
    }  # fmt: skip
    files.update(mallard_help_pages("seahorse", ORIGINAL, _translated, FOLDERS, over))
    return files


def test_seahorse_help_reads_a_translated_page_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_debs(monkeypatch, {PACKAGE: _package()})
    rows = LOAD()
    # per locale: ssh-export kept; the delete page (English by its characters), index (floor) and extra (no
    # original) not; nothing of Galician or the other document
    locales = [sources._gnome_help_locale(f) for f in FOLDERS]
    assert [r.id for r in rows] == [f"{loc}/ssh-export" for loc in locales]
    by_id = {r.id: r for r in rows}
    w = WORDS["pt_BR"]
    assert by_id["pt-br/ssh-export"].text == f"{w[:12].rstrip()}\n{w} (1).\nShort line.\n{w} (2)."
    assert by_id["eu/ssh-export"].label.startswith("eu/ssh-export/")  # and its text_language
    assert all(r.source == SOURCE and r.split == "dev" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)
