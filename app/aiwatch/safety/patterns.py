"""Load patterns.yaml: expand macros, compile, and validate once at import.

Patterns are data so they can be reviewed and tuned without touching the
engine. A bad entry fails loudly at import (and in the test suite) rather than
silently never matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

SEVERITIES = ("low", "medium", "high", "critical")
_MACRO = re.compile(r"<([a-z_][a-z0-9_]*)>")
# Anything that repeats without an upper bound; checked after stripping escapes and classes.
_UNBOUNDED = re.compile(r"(?<!\()[*+]|\{\d+,\}")


class PatternError(ValueError):
    """patterns.yaml holds an invalid entry."""


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    category: str
    severity: str  # injection only; "" for hallucination patterns
    regex: re.Pattern[str]
    anchors: tuple[str, ...]
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    description: str
    patterns: tuple[Pattern, ...]
    near_misses: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HallucinationCategory:
    name: str
    adjustment: float
    patterns: tuple[Pattern, ...]


@dataclass(frozen=True, slots=True)
class PatternSet:
    families: tuple[Family, ...]
    hallucination: tuple[HallucinationCategory, ...]
    hedges: Pattern
    max_adjustment: float
    hedge_factor: float

    @property
    def injection_patterns(self) -> tuple[Pattern, ...]:
        return tuple(p for f in self.families for p in f.patterns)


def strip_for_lint(src: str) -> str:
    """Drop escapes and character classes so quantifier checks see only structure."""
    src = re.sub(r"\\.", "x", src)
    return re.sub(r"\[\^?\]?[^\]]*\]", "x", src)


def expand(src: str, macros: dict[str, str], where: str) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in macros:
            raise PatternError(f"{where}: unknown macro <{name}>")
        return f"(?:{macros[name]})"

    # Macros may refer to earlier macros (e.g. <ignore> uses <_>): expand to a fixed point.
    for _ in range(4):
        new = _MACRO.sub(sub, src)
        if new == src:
            return new
        src = new
    raise PatternError(f"{where}: macros nest too deeply")


def _pattern(raw: Any, category: str, macros: dict[str, str], where: str, injection: bool) -> Pattern:
    if not isinstance(raw, dict):
        raise PatternError(f"{where}: must be a mapping")
    pid = raw.get("id")
    if not isinstance(pid, str) or not re.fullmatch(r"[a-z][a-z0-9_]{0,63}", pid):
        raise PatternError(f"{where}: id must match [a-z][a-z0-9_]*, got {pid!r}")
    where = f"{where} ({pid})"
    severity = raw.get("severity", "")
    if injection and severity not in SEVERITIES:
        raise PatternError(f"{where}: severity must be one of {SEVERITIES}, got {severity!r}")
    src = raw.get("regex")
    if not isinstance(src, str) or not src:
        raise PatternError(f"{where}: regex missing")
    anchors = raw.get("anchors")
    if not isinstance(anchors, list) or not anchors or not all(isinstance(a, str) and a for a in anchors):
        raise PatternError(f"{where}: anchors must be a non-empty list of strings")
    if any(a != a.lower() for a in anchors):
        raise PatternError(f"{where}: anchors must be lower case (they are searched in normalised text)")
    full = expand(src, macros, where)
    if _UNBOUNDED.search(strip_for_lint(full)):
        raise PatternError(f"{where}: unbounded repetition (* + or {{n,}}); use a bounded {{m,n}}")
    try:
        compiled = re.compile(full)
    except re.error as exc:
        raise PatternError(f"{where}: invalid regex: {exc}") from exc
    examples = raw.get("examples") or []
    return Pattern(pid, category, severity, compiled, tuple(anchors), tuple(str(e) for e in examples))


def parse(data: Any) -> PatternSet:
    if not isinstance(data, dict):
        raise PatternError("patterns.yaml: top level must be a mapping")
    macros = {k: str(v) for k, v in (data.get("macros") or {}).items()}
    seen: set[str] = set()
    families = []
    for name, fam in (data.get("injection") or {}).items():
        pats = tuple(
            _pattern(p, name, macros, f"injection.{name}.patterns[{i}]", True)
            for i, p in enumerate(fam.get("patterns") or [])
        )
        families.append(
            Family(name, str(fam.get("description", "")), pats, tuple(fam.get("near_misses") or []))
        )
        for p in pats:
            if p.id in seen:
                raise PatternError(f"duplicate pattern id {p.id}")
            seen.add(p.id)
    hal = data.get("hallucination") or {}
    cats = []
    for name, cat in (hal.get("categories") or {}).items():
        adj = float(cat.get("adjustment", 0))
        if adj > 0:
            raise PatternError(f"hallucination.{name}.adjustment must be <= 0")
        pats = tuple(
            _pattern(p, name, macros, f"hallucination.{name}.patterns[{i}]", False)
            for i, p in enumerate(cat.get("patterns") or [])
        )
        cats.append(HallucinationCategory(name, adj, pats))
    hedges = _pattern(
        {"id": "hedge", **(hal.get("hedges") or {})}, "hedge", macros, "hallucination.hedges", False
    )
    return PatternSet(
        families=tuple(families),
        hallucination=tuple(cats),
        hedges=hedges,
        max_adjustment=float(hal.get("max_adjustment", -0.5)),
        hedge_factor=float(hal.get("hedge_factor", 0.5)),
    )


@cache
def load() -> PatternSet:
    """The shipped pattern set (parsed once per process)."""
    text = resources.files("aiwatch.safety").joinpath("patterns.yaml").read_text(encoding="utf-8")
    return parse(yaml.safe_load(text))
