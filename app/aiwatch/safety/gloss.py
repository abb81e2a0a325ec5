"""A word-for-word English gloss of attack vocabulary in other languages (gloss.yaml).

Why: the English patterns and the scoring model hold most of what the screen knows, and the
multilingual patterns only catch the phrasings they spell out. Glossing the attack words of a
Spanish, Portuguese, Italian, French, German, Russian or Chinese text ("ignora todas las
instrucciones anteriores" -> "ignore all the previous instructions") lets the English patterns
and the model read it. This is no translation: only listed words change, every other word stays as it is.

Cost: check_prompt_injection glosses a text only when the multilingual patterns' RE2 Set pass
found one of the cue words (signal `patterns.GLOSS_CUES`), so English text never pays for it; the gloss itself
is one RE2 search of every listed key over the text's words, and Python touches only the words
found.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

import re2
import yaml

from .engine import spans
from .han import canonical, classes, widen
from .model import TOKEN, any_word, unspaced, words_of
from .patterns import re2_options

_KINDS = ("nouns", "adjectives", "words")


class GlossError(ValueError):
    """gloss.yaml is malformed or contradicts itself."""


def strip_accents(word: str) -> str:
    """The word without combining accents ("instrucción" -> "instruccion")."""
    if word.isascii():
        return word
    nfd = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in nfd if not unicodedata.combining(c)))


def _compile(src: str) -> Any:
    return re2.compile(src.encode(), re2_options())


def by_writing(entries: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The keys of scripts written without spaces by their `han.canonical` spelling: a key found in
    either Chinese writing (traditional or simplified) is looked up as one, so keys written alike
    must mean the same."""
    first: dict[str, str] = {}
    for k in sorted(k for k in entries if unspaced(k)):
        other = first.setdefault(canonical(k), k)
        if entries[other][0] != entries[k][0]:
            raise GlossError(
                f"gloss.yaml: {other!r} and {k!r} differ only in Chinese writing (traditional or"
                f" simplified) but mean {entries[other][0]!r} and {entries[k][0]!r}"
            )
    return {c: entries[k] for c, k in first.items()}


@dataclass(frozen=True)
class Glossary:
    """Key (one to max_words words, as tokens joined by one space) -> (English, kind)."""

    entries: dict[str, tuple[str, str]]
    max_words: int
    cues: tuple[str, ...]
    # Key -> the languages that list it (a vote for the text's language when a shared spelling
    # is found), and shared spelling -> {language: (English, kind)}: a word that means different
    # things in different languages ("sei": Italian "you are", Portuguese "I know") is glossed in
    # the language the text's other listed words vote for, and left alone without a vote.
    languages: dict[str, frozenset[str]] = field(default_factory=dict)
    senses: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)

    def cue_regex(self) -> str:
        """RE2 source that matches where a cue word occurs (whole words, normalised bytes; a cue
        of a script written without spaces, anywhere)."""
        spaced = [c for c in self.cues if not unspaced(c)]
        return "|".join([any_word(spaced), *(widen(re2.escape(c)) for c in self.cues if unspaced(c))])

    @cached_property
    def keys_regex(self) -> Any:
        """Every key between spaces, longest first: in `words_of` output, one search finds the
        listed phrases and words left to right (RE2 takes the first alternative that matches, so a
        phrase wins over its first word), each search after a match starting at its closing space
        (`gloss`): consecutive keys share the space between them."""
        keys = [*self.entries, *self.senses]
        alts = sorted((k for k in keys if not unspaced(k)), key=lambda k: (-len(k.encode()), k))
        src = " (?:" + "|".join(" +".join(re2.escape(w) for w in k.split(" ")) for k in alts) + ") "
        return _compile(src)

    @cached_property
    def unspaced_regex(self) -> Any:
        """The keys of scripts written without spaces (Chinese), longest first, found anywhere:
        there a word has no separators around it."""
        alts = sorted(self.unspaced_entries, key=lambda k: (-len(k), k))
        return _compile("|".join(widen(re2.escape(k)) for k in alts)) if alts else None

    @cached_property
    def unspaced_entries(self) -> dict[str, tuple[str, str]]:
        """The unspaced keys by their `han.canonical` spelling (`by_writing`)."""
        return by_writing(self.entries)

    @cached_property
    def unspaced_leads(self) -> tuple[bytes, ...]:
        """The first UTF-8 byte of each unspaced key in either Chinese writing, one-byte strings: a
        text holding none of them holds no such key, and `gloss` skips their search (most glossed
        texts are in a spaced script; its pass cost ~6-10 µs per short prompt in a stream of them)."""
        table = classes()
        firsts = {c for k in self.unspaced_entries for c in table.get(k[0], k[0])}
        return tuple(bytes([b]) for b in sorted({c.encode()[0] for c in firsts}))

    def key(self, found: bytes) -> str:
        """A key as found in doubled-space `words_of` output."""
        return " ".join(found.decode("utf-8").split())

    def sense(self, key: str, votes: Counter[str]) -> tuple[str, str] | None:
        """(English, kind) of a shared spelling in the language with the most votes among those
        that list it (ties: the first listed), or None when no language it belongs to has one."""
        senses = self.senses[key]
        lang = max(senses, key=lambda lang: votes[lang])
        return senses[lang] if votes[lang] else None


@dataclass(frozen=True, slots=True)
class Glossed:
    """A glossed text (normalised UTF-8 bytes) and how its pieces map back to the source bytes."""

    data: bytes
    _g: tuple[int, ...]  # start of each replaced piece in the glossed bytes
    _o: tuple[tuple[int, int], ...]  # (start, end) of each replaced piece in the source bytes
    _glen: tuple[int, ...]  # length of each replaced piece in the glossed bytes

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Byte span in the glossed text -> byte span in the source text (part of a replaced
        piece maps to all the words it replaced)."""
        return self._to_source(start, True), self._to_source(max(start, end - 1), False)

    def _to_source(self, x: int, is_start: bool) -> int:
        k = bisect_right(self._g, x) - 1
        if k < 0:
            return x if is_start else x + 1  # before the first replacement: same offsets
        g, (lo, hi), n = self._g[k], self._o[k], self._glen[k]
        if x < g + n:  # inside replaced piece k
            return lo if is_start else hi
        return hi + (x - g - n) + (0 if is_start else 1)  # unchanged bytes after it


def parse(data: Any) -> Glossary:
    """Validate gloss.yaml's content: every key made of whole words, one meaning per key."""
    if not isinstance(data, dict) or not isinstance(data.get("languages"), dict):
        raise GlossError("gloss.yaml: needs a `languages` mapping")
    max_words = int(data.get("max_words", 4))
    shared = {str(k) for k in data.get("shared_spellings") or ()}
    entries: dict[str, tuple[str, str]] = {}
    langs: dict[str, set[str]] = {}
    senses: dict[str, dict[str, tuple[str, str]]] = {}
    for lang, table in data["languages"].items():
        for kind in _KINDS:
            for key, english in ((table or {}).get(kind) or {}).items():
                if not isinstance(english, str):  # YAML reads a bare true/no/on as a boolean
                    raise GlossError(f"gloss.yaml {lang}.{kind}: {key!r} needs English text, got {english!r}")
                key = str(key)
                words = TOKEN.findall(key)
                if " ".join(words) != key or key != key.lower() or not 1 <= len(words) <= max_words:
                    raise GlossError(
                        f"gloss.yaml {lang}.{kind}: {key!r} must be 1-{max_words} lower-case words"
                    )
                if key in shared:  # one meaning per language, chosen per text
                    senses.setdefault(key, {})[lang] = (english, kind)
                    continue
                old = entries.get(key)
                if old is not None and old[0] != english:
                    raise GlossError(
                        f"gloss.yaml {lang}.{kind}: {key!r} means {english!r} here and {old[0]!r} elsewhere"
                        " (list it in shared_spellings if both are right)"
                    )
                entries[key] = (english, kind)
                langs.setdefault(key, set()).add(lang)
    lone = sorted(k for k in shared if len(senses.get(k, ())) < 2)
    if lone:
        raise GlossError(f"gloss.yaml shared_spellings: {lone} need a meaning in two languages or more")
    # Keys spelled without their accents are found too ("instruccion"), unless two keys then read
    # alike with different meanings ("tú" you, "tu" your). A word written with accents is only
    # found as written ("estás" is not "estas").
    bare: dict[str, tuple[str, str] | None] = {}
    for key, hit in entries.items():
        b = strip_accents(key)
        if b not in entries and b not in senses:
            bare[b] = hit if bare.get(b, hit) == hit else None
            langs.setdefault(b, set()).update(langs[key])
    entries.update({b: hit for b, hit in bare.items() if hit is not None})
    cues = [str(c) for c in data.get("cues") or ()]
    bad = [c for c in cues if TOKEN.fullmatch(c) is None or c != c.lower()]
    if bad or not cues:
        raise GlossError(f"gloss.yaml cues: need lower-case single words, got {bad or 'none'}")
    allcues = tuple(sorted({v for c in cues for v in (c, strip_accents(c))}))
    languages = {k: frozenset(v) for k, v in langs.items() if k in entries}
    by_writing(entries)  # a conflict fails the load, not the first Chinese text
    return Glossary(entries, max_words, allcues, languages, senses)


@cache
def load() -> Glossary:
    """The shipped glossary (parsed once per process)."""
    text = resources.files("aiwatch.safety").joinpath("gloss.yaml").read_text(encoding="utf-8")
    # libyaml's loader when PyYAML has it: the pure-Python one took ~1.2 s of a worker's ~6.5 s
    # warm-up on this 200 KB file (round 19); the same safe subset of YAML either way.
    return parse(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


def gloss(data: bytes, glossary: Glossary | None = None) -> Glossed | None:
    """The English gloss of normalised (lower-case) UTF-8 bytes, or None when no listed word
    changes.

    Longest listed phrase first at each word; a noun directly followed by a listed adjective
    is glossed in English order ("instrucciones anteriores" -> "previous instructions"). One
    RE2 search over the words (separators made spaces, each space doubled) finds the keys;
    Python only touches the words found.
    """
    g = glossary or load()
    spaced = words_of(data, same_length=True)  # byte i of data is byte i + 1 of spaced
    # (start, end) in data, key: a match is the key between its two spaces, and the next search
    # starts at its closing space (`spans`' back), which opens the next key when one follows.
    keys = [(s, e - 2, g.key(spaced[s + 1 : e - 1])) for s, e in spans(g.keys_regex, spaced, back=1)]
    votes: Counter[str] = Counter()
    if g.senses and any(k in g.senses for _, _, k in keys):
        votes.update(lang for _, _, k in keys for lang in g.languages.get(k, ()))
    hits: list[tuple[int, int, str, str]] = []  # (start, end) in data, English, kind
    for start, end, key in keys:
        sense = g.entries.get(key) or g.sense(key, votes)
        if sense is None:
            continue  # a shared spelling in a text whose language nothing votes for
        english, kind = sense
        if hits and kind == "adjectives" and hits[-1][3] == "nouns" and data[hits[-1][1] : start].isspace():
            # noun + adjective -> "adjective noun", one piece for both words
            ns, _, noun, _ = hits.pop()
            hits.append((ns, end, f"{english} {noun}", ""))
        else:
            hits.append((start, end, english, kind))
    if g.unspaced_regex is not None and not data.isascii() and any(map(data.__contains__, g.unspaced_leads)):
        # Chinese: keys found anywhere, glossed with spaces around them; the longer key wins
        # where a spaced and an unspaced key overlap.
        found = hits + [
            (s, e, f" {g.unspaced_entries[canonical(data[s:e].decode('utf-8'))][0]} ", "")
            for s, e in spans(g.unspaced_regex, data)
        ]
        found.sort(key=lambda h: (h[0], h[0] - h[1]))
        hits = []
        for h in found:
            if not hits or h[0] >= hits[-1][1]:
                hits.append(h)
    if not any(data[s:e] != english.encode() for s, e, english, _ in hits):
        return None
    out: list[bytes] = []
    gstart: list[int] = []
    glen: list[int] = []
    pos = size = 0
    for s, e, english, _ in hits:
        out.append(data[pos:s])
        size += s - pos
        piece = english.encode()
        out.append(piece)
        gstart.append(size)
        glen.append(len(piece))
        size += len(piece)
        pos = e
    out.append(data[pos:])
    return Glossed(b"".join(out), tuple(gstart), tuple((s, e) for s, e, _, _ in hits), tuple(glen))
