"""Decoders for the less common encodings attackers wrap an injection in.

injection.py decodes base64, hex, URL-encoding and ROT13 itself (the common cases, found with
one RE2 pass). The functions here cover the rest and only run when the decoder-trigger pass saw
their shape: 8-bit binary groups, `\\uXXXX`/`\\xXX` escape runs, Morse code, base32, and three
rewrites that need a hint in the text ("read it backwards", "atbash", "Caesar shift 3").
Each returns candidates as (kind, bytes or text, start, end); the caller checks that the
result is text and screens it again within its budgets.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

# The shape of each run, one definition: the decoders below search for it in the original
# bytes and injection.py's decoder-trigger Set looks for it in the normalised ones.
RUN_SHAPES = {
    # eight or more 8-bit groups ("01001001 01100111 …"): text in binary
    "binary": r"(?:[01]{8}[ ,;|]?){8,}",
    # eight or more \uXXXX or \xXX escapes in a row (a JSON/JS/Python string literal of text)
    "escapes": r"(?:\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}){8,}",
    # Morse: eight or more letters of dots and dashes separated by spaces or slashes
    "morse": r"(?:[.\-]{1,6}(?: {1,3}| ?/ ?)){8,}[.\-]{1,6}",
}
BINARY, ESCAPES, MORSE = (re.compile(RUN_SHAPES[k].encode()) for k in ("binary", "escapes", "morse"))
# Base32: upper-case letters and 2-7, a multiple of 8 characters once padded.
BASE32 = re.compile(rb"[A-Z2-7]{16,}={0,6}")

MORSE_CODE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h",
    "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p",
    "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x",
    "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4",
    ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9",
}  # fmt: skip

# Rewrites that only make sense when the text asks for them: the hint and a window after it.
_REVERSE_WORDS = r"backwards?|in reverse|reversed|reverse order|right to left"
_ATBASH_WORDS = r"atbash"
_SHIFT_WORDS = r"caesar|shift(?:ed)?|rotate[ds]?"
_REVERSE_HINT = re.compile(rf"\b(?:{_REVERSE_WORDS})\b")
_ATBASH_HINT = re.compile(rf"\b(?:{_ATBASH_WORDS})\b")
_SHIFT_HINT = re.compile(rf"\b(?:{_SHIFT_WORDS})\b\D{{0,24}}?\b([1-9]|1[0-9]|2[0-5])\b")
HINT_WINDOW = 4_096
# The kinds hinted_rewrites returns: rewrites of the normalised text, so already canonical.
REWRITE_KINDS = ("reversed", "atbash", "caesar")
# The decoder-trigger signal (lower-cased normalised bytes): any of the hints above.
HINT_SIGNAL = rf"\b(?:{_REVERSE_WORDS}|{_ATBASH_WORDS}|{_SHIFT_WORDS})\b"
_AZ = "abcdefghijklmnopqrstuvwxyz"
_ATBASH = str.maketrans(_AZ, _AZ[::-1])


def binary_runs(raw: bytes, limit: int) -> Iterator[tuple[str, bytes, int, int]]:
    for m in BINARY.finditer(raw):
        if limit <= 0:
            return
        bits = re.sub(rb"[^01]", b"", m.group())
        yield "binary", bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits) - 7, 8)), m.start(), m.end()
        limit -= 1


def escape_runs(raw: bytes, limit: int) -> Iterator[tuple[str, bytes, int, int]]:
    for m in ESCAPES.finditer(raw):
        if limit <= 0:
            return
        chars = []
        for esc in re.findall(rb"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})", m.group()):
            chars.append(chr(int(esc[0] or esc[1], 16)))
        yield "escapes", "".join(chars).encode("utf-8", "surrogatepass"), m.start(), m.end()
        limit -= 1


def morse_runs(raw: bytes, limit: int) -> Iterator[tuple[str, bytes, int, int]]:
    for m in MORSE.finditer(raw):
        if limit <= 0:
            return
        words = re.split(r" ?/ ?| {2,}", m.group().decode("ascii"))
        text = " ".join("".join(MORSE_CODE.get(c, "") for c in w.split()) for w in words)
        yield "morse", text.encode("ascii"), m.start(), m.end()
        limit -= 1


def base32(token: bytes) -> bytes | None:
    """The base32 decoding of an all-upper-case run, or None when it is not base32."""
    if not BASE32.fullmatch(token):
        return None
    body = token.rstrip(b"=")
    try:
        return base64.b32decode(body + b"=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return None


def hinted_rewrites(low: str) -> list[tuple[str, str, int, int]]:
    """Reversed, atbash and Caesar-shifted copies of the text after a hint that asks for one.

    `low` is the normalised (lower-case) text; offsets are its character offsets.
    """
    out: list[tuple[str, str, int, int]] = []
    m = _REVERSE_HINT.search(low)
    if m:
        # The reversed payload may sit before or after the hint: take the window around it.
        lo, hi = max(0, m.start() - HINT_WINDOW), min(len(low), m.end() + HINT_WINDOW)
        out.append(("reversed", low[lo:hi][::-1], lo, hi))
    m = _ATBASH_HINT.search(low)
    if m:
        lo, hi = m.start(), min(len(low), m.end() + HINT_WINDOW)
        out.append(("atbash", low[lo:hi].translate(_ATBASH), lo, hi))
    m = _SHIFT_HINT.search(low)
    if m and m.group(1) != "13":  # ROT13 has its own pass
        k = int(m.group(1))
        back = str.maketrans(_AZ, _AZ[-k:] + _AZ[:-k])
        lo, hi = m.start(), min(len(low), m.end() + HINT_WINDOW)
        out.append((f"caesar{k}", low[lo:hi].translate(back), lo, hi))
    return out
