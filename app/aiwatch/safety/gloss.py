"""A word-for-word English gloss of attack vocabulary in other languages (gloss.yaml).

Why: the English patterns and the scoring model hold most of what the screen knows, and the
multilingual patterns only catch the phrasings they spell out. Glossing the attack words of a
Spanish, Portuguese, Italian, French, German or Russian text ("ignora todas las instrucciones
anteriores" -> "ignore all the previous instructions") lets the English patterns and the model
read it. This is no translation: only listed words change, every other word stays as it is.

Cost: check_prompt_injection glosses a text only when the multilingual patterns' RE2 Set pass
found one of the cue words (`CUE_SIGNAL`), so English text never pays for it; the gloss itself
is one dictionary lookup per word (and per listed phrase start).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from .model import TOKEN, feature_regex

CUE_SIGNAL = "gloss_cues"  # the signal's name, and its name in patterns.yaml injection_sets
_KINDS = ("nouns", "adjectives", "words")


class GlossError(ValueError):
    """gloss.yaml is malformed or contradicts itself."""


def strip_accents(word: str) -> str:
    """The word without combining accents ("instrucción" -> "instruccion")."""
    if word.isascii():
        return word
    nfd = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in nfd if not unicodedata.combining(c)))


@dataclass(frozen=True, slots=True)
class Glossary:
    """Key (one to max_words words, as tokens joined by one space) -> (English, kind)."""

    entries: dict[str, tuple[str, str]]
    starts: frozenset[str]  # first words of the phrases of two or more words
    max_words: int
    cues: tuple[str, ...]

    def cue_regex(self) -> str:
        """RE2 source that matches where a cue word occurs (whole words, normalised bytes)."""
        return "|".join(feature_regex(c) for c in self.cues)


@dataclass(frozen=True, slots=True)
class Glossed:
    """A glossed text and how its pieces map back to the text it was made from."""

    text: str
    _g: tuple[int, ...]  # start of each piece in the glossed text
    _o: tuple[tuple[int, int], ...]  # (start, end) of each piece in the source text
    _replaced: tuple[bool, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Character span in the glossed text -> span in the source text (a replaced piece maps
        to the whole of the words it replaced)."""
        return self._to_source(start, True), self._to_source(max(start, end - 1), False)

    def _to_source(self, x: int, is_start: bool) -> int:
        k = max(0, bisect_right(self._g, x) - 1)
        lo, hi = self._o[k]
        if self._replaced[k]:
            return lo if is_start else hi
        return min(hi, lo + (x - self._g[k]) + (0 if is_start else 1))


def parse(data: Any) -> Glossary:
    """Validate gloss.yaml's content: every key made of whole words, one meaning per key."""
    if not isinstance(data, dict) or not isinstance(data.get("languages"), dict):
        raise GlossError("gloss.yaml: needs a `languages` mapping")
    max_words = int(data.get("max_words", 4))
    entries: dict[str, tuple[str, str]] = {}
    for lang, table in data["languages"].items():
        for kind in _KINDS:
            for key, english in ((table or {}).get(kind) or {}).items():
                key, english = str(key), str(english)
                words = TOKEN.findall(key)
                if " ".join(words) != key or key != key.lower() or not 1 <= len(words) <= max_words:
                    raise GlossError(
                        f"gloss.yaml {lang}.{kind}: {key!r} must be 1-{max_words} lower-case words"
                    )
                old = entries.get(key)
                if old is not None and old[0] != english:
                    raise GlossError(
                        f"gloss.yaml {lang}.{kind}: {key!r} means {english!r} here and {old[0]!r} elsewhere"
                    )
                entries[key] = (english, kind)
    # Keys spelled without their accents are found too ("instruccion"), unless two keys then read
    # alike with different meanings ("tú" you, "tu" your). A word written with accents is only
    # found as written ("estás" is not "estas").
    bare: dict[str, tuple[str, str] | None] = {}
    for key, hit in entries.items():
        b = strip_accents(key)
        if b not in entries:
            bare[b] = hit if bare.get(b, hit) == hit else None
    entries.update({b: hit for b, hit in bare.items() if hit is not None})
    cues = [str(c) for c in data.get("cues") or ()]
    bad = [c for c in cues if TOKEN.fullmatch(c) is None or c != c.lower()]
    if bad or not cues:
        raise GlossError(f"gloss.yaml cues: need lower-case single words, got {bad or 'none'}")
    allcues = tuple(sorted({v for c in cues for v in (c, strip_accents(c))}))
    starts = frozenset(k.split(" ", 1)[0] for k in entries if " " in k)
    return Glossary(entries, starts, max_words, allcues)


@cache
def load() -> Glossary:
    """The shipped glossary (parsed once per process)."""
    text = resources.files("aiwatch.safety").joinpath("gloss.yaml").read_text(encoding="utf-8")
    return parse(yaml.safe_load(text))


def gloss(text: str, glossary: Glossary | None = None) -> Glossed | None:
    """The English gloss of a normalised (lower-case) text, or None when no listed word occurs.

    Longest listed phrase first at each word; a noun directly followed by a listed adjective
    is glossed in English order ("instrucciones anteriores" -> "previous instructions").
    """
    g = glossary or load()
    entries, starts = g.entries, g.starts
    toks = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    words = [text[s:e] for s, e in toks]
    out: list[str] = []
    gpos: list[int] = []
    opos: list[tuple[int, int]] = []
    replaced: list[bool] = []
    glen = pos = changed = 0
    last_noun = -1  # index in out of the piece of a noun just emitted, else -1

    def emit(piece: str, src: tuple[int, int], rep: bool) -> None:
        nonlocal glen
        out.append(piece)
        gpos.append(glen)
        opos.append(src)
        replaced.append(rep)
        glen += len(piece)

    i, n = 0, len(words)
    while i < n:
        hit, k = None, 1
        w = words[i]
        if w in starts:
            for k in range(min(g.max_words, n - i), 1, -1):
                hit = entries.get(" ".join(words[i : i + k]))
                if hit is not None:
                    break
            else:
                k = 1
        if hit is None:
            hit = entries.get(w)
        s, e = toks[i][0], toks[i + k - 1][1]
        sep = text[pos:s]
        if hit is None:
            if sep:
                emit(sep, (pos, s), False)
            emit(text[s:e], (s, e), False)
            last_noun = -1
        else:
            english, kind = hit
            changed += english != text[s:e]
            if kind == "adjectives" and last_noun >= 0 and sep.isspace() and len(out) == last_noun + 1:
                # noun + adjective -> adjective noun: one piece for both words
                noun = out.pop()
                gpos.pop()
                nsrc = opos.pop()
                replaced.pop()
                glen -= len(noun)
                emit(f"{english} {noun}", (nsrc[0], e), True)
                last_noun = -1
            else:
                if sep:
                    emit(sep, (pos, s), False)
                emit(english, (s, e), True)
                last_noun = len(out) - 1 if kind == "nouns" else -1
        pos = e
        i += k
    if not changed:
        return None
    if pos < len(text):
        emit(text[pos:], (pos, len(text)), False)
    return Glossed("".join(out), tuple(gpos), tuple(opos), tuple(replaced))
