"""Round 36: behind the gate, each group without a script need is one Set for short texts.

A short prompt's Set pass costs what its DFA walk misses in the CPU caches, byte by byte, and the gate
opened ~5.6 capped parts per dev short benign prompt, most of them parts of the same four groups.
With `short_merge_mem_mb` (patterns.yaml) each such group holds all its gated entries in one Set of
that DFA budget (`engine.Matcher._short_layout`). It is exact because a Set reports every entry that
matches, however the entries are grouped, and the merged Set's gate entry holds the atoms of all its
entries. These tests check that structure against the capped layout (`merge_short=False`), that both
find the same on constructed texts, and that the budget reaches the merged Sets only.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any
from unittest import mock

import pytest
from aiwatch.safety import engine
from aiwatch.safety import injection as inj
from aiwatch.safety.engine import Matcher
from aiwatch.safety.normalise import normalise
from aiwatch.safety.patterns import load, re2_options

_PS = load()


@pytest.fixture(scope="module")
def layouts() -> tuple[Matcher, Matcher]:
    """The screen's Matcher (merged) and the same patterns with the capped short layout."""
    return inj._matcher(), inj.injection_matcher(merge_short=False)


def _group_of(m: Matcher) -> dict[int, int]:
    """Global entry id -> the index of its Set group (signals by their name's group, the last group
    for a family or signal in none), as Matcher groups them."""
    cues = {name for name, _ in inj.load_model().cue_signals()}
    groups = [(*g, *cues) if inj.MODEL_CUES in g else g for g in _PS.injection_sets]
    member = {name: k for k, g in enumerate(groups) for name in g}
    n = len(m.patterns)
    out = {i: member.get(p.category, len(groups)) for i, p in enumerate(m.patterns)}
    out.update({n + j: member.get(name, len(groups)) for j, name in enumerate(m.signals)})
    return out


def test_each_group_without_a_script_meets_short_texts_in_one_set(layouts: tuple[Matcher, Matcher]) -> None:
    merged, capped = layouts
    assert _PS.short_merge_mem_mb > 0
    # The same entries behind the gate and in it, the same script Sets, the same long layout.
    assert sorted(i for s in merged._by_gate for i in s[1]) == sorted(
        i for s in capped._by_gate for i in s[1]
    )
    assert sorted(merged._gate_free) == sorted(capped._gate_free) and merged._always == capped._always == []
    assert [s[1] for s in merged._by_gate if s[2]] == [s[1] for s in capped._by_gate if s[2]]
    assert [s[1] for s in merged._long] == [s[1] for s in capped._long]
    # Without a script: one Set per group, where the capped layout cuts each group into several.
    group = _group_of(merged)
    unscripted = [s[1] for s in merged._by_gate if not s[2]]
    owners = [{group[i] for i in index} for index in unscripted]
    assert all(len(o) == 1 for o in owners) and len({min(o) for o in owners}) == len(owners)
    capped_unscripted = [s[1] for s in capped._by_gate if not s[2]]
    assert len(unscripted) == 4 and len(capped_unscripted) >= 3 * len(unscripted)
    assert max(map(len, unscripted)) > _PS.set_max_entries  # the cap binds the long layout only


def _texts() -> list[bytes]:
    """Examples and near misses, pairs of them joined, and fragments of them upper-cased or run
    together with prose, up to the gate's 1 KB."""
    base = [t for f in _PS.families for p in f.patterns for t in p.examples]
    base += [t for f in _PS.families for t in f.near_misses]
    rng = random.Random(36)
    out = list(base)
    prose = "Could you summarise the meeting notes and list what the team should do next week? "
    for _ in range(800):
        a, b = rng.choice(base), rng.choice(base)
        i, j = rng.randrange(len(a) + 1), rng.randrange(len(b) + 1)
        joined = rng.choice([a + " " + b, a[:i] + b[j:], prose + a[i:], b[:j] + "\n" + prose])
        out.append(joined.upper() if rng.random() < 0.2 else joined)
    return [d for d in (normalise(t, False).data for t in out) if len(d) <= _PS.prefilter_max_bytes]


def test_merged_and_capped_short_layouts_find_the_same(layouts: tuple[Matcher, Matcher]) -> None:
    merged, capped = layouts
    texts = _texts()
    found = opened_merged = opened_capped = 0
    for data in texts:
        got = merged.search(data)
        assert got == capped.search(data), data[:120]
        found += bool(got[0])
        opened_merged += sum(1 for k in merged._gate(data) or () if k < len(merged._by_gate))
        opened_capped += sum(1 for k in capped._gate(data) or () if k < len(capped._by_gate))
    assert len(texts) > 2500 and found > len(texts) // 2  # the comparison is mostly of texts that match
    assert opened_merged < opened_capped / 2  # fewer Sets opened for the same texts


def _budgets(**kw: Any) -> tuple[list[tuple[int, int]], Matcher]:
    """(entries, DFA budget) of each Set compiled for a Matcher of 40 shipped patterns in two groups,
    cut into parts of 10."""
    sizes: list[tuple[int, int]] = []
    compile_set = engine.compile_set

    def record(entries: Sequence[engine.Entry], opts: Any, loose: bool = False) -> Callable[[bytes], Any]:
        sizes.append((len(entries), opts.max_mem))
        return compile_set(entries, opts, loose)

    pats = _PS.injection_patterns[:40]
    cats = sorted({p.category for p in pats})
    with mock.patch.object(engine, "compile_set", record):
        m = Matcher(pats, groups=[cats[:1]], max_entries=10, prefilter_max_bytes=1024, **kw)
    return sizes, m


def test_the_merge_budget_reaches_the_merged_sets_only() -> None:
    mib = 1 << 20
    sizes, m = _budgets(short_merge_mem=200 * mib)
    merged = [s for s in sizes if s[1] == 200 * mib]
    assert merged and sum(k for k, _ in merged) == sum(len(s[1]) for s in m._by_gate)
    assert len(m._by_gate) == len(merged) <= 2 and max(k for k, _ in merged) > 10
    assert {mem for _, mem in sizes if mem != 200 * mib} == {re2_options().max_mem}
    plain_sizes, plain = _budgets()
    assert not [s for s in plain_sizes if s[1] == 200 * mib] and len(plain._by_gate) > len(m._by_gate)
