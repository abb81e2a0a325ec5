"""Round 35: long windows loosened in the Sets only long texts meet, each report confirmed exactly.

`split_recall_r25a` counts windows of any characters ("[\\s\\S]{0,300}", "{0,200}"). RE2's DFA keeps
a thread per position where such a window opened, so on long text its states multiply: alone it
built 841 MiB on the dev texts of 1 KB and more. A long Set (`engine.compile_set` with `loose`) holds
such an entry with its windows unbounded (`engine.loosened`), which matches wherever the exact one
does and more, and a Set of the exact entry alone confirms every text the loosened one is reported
in. These tests check what the exactness relies on: the rewrite only unbounds long windows (a
superset), a loose Set reports exactly the entries an exact one does, also on texts where only the
loosened form matches, and no Set a short text meets is loosened.
"""

from __future__ import annotations

import random

import re2
from aiwatch.safety import injection as inj
from aiwatch.safety.engine import LOOSE_MIN_WINDOW, compile_set, loosened
from aiwatch.safety.normalise import normalise
from aiwatch.safety.patterns import re2_options

_LOOSE_IDS = ("split_recall_r25a",)


def test_loosened_unbounds_only_long_windows_of_any_character() -> None:
    """Windows of any characters of LOOSE_MIN_WINDOW or more become unbounded (lazy or not); shorter
    ones, other classes, a window with a minimum and an escaped "[" are left as they are."""
    n = LOOSE_MIN_WINDOW
    assert loosened(rf"a[\s\S]{{0,{n}}}?b") == r"a[\s\S]*?b"
    assert loosened(rf"a[\s\S]{{0,{n * 3}}}b") == r"a[\s\S]*b"
    for kept in (
        rf"a[\s\S]{{0,{n - 1}}}b",
        rf"a[^\n]{{0,{n * 3}}}b",
        rf"a\[\s\S]{{0,{n * 3}}}b",
        rf"a[\s\S]{{2,{n * 3}}}b",
    ):
        assert loosened(kept) == kept


def _quoted_code(rnd: random.Random, n: int) -> str:
    """Code-like text: short variables given quoted strings, then words split_recall_r25a's second
    branch ends on ("now", "then" ... "answer", "return"), the shape whose windows it counts."""
    words = ["alpha", "beta", "now", "then", "next", "answer", "return", "combine", "x", "y", "and"]
    out = []
    while sum(map(len, out)) < n:
        var = rnd.choice("abxy") + rnd.choice(["", "1", "_v"])
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 5)))
        out.append(f'{var} = "{text}"\n' if rnd.random() < 0.6 else f"{' '.join(rnd.sample(words, 4))}. ")
    return "".join(out)


def _planted(rnd: random.Random, examples: list[str]) -> list[str]:
    """Texts with an example cut in two at each of its spaces, the halves a gap around the windows'
    bounds apart, alone or in code-like text."""
    out = []
    for e in examples:
        for cut in (k for k, c in enumerate(e) if c == " "):
            for gap in (40, 99, 150, 199, 201, 260, 299, 301, 400):
                body = _quoted_code(rnd, rnd.choice([0, 0, 600, 3_000]))
                k = rnd.randrange(len(body) + 1)
                out.append(body[:k] + e[:cut] + " " + "z " * (gap // 2) + e[cut:] + body[k:])
    return out


def test_a_loose_set_reports_exactly_the_entries_an_exact_one_does() -> None:
    """The long Set holding split_recall_r25a, compiled loose and exact, reports the same entries on
    the pattern's examples split by gaps around its windows' bounds, in code-like text. Some of
    those texts match the loosened form but not the exact one: the confirmation is exercised."""
    m = inj._matcher()
    target = next(i for i, p in enumerate(m.patterns) if p.id == "split_recall_r25a")
    pattern = m.patterns[target]
    index = next(index for _, index, _ in m._long if target in index)
    signals = dict(inj.screen_signals(inj.load_model().cue_signals()))
    entries = [(i, m.patterns[i].source if i < len(m.patterns) else signals[m.signals[i - len(m.patterns)]])
               for i in index]  # fmt: skip
    opts = re2_options(64 << 20)
    exact, loose = compile_set(entries, opts), compile_set(entries, opts, loose=True)
    one, one_loose = re2.compile(pattern.source, opts), re2.compile(loosened(pattern.source), opts)
    rnd = random.Random(35)
    texts = [*pattern.examples, *_planted(rnd, list(pattern.examples))]
    only_loose = 0
    for text in texts:
        data = normalise(text, False).data
        assert sorted(exact(data) or ()) == sorted(loose(data) or ()), text[:80]
        hit, hit_loose = one.search(data) is not None, one_loose.search(data) is not None
        assert hit_loose or not hit  # a superset
        only_loose += hit_loose and not hit
    assert only_loose >= 5
    for example in pattern.examples:
        found = loose(normalise(example, False).data) or ()
        assert index.index(target) in found


def test_only_the_sets_long_texts_meet_are_loose() -> None:
    """Every Set holding an entry with a long window that a text of up to prefilter_max_bytes meets
    (behind the gate or always) compiles it exact; the long Set holding split_recall_r25a is loose
    (its Match is a Python function confirming the loosened entry, not RE2's own method)."""
    m = inj._matcher()
    short = [*m._always, *m._by_gate]
    assert short
    assert all(type(match).__name__ != "function" for match, _, _ in short)
    for pid in _LOOSE_IDS:
        i = next(i for i, p in enumerate(m.patterns) if p.id == pid)
        assert loosened(m.patterns[i].source) != m.patterns[i].source
        (match,) = [match for match, index, _ in m._long if i in index]
        assert type(match).__name__ == "function"
