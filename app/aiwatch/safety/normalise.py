"""Text normalisation with a map back to the original offsets.

Matching runs on a canonical form (NFKC, zero-width and format characters
removed, Unicode tag characters decoded, Latin look-alikes folded inside
mixed-script words, lower case) so one lower-case regex catches the
obfuscated variants too. Whitespace is not collapsed in the text: patterns
treat any bounded run of whitespace/punctuation as one separator, which keeps
offsets identical for plain ASCII input (the common, fast path).

Spans found in the normalised text are mapped back to the caller's text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

# Invisible or formatting code points attackers use to split trigger words.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f"
)
INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]{1,4096}")

# Lower-case Cyrillic/Greek/IPA letters that render like Latin ones.
HOMOGLYPHS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g", "ɑ": "a", "ı": "i", "ο": "o",
    "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "ѵ": "v", "ʏ": "y",
}  # fmt: skip
_HG = "".join(HOMOGLYPHS)
_HG_ADJACENT = re.compile(f"[{_HG}](?=[a-z])|(?<=[a-z])[{_HG}]")
_HG_ANY = re.compile(f"[{_HG}]")

_char_cache: dict[str, str] = {}


def _norm_char(ch: str) -> str:
    out = _char_cache.get(ch)
    if out is None:
        cp = ord(ch)
        if 0xE0020 <= cp <= 0xE007E:  # Unicode "tag" characters smuggle invisible ASCII
            out = chr(cp - 0xE0000).lower()
        elif INVISIBLE_RE.match(ch):
            out = ""
        else:
            out = unicodedata.normalize("NFKC", ch).lower()
        if len(_char_cache) < 65536:
            _char_cache[ch] = out
    return out


@dataclass(slots=True)
class Normalised:
    """Normalised text plus breakpoints (norm offset -> original offset)."""

    text: str
    original: str
    _bp_norm: list[int] = field(default_factory=lambda: [0])
    _bp_orig: list[int] = field(default_factory=lambda: [0])
    folded_homoglyphs: list[int] = field(default_factory=list)  # normalised offsets
    invisible: bool = False
    tags: bool = False

    def to_original(self, n: int) -> int:
        i = bisect_right(self._bp_norm, n) - 1
        return min(self._bp_orig[i] + (n - self._bp_norm[i]), len(self.original))

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
    if len(low) == len(text) and unicodedata.is_normalized("NFKC", text) and not INVISIBLE_RE.search(text):
        norm = Normalised(low, text)
    else:
        norm = _slow(text)
    if _HG_ANY.search(norm.text):
        _fold_homoglyphs(norm)
    return norm


def _slow(text: str) -> Normalised:
    pieces: list[str] = []
    bpn, bpo = [0], [0]
    npos = 0
    pos = 0
    tags = False
    for m in _NON_ASCII.finditer(text):
        head = text[pos : m.start()].lower()
        pieces.append(head)
        npos += len(head)
        seg = m.group()
        low = seg.lower()
        if len(low) == len(seg) and unicodedata.is_normalized("NFKC", seg) and not INVISIBLE_RE.search(seg):
            pieces.append(low)
            npos += len(low)
        else:
            for i, ch in enumerate(seg, m.start()):
                out = _norm_char(ch)
                n = len(out)
                pieces.append(out)
                if n != 1:
                    if n == 0:
                        tags = tags or 0xE0000 <= ord(ch) <= 0xE007F
                    for j in range(n):
                        bpn.append(npos + j)
                        bpo.append(i)
                    bpn.append(npos + n)
                    bpo.append(i + 1)
                elif ord(ch) >= 0xE0020:
                    tags = True
                npos += n
        pos = m.end()
    tail = text[pos:].lower()
    pieces.append(tail)
    return Normalised("".join(pieces), text, bpn, bpo, invisible=bool(INVISIBLE_RE.search(text)), tags=tags)


def _fold_homoglyphs(norm: Normalised) -> None:
    """Fold look-alikes adjacent to Latin letters; repeat so whole mixed words fold.

    Length-preserving, so offsets stay valid. Pure Cyrillic/Greek words are
    left alone: folding them would break the Russian patterns.
    """
    text = norm.text
    for _ in range(8):
        hits = [m.start() for m in _HG_ADJACENT.finditer(text)]
        if not hits:
            break
        norm.folded_homoglyphs.extend(hits)
        chars = list(text) if len(hits) > 64 else None
        if chars is not None:
            for h in hits:
                chars[h] = HOMOGLYPHS[chars[h]]
            text = "".join(chars)
        else:
            for h in hits:
                text = text[:h] + HOMOGLYPHS[text[h]] + text[h + 1 :]
    norm.text = text
