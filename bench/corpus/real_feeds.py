"""Real web content an agent fetches: a dev benign source of pages, feeds and translated strings.

Dev's benign side had chat prompts and repository documents (`real-docs`), nothing of what a browsing
or feed-reading agent gets back: pages of real sites with their markup, RSS/Atom feeds and podcast
feeds, sitemaps, page and e-mail templates, and translated interface strings in many scripts (Cyrillic,
Greek, Arabic, Hebrew, CJK, Devanagari, Thai, Latin with diacritics). `real_feeds` reads such files
from the test data, themes and translation catalogues of pinned packages (HTML extractors and
scrapers, feed parsers, site generators and their themes, web frameworks' locales; PyPI sdists and
npm tarballs, pinned with their archive's sha256 and licence in `real_feeds.yaml`) at run time:
nothing of them is committed.

Rules (`real_feeds.yaml` holds the numbers and lists): a file is kept by its path (a package's `paths`
patterns and a suffix of `kinds`), never by what the screen says of it; a file that is not UTF-8 is
left out. One row is a file, or, for a file longer than `row_max` characters, a run of its sections
(`real_content.sections`: cut at blank lines, a section longer than that cut at a break) packed up to
`row_max`; rows shorter than `row_min` are left out; at most `file_rows_max` rows a file and
`package_rows_max` a package, spread evenly over their order. A row that nearly copies an earlier row
of the source (`real_content.near_key`) counts once. Files about attacks (sanitizer test vectors of
script injection, XSS payloads, files about prompt injection or jailbreaks) are not benign content:
left out by a path word (`attack_path_words`) or real_content.yaml's attack-topic terms in the text.

The packages are split into two halves by name (`package_half`): rounds that narrow what flags this
source read only the BUILD half's flagged texts and judge on the CHECK half, counted unread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from bench.corpus import real_content

if TYPE_CHECKING:
    from bench.corpus.sources import Sample

CONFIG = Path(__file__).resolve().parent / "real_feeds.yaml"
SOURCE = "real-feeds"


@dataclass(frozen=True)
class FeedPackage(real_content.Package):
    """A pinned package (`real_content.Package`) and the patterns of the files read from it."""

    paths: tuple[str, ...] = ()


@cache
def config() -> dict[str, Any]:
    """real_feeds.yaml: the rules' numbers, the kinds by suffix, the attack path words, the pins."""
    return yaml.safe_load(CONFIG.read_text(encoding="utf-8"))


def packages() -> tuple[FeedPackage, ...]:
    """The pinned packages, in the order of real_feeds.yaml."""
    return tuple(FeedPackage(**{**p, "paths": tuple(p["paths"])}) for p in config()["packages"])


def package_half(name: str) -> str:
    """BUILD or CHECK of a pinned package: the packages sorted by name, alternating BUILD, CHECK (the
    rule of `real_content.package_half`, over this source's packages)."""
    return real_content.package_half(name, [p.name for p in packages()])


def file_kind(path: str) -> str | None:
    """The kind of a file by its suffix (page, feed, catalogue, strings, template, message), or None
    when the file is not read."""
    low = path.lower()
    for kind, suffixes in config()["files"]["kinds"].items():
        if low.endswith(tuple(suffixes)):
            return str(kind)
    return None


def about_attacks(path: str, text: str) -> bool:
    """A file about attacks, not benign content: a path word of `attack_path_words` (sanitizer and
    XSS test vectors, payloads) or real_content's attack-topic rule (prompt injection, jailbreaks)."""
    words = config()["files"]["attack_path_words"]
    return any(w in path.lower() for w in words) or real_content.about_attacks(path, text)


def row_language(path: str, text: str) -> str:
    """A row's language: the locale its path names (`locale_paths`: a translated file mixes the
    source strings with their translation), else, or for English, its text's (sources.text_language)."""
    from bench.corpus.sources import text_language

    for pattern in config()["locale_paths"]:
        m = re.search(pattern, path)
        if m and m["lang"].lower() != "en":
            return m["lang"].lower()
    return text_language(text)


def kept(pkg: FeedPackage, path: str) -> bool:
    """Whether a file of the package is read: its path matches one of the package's patterns and its
    suffix names a kind."""
    return file_kind(path) is not None and any(fnmatchcase(path, p) for p in pkg.paths)


def package_rows(pkg: FeedPackage, data: bytes) -> list[tuple[str, str, str]]:
    """(id, kind, text) of a package's rows by the module's rules, before the source-wide near-copy
    rule."""
    from bench.corpus.sources import names_reserved_or_dev, spread

    rules = config()["rows"]
    out: list[tuple[str, str, str]] = []
    for path, text in real_content.archive_texts(data, lambda p: kept(pkg, p)):
        if about_attacks(path, text) or names_reserved_or_dev(text):
            continue  # about attacks, or naming a tool reserved for evaluation or a collection dev holds
        rows = [
            r
            for r in real_content.sections(text.replace("\r\n", "\n"), path, rules["row_max"])
            if len(r) >= rules["row_min"]
        ]
        keep = spread(list(range(len(rows))), rules["file_rows_max"])  # type: ignore[arg-type]
        out += [(f"{pkg.name}:{path}#{i}", str(file_kind(path)), rows[i]) for i in keep]
    return spread(out, rules["package_rows_max"])  # type: ignore[arg-type]


def real_feeds_from(pkgs: tuple[FeedPackage, ...], read: Callable[[FeedPackage], bytes]) -> list[Sample]:
    """The source's rows from `read(package)` (an archive's bytes) of each package, in the pins'
    order: family `rag_document`, labelled by kind and language (`row_language`); near copies count once, and the
    rows real_feeds.yaml's `left_out_rows` names are left out."""
    from bench.corpus.sources import Sample

    left_out = set(config().get("left_out_rows") or ())
    out = []
    for sid, kind, text in real_content.distinct_rows(pkgs, read, package_rows, left_out):
        lang = row_language(sid.split(":", 1)[1].rsplit("#", 1)[0], text)
        out.append(Sample(SOURCE, sid, "rag_document", text, False, f"{kind}/{lang}"))
    return out


def real_feeds() -> list[Sample]:
    """Real web content from pinned registry packages: pages of real sites, RSS/Atom and podcast
    feeds, sitemaps, page and e-mail templates, translated interface strings in many scripts."""
    return real_feeds_from(packages(), lambda p: real_content.archive(p).read_bytes())


def licences() -> dict[str, str]:
    """Each pinned package's licence, by spec."""
    return {p.spec: p.licence for p in packages()}
