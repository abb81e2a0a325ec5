"""`python -m bench.split_check [--base REF]`: an in-dev stand-in for the held-out look.

Five rounds of phrase patterns written from dev misses carried poorly to held-out sources, and the dev
figure could not show it: every dev source had been read. This splits the DEV attack sources whole into a
BUILD half (texts a pattern author may read) and a CHECK half (only counted, never printed), so a construct
written from the build half is judged by what it adds on sources it was not written from.

The split (`halves`): the third-party dev attack sources, sorted by name, alternate build, check, build, ...
(deterministic, and about even in size and kind). Our own sources (those `committed()` loads: generated,
handwritten, translated, the patterns' own examples) and the encoded sets (`ENCODED_SOURCES`) are always
build: ours were written together with the patterns, and an encoded set's seeds come from third-party
sources of either half. Our blind-written sets that were held out and are dev after their looks
(`UNREAD_OWN_SETS`, since round 41) are always check: no rule's author has read them, and as third-party
names they would shift the alternation of every name sorted after them. Benign dev sources are all
readable (they are the false-positive budget).

`--swap` exchanges the two halves of the third-party sources (ours and the encoded sets stay build): two
authors can write constructs from opposite halves, each judged on the half the other reads, and a construct
can be required to carry both ways.

With `--base REF` the screen is also run, in the same process, with the patterns.yaml of git ref REF, and
each count is printed before -> after. Output is counts only: no text of any row is printed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any
from unittest import mock

from aiwatch.safety import injection, patterns

from bench.corpus.sources import ENCODED_SOURCES, UNREAD_OWN_SETS, Sample, committed, dev_only, load_all

BUILD, CHECK = "build", "check"
PATTERNS_PATH = "app/aiwatch/safety/patterns.yaml"


@cache
def own_sources() -> frozenset[str]:
    """Our own committed sources (no download)."""
    return frozenset(s.source for s in committed())


def halves(samples: Iterable[Sample], swap: bool = False) -> dict[str, str]:
    """Each dev attack source's half: third-party ones alternate by sorted name (check first when `swap`),
    ours and encoded are build, our unread blind-written sets (`UNREAD_OWN_SETS`) check."""
    names = sorted({s.source for s in samples if s.attack and s.split == "dev"})
    settled = own_sources() | set(ENCODED_SOURCES) | UNREAD_OWN_SETS
    third = [n for n in names if n not in settled]
    half = {n: CHECK if n in UNREAD_OWN_SETS else BUILD for n in names}
    half.update({n: (BUILD, CHECK)[(i + swap) % 2] for i, n in enumerate(third)})
    return half


def base_matcher(ref: str) -> Any:
    """The screen's matcher built, in this process, from the patterns.yaml of git ref `ref`."""
    text = subprocess.run(
        ["git", "show", f"{ref}:{PATTERNS_PATH}"], capture_output=True, text=True, check=True
    ).stdout
    ps = patterns.loads(text)
    with mock.patch.object(injection, "load", lambda: ps):
        return injection._matcher.__wrapped__()


def flags(texts: list[str], matcher: Any = None) -> list[bool]:
    """Whether the screen flags or blocks each text (with `matcher` in place of the shipped one
    when given, for the whole run)."""
    if matcher is None:
        return [not injection.check_prompt_injection(t)["safe"] for t in texts]
    with mock.patch.object(injection, "_matcher", lambda: matcher):
        return flags(texts)


def _cell(before: int | None, after: int, n: int) -> str:
    pct = f"{100 * after / n:.1f} %" if n else "-"
    return f"{after}/{n} ({pct})" if before is None else f"{before} -> {after} / {n} ({pct})"


def report(rows: list[Sample], after: list[bool], before: list[bool] | None, swap: bool = False) -> list[str]:
    """Counts per check-half source, per half, and for dev benign (changed benign sources listed)."""
    half = halves(rows, swap)
    tot: dict[str, Counter[str]] = {k: Counter() for k in ("n", "a", "b")}
    per: dict[str, Counter[tuple[str, bool]]] = {k: Counter() for k in ("n", "a", "b")}
    for i, r in enumerate(rows):
        key = half[r.source] if r.attack else "benign"
        for k, v in (("n", 1), ("a", after[i]), ("b", before[i] if before else 0)):
            tot[k][key] += v
            per[k][r.source, r.attack] += v  # a source may hold attacks and benign texts both
    out = []
    b = before is not None
    for src in sorted(s for s, h in half.items() if h == CHECK):
        key = (src, True)
        out.append(f"check  {src:28s} {_cell(per['b'][key] if b else None, per['a'][key], per['n'][key])}")
    for key in (BUILD, CHECK, "benign"):
        out.append(f"TOTAL  {key:28s} {_cell(tot['b'][key] if b else None, tot['a'][key], tot['n'][key])}")
    benign = sorted({r.source for r in rows if not r.attack})
    for src in benign:
        key = (src, False)
        if b and per["a"][key] != per["b"][key]:
            out.append(f"benign {src:28s} {_cell(per['b'][key], per['a'][key], per['n'][key])}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.split_check", description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="git ref whose patterns.yaml gives the 'before' column")
    parser.add_argument("--halves", action="store_true", help="only list each dev attack source's half")
    parser.add_argument("--swap", action="store_true", help="exchange the third-party sources' halves")
    args = parser.parse_args(argv)
    rows = dev_only(load_all()[0])
    if args.halves:
        for src, h in sorted(halves(rows, args.swap).items()):
            print(f"{h}\t{src}")
        return 0
    texts = [r.text for r in rows]
    before = flags(texts, base_matcher(args.base)) if args.base else None
    after = flags(texts)
    print("\n".join(report(rows, after, before, args.swap)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
