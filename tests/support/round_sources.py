"""Assertions the per-round source tests share: a round's sources held out, or promoted to dev, and where
they load; an authored set's committed file pinned (sha256) and its rows counted per language and kind; a
made-up set file read in its place."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pytest

from bench import split_check
from bench.corpus import sources
from bench.corpus.sources import Sample, committed
from tests.support.corpus_files import (
    HELD_OUT_SPAN,
    assert_heldout_encoded_first,
    first_held_out_loader,
    held_out_span,
)

Loader = Callable[[], list[Sample]]


def _name(fn: Loader) -> str:
    return fn.__name__.replace("_", "-")


def _is_benign_set(src: str) -> bool:
    """Look-alikes written beside the attacks are hard negatives; real content is not written against a rule."""
    return src.endswith("-benign")


def assert_held_out(
    loaders: Sequence[Loader], round_no: int, hard_negative: Callable[[str], bool] = _is_benign_set
) -> int:
    """The round's sources are held out in `round_no`, load one after the other, are not ours (committed()
    never returns them) and are hard negatives as `hard_negative` says; the held-out span is the one stated.
    Returns the index in LOADERS of the first, for the caller's own order checks."""
    names = [_name(fn) for fn in loaders]
    for src in names:
        assert sources.HELD_OUT_ROUND[src] == round_no, src
        assert Sample(src, "1", "rag_document", "x", False).split == "held_out", src
        assert (src in sources.HARD_NEGATIVES) == hard_negative(src), src
    i = sources.LOADERS.index(loaders[0])
    assert sources.LOADERS[i : i + len(loaders)] == tuple(loaders), "not one after the other"
    assert not {s.source for s in committed()} & set(names), "committed() returns a held-out source"
    assert held_out_span() == HELD_OUT_SPAN
    return i


def assert_held_out_rounds_from(loaders: Sequence[Loader], round_no: int) -> None:
    """`loaders` (the tail of LOADERS after a round's place) are held out in rounds `round_no` to the span's
    last, in that order: derived from HELD_OUT_SPAN, so wiring a newer round's sources edits no older round's
    order check."""
    rounds = [sources.HELD_OUT_ROUND.get(_name(fn)) for fn in loaders]
    assert set(rounds) == set(range(round_no, HELD_OUT_SPAN[1] + 1)) and rounds == sorted(rounds), rounds


def assert_pinned_translations(
    book: str,
    source: str,
    packages: Sequence[tuple[str, str]],
    original: tuple[str, str],
    version: str,
    locale_of: Callable[[str], str],
    original_locale: str,
) -> None:
    """A translated book's Debian packages pinned as its fetch needs them (`apt-get download`, checked by
    sha256): `<book>-<locale>=<version>` each with a sha256 of its own, the English original (its locale
    `original_locale`) beside them, one version; the locales in package order, sorted, are the ones the
    source's name joins (`<book>-<locale>-<locale>...`)."""
    everything = (*packages, original)
    assert all(spec.startswith(f"{book}-") and re.fullmatch("[0-9a-f]{64}", s) for spec, s in everything)
    assert {spec.split("=", 1)[1] for spec, _ in everything} == {version}
    assert len({sha256 for _, sha256 in everything}) == len(everything)
    locales = [locale_of(spec) for spec, _ in packages]
    assert locales == sorted(locales)
    assert "-".join(locales) == source.removeprefix(f"{book}-")
    assert locale_of(original[0]) == original_locale


def assert_promoted(
    loaders: Sequence[Loader],
    encoded: Loader | None,
    after: Loader,
    hard_negative: Callable[[str], bool] = _is_benign_set,
) -> None:
    """A round's sources, held out for three rounds, are dev with their encoded set (`encoded`, listed in
    ENCODED_SOURCES; None for a round whose attacks gave `heldout-encoded` no seed), load one after the
    other (the encoded set right after them), after `after` (the previous promotion's last loader) and
    before every held-out source; hard negatives as `hard_negative` says. The first held-out loader is
    heldout-encoded, seeded from the newest held-out attack source that gave seeds; the held-out span is
    the one stated."""
    moved = (*loaders, encoded) if encoded is not None else tuple(loaders)
    for fn in moved:
        src = _name(fn)
        assert src not in sources.HELD_OUT_ROUND, src
        assert Sample(src, "1", "rag_document", "x", False).split == "dev", src
        assert (src in sources.HARD_NEGATIVES) == hard_negative(src), src
    i = sources.LOADERS.index(loaders[0])
    assert sources.LOADERS[i : i + len(moved)] == moved, "not one after the other"
    assert sources.LOADERS.index(after) < i, f"not after {after.__name__}"
    assert i + len(moved) <= first_held_out_loader(), "not before every held-out source"
    assert_heldout_encoded_first()
    assert encoded is None or _name(encoded) in sources.ENCODED_SOURCES
    assert held_out_span() == HELD_OUT_SPAN


def assert_ours(loader: Loader, source: str) -> None:
    """An authored dev set (`source` and `source`-benign, read by `loader`) is ours: committed() returns both
    sides, split_check counts it among our own sources and keeps its attacks in BUILD (so no third-party
    source's half shifts)."""
    assert {source, f"{source}-benign"} <= {s.source for s in committed()}, source
    assert source in split_check.own_sources(), source
    attacks = [r for r in loader() if r.attack][:3]
    assert set(split_check.halves(attacks).values()) == {split_check.BUILD}, source


def sides(rows: Sequence[Sample]) -> tuple[list[Sample], list[Sample]]:
    """A set's rows as (attacks, benign), for a set one loader reads whole."""
    return [r for r in rows if r.attack], [r for r in rows if not r.attack]


# Pinned counts of a set's (attacks, benign), or None where a side is not pinned that way.
Pins = tuple[Mapping[str, int] | None, Mapping[str, int] | None]


def assert_pinned_counts(
    path: str,
    sha256: str,
    attacks: Sequence[Sample],
    benign: Sequence[Sample],
    *,
    source: str,
    split: str,
    by_lang: Pins = (None, None),
    by_kind: Pins = (None, None),
    by_label: Pins = (None, None),
    sizes: tuple[int, int] | None = None,
    families: tuple[Mapping[str, str], int] | None = None,
) -> None:
    """A committed set as it was read or counted (counts only: a held-out set's rows are never printed).
    Its file (`path`, under bench/corpus unless absolute) has `sha256`, so a changed row changes every
    figure read from it; the attacks are `source`'s and attacks, the benign rows `source`-benign's and not
    attacks; rows per language (the label's first part), per kind (its second part) and per whole label
    (`lang/kind`) are `by_lang`, `by_kind` and `by_label` (attacks, benign) where given, `sizes` (attacks,
    benign) where given; every text and id once; every row in `split`, no literal `\\n` left in a text.
    `families` (a kind-to-family map, a count), where given: the attacks' families are exactly the map's,
    and that many attacks are `multilingual` (not in English)."""
    data = (Path(sources.__file__).parent / path).read_bytes()
    assert hashlib.sha256(data).hexdigest() == sha256, f"{path}: sha256 changed"
    own = f"{path}: a row not its side's source's"
    assert attacks and all(r.attack and r.source == source for r in attacks), own
    assert benign and all(not r.attack and r.source == f"{source}-benign" for r in benign), own
    for what, key, pins in (
        ("language", lambda label: label.split("/")[0], by_lang),
        ("kind", lambda label: label.split("/")[1], by_kind),
        ("label", lambda label: label, by_label),
    ):
        for side, rows, pinned in zip(("attacks", "benign"), (attacks, benign), pins, strict=True):
            if pinned is not None:
                got = Counter(key(r.label) for r in rows)
                assert got == pinned, f"{path}: {side} per {what} {dict(sorted(got.items()))}"
    if sizes is not None:
        assert (len(attacks), len(benign)) == sizes, f"{path}: {len(attacks)} attacks, {len(benign)} benign"
    if families is not None:
        kind_family, multilingual = families
        got_families = Counter(r.family for r in attacks)
        assert got_families["multilingual"] == multilingual, (
            f"{path}: {got_families['multilingual']} multilingual"
        )
        assert set(got_families) == set(kind_family.values()), f"{path}: families {sorted(got_families)}"
    every = [*attacks, *benign]
    assert len({r.text for r in every}) == len({r.id for r in every}) == len(every), (
        f"{path}: a text or id twice"
    )
    assert all(r.split == split and "\\n" not in r.text for r in every), (
        f"{path}: a row not {split} or with \\n"
    )


def made_up_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, constant: str, text: str) -> None:
    """Write `text` (UTF-8) to tmp_path/made_up.tsv and point `sources.<constant>`, the committed set's file
    name, at it: the loaders then read the made-up file (an error names made_up.tsv and the line)."""
    f = tmp_path / "made_up.tsv"
    f.write_text(text, encoding="utf-8")
    monkeypatch.setattr(sources, constant, str(f))
