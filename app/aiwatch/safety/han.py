"""Chinese written in traditional or simplified characters: one pattern for both writings.

The Chinese patterns and gloss keys were written mostly in simplified characters (a third of our
own Chinese attacks, and one held-out source of round 29, are traditional: "忽略之前的所有指令" is
"忽略之前的所有指令" but "系统提示" is "系統提示"). Rather than fold every Chinese text to one writing
(a copy and a pass for each text), each Han character of a pattern becomes a class of its
writings ("统" -> "[统統]"), so one pass over the text as written finds both, and a text without
Han characters pays nothing. The pairs come from a shipped table (han_variants.yaml); characters
linked by any pair form one class.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


@cache
def pairs() -> tuple[tuple[str, str], ...]:
    """(traditional, simplified) character pairs of the shipped table, in its order: the one reader
    of han_variants.yaml's format (folded lines of characters, the i-th of one the i-th of the other)."""
    text = resources.files("aiwatch.safety").joinpath("han_variants.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    trad, simp = (str(data[k]).replace(" ", "") for k in ("traditional", "simplified"))
    if len(trad) != len(simp):
        raise ValueError("han_variants.yaml: traditional and simplified differ in length")
    return tuple(zip(trad, simp, strict=True))


@cache
def classes() -> dict[str, str]:
    """Han character -> every writing of it (itself first, then the others in code-point order)."""
    parent: dict[str, str] = {}

    def root(c: str) -> str:
        while parent.setdefault(c, c) != c:
            c = parent[c]
        return c

    for t, s in pairs():
        parent[root(t)] = root(s)
    groups: dict[str, set[str]] = {}
    for c in list(parent):
        groups.setdefault(root(c), set()).add(c)
    return {c: c + "".join(sorted(g - {c})) for g in groups.values() for c in g}


@cache
def _canonical_table() -> dict[int, str]:
    """str.translate table: each Han character of `classes` -> the first of its class in
    code-point order (derived once, not per character of each call)."""
    return {ord(c): min(writings) for c, writings in classes().items()}


def canonical(text: str) -> str:
    """The text with each Han character written as the first of its class in code-point order
    (one spelling per class: keys that differ only in writing compare equal)."""
    return text.translate(_canonical_table())


def widen(src: str) -> str:
    """RE2 source whose Han characters match every writing: a class outside brackets, the other
    writings added inside a bracket class. Inside a class a character next to a '-' stays as
    written: as a range's end ("[一-龥]") its other writings would change the range. Source
    without a character of the table is returned as is."""
    table = classes()
    if table.keys().isdisjoint(src):
        return src
    out: list[str] = []
    in_class = escaped = False
    first = 0  # where the open class's members start: a ']' there is a member, not its end
    for i, c in enumerate(src):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            if c == "]" and i != first:
                in_class = False
            elif c in table and "-" not in (src[i - 1], src[i + 1 : i + 2]):
                c = table[c]
        elif c == "[":
            in_class = True
            first = i + 2 if src[i + 1 : i + 2] == "^" else i + 1
        elif c in table:
            c = f"[{table[c]}]"
        out.append(c)
    return "".join(out)
