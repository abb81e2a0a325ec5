"""check_prompt_injection: pattern screening of prompts and retrieved content.

Deterministic and explainable: every match names its family (category), the
pattern and a span in the caller's text. Each pattern runs only when one of its
literal anchors occurs in the normalised text, so ordinary prose costs a few
substring searches. Obfuscated variants (letter spacing, leetspeak, base64/hex/
URL/ROT13 payloads) are decoded within fixed budgets and screened again.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from typing import Any
from urllib.parse import unquote

from .normalise import INVISIBLE_RE, Normalised, normalise
from .patterns import SEVERITIES, Pattern, load

RISK_ORDER = ("none", *SEVERITIES)
ACTIONS = {"none": "allow", "low": "flag", "medium": "flag", "high": "block", "critical": "block"}
MAX_MATCHES = 64  # bounds the response size; the risk level is computed before truncation

# Budgets for decoding: candidates per text, bytes per candidate, nesting depth.
MAX_DECODE_CANDIDATES = 16
MAX_DECODED_BYTES = 16_384
MAX_DECODE_DEPTH = 2

_B64 = re.compile(r"[A-Za-z0-9+/_-]{16,8192}={0,2}")
_HEX = re.compile(r"[0-9a-f]{2}(?:[ :]?[0-9a-f]{2}){11,4096}")
_URLENC = re.compile(r"(?:%[0-9a-f]{2}[^%\s]{0,3}){6,4096}")
_LETTER_SPACED = re.compile(r"\b[^\W\d_](?:[ .\-_*|/+~]{1,3}[^\W\d_]\b){3,64}")
_SPACING = re.compile(r"[ .\-_*|/+~]{1,3}")
_LEET_WORD = re.compile(r"[a-z][0134578@$][a-z]|[0134578@$][a-z]{2}")
_LEET = str.maketrans("0134578@$", "oieastbas")
_ZW_IN_WORD = re.compile(f"[^\\W\\d_](?:{INVISIBLE_RE.pattern}){{1,16}}[^\\W\\d_]")
_ROT13_HINT = ("rot13", "rot-13", "rot 13", "caesar")


def _rank(sev: str) -> int:
    return RISK_ORDER.index(sev)


# Regexes run only in windows around anchor occurrences: Python's re scans an
# alternation position by position, while str.find is a fast C search. Window
# sizes exceed the longest match the bounded patterns allow on either side of
# an anchor; dense anchors merge into one window (never worse than a full scan).
WINDOW_BACK = 320
WINDOW_FWD = 640
MAX_WINDOWS = 256


def _hits(text: str, anchor: str, cache: dict[str, list[int] | None]) -> list[int] | None:
    """Anchor positions (thinned to one per half window); None when too many to window."""
    if anchor in cache:
        return cache[anchor]
    found: list[int] | None = []
    i = text.find(anchor)
    while i != -1:
        found.append(i)  # type: ignore[union-attr]
        if len(found) > MAX_WINDOWS:  # type: ignore[arg-type]
            found = None
            break
        i = text.find(anchor, i + len(anchor) + WINDOW_FWD // 2)
    cache[anchor] = found
    return found


def _windows(
    text: str, anchors: tuple[str, ...], cache: dict[str, list[int] | None]
) -> list[tuple[int, int]] | None:
    """Merged [lo, hi) windows around anchor hits; None means "scan everything"."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for a in anchors:
        hits = _hits(text, a, cache)
        if hits is None:
            return None
        spans.extend((max(0, i - WINDOW_BACK), min(n, i + len(a) + WINDOW_FWD)) for i in hits)
        if len(spans) > MAX_WINDOWS:
            return None
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _scan(text: str, patterns: tuple[Pattern, ...]) -> list[tuple[Pattern, int, int]]:
    """All non-overlapping matches of every pattern, searched near its anchors."""
    out: list[tuple[Pattern, int, int]] = []
    n = len(text)
    cache: dict[str, list[int] | None] = {}
    for p in patterns:
        wins = _windows(text, p.anchors, cache)
        for lo, hi in [(0, n)] if wins is None else wins:
            for m in p.regex.finditer(text, lo, hi):
                out.append((p, m.start(), m.end()))
                if len(out) >= MAX_MATCHES * 4:
                    return out
    return out


def _match(category: str, pattern_id: str, severity: str, span: tuple[int, int]) -> dict[str, Any]:
    return {"category": category, "pattern_id": pattern_id, "severity": severity, "span": list(span)}


def _decoded_candidates(text: str) -> list[tuple[str, str, int, int]]:
    """(kind, decoded text, start, end) for bounded encoded-looking runs of the original text."""
    found: list[tuple[str, str, int, int]] = []
    for m in _B64.finditer(text):
        if len(found) >= MAX_DECODE_CANDIDATES:
            return found
        tok = m.group()
        if tok.isalpha() and (tok.islower() or tok.isupper()):
            continue  # a long plain word, not base64
        try:
            raw = base64.b64decode(
                tok + "=" * (-len(tok) % 4), altchars=b"-_" if "-" in tok or "_" in tok else None
            )
        except (binascii.Error, ValueError):
            continue
        dec = _printable(raw[:MAX_DECODED_BYTES])
        if dec:
            found.append(("base64", dec, m.start(), m.end()))
    low = text.lower()
    for m in _HEX.finditer(low):
        if len(found) >= MAX_DECODE_CANDIDATES:
            return found
        digits = re.sub(r"[ :]", "", m.group())
        if len(digits) % 2:
            digits = digits[:-1]
        dec = _printable(bytes.fromhex(digits)[:MAX_DECODED_BYTES])
        if dec:
            found.append(("hex", dec, m.start(), m.end()))
    if "%" in text:
        for m in _URLENC.finditer(low):
            if len(found) >= MAX_DECODE_CANDIDATES:
                return found
            dec = unquote(m.group()[: MAX_DECODED_BYTES * 3])
            if dec != m.group():
                found.append(("urlencoded", dec, m.start(), m.end()))
    if any(h in low for h in _ROT13_HINT):
        found.append(("rot13", codecs.encode(text[: MAX_DECODED_BYTES * 4], "rot13"), 0, len(text)))
    return found


def _printable(raw: bytes) -> str | None:
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(s) < 8:
        return None
    ok = sum(1 for c in s if c.isprintable() or c in "\n\r\t")
    return s if ok >= 0.9 * len(s) and any(c.isalpha() for c in s) else None


def _screen(norm: Normalised, depth: int) -> list[dict[str, Any]]:
    pats = load().injection_patterns
    found = _scan(norm.text, pats)
    matches = [_match(p.category, p.id, p.severity, norm.span(s, e)) for p, s, e in found]
    seen = {p.id for p, _, _ in found}

    # Obfuscation signals in their own right.
    if norm.tags:
        matches.append(_match("obfuscation", "unicode_tag_characters", "high", (0, len(norm.original))))
    if norm.invisible:
        zw = _ZW_IN_WORD.search(norm.original)
        if zw:
            matches.append(_match("obfuscation", "zero_width_in_word", "medium", zw.span()))
    if norm.folded_homoglyphs:
        h = norm.span(norm.folded_homoglyphs[0], norm.folded_homoglyphs[0] + 1)
        matches.append(_match("obfuscation", "mixed_script_homoglyph", "medium", h))

    # Letter spacing: collapse "i g n o r e" runs and screen again.
    runs = list(_LETTER_SPACED.finditer(norm.text))
    if runs:
        collapsed = _LETTER_SPACED.sub(lambda m: _SPACING.sub("", m.group()), norm.text)
        span = norm.span(*runs[0].span())
        for p, _, _ in _scan(collapsed, pats):
            if p.id not in seen:
                seen.add(p.id)
                matches.append(_match("obfuscation", f"letter_spacing:{p.id}", p.severity, span))

    # Leetspeak: length-preserving translation, so spans carry over.
    if _LEET_WORD.search(norm.text):
        for p, s, e in _scan(norm.text.translate(_LEET), pats):
            if p.id not in seen:
                seen.add(p.id)
                matches.append(_match("obfuscation", f"leetspeak:{p.id}", p.severity, norm.span(s, e)))

    # Encoded payloads: decode bounded candidates and screen the plain text.
    if depth < MAX_DECODE_DEPTH:
        for kind, decoded, s, e in _decoded_candidates(norm.original):
            inner = _screen(normalise(decoded), depth + 1)
            if not inner:
                continue
            top = max(inner, key=lambda m: _rank(m["severity"]))
            sev = top["severity"] if _rank(top["severity"]) >= _rank("high") else "high"
            matches.append(_match("encoded_payload", f"{kind}:{top['pattern_id']}", sev, (s, e)))
    return matches


def _dedupe(matches: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a match covered by another of the same category with at least its severity."""
    keep = []
    for m in matches:
        s, e = m["span"]
        covered = any(
            o is not m
            and o["category"] == m["category"]
            and o["span"][0] <= s
            and e <= o["span"][1]
            and (_rank(o["severity"]), o["span"][1] - o["span"][0]) > (_rank(m["severity"]), e - s)
            for o in matches
        )
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
    matches = _screen(normalise(text), 0)
    if len(matches) <= 4 * MAX_MATCHES:
        matches = _dedupe(matches)
    matches.sort(key=lambda m: (m["span"][0], -_rank(m["severity"])))
    risk = max((m["severity"] for m in matches), key=_rank, default="none")
    return {
        "safe": not matches,
        "risk_level": risk,
        "matches": matches[:MAX_MATCHES],
        "action": ACTIONS[risk],
    }
