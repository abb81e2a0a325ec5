"""Round 61's held-out source: epiphany-help-ca-da-de-es-eu-fr-hu-id-it-ko-nl-pl-pt-br-ru-tr-uk (the help of Web,
GNOME's web browser, Epiphany: short topics on browsing, private browsing, web applications, saved passwords,
cookies, clearing personal data and the history, certificates and the proxy, in 16 languages: real content),
loaded from a made-up Debian package (never the real one: a clean clone's test run has no network) holding the
English original and the translations as epiphany-browser-data does, read as GNOME Help's, Evolution's, GNOME
Terminal's, Passwords and Keys', Evince's, Orca's and GNOME System Monitor's help are (round 52's Mallard
reader, `_mallard_help`, given the package and the document; no page left out by name): one row a page, told
translated by its characters against the English original's page of the same name; a page under the floor, not
translated or without an original left out, the translations not read (Czech, Greek and Swedish, held out
already; Friulian, Galician, Slovenian and Simplified Chinese, translated in few pages or none), the help's
legal.xml, the cookies' shared block (cookies.xml, an include) and another document of the package not read (the
reader's behaviours that every Mallard help shares are checked once for them all in
tests/safety/test_mallard_helps.py)."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_debs, mallard_help_pages, mallard_xml
from tests.support.round_sources import assert_held_out, assert_held_out_rounds_from

ROUND_61 = (sources.epiphany_help_ca_da_de_es_eu_fr_hu_id_it_ko_nl_pl_pt_br_ru_tr_uk,)
LOAD = ROUND_61[0]
SOURCE = "epiphany-help-ca-da-de-es-eu-fr-hu-id-it-ko-nl-pl-pt-br-ru-tr-uk"
FOLDERS = ("ca", "da", "de", "es", "eu", "fr", "hu", "id", "it", "ko", "nl", "pl", "pt_BR", "ru", "tr", "uk")
PACKAGE = "epiphany-browser-data"
DOC = "epiphany"


def test_round_61_sources_are_held_out_in_round_61_after_every_other_loader() -> None:
    i = assert_held_out(ROUND_61, 61)  # real content: not a hard negative
    assert sources.LOADERS.index(sources.authored_wild_r60_benign) < i  # after the round-60 sources
    # first of the round's held-out sources: only round-61 held-out sources load after it
    assert_held_out_rounds_from(sources.LOADERS[i:], 61)
    # one package pinned (sha256, fetched by apt-get download): the English original and every locale in it
    # (its sha256's form, and that no other help pins the same package or .deb: test_mallard_helps.py)
    assert sources.EPIPHANY_HELP[0] == f"{PACKAGE}=43.1-1"
    assert sources.EPIPHANY_HELP_LICENCE == "CC-BY-SA-3.0"
    assert sources.EPIPHANY_HELP_LOCALES == FOLDERS
    locales = tuple(map(sources._gnome_help_locale, FOLDERS))
    assert "-".join(locales) == SOURCE.removeprefix("epiphany-help-")
    # Basque, Italian, Dutch and Turkish the languages of no held-out help source once the round-58 sources
    # are dev (Evince's help's, round 58: dev after this round's promotion); the other twelve Orca's help's
    # (round 59) or GNOME System Monitor's (round 60)
    held = {*sources.ORCA_HELP_LOCALES, *sources.GNOME_SYSTEM_MONITOR_HELP_LOCALES}
    assert set(FOLDERS) - held == {"eu", "it", "nl", "tr"}
    assert {"eu", "it", "nl", "tr"} <= set(sources.EVINCE_HELP_LOCALES)
    # Czech, Greek and Swedish, translated in the package, are held out in both and not read
    assert not {"cs", "el", "sv"} & set(FOLDERS)
    both = set(sources.ORCA_HELP_LOCALES) & set(sources.GNOME_SYSTEM_MONITOR_HELP_LOCALES)
    assert {"cs", "el", "sv"} <= both


ENGLISH = "To remove a saved password, open the Passwords dialog, select the site and press Delete."
WORDS = {  # a made-up sentence of each locale, long enough for a page above the floor
    "ca": "Per suprimir una contrasenya desada, obriu el diàleg de contrasenyes i premeu el botó Suprimeix",
    "da": "For at fjerne en gemt adgangskode skal du åbne vinduet Adgangskoder og trykke på knappen Slet",
    "de": "Um ein gespeichertes Passwort zu entfernen, öffnen Sie den Dialog und klicken Sie auf Löschen",
    "es": "Para quitar una contraseña guardada, abra el diálogo de contraseñas y pulse el botón Eliminar",
    "eu": "Gordetako pasahitz bat kentzeko, ireki pasahitzen elkarrizketa-koadroa eta sakatu Ezabatu botoia",
    "fr": "Pour supprimer un mot de passe enregistré, ouvrez la fenêtre des mots de passe et cliquez sur Effacer",
    "hu": "Egy mentett jelszó eltávolításához nyissa meg a Jelszavak ablakot, és nyomja meg a Törlés gombot",
    "id": "Untuk menghapus sandi yang tersimpan, buka dialog Sandi, pilih situsnya lalu tekan tombol Hapus",
    "it": "Per rimuovere una password salvata, aprire la finestra di Web e premere il pulsante che dice Elimina",
    "ko": "저장된 암호를 지우려면 기본 설정 창에서 암호 관리 대화 상자를 열고 목록에서 해당 사이트를 선택한 다음 삭제 단추를 누르십시오",
    "nl": "Om een opgeslagen wachtwoord te verwijderen opent u het venster Wachtwoorden en klikt u op Wissen",
    "pl": "Aby usunąć zapisane hasło, otwórz okno haseł, zaznacz witrynę i naciśnij przycisk Usuń hasło",
    "pt_BR": "Para remover uma senha salva, abra o diálogo de senhas, selecione o site e pressione Excluir",
    "ru": "Чтобы удалить сохранённый пароль, откройте окно «Пароли», выберите сайт и нажмите «Удалить»",
    "tr": "Kayıtlı bir parolayı kaldırmak için Parolalar penceresini açın, siteyi seçin ve Sil düğmesine basın",
    "uk": "Щоб вилучити збережений пароль, відкрийте вікно «Паролі», виберіть сайт і натисніть «Вилучити»",
}


ORIGINAL = {  # the English original's pages
    "data-passwords": mallard_xml("data-passwords", "Manage passwords", ENGLISH, "Short line."),
    "pref-passwords": mallard_xml("pref-passwords", "Save passwords", ENGLISH, ENGLISH.upper()),
    "data-cookies": mallard_xml("data-cookies", "Cookies", ENGLISH.lower(), tail=(
        '<include xmlns="http://www.w3.org/2001/XInclude" href="cookies.xml"/>')),
    "index": mallard_xml("index", "Web Browser", kind="guide"),
}  # fmt: skip


def _translated(folder: str) -> dict[str, str]:
    """A locale's pages: managing passwords translated but one short line, saving them a translated title and
    a short label over a long paragraph left in English (by characters: not translated), the cookies' page
    translated with the shared block it includes (cookies.xml: an include, not read), the index guide page of
    links (under the floor), an extra page without an English original."""
    w = WORDS[folder]
    return {
        "data-passwords": mallard_xml("data-passwords", w[:12], f"{w} (1).", "Short line."),
        "pref-passwords": mallard_xml("pref-passwords", w[:10], f"{w[:8]}.", ENGLISH.upper()),
        "data-cookies": mallard_xml("data-cookies", w[:11], f"{w} (2).", tail=(
            '<include xmlns="http://www.w3.org/2001/XInclude" href="cookies.xml"/>')),
        "index": mallard_xml("index", "Web", kind="guide"),
        "extra": mallard_xml("extra", w[:9], f"{w} (3)."),
    }  # fmt: skip


NOT_READ = {  # translations not read, each a page translated by its characters here
    "cs": "Chcete-li odstranit uložené heslo, otevřete dialogové okno Hesla a stiskněte tlačítko Smazat",
    "el": "Για να αφαιρέσετε έναν αποθηκευμένο κωδικό, ανοίξτε τον διάλογο Κωδικοί και πατήστε Διαγραφή",
    "sv": "För att ta bort ett sparat lösenord öppnar du fönstret Lösenord och trycker på knappen Ta bort",
    "fur": "Par gjavâ une password salvade, vierç il balcon des password e frache il boton Elimine",
    "gl": "Para retirar un contrasinal gardado, abra o diálogo de contrasinais e prema o botón Eliminar",
    "sl": "Za odstranitev shranjenega gesla odprite okno Gesla, izberite spletišče in pritisnite Izbriši",
    "zh_CN": "要删除已保存的密码，请打开密码对话框，选择该网站，然后按删除按钮。这是一个较长的句子，用来超过页面的长度下限。",
}


def _package(**over: dict[str, str]) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "usr/share/doc/epiphany-browser-data/copyright": "Files: help/*\nLicense: CC-BY-SA-3.0",
        f"usr/share/help/C/{DOC}/legal.xml": '<license href="x"><p>CC-BY-SA 3.0</p></license>',
        f"usr/share/help/C/{DOC}/cookies.xml": f'<page xmlns="http://projectmallard.org/1.0/"><p>{ENGLISH}</p></page>',
        f"usr/share/help/C/{DOC}/media/web-app.png": b"\x89PNG",
        "usr/share/epiphany/default-bookmarks.rdf": "<rdf/>",
        # another document, not read
        "usr/share/help/C/other-help/data-passwords.page": ORIGINAL["data-passwords"],
        "usr/share/help/de/other-help/data-passwords.page": _translated("de")["data-passwords"],
    }  # fmt: skip
    for folder, w in NOT_READ.items():
        files[f"usr/share/help/{folder}/{DOC}/data-passwords.page"] = mallard_xml(
            "data-passwords", w[:12], f"{w} (1).", "Short line."
        )
    files.update(mallard_help_pages(DOC, ORIGINAL, _translated, FOLDERS, over))
    for folder in FOLDERS:  # each locale's legal.xml and the cookies' shared block, translated: not pages
        files[f"usr/share/help/{folder}/{DOC}/legal.xml"] = f"<license><p>{WORDS[folder]}</p></license>"
        files[f"usr/share/help/{folder}/{DOC}/cookies.xml"] = (
            f'<page xmlns="http://projectmallard.org/1.0/"><p>{WORDS[folder]} (5).</p></page>'
        )
    return files


def test_epiphany_help_reads_a_translated_page_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_debs(monkeypatch, {PACKAGE: _package()})
    rows = LOAD()
    # per locale: managing passwords and the cookies' page kept; saving passwords (English by its
    # characters), the index (floor) and extra (no original) not; nothing of the translations not read,
    # legal.xml, cookies.xml or the other document
    locales = [sources._gnome_help_locale(f) for f in FOLDERS]
    pages = ("data-cookies", "data-passwords")
    assert [r.id for r in rows] == [f"{loc}/{p}" for loc in locales for p in pages]
    by_id = {r.id: r for r in rows}
    w = WORDS["tr"]
    assert by_id["tr/data-passwords"].text == f"{w[:12].rstrip()}\n{w} (1).\nShort line."
    # the cookies' page without the block it includes (the reader leaves an include out)
    assert by_id["tr/data-cookies"].text == f"{w[:11].rstrip()}\n{w} (2)."
    assert not any("(5)." in r.text for r in rows)
    # text_language: Korean by its script; Russian and Ukrainian Cyrillic, read as Russian (it has no
    # Ukrainian); Italian and Dutch by their common words; Basque and Turkish it has not (the locale is the label)
    assert by_id["ko/data-passwords"].label == "ko/data-passwords/ko"
    assert by_id["ru/data-passwords"].label == "ru/data-passwords/ru"
    assert by_id["uk/data-passwords"].label == "uk/data-passwords/ru"
    assert by_id["it/data-passwords"].label == "it/data-passwords/it"
    assert by_id["nl/data-passwords"].label == "nl/data-passwords/nl"
    assert by_id["eu/data-passwords"].label.startswith("eu/data-passwords/")
    assert by_id["tr/data-passwords"].label.startswith("tr/data-passwords/")
    assert all(r.source == SOURCE and r.split == "held_out" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


def test_no_page_is_left_out_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """The help has no licence or credits page (its licence is legal.xml, which its pages include): a
    translated page named license or credits, with an original, is kept as any other (Evince's help leaves its
    licence page out by name; this loader names none)."""
    w = WORDS["eu"]
    extra = {n: mallard_xml(n, w[:7], f"{w} ({n}).", f"{w} (7).") for n in ("credits", "license")}
    files = _package(eu={**_translated("eu"), **extra})
    for n in extra:
        files[f"usr/share/help/C/{DOC}/{n}.page"] = mallard_xml(n, n.title(), ENGLISH.lower(), "Thanks.")
    fake_debs(monkeypatch, {PACKAGE: files})
    ids = [r.id for r in LOAD() if r.id.startswith("eu/")]
    assert ids == ["eu/credits", "eu/data-cookies", "eu/data-passwords", "eu/license"]
