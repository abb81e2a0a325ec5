"""check_prompt_injection: pattern screening of prompts and retrieved content.

Deterministic and explainable: every match names its family (category), the
pattern and a span in the caller's text. The patterns run as four RE2 Sets
grouped by family (engine.py, `injection_sets` in patterns.yaml): linear-time
passes, whatever the input. Obfuscated
variants (homoglyphs, letter spacing, leetspeak, base64/hex/URL/ROT13
payloads) are rewritten or decoded within fixed budgets and screened again.
"""

from __future__ import annotations

import base64
import binascii
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any

import re2

from ..catalog import SEVERITIES
from .decoders import (
    BASE32,
    BIDI_KIND,
    HINT_SIGNAL,
    REWRITE_KINDS,
    RLO,
    RUN_DECODERS,
    RUN_SHAPES,
    TEXT_REWRITES,
    base32,
    hinted_rewrites,
    rtl_override_lines,
    unquote,
)
from .engine import Matcher, char_offsets, spans
from .gloss import gloss
from .gloss import load as load_glossary
from .model import CUE_PREFIX, LinearModel, feature_regex
from .model import load as load_model
from .normalise import HG_ADJACENT, Normalised, canonical, fold, normalise
from .patterns import GLOSS_CUES, MODEL_CUES, Pattern, PatternSet, lead_bytes, load, re2_options

RISK_ORDER = ("none", *SEVERITIES)
MODEL_PATTERN_ID = "model:linear"
_RANK = {s: i for i, s in enumerate(RISK_ORDER)}
ACTIONS = {"none": "allow", "low": "flag", "medium": "flag", "high": "block", "critical": "block"}
MAX_MATCHES = 64  # bounds the response size; the risk level is computed before truncation
# Patterns searched for spans on one text (most severe first): more only happens on adversarial
# input, and the most severe ones already decide the risk level.
MAX_SPAN_PATTERNS = 8
# From this many bytes, a text that an unvetoed pattern already blocks (high or critical) skips the
# pattern Sets that could only add to the explanation (Matcher.search's `settle`; its span search
# then tries the unvetoed patterns of a rank first, `scan`'s `unvetoed_first`). Four Set passes over
# 100 KB cost ~1.4 ms each run alone but ~4-7 ms in a row (their DFA states no longer fit the CPU
# caches together); texts this long are rare and mostly adversarial. Shorter texts keep every match.
SETTLE_MIN_BYTES = 32_768

# Budgets for decoding: candidates per text, bytes per candidate, total decoded bytes per
# screened text (all depths together), encoded-looking runs examined, nesting depth.
MAX_DECODE_CANDIDATES = 8
MAX_DECODED_BYTES = 16_384
MAX_DECODED_TOTAL = 32_768
MAX_RUNS_EXAMINED = 256
MAX_DECODE_DEPTH = 2
MAX_SPACED_RUNS = 64
# From SETTLE_MIN_BYTES, the leetspeak copy is screened from LEET_WINDOW bytes before its first
# leet-looking word to LEET_WINDOW bytes after its MAX_SPACED_RUNS-th (the cap the letter-spacing
# and broken-word rewrites have): crafted text of random base64-like, hex-like or digit-and-letter
# words is leet-looking throughout, and its copy cost a second pass of every Set over 100 KB
# (~2.5 ms of the ~6-7 ms those inputs took). Shorter texts are screened whole, as before.
LEET_WINDOW = 4_096
# Bytes screened again per call, over all rewritten copies (homoglyph-folded, letter spacing
# collapsed, leetspeak) and decoded payloads at every depth. The first pass over the input is
# not counted. A 100 KB input needs at most ~560 KB (3 rewrites of the input, 4 passes over
# 64 KB decoded), so this bounds the work without cutting the documented passes.
MAX_RESCREENED_TOTAL = 384 * 1024
# ROT13 is tried only near a hint: this many characters before and after each of the first hints.
ROT13_BEFORE = 2_048
ROT13_AFTER = 8_192
MAX_ROT13_HINTS = 4


def _rx(src: str) -> Any:
    return re2.compile(src, re2_options())


def _cased_runs(extra: str, n: int) -> str:
    """RE2 source for a run of >= n characters of [A-Za-z0-9<extra>] that holds an upper-case
    letter, or no letter at all (each alternative places the first upper-case letter), after
    the character before it.

    Base64 of text mixes upper and lower case, so a lower-case run (a path, a URL, a
    snake_case name: most long runs in code and documents) is never a candidate; not matching
    it at all saves the RE2 wrapper's per-match cost (~1 µs each, ~2 per KB of code). The
    regex consumes the character before the run, so no match attempt starts inside a run:
    otherwise the DFA tracks an attempt per position and its states multiply (crafted text of
    15- and 23-character base64 words cost 1.4–2.4 ms per 100 KB instead of 0.15).
    """
    cls, low = f"A-Za-z0-9{extra}", f"a-z0-9{extra}"
    alts = [f"[{low}]{{{k}}}[A-Z][{cls}]{{{n - 1 - k},}}" for k in range(n - 1)]
    alts += [f"[{low}]{{{n - 1},}}[A-Z][{cls}]*", f"[0-9{extra}]{{{n},}}"]
    return f"[^{cls}](?:{'|'.join(alts)})"


# Encoded-run candidates. A run with "_" or "-" (base64url, but also snake_case and kebab-case
# identifiers) counts from 24 characters, a plain base64 run from 16: code is full of
# 16-character identifiers. Same runs as `[A-Za-z0-9+/_-]{24,}|[A-Za-z0-9+/]{16,}` (then up
# to two `=`), minus those without an upper-case letter that hold a lower-case one.
_B64 = re2.compile((_cased_runs("+/_-", 24) + "|" + _cased_runs("+/", 16)).encode(), re2_options(latin1=True))


# Base32 runs, searched with RE2 (Python's re cost ~10 µs per KB of code and documents here).
_BASE32 = re2.compile(BASE32.pattern, re2_options(latin1=True))


def _b64_runs(raw: bytes) -> Iterator[tuple[int, int]]:
    """Byte spans of the base64 candidate runs of raw, `=` padding (up to two) included."""
    for s, e in spans(_B64, b" " + raw):  # the match holds the character before the run
        end = e - 1  # the run is buf[s + 1 : e], i.e. raw[s : e - 1]
        if raw[end : end + 1].isalpha():
            continue  # letterless start of a run that goes on in lower case: not a candidate
        pad = raw[end : end + 2]
        yield s, end + (2 if pad == b"==" else 1 if pad[:1] == b"=" else 0)


_HEX = _rx(r"[0-9a-f]{2}(?:[ :]?[0-9a-f]{2}){11,}")
# Three escapes make a run ("forget%20your%20prior%20instructions"); its decoded text starts at
# the word before the first escape (the run's own match starts at the "%": "ignore%20all…" lost
# its "ignore" until round 12).
_URLENC = _rx(r"(?:%[0-9a-f]{2}[^%\s]{0,24}){3,}")
_URL_WORD_BEFORE = re.compile(rb"[^%\s]{1,24}\Z")
_LETTER_SPACED = _rx(r"\b[a-z](?:[ .\-_*|/+~]{1,3}[a-z]\b){3,}")
_SPACING = b" .-_*|/+~"
_WORD_GAP = re.compile(rb"[ .\-_*|/+~]{2,}")
# Words of an attack broken by hyphens, dots or underscores ("ig-nore prev-ious inst-ruct-ions",
# "sys.tem", "dis_regard"): each word of BROKEN_WORDS with a separator after one of its letters and
# optionally after the others. Ordinary hyphenation ("e-mail", "state-of-the-art") never signals,
# so the joined copy is screened only for texts that break one of these words.
BROKEN_WORDS = (
    "ignore", "disregard", "forget", "override", "bypass", "instructions", "previous", "system",
    "prompt", "reveal", "output", "password", "secret", "restrictions", "guidelines", "jailbreak",
    "developer", "unrestricted", "uncensored", "pretend",
)  # fmt: skip
_BROKEN_SEPS = b"-._"
_BROKEN_SEP = f"[{_BROKEN_SEPS.decode()}]"


def _broken(word: str) -> str:
    """RE2 source: word with a separator after its k-th letter for some k, optional elsewhere."""
    rest = [f"{c}{_BROKEN_SEP}?" for c in word[:-1]]
    alts = [
        "".join(rest[:k]) + word[k] + _BROKEN_SEP + "".join(rest[k + 1 :]) + word[-1]
        for k in range(len(word) - 1)
    ]
    return "|".join(alts)


_BROKEN = _rx(r"\b(?:" + "|".join(_broken(w) for w in BROKEN_WORDS) + r")\b")


# Every separator as one marker byte (\x01), for `_collapse_spacing`'s whole-string operations.
_TO_MARK = bytes.maketrans(_SPACING, b"\x01" * len(_SPACING))


def _collapse_spacing(run: bytes) -> bytes:
    """ "i g n o r e   a l l" -> "ignore all": single gaps join letters, wider gaps were word breaks.

    The same bytes as `_collapse_spacing_re` (a gap of two or more separators becomes one space,
    single separators go), with C-level bytes operations only: Python's re tried the gap at every
    separator, ~2.4 ms for a 100 KB run of "a a a …" (the "letter spacing" adversarial input),
    ~6.5 ms with double spaces; these take ~0.5 and ~1.8 ms (thread CPU time, loaded host).
    """
    if b"\x00" in run or b"\x01" in run:  # never in a run of _LETTER_SPACED (letters, separators)
        return _collapse_spacing_re(run)
    marked = run.translate(_TO_MARK)
    if b"\x01\x01" not in marked:  # no wide gap: every separator joins two letters
        return marked.translate(None, b"\x01")
    # A gap of k >= 2 separators: k // 2 \x00 (pairs, left to right), then a \x01 if k is odd,
    # which the \x00 before it absorbs; single separators go; the \x00 of one gap become one.
    marked = marked.replace(b"\x01\x01", b"\x00").replace(b"\x00\x01", b"\x00").translate(None, b"\x01")
    while b"\x00\x00" in marked:
        marked = marked.replace(b"\x00\x00", b"\x00")
    return marked.replace(b"\x00", b" ")


def _collapse_spacing_re(run: bytes) -> bytes:
    """`_collapse_spacing` with a regex (any bytes: a NUL byte of the run becomes a space too)."""
    return _WORD_GAP.sub(b"\x00", run).translate(None, _SPACING).replace(b"\x00", b" ")


def _join_broken(run: bytes) -> bytes:
    return run.translate(None, _BROKEN_SEPS)


# (signal, the prefix of its match ids, the runs' regex, how a run is rewritten).
_RUN_REWRITES: tuple[tuple[str, str, Any, Callable[[bytes], bytes]], ...] = (
    ("spacing", "letter_spacing", _LETTER_SPACED, _collapse_spacing),
    ("broken", "broken_words", _BROKEN, _join_broken),
    *((kind, prefix, _rx(run), rewrite) for kind, prefix, _, run, rewrite in TEXT_REWRITES),
)


def _first_spans(rx: Any, data: bytes, limit: int = MAX_SPACED_RUNS) -> list[tuple[int, int]]:
    """The spans of rx's first `limit` matches in data."""
    return [m.span() for m in islice(rx.finditer(data), limit)]


def _splice(data: bytes, runs: list[tuple[int, int]], rewrite: Callable[[bytes], bytes]) -> bytes:
    """data with each run (sorted, not overlapping) replaced by its rewrite."""
    pieces, pos = [], 0
    for s, e in runs:
        pieces += [data[pos:s], rewrite(data[s:e])]
        pos = e
    pieces.append(data[pos:])
    return b"".join(pieces)


# Two leet digits inside one word ("1gn0re", "s3cr3t", "h4x0r"), or one inside each of two words
# close together ("ign0re all prev1ous"); one alone ("mp3s", "k8s") is common. The signal only
# asks for a rescreen of the translated text: a benign hit costs time, never a flag.
_LEET_WORD = _rx(r"[a-z]?[0134578@$][a-z]{1,8}[0134578@$]|[a-z][0134578][a-z][a-z ]{0,40}[a-z][0134578][a-z]")
_LEET = bytes.maketrans(b"0134578@$", b"oieastbas")
_AZ = bytes(range(97, 123))


def _leet_region(data: bytes) -> tuple[int, int]:
    """The byte range of data whose leetspeak copy is screened (LEET_WINDOW): all of a text shorter
    than SETTLE_MIN_BYTES; else around its first MAX_SPACED_RUNS leet-looking words, cut at
    character boundaries (a UTF-8 continuation byte never starts or ends the range)."""
    if len(data) < SETTLE_MIN_BYTES:
        return 0, len(data)
    runs = _first_spans(_LEET_WORD, data)
    if not runs:
        return 0, len(data)
    lo, hi = max(0, runs[0][0] - LEET_WINDOW), min(len(data), runs[-1][1] + LEET_WINDOW)
    while 0 < lo < len(data) and 0x80 <= data[lo] < 0xC0:
        lo -= 1
    while 0 < hi < len(data) and 0x80 <= data[hi] < 0xC0:
        hi += 1
    return lo, hi


# ROT13 on UTF-8 bytes: only ASCII letters change, multi-byte sequences pass through.
_ROT13 = bytes.maketrans(_AZ + _AZ.upper(), _AZ[13:] + _AZ[:13] + (_AZ[13:] + _AZ[:13]).upper())
# Invisible characters inside a Latin/Cyrillic/Greek word. Not in Arabic-script or Indic words:
# Persian, Urdu and Hindi spelling uses the zero-width non-joiner/joiner between letters.
_ZW_IN_WORD = _rx(
    r"[a-zA-Z\x{c0}-\x{24f}\x{370}-\x{3ff}\x{400}-\x{4ff}]"
    r"[\x{ad}\x{34f}\x{61c}\x{200b}-\x{200f}\x{202a}-\x{202e}\x{2060}-\x{206f}\x{feff}]{1,16}"
    r"[a-zA-Z\x{c0}-\x{24f}\x{370}-\x{3ff}\x{400}-\x{4ff}]"
)
_ROT13_HINT = ("rot13", "rot-13", "rot 13", "caesar")
# Which rewriting/decoding passes are needed at all. Literal-like signals (each ROT13 hint, a
# look-alike next to a Latin letter) ride in the patterns' RE2 Set: the one pass over the
# normalised bytes answers them too. Signals with counted runs (base64, hex, URL escapes,
# letter spacing, leet words) have a small Set of their own: merged with the patterns, their
# counters multiply the DFA's states, and crafted text (random 15-character base64 words,
# hex-ish runs) cost 2-3 ms per 100 KB warm and 80-340 ms on first sight (vs ~50 ms apart).
# (A superset test: normalisation only lower-cases, folds to ASCII and deletes invisibles, so
# runs in the original survive.)
SIGNALS = (
    # One signal per ROT13 hint: only the hints present are searched for (str.find over 100 KB of
    # non-ASCII text costs ~0.07 ms per hint).
    *((f"rot13:{h}", h.replace(" ", "[ ]")) for h in _ROT13_HINT),
    # A look-alike next to a Latin letter: normalise leaves this check to the Set pass.
    ("homoglyph", HG_ADJACENT),
    # The hinted rewrites of decoders.py (reversed, atbash, Caesar): literal hint words.
    ("hinted", HINT_SIGNAL),
)
_RUN_SIGNALS = (
    ("base64", r"[a-z0-9+/_-]{24}|[a-z0-9+/]{16}"),
    ("hex", _HEX.pattern),
    ("urlencoded", _URLENC.pattern),
    ("spacing", _LETTER_SPACED.pattern),
    ("leet", _LEET_WORD.pattern),
    ("broken", _BROKEN.pattern),
    # The rarer encodings of decoders.py: eight binary groups, escapes or Morse letters.
    *RUN_SHAPES.items(),
    # decoders.py's whole-text rewrites (look-alike letters, upside-down, marks, escapes, joined letters).
    *((kind, signal) for kind, _, signal, _, _ in TEXT_REWRITES),
)
_RUNS = Matcher((), _RUN_SIGNALS)
# The same signals searched in the original's bytes, case folded, when normalising only lowered
# its case (Normalised.same_ascii: nearly every real text): there the base64 signal can be the
# exact candidate shape (_B64 needs an upper-case letter, which the lower-cased text has lost),
# so the decoders' own passes (base64, base32) run only for a text that holds a candidate. The
# superset signal sent a third of real long texts (identifiers, paths) through two more passes.
_RAW_RUN_SIGNALS = [("base64", _B64.pattern.decode())] + [
    (k, f"(?i){v}") for k, v in _RUN_SIGNALS if k != "base64"
]
_RAW_RUNS = Matcher((), _RAW_RUN_SIGNALS)
# From RUNS_SPLIT_MIN_BYTES, the run signals are searched by three Sets instead of one: base64,
# hex, the rest. On crafted text of random base64-like or hex-like words the one Set's DFA walks
# through ever new states of its counted runs, a cache miss per byte (~75 ns per byte: 7.5 ms per
# 100 KB, the largest part of the "15-character base64 words" and "hex-looking words" inputs);
# apart, each DFA stays small (the three passes: ~1.1-1.3 ms). On real text the three passes cost
# more than the one (the 300 first benign prompts of 1 KB and more: ~11 -> ~15 us per KB), so
# shorter texts keep the one Set. A Set reports every entry that matches wherever it is grouped:
# the signals are the same either way.
RUNS_SPLIT_MIN_BYTES = 32_768
_RUNS_SPLIT = (("base64",), ("hex",))
_RUNS_LONG = Matcher((), _RUN_SIGNALS, _RUNS_SPLIT)
_RAW_RUNS_LONG = Matcher((), _RAW_RUN_SIGNALS, _RUNS_SPLIT)


def _run_signals(data: bytes, raw: bool = False) -> set[str]:
    """The run signals of data: normalised bytes (`_RUNS`), or with raw the original's bytes after
    one space (`_RAW_RUNS`); a text of RUNS_SPLIT_MIN_BYTES or more meets the split Sets."""
    if raw:
        matcher = _RAW_RUNS_LONG if len(data) >= RUNS_SPLIT_MIN_BYTES else _RAW_RUNS
    else:
        matcher = _RUNS_LONG if len(data) >= RUNS_SPLIT_MIN_BYTES else _RUNS
    return matcher.signals_in(data)


def _text_runs(norm: Normalised) -> set[str]:
    """The run signals of a text being screened: only its rewritten and decoded copies need them,
    so a text the patterns block skips their pass (three Sets over 100 KB: ~0.5 ms). A short
    original's one Set is asked here (nearly every text), not through `_run_signals`: ~0.05 µs of
    a short prompt's call."""
    if not norm.same_ascii:
        return _run_signals(norm.data)
    raw = b" " + norm.raw
    return (_RAW_RUNS if len(raw) < RUNS_SPLIT_MIN_BYTES else _RAW_RUNS_LONG).signals_in(raw)


_REWRITE_SIGNALS = frozenset(kind for kind, _, _, _ in _RUN_REWRITES)
_ENCODED = frozenset({"base64", "hex", "urlencoded", *RUN_SHAPES})
_ROT13_SIGNALS = tuple((h, f"rot13:{h}") for h in _ROT13_HINT)
_CANONICAL_KINDS = ("rot13", *REWRITE_KINDS)  # candidates cut from the normalised text
_GLOSS_FAMILY = "multilingual_override"  # what a match on a text's English gloss is reported as


@dataclass(slots=True)
class _Budget:
    """Work left for one check_prompt_injection call (shared by all depths)."""

    decoded: int = MAX_DECODED_TOTAL
    rescreened: int = MAX_RESCREENED_TOTAL

    def take(self, n: int) -> bool:
        """Spend n re-screened bytes; False (and nothing spent) when the budget cannot cover it."""
        if n > self.rescreened:
            return False
        self.rescreened -= n
        return True


def aux_signals(data: bytes) -> set[str]:
    """Which rewrite/decode passes data (normalised bytes) needs."""
    return _split_cues(_matcher().search(data)[1])[0] | _run_signals(data)


def _split_cues(signals: set[str]) -> tuple[set[str], set[str]]:
    """(rewrite/decode signals, the scoring model's cues) of a pattern pass's signals."""
    cues = {s for s in signals if s.startswith(CUE_PREFIX)}
    return (signals - cues, cues) if cues else (signals, cues)


_NONPRINT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_ALPHA = re.compile(r"[^\W\d_]")


def _rank(p: Pattern) -> int:
    return _RANK[p.severity]


@cache
def _matcher() -> Matcher:
    return injection_matcher()


def screen_signals(cues: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The (name, RE2 source) signals the screen's Sets run beside the patterns: the fixed ones, the
    gloss cues and the model's `cues` (`LinearModel.cue_signals`)."""
    return (*SIGNALS, (GLOSS_CUES, load_glossary().cue_regex()), *cues)


def injection_matcher(pins_alone: bool = False, ps: PatternSet | None = None) -> Matcher:
    """The screen's Matcher (`_matcher`, built once). Once outranked, its pinned step (the model's
    cues) is skipped: the model looks for a gate cue itself (LinearModel.gated_anywhere), where the
    step's signals alone cost a Set pass over all of a settled text (`pins_alone`). `ps`: the pattern
    set to build it from (default: the shipped one, `load()`); bench.paired_speed builds its arms so."""
    ps, cues = load() if ps is None else ps, load_model().cue_signals()
    groups = [(*g, *(name for name, _ in cues)) if MODEL_CUES in g else g for g in ps.injection_sets]
    signals = screen_signals(cues)
    # A script family's Set runs only on texts holding a character of its script.
    scripts = ps.injection_set_scripts  # each family named there has a group of its own
    needs = [lead_bytes(*scripts[g[0]]) if g[0] in scripts else b"" for g in groups]
    long_mb = ps.long_set_budgets_mb()
    # The model's cues are pinned: its score is reported whatever the verdict.
    return Matcher(
        ps.injection_patterns,
        signals,
        groups,
        rank=_rank,
        pinned=_is_cue,
        pins_alone=pins_alone,
        needs=needs,
        max_entries=ps.set_max_entries,
        prefilter_max_bytes=ps.prefilter_max_bytes,
        gate_max_mem=ps.gate_max_mem_mb << 20,
        set_max_mem=[mb << 20 for mb in ps.set_budgets_mb()],  # each group's, then the last group's
        long_set_max_mem=None if long_mb is None else [mb << 20 for mb in long_mb],  # the long layout's
    )


def _is_cue(signal: str) -> bool:
    return signal.startswith(CUE_PREFIX)


def _match(category: str, pattern_id: str, severity: str, span: tuple[int, int]) -> dict[str, Any]:
    return {"category": category, "pattern_id": pattern_id, "severity": severity, "span": list(span)}


def original_spans(
    norm: Normalised, data: bytes, found: list[tuple[Pattern, int, int]]
) -> list[tuple[Pattern, tuple[int, int]]]:
    """Byte spans of data (the normalised text or a same-length rewrite) -> original spans."""
    if len(data) == len(norm.text):  # ASCII: bytes are characters
        return [(p, norm.span(s, e)) for p, s, e in found]
    conv = char_offsets(data, [o for _, s, e in found for o in (s, e)])
    return [(p, norm.span(conv[s], conv[e])) for p, s, e in found]


def _decoded_candidates(norm: Normalised, budget: _Budget, aux: set[str]) -> list[tuple[str, str, int, int]]:
    """(kind, decoded text, start, end) for bounded encoded-looking runs of the original text.

    The runs are searched in the UTF-8 bytes of the original (encoded once): the RE2 wrapper
    re-encodes a str and recounts characters on every search, which cost more than the search
    itself on code and documents full of long identifiers. Byte offsets are converted to
    character offsets only for the runs that decode to text.
    """
    found: list[tuple[str, str, int, int]] = []
    if not _ENCODED.isdisjoint(aux):
        raw = norm.raw
        found = _encoded_runs(raw, budget, aux)
        if found and len(raw) != len(norm.original):
            conv = char_offsets(raw, [o for _, _, s, e in found for o in (s, e)])
            found = [(k, d, conv[s], conv[e]) for k, d, s, e in found]
    for kind, seg, lo, hi in _hinted(norm.text, aux):
        if len(found) >= MAX_DECODE_CANDIDATES or budget.decoded <= 0:
            break
        budget.decoded -= len(seg)
        found.append((kind, seg, *norm.span(lo, hi)))
    # Paragraphs laid out right to left by U+202E, as they display (offsets of the original).
    for kind, seg, lo, hi in (
        rtl_override_lines(norm.original, MAX_DECODE_CANDIDATES) if BIDI_KIND in aux else ()
    ):
        if len(found) >= MAX_DECODE_CANDIDATES or budget.decoded <= 0:
            break
        budget.decoded -= len(seg)
        found.append((kind, seg, lo, hi))
    return found


def _hinted(low: str, aux: set[str]) -> Iterator[tuple[str, str, int, int]]:
    """Rewrites of windows of the normalised text that a hint asks for, lazily: ROT13 (cut from
    the already normalised text, no second NFKC/zero-width rewrite), then reversed, atbash and
    Caesar-shifted copies."""
    hints = [h for h, signal in _ROT13_SIGNALS if signal in aux]
    for lo, hi in _rot13_windows(low, hints) if hints else ():
        yield "rot13", low[lo:hi].encode("utf-8").translate(_ROT13).decode("utf-8"), lo, hi
    if "hinted" in aux:
        yield from hinted_rewrites(low)


def _encoded_runs(raw: bytes, budget: _Budget, aux: set[str]) -> list[tuple[str, str, int, int]]:
    """Base64, hex and URL-encoded runs of raw (UTF-8 bytes) that decode to text, byte spans."""
    found: list[tuple[str, str, int, int]] = []

    def take(kind: str, dec: str | None, start: int, end: int) -> bool:
        if dec:
            budget.decoded -= len(dec)
            found.append((kind, dec, start, end))
        return len(found) < MAX_DECODE_CANDIDATES and budget.decoded > 0

    examined = 0
    for start, end in _b64_runs(raw) if "base64" in aux else ():
        examined += 1
        if examined > MAX_RUNS_EXAMINED:
            break
        tok = raw[start:end][: MAX_DECODED_BYTES * 4 // 3]
        try:
            dec = base64.b64decode(
                tok + b"=" * (-len(tok) % 4), altchars=b"-_" if b"-" in tok or b"_" in tok else None
            )
        except (binascii.Error, ValueError):
            continue
        if not take("base64", _printable(dec), start, end):
            return found
    # Base32 is upper case only (the base64 candidates above never are): its own search, rare runs.
    for n, (start, end) in enumerate(spans(_BASE32, raw) if "base64" in aux else ()):
        if n >= MAX_RUNS_EXAMINED:
            break
        dec32 = base32(raw[start:end][: MAX_DECODED_BYTES * 8 // 5])
        if dec32 is not None and not take("base32", _printable(dec32), start, end):
            return found
    low = raw.lower() if aux & {"hex", "urlencoded"} else raw
    examined = 0
    for start, end in spans(_HEX, low) if "hex" in aux else ():
        examined += 1
        if examined > MAX_RUNS_EXAMINED:
            break  # thousands of hex-looking words (~1.5 µs each) are no encoded payload
        if not any(48 <= c <= 57 for c in low[start : start + 8]):
            continue  # hex of text has a digit in (nearly) every byte: "deadbeefcafe…" words do not
        digits = low[start : min(end, start + MAX_DECODED_BYTES * 3)].replace(b" ", b"").replace(b":", b"")
        digits = digits[: len(digits) - len(digits) % 2]
        if not take("hex", _printable(bytes.fromhex(digits.decode("ascii"))), start, end):
            return found
    for signal, runs in RUN_DECODERS:
        for kind, dec, start, end in runs(raw, MAX_DECODE_CANDIDATES) if signal in aux else ():
            if not take(kind, _printable(dec), start, end):
                return found
    if "urlencoded" in aux:
        for m in _URLENC.finditer(low):
            word = _URL_WORD_BEFORE.search(low, max(0, m.start() - 24), m.start())
            start = word.start() if word else m.start()
            enc = low[start : m.end()][: min(MAX_DECODED_BYTES, budget.decoded) * 3].decode(
                "utf-8", "replace"
            )
            dec = unquote(enc)
            if not take("urlencoded", dec if dec != enc else None, start, m.end()):
                return found
    return found


def _rot13_windows(low: str, hints: Sequence[str] = _ROT13_HINT) -> list[tuple[int, int]]:
    """Text around the first few ROT13 hints ("rot13", "caesar"): the payload sits next to its hint."""
    spans = []
    for hint in hints:
        i = low.find(hint)
        while i != -1 and len(spans) < MAX_ROT13_HINTS:
            spans.append((max(0, i - ROT13_BEFORE), min(len(low), i + ROT13_AFTER)))
            i = low.find(hint, i + ROT13_AFTER)
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _printable(raw: bytes) -> str | None:
    """The decoded text if it looks like text (>= 90 % printable UTF-8 with a letter), else None."""
    raw = raw[:MAX_DECODED_BYTES]
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(s) < 8 or not _ALPHA.search(s):
        return None
    if s.isprintable() or len(_NONPRINT.findall(s)) <= 0.1 * len(s):
        return s
    return None


def _rescreen(
    matcher: Matcher,
    data: bytes,
    seen: set[str],
    budget: _Budget,
    views: list[tuple[bytes, set[str] | None]] | None = None,
) -> list[tuple[Pattern, int, int]]:
    """Matches of patterns not already reported (for rewritten copies of the text), within budget.

    `views` records data for the scoring model with the model's cues that this search found: the
    cues ride in the pattern Sets, so the model needs no cue pass of its own over the copy (None
    when the budget leaves the copy unsearched: the model then looks for them itself).
    """
    out: list[tuple[Pattern, int, int]] = []
    if not budget.take(len(data)):
        if views is not None:
            views.append((data, None))
        return out
    hits, signals = matcher.search(data)
    if views is not None:
        views.append((data, _split_cues(signals)[1]))
    for p, s, e in matcher.scan(
        data, limit=1, skip=seen, max_patterns=MAX_SPAN_PATTERNS, rank=_rank, hits=hits
    ):
        if p.id not in seen:
            seen.add(p.id)
            out.append((p, s, e))
    return out


def _screen(
    norm: Normalised,
    depth: int,
    budget: _Budget | None,
    views: list[tuple[bytes, set[str] | None]] | None = None,
    cues: set[str] | None = None,
) -> list[dict[str, Any]]:
    """Pattern matches of one text and of its rewritten/decoded copies.

    `views` collects the rewritten copies (homoglyphs folded, letter spacing collapsed,
    leetspeak translated, the English gloss) for the scoring model, each with its model cues
    (`_rescreen`). A decoded payload that no pattern matches
    is scored by the model itself, so an encoded paraphrase is not a blind spot. `cues`
    collects the model's cues found in the text by the same pass (its gate).
    """
    matcher = _matcher()
    data = norm.data
    settle = (_RANK["high"], MAX_SPAN_PATTERNS) if depth == 0 and len(data) >= SETTLE_MIN_BYTES else None
    hits, aux = matcher.search(data, settle)
    found_cues: Collection[str] = ()
    if aux:  # most texts hold no signal: nothing to split
        aux, found_cues = _split_cues(aux)
        if cues is not None:
            cues |= found_cues
    if not hits:  # with hits, the run signals wait until a rewritten or decoded copy may be screened
        aux |= _text_runs(norm)
    if not (hits or aux or norm.tags or norm.invisible or depth):
        return []  # the common case: no match, no obfuscation signal, nothing to rewrite or decode
    if budget is None:  # the first text of a call (depth 0) that may screen a copy: ~0.08 µs less
        budget = _Budget()  # for the common case; each deeper screen shares this one
    if norm.invisible and RLO in norm.original:
        aux.add(BIDI_KIND)  # a right-to-left override: its paragraph is screened as displayed
    if "homoglyph" in aux and norm.folded is None:
        fold(norm)  # the same regex the Set just found: now for its position and the folded copy
    if not hits:  # the common case: nothing to search for spans
        found, matches = [], []
    elif depth == 0:
        # A settled search (an unvetoed pattern blocks) may have skipped Sets: its span search tries
        # the unvetoed patterns of a rank first, so the blocking one is searched (Matcher.search).
        settled = settle is not None and any(p.unless is None and _rank(p) >= settle[0] for p in hits)
        found = matcher.scan(
            data, max_patterns=MAX_SPAN_PATTERNS, rank=_rank, hits=hits, unvetoed_first=settled
        )
        matches = [
            _match(p.category, p.id, p.severity, span) for p, span in original_spans(norm, data, found)
        ]
    else:
        # A decoded payload is reported once, by its first most severe pattern, with the span of
        # the encoded run: which patterns match is all that is needed, not where.
        found = [(p, 0, 0) for p in matcher.matching(data, hits)]
        matches = [_match(p.category, p.id, p.severity, (0, 0)) for p, _, _ in found]
    seen = {p.id for p, _, _ in found}

    # Obfuscation signals in their own right.
    if norm.tags:
        matches.append(_match("obfuscation", "unicode_tag_characters", "high", (0, len(norm.original))))
    if norm.invisible:
        zw = _ZW_IN_WORD.search(norm.original)
        if zw:
            matches.append(_match("obfuscation", "zero_width_in_word", "medium", zw.span()))
    if norm.folded is not None and norm.folded_at is not None:
        h = norm.span(norm.folded_at, norm.folded_at + 1)
        matches.append(_match("obfuscation", "mixed_script_homoglyph", "medium", h))
    if any(_RANK[m["severity"]] >= _RANK["high"] for m in matches):
        # Blocked already: a rewritten or decoded copy could only add to the explanation, so
        # none is screened (a text stuffed with every attack took ~10 passes). On the corpus
        # no action or risk level changed.
        return matches
    if hits:
        aux |= _text_runs(norm)
    if norm.folded is not None and norm.folded_at is not None:
        # Look-alikes folded to Latin (length-preserving in characters, so spans carry over).
        folded = norm.folded.encode("utf-8")
        for p, span in original_spans(norm, folded, _rescreen(matcher, folded, seen, budget, views)):
            matches.append(_match(p.category, p.id, p.severity, span))

    # Letter spacing ("i g n o r e") collapsed, and words broken by separators ("ig-nore",
    # "dis.regard.all.prior": joined inside the broken word only, its other dots stay word
    # breaks), each rewritten run by run and screened again.
    for kind, prefix, rx, rewrite in _RUN_REWRITES if not aux.isdisjoint(_REWRITE_SIGNALS) else ():
        runs = _first_spans(rx, data) if kind in aux else []
        if not runs:
            continue
        rewritten = _splice(data, runs, rewrite)
        first = original_spans(norm, data, [(None, *runs[0])])[0][1]  # type: ignore[list-item]
        for p, _, _ in _rescreen(matcher, rewritten, seen, budget, views):
            matches.append(_match("obfuscation", f"{prefix}:{p.id}", p.severity, first))

    # Leetspeak: length-preserving translation of ASCII bytes, so spans carry over.
    if "leet" in aux:
        lo, hi = _leet_region(data)
        hits = _rescreen(matcher, data[lo:hi].translate(_LEET), seen, budget, views)
        if lo:
            hits = [(p, s + lo, e + lo) for p, s, e in hits]
        for p, span in original_spans(norm, data, hits):
            matches.append(_match("obfuscation", f"leetspeak:{p.id}", p.severity, span))

    # Another language: the English gloss of its attack words, screened by the English patterns.
    if GLOSS_CUES in aux:
        glossed = gloss(data)
        if glossed is not None:
            found_g = _rescreen(matcher, glossed.data, seen, budget, views)
            hits = [(p, *glossed.span(s, e)) for p, s, e in found_g]
            for p, span in original_spans(norm, data, hits):
                matches.append(_match(_GLOSS_FAMILY, f"gloss:{p.id}", p.severity, span))

    # Encoded payloads: decode bounded candidates and screen the plain text.
    if aux and depth < MAX_DECODE_DEPTH and budget.decoded > 0:
        for kind, decoded, s, e in _decoded_candidates(norm, budget, aux):
            # ROT13 and hinted rewrites are cut from the normalised text: no second normalisation.
            rewritten = kind.startswith(_CANONICAL_KINDS)
            inner_norm = canonical(decoded, False) if rewritten else normalise(decoded, False)
            if not budget.take(len(inner_norm.data)):
                break
            inner = _screen(inner_norm, depth + 1, budget)
            if not inner:
                continue
            top = max(inner, key=lambda m: _RANK[m["severity"]])
            sev = top["severity"] if _RANK[top["severity"]] >= _RANK["high"] else "high"
            matches.append(_match("encoded_payload", f"{kind}:{top['pattern_id']}", sev, (s, e)))
            # Blocked now (an encoded payload is high at least): later candidates could only add
            # to the explanation, as with the rewritten copies above. A text of base64 runs of
            # attacks decoded and screened every run up to the budget (the slowest adversarial
            # input: 14.5 ms, round 18).
            break
    if depth > 0 and not matches:
        model = load_model()
        idx = model.gated(data, found_cues)
        if idx is not None and model.probability(idx) >= model.flag_at_for(idx):
            matches.append(
                _match("instruction_override", MODEL_PATTERN_ID, "medium", (0, len(norm.original)))
            )
    return matches


class _Cover:
    """Containment queries over a set of spans: prefix maxima of the end, by start."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [a for a, _ in spans]
        self.maxend: list[int] = []
        for _, b in spans:
            self.maxend.append(max(b, self.maxend[-1]) if self.maxend else b)

    def max_end(self, start: int, inclusive: bool) -> int:
        k = (bisect_right if inclusive else bisect_left)(self.starts, start)
        return self.maxend[k - 1] if k else -1


def _dedupe(matches: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a match covered by another of the same category with a higher (severity, length).

    O(n log n): per category and severity, prefix maxima answer "does a span starting at
    or before s reach e?"; the adversarial inputs produce hundreds of matches.
    """
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for m in matches:
        spans.setdefault((m["category"], _RANK[m["severity"]]), []).append(tuple(m["span"]))  # type: ignore[arg-type]
    cover = {k: _Cover(v) for k, v in spans.items()}
    keep = []
    for m in matches:
        (s, e), cat, rank = m["span"], m["category"], _RANK[m["severity"]]
        same = cover[(cat, rank)]
        covered = same.max_end(s, False) >= e or same.max_end(s, True) > e  # strictly longer
        for r in range(rank + 1, len(RISK_ORDER)):
            if not covered and (cat, r) in cover:
                covered = cover[(cat, r)].max_end(s, True) >= e
        if not covered:
            keep.append(m)
    return keep


def check_prompt_injection(text: str) -> dict[str, Any]:
    """Screen one prompt (or retrieved document) for injection attempts.

    Returns {safe, risk_level, matches, action}. Spans index the caller's
    original string. high/critical -> block, low/medium -> flag, none -> allow.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    norm = normalise(text, fold_homoglyphs=False)  # _screen folds when its Set pass says so
    views: list[tuple[bytes, set[str] | None]] = []
    cues: set[str] = set()
    matches = _screen(norm, 0, None, views, cues)  # its budget made once a copy may be screened
    if matches:
        matches = _dedupe(matches)
    model = load_model()
    # A settled search (SETTLE_MIN_BYTES, blocked by an unvetoed high pattern) may skip the model's
    # cues: the model then looks for what it needs itself (LinearModel.gated_anywhere).
    settled = len(norm.data) >= SETTLE_MIN_BYTES and any(
        _RANK[m["severity"]] >= _RANK["high"] for m in matches
    )
    if settled:
        score, model_match = _model(model, norm, matches, views, None, settled=True)
    elif not cues and not views and model.gate and model.evidence_at is None:
        # No gate cue in the text (the pattern pass looked) and no rewritten copy: the model scores
        # 0 (decided here, not in `_model`: a call less on the common path).
        score, model_match = 0.0, None
    else:
        score, model_match = _model(model, norm, matches, views, cues)
    if model_match is not None:
        matches.append(model_match)
    elif not matches:  # the common case
        return {
            "safe": True,
            "risk_level": "none",
            "matches": matches,
            "action": ACTIONS["none"],
            "score": score,
        }
    matches.sort(key=lambda m: (m["span"][0], -_RANK[m["severity"]]))
    risk = max((m["severity"] for m in matches), key=_RANK.__getitem__, default="none")
    return {
        "safe": not matches,
        "risk_level": risk,
        "matches": matches[:MAX_MATCHES],
        "action": ACTIONS[risk],
        "score": score,
    }


def pattern_matches(text: str) -> list[dict[str, Any]]:
    """The matches of the pattern layer alone (no scoring model): what training builds on."""
    return _dedupe(_screen(normalise(text, fold_homoglyphs=False), 0, _Budget()))


@cache
def _feature_rx(feature: str) -> Any:
    return _rx(feature_regex(feature, load_model().cues))


def _model(
    model: LinearModel,
    norm: Normalised,
    matches: list[dict[str, Any]],
    views: Sequence[tuple[bytes, set[str] | None]] = (),
    cues: set[str] | None = None,
    settled: bool = False,
) -> tuple[float, dict[str, Any] | None]:
    """The scoring layer's probability, and its match when it adds to what the patterns found.

    It flags (medium) at flag_at and blocks (high) at block_at; a prompt the patterns
    already block gets no model match. The match names the family of the strongest
    evidence and lists the features that weighed most; its span is the strongest one's. The
    caller has ruled out the case it scores 0 (no gate cue, no rewritten copy).
    """
    best, idx = norm.data, model.gated_anywhere(norm.data) if settled else model.gated(norm.data, cues)
    p, flags = model.flags(idx)
    for view, view_cues in (
        views if not flags else ()
    ):  # obfuscated copies: the most suspicious reading counts
        view_idx = model.gated(view, view_cues)
        q, q_flags = model.flags(view_idx)
        if (q_flags, q) > (flags, p):
            best, idx, p, flags = view, view_idx, q, q_flags
    if not flags or idx is None:
        return round(p, 4), None
    p = round(p, 4)
    severity = "high" if p >= model.block_at_for(idx) else "medium"
    if any(_RANK[m["severity"]] >= _RANK[severity] for m in matches):
        return p, None  # the patterns already decided at least as much: no explanation to build
    scored = model.score(best, idx=idx)
    if not scored.features:
        return p, None
    m = _feature_rx(scored.features[0]["feature"]).search(norm.data)
    span = (
        original_spans(norm, norm.data, [(None, m.start(), m.end())])[0][1] if m else (0, len(norm.original))
    )  # type: ignore[list-item]
    match = _match(scored.family, MODEL_PATTERN_ID, severity, span)
    match["score"] = p
    match["features"] = scored.features
    return p, match
