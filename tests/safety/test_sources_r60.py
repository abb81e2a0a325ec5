"""Round 60's held-out source: gnome-system-monitor-help-ca-cs-da-de-el-es-fr-hu-id-ko-pl-pt-pt-br-ru-sv-uk (GNOME
System Monitor's help, GNOME's process and resource monitor's: short topics on what a process is, finding the
one that hogs the CPU or memory, ending, stopping and killing processes, their priority, memory, swap, file
systems and the command line, in 16 languages: real content), loaded from a made-up Debian package (never the
real one: a clean clone's test run has no network) holding the English original and the translations as
gnome-system-monitor does, read as GNOME Help's, Evolution's, GNOME Terminal's, Passwords and Keys', Evince's
and Orca's help are (round 52's Mallard reader, `_mallard_help`, given the package and the document; no page
left out by name): one row a page, told translated by its characters against the English original's page of
the same name; a page under the floor, not translated or without an original left out, the translations in
few pages or none (Basque, Galician, Romanian), the help's legal.xml and another document of the package not
read (the reader's behaviours that every Mallard help shares are checked once for them all in
tests/safety/test_mallard_helps.py)."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_debs, mallard_help_pages, mallard_xml
from tests.support.round_sources import assert_held_out, assert_held_out_rounds_from

ROUND_60 = (sources.gnome_system_monitor_help_ca_cs_da_de_el_es_fr_hu_id_ko_pl_pt_pt_br_ru_sv_uk,)
LOAD = ROUND_60[0]
SOURCE = "gnome-system-monitor-help-ca-cs-da-de-el-es-fr-hu-id-ko-pl-pt-pt-br-ru-sv-uk"
FOLDERS = ("ca", "cs", "da", "de", "el", "es", "fr", "hu", "id", "ko", "pl", "pt", "pt_BR", "ru", "sv", "uk")
PACKAGE = "gnome-system-monitor"


def test_round_60_sources_are_held_out_in_round_60_after_every_other_loader() -> None:
    i = assert_held_out(ROUND_60, 60)  # real content: not a hard negative
    assert sources.LOADERS.index(sources.encoded_r58) < i  # after the round-58 sources (dev since round 61)
    assert sources.LOADERS.index(sources.authored_wild_r59_benign) < i  # after the round-59 sources
    # first of the round's held-out sources: only round-60 held-out sources load after it
    assert_held_out_rounds_from(sources.LOADERS[i:], 60)
    # one package pinned (sha256, fetched by apt-get download): the English original and every locale in it
    # (its sha256's form, and that no other help pins the same package or .deb: test_mallard_helps.py)
    assert sources.GNOME_SYSTEM_MONITOR_HELP[0] == f"{PACKAGE}=42.0-2"
    assert sources.GNOME_SYSTEM_MONITOR_HELP_LICENCE == "CC-BY-SA-3.0"
    assert sources.GNOME_SYSTEM_MONITOR_HELP_LOCALES == FOLDERS
    locales = tuple(map(sources._gnome_help_locale, FOLDERS))
    assert "-".join(locales) == SOURCE.removeprefix("gnome-system-monitor-help-")
    # Korean and European Portuguese the languages of no held-out help source of the earlier rounds (Passwords
    # and Keys', Evince's, Orca's); after the round's promotion (Passwords and Keys' help dev) Catalan,
    # Indonesian, Polish and Russian too
    held = {*sources.EVINCE_HELP_LOCALES, *sources.ORCA_HELP_LOCALES}
    assert set(FOLDERS) - held - set(sources.SEAHORSE_HELP_LOCALES) == {"ko", "pt"}
    assert set(FOLDERS) - held == {"ca", "id", "ko", "pl", "pt", "ru"}


ENGLISH = "To end a process, select it in the Processes tab, then click End Process and confirm."
WORDS = {  # a made-up sentence of each locale, long enough for a page above the floor
    "ca": "Per finalitzar un procés, seleccioneu-lo a la pestanya Processos i feu clic a Finalitza el procés",
    "cs": "Chcete-li ukončit proces, vyberte jej na kartě Procesy a klepněte na tlačítko Ukončit proces",
    "da": "For at afslutte en proces skal du vælge den i fanebladet Processer og klikke på Afslut proces",
    "de": "Um einen Prozess zu beenden, wählen Sie ihn im Reiter Prozesse aus und klicken Sie auf Beenden",
    "el": "Για να τερματίσετε μια διεργασία, επιλέξτε την στην καρτέλα Διεργασίες και πατήστε Τερματισμός",
    "es": "Para finalizar un proceso, selecciónelo en la pestaña Procesos y pulse en Finalizar el proceso",
    "fr": "Pour terminer un processus, sélectionnez-le dans l’onglet Processus puis cliquez sur Terminer",
    "hu": "Egy folyamat befejezéséhez válassza ki azt a Folyamatok lapon, majd kattintson a Befejezés gombra",
    "id": "Untuk mengakhiri sebuah proses, pilih proses itu di tab Proses lalu klik tombol Akhiri Proses",
    "ko": "프로세스를 끝내려면 프로세스 탭에서 해당 프로세스를 선택한 다음 프로세스 끝내기 단추를 누르십시오",
    "pl": "Aby zakończyć proces, zaznacz go na karcie Procesy, a następnie kliknij przycisk Zakończ proces",
    "pt": "Para terminar um processo, selecione-o no separador Processos e clique em Terminar o processo",
    "pt_BR": "Para finalizar um processo, selecione-o na aba Processos e clique no botão Finalizar processo",
    "ru": "Чтобы завершить процесс, выберите его на вкладке «Процессы» и нажмите кнопку «Завершить процесс»",
    "sv": "För att avsluta en process markerar du den under fliken Processer och klickar på Avsluta process",
    "uk": "Щоб завершити процес, виберіть його на вкладці «Процеси» і натисніть кнопку «Завершити процес»",
}


ORIGINAL = {  # the English original's pages
    "process-kill": mallard_xml("process-kill", "Kill a process", ENGLISH, "Short line."),
    "process-priority-what": mallard_xml("process-priority-what", "Priority", ENGLISH, ENGLISH.upper()),
    "index": mallard_xml("index", "System Monitor", kind="guide"),
}  # fmt: skip


def _translated(folder: str) -> dict[str, str]:
    """A locale's pages: killing a process translated but one short line, what a priority is a translated
    title and a short label over a long paragraph left in English (by characters: not translated), the index
    guide page of links (under the floor), an extra page without an English original."""
    w = WORDS[folder]
    return {
        "process-kill": mallard_xml("process-kill", w[:12], f"{w} (1).", "Short line."),
        "process-priority-what": mallard_xml("process-priority-what", w[:10], f"{w[:8]}.", ENGLISH.upper()),
        "index": mallard_xml("index", "Monitor", kind="guide"),
        "extra": mallard_xml("extra", w[:9], f"{w} (3)."),
    }  # fmt: skip


def _package(**over: dict[str, str]) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "usr/share/doc/gnome-system-monitor/copyright": "Files: *\nLicense: GPL-2+",
        "usr/share/help/C/gnome-system-monitor/legal.xml": '<license href="x"><p>CC-BY-SA 3.0</p></license>',
        "usr/share/help/C/gnome-system-monitor/figures/org.gnome.SystemMonitor.svg": "<svg/>",
        "usr/bin/gnome-system-monitor": b"\x7fELF",
        # another document and translations not read: Basque, Galician and Romanian (translated in few pages
        # or none in the real package; here each translated by its characters)
        "usr/share/help/C/other-help/process-kill.page": ORIGINAL["process-kill"],
        "usr/share/help/de/other-help/process-kill.page": _translated("de")["process-kill"],
        "usr/share/help/eu/gnome-system-monitor/process-kill.page": _translated("es")["process-kill"],
        "usr/share/help/gl/gnome-system-monitor/process-kill.page": _translated("pt")["process-kill"],
        "usr/share/help/ro/gnome-system-monitor/process-kill.page": _translated("fr")["process-kill"],
    }  # fmt: skip
    files.update(mallard_help_pages("gnome-system-monitor", ORIGINAL, _translated, FOLDERS, over))
    for folder in FOLDERS:  # each locale's legal.xml, translated: not a page, not read
        files[f"usr/share/help/{folder}/gnome-system-monitor/legal.xml"] = (
            f"<license><p>{WORDS[folder]}</p></license>"
        )
    return files


def test_gnome_system_monitor_help_reads_a_translated_page_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_debs(monkeypatch, {PACKAGE: _package()})
    rows = LOAD()
    # per locale: killing a process kept; what a priority is (English by its characters), the index (floor)
    # and extra (no original) not; nothing of Basque, Galician, Romanian, legal.xml or the other document
    locales = [sources._gnome_help_locale(f) for f in FOLDERS]
    assert [r.id for r in rows] == [f"{loc}/process-kill" for loc in locales]
    by_id = {r.id: r for r in rows}
    w = WORDS["ko"]
    assert by_id["ko/process-kill"].text == f"{w[:12].rstrip()}\n{w} (1).\nShort line."
    # text_language: Greek and Korean by their scripts; Russian and Ukrainian Cyrillic, read as Russian (it
    # has no Ukrainian)
    assert by_id["el/process-kill"].label == "el/process-kill/el"
    assert by_id["ko/process-kill"].label == "ko/process-kill/ko"
    assert by_id["ru/process-kill"].label == "ru/process-kill/ru"
    assert by_id["uk/process-kill"].label == "uk/process-kill/ru"
    assert by_id["pt/process-kill"].label.startswith("pt/process-kill/")
    assert by_id["pt-br/process-kill"].label.startswith("pt-br/process-kill/")
    assert all(r.source == SOURCE and r.split == "held_out" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


def test_no_page_is_left_out_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """The help has no licence or credits page (its licence is legal.xml, which its pages include): a
    translated page named license or credits, with an original, is kept as any other (Evince's help leaves its
    licence page out by name; this loader names none)."""
    w = WORDS["pt"]
    extra = {n: mallard_xml(n, w[:7], f"{w} ({n}).", f"{w} (7).") for n in ("credits", "license")}
    files = _package(pt={**_translated("pt"), **extra})
    for n in extra:
        files[f"usr/share/help/C/gnome-system-monitor/{n}.page"] = mallard_xml(
            n, n.title(), ENGLISH.lower(), "Thanks."
        )
    fake_debs(monkeypatch, {PACKAGE: files})
    ids = [r.id for r in LOAD() if r.id.startswith("pt/")]
    assert ids == ["pt/credits", "pt/license", "pt/process-kill"]
