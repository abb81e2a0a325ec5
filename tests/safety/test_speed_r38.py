"""Round 38: the prefilter's atoms for round 37's multilingual entries on short prompts.

A group around a repeat (`(?:x+)`, as the macro <_> expands) now lends x's strings to its neighbours as
`x+` does ("pasa<_>de" needs "pasa" then a separator, not "pasa" inside "pasado"), and
ml_refusal_words_banned_r37m's first alternation carries its separator in each branch (its "or end of
text" could never be followed by the quote mark the entry needs next), so its short words ("sin", "cam",
"bez") are atoms with a separator after them. The gate must stay exact: wherever an entry's regex
matches, one of its atoms matches too; the rewritten entry must match exactly as its round-37 form."""

from __future__ import annotations

from importlib import resources

import pytest
import re2
import yaml
from aiwatch.safety import injection
from aiwatch.safety import prefilter as pf
from aiwatch.safety.han import widen
from aiwatch.safety.patterns import expand, load, re2_options

from tests.support.speed import gate_mutations

_S = "[\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]"  # an ASCII-only stand-in for <s>: no letter or digit

# Common words of benign short prompts (English, and the Romance/German/Slavic/Malay words a benign
# prompt in those languages uses every few lines) that round 37's entries had as bare atoms: as an
# atom, each opened its Set on a large share of the dev short prompts. With a separator or word
# boundary next to it, such a word is no longer a substring of other words ("chat" in "chatbot").
COMMON_SHORT_WORDS = frozenset(
    [
        "chat",
        "bez",
        "buat",
        "ciebie",
        "cam",
        "asla",
        "sin",
        "sem",
        "pas",
        "dis",
        "nie",
        "sag",
        "per",
        "han",
        "team",
        "para",
        "pour",
        "este",
        "deja",
        "pasa",
        "mets",
        "joga",
        "sou",
        "toi",
        "suis",
        "dari",
        "theo",
        "nghe",
        "kein",
        "ohne",
        "geen",
        "sans",
        "yok",
        "zero",
        "main",
        "time",
        "admin",
    ]
)
R37_ENTRIES = [p.id for p in load().injection_patterns if p.id.endswith("_r37m")]


_CONTEXT = {pf.BOUND, pf.SEP, pf.SEPS}


def _literal(a: pf.Atom) -> str:
    """An atom's characters, its context elements (word boundary, separators) left out."""
    return "".join(c for c, ci in a if (c, ci) not in _CONTEXT)


def test_a_group_around_a_repeat_lends_its_strings() -> None:
    sep = (("\0sep", False),)
    pasa = tuple((c, False) for c in "pasa")
    assert pf.atoms(f"pasa(?:{_S}+)de") == pf.atoms(f"pasa{_S}+de") == frozenset({pasa + sep})
    assert pf.atoms(f"(?:(?:{_S})+)chat(?:(?:{_S})+)x") == pf.atoms(f"{_S}+chat{_S}+x")


def test_round_37_entries_have_no_bare_common_word_atom() -> None:
    assert len(R37_ENTRIES) == 15
    by_id = {p.id: p for p in load().injection_patterns}
    for pid in R37_ENTRIES:
        need = pf.atoms(by_id[pid].source)
        assert need is not None, pid
        bare = sorted(w for a in need if (w := _literal(a)) in COMMON_SHORT_WORDS and len(w) == len(a))
        assert not bare, (pid, bare)


# Separator runs a mutation puts in, the empty one included (tests.support.speed.gate_mutations).
SEPS = ["  ", "\t", " \n ", ", ", " - ", " — ", "\u00a0", "...", " ( ", "_", ""]


def _mutations(texts: list[str], n: int, seed: int) -> list[str]:
    """Separators widened, moved to the text's edges or removed, spans upper-cased or cut: where a
    gate's atom with a separator next to it could fail."""
    return gate_mutations(texts, n, seed, SEPS, edge_cuts=True)


def _family_of(pid: str) -> tuple[object, object]:
    ps = load()
    fam = next(f for f in ps.families if any(p.id == pid for p in f.patterns))
    return fam, next(p for p in fam.patterns if p.id == pid)


@pytest.mark.parametrize("pid", R37_ENTRIES)
def test_the_gate_is_exact_on_examples_and_mutations(pid: str) -> None:
    fam, pat = _family_of(pid)
    need = pf.atoms(pat.source)
    assert need is not None
    gate = re2.compile("|".join(sorted({pf.atom_regex(a) for a in need})), re2_options())
    texts = [*pat.examples, *fam.near_misses]
    matched = 0
    for t in [*texts, *_mutations(texts, 1_500, sum(map(ord, pid)))]:
        for data in (t.encode(), t.lower().encode()):
            if pat.regex.search(data):
                matched += 1
                assert gate.search(data), (pid, t)
    assert matched >= len(pat.examples)  # the check had matches to check


def _top_level_branches(src: str) -> list[str]:
    """src split at the `|` outside any group or class."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = src.index("]", i + 2)
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append(src[start:i])
            start = i + 1
        i += 1
    return [*out, src[start:]]


def _round_37_refusal_form() -> str:
    """ml_refusal_words_banned_r37m as round 37 wrote it: its first alternation's separator after the
    group, "or end of text" with it (`(?:<s>|$)`), instead of a separator at the end of each branch."""
    raw = yaml.safe_load(
        resources.files("aiwatch.safety").joinpath("patterns.yaml").read_text(encoding="utf-8")
    )
    src = next(
        p["regex"]
        for fam in raw["injection"].values()
        for p in fam["patterns"]
        if p["id"] == "ml_refusal_words_banned_r37m"
    )
    head = "(?:(?:^|<s>)(?:"
    end = src.index(")|(?:^|<s>)(?:без")
    assert src.startswith(head)
    branches = _top_level_branches(src[len(head) : end])
    assert all(b.endswith("<s>") for b in branches)
    old = head + "|".join(b.removesuffix("<s>") for b in branches) + ")(?:<s>|$)" + src[end + 1 :]
    return widen(expand(old, {k: str(v) for k, v in raw["macros"].items()}, "round 37 form"))


def test_the_refusal_entry_matches_as_its_round_37_form() -> None:
    fam, pat = _family_of("ml_refusal_words_banned_r37m")
    old = re2.compile(_round_37_refusal_form(), re2_options())
    texts = [*pat.examples, *fam.near_misses]
    # the short words at the text's very start and end, before and after a quote mark
    texts += [f'{w} "sorry" warning' for w in ("sin", "bez", "cam", "kein", "yok", "asla")]
    texts += [f'x {w}"lo siento" aviso' for w in ("sin", "sem", "cam")] + ["sin", "sin ", ' "no" answer sin']
    found = 0
    for t in [*texts, *_mutations(texts, 3_000, 38)]:
        for data in (t.encode(), t.lower().encode()):
            a, b = old.search(data), pat.regex.search(data)
            assert (a and a.span()) == (b and b.span()), t
            found += a is not None
    assert found >= len(pat.examples)


def test_the_screen_reports_what_every_set_finds_on_short_texts() -> None:
    """The gated search and every Set run give the same entries on mutations of round 37's examples."""
    m = injection._matcher()
    ps = load()
    texts = [
        e
        for f in ps.families
        for p in f.patterns
        if p.id in R37_ENTRIES
        for e in (*p.examples, *f.near_misses)
    ]
    free = {i for match, index, need in m._sets if not need for i in index}
    for t in _mutations(texts, 3_000, 381):
        data = t.lower().encode()
        if len(data) > m._gate_max:
            continue
        every = sorted({index[j] for match, index, _ in m._sets for j in match(data) or ()})
        gated = sorted(m._search_all(data))
        assert [i for i in gated if i in free] == [i for i in every if i in free], t
