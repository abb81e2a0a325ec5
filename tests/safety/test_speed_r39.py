"""Round 39: words of benign prompts ranked lower when the prefilter picks a concatenation's atoms.

`prefilter.PROMPT_WORDS` ("system", "ignore", "email", ...) opened gated Sets that then found nothing on
1-8 % of the dev short prompts each. Such a word now ranks at PROMPT_STRENGTH, so a regex's atoms come
from another part it needs where one is as strong ("\\bignore<s>" gives way to the words after it).
Any part of a concatenation is in every match, so the gate stays exact whatever part is picked; these
tests check that, and that the change leaves the Set layout's classes alone (joined atoms, gate
riders, the long layout's cut), which PROMPT_STRENGTH above their thresholds is meant to ensure.
"""

from __future__ import annotations

import pytest
import re2
from aiwatch.safety import engine, injection
from aiwatch.safety import prefilter as pf
from aiwatch.safety.patterns import load, re2_options

from tests.safety.test_speed_r38 import COMMON_SHORT_WORDS
from tests.support.speed import gate_mutations

_S = "[\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]"  # an ASCII-only stand-in for <s>: no letter or digit
_PS = load()
_BY_ID = {p.id: p for p in _PS.injection_patterns}
R38_ENTRIES = [pid for pid in _BY_ID if pid.endswith("_r38m")]
_CONTEXT = {pf.BOUND, pf.SEP, pf.SEPS}


def _literal(a: pf.Atom) -> str:
    """An atom's characters, its context elements left out."""
    return "".join(c for c, ci in a if (c, ci) not in _CONTEXT)


def _without_prompt_words(src: str, monkeypatch: pytest.MonkeyPatch) -> frozenset[pf.Atom] | None:
    """The atoms `src` had before round 39 (no prompt word ranked lower), parsed afresh."""
    with monkeypatch.context() as m:
        m.setattr(pf, "PROMPT_WORDS", frozenset())
        return pf.atoms(src)


def test_a_prompt_word_gives_way_to_another_part_as_strong() -> None:
    # "\bignore<s>" (8 before) ranks at PROMPT_STRENGTH; "<s>zzqqxx" (7) is needed as well
    sep = (pf.SEP,)
    assert pf.atoms(f"\\bignore{_S}+zzqqxx") == frozenset({sep + tuple((c, False) for c in "zzqqxx")})
    # a part weaker than PROMPT_STRENGTH does not displace it
    assert pf.atoms(f"\\bignore{_S}+ab") == frozenset({(pf.BOUND, *((c, False) for c in "ignore"), pf.SEP)})
    # a word that merely contains a prompt word is not one
    assert pf.atoms(f"\\bsystems{_S}+zzqqxx") == frozenset(
        {(pf.BOUND, *((c, False) for c in "systems"), pf.SEP)}
    )


def test_prompt_strength_stays_above_the_layout_thresholds() -> None:
    # `atoms` tries joined atoms at COMMON_STRENGTH + 2 or below; gate riders and the long layout's cut
    # by common-word instructions look at RIDER_STRENGTH and below
    assert pf.PROMPT_STRENGTH > pf.COMMON_STRENGTH + 2
    assert pf.PROMPT_STRENGTH > engine.RIDER_STRENGTH
    assert not pf.PROMPT_WORDS & pf.COMMON_WORDS


def test_the_ranking_moves_no_source_across_a_layout_class(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every injection source: common-word class (riders, the weak cut) and joined atoms as before."""
    changed = 0
    for p in _PS.injection_patterns:
        new, old = pf.atoms(p.source), _without_prompt_words(p.source, monkeypatch)
        assert (new is None) == (old is None), p.id
        if new is None or old is None:
            continue
        changed += new != old
        weak_new = pf.layout_strength(new) <= engine.RIDER_STRENGTH
        assert weak_new == (pf.layout_strength(old) <= engine.RIDER_STRENGTH), p.id
        assert any(pf.SEPS in a for a in new) == any(pf.SEPS in a for a in old), p.id
    assert changed >= 20  # the ranking picked other atoms for many entries


def test_round_38_entries_have_no_prompt_word_or_bare_common_word_atom() -> None:
    assert len(R38_ENTRIES) == 4
    for pid in R38_ENTRIES:
        need = pf.atoms(_BY_ID[pid].source)
        assert need is not None, pid
        words = sorted(w for a in need if (w := _literal(a).lower()) in pf.PROMPT_WORDS)
        bare = sorted(w for a in need if (w := _literal(a)) in COMMON_SHORT_WORDS and len(w) == len(a))
        assert not words and not bare, (pid, words, bare)


def _changed_entries() -> list[str]:
    mp = pytest.MonkeyPatch()
    try:
        return [
            p.id for p in _PS.injection_patterns if pf.atoms(p.source) != _without_prompt_words(p.source, mp)
        ]
    finally:
        mp.undo()


SEPS = ["  ", "\t", " \n ", ", ", " - ", " — ", "\u00a0", "...", " ( ", "_", ""]


@pytest.mark.parametrize("pid", _changed_entries())
def test_the_gate_is_exact_on_examples_and_mutations(pid: str) -> None:
    """Wherever an entry whose atoms changed matches, one of its new atoms occurs."""
    fam = next(f for f in _PS.families if any(p.id == pid for p in f.patterns))
    pat = _BY_ID[pid]
    need = pf.atoms(pat.source)
    assert need is not None
    gate = re2.compile("|".join(sorted({pf.atom_regex(a) for a in need})), re2_options())
    texts = [*pat.examples, *fam.near_misses]
    matched = 0
    for t in [*texts, *gate_mutations(texts, 600, sum(map(ord, pid)), SEPS, edge_cuts=True)]:
        for data in (t.encode(), t.lower().encode()):
            if pat.regex.search(data):
                matched += 1
                assert gate.search(data), (pid, t)
    assert matched >= 1  # the check had a match to check


def test_the_screen_reports_what_every_set_finds_on_short_texts() -> None:
    """The gated search and every Set run give the same entries on mutations of the changed entries'
    examples and near misses (the Sets the gate opens are exactly those that can find something)."""
    m = injection._matcher()
    changed = set(_changed_entries())
    texts = [
        e for f in _PS.families for p in f.patterns if p.id in changed for e in (*p.examples, *f.near_misses)
    ]
    free = {i for match, index, need in m._sets if not need for i in index}
    found = 0
    for t in gate_mutations(texts, 3_000, 391, SEPS, edge_cuts=True):
        data = t.lower().encode()
        if len(data) > m._gate_max:
            continue
        every = sorted({index[j] for match, index, _ in m._sets for j in match(data) or ()})
        gated = sorted(m._search_all(data))
        assert [i for i in gated if i in free] == [i for i in every if i in free], t
        found += bool(every)
    assert found >= 300
