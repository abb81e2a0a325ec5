"""Round 52's real-content source, held out in rounds 52-54 and dev since round 55:
gnome-help-ca-cs-da-fi-gl-hr-lv-nl-pt-br-sl (GNOME Help, the GNOME desktop's help for its users: short task
topics, steps to click through, notes and warnings, in Catalan, Czech, Danish, Finnish, Galician, Croatian,
Latvian, Dutch, Brazilian Portuguese and Slovenian: real content), loaded from a made-up Debian package
(never the real one: a clean clone's test run has no network) holding the English original and the
translations as the real one does, read by the small Mallard reader of bench/corpus/mallard.py (tested here
on made-up pages): one row a page, told translated by its characters against the English original's page
of the same name; a page under the floor, without an original or naming a reserved collection left out; a
folder without pages failing loudly with the package (checked, with the reader's other behaviours that every
Mallard help shares, once for them all in tests/safety/test_mallard_helps.py)."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from bench.corpus.mallard import condition_holds, mallard_page
from tests.support.corpus_files import fake_debs, mallard_help_pages, mallard_xml
from tests.support.round_sources import assert_promoted

ROUND_52 = (sources.gnome_help_ca_cs_da_fi_gl_hr_lv_nl_pt_br_sl,)
SOURCE = "gnome-help-ca-cs-da-fi-gl-hr-lv-nl-pt-br-sl"
FOLDERS = ("ca", "cs", "da", "fi", "gl", "hr", "lv", "nl", "pt_BR", "sl")
LOCALES = ("ca", "cs", "da", "fi", "gl", "hr", "lv", "nl", "pt-br", "sl")


def test_round_52_sources_are_dev_since_round_55_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 52-54 (three looks), then promoted with the round's blind-written sets
    (tests/safety/test_sources_r52w.py) and their encoded set (`encoded-r52`, the former `heldout-encoded`:
    the attack source's instruction-override rows through our encoders); real content: not a hard
    negative."""
    wild = (sources.authored_wild_r52, sources.authored_wild_r52_benign)
    assert_promoted((*ROUND_52, *wild), sources.encoded_r52, after=sources.encoded_r51)  # after round 51's
    # one package pinned (sha256, fetched by apt-get download): the English original and every locale in it
    # (its sha256's form, and that no other help pins the same package or .deb: test_mallard_helps.py)
    assert sources.GNOME_HELP[0] == "gnome-user-docs=43.0-2"
    assert sources.GNOME_HELP_LICENCE == "CC-BY-SA-3.0" and sources.GNOME_HELP_ORIGINAL == "C"
    assert sources.GNOME_HELP_LOCALES == FOLDERS
    assert tuple(map(sources._gnome_help_locale, FOLDERS)) == LOCALES
    assert "-".join(LOCALES) == SOURCE.removeprefix("gnome-help-")


# -- the Mallard reader ------------------------------------------------------------------------------------
PAGE = """<page xmlns="http://projectmallard.org/1.0/" xmlns:its="http://www.w3.org/2005/11/its"
      xmlns:if="http://projectmallard.org/if/1.0/" type="topic" style="task" id="user-changepassword">
  <info>
    <link type="guide" xref="user-accounts#passwords"/>
    <credit type="author"><name>A Writer</name><email>writer@example.org</email></credit>
    <include href="legal.xml" xmlns="http://www.w3.org/2001/XInclude"/>
    <desc>Keep your account secure.</desc>
  </info>
  <title>Change your <em>password</em></title>
  <comment><cite date="2012-02-19">editor</cite><p>An editor's note.</p></comment>
  <p>It is a good idea to change your password, especially if
  you think someone else knows it.</p>
  <steps>
    <item><p>Open the <gui xref="shell-introduction#activities">Activities</gui> overview, then
    <guiseq><gui>Files</gui><gui>Open</gui></guiseq>.</p></item>
    <item><p>Press <keyseq><key>Ctrl</key><key>Alt</key></keyseq> and click <link xref="x">the
    panel</link>.</p>
      <p>You can press the <gui style="button"><media its:translate="no" type="image" src="f.svg">
      <span its:translate="yes">generate password</span></media></gui> icon.</p></item>
  </steps>
  <media type="image" src="figures/shot.png"><p>A screenshot's caption</p></media>
  <if:choose>
    <if:when test="platform:gnome-classic"><p>Classic desktop only.</p></if:when>
    <if:when test="!platform:gnome-classic"><p>Default desktop.</p></if:when>
    <if:else><p>Otherwise.</p></if:else>
  </if:choose>
  <p if:test="target:mobile">Mobile only.</p>
  <note style="warning"><p>Do not share it.</p></note>
  <terms><item><title>Administrator</title><p>May change any password.</p></item></terms>
  <table><tr><td><p>Cell</p></td><td>Bare cell</td></tr></table>
  <code>sudo passwd
  user</code>
  <section id="more"><title>More</title><p>Section text.</p></section>
  <section id="links"><title>A list of links</title><links type="topic"/></section>
</page>
"""


def test_mallard_reader_reads_a_page_as_the_default_desktop_shows_it() -> None:
    page = mallard_page(PAGE)
    assert page is not None
    assert (page.id, page.type, page.style, page.title) == (
        "user-changepassword", "topic", "task", "Change your password"
    )  # fmt: skip
    assert page.paragraphs == (
        "It is a good idea to change your password, especially if you think someone else knows it.",
        "Open the Activities overview, then Files ▸ Open.",  # inline markup read as its text, a menu path
        "Press Ctrl+Alt and click the panel.",  # a key combination; a link's text kept
        "You can press the icon.",  # media (and its alternative text) left out
        "Default desktop.",  # the first test that holds on the default desktop
        "Do not share it.",
        "Administrator",
        "May change any password.",
        "Cell",
        "Bare cell",  # a cell's own text
        "sudo passwd\n  user",  # a code block's lines kept
        "More",
        "Section text.",
    )  # info, comment, the captioned screenshot, the mobile paragraph and the section of links left out
    otherwise = mallard_page(PAGE.replace("!platform:gnome-classic", "action:install"))
    assert otherwise is not None and "Otherwise." in otherwise.paragraphs  # no test holds: the else
    assert mallard_page("<html><p>not a page</p></html>") is None
    assert mallard_page("<page><p>broken") is None


@pytest.mark.parametrize(
    ("test", "holds"),
    [
        ("platform:gnome-classic", False),
        ("!platform:gnome-classic", True),
        ("!target:mobile, !platform:gnome-classic", True),
        ("!platform:gnome-classic platform:ubuntu", False),
        ("!platform:gnome-classic !platform:ubuntu", True),
        ("action:install, target:mobile", False),
        ("", False),
    ],
)
def test_conditions_are_read_for_the_default_desktop(test: str, holds: bool) -> None:
    assert condition_holds(test) is holds


# -- the source from a made-up package -----------------------------------------------------------------
ENGLISH = "Open the Activities overview and start typing Settings, then click Settings to open the panel."
WORDS = {  # a made-up sentence of each locale, long enough for a page above the floor
    "ca": "Obriu la vista general d'Activitats i comenceu a escriure Paràmetres per obrir el quadre",
    "cs": "Otevřete přehled Činností a začněte psát Nastavení, pak klikněte na Nastavení a otevřete panel",
    "da": "Åbn Aktivitetsoversigten og begynd at skrive Indstillinger, klik derefter på Indstillinger",
    "fi": "Avaa Toiminnot-yleisnäkymä ja ala kirjoittaa Asetukset, napsauta sitten Asetukset avataksesi",
    "gl": "Abra a vista de Actividades e comece a escribir Configuración, prema Configuración para abrir",
    "hr": "Otvorite pregled Aktivnosti i počnite upisivati Postavke, zatim kliknite na Postavke za otvaranje",
    "lv": "Atveriet Aktivitāšu pārskatu un sāciet rakstīt Iestatījumi, tad spiediet Iestatījumi, lai atvērtu",
    "nl": "Open het Activiteiten-overzicht en typ Instellingen, klik daarna op Instellingen om het te openen",
    "pt_BR": "Abra o panorama de Atividades e comece a digitar Configurações, então clique em Configurações",
    "sl": "Odprite pregled Dejavnosti in začnite tipkati Nastavitve, nato kliknite Nastavitve za odprtje",
}


ORIGINAL = {  # the English original's pages
    "prefs": mallard_xml(
        "prefs", "Settings", ENGLISH, "Short line.", "Another English paragraph to read here."
    ),
    "shell": mallard_xml("shell", "The shell", ENGLISH, ENGLISH.upper()),
    "index": mallard_xml("index", "Help", kind="guide"),
}


def _translated(folder: str) -> dict[str, str]:
    """A locale's pages: prefs translated but one short line, shell a translated title and a short label
    over a long paragraph left in English (by characters: not translated), the index a guide page of links
    (under the floor), an extra page without an English original."""
    w = WORDS[folder]
    return {
        "prefs": mallard_xml("prefs", f"{w[:12]}", f"{w} (1).", "Short line.", f"{w} (2)."),
        "shell": mallard_xml("shell", f"{w[:10]}", f"{w[:8]}.", ENGLISH.upper()),
        "index": mallard_xml("index", "Help", kind="guide"),
        "extra": mallard_xml("extra", w[:9], f"{w} (3)."),
    }


def _package(**over: dict[str, str]) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "usr/share/doc/gnome-user-docs/copyright": "License: CC-BY-SA-3.0",
        "usr/share/help/C/gnome-help/legal.xml": "<license><p>CC-BY-SA 3.0</p></license>",
        "usr/share/help/C/gnome-help/figures/shot.png": b"\x89PNG",
        "usr/share/help/C/system-admin-guide/index.page": mallard_xml("index", "Admin", ENGLISH),
        # the other translations: not read
        "usr/share/help/de/gnome-help/prefs.page": mallard_xml("prefs", "Einstellungen", WORDS["nl"]),
        "usr/share/help/zh_CN/gnome-help/prefs.page": mallard_xml(
            "prefs", "设置", "打开活动概览并开始输入设置，然后点击设置以打开面板"
        ),
    }
    files.update(mallard_help_pages("gnome-help", ORIGINAL, _translated, FOLDERS, over))
    return files


def test_gnome_help_reads_a_translated_page_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_debs(monkeypatch, {"gnome-user-docs": _package()})
    rows = sources.gnome_help_ca_cs_da_fi_gl_hr_lv_nl_pt_br_sl()
    # per locale: prefs kept; shell (English by its characters), index (floor), extra (no original) not
    assert [r.id for r in rows] == [f"{loc}/prefs" for loc in LOCALES]
    by_id = {r.id: r for r in rows}
    w = WORDS["lv"]
    assert by_id["lv/prefs"].text == f"{w[:12]}\n{w} (1).\nShort line.\n{w} (2)."
    assert by_id["pt-br/prefs"].label.startswith("pt-br/prefs/")  # and its text_language
    assert all(r.source == SOURCE and r.split == "dev" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)
