"""Round 56's real-content source, held out in rounds 56-58 and dev since round 59:
gnome-terminal-help-ca-cs-da-de-el-es-fi-fr-hu-id-ko-pl-pt-br-ru-sv-uk (GNOME Terminal's help, a terminal
emulator's help for its users: short topics on running commands, a custom command run instead of the shell,
profiles, copying and pasting text, in 16 languages: real content), loaded from a made-up Debian package
(never the real one: a clean clone's test run has no network) holding the English original and the
translations as gnome-terminal-data does, read as GNOME Help and Evolution's help are (round 52's Mallard
reader, `_mallard_help`, given the package and the document): one row a page, told translated by its
characters against the English original's page of the same name; a page under the floor, not translated,
without an original or naming a reserved collection left out, the other translations and another document of
the package not read, a folder without pages failing loudly with the package (checked, with the reader's other
behaviours that every Mallard help shares, once for them all in tests/safety/test_mallard_helps.py)."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_debs, mallard_help_pages, mallard_xml
from tests.support.round_sources import assert_promoted

ROUND_56 = (sources.gnome_terminal_help_ca_cs_da_de_el_es_fi_fr_hu_id_ko_pl_pt_br_ru_sv_uk,)
LOAD = ROUND_56[0]
SOURCE = "gnome-terminal-help-ca-cs-da-de-el-es-fi-fr-hu-id-ko-pl-pt-br-ru-sv-uk"
FOLDERS = ("ca", "cs", "da", "de", "el", "es", "fi", "fr", "hu", "id", "ko", "pl", "pt_BR", "ru", "sv", "uk")
PACKAGE = "gnome-terminal-data"


def test_round_56_sources_are_dev_since_round_59_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 56-58 (three looks), then promoted with the round's blind-written sets
    (tests/safety/test_sources_r56w.py) and their encoded set (`encoded-r56`, the former `heldout-encoded`:
    the attack source's instruction-override rows through our encoders); real content: not a hard
    negative."""
    wild = (sources.authored_wild_r56, sources.authored_wild_r56_benign)
    assert_promoted((*ROUND_56, *wild), sources.encoded_r56, after=sources.encoded_r55)  # after round 55's
    # one package pinned (sha256, fetched by apt-get download): the English original and every locale in it
    # (its sha256's form, and that no other help pins the same package or .deb: test_mallard_helps.py)
    assert sources.GNOME_TERMINAL_HELP[0] == f"{PACKAGE}=3.46.8-1"
    assert sources.GNOME_TERMINAL_HELP_LICENCE == "CC-BY-SA-3.0"
    assert sources.GNOME_TERMINAL_HELP_LOCALES == FOLDERS
    locales = tuple(map(sources._gnome_help_locale, FOLDERS))
    assert "-".join(locales) == SOURCE.removeprefix("gnome-terminal-help-")


ENGLISH = (
    "To run a command, type it at the prompt and press Enter: the terminal shows what the command prints."
)
WORDS = {  # a made-up sentence of each locale, long enough for a page above the floor
    "ca": "Per executar una ordre, escriviu-la a l'indicador i premeu Retorn; el terminal en mostra la sortida",
    "cs": "Chcete-li spustit příkaz, napište jej do výzvy a zmáčkněte Enter; terminál zobrazí jeho výstup",
    "da": "For at køre en kommando skal du skrive den ved prompten og trykke på Enter; terminalen viser uddata",
    "de": "Um einen Befehl auszuführen, geben Sie ihn an der Eingabeaufforderung ein und drücken Sie die Eingabetaste",
    "el": "Για να εκτελέσετε μια εντολή, πληκτρολογήστε την στη γραμμή εντολών και πατήστε Enter στο τερματικό",
    "es": "Para ejecutar una orden, escríbala en el indicador y pulse Intro; la terminal muestra lo que imprime",
    "fi": "Suorita komento kirjoittamalla se kehotteeseen ja painamalla Enter; pääte näyttää komennon tulosteen",
    "fr": "Pour exécuter une commande, saisissez-la à l'invite et appuyez sur Entrée ; le terminal affiche sa sortie",
    "hu": "Egy parancs futtatásához írja be a promptba, és nyomja meg az Entert; a terminál megjeleníti a kimenetét",
    "id": "Untuk menjalankan perintah, ketikkan pada prompt lalu tekan Enter; terminal menampilkan keluarannya",
    "ko": "명령을 실행하려면 프롬프트에 명령을 입력하고 Enter 키를 누르십시오. 터미널에 명령의 출력이 나타납니다",
    "pl": "Aby wykonać polecenie, wpisz je w wierszu poleceń i naciśnij Enter; terminal wyświetli jego wyjście",
    "pt_BR": "Para executar um comando, digite-o no prompt e pressione Enter; o terminal mostra a saída do comando",
    "ru": "Чтобы выполнить команду, введите её в строке приглашения и нажмите Enter; терминал покажет её вывод",
    "sv": "För att köra ett kommando skriver du det vid prompten och trycker på Retur; terminalen visar utdata",
    "uk": "Щоб виконати команду, введіть її у рядку запрошення і натисніть Enter; термінал покаже її виведення",
}


ORIGINAL = {  # the English original's pages
    "gs-execute-commands": mallard_xml("gs-execute-commands", "Run commands", ENGLISH, "Short line.", "Or paste it."),
    "pref-custom-command": mallard_xml("pref-custom-command", "Custom command", ENGLISH, ENGLISH.upper()),
    "index": mallard_xml("index", "Terminal Help", kind="guide"),
}  # fmt: skip


def _translated(folder: str) -> dict[str, str]:
    """A locale's pages: gs-execute-commands translated but one short line, the custom command's page a
    translated title and a short label over a long paragraph left in English (by characters: not
    translated), the index a guide page of links (under the floor), an extra page without an English
    original."""
    w = WORDS[folder]
    return {
        "gs-execute-commands": mallard_xml("gs-execute-commands", w[:12], f"{w} (1).", "Short line.", f"{w} (2)."),
        "pref-custom-command": mallard_xml("pref-custom-command", w[:10], f"{w[:8]}.", ENGLISH.upper()),
        "index": mallard_xml("index", "Terminal", kind="guide"),
        "extra": mallard_xml("extra", w[:9], f"{w} (3)."),
    }  # fmt: skip


def _package(**over: dict[str, str]) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "usr/share/doc/gnome-terminal-data/copyright": "License: GPL-3+",
        "usr/share/help/C/gnome-terminal/legal.xml": "<license><p>CC-BY-SA 3.0</p></license>",
        "usr/share/help/C/gnome-terminal/figures/shot.png": b"\x89PNG",
        # another document of the package and the other translations: not read
        "usr/share/help/C/gnome-help/gs-execute-commands.page": ORIGINAL["gs-execute-commands"],
        "usr/share/help/de/gnome-help/gs-execute-commands.page": _translated("de")["gs-execute-commands"],
        "usr/share/help/eu/gnome-terminal/gs-execute-commands.page": _translated("es")["gs-execute-commands"],
        "usr/share/help/ka/gnome-terminal/gs-execute-commands.page": ORIGINAL["gs-execute-commands"],
    }  # fmt: skip
    files.update(mallard_help_pages("gnome-terminal", ORIGINAL, _translated, FOLDERS, over))
    return files


def test_gnome_terminal_help_reads_a_translated_page_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_debs(monkeypatch, {PACKAGE: _package()})
    rows = LOAD()
    # per locale: gs-execute-commands kept; the custom command's page (English by its characters), index
    # (floor) and extra (no original) not; nothing of Basque, Georgian or the other document
    locales = [sources._gnome_help_locale(f) for f in FOLDERS]
    assert [r.id for r in rows] == [f"{loc}/gs-execute-commands" for loc in locales]
    by_id = {r.id: r for r in rows}
    w = WORDS["pt_BR"]
    assert by_id["pt-br/gs-execute-commands"].text == f"{w[:12]}\n{w} (1).\nShort line.\n{w} (2)."
    assert by_id["ko/gs-execute-commands"].label.startswith(
        "ko/gs-execute-commands/"
    )  # and its text_language
    assert all(r.source == SOURCE and r.split == "dev" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)
