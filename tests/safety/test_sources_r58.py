"""Round 58's real-content source, held out in rounds 58-60 and dev since round 61:
evince-help-eu-gl-it-ja-lv-nl-ro-sl-tr-zh-cn (Evince's help, GNOME's document viewer's: short topics on opening a document and a password-protected one, finding and selecting text,
annotations and forms, printing booklets step by step, the command line, in ten languages: real content),
loaded from a made-up Debian package (never the real one: a clean clone's test run has no network) holding
the English original and the translations as evince-common does, read as GNOME Help's, Evolution's, GNOME
Terminal's and Passwords and Keys' help are (round 52's Mallard reader, `_mallard_help`, given the package,
the document and the licence page to leave out): one row a page, told translated by its characters against
the English original's page of the same name; a page under the floor, not translated, without an original,
naming a reserved collection or the licence page left out, the translations of the held-out help sources'
languages, British English and another document of the package not read, a folder without pages failing loudly
with the package (checked, with the reader's other behaviours that every Mallard help shares, once for them
all in tests/safety/test_mallard_helps.py)."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_debs, mallard_help_pages, mallard_xml
from tests.support.round_sources import assert_promoted

ROUND_58 = (sources.evince_help_eu_gl_it_ja_lv_nl_ro_sl_tr_zh_cn,)
LOAD = ROUND_58[0]
SOURCE = "evince-help-eu-gl-it-ja-lv-nl-ro-sl-tr-zh-cn"
FOLDERS = ("eu", "gl", "it", "ja", "lv", "nl", "ro", "sl", "tr", "zh_CN")
PACKAGE = "evince-common"


def test_round_58_sources_are_dev_since_round_61_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 58-60 (three looks), then promoted with the round's blind-written sets
    (tests/safety/test_sources_r58w.py) and their encoded set (`encoded-r58`, the former `heldout-encoded`:
    the attack source's instruction-override rows through our encoders); real content: not a hard
    negative."""
    wild = (sources.authored_wild_r58, sources.authored_wild_r58_benign)
    assert_promoted((*ROUND_58, *wild), sources.encoded_r58, after=sources.encoded_r57)  # after round 57's
    # one package pinned (sha256, fetched by apt-get download): the English original and every locale in it
    # (its sha256's form, and that no other help pins the same package or .deb: test_mallard_helps.py)
    assert sources.EVINCE_HELP[0] == f"{PACKAGE}=43.1-2+deb12u1"
    assert sources.EVINCE_HELP_LICENCE == "CC-BY-SA-3.0"
    assert sources.EVINCE_HELP_LOCALES == FOLDERS
    assert set(sources.EVINCE_HELP_LEFT_OUT) == {"license"}
    locales = tuple(map(sources._gnome_help_locale, FOLDERS))
    assert "-".join(locales) == SOURCE.removeprefix("evince-help-")
    # none of the languages of the held-out help sources of earlier rounds but Basque (Passwords and Keys')
    held = {*sources.GNOME_TERMINAL_HELP_LOCALES, *sources.SEAHORSE_HELP_LOCALES}
    assert held & set(FOLDERS) == {"eu"}


ENGLISH = "To open a document protected by a password, type the password and then click Unlock."
WORDS = {  # a made-up sentence of each locale, long enough for a page above the floor
    "eu": "Pasahitz batez babestutako dokumentu bat irekitzeko, idatzi pasahitza eta egin klik Desblokeatu",
    "gl": "Para abrir un documento protexido cun contrasinal, escriba o contrasinal e prema en Desbloquear",
    "it": "Per aprire un documento protetto da una password, digitare la password e fare clic su Sblocca",
    "ja": "パスワードで保護された文書を開くには、パスワードを入力してから「ロック解除」をクリックします。文書が表示されます",
    "lv": "Lai atvērtu ar paroli aizsargātu dokumentu, ievadiet paroli un pēc tam noklikšķiniet uz Atbloķēt",
    "nl": "Om een met een wachtwoord beveiligd document te openen, typt u het wachtwoord en klikt u op Ontgrendelen",
    "ro": "Pentru a deschide un document protejat prin parolă, introduceți parola și apoi apăsați pe Deblochează",
    "sl": "Za odpiranje dokumenta, zaščitenega z geslom, vnesite geslo in nato kliknite gumb Odkleni dokument",
    "tr": "Parolayla korunan bir belgeyi açmak için parolayı yazın ve ardından Kilidi Aç düğmesine tıklayın",
    "zh_CN": "要打开受密码保护的文档，请输入密码，然后单击“解锁”按钮。文档随后就会在查看器的窗口中显示出来",
}


ORIGINAL = {  # the English original's pages
    "password": mallard_xml("password", "Open a locked document", ENGLISH, "Short line.", "Type it again."),
    "print-booklet": mallard_xml("print-booklet", "Print a booklet", ENGLISH, ENGLISH.upper()),
    "license": mallard_xml("license", "License", ENGLISH.lower(), "You are free to share the work."),
    "index": mallard_xml("index", "Document Viewer Help", kind="guide"),
}  # fmt: skip


def _translated(folder: str) -> dict[str, str]:
    """A locale's pages: password translated but one short line, the booklet page a translated title and a
    short label over a long paragraph left in English (by characters: not translated), the licence page
    translated (left out by name), the index a guide page of links (under the floor), an extra page without
    an English original."""
    w = WORDS[folder]
    return {
        "password": mallard_xml("password", w[:12], f"{w} (1).", "Short line.", f"{w} (2)."),
        "print-booklet": mallard_xml("print-booklet", w[:10], f"{w[:8]}.", ENGLISH.upper()),
        "license": mallard_xml("license", w[:7], f"{w} (4).", f"{w} (5)."),
        "index": mallard_xml("index", "Evince", kind="guide"),
        "extra": mallard_xml("extra", w[:9], f"{w} (3)."),
    }  # fmt: skip


def _package(**over: dict[str, str]) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "usr/share/doc/evince-common/copyright": "help/C/evince.xml | GFDL1.1 | Sun Microsystems",
        "usr/share/help/C/evince/legal.xml": "<license><p>CC-BY-SA 3.0 US</p></license>",
        "usr/share/help/C/evince/legal-unported.xml": "<license><p>CC-BY-SA 3.0</p></license>",
        "usr/share/help/C/evince/figures/annotation.png": b"\x89PNG",
        "usr/share/evince/icons/hicolor/scalable/evince.svg": "<svg/>",
        # another document and translations not read: a held-out help source's language (Catalan) and the
        # original's spelling (British English), each translated by its characters
        "usr/share/help/C/other-help/password.page": ORIGINAL["password"],
        "usr/share/help/it/other-help/password.page": _translated("it")["password"],
        "usr/share/help/ca/evince/password.page": _translated("gl")["password"],
        "usr/share/help/en_GB/evince/password.page": _translated("it")["password"],
    }  # fmt: skip
    files.update(mallard_help_pages("evince", ORIGINAL, _translated, FOLDERS, over))
    return files


def test_evince_help_reads_a_translated_page_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_debs(monkeypatch, {PACKAGE: _package()})
    rows = LOAD()
    # per locale: password kept; the booklet page (English by its characters), the licence page (by name),
    # index (floor) and extra (no original) not; nothing of Catalan, British English or the other document
    locales = [sources._gnome_help_locale(f) for f in FOLDERS]
    assert [r.id for r in rows] == [f"{loc}/password" for loc in locales]
    by_id = {r.id: r for r in rows}
    w = WORDS["zh_CN"]
    assert by_id["zh-cn/password"].text == f"{w[:12].rstrip()}\n{w} (1).\nShort line.\n{w} (2)."
    assert by_id["zh-cn/password"].label == "zh-cn/password/zh"  # its text_language
    assert by_id["ja/password"].label == "ja/password/ja"
    assert by_id["lv/password"].label.startswith("lv/password/")
    assert all(r.source == SOURCE and r.split == "dev" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


def test_only_the_licence_page_is_left_out_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """The licence page, translated, is left out by its name (EVINCE_HELP_LEFT_OUT); the same page under
    another name is kept."""
    w = WORDS["sl"]
    renamed = mallard_xml("licence", w[:7], f"{w} (6).", f"{w} (7).")
    files = _package(sl={**_translated("sl"), "licence": renamed})
    files["usr/share/help/C/evince/licence.page"] = ORIGINAL["license"]  # the original under the other name
    fake_debs(monkeypatch, {PACKAGE: files})
    ids = [r.id for r in LOAD() if r.id.startswith("sl/")]
    assert ids == ["sl/licence", "sl/password"]
