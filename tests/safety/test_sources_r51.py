"""Round 51's real-content source, held out in rounds 51-53 and dev since round 54:
manpages-l10n-el-hu-id-mk-pl-ro-sr-sv-uk-vi (translated manual pages, a command reference: what a command
does, its options, files and exit status, in Greek, Hungarian, Indonesian, Macedonian, Polish, Romanian,
Serbian, Swedish, Ukrainian and Vietnamese: real content), loaded from made-up Debian packages (never the
real ones: a clean clone's test run has no network), one a locale as the real ones are, read by the small
groff reader of bench/corpus/manpage.py (tested here on made-up groff): one row a section of a page; NAME,
SYNOPSIS, SEE ALSO, the authors, copyright, bug reports and the translators' credits left out by their
headings in each locale; el, mk, sr, uk and vi by their scripts, the five others by their paragraphs in
English; a short section left out; a package without pages failing loudly with its name."""

from __future__ import annotations

import gzip
import re

import pytest

from bench.corpus import sources
from bench.corpus.manpage import groff_text, manpage_sections
from tests.support.corpus_files import fake_debs
from tests.support.round_sources import assert_promoted

ROUND_51 = (sources.manpages_l10n_el_hu_id_mk_pl_ro_sr_sv_uk_vi,)
SOURCE = "manpages-l10n-el-hu-id-mk-pl-ro-sr-sv-uk-vi"
LOCALES = ("el", "hu", "id", "mk", "pl", "ro", "sr", "sv", "uk", "vi")
SCRIPTS = ("el", "mk", "sr", "uk", "vi")


def test_round_51_sources_are_dev_since_round_54_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 51-53 (three looks), then promoted with the round's blind-written sets
    (tests/safety/test_sources_r51w.py) and their encoded set (`encoded-r51`, the former `heldout-encoded`:
    the attack source's instruction-override rows through our encoders); real content: not a hard
    negative."""
    wild = (sources.authored_wild_r51, sources.authored_wild_r51_benign)
    assert_promoted((*ROUND_51, *wild), sources.encoded_r51, after=sources.encoded_r50)  # after round 50's
    # one package a locale, one version (the epoch of hu and pl is the archive's), pinned by sha256
    specs = [spec for spec, _ in sources.MANPAGES_L10N]
    assert [sources._manpage_locale(s) for s in specs] == list(LOCALES)
    assert all(re.fullmatch(r"manpages-[a-z]+=(1:)?4\.18\.1-1", s) for s in specs)
    assert all(re.fullmatch("[0-9a-f]{64}", sha) for _, sha in sources.MANPAGES_L10N)
    assert sources.MANPAGES_L10N_LICENCE == "GPL-3+"
    assert set(sources.MANPAGES_L10N_SCRIPTS) == set(SCRIPTS)
    assert set(sources.MANPAGES_L10N_LEFT_OUT) == set(LOCALES)
    s = sources.MANPAGES_L10N_SCRIPTS
    assert s["el"].search("λ") and s["uk"].search("ї") and s["sr"].search("ђ") and s["mk"].search("ѓ")
    assert s["vi"].search("ư") and not s["vi"].search("é") and not s["el"].search("д")


# -- the groff reader ------------------------------------------------------------------------------------
PAGE = r""".\" Made-up page: a comment line
.TH LS 1 "May 2023" "GNU coreutils" "User Commands"
.SH NAME
ls \- list directory contents
.SH "DESCRIPTION"
List information about the FILEs (the current
directory by default).  Sort \fBalphabetically\fR if none of \fI\-cftuvSUX\fP is given.
.PP
Mandatory arguments \(em long options \[u00E9]\(lqquoted\(rq \*(lqtoo\*(rq.\" a trailing comment
.TP
\fB\-a\fR, \fB\-\-all\fR
do not ignore entries starting with .
.TP
.BR \-A ", " \-\-almost\-all
do not list implied \&. and ..
.SS "Exit status:"
.nf
0  if OK,
1  if minor problems
.fi
.TS
tab(;);
l l.
a;table
.TE
.de XX
a macro's body
..
.if \n[.g] \{\
.  am URL
.    ad l
a macro's body, ended as po4a writes it in a condition
.  .
.\}
.IP \(bu 2
a bullet \e and \s-1SMALL\s0 words
.SH
SEE ALSO
.B dir
"""


def test_groff_reader_reads_sections_paragraphs_and_escapes() -> None:
    sections = manpage_sections(PAGE)
    assert [h for h, _ in sections] == ["NAME", "DESCRIPTION", "SEE ALSO"]  # a heading on the next line too
    assert sections[0][1] == ["ls - list directory contents"]
    assert sections[1][1] == [
        "List information about the FILEs (the current directory by default). Sort alphabetically if none of"
        " -cftuvSUX is given.",  # lines filled, fonts stripped, \- read
        "Mandatory arguments — long options é“quoted” “too”.",  # specials, \[uXXXX], strings; comment dropped
        "-a, --all do not ignore entries starting with .",  # a .TP tag starts its paragraph
        "-A, --almost-all do not list implied . and ..",  # alternating fonts joined; \& dropped
        "Exit status:",  # a .SS heading, a paragraph of its own
        "0  if OK,\n1  if minor problems",  # no-fill: lines kept as they are
        "• a bullet \\ and SMALL words",  # .IP tag; the table and the macros left out
    ]
    assert sections[2][1] == ["dir"]
    assert manpage_sections(".TH X 1\ntext before any section\n") == []
    assert manpage_sections(".Dd May 2023\n.Sh NAME\n.Nm ruptime\n") == []  # mdoc: not read


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (r"a\-b \fBbold\fP \f(CWmono\fR \f[I]it\f[]", "a-b bold mono it"),
        (r"\(co 2023 \[co] \(aq\[dq]", "© 2023 © '\""),
        (r'\*(Aqquoted\*(Aq \*(L"too\*(R"', "'quoted' “too”"),
        (r"\[unknown]x\(zzy", "xy"),
        (r"back\eslash \\ and\ space\~nb", "back\\slash \\ and space nb"),
        (r"text \" comment", "text "),
        (r"\h'3n'moved\v'-1'\w'abc'", "moved"),
        (r"\s+2big\s-2 \s(12x", "big x"),
    ],
)
def test_groff_text_reads_escapes(line: str, text: str) -> None:
    assert groff_text(line) == text


# -- the source from made-up packages ------------------------------------------------------------------
WORDS = {  # a made-up sentence of each locale, long enough for a section above the floor
    "el": "Εμφανίζει πληροφορίες για τα αρχεία του καταλόγου και τις επιλογές ταξινόμησης",
    "hu": "Kiírja a könyvtár tartalmát és a fájlok adatait a megadott sorrendben rendezve",
    "id": "Menampilkan informasi tentang berkas dalam direktori saat ini dan mengurutkannya",
    "mk": "Прикажува информации за датотеките во тековниот директориум и ги подредува",
    "pl": "Wyświetla informacje o plikach w bieżącym katalogu i sortuje je alfabetycznie",
    "ro": "Afișează informații despre fișierele din directorul curent și le sortează alfabetic",
    "sr": "Приказује податке о датотекама у текућем директоријуму и ређа их по азбуци",
    "sv": "Visar information om filerna i den aktuella katalogen och sorterar dem i bokstavsordning",
    "uk": "Виводить відомості про файли у поточному каталозі та впорядковує їх за абеткою",
    "vi": "Hiển thị thông tin về các tập tin trong thư mục hiện tại và sắp xếp chúng",
}
ENGLISH = "Print the name of the current working directory and all of the files that are in it, with this."


def _groff(loc: str, *, untranslated: str = ENGLISH) -> str:
    """A made-up page of the locale: six sections left out by their headings (NAME and SYNOPSIS in
    English, the last four of the locale's: bug reports or copyright, see also, the translators' credits),
    a translated section (kept), a short one, one left in English."""
    w = WORDS[loc]
    headings = ("NAME", "SYNOPSIS", *sources.MANPAGES_L10N_LEFT_OUT[loc][-4:])
    left_out = "".join(f'.SH "{h}"\n{w} ({h}).\n.PP\n{w}.\n' for h in headings)
    return (
        f'.TH LS 1 "2023" "coreutils"\n{left_out}.SH "{w.split()[0].upper()}"\n{w} (1).\n.TP\n\\fB\\-a\\fR\n'
        f"{w} (2).\n.PP\n{w} (3).\n.SH KORT\n{w[:20]}.\n.SH ENG\n{untranslated}\n.PP\n{untranslated}\n"
    )


def _package(loc: str, **pages: str) -> dict[str, str | bytes]:
    """A made-up manpages-<loc> package: its documentation files and its pages (`man<N>/<page>.<N>`: by
    default ls.1 and sync.8, of one text but a word: a text twice in a source is one row), gzip'd."""
    files: dict[str, str | bytes] = {
        f"usr/share/doc/manpages-{loc}/copyright": "License: GPL-3+",
        f"usr/share/doc/manpages-{loc}/README.md": "# manpages-l10n",
    }
    for path, text in (
        pages or {"man1/ls.1": _groff(loc), "man8/sync.8": _groff(loc).replace("(1)", "(8)")}
    ).items():
        files[f"usr/share/man/{loc}/{path}.gz"] = gzip.compress(text.encode())
    return files


def _packages(**over: dict[str, str | bytes]) -> dict[str, dict[str, str | bytes]]:
    return {f"manpages-{loc}": over.get(loc, _package(loc)) for loc in LOCALES}


def test_manpages_l10n_reads_a_section_a_row_from_ten_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_debs(monkeypatch, _packages())
    rows = sources.manpages_l10n_el_hu_id_mk_pl_ro_sr_sv_uk_vi()
    # per page: sections 1-6 left out by their headings, 7 kept, 8 under the floor, 9 left in English
    assert [r.id for r in rows] == [f"{loc}/{page}/7" for loc in LOCALES for page in ("ls.1", "sync.8")]
    by_id = {r.id: r for r in rows}
    w = WORDS["sv"]
    assert by_id["sv/ls.1/7"].text == f"{w.split()[0].upper()}\n{w} (1).\n-a {w} (2).\n{w} (3)."
    assert by_id["uk/sync.8/7"].label.startswith("uk/sync.8/7/")  # and its text_language
    assert all(r.source == SOURCE and r.split == "dev" for r in rows)
    assert all((r.family, r.attack) == ("rag_document", False) for r in rows)


def test_a_section_is_told_translated_by_script_or_by_its_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Latin-script section in a script locale is left out even in another language than English; a
    Latin locale's section with half its paragraphs in English too, with one more of its own kept."""
    latin = "Wyświetla informacje o plikach w bieżącym katalogu oraz sortuje je według nazwy pliku."
    mixed = f"{ENGLISH}\n.PP\n{WORDS['pl']}"
    fake_debs(
        monkeypatch,
        _packages(
            uk=_package("uk", **{"man1/ls.1": _groff("uk", untranslated=latin)}),
            pl=_package("pl", **{"man1/ls.1": _groff("pl", untranslated=mixed)}),
            hu=_package("hu", **{"man1/ls.1": _groff("hu", untranslated=f"{mixed}\n.PP\n{WORDS['hu']}")}),
        ),
    )
    ids = {r.id for r in sources.manpages_l10n_el_hu_id_mk_pl_ro_sr_sv_uk_vi()}
    assert "uk/ls.1/9" not in ids and "pl/ls.1/9" not in ids and "hu/ls.1/9" in ids
    assert {"uk/ls.1/7", "pl/ls.1/7", "hu/ls.1/7"} <= ids


def test_a_section_naming_a_reserved_collection_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _groff("sv").replace(f"{WORDS['sv']} (3).", f"{WORDS['sv']} (3) garak.")
    fake_debs(monkeypatch, _packages(sv=_package("sv", **{"man1/ls.1": page, "man1/dir.1": _groff("sv")})))
    ids = {r.id for r in sources.manpages_l10n_el_hu_id_mk_pl_ro_sr_sv_uk_vi()}
    assert "sv/ls.1/7" not in ids and "sv/dir.1/7" in ids


@pytest.mark.parametrize("missing", ["el", "pl", "vi"])
def test_manpages_l10n_without_pages_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    files = {k: v for k, v in _package(missing).items() if not k.startswith("usr/share/man/")}
    fake_debs(monkeypatch, _packages(**{missing: files}))
    with pytest.raises(RuntimeError, match=rf"manpages-{missing}=(1:)?4\.18\.1-1: usr/share/man/{missing}/"):
        sources.manpages_l10n_el_hu_id_mk_pl_ro_sr_sv_uk_vi()
