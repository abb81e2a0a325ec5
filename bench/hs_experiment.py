"""Hyperscan as a prefilter for the long-text Set passes: an experiment (round 29), not kept.

A text over `prefilter_max_bytes` meets the injection Matcher's long layout: ~17 RE2 Set passes
over its bytes, ~76 % of its screening time (round 28). Here one Hyperscan database (block mode)
holds every entry of those Sets, compiled with HS_FLAG_PREFILTER (a relaxed program that may match
more, never less), HS_FLAG_SINGLEMATCH and HS_FLAG_UTF8: one pass gives the entries that CAN match,
and only those are confirmed with their own RE2 regex. Sources are relaxed first (`relax`: the
macros' separator class, ~77 % of the expanded text, becomes a shorter class that matches more;
embedded ^ and $ alternatives become empty ones). An entry Hyperscan still rejects is replaced by
the alternation of its prefilter atoms (prefilter.py); an entry without atoms is confirmed on every
text.

Measured (hyperscan 0.9.1, shared 2-core host, thread CPU, paired in one process):
* 419 entries: 415 accepted as prefilters after `relax` (without it 14 of the first 201 were too
  long, 3 had embedded anchors), 3 by their atoms, 1 on every text.
* Compiling the database: ~20 min wall (~10 min CPU, 1.6 GB RSS); 70 MiB serialised; `loadb`
  44-83 ms. Compiled one by one, 70 entries took 839 of the 913 s.
* The bench's 1,628 benign dev texts >= 1 KB, median per KB, two runs: RE2 Sets 198 / 364 us, the
  Hyperscan pass alone 585 / 686 us, with confirmation 687 / 857 us (3.5x / 2.4x the Sets; load
  average 5-8 on 2 cores). 25 candidates per text (median), 0.41 confirmed. A database of the 348 entries that compile in under 1 s alone: 107 us per KB
  for the pass, 7 candidates per text; each entry alone costs 0.4-9 us per KB (0.76 median).
* Adversarial inputs (~100 KB): the Sets 1-44 ms, Hyperscan with confirmation 9-259 ms
  ("repeated 'ignore '": 2.05 -> 76 ms).
* Exact: on all 41,768 texts `bench.decision_hash` screens, the candidates hold every entry the
  Sets report, and the confirmed ones are exactly those.

Needs the `hyperscan` package (not a dependency of the project): put its wheel's contents on
PYTHONPATH. Dev texts only (`dev_only`); held-out texts are never read. The optional second
argument is a cache file for the per-entry compile results and the database.

    PYTHONPATH=.:app:/path/to/hyperscan python -m bench.hs_experiment {compile|exact|speed|adversarial} [CACHE]
"""

from __future__ import annotations

import gc
import hashlib
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import hyperscan
import re2
from aiwatch.safety import injection
from aiwatch.safety.gloss import load as load_glossary
from aiwatch.safety.model import load as load_model
from aiwatch.safety.normalise import normalise
from aiwatch.safety.patterns import GLOSS_CUES, re2_options
from aiwatch.safety.prefilter import atom_regex, atoms_of

FLAGS = hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_UTF8


def long_entries() -> tuple[Any, dict[int, str], list[tuple[tuple[int, ...], tuple[bytes, ...]]]]:
    """The injection Matcher, the RE2 source of each global id (patterns, then signals, as
    `injection._matcher` builds them) and the long layout's Sets (their ids, their script need)."""
    m = injection._matcher()
    signals = (*injection.SIGNALS, (GLOSS_CUES, load_glossary().cue_regex()), *load_model().cue_signals())
    assert tuple(name for name, _ in signals) == m.signals
    n = len(m.patterns)
    src = {i: p.source for i, p in enumerate(m.patterns)} | {n + j: s for j, (_, s) in enumerate(signals)}
    return m, src, [(index, need) for _, index, need in m._long]


# The separator class of patterns.yaml's macros (between words: no ASCII letter or digit) is ~77 %
# of the expanded sources' text, and puts many over Hyperscan's pattern length limit (16,000). A
# class that matches more is a relaxation (a regex built of it matches a superset of the texts),
# which is all a prefilter needs: the separator becomes "no ASCII letter or digit", its negation
# "an ASCII letter or digit, or any other character".
SEP = (
    r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\x{a0}-\x{bf}\x{d7}\x{f7}\x{2000}-\x{2bff}"
    r"\x{3000}-\x{303f}\x{fe10}-\x{fe6f}\x{ff01}-\x{ff0f}\x{1f000}-\x{1faff}]"
)
RELAX = (
    (SEP, r"[^0-9A-Za-z]"),
    ("[^" + SEP[1:], r"[0-9A-Za-z\x{80}-\x{10ffff}]"),
    ("(?:^|", "(?:|"),
    ("(?:$|", "(?:|"),
    ("|$)", "|)"),
)


def relax(source: str) -> str:
    """A regex matching every text the source matches (and more): RELAX's replacements."""
    for old, new in RELAX:
        source = source.replace(old, new)
    return source


def compile_one(source: str, flags: int) -> str | None:
    """None when Hyperscan compiles the source alone with flags, else its error."""
    try:
        hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK).compile(
            expressions=[source.encode()], ids=[0], flags=[flags]
        )
    except hyperscan.error as e:
        return str(e)
    return None


def plan(
    src: dict[int, str], ids: Sequence[int], log: Callable[[str], None] = print, cache: str = ""
) -> dict[int, str | None]:
    """Per id, what the database holds for it: its own source (accepted as a prefilter), the
    alternation of its atoms (rejected), or None (no atoms: confirmed on every text). `cache`: a
    JSON file of each source's compile error by digest (compiling them one by one takes minutes)."""
    need = dict(zip(ids, atoms_of(src[i] for i in ids), strict=True))
    known: dict[str, str] = json.loads(Path(cache).read_text()) if cache and Path(cache).exists() else {}
    out: dict[int, str | None] = {}
    for i in ids:
        t = time.perf_counter()
        key = hashlib.sha1(relax(src[i]).encode()).hexdigest()
        if key not in known:
            known[key] = compile_one(relax(src[i]), FLAGS) or ""
        err = known[key] or None
        if err is None:
            out[i] = relax(src[i])
        else:
            atoms = need[i]
            alt = "|".join(sorted({atom_regex(a) for a in atoms})) if atoms else None
            out[i] = None if alt is None or compile_one(alt, FLAGS) else alt
        log(f"{i}\t{time.perf_counter() - t:.3f}s\t{len(src[i])}\t{err or 'ok'}")
    if cache:
        Path(cache).write_text(json.dumps(known))
    return out


class Prefilter:
    """One Hyperscan database over the long Sets' entries and their RE2 confirmation."""

    def __init__(self, src: dict[int, str], sets: list[tuple[tuple[int, ...], tuple[bytes, ...]]],
                 chosen: dict[int, str | None], db_cache: str = "") -> None:  # fmt: skip
        self.need = {i: need for index, need in sets for i in index}
        self.always = tuple(sorted(i for i, s in chosen.items() if s is None))
        kept = sorted(i for i, s in chosen.items() if s is not None)
        t = time.perf_counter()
        exprs = [chosen[i].encode() for i in kept]  # type: ignore[union-attr]
        key = hashlib.sha1(repr((kept, exprs, FLAGS)).encode()).hexdigest()
        stored = Path(f"{db_cache}.{key}") if db_cache else None
        self.cached = stored is not None and stored.exists()
        if stored is not None and self.cached:
            self.db = hyperscan.loadb(stored.read_bytes(), hyperscan.HS_MODE_BLOCK)
        else:
            self.db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            self.db.compile(expressions=exprs, ids=kept, flags=[FLAGS] * len(kept))
            if stored is not None:
                stored.write_bytes(hyperscan.dumpb(self.db))
        self.compile_s = time.perf_counter() - t
        self.scratch = hyperscan.Scratch(self.db)
        self.regex = {i: re2.compile(src[i], re2_options()) for i in chosen}

    def candidates(self, data: bytes) -> list[int]:
        """Ids whose prefilter matches data (a superset of those whose regex does), then the
        atom-less ones."""
        found: list[int] = []

        def on(i: int, start: int, end: int, flags: int, ctx: object) -> None:
            found.append(i)

        self.db.scan(data, match_event_handler=on, scratch=self.scratch)
        return found + list(self.always)

    def confirm(self, data: bytes, cands: list[int]) -> list[int]:
        """The candidates whose own RE2 regex matches data (a script entry only on a text holding
        its script, as the Set pass)."""
        out = []
        ascii_text = data.isascii()
        for i in cands:
            need = self.need[i]
            if need and (ascii_text or not any(b in data for b in need)):
                continue
            if self.regex[i].search(data) is not None:
                out.append(i)
        return out

    def search(self, data: bytes) -> list[int]:
        """What the long Sets would report on data, by the pass and its confirmation."""
        return sorted(self.confirm(data, self.candidates(data)))


def set_pass(m: Any, data: bytes) -> list[int]:
    """What the long layout's RE2 Sets report on data, every Set run (no gate, no settle)."""
    out: list[int] = []
    ascii_text = data.isascii()
    for match, index, need in m._long:
        if need and (ascii_text or not any(b in data for b in need)):
            continue
        out += [index[j] for j in match(data) or ()]
    return sorted(out)


def long_texts() -> list[bytes]:
    """The bench's benign dev texts of 1 KB and more, normalised as the screen sees them."""
    from bench.bench_safety import real_prompts
    from bench.corpus.sources import dev_only, load_all

    return [normalise(t, False).data for t in real_prompts(dev_only(load_all()[0]))[1]]


def pct(xs: list[float], q: float) -> float:
    """The q-quantile of xs (nearest rank), as the bench reports p99."""
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def speed(pf: Prefilter, m: Any, texts: list[bytes], rounds: int = 5) -> None:
    """Paired, thread CPU time per KB: the Sets' pass against the Hyperscan pass (+ confirmation)."""
    for d in texts:  # warm both
        set_pass(m, d), pf.search(d)
    gc.freeze()
    sets, hs_only, hs_conf, ncand, nconf = [], [], [], [], []
    clock = time.thread_time_ns
    for k, d in enumerate(texts):
        kb = len(d) / 1024
        a: list[int] = []
        b: list[int] = []
        c: list[int] = []
        for r in range(rounds):
            order = (0, 1) if (k + r) % 2 else (1, 0)
            for which in order:
                if which == 0:
                    t = clock()
                    set_pass(m, d)
                    a.append(clock() - t)
                else:
                    t = clock()
                    cands = pf.candidates(d)
                    t1 = clock()
                    pf.confirm(d, cands)
                    t2 = clock()
                    b.append(t1 - t)
                    c.append(t2 - t)
        sets.append(statistics.median(a) / 1e3 / kb)
        hs_only.append(statistics.median(b) / 1e3 / kb)
        hs_conf.append(statistics.median(c) / 1e3 / kb)
        cands = pf.candidates(d)
        ncand.append(len(cands))
        nconf.append(len(pf.confirm(d, cands)))
    for name, xs in (("RE2 Sets", sets), ("HS pass", hs_only), ("HS + confirm", hs_conf)):
        print(
            f"{name}: median {statistics.median(xs):.1f} us/KB, mean {statistics.mean(xs):.1f}, p99 {pct(xs, 0.99):.1f}"
        )
    print(f"candidates per text: median {statistics.median(ncand)}, mean {statistics.mean(ncand):.1f}, "
          f"p99 {pct(ncand, 0.99)}; confirmed: mean {statistics.mean(nconf):.2f}")  # fmt: skip


def adversarial(pf: Prefilter, m: Any, rounds: int = 7) -> None:
    """The bench's adversarial inputs: ms of thread CPU time, paired, per input."""
    from bench.bench_safety import adversarial as inputs

    clock = time.thread_time_ns
    for name, text in inputs().items():
        d = normalise(text, False).data
        set_pass(m, d), pf.search(d)
        a: list[int] = []
        b: list[int] = []
        c: list[int] = []
        for r in range(rounds):
            for which in (0, 1) if r % 2 else (1, 0):
                t = clock()
                if which == 0:
                    set_pass(m, d)
                    a.append(clock() - t)
                else:
                    cands = pf.candidates(d)
                    t1 = clock()
                    pf.confirm(d, cands)
                    b.append(t1 - t)
                    c.append(clock() - t)
        cands = pf.candidates(d)
        print(
            f"{name[:40]:40} {len(d) / 1024:6.0f} KB  Sets {statistics.median(a) / 1e6:.2f} ms  "
            f"HS {statistics.median(b) / 1e6:.2f}  HS+confirm {statistics.median(c) / 1e6:.2f}  "
            f"candidates {len(cands)} confirmed {len(pf.confirm(d, cands))}"
        )


def main(argv: list[str]) -> None:
    """compile (per-entry log), exact (against the Sets on every dev text), speed or adversarial."""
    what = argv[0] if argv else "speed"
    m, src, sets = long_entries()
    ids = sorted({i for index, _ in sets for i in index})
    cache = argv[1] if len(argv) > 1 else ""
    chosen = plan(src, ids, log=print if what == "compile" else lambda s: None, cache=cache)
    own = sum(1 for i in ids if chosen[i] == relax(src[i]))
    print(f"{len(ids)} entries: {own} as prefilters, {sum(1 for i in ids if chosen[i] not in (None, relax(src[i])))} "
          f"by their atoms, {sum(1 for i in ids if chosen[i] is None)} on every text")  # fmt: skip
    pf = Prefilter(src, sets, chosen, db_cache=cache)
    blob = hyperscan.dumpb(pf.db)
    t = time.perf_counter()
    hyperscan.loadb(blob, hyperscan.HS_MODE_BLOCK)
    print(f"database: {'loaded' if pf.cached else 'compiled'} in {pf.compile_s:.1f} s, {len(blob) / 2**20:.2f} MiB serialised, "
          f"loadb {1e3 * (time.perf_counter() - t):.1f} ms")  # fmt: skip
    if what == "exact":
        from bench.decision_hash import dev_texts

        bad = 0
        texts = dev_texts()
        for k, text in enumerate(texts):
            d = normalise(text, False).data
            want = set(set_pass(m, d))
            cands = set(pf.candidates(d))
            if not want <= cands or sorted(want) != pf.search(d):
                bad += 1
                print("MISS", k, sorted(want - cands))
        print(f"exactness: {len(texts)} dev texts, {bad} where the candidates miss or the result differs")
    elif what == "speed":
        speed(pf, m, long_texts())
    elif what == "adversarial":
        adversarial(pf, m)


if __name__ == "__main__":
    main(sys.argv[1:])
