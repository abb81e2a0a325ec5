"""Round 37: the DFA budgets of the Sets short texts meet behind the gate (`set_max_mem_mb`).

make bench times its mixed stream of short attacks and benign texts after every other row. After those
rows four Sets behind the gate had reached their 128 MiB: three parts of the tool group and one of the
last group. On the stream RE2 then emptied their caches and built them again, and those four Sets cost
5-11 times what they cost in a fresh process. Their groups' budgets were raised. A budget only caps
the states RE2 builds, so it changes no result. These tests check what the change relies on: the
raised budgets reach those Sets, and a Set behind the gate reports the same entries whatever its
budget, also when a small one makes RE2 empty its cache many times on one stream.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import re2
from aiwatch.safety import injection as inj
from aiwatch.safety.engine import Entry, Matcher, compile_set
from aiwatch.safety.model import load as load_model
from aiwatch.safety.normalise import normalise
from aiwatch.safety.patterns import load, re2_options

_PS = load()
# The groups whose Sets behind the gate outgrew 128 MiB on make bench's mixed stream after its other rows.
_RAISED = ("tool_hijacking", "refusal_suppression")


def _entries(m: Matcher, index: tuple[int, ...]) -> list[Entry]:
    n = len(m.patterns)
    return [(i, m.patterns[i].source if i < n else _signal_source(m, i - n)) for i in index]


def _signal_source(m: Matcher, j: int) -> str:
    name = m.signals[j]
    return dict(inj.screen_signals(load_model().cue_signals()))[name]


def _gated_parts(m: Matcher, family: str) -> list[tuple[int, ...]]:
    """Index tuples of the Sets behind the gate holding a pattern of `family`."""
    return [
        index
        for _, index, _ in m._by_gate
        if any(i < len(m.patterns) and m.patterns[i].category == family for i in index)
    ]


def test_the_raised_groups_have_more_than_128_mib_behind_the_gate() -> None:
    """Each group named in _RAISED has more than 128 MiB in set_max_mem_mb, the budget of its Sets
    behind the gate; those Sets are short-only (no text over prefilter_max_bytes meets them), so the
    long layout's budgets (long_set_max_mem_mb) are a separate figure."""
    m = inj._matcher()
    long_ids = {id(s[0]) for s in m._long}
    for family in _RAISED:
        assert _PS.set_max_mem_mb[family] > 128, family
        parts = _gated_parts(m, family)
        assert len(parts) >= 1
        gated = [s for s in m._by_gate if s[1] in parts]
        assert not long_ids.intersection(id(s[0]) for s in gated), family


def _texts(m: Matcher, index: tuple[int, ...], rnd: random.Random, n: int) -> list[bytes]:
    """Examples of the entries, cut at a random place and joined to other examples or prose, some
    upper-cased: near misses and matches for the Set's entries (normalised bytes, as the screen sees)."""
    examples = [e for i in index if i < len(m.patterns) for e in m.patterns[i].examples]
    prose = [
        "please",
        "check",
        "the",
        "tool",
        "output",
        "and",
        "summarise",
        "the",
        "report",
        "for",
        "the",
        "team",
        "before",
        "friday",
    ]
    out = [normalise(e).data for e in examples]
    for _ in range(n):
        a, b = rnd.choice(examples), rnd.choice(examples)
        cut = rnd.randint(0, len(a))
        filler = " ".join(rnd.choice(prose) for _ in range(rnd.randint(0, 8)))
        text = f"{a[:cut]} {filler} {b[rnd.randint(0, len(b)) :]}"
        out.append(normalise(text.upper() if rnd.random() < 0.2 else text).data)
    return out


def _smallest_compiling(entries: list[Entry]) -> Callable[[bytes], Any]:
    """The Set compiled with the smallest of 8, 16 or 32 MiB it compiles with (a part that gains an
    entry may outgrow 8 MiB's program budget); AssertionError if none does."""
    for mib in (8, 16, 32):
        try:
            return compile_set(entries, re2_options(mib << 20))
        except re2.error:
            continue
    raise AssertionError("no small budget compiles the Set")


def test_a_gated_set_finds_the_same_entries_whatever_its_budget() -> None:
    """Each Set behind the gate of the raised groups, compiled with the smallest budget it compiles
    with (8, 16 or 32 MiB: its cache emptied again and again over the stream) and with its shipped budget, reports the same entries on a stream of its
    entries' examples and mutations of them; at least one text per Set matches."""
    m = inj._matcher()
    rnd = random.Random(37)
    for family in _RAISED:
        for index in _gated_parts(m, family):
            entries = _entries(m, index)
            small = _smallest_compiling(entries)
            shipped = compile_set(entries, re2_options(_PS.set_max_mem_mb[family] << 20))
            found = 0
            for data in _texts(m, index, rnd, 300):
                a, b = sorted(small(data) or ()), sorted(shipped(data) or ())
                assert a == b, (family, data[:80])
                found += bool(b)
            assert found > 0, family
