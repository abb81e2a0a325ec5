"""Round 28's cut on texts of 1 KB and more: a group of signals alone (the gloss cues) rides in the
long layout's previous part, a part of patterns, instead of costing a pass of its own over every
long text. Short texts keep the group's own place (the gate), and nothing found may change.
"""

from __future__ import annotations

from aiwatch.safety import injection as inj
from aiwatch.safety.engine import Matcher
from aiwatch.safety.gloss import load as load_glossary
from aiwatch.safety.normalise import normalise
from aiwatch.safety.patterns import GLOSS_CUES, load

_PS = load()


def _gloss_id(m: Matcher) -> int:
    return len(m.patterns) + m.signals.index(GLOSS_CUES)


def test_every_long_set_of_the_screen_holds_patterns() -> None:
    """The gloss cues ride in a part of patterns within set_max_entries; short texts still meet
    them in the gate (an entry without atoms), not in that Set."""
    m = inj._matcher()
    n, cue = len(m.patterns), _gloss_id(m)
    assert all(any(i < n for i in index) for _, index, _ in m._long)
    (host,) = [index for _, index, _ in m._long if cue in index]
    assert len(host) <= _PS.set_max_entries and sum(1 for i in host if i >= n) == 1
    assert cue in m._gate_free
    assert {frozenset(index) for _, index, _ in m._long} == {s[0] for s in m._steps}


def test_a_long_text_finds_the_gloss_cue_as_a_short_one_does() -> None:
    m = inj._matcher()
    word = next(c for c in load_glossary().cues if c.isascii() and c.isalpha())
    prose = "The quarterly report covers sales, costs and the plan for next year. " * 40
    for text in (f"{prose} {word} {prose}", prose):
        data = normalise(text, False).data
        assert len(data) > _PS.prefilter_max_bytes
        short = m._collect([i for s in m._plain for i in map(s[1].__getitem__, s[0](data) or ())])
        assert m.search(data) == short
        assert (GLOSS_CUES in m.search(data)[1]) == (text != prose)


def _matcher(signals: int, per_part: int, prefilter: int = 1024) -> Matcher:
    """Shipped patterns of one family in one group cut into parts of per_part, and a group of
    `signals` literal signals after it."""
    fam = _PS.families[0]
    sigs = [(f"s{k}", f"signal{k}word") for k in range(signals)]
    return Matcher(
        fam.patterns,
        sigs,
        groups=[{fam.name}, {name for name, _ in sigs}],
        max_entries=per_part,
        prefilter_max_bytes=prefilter,
    )


def test_a_signals_group_rides_only_within_the_cap_and_with_a_prefilter() -> None:
    n = len(_PS.families[0].patterns)
    per_part = n + 1  # the family's one part has room for one more entry
    assert len(_matcher(1, per_part)._long) == 1  # rides
    assert len(_matcher(2, per_part)._long) == 2  # would exceed the cap: a Set of its own
    # Without a prefilter every text, short ones too, meets the long layout: nothing rides.
    assert len(_matcher(1, per_part, prefilter=0)._long) == 2
    data = b"x " * 700 + b"signal0word" + b" y" * 700
    assert _matcher(1, per_part).search(data)[1] == {"s0"} == _matcher(2, per_part).search(data)[1] - {"s1"}


def test_the_run_signals_keep_their_split_sets() -> None:
    """A Matcher of signals alone has no part of patterns to ride in: the long run signals keep the
    three Sets that stop crafted base64- or hex-like text from multiplying one DFA's states."""
    assert len(inj._RAW_RUNS_LONG._long) == len(inj._RUNS_SPLIT) + 1
    assert len(inj._RUNS_LONG._long) == len(inj._RUNS_SPLIT) + 1
