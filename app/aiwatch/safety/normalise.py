"""Text normalisation with a map back to the original offsets.

Matching runs on a canonical form (NFKC, zero-width and format characters
removed, Unicode tag characters decoded, lower case) so one lower-case regex
catches the obfuscated variants too. Whitespace is not collapsed in the text:
patterns treat any run of whitespace/punctuation as one separator, which keeps
offsets identical for plain ASCII input (the common, fast path).

Cost is what matters here (the screen sits in the request path), so every
step is a C-speed whole-string operation: `str.isascii`/`str.lower` for ASCII,
`unicodedata.is_normalized` to skip NFKC work, otherwise one `str.replace` per
distinct non-ASCII character that changes, then `bytes.lower` on the UTF-8
(ASCII letters only) (a per-character `str.translate` costs ~70 ns per
character of the whole text, so it is only the fallback for texts with many
distinct changing characters). The offset map is built lazily, only when a
match has to be reported and some character changed length, again with
C-level operations (`re.split`, `itertools.accumulate`), not a Python loop.

Spans found in the normalised text are mapped back to the caller's text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate, compress, repeat
from operator import add, ne, sub

import re2

from .engine import ASCII_BYTES
from .patterns import re2_options

# Invisible or formatting code points attackers use to split trigger words.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f"
)
INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_INVISIBLE_RE2 = re2.compile(f"[{_INVISIBLE}]", re2_options())

# Lower-case Cyrillic/Greek/IPA letters that render like Latin ones (round 11: Cyrillic г as r,
# as in "ignoгe"; folded only next to a Latin letter, so Russian words keep it).
HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g", "ɑ": "a", "ı": "i", "ο": "o",
    "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "ѵ": "v", "ʏ": "y", "г": "r",
}  # fmt: skip
# Dotless ı is ordinary Turkish and Azerbaijani spelling next to Latin letters: it is folded
# with the others, but never alone the sign of a spoofed word.
_HG = "".join(c for c in HOMOGLYPHS if c != "ı")
# A look-alike touching a Latin letter: the sign of a mixed-script (spoofed) word.
HG_ADJACENT = f"[a-z][{_HG}]|[{_HG}][a-z]"
_HG_ADJACENT = re2.compile(HG_ADJACENT, re2_options())
# Touching pairs in other scripts' words (`fold`) looked at before a text is folded anyway.
FOLD_MAX_WORDS = 64
# Characters `_spoofed` reads on each side of a look-alike: a longer run of letters is no word a
# person writes, and reading all of it made a 33 KB run of alternating look-alikes cost ~9 ms.
SPOOF_REACH = 32
_CACHE_LIMIT = 65_536


class _CharTable(dict[int, str]):
    """str.translate table: code point -> canonical form, computed once per character."""

    def __missing__(self, cp: int) -> str:
        if 0xE0020 <= cp <= 0xE007E:  # Unicode "tag" characters smuggle invisible ASCII
            out = chr(cp - 0xE0000).lower()
        elif INVISIBLE_RE.match(chr(cp)):
            out = ""
        elif not unicodedata.decomposition(chr(cp)):  # cheap: no compatibility form to apply
            out = chr(cp).lower()
        else:
            out = unicodedata.normalize("NFKC", chr(cp)).lower()
        if len(self) < _CACHE_LIMIT:
            self[cp] = out
        return out


_ASCII_LOWER = {i: chr(i).lower() for i in range(128)}
# Above this many distinct changing characters, one str.translate beats one replace each.
MAX_REPLACED = 32
CHUNK = 1024
_TABLE = _CharTable(_ASCII_LOWER)
# Blocks whose every character is its own canonical form (_TABLE; a test checks each code point):
# Cyrillic lower case, Arabic and Devanagari letters, kana, CJK ideographs, Hangul syllables.
STABLE_RANGES = (
    (0x0430, 0x045F),
    (0x0679, 0x06FF),
    (0x0900, 0x0957),
    (0x3041, 0x3096),
    (0x30A1, 0x30FA),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7A3),
)
_STABLE_RUNS = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in STABLE_RANGES) + "]+")
# From this many non-ASCII bytes, runs of stable characters are cut out when the distinct
# characters are collected: set() costs ~40 µs per KB of Chinese text (an object per character),
# the regex pass and set() of what is left ~8 (mostly ASCII texts skip it: ~1 µs per call).
STABLE_CUT_MIN = 512
# A text whose UTF-8 is less than 1/MOSTLY_ASCII multi-byte overhead is "mostly ASCII" (normalise).
MOSTLY_ASCII = 8
# Up to this many bytes, a mostly ASCII text is lower-cased whole too when nothing else would change
# (normalise): the per-character path costs ~3-5 µs whatever the length below it ("Agora não tem
# mais o que fazer": 3.3 µs), the whole-text checks ~0.3-0.6 µs.
LOWER_WHOLE_MAX = 1024
# CPython's str.lower() lowers a capital sigma by its context (final "ς"), the per-character path
# alone ("σ"): a mostly ASCII text holding one keeps that path, as before.
_SIGMA = "\u03a3"


class _Lengths(dict[str, int]):
    """Length of each character's canonical form (0 for removed characters)."""

    def __missing__(self, c: str) -> int:
        out = len(_TABLE[ord(c)])
        if len(self) < _CACHE_LIMIT:
            self[c] = out
        return out


_LENGTHS = _Lengths()


class Normalised:
    """Normalised text, its UTF-8 bytes, and a lazy map back to the original offsets."""

    __slots__ = (
        "_bp",
        "_changing",
        "_data",
        "_head",
        "_raw",
        "_starts",
        "_tail",
        "_text",
        "folded",
        "folded_at",
        "invisible",
        "original",
        "same_ascii",
        "tags",
    )

    def __init__(
        self, text: str | None, original: str, changing: str = "", data: bytes | None = None
    ) -> None:
        self._text = text  # or None: decoded from data when asked for (screens mostly need bytes)
        self.original = original
        self.folded: str | None = None  # homoglyphs folded to Latin, when the text mixes scripts
        self.folded_at: int | None = None  # first look-alike next to a Latin letter (normalised offset)
        self.invisible = False
        self.tags = False
        # Each character of the original became one character, ASCII ones only lower-cased and
        # non-ASCII ones staying non-ASCII: a case-folded search for an ASCII shape in the
        # original then finds what the lower-case search finds in the text.
        self.same_ascii = False
        self._data = data
        self._raw: bytes | None = None
        self._changing = changing  # characters whose canonical form is not exactly one character
        # The offset map, built only when a match is reported in a text whose characters changed
        # length (most texts: never; three containers made per call cost ~0.1 µs of a short one).
        self._bp: dict[int, tuple[list[int], list[int], list[int]]] | None = None  # per block
        self._starts: list[int] | None = None  # every block's normalised offset (translate path)
        self._head: list[int] | None = None  # else those of the first blocks, found as needed (_block)
        self._tail: list[int] | None = None  # and those of the last blocks, from the end (_block)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self._data.decode("utf-8")  # type: ignore[union-attr]
        return self._text

    @property
    def data(self) -> bytes:
        if self._data is None:
            self._data = self._text.encode("utf-8")  # type: ignore[union-attr]
        return self._data

    @property
    def raw(self) -> bytes:
        """The original's UTF-8 bytes (encoded once)."""
        if self._raw is None:
            self._raw = self.original.encode("utf-8")
        return self._raw

    def _breakpoints(self, lo: int, hi: int) -> tuple[list[int], list[int], list[int]]:
        """Original position, normalised position (minus that of lo) and output length of each
        changing character in original[lo:hi], with C-level operations only."""
        parts = re.split(f"([{re.escape(self._changing)}])", self.original[lo:hi])
        pos = list(map(add, accumulate(map(len, parts[:-1])), repeat(lo)))[::2]  # [gap, char, gap, ...]
        outs = list(map(_LENGTHS.__getitem__, parts[1::2]))
        shift = accumulate(map(sub, outs, repeat(1)), initial=-lo)  # normalised - original
        return pos, list(map(add, pos, shift)), outs

    def _block_len(self, j: int) -> int:
        """Normalised length of block j of the original: its CHUNK characters (fewer for the last)
        plus the change of length of each distinct changing character in it (one str.count each)."""
        text, lo = self.original, j * CHUNK
        hi = min(lo + CHUNK, len(text))
        return hi - lo + sum((_LENGTHS[c] - 1) * text.count(c, lo, hi) for c in self._changing)

    def _block(self, n: int) -> tuple[int, int]:
        """The last block whose normalised offset is at most n, and that offset.

        A text can hold ~50 K length-changing characters (a zero-width flood): a map with an
        entry per character costs ~20 ms even with C-level operations, so the map is built
        per block of CHUNK characters, only for blocks a reported match touches. A block's
        offset is the sum of the normalised lengths of the blocks before it, or the normalised
        length less those of the blocks from it to the end: offsets are found from the nearer end
        of the text, as far as n needs (reported matches lie mostly near either end; counting
        every block cost 17 str.count per block, ~0.5 ms on 100 KB of 17 distinct changing
        characters). The translate path records every offset as it goes (`_starts`).
        """
        if self._starts is not None:
            j = max(bisect_right(self._starts, n) - 1, 0)
            return j, self._starts[j]
        blocks = -(-len(self.original) // CHUNK)
        if self._tail is None or self._head is None:
            self._head = [0]
            self._tail = [len(self.text)]  # the offset of the end of the last block
        if 2 * n < self._tail[0]:
            head = self._head  # offsets of blocks 0, 1, ...: extended until one passes n
            while len(head) < blocks and head[-1] <= n:
                head.append(head[-1] + self._block_len(len(head) - 1))
            j = max(bisect_right(head, n) - 1, 0)
            return j, head[j]
        tail = self._tail  # offsets of blocks `blocks`, `blocks` - 1, ...: until one is at most n
        while len(tail) <= blocks and (len(tail) == 1 or tail[-1] > n):
            tail.append(tail[-1] - self._block_len(blocks - len(tail)))
        k = next(k for k in range(1, len(tail)) if tail[k] <= n or k == blocks)
        return blocks - k, tail[k]

    def to_original(self, n: int) -> int:
        end = len(self.original)
        if not self._changing:
            return min(n, end)
        j, start = self._block(n)  # the block holding normalised offset n
        lo = j * CHUNK
        if self._bp is None:
            self._bp = {}
        if j not in self._bp:
            self._bp[j] = self._breakpoints(lo, lo + CHUNK)
        pos, npos, outs = self._bp[j]
        rel = n - start
        i = bisect_right(npos, rel) - 1  # the last changing character at or before n
        if i < 0:
            return min(lo + rel, end)
        if rel < npos[i] + outs[i]:  # inside its expansion: every output character maps to it
            return pos[i]
        return min(pos[i] + 1 + (rel - npos[i] - outs[i]), end)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


# Distinct characters taken out one str.replace at a time before set() sees the rest: a flood of a
# few characters (zero-width, ligatures: 50 K in 100 KB) cost set() an object per character.
DISTINCT_BY_REPLACE = 16


# Below this many characters, set() alone is cheaper: the replaces each copy the text, and a short
# Chinese or Japanese prompt's first characters are all distinct (~3.5 µs of ~23 per 50-character
# prompt with full-width punctuation).
DISTINCT_BY_SET = 256


# A character making up less than 1/FLOOD_SHARE of what is left ends the flood: the stable runs are
# cut from the rest then (`_distinct`). In "17 distinct changing chars" each is 1/17 of the text.
FLOOD_SHARE = 32


def _distinct(text: str, cut: bool = False) -> list[str]:
    """The distinct characters of text (in no particular order); with `cut`, runs of stable
    characters may be left out (each is its own canonical form: `_rewrite` ignores them).

    A flood's characters are taken out first and the stable runs cut only from what is left: the
    cut's regex costs per run, ~0.6 ms on 100 KB of look-alike words with zero-width characters
    (runs of 3 Cyrillic letters), where the replaces take the few distinct characters (round 30).
    Chinese or Russian prose ends the flood at its first or first few characters."""
    if cut and len(text) < DISTINCT_BY_SET:
        text, cut = _STABLE_RUNS.sub("", text), False
    if len(text) < DISTINCT_BY_SET:
        return list(set(text))
    out = []
    while text and len(out) < DISTINCT_BY_REPLACE:
        n = len(text)
        out.append(text[0])
        text = text.replace(text[0], "")
        if cut and (n - len(text)) * FLOOD_SHARE < n:
            text, cut = _STABLE_RUNS.sub("", text), False
    if cut and len(text) >= DISTINCT_BY_SET:  # a flood of 16 characters, and more besides
        text = _STABLE_RUNS.sub("", text)
    return out + list(set(text)) if text else out


def _rewrite(text: str, data: bytes) -> Normalised:
    """The general path: per-character canonical forms, at C speed for few distinct characters.

    data is text's UTF-8 encoding (encoded once by the caller)."""
    nonascii = data.translate(None, ASCII_BYTES)
    # C-level map/compress over the distinct characters: Chinese or Japanese text has hundreds.
    # Characters that are their own canonical form change nothing below: long runs of them are cut.
    rest = nonascii.decode("utf-8")
    chars = _distinct(rest, len(nonascii) >= STABLE_CUT_MIN)
    forms = list(map(_TABLE.__getitem__, map(ord, chars)))
    outs = dict(zip(chars, forms, strict=True))
    changed = list(compress(chars, map(ne, chars, forms)))
    changing = "".join(sorted(compress(chars, map(ne, map(len, forms), repeat(1)))))
    starts: list[int] | None = None
    # One replace per character is exact provided no replacement contains a character that is
    # replaced too.
    if len(changed) <= MAX_REPLACED and not any(o in outs and outs[o] != o for c in changed for o in outs[c]):
        if changed:
            # On the str, then encoded once: str.replace finds one character ~2-8x faster than
            # bytes.replace finds its 2-3 byte UTF-8 among non-ASCII bytes sharing its lead byte,
            # and beats the one RE2 pass it replaces for few occurrences too (100 KB of 17 distinct
            # changing characters: 1.40 -> 0.88 ms; round 30). Lowering after the replaces gives
            # the same bytes: a canonical form holds no capital letter (`_CharTable` lowers it).
            replaced = text
            for c in changed:
                replaced = replaced.replace(c, outs[c])
            data = replaced.encode("utf-8")
        data = data.lower()  # ASCII letters only
        out, done = None, data  # the str is decoded only if a caller asks for it
    else:  # many distinct characters: one translate through a table that holds all of them
        table = dict(_ASCII_LOWER)
        table.update((ord(c), o) for c, o in outs.items())
        blocks = [text[i : i + CHUNK].translate(table) for i in range(0, len(text), CHUNK)]
        out, done = "".join(blocks), None
        starts = list(accumulate(map(len, blocks), initial=0))[:-1]  # the offset map's block offsets
    norm = Normalised(out, text, changing, done)
    if starts is not None and changing:
        norm._starts = starts
    # Tag characters (U+E0020-E007E) all start with these two UTF-8 bytes.
    norm.tags = b"\xf3\xa0" in nonascii and any(0xE0020 <= ord(c) <= 0xE007E for c in chars)
    norm.invisible = any(INVISIBLE_RE.match(c) for c in changing)
    norm.same_ascii = all(len(outs[c]) == 1 and not outs[c].isascii() for c in changed)
    return norm


def _has_invisible(raw: bytes, short: bool) -> bool:
    """Whether the UTF-8 text holds an invisible or formatting character (`_INVISIBLE`, all of them
    non-ASCII). A short text's non-ASCII characters are looked at alone with Python's re (~0.2 µs;
    the RE2 wrapper's search costs ~0.7 µs on a short text, less per KB on a long one)."""
    if short:
        return INVISIBLE_RE.search(raw.translate(None, ASCII_BYTES).decode("utf-8")) is not None
    return _INVISIBLE_RE2.search(raw) is not None


def normalise(text: str, fold_homoglyphs: bool = True) -> Normalised:
    """The canonical form of text. RE2 searches run on UTF-8 bytes, each encoded once: given a
    str, the RE2 wrapper encodes it again and converts offsets on every call.

    With fold_homoglyphs=False the homoglyph check (`fold`) is left to the caller: the
    injection screen asks its RE2 Set whether `HG_ADJACENT` occurs, in the pass it makes anyway.
    """
    if text.isascii():
        # Lowered as bytes (the same text): the screens need the bytes of both the text and the
        # original, so each is made once here and the str of the text only when asked for.
        raw = text.encode()  # UTF-8 (the default: ~10 ns less than naming it)
        norm = Normalised(None, text, "", raw.lower())  # positional: a keyword costs ~80 ns
        norm._raw = raw
        norm.same_ascii = True
        return norm
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates (JSON allows "\ud800"): not text, and no UTF-8 for RE2. Each becomes
        # one U+FFFD, so the text is screened and every offset still indexes the caller's string.
        text = _SURROGATE.sub("\ufffd", text)
        raw = text.encode("utf-8")
    low = None
    # Mostly ASCII (code and documents with a few quotes, dashes or emoji): the per-character
    # path is cheaper (~3.6 vs ~6.3 µs per KB) than checking NFKC and lower-casing all of it,
    # except on a short text (LOWER_WHOLE_MAX). When the text is NFKC already and holds no
    # invisible character, both paths give the same text: each character's canonical form is
    # then its own lower case, one character (checked below), and str.lower() lowers each
    # character alone but the capital sigma (_SIGMA).
    short = len(raw) <= LOWER_WHOLE_MAX
    if (
        ((len(raw) - len(text)) * MOSTLY_ASCII > len(raw) or (short and _SIGMA not in text))
        and unicodedata.is_normalized("NFKC", text)
        and not _has_invisible(raw, short)
    ):
        low = text.lower()
    # e.g. Russian or Chinese prose: nothing to rewrite beyond lower case.
    if low is not None and len(low) == len(text):
        norm = Normalised(low, text)
        norm.same_ascii = True
    else:
        norm = _rewrite(text, raw)
    norm._raw = raw
    return fold(norm) if fold_homoglyphs else norm


def canonical(text: str, fold_homoglyphs: bool = True) -> Normalised:
    """A text already in canonical form, e.g. a ROT13 window cut from normalised text (only ASCII
    letters changed): only normalise's homoglyph check is left to do (~60 µs less per 10 KB)."""
    norm = Normalised(text, text)
    return fold(norm) if fold_homoglyphs and not text.isascii() else norm


def _word_char(c: str) -> bool:
    """A letter, digit or mark: part of a word."""
    return c.isalnum() or unicodedata.category(c)[0] == "M"


def _latin_like(c: str) -> bool:
    """A character a spoofed word may hold: a look-alike, an ASCII letter or digit, a Latin-script
    letter, a digit or a mark."""
    return (
        c in HOMOGLYPHS
        or c.isascii()
        or c.isdigit()
        or unicodedata.category(c)[0] == "M"
        or unicodedata.name(c, "").startswith("LATIN ")
    )


def _spoofed(text: str, at: int) -> bool:
    """Whether the word around text[at] is a spoofed Latin word: every letter of it Latin-script or a
    look-alike ("ignoгe"). A word that also holds a letter no Latin one looks like (Bulgarian д,
    Ukrainian я, Greek σ, the IPA stress mark ˈ) is that script's word with one stray letter. Only
    SPOOF_REACH characters each side are read: beyond them a run counts as spoofed (folded)."""
    lo, hi = max(0, at - SPOOF_REACH), min(len(text), at + SPOOF_REACH + 1)
    i = at
    while i > lo and _word_char(text[i - 1]):
        i -= 1
    while i < hi and _word_char(text[i]):
        if not _latin_like(text[i]):
            return False
        i += 1
    return True


def fold(norm: Normalised) -> Normalised:
    """Record the homoglyph-folded copy when a look-alike touches a Latin letter (HG_ADJACENT) inside
    a spoofed word (`_spoofed`). After FOLD_MAX_WORDS touching pairs in words of other scripts the
    text is folded anyway: many stray letters must not hide a spoofed word behind them."""
    data, text = norm.data, norm.text
    pos = chars = 0  # a byte offset and its character offset, advanced hit by hit (one pass)
    for k, hg in enumerate(_HG_ADJACENT.finditer(data)):
        chars += len(data[pos : hg.start()].decode("utf-8"))
        pos = hg.start()
        at = chars + (0 if text[chars] in HOMOGLYPHS else 1)  # the look-alike of the pair
        if k + 1 >= FOLD_MAX_WORDS or _spoofed(text, at):
            folded = text
            for c, latin in HOMOGLYPHS.items():  # <= 41 C-speed replaces; translate would miss per char
                if c in folded:
                    folded = folded.replace(c, latin)
            norm.folded = folded
            norm.folded_at = at
            break
    return norm
