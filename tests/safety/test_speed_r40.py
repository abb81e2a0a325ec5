"""Round 40: the DFA budgets of the gate (`gate_max_mem_mb`, 256 -> 512 MiB) and of multilingual_override's Sets
behind it (`set_max_mem_mb`, 128 -> 256 MiB).

make bench screens its short benign prompts and then its mixed stream of short attacks and benign texts in every
language. By the stream's second pass multilingual_override's weakest part had outgrown its 128 MiB, on main: RE2
emptied and rebuilt its cache over and over. Round 39's multilingual entries, whose atoms are gate entries, made
the gate outgrow its 256 MiB the same way. A budget only caps the states RE2 builds, so it changes no result.
These tests check what the change relies on: the budgets are raised, the group's raised Sets are short-only, and
such a Set reports the same entries whatever its budget, also when a small one makes RE2 empty its cache many
times on one stream."""

from __future__ import annotations

import random

import re2
from aiwatch.safety import injection as inj
from aiwatch.safety.engine import Matcher, compile_set
from aiwatch.safety.normalise import normalise
from aiwatch.safety.patterns import load, re2_options

_PS = load()
_FAMILY = "multilingual_override"


def _gated_parts(m: Matcher) -> list[tuple[int, ...]]:
    """Index tuples of the Sets behind the gate holding a multilingual_override pattern."""
    n = len(m.patterns)
    return [
        index for _, index, _ in m._by_gate if any(i < n and m.patterns[i].category == _FAMILY for i in index)
    ]


def test_the_gate_and_multilingual_override_have_the_raised_budgets() -> None:
    """The gate has more than 256 MiB, multilingual_override's Sets behind it more than 128; those Sets are
    short-only (no text over prefilter_max_bytes meets them: long_set_max_mem_mb is a separate figure)."""
    assert _PS.gate_max_mem_mb > 256
    assert _PS.set_max_mem_mb[_FAMILY] > 128
    m = inj._matcher()
    parts = _gated_parts(m)
    assert len(parts) >= 4  # the group is cut in parts of at most set_max_entries
    long_ids = {id(s[0]) for s in m._long}
    assert not long_ids.intersection(id(s[0]) for s in m._by_gate if s[1] in parts)


def _texts(m: Matcher, index: tuple[int, ...], rnd: random.Random, n: int) -> list[bytes]:
    """The entries' examples, and examples cut at a random place and joined to another: near misses and
    matches for the Set's entries (normalised bytes, as the screen sees them)."""
    examples = [e for i in index if i < len(m.patterns) for e in m.patterns[i].examples]
    out = [normalise(e).data for e in examples]
    for _ in range(n):
        a, b = rnd.choice(examples), rnd.choice(examples)
        out.append(normalise(f"{a[: rnd.randint(0, len(a))]} {b[rnd.randint(0, len(b)) :]}").data)
    return out


def test_a_multilingual_set_finds_the_same_entries_whatever_its_budget() -> None:
    """Each multilingual_override Set behind the gate, compiled with the smallest of 8, 16 or 32 MiB it compiles
    with and with its shipped budget, reports the same entries on its examples and mutations of them; at least
    one text per Set matches."""
    m = inj._matcher()
    n = len(m.patterns)
    rnd = random.Random(40)
    for index in _gated_parts(m):
        entries = [(i, m.patterns[i].source) for i in index if i < n]
        small = None
        for mib in (8, 16, 32):
            try:
                small = compile_set(entries, re2_options(mib << 20))
                break
            except re2.error:
                continue
        assert small is not None
        shipped = compile_set(entries, re2_options(_PS.set_max_mem_mb[_FAMILY] << 20))
        found = 0
        for data in _texts(m, index, rnd, 200):
            a, b = sorted(small(data) or ()), sorted(shipped(data) or ())
            assert a == b, data[:80]
            found += bool(b)
        assert found > 0
