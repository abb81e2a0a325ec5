"""Round 34: DFA budgets of the long layout's Sets (`long_set_max_mem_mb` in patterns.yaml).

Over a stream of the dev texts of 1 KB and more, four long Sets outgrew their DFA memory and were
rebuilt on every pass: the tool group's largest parts and the last group's part holding
`split_recall_r25a`. Their budgets were raised. A budget is only a ceiling on the states RE2 builds,
so it changes no result; what these tests check is what that relies on: the raised budgets reach
only Sets that texts over `prefilter_max_bytes` meet (short prompts, the bulk of the traffic, never
build states in them), and a Set finds the same entries whatever its budget, even when a small one
makes RE2 empty its cache again and again within one text.
"""

from __future__ import annotations

import random

from aiwatch.safety import injection as inj
from aiwatch.safety.engine import Matcher, compile_set
from aiwatch.safety.normalise import normalise
from aiwatch.safety.patterns import load, re2_options

_PS = load()


def _ids(m: Matcher, pattern_id: str) -> int:
    return next(i for i, p in enumerate(m.patterns) if p.id == pattern_id)


def _long_set_of(m: Matcher, entry: int) -> tuple[object, tuple[int, ...]]:
    (found,) = [(match, index) for match, index, _ in m._long if entry in index]
    return found


def test_the_raised_budgets_reach_only_sets_long_texts_meet() -> None:
    """Every long Set of a group given a budget in long_set_max_mem_mb is none of the Sets a text of
    up to prefilter_max_bytes meets (behind the gate or always), and the two groups whose parts
    outgrew their budgets in round 34 have more than RE2's default 64 MiB there."""
    m = inj._matcher()
    short = {id(s[0]) for s in (*m._always, *m._by_gate)}
    long_mb = _PS.long_set_budgets_mb()
    assert long_mb is not None
    budgets = _PS.long_set_max_mem_mb
    assert budgets is not None
    for family in ("tool_hijacking", "refusal_suppression"):
        assert budgets[family] > 64
    for name, mb in budgets.items():
        members = {i for i, p in enumerate(m.patterns) if p.category in _family_group(name)}
        sets = [match for match, index, _ in m._long if members.intersection(index)]
        assert sets and mb > 0
        assert not short.intersection(map(id, sets)), name
    match, _ = _long_set_of(m, _ids(m, "split_recall_r25a"))
    assert id(match) not in short


def _family_group(family: str) -> set[str]:
    """The categories sharing a Set group with `family` (the last group: every family in none)."""
    named = {cat for g in _PS.injection_sets for cat in g}
    for g in _PS.injection_sets:
        if family in g:
            return set(g)
    return {f.name for f in _PS.families if f.name not in named}


def _quoted_code(rnd: random.Random, n: int) -> str:
    """Code-like text: short variables given quoted strings, the shape split_recall_r25a's second
    branch counts windows over (the states that made its Set outgrow 64 MiB)."""
    words = ["alpha", "beta", "note", "value", "then", "next", "store", "this", "word", "now"]
    out = []
    while sum(map(len, out)) < n:
        var = rnd.choice("abcdefxyz") + rnd.choice(["", "1", "_tmp", "val"])
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 6)))
        out.append(
            f'{var} = "{text}"\n' if rnd.random() < 0.7 else f"{rnd.choice(words)} {rnd.choice(words)}. "
        )
    return "".join(out)


def test_a_long_set_finds_the_same_entries_whatever_its_budget() -> None:
    """The last group's long Set holding split_recall_r25a, compiled with 8 MiB (its cache emptied
    many times per text; 4 MiB no longer compiles it since round 35's new entries moved fiction_rules_void_r12 into it) and with its shipped budget, reports the same entries on varied code-like
    texts, with and without the pattern's own example planted; the example is found by both."""
    m = inj._matcher()
    recall = _ids(m, "split_recall_r25a")
    _, index = _long_set_of(m, recall)
    n = len(m.patterns)
    sig = dict(inj.screen_signals(inj.load_model().cue_signals()))
    entries = [(i, m.patterns[i].source if i < n else sig[m.signals[i - n]]) for i in index]
    long_mb = _PS.long_set_budgets_mb()
    assert long_mb is not None
    small = compile_set(entries, re2_options(8 << 20))
    shipped = compile_set(entries, re2_options(long_mb[-1] << 20))
    example = m.patterns[recall].examples[0]
    rnd = random.Random(34)
    found_example = 0
    for k in range(12):
        text = _quoted_code(rnd, 6_000)
        if k % 2:
            cut = rnd.randrange(len(text))
            text = f"{text[:cut]}\n{example}\n{text[cut:]}"
        data = normalise(text, False).data
        got = sorted(small(data) or ())
        assert got == sorted(shipped(data) or ())
        if k % 2:
            assert index.index(recall) in got
            found_example += 1
    assert found_example == 6
