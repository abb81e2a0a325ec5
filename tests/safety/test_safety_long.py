"""The long-text path (round 18): its own Sets, and the verdict settled at high.

Texts over `prefilter_max_bytes` run the injection groups cut in order (the steps of a settled
search) instead of the weakest-first parts short texts share: the same entries, so a search
must report what the short texts' Sets report. A text of SETTLE_MIN_BYTES or more that an
unvetoed high pattern blocks skips the Sets that cannot raise its verdict, even when more than
MAX_SPAN_PATTERNS patterns rank high: its scan searches the unvetoed ones first.
"""

from __future__ import annotations

import re

from aiwatch.safety import injection as inj
from aiwatch.safety import prefilter
from aiwatch.safety.engine import WEAK_INSTS_PER_SET, Matcher, weak_insts
from aiwatch.safety.normalise import normalise
from aiwatch.safety.patterns import load, re2_options
from hypothesis import given, settings
from hypothesis import strategies as st

_PS = load()
_EXAMPLES = [ex for p in _PS.injection_patterns for ex in p.examples]
_NEAR = [t for f in _PS.families for t in f.near_misses]
_WORDS = sorted({w for ex in _EXAMPLES for w in re.findall(r"\S+", ex.lower())})


def _short_sets_search(m: Matcher, data: bytes) -> tuple[list, set[str]]:
    """What the Sets shared with short texts (every group, weakest-first parts) find in data."""
    ids: list[int] = []
    for match, index, need in m._plain:
        if need and not any(b in data for b in need):
            continue
        ids += [index[i] for i in match(data) or ()]
    return m._collect(ids)


def test_the_long_sets_hold_every_entry_once_in_order_parts() -> None:
    m = inj._matcher()
    every = sorted(i for _, index, _ in m._plain for i in index)
    held = sorted(i for _, index, _ in m._long for i in index)
    assert held == every  # each entry in exactly one long Set: no id is reported twice
    assert max(len(index) for _, index, _ in m._long) <= _PS.set_max_entries
    assert {frozenset(i) for _, i, _ in m._long} != {frozenset(i) for _, i, _ in m._plain}
    # The long Sets are the steps of a settled search: the groups cut in order.
    assert {frozenset(index) for _, index, _ in m._long} == {s[0] for s in m._steps}


def test_no_long_set_holds_too_many_common_word_instructions() -> None:
    """A long Set holds at most WEAK_INSTS_PER_SET RE2 instructions of regexes started by common
    words (or one such regex), as the short texts' Sets do: cut in order by count alone, the tool
    group's third part held ~47,600 and its DFA outgrew RE2's budget over a stream of long texts
    (~550 µs per KB a pass instead of ~40, round 19)."""
    m = inj._matcher()
    n, opts = len(m.patterns), re2_options()
    sizes = []
    for _, index, _ in m._long:
        srcs = [m.patterns[i].source for i in index if i < n]
        weak = [w for w in (weak_insts(src, prefilter.atoms(src), opts) for src in srcs) if w]
        assert len(weak) <= 1 or sum(weak) <= WEAK_INSTS_PER_SET, [m.patterns[i].id for i in index if i < n]
        sizes.append(sum(weak))
    assert max(sizes) > WEAK_INSTS_PER_SET // 2  # the cap binds: some parts are near it


def _long_texts() -> list[bytes]:
    """Texts of more than prefilter_max_bytes: pattern examples and near misses run together."""
    pieces = _EXAMPLES + _NEAR
    size = 3 * _PS.prefilter_max_bytes
    texts = ["\n".join(pieces[i : i + 40]) for i in range(0, len(pieces), 40)]
    texts += [" ".join(pieces[i::7]) for i in range(7)]
    texts = [(t * (size // max(1, len(t)) + 1)) if len(t) < size else t for t in texts]
    return [normalise(t, False).data for t in texts]


def test_a_long_text_finds_what_the_short_texts_sets_find() -> None:
    m = inj._matcher()
    texts = _long_texts()
    assert len(texts) > 50 and all(len(d) > _PS.prefilter_max_bytes for d in texts)
    found = 0
    for data in texts:
        want = _short_sets_search(m, data)
        assert m.search(data) == want
        found += len(want[0])
    assert found > 100  # the texts match patterns: the comparison means something


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=300, max_size=600), st.sampled_from([" ", "\n", ", "]))
def test_random_long_mixes_of_pattern_words(words: list[str], sep: str) -> None:
    data = normalise(sep.join(words), False).data
    assert len(data) > _PS.prefilter_max_bytes
    m = inj._matcher()
    assert m.search(data) == _short_sets_search(m, data)


def _high(vetoed: bool) -> list[str]:
    return [
        ex
        for p in _PS.injection_patterns
        if p.severity == "high" and (p.unless is not None) == vetoed
        for ex in p.examples[:1]
    ]


def test_a_long_text_blocked_at_high_settles_with_its_verdict(monkeypatch) -> None:
    m = inj._matcher()
    above = sum(p.severity == "critical" for p in _PS.injection_patterns)
    ranked_high = sum(p.severity in ("high", "critical") for p in _PS.injection_patterns)
    assert above < inj.MAX_SPAN_PATTERNS < ranked_high  # the rule before round 18 never settled here
    # Vetoed high examples first, then unvetoed ones, in a text of more than SETTLE_MIN_BYTES.
    text = "\n".join(_high(True) + _high(False))
    text += "\nThe quarterly report covers sales, returns and the cache policy." * 600
    assert len(text.encode()) >= inj.SETTLE_MIN_BYTES
    data = normalise(text, False).data
    settle = (inj._RANK["high"], inj.MAX_SPAN_PATTERNS)
    full, settled = m.search(data), m.search(data, settle)
    high = [p for p in full[0] if p.severity == "high"]
    assert len(high) > inj.MAX_SPAN_PATTERNS
    assert {p.id for p in settled[0]} < {p.id for p in full[0]}
    cues = {s for s in full[1] if inj._is_cue(s)}
    # The cue step, once outranked, is skipped: the model finds what the cues tell it (round 29).
    assert cues <= settled[1] or inj.load_model().gated_anywhere(data) == inj.load_model().gated(data, cues)
    got = inj.check_prompt_injection(text)
    monkeypatch.setattr(inj, "SETTLE_MIN_BYTES", 1 << 30)
    want = inj.check_prompt_injection(text)
    keys = ("risk_level", "action", "score")
    assert {k: got[k] for k in keys} == {k: want[k] for k in keys}
    assert got["risk_level"] in ("high", "critical") and got["action"] == "block"
    # The scan of a settled text searches the unvetoed patterns of a rank first.
    scanned = m.scan(
        data, max_patterns=inj.MAX_SPAN_PATTERNS, rank=inj._rank, hits=settled[0], unvetoed_first=True
    )
    first = [p for p, _, _ in scanned if p.severity == "high"]
    assert first and first[0].unless is None
