"""Word-class features for the scoring model: an experiment of round 28 (bench/model_experiments.py).

Why: the model's word, pair and stem features name a source's words, and out of source they carry
little (docs/safety-history.md, rounds 21-24). A class names a word's role in an attack (an override verb,
the model's controls, a claim of freedom from them...) whatever the word or language, so a source
that says "set aside your directives" shares `cls:control+override` with one that says "ignore the
rules". The lexicon is data (bench/data/word_classes.yaml); gloss.yaml's keys whose English is an
entry join its roles, so other languages share the classes at no extra cost.

Features of a text's tokens (the model's own `TOKEN` words, stopwords included):
* `cls:A`: a word or two-word entry of role A is present;
* `cls:A+B` (roles sorted; `cls:A>B` when ordered: A first): words of two different roles start
  at most `window` words apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

import yaml
from aiwatch.safety import gloss as gloss_mod
from aiwatch.safety.model import TOKEN, unspaced

LEXICON = Path(__file__).with_name("data") / "word_classes.yaml"
PREFIX = "cls:"


@dataclass(frozen=True)
class Lexicon:
    """Word -> roles and (word, word) -> roles."""

    words: dict[str, frozenset[str]]
    pairs: dict[tuple[str, str], frozenset[str]]
    roles: tuple[str, ...]


def _tokens(entry: str) -> tuple[str, ...]:
    toks = tuple(TOKEN.findall(entry.lower()))
    if not 1 <= len(toks) <= 2 or any(unspaced(t) for t in toks):
        raise ValueError(f"word_classes.yaml: {entry!r} must be one or two words of a spaced script")
    return toks


@cache
def load(path: Path = LEXICON) -> Lexicon:
    """The lexicon, with gloss.yaml's one- and two-word keys added to the roles of their English."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    table: dict[tuple[str, ...], set[str]] = {}
    for role, entries in data["classes"].items():
        for e in entries:
            table.setdefault(_tokens(str(e)), set()).add(str(role))
    if data.get("gloss"):
        english = dict(table)
        for key, (eng, _) in gloss_mod.load().entries.items():
            toks = tuple(TOKEN.findall(key))
            if not 1 <= len(toks) <= 2 or any(unspaced(t) for t in toks):
                continue
            etoks = tuple(TOKEN.findall(eng.lower()))
            roles = english.get(etoks)
            if roles is None and len(etoks) <= 2:  # "muéstrame" -> "show me": the words' roles
                roles = set().union(*(english.get((t,), set()) for t in etoks))
            if roles:
                table.setdefault(toks, set()).update(roles)
    words = {k[0]: frozenset(v) for k, v in table.items() if len(k) == 1}
    pairs = {(k[0], k[1]): frozenset(v) for k, v in table.items() if len(k) == 2}
    return Lexicon(words, pairs, tuple(sorted(data["classes"])))


def class_features(
    toks: Sequence[str], window: int, ordered: bool = False, lex: Lexicon | None = None
) -> set[str]:
    """`cls:` features of a token sequence (see the module docstring); window 0: presence only."""
    lex = load() if lex is None else lex
    words, pairs = lex.words, lex.pairs
    pos: list[tuple[int, frozenset[str]]] = []
    for i, (a, b) in enumerate(pairwise([*toks, ""])):
        r = words.get(a)
        p = pairs.get((a, b))
        if r is not None or p is not None:
            pos.append((i, (r or frozenset()) | (p or frozenset())))
    out = {PREFIX + role for _, rs in pos for role in rs}
    if window <= 0:
        return out
    join = ">" if ordered else "+"
    for k, (i, ra) in enumerate(pos):
        for j, rb in pos[k + 1 :]:
            if j - i > window:
                break
            for x in ra:
                for y in rb:
                    if x != y:
                        out.add(f"{PREFIX}{x}{join}{y}" if ordered or x < y else f"{PREFIX}{y}{join}{x}")
    return out


def text_features(text: str, window: int, ordered: bool = False) -> set[str]:
    """class_features of a normalised (lower-case) text's words."""
    return class_features(TOKEN.findall(text), window, ordered)
