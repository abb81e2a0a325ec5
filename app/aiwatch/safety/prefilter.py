"""Necessary literals of an RE2 regex: which Sets cannot match a text, from one cheap pass.

Most texts match no pattern, yet each RE2 Set pass costs ~0.7 µs even on an empty text (the
wrapper and RE2::Set::Match setup), so a dozen Sets cost more than the bytes they scan. Like
RE2's FilteredRE2, `atoms` derives from a regex's source a set of literal strings ("atoms")
such that the regex can only match a text holding at least one of them: a concatenation needs
what its best part needs, an alternation what any branch needs, a part that may be absent (`?`,
`*`, `{0,n}`) needs nothing. Engine.Matcher then runs one Set of every Set's atoms first and
skips the Sets none of whose atoms occur: a skipped Set could not have matched, so results are
unchanged (exact, whatever the text). A regex with no usable atoms (only short or unbounded
parts, or syntax this parser does not know) is "unfiltered" and its Set always runs.

An atom may keep the context the regex guarantees next to its literal: a word boundary, or one
separator (a character that is no ASCII letter or digit, for a class such as <s> that holds none);
`x+` lends its first and last string to its neighbours ("send<s>+to" needs "send<s>" and "<s>to"),
also from inside a group (`(?:x+)`, as the macro <_> writes it).
So a short literal is usable with context ("\\bcc\\b"), and a common word's Set opens less often
("mail" inside "email" no longer opens the Set of a regex that says "\\bmail").

Atoms are written back as RE2 source (`atom_regex`) rather than compared in Python: a
case-insensitive character becomes `(?i:c)`, so RE2 applies its own case folding (ſ, K ...) and
the gate matches exactly the texts the regex's literal could match.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import Any

# An atom: a tuple of (character, case-insensitive) pairs, or NON_ASCII (any non-ASCII character:
# the need of a class of non-ASCII letters such as the homoglyph signal's).
Atom = tuple[tuple[str, bool], ...]
NON_ASCII: Atom = (("\0non-ascii", False),)
# Context elements of an atom, next to its literal where the regex guarantees them: a word boundary
# (`\b`), and SEP, one character that is no ASCII letter or digit (a superset of every class that
# holds none, such as the patterns' separator <s>, `\s`, `\W`; rendered as that superset, so the
# gate stays exact). "mail" alone opens its Set in 2.5 % of the dev short prompts, "\bmail" in
# 0.2 %; "cc" in 2.2 %, "\bcc\b" in 0.03 %.
# SEPS is one or more such characters in a row (`<s>+`, the patterns' `<_>`), for a regex whose
# plain atoms are common words only (`atoms`): the words a run joins then form one atom ("you",
# SEPS, "must") instead of "must" alone. Not for every regex: an atom with a run in its middle makes
# the DFA remember, through the next word, which word came before the run, so with every regex's
# runs the gate's states multiplied and it thrashed (round 31: ~0.9 ms a pass instead of ~9 us).
BOUND = ("\0\\b", False)
SEP = ("\0sep", False)
SEPS = ("\0seps", False)
_CONTEXT = {BOUND: "\\b", SEP: "[^0-9A-Za-z]", SEPS: "[^0-9A-Za-z]+"}
# Single ASCII symbols rare in prose, usable as atoms on their own ("@" occurs in 1.4 % of the dev
# short prompts; the model's "send … to an address" cue needs "@", "://", "0x" or "webhook").
RARE_SYMBOLS = frozenset("@")
# The common English words of 3 letters or more that patterns spell out: as an atom, each opens
# its Set on a large share of real prompts (measured on the dev corpus's short prompts), so any
# other atom of the regex is preferred to them.
COMMON_WORDS = frozenset(
    [
        "the",
        "and",
        "you",
        "your",
        "you're",
        "what",
        "how",
        "with",
        "this",
        "that",
        "for",
        "are",
        "not",
        "all",
        "can",
        "from",
        "have",
        "about",
        "one",
        "write",
        "act",
        "will",
        "any",
        "was",
        "were",
        "who",
        "which",
        "when",
        "where",
        "why",
        "out",
        "now",
        "its",
        "it's",
        "our",
        "they",
        "them",
        "their",
        "there",
        "then",
        "than",
        "also",
        "just",
        "like",
        "more",
        "some",
        "into",
        "only",
        "use",
        "make",
        "give",
        "tell",
        "show",
        "get",
        "new",
        "way",
        "want",
        "need",
        "please",
        "help",
        "know",
        "does",
        "has",
        "had",
        "been",
        "being",
        "here",
        "each",
        "every",
        "other",
        "should",
        "would",
        "could",
        "must",
        "may",
        "might",
        "see",
        "say",
        "said",
        "first",
        "last",
        "before",
        "after",
        "over",
        "under",
        "again",
        "every",
        # two-letter words: usable next to a context element (" to ", "\bis\b"), but common
        "to",
        "of",
        "in",
        "is",
        "it",
        "an",
        "on",
        "or",
        "be",
        "do",
        "me",
        "my",
        "we",
        "us",
        "as",
        "at",
        "by",
        "if",
        "no",
        "so",
        "up",
        "am",
    ]
)
_EDGES = " \t\n'\"’.,:;!?-_*()[]{}<>/|"
MIN_ATOM_BYTES = 3  # a shorter literal ("a", "to") occurs in nearly every text: no filter
MIN_CONTEXT_BYTES = 2  # ... unless a context element stands next to it ("\bcc\b", " to ")
MAX_EXACT = 16  # strings an exact set holds at most before it is reduced to atoms
MAX_LETTERS = 64  # non-ASCII characters of a class taken as atoms of their own at most
MAX_CLASS = 4  # characters of a class spelled out as alternatives (RE2's prefilter uses 4 too)
_MAX_REPEAT = 4  # x{n} with n up to this is spelled out when x is exact


class Unsupported(ValueError):
    """Syntax this parser does not know: the regex is treated as unfiltered."""


@dataclass(frozen=True, slots=True)
class _Info:
    """What a sub-regex matches: `exact` (every match is one of these strings) or `need` (every
    match holds one of these atoms; None: nothing known, it may match anything)."""

    exact: frozenset[Atom] | None = None
    need: frozenset[Atom] | None = None
    # One or more of these strings in a row (`x+`, `x{2,}` of an exact x): every match starts
    # with one and ends with one, so in a concatenation the strings next to it extend them.
    plus: frozenset[Atom] | None = None


_ANY = _Info()
_EMPTY = _Info(exact=frozenset({()}))


def _bytes(a: Atom) -> int:
    """Bytes of an atom's literal characters (its context elements left out)."""
    return 1 if a == NON_ASCII else sum(len(c.encode()) for c, _ in a if (c, _) not in _CONTEXT)


def _usable(a: Atom) -> bool:
    """Whether an atom is rare enough to filter: long enough, or short with a context element
    next to it, a letter of another script, or a rare symbol."""
    n = _bytes(a)
    if n >= MIN_ATOM_BYTES or _letter(a):
        return True
    if n >= MIN_CONTEXT_BYTES and any(e in _CONTEXT for e in a):
        return True
    lit = [c for c, ci in a if (c, ci) not in _CONTEXT]
    return len(lit) == 1 and lit[0] in RARE_SYMBOLS


def _need(info: _Info) -> frozenset[Atom] | None:
    """The atoms of an info (an exact set's strings, when all are usable)."""
    if info.exact is None:
        return info.need
    if all(_usable(a) for a in info.exact):
        return info.exact
    return None


def _letter(a: Atom) -> bool:
    """One non-ASCII character, case-sensitive: a letter of another script (2 bytes or more)."""
    return len(a) == 1 and not a[0][0].isascii() and not a[0][1] and a != NON_ASCII


COMMON_STRENGTH = 2  # a common word's strength (`_strength`): an atom that opens its Set often


def _strength(a: Atom) -> int:
    """How rarely an atom occurs, roughly: its length in bytes (up to 8), but 2 for a common
    English word (a separator around it or not) and 1 for NON_ASCII."""
    if a == NON_ASCII:
        return 1
    context = sum(1 for e in a if e in _CONTEXT)
    word = "".join(c for c, ci in a if (c, ci) not in _CONTEXT).strip(_EDGES)
    if word.lower() in COMMON_WORDS:
        return COMMON_STRENGTH  # with context or not: "\\bto" still occurs in 14 % of the dev short prompts
    if len(word) == 1 and word in RARE_SYMBOLS:
        return 3
    return min(_bytes(a) + context, 8)


def strength(need: frozenset[Atom] | None) -> int:
    """A need's weakest atom's strength (0: unfiltered): how often its Set is likely to run."""
    return min(map(_strength, need)) if need else 0


def layout_strength(need: frozenset[Atom] | None) -> int:
    """`strength` of the atoms of a regex's plain parse, from its atoms: COMMON_STRENGTH for a need
    holding a separator run (`atoms` joins runs only for a regex whose plain atoms are common words).
    A regex's DFA on prose depends on the words that start it, not on the atoms that gate it, so the
    Sets are cut and the gate's riders chosen by this (engine.Matcher): joined atoms in the layout
    put the common-word regexes together and long texts cost ~2x per KB (round 31)."""
    if need and any(SEPS in a for a in need):
        return COMMON_STRENGTH
    return strength(need)


def _score(need: frozenset[Atom] | None) -> tuple[int, int]:
    """Higher is a better filter: the weakest atom stronger, then fewer atoms."""
    return (strength(need), -len(need)) if need else (-1, 0)


def _concat(parts: list[_Info]) -> _Info:
    """Runs of exact parts are multiplied out (while small); the best run or part is the need."""
    cands: list[frozenset[Atom] | None] = []
    run: frozenset[Atom] | None = frozenset({()})
    for p in parts:
        if p.plus is not None:
            # run + first string, then last string + what follows: both occur in every match.
            if run is not None and len(run) * len(p.plus) <= MAX_EXACT:
                cands.append(_need(_Info(exact=frozenset(a + b for a, b in product(run, p.plus)))))
            else:
                cands += [_need(_Info(exact=run)) if run is not None else None, p.need]
            run = p.plus if len(p.plus) <= MAX_EXACT else None
            continue
        if p.exact is not None and run is not None and len(run) * len(p.exact) <= MAX_EXACT:
            run = frozenset(a + b for a, b in product(run, p.exact))
            continue
        if run is not None:
            cands.append(_need(_Info(exact=run)))
        if p.exact is not None and len(p.exact) <= MAX_EXACT:
            run = p.exact
        else:
            run = None
            cands.append(_need(p))
    if run is not None and not cands:
        return _Info(exact=run)
    if run is not None:
        cands.append(_need(_Info(exact=run)))
    best = max(cands, key=_score)
    return _Info(need=best)


def _alternate(branches: list[_Info]) -> _Info:
    if all(b.exact is not None for b in branches):
        union = frozenset().union(*(b.exact for b in branches if b.exact is not None))
        if len(union) <= MAX_EXACT:
            return _Info(exact=union)
    needs = [_need(b) for b in branches]
    if any(n is None for n in needs):
        return _ANY
    return _Info(need=frozenset().union(*(n for n in needs if n is not None)))


def _repeat(info: _Info, lo: int, hi: int | None, runs: bool = False) -> _Info:
    if runs and lo == 1 and hi is None and info.exact == _SEP.exact:
        return _SEPS  # a run of separators: one element, which the words on both sides extend
    if lo == 0:
        if hi == 1 and info.exact is not None:
            return _Info(exact=info.exact | {()})
        return _ANY
    if info.exact is not None and hi == lo and lo <= _MAX_REPEAT:
        return _concat([info] * lo)
    if info.exact is not None and (hi is None or hi > 1):
        return _Info(need=_need(info), plus=info.exact)
    return _Info(need=_need(info))


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_ASSERTS = set("BAz")
_OPAQUE = set("dDSwpPC")  # classes and \C: one character of a large or unknown set
_NO_ALNUM = set("sW")  # classes without an ASCII letter or digit: SEP
_BOUND = _Info(exact=frozenset({(BOUND,)}))
_SEP = _Info(exact=frozenset({(SEP,)}))
_SEPS = _Info(exact=frozenset({(SEPS,)}))
_ALNUM = ((0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A))


# A bracket class's source after its "[" (RE2 syntax).
_CLASS_SRC = re.compile(r"\^?\]?(?:\\.|\[:\w+:\]|[^\]\\])*\]")


@dataclass(slots=True)
class _Memo:
    """What the parses of one batch of regexes (`atoms_of`) share, dropped with it: the classes
    (source after "[", case flag) -> (Info, length), the groups (source between the parentheses,
    case flag) -> (Info, case flag after)."""

    classes: dict[tuple[str, bool], tuple[_Info, int]]
    groups: dict[tuple[str, bool], tuple[_Info | None, bool]]


def _closing(src: str) -> dict[int, int]:
    """The position of each "(" of src -> its ")" (empty when src does not balance)."""
    out: dict[int, int] = {}
    stack: list[int] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            m = _CLASS_SRC.match(src, i + 1)
            if m is None:
                return {}
            i = m.end()
            continue
        if c == "(":
            stack.append(i)
        elif c == ")":
            if not stack:
                return {}
            out[stack.pop()] = i
        i += 1
    return {} if stack else out


class _Parser:
    """Recursive descent over the RE2 syntax used in patterns.yaml and the model's cues."""

    def __init__(self, src: str, memo: _Memo, runs: bool = False, lend: bool = True) -> None:
        self.s, self.i, self.memo, self.runs = src, 0, memo, runs  # runs: `<s>+` as SEPS
        self.lend = lend  # a group of one repeat lends its strings as the repeat does (`_concat`)
        # Any `i` flag anywhere makes every literal case-insensitive: a superset, so still exact.
        self.ci = False
        self._closes: dict[int, int] | None = None  # "(" position -> its ")" (`_group`)

    def parse(self) -> _Info:
        info = self._alt()
        if self.i != len(self.s):
            raise Unsupported(f"unexpected {self.s[self.i]!r} at {self.i}")
        return info

    def _peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def _through(self, close: str, what: str) -> str:
        """The source from here up to `close`, consumed with it (Unsupported if it never comes)."""
        end = self.s.find(close, self.i)
        if end < 0:
            raise Unsupported(f"unterminated {what}")
        body, self.i = self.s[self.i : end], end + len(close)
        return body

    def _alt(self) -> _Info:
        branches = [self._concat()]
        while self._peek() == "|":
            self.i += 1
            branches.append(self._concat())
        return branches[0] if len(branches) == 1 else _alternate(branches)

    def _concat(self) -> _Info:
        parts: list[_Info] = []
        while self._peek() not in ("", "|", ")"):
            atom = self._atom()
            if atom is None:
                continue  # a flag group such as (?i)
            parts.append(self._quantified(atom))
        if self.lend and len(parts) == 1 and parts[0].plus is not None:
            # A group of one repeat, as the macro <_> expands (`(?:(?:<s>)+)`): x+ itself, whose strings the
            # group's neighbours extend ("pasa<_>de" needs "pasa" and a separator, not "pasa" in "pasado").
            # Until round 38 the group dropped them (about two thirds of the sources had other atoms).
            return parts[0]
        return _concat(parts) if parts else _EMPTY

    def _quantified(self, info: _Info) -> _Info:
        while True:
            c = self._peek()
            if c in ("*", "+", "?"):
                self.i += 1
                info = _repeat(info, 0 if c != "+" else 1, 1 if c == "?" else None, self.runs)
            elif c == "{" and (rng := self._braces()) is not None:
                info = _repeat(info, *rng, self.runs)
            else:
                return info
            if self._peek() == "?":  # lazy: the same language
                self.i += 1

    def _braces(self) -> tuple[int, int | None] | None:
        """{n}, {n,} or {n,m} (consumed), or None for a literal `{`, as RE2 reads it."""
        j = self.s.find("}", self.i)
        body = self.s[self.i + 1 : j] if j > 0 else ""
        lo, comma, hi = body.partition(",")
        if not lo.isdigit() or (hi and not hi.isdigit()):
            return None
        self.i = j + 1
        return int(lo), (int(hi) if hi else None) if comma else int(lo)

    def _char(self, c: str) -> _Info:
        return _Info(exact=frozenset({((c, self.ci),)}))

    def _atom(self) -> _Info | None:
        c = self._peek()
        self.i += 1
        if c == "(":
            return self._group()
        if c == "[":
            return self._class()
        if c == ".":
            return _ANY
        if c in ("^", "$"):
            return _EMPTY
        if c in ("*", "+", "?") or (c == "{" and self._braces_at(self.i - 1)):
            raise Unsupported("repeat of nothing")
        if c == "\\":
            esc = self._escape()
            if isinstance(esc, _Info):
                return esc
            return self._char(esc)
        return self._char(c)

    def _braces_at(self, i: int) -> bool:
        save = self.i
        self.i = i
        try:
            return self._braces() is not None
        finally:
            self.i = save

    def _group(self) -> _Info | None:
        """A group (`_parse_group`), parsed once per batch (`atoms_of`): the macros repeat the same
        groups (<rules>, <ignore>, <quoted> ...) across hundreds of patterns."""
        if self._closes is None:
            self._closes = _closing(self.s)
        end = self._closes.get(self.i - 1)
        if end is None:
            return self._parse_group()
        key = (self.s[self.i : end], self.ci)
        hit = self.memo.groups.get(key)
        if hit is None:
            hit = self.memo.groups[key] = (self._parse_group(), self.ci)
            if self.i != end + 1:  # the parse read beyond the ")" found: not reusable
                del self.memo.groups[key]
            return hit[0]
        self.i, self.ci = end + 1, hit[1]
        return hit[0]

    def _parse_group(self) -> _Info | None:
        if self.s.startswith("?", self.i):
            self.i += 1
            if self.s.startswith("P<", self.i) or self.s.startswith("<", self.i):
                self._through(">", "group name")
            else:
                flags = ""
                while self._peek() not in (":", ")", ""):
                    flags += self._peek()
                    self.i += 1
                if (not flags and self._peek() != ":") or set(flags) - set("imsU-"):
                    raise Unsupported(f"group flags {flags!r}")
                if "i" in flags:
                    self.ci = True
                if self._peek() == ")":
                    self.i += 1
                    return None
                self.i += 1  # ":"
        info = self._alt()
        if self._peek() != ")":
            raise Unsupported("unterminated group")
        self.i += 1
        return info

    def _escape(self) -> str | _Info:
        """The escaped character at self.i (after the backslash), or an Info for a class/assertion."""
        c = self._peek()
        self.i += 1
        if c == "x":
            if self._peek() == "{":
                code = self._through("}", "\\x{")[1:]
            else:
                code, self.i = self.s[self.i : self.i + 2], self.i + 2
            try:
                return chr(int(code, 16))
            except ValueError as exc:
                raise Unsupported(f"bad \\x escape {code!r}") from exc
        if c in _ESCAPES:
            return _ESCAPES[c]
        if c == "b":
            return _BOUND
        if c in _ASSERTS:
            return _EMPTY
        if c in _NO_ALNUM:
            return _SEP if not self.ci else _ANY  # under (?i), K and ſ would fold into a class
        if c in _OPAQUE:
            if c in "pP":  # \pL or \p{Greek}
                if self._peek() == "{":
                    self._through("}", "\\p{")
                else:
                    self.i += 1
            return _ANY
        if c and not c.isalnum():
            return c  # an escaped punctuation character stands for itself
        raise Unsupported(f"escape \\{c}")

    def _class(self) -> _Info:
        """A bracket class (`_parse_class`), parsed once per batch (`atoms_of`): the macros <s> and <w> put
        the same ~150-character class into most patterns, and parsing it character by character
        was most of the start-up's prefilter time."""
        m = _CLASS_SRC.match(self.s, self.i)
        key = (m.group() if m else "", self.ci)
        hit = self.memo.classes.get(key) if m else None
        if hit is not None:
            self.i += hit[1]
            return hit[0]
        start = self.i
        info = self._parse_class()
        if m and self.i - start <= len(key[0]):  # the key holds all the parse read: safe to reuse
            self.memo.classes[key] = (info, self.i - start)
        return info

    def _parse_class(self) -> _Info:
        """A bracket class: its characters when few and not negated, NON_ASCII when it holds only
        non-ASCII characters (case-sensitively: K, the Kelvin sign, folds to k), else ANY."""
        negated = self._peek() == "^"
        if negated:
            self.i += 1
        members: set[str] = set()
        opaque, only_non_ascii, first = negated, not negated, True
        alnum = negated  # whether the class may hold an ASCII letter or digit
        while True:
            c = self._peek()
            if not c:
                raise Unsupported("unterminated class")
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            if self.s.startswith("[:", self.i):
                self._through(":]", "[:class:]")
                opaque, only_non_ascii, alnum = True, False, True
                continue
            save = self.i
            lo = self._class_char()
            if lo is None:  # \d, \w, \pL ... inside the class
                opaque, only_non_ascii = True, False
                alnum = alnum or self.s[save + 1 : save + 2] not in _NO_ALNUM
                continue
            hi = lo
            if self._peek() == "-" and self.s[self.i + 1 : self.i + 2] not in ("]", ""):
                self.i += 1
                end_char = self._class_char()
                if end_char is None or end_char < lo:
                    raise Unsupported("bad class range")
                hi = end_char
            if ord(lo) < 0x80:
                only_non_ascii = False
            alnum = alnum or any(ord(lo) <= b and a <= ord(hi) for a, b in _ALNUM)
            if ord(hi) - ord(lo) >= MAX_LETTERS:
                opaque = True
            else:
                members.update(chr(x) for x in range(ord(lo), ord(hi) + 1))
        if not opaque and len(members) <= MAX_CLASS:
            return _Info(exact=frozenset(((ch, self.ci),) for ch in members))
        if only_non_ascii and not self.ci:
            # Letters of another script (the homoglyph signal's look-alikes): each one an atom.
            if not opaque and len(members) <= MAX_LETTERS:
                return _Info(need=frozenset(((ch, False),) for ch in members))
            return _Info(need=frozenset({NON_ASCII}))
        if not alnum and not self.ci:
            return _SEP  # one character that is no ASCII letter or digit (<s>, [\s,.]): context
        return _ANY

    def _class_char(self) -> str | None:
        """One character of a class (None for \\d, \\w ... inside it)."""
        c = self._peek()
        self.i += 1
        if c != "\\":
            return c
        esc = self._escape()
        if isinstance(esc, _Info):
            if esc is _EMPTY or esc is _BOUND:
                raise Unsupported("assertion in a class")
            return None
        return esc


# A parse mode of `_Parser` (runs, lend) -> its memo: the classes and groups the macros repeat, parsed once per mode.
_Memos = dict[tuple[bool, bool], _Memo]


def atoms(src: str, memos: _Memos | None = None) -> frozenset[Atom] | None:
    """Literal atoms of which every match of the RE2 regex src holds one, or None (unfiltered).

    When the plain atoms are common words (COMMON_STRENGTH), the regex is parsed again with its
    separator runs as SEPS, and those atoms are taken if it has any. Whether they are common words is
    judged without the separators a group lends (`_Parser.lend`): lent, a two-letter word looks rarer
    than it is ("<_>ai" needs " ai", strength 3), and the three regexes that joined "as an ai", "i
    can't" ... would give up those atoms. `memos` holds each parse mode's memo across calls."""
    memos = {} if memos is None else memos

    def need_of(runs: bool = False, lend: bool = True) -> frozenset[Atom] | None:
        memo = memos.setdefault((runs, lend), _Memo({}, {}))
        return _need(_Parser(src, memo, runs=runs, lend=lend).parse())

    try:
        need = need_of()
    except (Unsupported, RecursionError):
        return None
    if need is None or strength(need) > COMMON_STRENGTH + 2:  # a lent separator on each side: +2 at most
        return need
    if strength(need) > COMMON_STRENGTH:
        try:
            unlent = need_of(lend=False)
        except (Unsupported, RecursionError):
            return need
        if unlent is None or strength(unlent) > COMMON_STRENGTH:
            return need
    try:
        joined = need_of(runs=True)
    except (Unsupported, RecursionError):
        return need
    return need if joined is None else joined


def atoms_of(srcs: Iterable[str]) -> list[frozenset[Atom] | None]:
    """`atoms` of each regex: from the committed table (ATOMS_TABLE) when it holds the regex, else
    parsed; the classes and groups the macros repeat across the parsed ones are parsed once."""
    table = _table()
    memos: _Memos = {}
    out = []
    for src in srcs:
        ASKED.setdefault(src)
        key = _key(src)
        out.append(table[key] if key in table else atoms(src, memos))
    return out


# Parsing every pattern's source was ~1.8 s of a process's ~4.2 s matcher build (one core, idle
# host; several times that on a loaded one), paid by every exporter start before it binds. The atoms depend on
# the source alone, so they are computed once and committed (`python -m aiwatch.safety`,
# part of `make generate`; a test fails when the table differs from a fresh parse of the sources
# the matchers ask for). A source the table lacks (an edited patterns.yaml) is parsed as before.
ATOMS_TABLE = Path(__file__).with_name("prefilter_atoms.json")
# Every source atoms_of was asked about in this process, in order (what the table must hold).
ASKED: dict[str, None] = {}


def _key(src: str) -> str:
    return hashlib.sha256(src.encode()).hexdigest()[:24]


# In the table an atom is two strings: its characters (a context element or NON_ASCII's as one
# private-use character) and a case-insensitivity flag per character ("0" or "1").
_CODE = {BOUND[0]: "\ue000", SEP[0]: "\ue001", NON_ASCII[0][0]: "\ue002", SEPS[0]: "\ue003"}
_UNCODE = {v: k for k, v in _CODE.items()}


def _encode(need: frozenset[Atom] | None) -> list[list[str]] | None:
    if need is None:
        return None
    if any(c in _UNCODE for a in need for c, _ in a):
        raise ValueError("a pattern's literal holds a private-use character the atoms table uses")
    return sorted(["".join(_CODE.get(c, c) for c, _ in a), "".join("01"[ci] for _, ci in a)] for a in need)


def _decode(need: list[list[str]] | None) -> frozenset[Atom] | None:
    if need is None:
        return None
    return frozenset(tuple((_UNCODE.get(c, c), f == "1") for c, f in zip(*a, strict=True)) for a in need)


@functools.cache
def _table() -> dict[str, frozenset[Atom] | None]:
    """The committed atoms by source key; empty (every source parsed) when the file is missing or
    unreadable, which costs start-up time only (a test keeps the committed file current)."""
    try:
        raw = json.loads(ATOMS_TABLE.read_text(encoding="utf-8"))
        return {key: _decode(need) for key, need in raw["atoms"].items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        logging.getLogger("aiwatch.safety").warning(
            "%s not used (%s): parsing every pattern", ATOMS_TABLE, exc
        )
        return {}


def table_of(srcs: Iterable[str]) -> dict[str, Any]:
    """The table file's content for these sources, each parsed afresh (not read from the table)."""
    memos: _Memos = {}
    atoms_by_key = {_key(src): _encode(atoms(src, memos)) for src in srcs}
    return {
        "about": "Necessary literals (atoms) of each RE2 pattern source, by the first 24 hex digits "
        "of its sha256; generated by `python -m aiwatch.safety` (make generate).",
        "atoms": dict(sorted(atoms_by_key.items())),
    }


def dump_table(content: dict[str, Any]) -> str:
    """The table file's text: one source per line, so that a changed pattern is a one-line diff."""
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in content["atoms"].items()]
    return f'{{\n"about": {json.dumps(content["about"])},\n"atoms": {{\n' + ",\n".join(lines) + "\n}\n}\n"


def table_drift(path: Path, content: dict[str, Any]) -> list[str]:
    """Source keys whose atoms in the table file at `path` differ from `content` (missing, extra or
    changed); ["<file>"] when the file is missing or unreadable."""
    try:
        on_disk = json.loads(path.read_text(encoding="utf-8"))["atoms"]
    except (OSError, ValueError, KeyError, TypeError):
        return [str(path)]
    fresh = content["atoms"]
    return sorted(k for k in on_disk.keys() | fresh.keys() if on_disk.get(k, 0) != fresh.get(k, 0))


def _lit(c: str) -> str:
    code = ord(c)
    return c if c.isalnum() and code < 0x80 else f"\\x{{{code:x}}}"


def atom_regex(atom: Atom) -> str:
    """RE2 source matching exactly the texts an atom's characters can match."""
    if atom == NON_ASCII:
        return "[^\\x00-\\x7f]"
    return "".join(_CONTEXT[(c, ci)] if (c, ci) in _CONTEXT else
                   f"(?i:{_lit(c)})" if ci and (c.lower() != c.upper() or not c.isascii()) else _lit(c)
                   for c, ci in atom)  # fmt: skip
