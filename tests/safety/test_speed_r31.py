"""Round 31: for a regex whose plain atoms are common words, a run of separators (`<s>+`, the patterns'
`<_>`) is one atom element (SEPS), so the words it joins form one atom ("you SEPS must") instead of a
common word alone. The gate must stay exact (wherever an entry's regex matches, one of its atoms
matches too), and the Sets must be cut as before (`layout_strength`)."""

from __future__ import annotations

import pytest
import re2
from aiwatch.safety import injection
from aiwatch.safety import prefilter as pf
from aiwatch.safety.patterns import load, re2_options

from tests.support.speed import gate_mutations

_S = "[\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]"  # an ASCII-only stand-in for <s>: no letter or digit


def _rendered(src: str) -> list[str]:
    need = pf.atoms(src)
    assert need is not None
    return sorted(pf.atom_regex(a) for a in need)


def test_a_separator_run_joins_the_words_on_both_sides() -> None:
    assert _rendered(f"(?:you|u){_S}+(?:must|should){_S}+x") == sorted(
        f"{w}[^0-9A-Za-z]+{v}[^0-9A-Za-z]+x" for w in ("you", "u") for v in ("must", "should")
    )
    # One separator stays one; a run after one is a second element.
    assert _rendered(f"have{_S}to") == ["have[^0-9A-Za-z]to"]
    assert _rendered(f"have{_S}{_S}+to") == ["have[^0-9A-Za-z][^0-9A-Za-z]+to"]
    # A run that may be absent still gives nothing to join.
    assert _rendered(f"have{_S}*to\\b") in (["have"], ["to\\b"])


def test_a_regex_with_rarer_plain_atoms_keeps_them() -> None:
    assert _rendered(f"webhook{_S}+url") == ["webhook[^0-9A-Za-z]"]  # as before: one separator lent


def test_the_atoms_table_keeps_a_separator_run() -> None:
    need = pf.atoms(f"you{_S}+must")
    assert need is not None and any(pf.SEPS in a for a in need)
    assert pf._decode(pf._encode(need)) == need


# Separator runs a mutation puts in (tests.support.speed.gate_mutations).
SEPS = ["  ", "\t", " \n ", ", ", " - ", " — ", "\u00a0", "...", " ( "]


def _mutations(texts: list[str], n: int, seed: int) -> list[str]:
    """Separator runs widened or narrowed, spans upper-cased or cut: where a gate's atom could fail."""
    return gate_mutations(texts, n, seed, SEPS)


def _screen_sources() -> list[str]:
    m = injection._matcher()
    cues = injection.load_model().cue_signals()
    signals = injection.screen_signals(cues)
    return [p.source for p in m.patterns] + [src for _, src in signals]


def test_joined_atoms_only_where_the_plain_ones_are_common_words() -> None:
    """What `layout_strength` relies on: a need with a run stands for plain atoms of COMMON_STRENGTH,
    so the Sets are cut (and the riders chosen) as from the plain atoms."""
    joined = 0
    for src in _screen_sources():
        need = pf.atoms(src)
        if need and any(pf.SEPS in a for a in need):
            joined += 1
            # judged without the separators a group lends, as `atoms` judges (round 38)
            plain = pf._need(pf._Parser(src, pf._Memo({}, {}), lend=False).parse())
            assert pf.strength(plain) == pf.COMMON_STRENGTH == pf.layout_strength(need), src[:80]
        else:
            assert pf.layout_strength(need) == pf.strength(need)
    assert joined >= 10


# The entries whose atoms the separator runs changed most (common words before, joined words now),
# and those that opened their Set alone most often on short prompts.
_ENTRIES = [
    "tool_appended_order_r14",
    "tool_covert_order_r16",
    "extract_setup_any_form_r14",
    "tool_reader_addressed_act_r14",
    "refusal_forbidden_r11",
    "role_from_now_on",
    "override_addressed_to_ai",
    "split_assemble_then_answer",
    "refusal_no_apology",
    "memory_fake_history",
]


@pytest.mark.parametrize("pid", _ENTRIES)
def test_the_gate_is_exact_on_examples_and_mutations(pid: str) -> None:
    ps = load()
    fam = next(f for f in ps.families if any(p.id == pid for p in f.patterns))
    pat = next(p for p in fam.patterns if p.id == pid)
    need = pf.atoms(pat.source)
    assert need is not None and any(pf.SEPS in a for a in need)
    gate = re2.compile("|".join(sorted({pf.atom_regex(a) for a in need})), re2_options())
    regex = re2.compile(pat.source, re2_options())
    texts = [*pat.examples, *fam.near_misses]
    matched = 0
    for t in [*texts, *_mutations(texts, 1_500, hash(pid) % 1000)]:
        for data in (t.encode(), t.lower().encode()):
            if regex.search(data):
                matched += 1
                assert gate.search(data), (pid, t)
    assert matched >= len(pat.examples)  # the check had matches to check


def test_the_screen_reports_what_every_set_finds_on_short_texts() -> None:
    """The gated search (prefilter) and every Set run give the same entries on constructed texts."""
    m = injection._matcher()
    ps = load()
    texts = [e for f in ps.families for p in f.patterns for e in p.examples]
    for t in _mutations(texts, 3_000, 31):
        data = t.lower().encode()
        if len(data) > m._gate_max:
            continue
        every = sorted({index[j] for match, index, _ in m._sets for j in match(data) or ()})
        gated = sorted(m._search_all(data))
        # A script Set runs only on its script; compare on the entries of Sets without a script need.
        free = {i for match, index, need in m._sets if not need for i in index}
        assert [i for i in gated if i in free] == [i for i in every if i in free], t
