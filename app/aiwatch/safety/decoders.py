"""Decoders for the less common encodings attackers wrap an injection in.

injection.py decodes base64, hex, URL-encoding and ROT13 itself (the common cases, found with
one RE2 pass). The functions here cover the rest and only run when the decoder-trigger pass saw
their shape: 8-bit binary groups, `\\uXXXX`/`\\xXX` escape runs, Morse code, base32, and four
rewrites that need a hint in the text ("read it backwards", "atbash", "Caesar shift 3", "A=1, B=2").
Each returns candidates as (kind, bytes or text, start, end); the caller checks that the
result is text and screens it again within its budgets. Two more run on the original text:
`unquote` (URL escapes, urllib's result at C speed) and `rtl_override_lines` (text laid out
right to left by U+202E, in the order it displays).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterator
from urllib.parse import unquote_to_bytes

import re2

from .normalise import HOMOGLYPHS
from .patterns import re2_options

# The shape of each run, one definition: the decoders below search for it in the original
# bytes and injection.py's decoder-trigger Set looks for it in the normalised ones.
RUN_SHAPES = {
    # eight or more 8-bit groups ("01001001 01100111 …"): text in binary
    "binary": r"(?:[01]{8}[ ,;|]?){8,}",
    # eight or more \uXXXX or \xXX escapes in a row (a JSON/JS/Python string literal of text); since
    # round 29 also \u{XX} (JS, Rust, Swift), U+XXXX code points and 0xXX bytes, spaced or not
    "escapes": r"(?:\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\u\{[0-9a-fA-F]{1,6}\}"
    r"|[uU]\+[0-9a-fA-F]{4,5}[ ,]{0,2}|0x[0-9a-fA-F]{2}[ ,]{0,2}){8,}",
    # Morse: eight or more letters of dots and dashes (or the look-alikes MORSE_SYMBOLS maps) separated
    # by spaces, slashes or bars
    # (an alternation, not a class: the Python regex of the same source runs on UTF-8 bytes)
    "morse": r"(?:(?:[.\-_]|·|•|−|–){1,6}(?: {1,3}| ?[/|] ?)){8,}(?:[.\-_]|·|•|−|–){1,6}",
    # Quoted-printable: four or more "=XX" escapes, each within 24 characters of the last (e-mail)
    "quoted_printable": r"(?:=[0-9A-F]{2}[^=\s]{0,24}){4,}",
    # uuencode: its header line, then lines of 4-character groups
    "uuencode": r"begin [0-7]{3} [^\n]{1,255}\r?\n[!-`]{8,}",
    # Ascii85 between Adobe's "<~" and "~>" (round 29): digits "!" to "u", "z" for four zero bytes
    "ascii85": r"<~[!-uz\s]{10,}~>",
}
BINARY, ASCII85 = (re.compile(RUN_SHAPES[k].encode()) for k in ("binary", "ascii85"))
# RE2 (linear time; one byte a character, as Python's bytes regexes read them) where Python's regex
# backtracks at every position of a long run: 100 KB of "._._…" took ~36 ms in morse_runs, one
# quoted-printable run then a 100 KB word ~55 ms in quoted_printable_runs, "U+00U+00…" ~3.6 ms in
# escape_runs; the same matches.
ESCAPES, MORSE = (re2.compile(RUN_SHAPES[k].encode(), re2_options(latin1=True)) for k in ("escapes", "morse"))
# A quoted-printable run from the word before its first escape, up to MAX_ENCODED_RUN bytes (`\s` as
# Python's, with \v: RE2's lacks it).
_QP = re2.compile(
    rb"[^= \t\n\r\f\v]{0,24}(?:=[0-9A-Fa-f]{2}[^= \t\n\r\f\v]{0,24}){4,}", re2_options(latin1=True)
)
_UU = re.compile(RUN_SHAPES["uuencode"].encode())
MAX_ENCODED_RUN = 16_384
# Middle dots and bullets for dots, underscores, minus signs and en dashes for dashes (round 29).
MORSE_SYMBOLS = str.maketrans("_·•−–", "-..--")
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
# Letters as their place in the alphabet ("9-7-14-15-18-5" is "ignore"), announced by "A=1, B=2".
_A1Z26_WORDS = r"a ?= ?1|a1z26|corresponding letters?"
_REVERSE_HINT = re.compile(rf"\b(?:{_REVERSE_WORDS})\b")
_ATBASH_HINT = re.compile(rf"\b(?:{_ATBASH_WORDS})\b")
_SHIFT_HINT = re.compile(rf"\b(?:{_SHIFT_WORDS})\b\D{{0,24}}?\b([1-9]|1[0-9]|2[0-5])\b")
_A1Z26_HINT = re.compile(rf"\b(?:{_A1Z26_WORDS})\b")
_A1Z26_NUMBER = r"(?:2[0-6]|1[0-9]|[1-9])"
# a word: two or more numbers joined by dashes, dots or commas ("1-12-12"); words are space-separated
_A1Z26_WORD = re.compile(rf"\b{_A1Z26_NUMBER}(?:[-.,]{_A1Z26_NUMBER})+\b")
HINT_WINDOW = 4_096
# The kinds hinted_rewrites returns: rewrites of the normalised text, so already canonical.
REWRITE_KINDS = ("reversed", "atbash", "caesar", "a1z26")
# The decoder-trigger signal (lower-cased normalised bytes): any of the hints above.
HINT_SIGNAL = rf"\b(?:{_REVERSE_WORDS}|{_ATBASH_WORDS}|{_SHIFT_WORDS}|{_A1Z26_WORDS})\b"
_AZ = "abcdefghijklmnopqrstuvwxyz"
_ATBASH = str.maketrans(_AZ, _AZ[::-1])


def binary_runs(raw: bytes, limit: int) -> Iterator[tuple[str, bytes, int, int]]:
    for m in BINARY.finditer(raw):
        if limit <= 0:
            return
        bits = re.sub(rb"[^01]", b"", m.group())
        yield "binary", bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits) - 7, 8)), m.start(), m.end()
        limit -= 1


# The hex digits of each escape of an "escapes" run (one group filled per escape).
_ESCAPED_DIGITS = re.compile(
    rb"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\u\{([0-9a-fA-F]{1,6})\}|[uU]\+([0-9a-fA-F]{4,5})|0x([0-9a-fA-F]{2})"
)


def escape_runs(raw: bytes, limit: int) -> Iterator[tuple[str, bytes, int, int]]:
    for m in ESCAPES.finditer(raw):
        if limit <= 0:
            return
        chars = []
        for esc in _ESCAPED_DIGITS.findall(m.group()):
            cp = int(b"".join(esc), 16)
            chars.append(chr(cp) if cp <= 0x10FFFF else "\ufffd")
        yield "escapes", "".join(chars).encode("utf-8", "surrogatepass"), m.start(), m.end()
        limit -= 1


def morse_runs(raw: bytes, limit: int) -> Iterator[tuple[str, bytes, int, int]]:
    for m in MORSE.finditer(raw):
        if limit <= 0:
            return
        words = re.split(r" ?[/|] ?| {2,}", m.group().decode("utf-8").translate(MORSE_SYMBOLS))
        text = " ".join("".join(MORSE_CODE.get(c, "") for c in w.split()) for w in words)
        yield "morse", text.encode("ascii"), m.start(), m.end()
        limit -= 1


# Characters of Ascii85 decoded per text, over all its runs (a85decode loops in Python per 5
# characters: ~1 ms per 16 KB; eight runs of 4 KB each cost ~5.8 ms on a 100 KB text).
MAX_ASCII85 = 4_096


def ascii85_runs(raw: bytes, limit: int) -> Iterator[tuple[str, bytes, int, int]]:
    """Each "<~ ~>" run decoded, until MAX_ASCII85 characters of the text's runs were read; a run
    that does not decode counts against `limit` too: 100 KB of short runs that overflow
    ("<~uuuuu…~>") cost ~6.5 ms of a85decode when only good ones counted."""
    budget = MAX_ASCII85
    for m in ASCII85.finditer(raw):
        if limit <= 0 or budget <= 0:
            return
        limit -= 1
        body = m.group()[2:-2][:budget]
        budget -= len(body)
        try:
            dec = base64.a85decode(body, ignorechars=b" \t\n\r\x0b\x0c")
        except ValueError:
            continue
        yield "ascii85", dec, m.start(), m.end()


def quoted_printable_runs(raw: bytes, limit: int) -> Iterator[tuple[str, bytes, int, int]]:
    for m in _QP.finditer(raw):
        if limit <= 0:
            return
        yield "quoted_printable", binascii.a2b_qp(m.group()[:MAX_ENCODED_RUN]), m.start(), m.end()
        limit -= 1


def uuencode_runs(raw: bytes, limit: int) -> Iterator[tuple[str, bytes, int, int]]:
    """The lines after each "begin 644 name" header, decoded line by line up to "end" or a bad line."""
    for m in _UU.finditer(raw):
        if limit <= 0:
            return
        start = raw.index(b"\n", m.start()) + 1
        out, end = [], start
        for line in raw[start : start + MAX_ENCODED_RUN].splitlines(keepends=True):
            if line.strip() in (b"end", b"`", b""):
                break
            try:
                out.append(binascii.a2b_uu(line))
            except binascii.Error:
                break
            end += len(line)
        yield "uuencode", b"".join(out), m.start(), end
        limit -= 1


# The run decoders, by their RUN_SHAPES signal: injection.py screens what each returns.
RUN_DECODERS: tuple[tuple[str, Callable[[bytes, int], Iterator[tuple[str, bytes, int, int]]]], ...] = (
    ("binary", binary_runs),
    ("escapes", escape_runs),
    ("morse", morse_runs),
    ("ascii85", ascii85_runs),
    ("quoted_printable", quoted_printable_runs),
    ("uuencode", uuencode_runs),
)


# Base32 digits to int()'s base-32 digits: int() decodes a power-of-two base in linear time at C
# speed, where base64.b32decode loops in Python per 8 characters (4 ms on a 26 K-character run).
_B32_DIGITS = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", b"0123456789abcdefghijklmnopqrstuv")


def base32(token: bytes) -> bytes | None:
    """The base32 decoding of an all-upper-case run, or None when it is not base32.

    base64.b32decode's result once the run is padded (a test compares both): a last group of 1,
    3 or 6 characters is not base32, and the bits that do not fill a byte are dropped.
    """
    if not BASE32.fullmatch(token):
        return None
    body = token.rstrip(b"=")
    if len(body) % 8 in (1, 3, 6):
        return None
    n = len(body) * 5 // 8
    return (int(body.translate(_B32_DIGITS), 32) >> (len(body) * 5 - n * 8)).to_bytes(n, "big")


def hinted_rewrites(low: str) -> list[tuple[str, str, int, int]]:
    """Reversed, atbash, Caesar-shifted and A1Z26-decoded copies of the text near a hint that asks for one.

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
    m = _A1Z26_HINT.search(low)
    if m:
        lo, hi = m.start(), min(len(low), m.end() + HINT_WINDOW)
        seg = _A1Z26_WORD.sub(_a1z26_word, low[lo:hi])
        if seg != low[lo:hi]:
            out.append(("a1z26", seg, lo, hi))
    return out


def _a1z26_word(m: re.Match[str]) -> str:
    """'9-7-14-15-18-5' -> 'ignore'."""
    return "".join(_AZ[int(n) - 1] for n in re.split(r"[-.,]", m.group()))


# URL escapes. urllib's unquote loops in Python over every "%" (~0.4 µs each: 6 ms on the 16 K
# escapes of a capped 100 KB run); here each ASCII stretch becomes a backslash-escaped string
# that the C-level "unicode_escape" codec decodes: same result (a test compares both).
_ASCII_STRETCH = re.compile("([\x00-\x7f]+)")  # urllib's own split: non-ASCII passes through
_BAD_ESCAPE = re.compile(rb"%(?![0-9A-Fa-f]{2})")  # kept as a literal "%", as urllib does


def _unquote_ascii(data: bytes) -> bytes:
    """urllib.parse.unquote_to_bytes of ASCII bytes, without a Python step per escape."""
    if b"%" not in data:
        return data
    try:  # every "%" followed by two hex digits (what _URLENC matches): one decode
        return data.replace(b"\\", b"\\\\").replace(b"%", b"\\x").decode("unicode_escape").encode("latin-1")
    except UnicodeDecodeError:
        pass  # a stray "%" (a truncated escape): decoded piece by piece around it
    pieces = _BAD_ESCAPE.split(data)
    if len(pieces) > 64:
        return unquote_to_bytes(data)  # many stray "%": urllib's loop is as fast
    out = []
    for piece in pieces:
        esc = piece.replace(b"\\", b"\\\\").replace(b"%", b"\\x")
        out.append(esc.decode("unicode_escape").encode("latin-1"))
    return b"%".join(out)


def unquote(text: str) -> str:
    """urllib.parse.unquote(text) (UTF-8, invalid sequences replaced), at C speed per stretch."""
    if "%" not in text:
        return text
    bits = _ASCII_STRETCH.split(text)
    out = [bits[0]]
    for i in range(1, len(bits), 2):
        out += [_unquote_ascii(bits[i].encode("ascii")).decode("utf-8", "replace"), bits[i + 1]]
    return "".join(out)


# U+202E RIGHT-TO-LEFT OVERRIDE lays the characters after it out right to left, up to U+202C POP
# DIRECTIONAL FORMATTING or the end of the paragraph: "\u202esnoitcurtsni suoiverp erongi" displays
# as "ignore previous instructions" while its characters read backwards. Normalisation deletes the
# control (an invisible character), so the screen saw only the backward letters.
RLO, PDF = "\u202e", "\u202c"
BIDI_KIND = "rtl_override"
_PARAGRAPH_END = re.compile("[\n\r\x1c-\x1e\x85\u2029]")


def rtl_override_lines(text: str, limit: int) -> Iterator[tuple[str, str, int, int]]:
    """Paragraphs holding U+202E, as displayed: each overridden run reversed in place.

    (kind, text, start, end) with character offsets of text; each candidate is at most
    HINT_WINDOW characters either side of its first override, up to `limit` candidates.
    The paragraph, not the run alone, is screened: an instruction may start before the override.
    """
    i = text.find(RLO)
    while i != -1 and limit > 0:
        lo = max(i - HINT_WINDOW, 0)
        for m in _PARAGRAPH_END.finditer(text, lo, i):
            lo = m.end()  # the paragraph starts after the last break before the override
        end = _PARAGRAPH_END.search(text, i, i + HINT_WINDOW)
        hi = end.start() if end else min(len(text), i + HINT_WINDOW)
        head, *runs = text[lo:hi].split(RLO)
        shown = [head]
        for run in runs:
            inner, _, rest = run.partition(PDF)
            shown += [inner[::-1], rest]
        yield BIDI_KIND, "".join(shown), lo, hi
        limit -= 1
        i = text.find(RLO, hi)


# Rewrites of the whole text, screened again like the letter-spacing copy (round 29): letters that
# NFKC leaves alone but that read as Latin ones, upside-down text, letters stacked with combining
# marks (Zalgo), `\u006e`/`&#110;` escapes inside words, letters joined by dots or slashes.
_AZ_NO_X = _AZ.replace("x", "")
# Small capitals (ɪɢɴᴏʀᴇ; x has none), regional indicators (🇮🇬🇳), negative circled (🅘🅖🅝) and
# negative squared (🅸🅶🅽) capitals, Braille letters (⠊⠛⠝): NFKC folds circled and squared letters,
# not these.
_SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"
_BRAILLE = "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵"
LOOKALIKES: dict[str, str] = {
    **dict(zip(_SMALL_CAPS, _AZ_NO_X, strict=True)),
    **{chr(0x1F1E6 + i): c for i, c in enumerate(_AZ)},
    **{chr(0x1F150 + i): c for i, c in enumerate(_AZ)},
    **{chr(0x1F170 + i): c for i, c in enumerate(_AZ)},
    **dict(zip(_BRAILLE, _AZ, strict=True)),
    "\u2800": " ",  # the Braille blank
    # IPA and hooked letters of "fancy text" generators, and Greek sigma as o ("ɪɴɕʇʀʊɔʇɪσɴɕ")
    **dict(zip("ʊɕʂɔɖʇʍɦɱɲɳʋɾʐƈɓɗƙƥʠɠƭƴσ", "ussedtwhmnnvrzcbdkpqgtyo", strict=True)),
}
# The Cyrillic/Greek look-alikes of normalise.HOMOGLYPHS are folded too in a word that holds one of
# these ("αʟʟ"): normalise folds them only next to a Latin letter.
_LOOKALIKE_TABLE = str.maketrans({**HOMOGLYPHS, **LOOKALIKES})
_LOOKALIKE_CLASS = (
    "[\u2800-\u28ff\U0001f150-\U0001f169\U0001f170-\U0001f189\U0001f1e6-\U0001f1ff"
    + "".join(sorted(c for c in LOOKALIKES if len(c.encode()) < 4 and not 0x2800 <= ord(c) <= 0x28FF))
    + "]"
)
# A word holding a look-alike, with its Latin letters and Cyrillic/Greek look-alikes.
_LOOKALIKE_WORD = f"[a-z{''.join(HOMOGLYPHS)}]*{_LOOKALIKE_CLASS}[a-z{''.join(HOMOGLYPHS)}]*"
# Upside-down text: letters turned by 180° (ɐ ǝ ɹ ʇ ...), and the ASCII ones that read as another
# letter turned (q as b, n as u); usually written last letter first, so it is read both ways.
_TURNED = "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz"
_TURNED_ONLY = "".join(c for c in _TURNED if not c.isascii() and c != "ɔ")  # ɔ is IPA's open o too
_TURNED_TABLE = str.maketrans(_TURNED, _AZ)
# Combining marks (Zalgo text stacks them on every letter; NFKC keeps those that compose with none).
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_MARKS_RE = re.compile(f"[{_MARKS}]+")
# An escaped character: \u006e, \u{6e}, \x6e, &#110;, &#x6e; (lower case: the normalised text).
_ESCAPE = r"\\u[0-9a-f]{4}|\\u\{[0-9a-f]{1,6}\}|\\x[0-9a-f]{2}|&#[0-9]{1,7};|&#x[0-9a-f]{1,6};"
_ESCAPE_RE = re.compile(_ESCAPE.encode())
# Bytes of a run decoded in place: a run of escapes costs ~0.3 µs per escape in Python, so 64 runs
# (injection.MAX_SPACED_RUNS) of a crafted text cost at most ~2 ms.
ESCAPED_RUN_MAX = 512
# Letters joined by one separator other than a space ("i.g.n.o.r.e a.l.l", "i/g/n/o/r/e"): the
# letter-spacing rewrite joins the whole run, single spaces too ("ignoreall"); here each word alone.
_JOINERS = "./|*+~_"
_JOINED = "|".join(rf"\b[a-z](?:{re.escape(s)}[a-z])+\b" for s in _JOINERS)


def _fold_lookalikes(run: bytes) -> bytes:
    return run.decode("utf-8").translate(_LOOKALIKE_TABLE).encode("utf-8")


def _turn(run: bytes) -> bytes:
    """Upside-down text read both ways: turned back and reversed, then turned back in place."""
    text = run.decode("utf-8").translate(_TURNED_TABLE)
    return f"{text[::-1]}\n{text}".encode()


def _strip_marks(run: bytes) -> bytes:
    return _MARKS_RE.sub("", run.decode("utf-8")).encode("utf-8")


def _unescape_one(m: re.Match[bytes]) -> bytes:
    esc = m.group()
    if esc[:1] == b"&":
        cp = int(esc[3:-1], 16) if esc[2:3] == b"x" else int(esc[2:-1])
    else:
        cp = int(esc[2:].strip(b"{}"), 16)
    if not 0x20 <= cp <= 0x10FFFF or 0xD800 <= cp <= 0xDFFF:
        return esc
    return chr(cp).lower().encode("utf-8")


def _unescape(run: bytes) -> bytes:
    head, tail = run[:ESCAPED_RUN_MAX], run[ESCAPED_RUN_MAX:]
    return _ESCAPE_RE.sub(_unescape_one, head) + tail


# Attack words spelt backwards ("erongi lla suoiverp snoitcurtsni"): the line is read reversed, and
# word by word reversed in place. A hint ("read it backwards") has its own rewrite (hinted_rewrites).
_BACKWARD_WORDS = (
    "ignore", "disregard", "forget", "override", "bypass", "instructions", "previous", "prompt",
    "reveal", "secret", "password", "jailbreak", "restrictions", "guidelines",
)  # fmt: skip
_BACKWARD = r"\b(?:" + "|".join(w[::-1] for w in _BACKWARD_WORDS) + r")\b"


def _unreverse(run: bytes) -> bytes:
    line = run.decode("utf-8")
    return f"{line[::-1]}\n{' '.join(w[::-1] for w in line.split(' '))}".encode()


def _unjoin(run: bytes) -> bytes:
    return run.translate(None, _JOINERS.encode())


# (signal, match-id prefix, signal regex, run regex, rewrite of a run), for injection.py's rewrites
# of the normalised bytes: the signal (searched with the other run signals) says a text needs the
# copy; the copy rewrites the runs (up to injection.MAX_SPACED_RUNS) and is screened again.
TEXT_REWRITES: tuple[tuple[str, str, str, str, Callable[[bytes], bytes]], ...] = (
    # Two look-alikes in a row or one inside a Latin word ("iɢnore"); two flags are four letters.
    (
        "lookalike",
        "lookalike_letters",
        f"{_LOOKALIKE_CLASS}{{2}}|[a-z]{_LOOKALIKE_CLASS}|{_LOOKALIKE_CLASS}[a-z]",
        f"(?:{_LOOKALIKE_WORD})+",
        _fold_lookalikes,
    ),
    # Two turned letters in one word ("ǝɹouƃᴉ"); the run is the whole line.
    ("turned", "upside_down", f"[{_TURNED_ONLY}][a-z]{{0,4}}[{_TURNED_ONLY}]", r"[^\n]+", _turn),
    # A letter carrying two marks, or three letters in a row carrying one each.
    (
        "marks",
        "combining_marks",
        f"[a-z][{_MARKS}]{{2}}|(?:[a-z][{_MARKS}]){{3}}",
        rf"[^\s{_MARKS}]*[{_MARKS}][^\s]*",
        _strip_marks,
    ),
    # An escape touching a letter or another escape ("ign\u006fre", "&#105;&#103;").
    (
        "inline_escapes",
        "inline_escapes",
        f"[a-z](?:{_ESCAPE})|(?:{_ESCAPE})(?:[a-z]|{_ESCAPE})",
        rf"[^\s]*(?:{_ESCAPE})[^\s]*",
        _unescape,
    ),
    # An attack word spelt backwards; the run is its line.
    ("backwards", "backwards", _BACKWARD, rf"[^\n]*{_BACKWARD}[^\n]*", _unreverse),
    # A word of four or more letters joined by one separator.
    (
        "joined",
        "joined_letters",
        "|".join(rf"\b[a-z](?:{re.escape(s)}[a-z]){{3,}}\b" for s in _JOINERS),
        _JOINED,
        _unjoin,
    ),
)
