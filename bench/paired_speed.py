"""What a candidate's pattern entries cost the screen, paired: `python -m bench.paired_speed --without ID ...`.

A keep rule's speed check cites this module by name. One process holds two arms, each a Matcher of its
own built from the shipped patterns.yaml, parsed anew for each (so no compiled regex or DFA state is
shared): `on`, the entries as shipped, and `off`, the same without the named entries; `off2`, built
like `off`, is the A/A arm (injection.injection_matcher(ps=...)). check_prompt_injection runs with
each arm swapped in for the screen's Matcher: a mock.patch of injection._matcher, the one patch here,
kept so that the screen's signature and hot path stay as shipped; nothing else differs.

Inputs: every k-th dev benign text of < 1 KB and every k-th of >= 1 KB (UTF-8 bytes: the bench's
LONG_BYTES; "short" here is every text under it, not the bench's < SHORT_CHARS characters), each in
loader order (dev rows only: held-out rows are never screened), and the bench's 22 adversarial inputs
(bench_safety.adversarial); `--adversarial-only` times those 22 alone, without loading the corpus (a run
of R = 15 took 33-37 s on a 2-core host), for quick repeated runs on the inputs whose excess is read in
ms. Per round and per text, six ordered pairs take turns (ORDERS; the pair that starts rotates from
text to text and from round to round): A/A (off then off2, off2 then off), A/B (off then on, on then
off), and on against off2 in both orders, which only balances the schedule (below) and is not read. Each
arm screens the text once untimed right before its own timed call, so no arm inherits the other's warm
state. Round 49's rule warmed only the arm timed first, with the other arm's Matcher cold for that text:
the first arm read ~3.5x faster, and its one-order A/A "excess" (+240 %) was that bias alone. Time is
the thread's CPU time; each arm's figure is its median per input over R rounds.

Every arm is in four of the six pairs, so each screens each text 8 times a round (4 untimed, 4 timed).
Until round 51 there were four pairs, the A/A and A/B orders alone: `off`, in all four, screened each
text 8 times a round, `on` and `off2` 4 times, and `off` read fast. On 2026-12-06 on a quiet host (round
50's entry as the candidate, k = 8, R = 6) A/A read +4.00 % short / +8.29 % >= 1 KB with the arms built
once and +33.06 % / +21.60 % with `--rebuild` (k = 16: +26.95 / +17.76 %), the fast readings in the
orders timing `off` first, and A/B read about what A/A read (+5.20 / +9.40 %; +41.04 / +22.24 %). Our
reading (not yet tested): RE2's lazily built DFA fills in over searches, and the arm that searched twice
as often had the fuller cache when timed, a bias that belongs to an arm, not to an order, which the
geometric mean keeps. Now the counts are equal, and the six pairs take turns in a cycle in which no pair
ends with the arm that starts the next (no arm's untimed call runs on from its own timed one) and, over
its six rotations, each comparison's two arms (both orders pooled) are timed at their 2nd, 4th, 6th and
8th screen of the text in the round, three times each: a warm state growing with those counts falls on
both arms of a comparison alike and cancels in the geometric mean. (Listed in the order above, A/A then
A/B then on/off2, the six pairs do not: in A/A off would be timed after 3.3 screens of its own of the
text on average, counting the untimed one, off2 after 4.7; the four pairs until now gave off 4 and off2
2.) One text in one round gets one rotation of six, so an adversarial input's figure is balanced when R
is a multiple of 6; the short and long figures are over thousands of texts, every rotation about equally
often. on against off2 is not reported: it would be a second A/B with the build noise A/A already reads,
and the report keeps the figures a keep rule cites. A round takes 1.5x the four pairs' screens.

Arms are built once for the run, or with `--rebuild` afresh at the start of every round (a new parse of
patterns.yaml and a new Matcher for each arm, as `arms()` builds them; untimed, ~25 s a round on a 2-core
host), the round's timing using those builds. Round 50 read, on texts of >= 1 KB, two builds of the SAME
patterns (off and off2) ~10 % apart on a quiet host (A/A +10.04 %; orders +38.7 / -12.7 %): the geometric
mean removes the order factor, and what was left followed the build, so one build per arm could not
resolve a candidate's long-text cost below ~10 %. Rebuilt each round, an arm's median per input is taken
over R builds, not one. The previous round's arms are dropped and collected before the next are built, so
memory stays flat.

Figures per comparison (A/A: off2 against off; A/B: on against off): over the short texts the median
per call, over the texts of >= 1 KB the total, and on each adversarial input its median, each as a
ratio per order, the two orders combined by their geometric mean. A bias that multiplies the time of
the arm timed first (or second) by f gives the ratios r*f and r/f, whose geometric mean is r: it
cancels whatever f. The arithmetic mean of the two percentages does not: it is r*(f + 1/f)/2 - 1,
never below r - 1 (round 49's data: +280.73 % and -70.03 % read +105.35 % where the geometric mean
is +6.82 %). An adversarial input's excess in ms is (combined ratio - 1) times its off median (the
mean of the two orders').
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from unittest import mock

from aiwatch.safety import injection, patterns
from aiwatch.safety.engine import Matcher
from aiwatch.safety.patterns import PatternSet

from bench.bench_safety import LONG_BYTES, adversarial
from bench.corpus.sources import Sample, dev_only, load_all

EVERY = 4
ROUNDS = 5
# The ordered pairs timed per text, (first, second), in the order they take turns: A/A, A/B and on/off2,
# each in both orders, so that every arm is in four; this cycle balances each comparison's warm states
# (module docstring; test_paired_speed checks it). on/off2 is timed for the balance, not read.
ORDERS = (
    ("off", "off2"),
    ("off", "on"),
    ("off2", "off"),
    ("on", "off2"),
    ("on", "off"),
    ("off2", "on"),
)
# (base, candidate) of each comparison: its ratio is candidate / base in either order.
COMPARISONS = {"aa": ("off", "off2"), "ab": ("off", "on")}


def pattern_set(without: Collection[str] = ()) -> PatternSet:
    """The shipped patterns.yaml, parsed anew (regexes of its own), without the injection entries
    named; ValueError naming any id the file does not have."""
    ps = patterns.load.__wrapped__()  # load() without its cache: the shipped file, a parse of its own
    unknown = sorted(set(without) - {p.id for p in ps.injection_patterns})
    if unknown:
        raise ValueError(f"no injection pattern with id: {', '.join(unknown)}")
    families = tuple(
        replace(f, patterns=tuple(p for p in f.patterns if p.id not in without)) for f in ps.families
    )
    return replace(ps, families=families)


def matcher(ps: PatternSet) -> Matcher:
    """The screen's Matcher (injection.injection_matcher) built from ps instead of the shipped set."""
    return injection.injection_matcher(ps=ps)


def arms(without: Collection[str]) -> dict[str, Matcher]:
    """on (as shipped), off and off2 (without the entries named), each built on its own."""
    return {
        "on": matcher(pattern_set()),
        "off": matcher(pattern_set(without)),
        "off2": matcher(pattern_set(without)),
    }


def screen(arm: Matcher, text: str) -> dict[str, object]:
    """check_prompt_injection(text) with arm as the screen's Matcher (tests; the timing swaps arms in
    one patch for the whole run)."""
    with mock.patch.object(injection, "_matcher", lambda: arm):
        return injection.check_prompt_injection(text)


@dataclass(frozen=True)
class Inputs:
    """The timed texts, in the order their figures read them: short, long, adversarial."""

    short: list[str]
    long: list[str]
    adversarial: dict[str, str] = field(default_factory=dict)

    def texts(self) -> list[str]:
        return [*self.short, *self.long, *self.adversarial.values()]


def dev_benign(samples: Iterable[Sample], every: int) -> tuple[list[str], list[str]]:
    """Every `every`-th dev benign text of < LONG_BYTES and every `every`-th of more, in loader order.
    "Short" here is every text under LONG_BYTES (1 KB), not the bench's < SHORT_CHARS characters
    (bench_safety.by_length, which leaves the texts between the two out)."""
    if every < 1:
        raise ValueError(f"every must be 1 or more, not {every}")
    texts = [s.text for s in dev_only(list(samples)) if not s.attack]
    short = [t for t in texts if len(t.encode()) < LONG_BYTES]
    long_ = [t for t in texts if len(t.encode()) >= LONG_BYTES]
    return short[::every], long_[::every]


def select(samples: Iterable[Sample], every: int) -> Inputs:
    """dev_benign's texts and the bench's adversarial inputs."""
    short, long_ = dev_benign(samples, every)
    return Inputs(short, long_, adversarial())


def adversarial_only() -> Inputs:
    """The bench's adversarial inputs alone (no corpus: nothing to load, no held-out row near)."""
    return Inputs([], [], adversarial())


def _built(build: Callable[[], dict[str, Matcher]]) -> dict[str, Matcher]:
    """build()'s arms, the collector's work done before any timed call: garbage (a previous round's
    arms) collected, then everything held (the corpus, the arms) frozen, so that no full collection
    walks it inside a timed call."""
    gc.unfreeze()
    gc.collect()
    matchers = build()
    gc.collect()
    gc.freeze()
    return matchers


def paired_medians(
    build: Callable[[], dict[str, Matcher]],
    texts: Sequence[str],
    rounds: int,
    rebuild: bool = False,
    orders: Sequence[tuple[str, str]] = ORDERS,
    progress: Callable[[str], object] = lambda _: None,
) -> dict[tuple[str, str], dict[str, list[float]]]:
    """Median thread CPU ns per text of each arm in each ordered pair: per round and text, the pairs
    take turns (rotating), and each arm screens the text untimed right before its own timed call.
    `build` gives the arms (name -> Matcher, as `arms()`), called untimed before the first round, or
    with `rebuild` at the start of every round, the previous round's arms dropped first; `progress` is
    told after each round (a run with the whole dev sample takes minutes)."""
    if rounds < 1:
        raise ValueError(f"rounds must be 1 or more, not {rounds}")
    times = {o: {a: [[] for _ in texts] for a in o} for o in orders}
    check, clock = injection.check_prompt_injection, time.thread_time_ns
    matchers: dict[str, Matcher] = {}
    current: list[Matcher | None] = [None]
    try:
        with mock.patch.object(injection, "_matcher", lambda: current[0]):
            for rnd in range(rounds):
                if rnd == 0 or rebuild:
                    matchers, current[0] = {}, None  # the previous round's arms, dropped before building
                    matchers = _built(build)
                for i, text in enumerate(texts):
                    for j in range(len(orders)):
                        order = orders[(i + j + rnd) % len(orders)]
                        for name in order:
                            current[0] = matchers[name]
                            check(text)  # untimed: this arm's own states for this text
                            t0 = clock()
                            check(text)
                            times[order][name][i].append(clock() - t0)
                progress(f"round {rnd + 1} of {rounds} done" + (" (arms built afresh)" if rebuild else ""))
    finally:
        gc.unfreeze()
    return {o: {a: [statistics.median(v) for v in per] for a, per in d.items()} for o, d in times.items()}


def combine(first: float, second: float) -> float:
    """One ratio from the two orders' ratios: their geometric mean (cancels an order's factor)."""
    return math.sqrt(first * second)


def _pct(ratio: float | None) -> float | None:
    return None if ratio is None else 100 * (ratio - 1)


@dataclass(frozen=True)
class Figures:
    """One comparison's excess of the candidate arm over the base arm (percent; None: no such input)."""

    short_median_pct: float | None
    long_total_pct: float | None
    # the base arm's short median per call (µs) and long total (ms), the mean of the two orders'
    short_off_us: float | None
    long_off_ms: float | None
    short_orders_pct: tuple[float | None, float | None]
    long_orders_pct: tuple[float | None, float | None]
    # adversarial input -> {"excess_ms", "off_ms", "excess_pct"}
    adversarial: dict[str, dict[str, float]]


def figures(inputs: Inputs, per_order: Sequence[tuple[list[float], list[float]]]) -> Figures:
    """Figures from the (base, candidate) medians per input of each of the two orders."""
    n_short, n_long = len(inputs.short), len(inputs.long)
    short = slice(0, n_short)
    long_ = slice(n_short, n_short + n_long)

    def short_ratio(base: list[float], cand: list[float]) -> float | None:
        return statistics.median(cand[short]) / statistics.median(base[short]) if n_short else None

    def long_ratio(base: list[float], cand: list[float]) -> float | None:
        return sum(cand[long_]) / sum(base[long_]) if n_long else None

    s = [short_ratio(b, c) for b, c in per_order]
    lo = [long_ratio(b, c) for b, c in per_order]
    adv: dict[str, dict[str, float]] = {}
    for k, name in enumerate(inputs.adversarial, n_short + n_long):
        g = combine(*(c[k] / b[k] for b, c in per_order))
        off_ms = statistics.fmean(b[k] for b, _ in per_order) / 1e6
        adv[name] = {"excess_ms": (g - 1) * off_ms, "off_ms": off_ms, "excess_pct": 100 * (g - 1)}
    return Figures(
        short_median_pct=None if s[0] is None or s[1] is None else _pct(combine(s[0], s[1])),
        long_total_pct=None if lo[0] is None or lo[1] is None else _pct(combine(lo[0], lo[1])),
        short_off_us=statistics.fmean(statistics.median(b[short]) for b, _ in per_order) / 1e3
        if n_short
        else None,
        long_off_ms=statistics.fmean(sum(b[long_]) for b, _ in per_order) / 1e6 if n_long else None,
        short_orders_pct=(_pct(s[0]), _pct(s[1])),
        long_orders_pct=(_pct(lo[0]), _pct(lo[1])),
        adversarial=adv,
    )


def compare(inputs: Inputs, medians: dict[tuple[str, str], dict[str, list[float]]]) -> dict[str, Figures]:
    """A/A and A/B figures from paired_medians' output (each comparison's two orders)."""
    out = {}
    for key, (base, cand) in COMPARISONS.items():
        per_order = [(medians[o][base], medians[o][cand]) for o in ((base, cand), (cand, base))]
        out[key] = figures(inputs, per_order)
    return out


def report(
    without: Sequence[str],
    every: int | None,
    rounds: int,
    inputs: Inputs,
    result: dict[str, Figures],
    load: tuple[tuple[float, ...], tuple[float, ...]] = ((), ()),
    rebuild: bool = False,
) -> dict:
    """The figures a keep rule cites, as JSON-ready data (`load`: the load averages before and after;
    `every` None: the adversarial inputs alone; `rebuild`: arms built afresh for each round)."""
    return {
        "without": list(without),
        "every": every,
        "rounds": rounds,
        "rebuild": rebuild,
        "load_before": list(load[0]),
        "load_after": list(load[1]),
        "inputs": {
            "short": len(inputs.short),
            "long": len(inputs.long),
            "adversarial": len(inputs.adversarial),
        },
        "combined_by": "geometric mean of the two orders' ratios",
        **{key: asdict(f) for key, f in result.items()},
    }


def _f(pct: float | None) -> str:
    return "n/a" if pct is None else f"{pct:+.2f} %"


def _load(avg: list[float]) -> str:
    return " ".join(f"{x:.2f}" for x in avg) or "n/a"


def text_report(data: dict) -> str:
    """The report as lines of text."""
    n = data["inputs"]
    benign = (
        "no dev benign text (--adversarial-only)"
        if data["every"] is None
        else f"every k-th dev benign text (k = {data['every']}): {n['short']} short (< {LONG_BYTES} bytes), "
        f"{n['long']} of >= {LONG_BYTES} bytes"
    )
    lines = [
        f"paired speed: check_prompt_injection, on = shipped patterns.yaml, off = without {', '.join(data['without'])}",
        f"inputs: {benign}; {n['adversarial']} adversarial; {data['rounds']} rounds, thread CPU time, median per input",
        "arms: "
        + (
            "built afresh at the start of each round (--rebuild)"
            if data["rebuild"]
            else "built once for the run"
        ),
        f"orders combined by the {data['combined_by']}; load average before {_load(data['load_before'])}, "
        f"after {_load(data['load_after'])}",
    ]
    for key, label in (("aa", "A/A (off2 vs off)"), ("ab", "A/B (on vs off)")):
        f = data[key]
        lines.append(
            f"{label}: short median per call {_f(f['short_median_pct'])} "
            f"(orders {_f(f['short_orders_pct'][0])} / {_f(f['short_orders_pct'][1])}); "
            f">= 1 KB total {_f(f['long_total_pct'])} "
            f"(orders {_f(f['long_orders_pct'][0])} / {_f(f['long_orders_pct'][1])})"
        )
    off = data["ab"]
    lines.append(
        "off arm: short median per call "
        + ("n/a" if off["short_off_us"] is None else f"{off['short_off_us']:.1f} µs")
        + ", >= 1 KB total "
        + ("n/a" if off["long_off_ms"] is None else f"{off['long_off_ms']:.1f} ms")
    )
    lines.append("adversarial: off median ms, A/B excess ms, A/A excess ms")
    for name, ab in data["ab"]["adversarial"].items():
        aa = data["aa"]["adversarial"][name]
        lines.append(
            f"  {name:45s} off {ab['off_ms']:9.3f}  A/B {ab['excess_ms']:+.3f}  A/A {aa['excess_ms']:+.3f}"
        )
    return "\n".join(lines) + "\n"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="python -m bench.paired_speed", description=(__doc__ or "").splitlines()[0], allow_abbrev=False
    )
    ap.add_argument("--without", nargs="+", required=True, metavar="ID", help="the candidate's pattern ids")
    ap.add_argument("--every", type=int, metavar="K", help=f"every K-th text (default {EVERY})")
    ap.add_argument(
        "--adversarial-only",
        action="store_true",
        help="time the bench's 22 adversarial inputs alone (no corpus load): quick repeated runs",
    )
    ap.add_argument("--rounds", type=int, default=ROUNDS, metavar="R", help=f"rounds (default {ROUNDS})")
    ap.add_argument(
        "--rebuild",
        action="store_true",
        help="build every arm afresh (new parse, new Matcher) at the start of each round, untimed",
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if args.adversarial_only and args.every is not None:
        ap.error("--every picks dev texts, which --adversarial-only leaves out")
    if args.every is None and not args.adversarial_only:
        args.every = EVERY
    if args.every is not None and args.every < 1:
        ap.error(f"--every must be 1 or more, not {args.every}")
    if args.rounds < 1:
        ap.error(f"--rounds must be 1 or more, not {args.rounds}")
    try:
        pattern_set(args.without)
    except ValueError as exc:
        ap.error(f"--without: {exc}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    # held-out rows: dropped by dev_benign, never screened
    inputs = adversarial_only() if args.adversarial_only else select(load_all()[0], args.every)
    before = os.getloadavg()
    # The process holds the corpus: paired_medians freezes it with the arms (gc), out of the timed calls.
    medians = paired_medians(
        lambda: arms(args.without),
        inputs.texts(),
        args.rounds,
        rebuild=args.rebuild,
        progress=lambda m: print(m, file=sys.stderr),
    )
    load = (before, os.getloadavg())
    data = report(
        args.without, args.every, args.rounds, inputs, compare(inputs, medians), load, rebuild=args.rebuild
    )
    sys.stdout.write(json.dumps(data, indent=1) + "\n" if args.json else text_report(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
