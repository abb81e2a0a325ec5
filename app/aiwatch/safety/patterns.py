"""Load patterns.yaml: expand macros, compile with RE2, and validate once at import.

Patterns are data so they can be reviewed and tuned without touching the
engine. A bad entry fails loudly at import (and in the test suite) rather than
silently never matching. RE2 guarantees linear-time matching, so the only
syntax rule is "what RE2 can run": no lookarounds, no backreferences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import re2
import yaml

from ..catalog import SEVERITIES
from .han import widen

_MACRO = re.compile(r"<([a-z_][a-z0-9_]*)>")
# Perl-only constructs RE2 cannot run; named so the error says what to change.
_UNSUPPORTED = (
    (re.compile(r"\(\?<?[=!]"), "lookaround (use unless_followed_by for a negative lookahead)"),
    (re.compile(r"\\[1-9]|\(\?P="), "backreference"),
    (re.compile(r"\(\?>|[*+?}][+]"), "atomic group / possessive quantifier"),
)


def re2_options(max_mem: int = 0, latin1: bool = False) -> re2.Options:
    """Options shared by every compiled pattern and set (no captures: we only need spans); a DFA
    budget of `max_mem` bytes where a Set is given its own (0: the 64 MiB of every other); with
    latin1, one character per byte (byte literals `\\xHH`, or runs known to be ASCII)."""
    opts = re2.Options()
    opts.never_capture = True
    opts.log_errors = False
    opts.max_mem = max_mem or 64 << 20
    if latin1:
        opts.encoding = re2.Options.Encoding.LATIN1
    return opts


class PatternError(ValueError):
    """patterns.yaml holds an invalid entry."""


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    category: str
    severity: str  # injection only; "" for hallucination patterns
    source: str  # the expanded RE2 pattern (added to the family's RE2 Set)
    regex: Any  # re2 compiled pattern: searched for spans once the Set says it matches
    unless: Any  # re2 compiled veto tried at each match end, or None
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
class ClaimRules:
    """Sentence-level claim rules (compiled RE2 over normalised sentence bytes)."""

    assertive: Any
    hedge: Any
    sourced: Any
    figure: Any
    domains: tuple[tuple[str, Any], ...]  # (category, regex)
    emphatic: Any = None  # an assertion so strong that a hedge in the same sentence does not undo it
    # (category, regex): assertions that make a claim of their own category only ("…is
    # unenforceable", "…owes you three times the amount" is legal, not financial, whatever money
    # word the sentence holds)
    own_assertive: tuple[tuple[str, Any], ...] = ()
    # the writer unsure of a figure ("I'm not sure", "it might be"): spares a statistical pattern's
    # match, which the wider hedge ("some", "consult a professional") does not (round 25)
    unsure: Any = None
    # DFA memory of the claim rules' Sets and gate, in MiB (0: re2_options' own, that of every Set)
    max_mem_mb: int = 0
    # (category, regex): words of the category's domain that are another domain's words too ("tax",
    # "rent", "inheritance" are money words): in a sentence in another category's domain they do not
    # make a claim of this category, which needs another word of its domain or an own assertion (round 26)
    ceded: tuple[tuple[str, Any], ...] = ()
    # a disclaimer the sentence goes on past ("I'm not a doctor, but ..."): the qualifiers are read in what
    # follows it (round 32)
    disclaimer: Any = None


@dataclass(frozen=True, slots=True)
class PatternSet:
    families: tuple[Family, ...]
    hallucination: tuple[HallucinationCategory, ...]
    hedges: Pattern | None  # outputs that hedge get a smaller penalty
    max_adjustment: float
    hedge_factor: float
    claims: ClaimRules | None = None
    # Families screened in RE2 Sets of their own (see engine.Matcher); the others share one.
    injection_sets: tuple[tuple[str, ...], ...] = ()
    # Family -> (first, last) code point: its Set runs only on texts holding such a character.
    injection_set_scripts: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Entries (patterns and signals) per RE2 Set at most: a larger group is cut into parts.
    set_max_entries: int = 0
    # Texts up to this many bytes run the literal prefilter first (engine.Matcher); 0: never.
    prefilter_max_bytes: int = 0
    # DFA memory of the prefilter's gate Set, in MiB (0: RE2's budget of every Set, re2_options).
    gate_max_mem_mb: int = 0
    # DFA memory of each Set of a group, in MiB, by a family of the group (a family in no
    # injection_sets group: the last group, of all such families); absent: RE2's budget, re2_options.
    set_max_mem_mb: dict[str, int] = field(default_factory=dict)
    # The same for the Sets only texts over prefilter_max_bytes meet (a group not named: RE2's
    # budget); None (absent): set_max_mem_mb's for them too.
    long_set_max_mem_mb: dict[str, int] | None = None
    # The macros as written (<name> -> source), for regexes defined elsewhere from the same lists.
    macros: dict[str, str] = field(default_factory=dict)

    @property
    def injection_patterns(self) -> tuple[Pattern, ...]:
        return tuple(p for f in self.families for p in f.patterns)

    def set_budgets_mb(self) -> tuple[int, ...]:
        """set_max_mem_mb by Set group, in engine.Matcher's order: one per injection_sets group,
        then the last group (every family in none); 0: RE2's budget."""
        return self._by_group(self.set_max_mem_mb)

    def long_set_budgets_mb(self) -> tuple[int, ...] | None:
        """long_set_max_mem_mb by Set group, as set_budgets_mb; None when patterns.yaml has none."""
        return None if self.long_set_max_mem_mb is None else self._by_group(self.long_set_max_mem_mb)

    def _by_group(self, budgets: dict[str, int]) -> tuple[int, ...]:
        group = set_groups(self.injection_sets, {f.name for f in self.families})
        per = [0] * (len(self.injection_sets) + 1)
        for name, mb in budgets.items():
            per[group[name]] = mb
        return tuple(per)


def expand(src: str, macros: dict[str, str], where: str) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in macros:
            raise PatternError(f"{where}: unknown macro <{name}>")
        return f"(?:{macros[name]})"

    # Macros may refer to earlier macros (e.g. <ignore> uses <s>): expand to a fixed point.
    for _ in range(4):
        new = _MACRO.sub(sub, src)
        if new == src:
            return new
        src = new
    raise PatternError(f"{where}: macros nest too deeply")


def fuzzy(word: str) -> str:
    """Alternation of every spelling within one typo (Damerau-Levenshtein distance 1) of word.

    Typo-tolerant without a fuzzy engine: RE2 compiles the alternation into one automaton.
    Only for long words (>= 6 letters), where one edit rarely lands on another real word.
    """
    if not re.fullmatch(r"[a-z]{6,24}", word):
        raise PatternError(f"fuzzy: {word!r} must be 6-24 lower-case letters")
    letter = "[a-z]"
    alts = {word}
    for i in range(len(word)):
        alts.add(word[:i] + word[i + 1 :])  # deletion
        alts.add(word[:i] + letter + word[i + 1 :])  # substitution
    for i in range(1, len(word)):
        alts.add(word[:i] + letter + word[i:])  # insertion inside the word
    for i in range(len(word) - 1):
        alts.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # transposition
    return "|".join(sorted(alts))


def compile_re2(src: str, where: str) -> Any:
    """Compile one RE2 pattern, naming the unsupported construct when there is one."""
    for rx, what in _UNSUPPORTED:
        if rx.search(re.sub(r"\\\\", "", src)):
            raise PatternError(f"{where}: RE2 cannot run a {what}")
    try:
        return re2.compile(src, re2_options())
    except re2.error as exc:
        raise PatternError(f"{where}: invalid RE2 regex: {exc}") from exc


def _pattern(raw: Any, category: str, macros: dict[str, str], where: str, injection: bool) -> Pattern:
    if not isinstance(raw, dict):
        raise PatternError(f"{where}: must be a mapping")
    unknown = set(raw) - {"id", "severity", "regex", "unless_followed_by", "examples"}
    if unknown:
        raise PatternError(f"{where}: unknown keys {sorted(unknown)}")
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
    # a Han character matches its traditional and simplified writings both (han.py)
    full = widen(expand(src, macros, where))
    compiled = compile_re2(full, where)
    veto = raw.get("unless_followed_by")
    unless = (
        compile_re2(widen(expand(str(veto), macros, where)), f"{where} unless_followed_by") if veto else None
    )
    examples = raw.get("examples") or []
    _texts(examples, f"{where}.examples")
    return Pattern(pid, category, severity, full, compiled, unless, tuple(examples))


def parse(data: Any) -> PatternSet:
    if not isinstance(data, dict):
        raise PatternError("patterns.yaml: top level must be a mapping")
    macros = {k: str(v) for k, v in (data.get("macros") or {}).items()}
    for word in data.get("fuzzy") or []:  # <fz_word>: the word or any one-typo variant of it
        macros[f"fz_{word}"] = fuzzy(str(word))
    seen: set[str] = set()
    families = []
    for name, fam in (data.get("injection") or {}).items():
        pats = tuple(
            _pattern(p, name, macros, f"injection.{name}.patterns[{i}]", True)
            for i, p in enumerate(fam.get("patterns") or [])
        )
        families.append(
            Family(
                name,
                str(fam.get("description", "")),
                pats,
                _texts(fam.get("near_misses") or [], f"injection.{name}.near_misses"),
            )
        )
        for p in pats:
            if p.id in seen:
                raise PatternError(f"duplicate pattern id {p.id}")
            seen.add(p.id)
    names = {f.name for f in families}
    sets = _injection_sets(data.get("injection_sets"), names)
    scripts = _set_scripts(data.get("injection_set_scripts"), sets)
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
    hedges = (
        _pattern({"id": "hedge", **hal["hedges"]}, "hedge", macros, "hallucination.hedges", False)
        if hal.get("hedges")
        else None
    )
    claims = None
    raw = hal.get("claims")
    if raw:

        def rule(src: Any, where: str) -> Any:
            return compile_re2(expand(str(src), macros, f"claims.{where}"), f"claims.{where}")

        def per_category(key: str) -> tuple[tuple[str, Any], ...]:
            return tuple((name, rule(src, f"{key}.{name}")) for name, src in (raw.get(key) or {}).items())

        try:
            rx = {k: rule(raw[k], k) for k in ("assertive", "hedge", "sourced", "figure")}
        except KeyError as exc:
            raise PatternError(f"hallucination.claims: missing {exc}") from exc
        domains = per_category("domains")
        emphatic = rule(raw["emphatic"], "emphatic") if raw.get("emphatic") else None  # optional
        unsure = rule(raw["unsure"], "unsure") if raw.get("unsure") else None  # optional
        disclaimer = rule(raw["disclaimer"], "disclaimer") if raw.get("disclaimer") else None  # optional
        own = per_category("own_assertive")
        unknown = sorted({name for name, _ in own} - {name for name, _ in domains})
        if unknown:
            raise PatternError(f"hallucination.claims.own_assertive: no domain for {unknown}")
        ceded = per_category("ceded")
        unknown = sorted({name for name, _ in ceded} - {name for name, _ in domains})
        if unknown:
            raise PatternError(f"hallucination.claims.ceded: no domain for {unknown}")
        claims = ClaimRules(
            rx["assertive"],
            rx["hedge"],
            rx["sourced"],
            rx["figure"],
            domains,
            emphatic,
            own,
            unsure,
            _positive_int(raw, "max_mem_mb"),
            ceded,
            disclaimer,
        )
    return PatternSet(
        claims=claims,
        families=tuple(families),
        hallucination=tuple(cats),
        hedges=hedges,
        max_adjustment=float(hal.get("max_adjustment", -0.5)),
        hedge_factor=float(hal.get("hedge_factor", 0.5)),
        injection_sets=sets,
        injection_set_scripts=scripts,
        set_max_entries=_positive_int(data, "set_max_entries"),
        prefilter_max_bytes=_positive_int(data, "prefilter_max_bytes"),
        gate_max_mem_mb=_positive_int(data, "gate_max_mem_mb"),
        set_max_mem_mb=_set_budgets(data.get("set_max_mem_mb"), sets, names, "set_max_mem_mb"),
        long_set_max_mem_mb=(
            _set_budgets(data["long_set_max_mem_mb"], sets, names, "long_set_max_mem_mb")
            if "long_set_max_mem_mb" in data
            else None
        ),
        macros=macros,
    )


def _positive_int(data: dict[str, Any], key: str) -> int:
    """An optional top-level setting that must be a positive integer (0 when absent)."""
    if key not in data:
        return 0
    raw = data[key]
    if isinstance(raw, bool) or not isinstance(raw, int) or raw <= 0:
        raise PatternError(f"{key}: must be a positive integer, got {raw!r}")
    return raw


def _texts(items: Any, where: str) -> tuple[str, ...]:
    """Examples and near-misses are texts: YAML reads an unquoted "Key: value" line as a mapping."""
    bad = [i for i in items if not isinstance(i, str)]
    if bad:
        raise PatternError(f"{where}: quote {bad[0]!r}: every example must be a string")
    return tuple(items)


# In injection_sets: where the scoring model's cues (model.json) are searched, in the same pass,
# and where the gloss cues (gloss.yaml: is the text worth glossing into English?) are.
MODEL_CUES = "model_cues"
GLOSS_CUES = "gloss_cues"


def _injection_sets(raw: Any, families: set[str]) -> tuple[tuple[str, ...], ...]:
    """The injection_sets list: groups of known family names (or MODEL_CUES, GLOSS_CUES), each in
    one group at most."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(g, list) and g for g in raw):
        raise PatternError("injection_sets: must be a list of non-empty lists of family names")
    seen: set[str] = set()
    for group in raw:
        for name in group:
            if name not in families and name not in (MODEL_CUES, GLOSS_CUES):
                raise PatternError(f"injection_sets: {name!r} is no injection family")
            if name in seen:
                raise PatternError(f"injection_sets: {name!r} is in two groups")
            seen.add(name)
    return tuple(tuple(str(n) for n in g) for g in raw)


def set_groups(sets: tuple[tuple[str, ...], ...], families: set[str]) -> dict[str, int]:
    """Each name's Set group: the index of its injection_sets group, or len(sets) for a family in
    none (engine.Matcher's last group, of every such family)."""
    return dict.fromkeys(families, len(sets)) | {name: g for g, names in enumerate(sets) for name in names}


def _set_budgets(raw: Any, sets: tuple[tuple[str, ...], ...], families: set[str], key: str) -> dict[str, int]:
    """set_max_mem_mb or long_set_max_mem_mb (`key`): family name -> MiB, one family per Set group
    at most (a family in no injection_sets group names the last group, of every such family)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise PatternError(f"{key}: must map family names to MiB")
    group = set_groups(sets, families)
    for name, mb in raw.items():
        if name not in group:
            raise PatternError(f"{key}: {name!r} is no injection family")
        if isinstance(mb, bool) or not isinstance(mb, int) or mb <= 0:
            raise PatternError(f"{key}.{name}: must be a positive integer, got {mb!r}")
    if len({group[name] for name in raw}) < len(raw):
        raise PatternError(f"{key}: two families of one injection_sets group")
    return dict(raw)


def _set_scripts(raw: Any, sets: tuple[tuple[str, ...], ...]) -> dict[str, tuple[int, int]]:
    """injection_set_scripts: family -> [first, last] code point, for a family alone in its Set.

    The range must lie in U+0800..U+FFFF, where UTF-8 spells each character with three bytes
    and its first byte (0xE0 | cp >> 12) says the range: a text holds such a character only if
    it holds one of those lead bytes (lead_bytes).
    """
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise PatternError("injection_set_scripts: must map family names to [first, last] code points")
    alone = {g[0] for g in sets if len(g) == 1}
    out = {}
    for name, rng in raw.items():
        if name not in alone:
            raise PatternError(
                f"injection_set_scripts: {name!r} must have an injection_sets group of its own"
            )
        if not (isinstance(rng, list) and len(rng) == 2 and all(isinstance(x, int) for x in rng)):
            raise PatternError(f"injection_set_scripts.{name}: must be [first, last] code points")
        try:
            lead_bytes(*rng)
        except ValueError as exc:
            raise PatternError(f"injection_set_scripts.{name}: {exc}") from exc
        out[str(name)] = (rng[0], rng[1])
    return out


def lead_bytes(first: int, last: int) -> bytes:
    """The UTF-8 lead bytes of the code points first..last (within U+0800..U+FFFF: three bytes each).

    A text holds a character of the range only if it holds one of these bytes; `b in data` is a
    memchr (~0.03 µs per KB), where the Set pass it spares costs ~1.2 µs plus ~2 µs per KB.
    """
    if not 0x800 <= first <= last <= 0xFFFF:
        raise ValueError("lead_bytes: the range must lie within U+0800..U+FFFF")
    return bytes(range(0xE0 | first >> 12, (0xE0 | last >> 12) + 1))


def loads(text: str) -> PatternSet:
    """A pattern set from the text of a patterns.yaml (another revision's, for comparisons)."""
    # libyaml's loader when built in: the pure-Python one took ~1 s of each worker's start-up.
    return parse(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


@cache
def load() -> PatternSet:
    """The shipped pattern set (parsed once per process)."""
    return loads(resources.files("aiwatch.safety").joinpath("patterns.yaml").read_text(encoding="utf-8"))
