"""Round 59's held-out source: orca-help-bg-cs-da-de-el-es-fr-hu-pt-br-sl-sv-uk (Orca's help, GNOME's screen
reader's: short topics on setting it up, the Orca modifier key, reading a document and moving around it, its
keyboard commands and its preferences, in twelve languages: real content), loaded from a made-up Debian
package (never the real one: a clean clone's test run has no network) holding the English original and the
translations as orca does, read as GNOME Help's, Evolution's, GNOME Terminal's, Passwords and Keys' and
Evince's help are (round 52's Mallard reader, `_mallard_help`, given the package and the document; no page left
out by name): one row a page, told translated by its characters against the English original's page of the
same name; a page under the floor, not translated, without an original or naming a reserved collection left
out, the translations in few pages or none (Galician, Indonesian) and another document of the package not
read, a folder without pages failing loudly with the package (checked, with the reader's other behaviours that
every Mallard help shares, once for them all in tests/safety/test_mallard_helps.py)."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_debs, mallard_help_pages, mallard_xml
from tests.support.round_sources import assert_held_out, assert_held_out_rounds_from

ROUND_59 = (sources.orca_help_bg_cs_da_de_el_es_fr_hu_pt_br_sl_sv_uk,)
LOAD = ROUND_59[0]
SOURCE = "orca-help-bg-cs-da-de-el-es-fr-hu-pt-br-sl-sv-uk"
FOLDERS = ("bg", "cs", "da", "de", "el", "es", "fr", "hu", "pt_BR", "sl", "sv", "uk")
PACKAGE = "orca"


def test_round_59_sources_are_held_out_in_round_59_after_every_other_loader() -> None:
    i = assert_held_out(ROUND_59, 59)  # real content: not a hard negative
    assert sources.LOADERS.index(sources.encoded_r58) < i  # after the round-58 sources (dev since round 61)
    # first of the round's held-out sources: only round-59 held-out sources load after it (then the later
    # rounds')
    assert_held_out_rounds_from(sources.LOADERS[i:], 59)
    # one package pinned (sha256, fetched by apt-get download): the English original and every locale in it
    # (its sha256's form, and that no other help pins the same package or .deb: test_mallard_helps.py)
    assert sources.ORCA_HELP[0] == f"{PACKAGE}=43.1-1"
    assert sources.ORCA_HELP_LICENCE == "CC-BY-SA-3.0"
    assert sources.ORCA_HELP_LOCALES == FOLDERS
    locales = tuple(map(sources._gnome_help_locale, FOLDERS))
    assert "-".join(locales) == SOURCE.removeprefix("orca-help-")
    # Bulgarian the one language of no held-out help source of earlier rounds still held out after the
    # round's promotion (Passwords and Keys' and Evince's: Slovenian is Evince's, the rest Passwords and Keys')
    held = {*sources.SEAHORSE_HELP_LOCALES, *sources.EVINCE_HELP_LOCALES}
    assert set(FOLDERS) - held == {"bg"}


ENGLISH = "To turn the screen reader on, press Super+Alt+S, then choose a voice in the Speech preferences."
WORDS = {  # a made-up sentence of each locale, long enough for a page above the floor
    "bg": "За да включите екранния четец, натиснете Super+Alt+S и изберете глас в настройките за говор",
    "cs": "Chcete-li zapnout čtečku obrazovky, zmáčkněte Super+Alt+S a v předvolbách řeči vyberte hlas",
    "da": "For at slå skærmlæseren til skal du trykke på Super+Alt+S og vælge en stemme i indstillingerne",
    "de": "Um den Bildschirmleser einzuschalten, drücken Sie Super+Alt+S und wählen Sie eine Stimme aus",
    "el": "Για να ενεργοποιήσετε τον αναγνώστη οθόνης, πατήστε Super+Alt+S και επιλέξτε μια φωνή",
    "es": "Para activar el lector de pantalla, pulse Super+Alt+S y elija una voz en las preferencias de voz",
    "fr": "Pour activer le lecteur d’écran, appuyez sur Super+Alt+S puis choisissez une voix dans les options",
    "hu": "A képernyőolvasó bekapcsolásához nyomja meg a Super+Alt+S billentyűket, majd válasszon hangot",
    "pt_BR": "Para ativar o leitor de tela, pressione Super+Alt+S e depois escolha uma voz nas preferências",
    "sl": "Za vklop bralnika zaslona pritisnite tipke Super+Alt+S in nato v nastavitvah govora izberite glas",
    "sv": "För att slå på skärmläsaren trycker du på Super+Alt+S och väljer sedan en röst i inställningarna",
    "uk": "Щоб увімкнути засіб читання з екрана, натисніть Super+Alt+S і виберіть голос у налаштуваннях",
}


ORIGINAL = {  # the English original's pages
    "howto_setting_up_orca": mallard_xml("howto_setting_up_orca", "Setting up Orca", ENGLISH, "Short line."),
    "commands_reading": mallard_xml("commands_reading", "Reading", ENGLISH, ENGLISH.upper()),
    "commands": mallard_xml("commands", "Orca's commands", kind="guide"),
}  # fmt: skip


def _translated(folder: str) -> dict[str, str]:
    """A locale's pages: setting up translated but one short line, the reading commands a translated title
    and a short label over a long paragraph left in English (by characters: not translated), the commands'
    guide page of links (under the floor), an extra page without an English original."""
    w = WORDS[folder]
    return {
        "howto_setting_up_orca": mallard_xml("howto_setting_up_orca", w[:12], f"{w} (1).", "Short line."),
        "commands_reading": mallard_xml("commands_reading", w[:10], f"{w[:8]}.", ENGLISH.upper()),
        "commands": mallard_xml("commands", "Orca", kind="guide"),
        "extra": mallard_xml("extra", w[:9], f"{w} (3)."),
    }  # fmt: skip


def _package(**over: dict[str, str]) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "usr/share/doc/orca/copyright": "Files: *\nLicense: LGPL-2.1+",
        "usr/share/help/C/orca/figures/orca-logo.png": b"\x89PNG",
        "usr/share/orca/ui/orca-setup.ui": "<interface/>",
        # another document and translations not read: Galician and Indonesian (translated in few pages or
        # none in the real package; here each translated by its characters)
        "usr/share/help/C/other-help/howto_setting_up_orca.page": ORIGINAL["howto_setting_up_orca"],
        "usr/share/help/de/other-help/howto_setting_up_orca.page": _translated("de")["howto_setting_up_orca"],
        "usr/share/help/gl/orca/howto_setting_up_orca.page": _translated("es")["howto_setting_up_orca"],
        "usr/share/help/id/orca/howto_setting_up_orca.page": _translated("pt_BR")["howto_setting_up_orca"],
    }  # fmt: skip
    files.update(mallard_help_pages("orca", ORIGINAL, _translated, FOLDERS, over))
    return files


def test_orca_help_reads_a_translated_page_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_debs(monkeypatch, {PACKAGE: _package()})
    rows = LOAD()
    # per locale: setting up kept; the reading commands (English by their characters), the commands' guide
    # page (floor) and extra (no original) not; nothing of Galician, Indonesian or the other document
    locales = [sources._gnome_help_locale(f) for f in FOLDERS]
    assert [r.id for r in rows] == [f"{loc}/howto_setting_up_orca" for loc in locales]
    by_id = {r.id: r for r in rows}
    w = WORDS["bg"]
    assert by_id["bg/howto_setting_up_orca"].text == f"{w[:12].rstrip()}\n{w} (1).\nShort line."
    # text_language: Greek by its script; Bulgarian and Ukrainian Cyrillic, read as Russian (it has neither)
    assert by_id["el/howto_setting_up_orca"].label == "el/howto_setting_up_orca/el"
    assert by_id["bg/howto_setting_up_orca"].label == "bg/howto_setting_up_orca/ru"
    assert by_id["uk/howto_setting_up_orca"].label == "uk/howto_setting_up_orca/ru"
    assert by_id["pt-br/howto_setting_up_orca"].label.startswith("pt-br/howto_setting_up_orca/")
    assert all(r.source == SOURCE and r.split == "held_out" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


def test_no_page_is_left_out_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """The help has no licence or credits page: a translated page named license or credits, with an
    original, is kept as any other (Evince's help leaves its licence page out by name; this loader names
    none)."""
    w = WORDS["sl"]
    extra = {n: mallard_xml(n, w[:7], f"{w} ({n}).", f"{w} (7).") for n in ("credits", "license")}
    files = _package(sl={**_translated("sl"), **extra})
    for n in extra:
        files[f"usr/share/help/C/orca/{n}.page"] = mallard_xml(n, n.title(), ENGLISH.lower(), "Thanks.")
    fake_debs(monkeypatch, {PACKAGE: files})
    ids = [r.id for r in LOAD() if r.id.startswith("sl/")]
    assert ids == ["sl/credits", "sl/howto_setting_up_orca", "sl/license"]
