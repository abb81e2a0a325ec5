"""/metrics text and /api/metrics totals from the multiprocess files, fast at 10,000s of label sets.

prometheus_client's MultiProcessCollector re-parses every file and every key
on every collection and builds a Sample object per series: about a second for
1,000 label sets (50,000 series). Here the files are read incrementally
(aiwatch.mpfiles) and the output is laid out once: each family's lines, the
text before each value and which buckets add up to which line are kept, and
only a family that gained series is laid out again. A scrape then fills in the
values (C-level: itemgetter, map, join; float texts are cached, since counts
recur) and returns the same bytes when no value changed.

Totals add up samples in prometheus_client's order, so each equals the float
summing MultiProcessCollector's samples gives (tests compare them exactly).
"""

from __future__ import annotations

import gc
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import reduce
from itertools import accumulate, chain
from operator import add
from typing import NamedTuple

from prometheus_client.utils import floatToGoString

from .mpfiles import File, Getter, Key, MultiprocessFiles, Read, getter

_GAUGE_MODES = {"min": min, "livemin": min, "max": max, "livemax": max}

# A total's name for a sample (name, labels), or None to leave the sample out (see `totals`).
TotalKey = Callable[[str, Mapping[str, str]], str | None]


def _fmt(v: float) -> str:
    return repr(v) if v - v == 0 else floatToGoString(v)


class _Texts(dict):
    """float -> its text in the exposition and a newline, encoded. Kept across scrapes (bounded):
    most values, counts above all, recur within a scrape and from one scrape to the next, and a
    lookup costs a fraction of formatting a float."""

    MAX = 100_000

    def __missing__(self, v: float) -> bytes:
        if len(self) >= self.MAX:
            self.clear()
        text = self[v] = f"{_fmt(v)}\n".encode()
        return text


class _Hist(NamedTuple):
    buckets: Getter  # every bucket of the family, label set by label set, by le
    sizes: tuple[int, ...]  # buckets per label set
    sums: Getter  # the _sum of each label set that has one
    has_sum: tuple[bool, ...]
    uniform: bool  # every label set has the same number (> 0) of buckets and a sum: the usual case


class _Set(NamedTuple):
    """A label set of a family: its series (histograms: buckets by le) and a histogram's _sum."""

    labels: str
    sids: list[int]
    sum_sid: int | None


@dataclass
class _Family:
    """One metric family's part of the output. Series of new label sets are appended to it; anything
    else (a series joining a label set already laid out) lays the family out again."""

    name: str
    kind: str
    help: str
    sids: list[int] = field(default_factory=list)  # in the order this reader first saw them
    segment: Getter | _Hist | None = None
    prefixes: list[bytes] = field(default_factory=list)  # per line: the text before its value
    lines: list[tuple[str, int, str | None]] = field(default_factory=list)  # sample, set index, le
    sets: list[_Set] = field(default_factory=list)
    version: int = 0  # + 1 each time the family is laid out afresh (lines replaced, not appended)
    # what the segment is made from, kept for appending
    _index: dict[str, int] = field(default_factory=dict)  # rendered labels -> set number
    _order: list[int] = field(default_factory=list)  # scalar: sids in line order
    _buckets: list[int] = field(default_factory=list)  # histogram: bucket sids in line order
    _sums: list[int] = field(default_factory=list)
    _sizes: list[int] = field(default_factory=list)
    _has_sum: list[bool] = field(default_factory=list)

    def add(self, sids: list[int], keys: list[Key]) -> None:
        by_labels: dict[str, list[int]] = {}
        for sid in sids:
            by_labels.setdefault(keys[sid].labels, []).append(sid)
        self.sids += sids
        if any(labels in self._index for labels in by_labels):
            self._rebuild(keys)
            return
        prefixes: list[str] = []
        for labels, members in by_labels.items():
            self._append_set(labels, members, keys, prefixes)
        if not self.prefixes:
            prefixes[0] = "".join(_headers(self.name, self.kind, self.help)) + prefixes[0]
        self.prefixes += [p.encode("utf-8") for p in prefixes]
        if self.kind != "histogram":
            self.segment = getter(self._order)
        else:
            sizes = self._sizes
            uniform = all(self._has_sum) and sizes[0] > 0 and sizes.count(sizes[0]) == len(sizes)
            self.segment = _Hist(
                getter(self._buckets), tuple(sizes), getter(self._sums), tuple(self._has_sum), uniform
            )

    def _rebuild(self, keys: list[Key]) -> None:
        sids, version = self.sids, self.version + 1
        self.__init__(self.name, self.kind, self.help, version=version)  # type: ignore[misc]
        self.add(sids, keys)

    def _append_set(self, labels: str, members: list[int], keys: list[Key], prefixes: list[str]) -> None:
        n = self._index[labels] = len(self.sets)
        lab = f"{{{labels}}}" if labels else ""
        if self.kind != "histogram":
            for sid in members:
                prefixes.append(f"{keys[sid].sample}{lab} ")
                self.lines.append((keys[sid].sample, n, None))
            self._order += members
            self.sets.append(_Set(labels, members, None))
            return
        fam, sep = self.name, "," if labels else ""
        buckets = [s for _le, s in sorted((keys[s].le, s) for s in members if keys[s].le is not None)]
        sums = [s for s in members if keys[s].le is None]
        for s in buckets:
            le = keys[s].le_text
            prefixes.append(f'{fam}_bucket{{{labels}{sep}le="{le}"}} ')
            self.lines.append((f"{fam}_bucket", n, le))
        if buckets:
            prefixes.append(f"{fam}_count{lab} ")
            self.lines.append((f"{fam}_count", n, None))
        if sums:
            prefixes.append(f"{fam}_sum{lab} ")
            self.lines.append((f"{fam}_sum", n, None))
            self._sums.append(sums[0])
        self._buckets += buckets
        self._sizes.append(len(buckets))
        self._has_sum.append(bool(sums))
        self.sets.append(_Set(labels, buckets, sums[0] if sums else None))


class _Layout(NamedTuple):
    """The families in output order and the text around the values; a new one when anything changes."""

    families: list[_Family]
    segments: list[Getter | _Hist]
    # for each line what precedes its value, then a slot for the value (filled by each render);
    # the last part: the gauges
    parts: list[bytes]


class _Gauge(NamedTuple):
    family: str
    help: str
    sample: str
    labels: str
    sid: int
    pid: str | None  # set for the modes that keep one series per process
    value: float


@dataclass
class Snapshot:
    """One aggregated read: per-series sums and the gauges, with the layout they fit."""

    read: Read
    layout: _Layout
    gauges: list[_Gauge]
    timings: dict[str, float]


class _GcClock:
    """Seconds this process has spent in garbage collection, any thread (gc.callbacks)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._start = 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, _info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._start


_GC = _GcClock()


def _thread_clock() -> tuple[float, float]:
    """(seconds this thread ran, seconds it waited for a core): Linux's schedstat, else CPU time."""
    try:
        with open("/proc/thread-self/schedstat", "rb") as f:
            ran, waited = f.read().split()[:2]
        return int(ran) / 1e9, int(waited) / 1e9
    except (OSError, ValueError):
        return time.thread_time(), 0.0


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No garbage collection during a read: the reader's tables are long-lived (each collection
    would walk them again: 2.5 s of 7.6 s for the first read at 10,000 label sets) and a read's
    own lists of 100,000s of values are freed by reference counting, not by the collector."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class MultiprocessExposition:
    """The exposition and totals of all multiprocess files of one directory. Thread-safe."""

    def __init__(self, path: str) -> None:
        self._files = MultiprocessFiles(path)
        self._families: dict[str, _Family] = {}
        self._layout = _Layout([], [], [b""])
        self._plan: tuple[TotalKey, tuple, _Layout, list[tuple[str, Getter]]] | None = None
        self._keys_of: dict[str, tuple[TotalKey, _Family, int, list[str | None]]] = {}
        self._last: tuple[list[float], list[_Gauge], _Layout, bytes] | None = None
        self._texts = _Texts()
        self._frozen_at = 0
        self._lock = threading.Lock()

    # -- reading and layout ------------------------------------------------------------------------------
    def _snapshot(self) -> Snapshot:
        t0 = time.perf_counter()
        with _gc_paused():  # nested in render/totals; kept for direct callers (the warm-up)
            read = self._files.read()
            t1 = time.perf_counter()
            if read.gone:  # series may have gone with a file: lay out what is there now
                self._families.clear()
                self._keys_of.clear()
                self._add(self._files.present(read.signature))
            elif read.new:
                self._add(read.new)
            n = len(self._files.raw)
            if n >= self._frozen_at * 1.1 + 1000:
                # the reader's tables are long-lived and hold millions of references at 10,000s of
                # label sets: a full collection walking them takes ~1 s, and would land on a random
                # request. Frozen, they are left out; each growth by a tenth freezes again.
                gc.freeze()
                self._frozen_at = n
        t2 = time.perf_counter()
        return Snapshot(read, self._layout, self._gauges(read.gauges), {"read": t1 - t0, "layout": t2 - t1})

    def _add(self, sids: list[int]) -> None:
        """Lay out again the families that `sids` belong to, then the whole (C-level list work)."""
        keys = self._files.keys
        by_family: dict[str, list[int]] = {}
        for sid in sids:
            by_family.setdefault(keys[sid].family, []).append(sid)
        for name, members in by_family.items():
            fam = self._families.get(name)
            if fam is None:
                k = keys[members[0]]
                fam = self._families[name] = _Family(name, k.kind, k.help)
            fam.add(members, keys)
        families = [self._families[name] for name in sorted(self._families)]
        prefixes = list(chain.from_iterable(fam.prefixes for fam in families))
        parts = [b""] * (2 * len(prefixes) + 1)
        parts[:-1:2] = prefixes
        self._layout = _Layout(families, [fam.segment for fam in families], parts)  # type: ignore[misc]

    @staticmethod
    def _line_values(snap: Snapshot) -> list[float]:
        """The value of every counter/histogram line, in layout order (histogram buckets cumulative)."""
        acc = snap.read.acc
        out: list[float] = []
        extend = out.extend
        for seg in snap.layout.segments:
            if not isinstance(seg, _Hist):
                extend(seg(acc))
                continue
            buckets, sums = seg.buckets(acc), seg.sums(acc)
            if seg.uniform:
                # every label set has k buckets and a sum: cumulate column by column (C-level), then
                # interleave k buckets, _count (the +Inf bucket: every observation) and _sum per set
                k = seg.sizes[0]
                width = k + 2
                block = [0.0] * (len(sums) * width)
                cum = buckets[0::k]
                block[0::width] = cum
                for b in range(1, k):
                    cum = list(map(add, cum, buckets[b::k]))
                    block[b::width] = cum
                block[k::width] = cum
                block[k + 1 :: width] = sums
                extend(block)
                continue
            i = j = 0
            for k, has_sum in zip(seg.sizes, seg.has_sum, strict=True):
                if k:
                    run = list(accumulate(buckets[i : i + k]))
                    run.append(run[-1])
                    extend(run)
                    i += k
                if has_sum:
                    out.append(sums[j])
                    j += 1
        return out

    def _gauges(self, entries: list[tuple[File, int, float, float]]) -> list[_Gauge]:
        """Gauges by multiprocess mode (mostrecent, sum, min, max, all and their live variants),
        in prometheus_client's order: a series where first met with a value."""
        keys = self._files.keys
        out: dict[tuple[str, str, str | None], _Gauge] = {}
        stamps: dict[tuple[str, str, str | None], float] = {}
        for f, sid, value, ts in entries:
            k = keys[sid]
            mode = f.mode
            pid = f.pid if mode in ("all", "liveall") else None
            sk = (k.sample, k.labels, pid)
            g = _Gauge(k.family, k.help, k.sample, k.labels, sid, pid, value)
            if pid is not None:
                out[sk] = g
            elif mode in ("mostrecent", "livemostrecent"):
                if ts > stamps.get(sk, 0.0):  # as prometheus_client: a never-set gauge (ts 0) is not exported
                    stamps[sk] = ts
                    out[sk] = g
            elif mode in ("sum", "livesum"):
                prev = out.get(sk)
                out[sk] = g._replace(value=(prev.value if prev else 0.0) + value)
            else:
                prev = out.get(sk)
                out[sk] = g._replace(value=_GAUGE_MODES[mode](prev.value, value)) if prev else g
        return list(out.values())

    # -- the two outputs ---------------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        with self._lock:
            return self._snapshot()

    def render(self) -> bytes:
        """The aggregated text exposition (format 0.0.4)."""
        return self.render_timed()[0]

    def render_timed(self) -> tuple[bytes, dict[str, float]]:
        """The exposition and where its time went, in seconds: waiting for another read (wait), the
        files (read), the layout (layout), the text (text). Of that wall time: this thread on a core
        (cpu), waiting for a core (runq: other processes had them), and neither (gil: blocked,
        which for this CPU-bound thread means other threads of the worker held the GIL); and the
        worker's garbage collection (gc), in any thread."""
        t0 = time.perf_counter()
        (cpu0, runq0), gc0 = _thread_clock(), _GC.seconds
        with self._lock, _gc_paused():
            t1 = time.perf_counter()
            snap = self._snapshot()
            acc, last = snap.read.acc, self._last
            if last is not None and last[2] is snap.layout and last[0] == acc and last[1] == snap.gauges:
                body = last[3]  # nothing changed since the last scrape
            else:
                body = self._text(snap)
                self._last = (acc, snap.gauges, snap.layout, body)
            t2 = time.perf_counter()
        cpu1, runq1 = _thread_clock()
        timings = {"wait": t1 - t0, **snap.timings}
        timings["text"] = t2 - t1 - timings["read"] - timings["layout"]
        timings["cpu"], timings["runq"] = cpu1 - cpu0, runq1 - runq0
        timings["gil"] = max(0.0, t2 - t1 - timings["cpu"] - timings["runq"])
        timings["gc"] = _GC.seconds - gc0
        return body, timings

    def _text(self, snap: Snapshot) -> bytes:
        parts = snap.layout.parts
        parts[1:-1:2] = map(self._texts.__getitem__, self._line_values(snap))
        parts[-1] = "".join(_render_gauges(snap.gauges)).encode("utf-8")
        return b"".join(parts)

    def totals(self, key: TotalKey) -> dict[str, float]:
        """Every sample summed under key(name, labels) (samples it maps to None are left out).

        The same floats as adding up MultiProcessCollector's samples in their order (a key gathers
        samples of one family): label sets in order of first appearance, a histogram's where its
        _sum is first met.
        """
        with self._lock, _gc_paused():
            snap = self._snapshot()
            plan = self._totals_plan(key, snap)
            values = self._line_values(snap)
        out: dict[str, float] = defaultdict(float)
        for name, get in plan:
            out[name] = reduce(add, get(values), 0.0)
        items = self._files.label_items
        for g in snap.gauges:
            labels = {k: str(v) for k, v in items[g.labels]}
            if g.pid is not None:
                labels["pid"] = g.pid
            name = key(g.sample, labels)
            if name is not None:
                out[name] += g.value
        return out

    def _totals_plan(self, key: TotalKey, snap: Snapshot) -> list[tuple[str, Getter]]:
        """For each total, its lines in prometheus_client's order; kept while the files' layout holds."""
        sig = snap.read.signature
        cached = self._plan
        if cached is not None and cached[0] is key and cached[1] == sig and cached[2] is snap.layout:
            return cached[3]
        rank = [-1] * len(self._files.raw)
        for i, sid in enumerate(self._files.present(sig)):
            rank[sid] = i
        big = len(rank)
        groups: dict[str, list[tuple[int, int]]] = {}
        line = 0
        for fam in snap.layout.families:
            hist = fam.kind == "histogram"
            set_rank = [
                (rank[s.sum_sid] if s.sum_sid is not None else big + min(rank[x] for x in s.sids))
                if hist
                else min(rank[x] for x in s.sids)
                for s in fam.sets
            ]
            for name, (_s, n, _le) in zip(self._line_keys(key, fam), fam.lines, strict=True):
                if name is not None:
                    groups.setdefault(name, []).append((set_rank[n], line))
                line += 1
        plan = [(name, getter([i for _r, i in sorted(members)])) for name, members in groups.items()]
        self._plan = (key, sig, snap.layout, plan)
        return plan

    def _line_keys(self, key: TotalKey, fam: _Family) -> list[str | None]:
        """key(name, labels) of each of the family's lines; lines appended since the last plan are
        the only ones asked (the key is a Python call per line: 0.5 s at 10,000 label sets)."""
        cached = self._keys_of.get(fam.name)
        names: list[str | None] = []
        if cached is not None and cached[0] is key and cached[1] is fam and cached[2] == fam.version:
            names = cached[3]
        items = self._files.label_items
        labels_of: dict[int, dict[str, str]] = {}
        for sample, n, le in fam.lines[len(names) :]:
            labels = labels_of.get(n)
            if labels is None:
                labels = labels_of[n] = {k: str(v) for k, v in items[fam.sets[n].labels]}
            names.append(key(sample, labels if le is None else {**labels, "le": le}))
        self._keys_of[fam.name] = (key, fam, fam.version, names)
        return names


def _headers(family: str, typ: str, help_text: str) -> tuple[str, str]:
    help_text = help_text.replace("\\", r"\\").replace("\n", r"\n")
    # text format 0.0.4 names a counter family by its _total sample, as prometheus_client does
    header = f"{family}_total" if typ == "counter" else family
    return f"# HELP {header} {help_text}\n", f"# TYPE {header} {typ}\n"


def _render_gauges(gauges: list[_Gauge]) -> list[str]:
    by_family: dict[str, list[_Gauge]] = defaultdict(list)
    for g in gauges:
        by_family[g.family].append(g)
    out: list[str] = []
    for family in sorted(by_family):
        members = by_family[family]
        out.extend(_headers(family, "gauge", members[0].help))
        for g in members:
            labels = g.labels
            if g.pid is not None:
                labels = f'{labels},pid="{g.pid}"' if labels else f'pid="{g.pid}"'
            lab = f"{{{labels}}}" if labels else ""
            out.append(f"{g.sample}{lab} {_fmt(g.value)}\n")
    return out
