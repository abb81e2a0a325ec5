"""Text normalisation with a map back to the original offsets.

Matching runs on a canonical form (NFKC, zero-width and format characters
removed, Unicode tag characters decoded, lower case) so one lower-case regex
catches the obfuscated variants too. Whitespace is not collapsed in the text:
patterns treat any run of whitespace/punctuation as one separator, which keeps
offsets identical for plain ASCII input (the common, fast path).

Cost is what matters here (the screen sits in the request path), so every
step is a C-speed whole-string operation: `str.isascii`/`str.lower` for ASCII,
`unicodedata.is_normalized` to skip NFKC work, one `str.translate` through a
per-character table otherwise. The offset map is built lazily, only when a
match has to be reported and some character changed length.

Spans found in the normalised text are mapped back to the caller's text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

import re2

from .patterns import re2_options

# Invisible or formatting code points attackers use to split trigger words.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f"
)
INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_INVISIBLE_RE2 = re2.compile(f"[{_INVISIBLE}]", re2_options())

# Lower-case Cyrillic/Greek/IPA letters that render like Latin ones.
HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g", "ɑ": "a", "ı": "i", "ο": "o",
    "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "ѵ": "v", "ʏ": "y",
}  # fmt: skip
_HG = "".join(HOMOGLYPHS)
# A look-alike touching a Latin letter: the sign of a mixed-script (spoofed) word.
_HG_ADJACENT = re2.compile(f"[a-z][{_HG}]|[{_HG}][a-z]", re2_options())
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
_ASCII = frozenset(map(chr, range(128)))
_TABLE = _CharTable(_ASCII_LOWER)


class Normalised:
    """Normalised text, its UTF-8 bytes, and a lazy map back to the original offsets."""

    __slots__ = ("_bp", "_changing", "_data", "folded", "folded_at", "invisible", "original", "tags", "text")

    def __init__(self, text: str, original: str, changing: str = "") -> None:
        self.text = text
        self.original = original
        self.folded: str | None = None  # homoglyphs folded to Latin, when the text mixes scripts
        self.folded_at: int | None = None  # first look-alike next to a Latin letter (normalised offset)
        self.invisible = False
        self.tags = False
        self._data: bytes | None = None
        self._changing = changing  # characters whose canonical form is not exactly one character
        self._bp: tuple[list[int], list[int]] | None = None

    @property
    def data(self) -> bytes:
        if self._data is None:
            self._data = self.text.encode("utf-8")
        return self._data

    def _breakpoints(self) -> tuple[list[int], list[int]]:
        if self._bp is None:
            bpn, bpo = [0], [0]
            shift = 0  # normalised offset - original offset, so far
            for m in re.finditer(f"[{re.escape(self._changing)}]", self.original):
                i = m.start()
                n = len(_TABLE[ord(m.group())])
                for j in range(n):  # an expansion: every output character maps to this input character
                    bpn.append(i + shift + j)
                    bpo.append(i)
                shift += n - 1
                bpn.append(i + 1 + shift)
                bpo.append(i + 1)
            self._bp = (bpn, bpo)
        return self._bp

    def to_original(self, n: int) -> int:
        if not self._changing:
            return min(n, len(self.original))
        bpn, bpo = self._breakpoints()
        i = bisect_right(bpn, n) - 1
        return min(bpo[i] + (n - bpn[i]), len(self.original))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


def normalise(text: str) -> Normalised:
    if text.isascii():
        return Normalised(text.lower(), text)
    low = text.lower()
    if len(low) == len(text) and not _INVISIBLE_RE2.search(text) and unicodedata.is_normalized("NFKC", text):
        norm = Normalised(low, text)  # e.g. Russian or Chinese prose: nothing to rewrite
    else:
        # One translate through a table that holds every character of this text: a miss
        # would cost a KeyError per character, a hit is a plain dict lookup.
        distinct = set(text) - _ASCII
        table = dict(_ASCII_LOWER)
        changing = []
        for c in distinct:
            out = table[ord(c)] = _TABLE[ord(c)]
            if len(out) != 1:
                changing.append(c)
        norm = Normalised(text.translate(table), text, "".join(sorted(changing)))
        norm.tags = any(0xE0020 <= ord(c) <= 0xE007E for c in distinct)
        norm.invisible = any(INVISIBLE_RE.match(c) for c in changing)
    hg = _HG_ADJACENT.search(norm.text)
    if hg:
        folded = norm.text
        for c, latin in HOMOGLYPHS.items():  # <= 41 C-speed replaces; translate would miss per char
            if c in folded:
                folded = folded.replace(c, latin)
        norm.folded = folded
        norm.folded_at = hg.start() + (0 if norm.text[hg.start()] in HOMOGLYPHS else 1)
    return norm
