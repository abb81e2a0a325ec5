"""Samples from the fixed lists of our own generated sources, one way for every module.

Each generated module writes its texts out in batches (the first unprefixed, the blind batches
after it with ids `b2/…`, `b3/…`), so an id is the batch's prefix, the text's kind or language and
its index in its batch: stable as long as a batch is not edited, whatever is added after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from bench.corpus.sources import Sample

Batches = Sequence[tuple[str, Iterable[tuple[str, str]]]]  # (id prefix, [(kind, text)])


def by_kind(source: str, batches: Batches, family: Callable[[str], str], attack: bool) -> list[Sample]:
    """(kind, text) rows: id `{prefix}{kind}/{i}`, label the kind, family `family(kind)`."""
    return [
        Sample(source, f"{prefix}{kind}/{i}", family(kind), text, attack, kind)
        for prefix, rows in batches
        for i, (kind, text) in enumerate(rows)
    ]


def by_language(
    source: str, batches: Sequence[tuple[str, Iterable[tuple[str, str, str]]]], kind_family: Mapping[str, str]
) -> list[Sample]:
    """(language, kind, text) attack rows: id `{prefix}{lang}/{kind}/{i}`, label the language."""
    return [
        Sample(source, f"{prefix}{lang}/{kind}/{i}", kind_family[kind], text, True, lang)
        for prefix, rows in batches
        for i, (lang, kind, text) in enumerate(rows)
    ]


def chat_by_language(source: str, batches: Batches) -> list[Sample]:
    """(language, text) benign rows: id `{prefix}{lang}/{i}`, family `chat_{lang}`, label the language."""
    return [
        Sample(source, f"{prefix}{lang}/{i}", f"chat_{lang}", text, False, lang)
        for prefix, rows in batches
        for i, (lang, text) in enumerate(rows)
    ]
