"""The Mallard helps' shared reader (`_mallard_help` in bench/corpus/sources.py, round 52's, given the
package, the document and the pages to leave out by name), each behaviour said once and checked for every help
that reads through it: GNOME Help's (round 52), Evolution's (55), GNOME Terminal's (56), Passwords and Keys'
(57), Evince's (58), Orca's (59), GNOME System Monitor's (60) and Web's (61), each from made-up Debian packages
(never the real ones: a clean clone's test run has no network) built here from the same made-up pages, the
help's own document name, folders and pin. A page is told translated by its characters against the English original's page of the same name (half or
more in the original's title and paragraphs: left out, however many short blocks are translated); a page
naming a reserved collection is left out; a folder without pages fails loudly with the package; each help
reads its own package and document only, and pins a package and a .deb no other help pins. What is one source's own (its round and split, its locales and their
text_language, its licence, the pages it leaves out by name, the other translations and documents of its
package it does not read) stays in its round's file (tests/safety/test_sources_r52.py, r55 to r61)."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

import pytest

from bench.corpus import sources
from tests.support.corpus_files import fake_debs, mallard_help_pages, mallard_xml


class Help(NamedTuple):
    """A Mallard help read by the shared reader: its loader, its pinned package, its document (its pages:
    usr/share/help/<folder>/<document>/<page>.page), its translations' folders, and four of them for the page
    told translated by its characters: half its characters left in English (left out), a character fewer
    left in English (kept), naming garak, naming PyRIT (both left out)."""

    load: Callable[[], list[sources.Sample]]
    pin: tuple[str, str]
    document: str
    folders: tuple[str, ...]
    half: str
    most: str
    garak: str
    pyrit: str

    @property
    def package(self) -> str:
        return self.pin[0].split("=")[0]

    @property
    def source(self) -> str:
        return self.load.__name__.replace("_", "-")


def _help(pin: str, document: str, cases: str) -> Help:
    """The help whose pin is `sources.<pin>` and folders `sources.<pin>_LOCALES`, read by the one loader named
    after it (`<pin in lower case>_<its locales>`), and its four cases' folders (`Help`)."""
    (load,) = (fn for fn in sources.LOADERS if fn.__name__.startswith(f"{pin.lower()}_"))
    pinned, folders = getattr(sources, pin), getattr(sources, f"{pin}_LOCALES")
    return Help(load, pinned, document, folders, *cases.split())


HELPS = {  # the cases' folders: half, most, garak, pyrit (each round's former half, most, named among them)
    "gnome-help": _help("GNOME_HELP", "gnome-help", "cs hr sl gl"),
    "evolution": _help("EVOLUTION_HELP", "evolution", "cs id hu sv"),
    "gnome-terminal": _help("GNOME_TERMINAL_HELP", "gnome-terminal", "pl fi el ko"),
    "seahorse": _help("SEAHORSE_HELP", "seahorse", "pl eu ru el"),
    "evince": _help("EVINCE_HELP", "evince", "lv it ja tr"),
    "orca": _help("ORCA_HELP", "orca", "hu sv bg cs"),
    "gnome-system-monitor": _help("GNOME_SYSTEM_MONITOR_HELP", "gnome-system-monitor", "pt ko id ca"),
    "epiphany": _help("EPIPHANY_HELP", "epiphany", "it tr eu nl"),
}
EACH = pytest.mark.parametrize("help_", HELPS.values(), ids=HELPS)

ENGLISH = "To change a setting, open its panel, choose the option you want and then close the window."
SHORT = "Short line."  # a short block of the original's, left in English in every translation
PAGE = "settings"


def _original(page: str) -> str:
    return mallard_xml(page, "Settings", ENGLISH, SHORT)


def _words(folder: str, n: int) -> str:
    """`n` made-up characters of `folder`'s translation, no space among them (a block's length is its own)."""
    unit = f"Übersetzt{folder.replace('_', '')}"
    return (unit * (n // len(unit) + 1))[:n]


def _translated(folder: str, page: str, *lengths: int) -> str:
    """A page translated in blocks of `lengths` characters (its title first), then the original's English
    paragraph and short line: translated when the blocks outweigh the two by a character or more."""
    title, *paras = (_words(folder, n) for n in lengths)
    return mallard_xml(page, title, *paras, ENGLISH, SHORT)


def _whole(folder: str, page: str) -> str:
    """A page translated whole: its title and two paragraphs."""
    return mallard_xml(page, _words(folder, 12), _words(folder, 90), _words(folder, 40))


def _pages(help_: Help, page: str, **over: dict[str, str]) -> dict[str, str]:
    """The help's page files of `page`, translated whole in every folder but those `over` replaces."""
    return mallard_help_pages(
        help_.document, {page: _original(page)}, lambda f: {page: _whole(f, page)}, help_.folders, over
    )


@EACH
def test_a_page_is_told_translated_by_its_characters(monkeypatch: pytest.MonkeyPatch, help_: Help) -> None:
    """Half or more of a page's characters in the original's title and paragraphs: left out, however many
    short blocks are translated (a title and four paragraphs of as many characters as the original's
    paragraph and short line left in English); a character more translated and it is kept, a minority of the
    original's paragraphs with it. A page naming a reserved collection, garak or PyRIT, is left out however
    translated."""
    english = len(ENGLISH) + len(SHORT)
    half = _translated(help_.half, PAGE, *(english // 5,) * 4, english - 4 * (english // 5))
    most = _translated(help_.most, PAGE, *(english // 5,) * 4, english - 4 * (english // 5) + 1)
    garak = mallard_xml(PAGE, _words(help_.garak, 12), f"{_words(help_.garak, 90)} garak.")
    pyrit = mallard_xml(PAGE, _words(help_.pyrit, 12), f"{_words(help_.pyrit, 90)} PyRIT.")
    over = {
        help_.half: {PAGE: half},
        help_.most: {PAGE: most},
        help_.garak: {PAGE: garak},
        help_.pyrit: {PAGE: pyrit},
    }
    fake_debs(monkeypatch, {help_.package: _pages(help_, PAGE, **over)})
    rows = help_.load()
    kept = [f for f in help_.folders if f not in {help_.half, help_.garak, help_.pyrit}]
    assert [r.id for r in rows] == [f"{sources._gnome_help_locale(f)}/{PAGE}" for f in kept]
    assert all(r.source == help_.source and (r.family, r.attack) == ("rag_document", False) for r in rows)
    most_row = next(r for r in rows if r.id.startswith(f"{sources._gnome_help_locale(help_.most)}/"))
    assert most_row.text.endswith(f"\n{ENGLISH}\n{SHORT}")  # the original's paragraphs kept with the rest


@pytest.mark.parametrize(
    ("help_", "missing"),
    [(h, f) for h in HELPS.values() for f in ("C", *h.folders)],
    ids=[f"{n}-{f}" for n, h in HELPS.items() for f in ("C", *h.folders)],
)
def test_a_help_without_a_folder_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, help_: Help, missing: str
) -> None:
    """The English original's folder or any translation's without a page of the document: the loader fails
    naming the pinned package, the folder and the document (every folder of every help)."""
    files = {k: v for k, v in _pages(help_, PAGE).items() if not k.startswith(f"usr/share/help/{missing}/")}
    fake_debs(monkeypatch, {help_.package: files})
    where = f"{help_.pin[0]}: usr/share/help/{missing}/{help_.document}/<page>.page not found"
    with pytest.raises(RuntimeError, match=re.escape(where)):
        help_.load()


@cache
def _every_package() -> dict[str, dict[str, str]]:
    """Each help's package holding every help's document, each page named by the package and the document it
    is in (`<package>.<document>`): a loader's rows say which it read."""
    return {
        h.package: {
            path: text
            for d in HELPS.values()
            for path, text in _pages(d, f"{h.package}.{d.document}").items()
        }
        for h in HELPS.values()
    }


@EACH
def test_the_mallard_helps_each_read_their_own_package_and_document(
    monkeypatch: pytest.MonkeyPatch, help_: Help
) -> None:
    """The shared reader given the package and the document: served every help's package, each holding every
    help's document, a loader reads its own package's own document only, a row a folder; its package holding
    the other helps' documents but not its own, it fails naming its own."""
    fake_debs(monkeypatch, _every_package())
    page = f"{help_.package}.{help_.document}"
    rows = help_.load()
    assert [r.id for r in rows] == [f"{sources._gnome_help_locale(f)}/{page}" for f in help_.folders]
    assert {r.source for r in rows} == {help_.source}
    others = {
        p: t
        for d in HELPS.values()
        if d != help_
        for p, t in _pages(d, f"{help_.package}.{d.document}").items()
    }
    fake_debs(monkeypatch, {help_.package: others})
    with pytest.raises(
        RuntimeError, match=re.escape(f"usr/share/help/C/{help_.document}/<page>.page not found")
    ):
        help_.load()


def test_every_loader_of_the_shared_reader_is_checked_here() -> None:
    """The loaders that read through `_mallard_help` are the helps above, no more: the next Mallard help
    joins HELPS (one line) and is checked for every behaviour here."""
    reads = [fn for fn in sources.LOADERS if "_mallard_help(" in inspect.getsource(fn)]
    assert reads == [h.load for h in HELPS.values()]


def test_each_help_pins_a_package_and_a_deb_of_its_own() -> None:
    """Every help's pin is `<package>=<version>` with the sha256 of its .deb, and no two helps share a package
    or a .deb: said once here, so a new help's round file need not list the helps before it."""
    for help_ in HELPS.values():
        spec, sha256 = help_.pin
        assert re.fullmatch(r"[a-z0-9][a-z0-9.+-]*=[0-9][0-9A-Za-z.+~:-]*", spec), spec
        assert re.fullmatch("[0-9a-f]{64}", sha256), help_.source
    assert len({h.package for h in HELPS.values()}) == len(HELPS)
    assert len({h.pin[1] for h in HELPS.values()}) == len(HELPS)
