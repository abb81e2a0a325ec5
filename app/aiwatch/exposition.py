"""The one reader of prometheus_client's multiprocess files: /metrics and /api/metrics both use it.

prometheus_client's MultiProcessCollector re-parses every file and every key
(JSON) on every collection and builds a Sample object per series: about a
second for 1,000 label sets (50,000 series). Here almost all of that is done
once:

- Files are append-only (an entry is a key and a value slot that never
  moves), so each file's entries are parsed once and only the part added since
  the last read is parsed again; a file that was replaced (new inode, or
  shorter) is parsed afresh.
- A key is parsed once for the life of the process and gets a series id.
- The layout (output order, the text before each value, which buckets add up
  to which line) is rebuilt only when the set of entries changes.

A read then costs one pread per file, the values picked out of it by C-level
`itemgetter`, a per-series sum across workers' files and, for /metrics, the
text of the values. Sums follow prometheus_client's order (files in glob
order, series in order of first appearance), so every value, and every total
made from them, is the same float prometheus_client computes
(tests/exporter/test_exporter_gunicorn.py and test_exporter_exposition.py
compare them).
"""

from __future__ import annotations

import gc
import glob
import json
import mmap
import os
import struct
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import reduce
from itertools import accumulate, repeat
from operator import add, itemgetter
from typing import Any, NamedTuple

from prometheus_client.utils import floatToGoString

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
_GAUGE_MODES = {"min": min, "livemin": min, "max": max, "livemax": max}
_INT = struct.Struct("i").unpack_from
_HEADER = 8  # bytes: 4-byte used size, 4 bytes padding
# Files kept mapped between reads (each mapping holds a file descriptor); any beyond are mapped per read.
MAX_MAPPED = 200
_CHUNK = 4096  # entries per struct format

# A total's name for a sample (name, labels), or None to leave the sample out (see `totals`).
TotalKey = Callable[[str, Mapping[str, str]], str | None]
Getter = Callable[[list[float]], tuple[float, ...]]


class _Key(NamedTuple):
    """What a series' mmap key says, parsed once."""

    kind: str  # counter | histogram | gauge | summary (from the file name)
    family: str
    sample: str
    labels: str  # rendered label pairs without le, e.g. 'model="a",service="b"'
    le: float | None
    le_text: str | None
    help: str


def _escape(value: str) -> str:
    return value.replace("\\", r"\\").replace("\n", r"\n").replace('"', r"\"")


_scan = json.JSONDecoder().scan_once  # json.loads without its wrappers: keys are parsed by the million


def _labels_of(raw: bytes) -> dict[str, str]:
    return {k: str(v) for k, v in _scan(raw.decode("utf-8"), 0)[0][2].items()}


def _render_labels(labels: tuple[tuple[str, object], ...]) -> str:
    return ",".join(f'{k}="{_escape(str(v))}"' for k, v in sorted(labels))


def _getter(idx: list[int]) -> Getter:
    """A function returning the items at `idx` of a sequence as a tuple (C-level for 2+ items)."""
    if len(idx) >= 2:
        return itemgetter(*idx)
    if idx:
        i = idx[0]
        return lambda seq: (seq[i],)
    return lambda seq: ()


def _fmt(v: float) -> str:
    return repr(v) if v - v == 0 else floatToGoString(v)


class _Texts(dict):
    """float -> its text in the exposition and a newline, encoded. Kept across scrapes (bounded): most values,
    counts above all, recur within a scrape and from one scrape to the next, and a lookup costs a
    fraction of formatting a float."""

    MAX = 100_000

    def __missing__(self, v: float) -> bytes:
        if len(self) >= self.MAX:
            self.clear()
        text = self[v] = f"{_fmt(v)}\n".encode()
        return text


@dataclass(slots=True)
class _File:
    """What is known of one multiprocess file; entries are appended, never moved."""

    ino: int
    kind: str
    mode: str  # gauges' multiprocess mode, "" otherwise
    pid: str
    parsed: int = _HEADER  # bytes parsed so far
    sids: list[int] = field(default_factory=list)  # series id of each entry, in file order
    offsets: list[int] = field(default_factory=list)  # byte offset of each entry's value
    # derived from the two lists above, extended as entries are added:
    chunks: list[tuple[Callable[..., tuple[float, ...]], int]] = field(default_factory=list)
    ascending: bool = True  # series ids ascend in file order (the usual case: one writer's own order)
    order: Getter | None = None  # values in file order -> ascending series id (None when ascending)
    runs: list[tuple[int, int, int]] = field(default_factory=list)  # (first sid, end sid, offset in values)
    map: mmap.mmap | None = None  # read-only, kept open: a scrape reads the values in place

    def close(self) -> None:
        if self.map is not None:
            self.map.close()
            self.map = None

    def values(self, data: Any) -> tuple[float, ...] | list[float]:
        """Every value in file order (gauges: value, timestamp, value, ...)."""
        if len(self.chunks) == 1:
            unpack, start = self.chunks[0]
            return unpack(data, start)
        out: list[float] = []
        for unpack, start in self.chunks:
            out.extend(unpack(data, start))
        return out

    def index(self, first: int) -> None:
        """Take in the entries from index `first` on (appended since the last read)."""
        # one struct format per chunk of entries: skip each key, read its value; only the last,
        # partial chunk is rebuilt when entries are appended
        keep = first // _CHUNK
        del self.chunks[keep:]
        step, size = ("dd", 16) if self.kind == "gauge" else ("d", 8)
        offsets = self.offsets
        for c in range(keep * _CHUNK, len(offsets), _CHUNK):
            start = prev = offsets[c]
            fmt = ["="]
            for off in offsets[c : c + _CHUNK]:
                fmt.append(f"{off - prev}x{step}" if off > prev else step)
                prev = off + size
            self.chunks.append((struct.Struct("".join(fmt)).unpack_from, start))
        if self.kind == "gauge":
            return
        sids, runs = self.sids, self.runs
        if self.ascending and all(sids[i - 1] < sids[i] for i in range(max(first, 1), len(sids))):
            for pos in range(first, len(sids)):
                sid = sids[pos]
                if runs and runs[-1][1] == sid:
                    runs[-1] = (runs[-1][0], sid + 1, runs[-1][2])
                else:
                    runs.append((sid, sid + 1, pos))
            return
        # entries of series first seen in another file: sort once, then read through `order`
        self.ascending = False
        order = sorted(range(len(sids)), key=sids.__getitem__)
        self.order = _getter(order)
        runs.clear()
        for pos, e in enumerate(order):
            sid = sids[e]
            if runs and runs[-1][1] == sid:
                runs[-1] = (runs[-1][0], sid + 1, runs[-1][2])
            else:
                runs.append((sid, sid + 1, pos))


class _Hist(NamedTuple):
    buckets: Getter  # every bucket of the family, label set by label set, by le
    sizes: tuple[int, ...]  # buckets per label set
    sums: Getter  # the _sum of each label set that has one
    has_sum: tuple[bool, ...]
    uniform: bool  # every label set has the same number (> 0) of buckets and a sum: the usual case


class _Layout(NamedTuple):
    """Output order of the counter/histogram lines and the text before each value; rebuilt on change."""

    signature: tuple
    segments: list[Getter | _Hist]  # one per family, in output order
    # the text: for each line, what precedes the value (a family's first line carries its HELP and
    # TYPE lines), then a slot for the value (filled in by each render, joined)
    parts: list[bytes]
    lines: list[tuple[str, int, str | None]]  # per line: sample name, a series of its label set, le


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
    """One aggregated read: per-series sums (by series id) and the gauges, with the layout they fit."""

    acc: list[float]
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


class MultiprocessExposition:
    """Aggregates all multiprocess files of one directory; see the module docstring. Thread-safe."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._sid: dict[bytes, int] = {}
        self._raw: list[bytes] = []
        self._keys: list[_Key] = []
        self._rendered: dict[tuple, str] = {}
        self._files: dict[str, _File] = {}
        self._layout: _Layout | None = None
        self._plans: dict[Any, tuple[tuple, list[tuple[str, Getter]]]] = {}
        self._last: tuple[list[float], list[_Gauge], _Layout, bytes] | None = None
        self._texts = _Texts()
        self._lock = threading.Lock()

    # -- reading -------------------------------------------------------------------------------------
    def _series(self, raw: bytes, kind: str) -> int:
        sid = self._sid.get(raw)
        if sid is None:
            sid = self._sid[raw] = len(self._raw)
            self._raw.append(raw)
            self._keys.append(self._parse(raw, kind))
        return sid

    def _parse(self, raw: bytes, kind: str) -> _Key:
        family, sample, labels, help_text = _scan(raw.decode("utf-8"), 0)[0]
        le_text = labels.pop("le", None) if kind == "histogram" else None
        # the series of a label set share its rendering (a histogram's buckets, a pair's counters)
        items = tuple(labels.items())
        rendered = self._rendered.get(items)
        if rendered is None:
            if len(self._rendered) >= 100_000:
                self._rendered.clear()
            rendered = self._rendered[items] = _render_labels(items)
        le = None if le_text is None else float(le_text)
        return _Key(kind, family, sample, rendered, le, le_text, help_text)

    def _open(self, path: str) -> _File | None:
        """The file's state with a current mapping, or None when the file is gone."""
        f = self._files.get(path)
        try:
            if f is not None and f.map is not None:
                st = os.stat(path)
                if st.st_ino == f.ino and st.st_size <= len(f.map):
                    return f
            with open(path, "rb") as fh:
                st = os.fstat(fh.fileno())
                if f is None or f.ino != st.st_ino:
                    parts = os.path.basename(path)[:-3].split("_")
                    gauge = parts[0] == "gauge"
                    f = self._files[path] = _File(st.st_ino, parts[0], parts[1] if gauge else "", parts[-1])
                f.close()
                if st.st_size:
                    f.map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except FileNotFoundError:  # a live gauge file removed by mark_process_dead
            return None
        return f

    def _parse_new(self, f: _File, data: mmap.mmap, used: int) -> None:
        """Entries appended since the last read: [4-byte len, key, pad to 8, double value, double ts]."""
        pos = f.parsed
        sids, offsets = f.sids, f.offsets
        first = len(sids)
        while pos < used:
            n = _INT(data, pos)[0]
            if n + pos > used:
                raise RuntimeError(f"{self._path}: corrupted metrics file (entry beyond used size)")
            raw = data[pos + 4 : pos + 4 + n]
            pos += 4 + n + (8 - (n + 4) % 8)
            if pos + 16 > used:
                raise RuntimeError(f"{self._path}: corrupted metrics file (value beyond used size)")
            sids.append(self._series(raw, f.kind))
            offsets.append(pos)
            pos += 16
        f.parsed = pos
        f.index(first)

    def _read(self) -> Snapshot:
        t0 = time.perf_counter()
        acc: list[float] = []
        gauges: list[tuple[_File, int, float, float]] = []
        signature = []
        seen = set()
        first = True
        # glob order, as prometheus_client: sums are then added up in the same order
        for path in glob.glob(os.path.join(self._path, "*.db")):
            f = self._open(path)
            if f is None or f.map is None:
                continue
            data = f.map
            if len(seen) >= MAX_MAPPED:  # many dead workers' files: do not hold a descriptor for each
                f.map = None
            used = min(_INT(data, 0)[0], len(data)) // 8 * 8
            if used < f.parsed:  # rewritten from scratch under the same name and inode
                f = self._files[path] = _File(f.ino, f.kind, f.mode, f.pid, map=f.map)
            if used > f.parsed:
                self._parse_new(f, data, used)
            seen.add(path)
            signature.append((path, f.ino, len(f.sids)))
            if not f.sids:
                continue
            vals = f.values(data)
            if f.kind == "gauge":
                gauges.extend(zip(repeat(f), f.sids, vals[::2], vals[1::2]))
                continue
            if f.order is not None:
                vals = f.order(vals)
            n = len(self._raw)
            if first:  # nothing added up yet: the values are the sums so far
                acc.extend([0.0] * (n - len(acc)))
                for a, b, off in f.runs:
                    acc[a:b] = vals[off : off + b - a]
                first = False
                continue
            if len(acc) < n:
                acc.extend([0.0] * (n - len(acc)))
            for a, b, off in f.runs:
                acc[a:b] = map(add, acc[a:b], vals[off : off + b - a])
        for gone in self._files.keys() - seen:
            self._files.pop(gone).close()
        t1 = time.perf_counter()
        sig = tuple(signature)
        layout = self._layout
        if layout is None or layout.signature != sig:
            layout = self._layout = self._build_layout(sig)
        acc.extend([0.0] * (len(self._raw) + 1 - len(acc)))  # the last slot: a constant 0.0
        t2 = time.perf_counter()
        return Snapshot(acc, layout, self._gauges(gauges), {"read": t1 - t0, "layout": t2 - t1})

    # -- layout --------------------------------------------------------------------------------------
    def _build_layout(self, signature: tuple) -> _Layout:
        """Series of each family in order of first appearance (files in glob order), as prometheus_client."""
        keys = self._keys
        seen = bytearray(len(keys))
        families: dict[str, list[int]] = defaultdict(list)
        for path, _ino, _n in signature:
            f = self._files[path]
            if f.kind == "gauge":
                continue
            for sid in f.sids:
                if not seen[sid]:
                    seen[sid] = 1
                    families[keys[sid].family].append(sid)
        segments: list[Getter | _Hist] = []
        prefixes: list[str] = []
        lines: list[tuple[str, int, str | None]] = []
        for family in sorted(families):
            sids = families[family]
            first = keys[sids[0]]
            header = "".join(_headers(family, first.kind, first.help))
            start = len(prefixes)
            if first.kind != "histogram":
                for sid in sids:
                    k = keys[sid]
                    lab = f"{{{k.labels}}}" if k.labels else ""
                    prefixes.append(f"{k.sample}{lab} ")
                    lines.append((k.sample, sid, None))
                segments.append(_getter(sids))
            else:
                sets: dict[str, list[int]] = {}
                for sid in sids:
                    sets.setdefault(keys[sid].labels, []).append(sid)
                bucket_sids: list[int] = []
                sum_sids: list[int] = []
                sizes, has_sum = [], []
                for labels, members in sets.items():
                    lab = f"{{{labels}}}" if labels else ""
                    sep = "," if labels else ""
                    buckets = sorted((keys[s].le, s) for s in members if keys[s].le is not None)
                    sums = [s for s in members if keys[s].le is None]
                    for _le, s in buckets:
                        prefixes.append(f'{family}_bucket{{{labels}{sep}le="{keys[s].le_text}"}} ')
                        lines.append((f"{family}_bucket", s, keys[s].le_text))
                        bucket_sids.append(s)
                    if buckets:
                        prefixes.append(f"{family}_count{lab} ")
                        lines.append((f"{family}_count", members[0], None))
                    if sums:
                        prefixes.append(f"{family}_sum{lab} ")
                        lines.append((f"{family}_sum", sums[0], None))
                        sum_sids.append(sums[0])
                    sizes.append(len(buckets))
                    has_sum.append(bool(sums))
                uniform = all(has_sum) and sizes[0] > 0 and sizes.count(sizes[0]) == len(sizes)
                segments.append(
                    _Hist(_getter(bucket_sids), tuple(sizes), _getter(sum_sids), tuple(has_sum), uniform)
                )
            prefixes[start] = header + prefixes[start]
        parts = [b""] * (2 * len(prefixes) + 1)  # the last part: the gauges
        parts[:-1:2] = [p.encode("utf-8") for p in prefixes]
        return _Layout(signature, segments, parts, lines)

    # -- values --------------------------------------------------------------------------------------
    @staticmethod
    def _line_values(snap: Snapshot) -> list[float]:
        """The value of every counter/histogram line, in layout order (histogram buckets cumulative)."""
        acc = snap.acc
        out: list[float] = []
        extend = out.extend
        for seg in snap.layout.segments:
            if not isinstance(seg, _Hist):
                extend(seg(acc))
                continue
            buckets, sums = seg.buckets(acc), seg.sums(acc)
            k = seg.sizes[0] if seg.sizes else 0
            if seg.uniform:
                # every label set has k buckets and a sum: cumulate column by column (C-level), then
                # interleave: k buckets, _count (= the +Inf bucket), _sum per label set
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
                    run.append(run[-1])  # _count: every observation is in the +Inf bucket
                    extend(run)
                    i += k
                if has_sum:
                    out.append(sums[j])
                    j += 1
        return out

    def _gauges(self, entries: list[tuple[_File, int, float, float]]) -> list[_Gauge]:
        """Gauges by multiprocess mode (mostrecent, sum, min, max, all and their live variants)."""
        keys = self._keys
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

    # -- the two outputs -----------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        with self._lock:
            return self._read()

    def render(self) -> bytes:
        """The aggregated text exposition (format 0.0.4)."""
        return self.render_timed()[0]

    def render_timed(self) -> tuple[bytes, dict[str, float]]:
        """The exposition and where its time went, in seconds: waiting for another read (wait), the
        files (read), the layout (layout), the text (text); of that, this thread's CPU time (cpu) and
        the process's garbage collection (gc). Wall time well above cpu is time other threads held
        the GIL."""
        t0 = time.perf_counter()
        cpu0, gc0 = time.thread_time(), _GC.seconds
        with self._lock:
            t1 = time.perf_counter()
            snap = self._read()
            last = self._last
            if last is not None and last[2] is snap.layout and last[0] == snap.acc and last[1] == snap.gauges:
                body = last[3]  # nothing changed since the last scrape
            else:
                body = self._text(snap)
                self._last = (snap.acc, snap.gauges, snap.layout, body)
            t2 = time.perf_counter()
        timings = {"wait": t1 - t0, **snap.timings}
        timings["text"] = t2 - t1 - timings["read"] - timings["layout"]
        timings["cpu"] = time.thread_time() - cpu0
        timings["gc"] = _GC.seconds - gc0
        return body, timings

    def _text(self, snap: Snapshot) -> bytes:
        parts = snap.layout.parts
        parts[1:-1:2] = map(self._texts.__getitem__, self._line_values(snap))
        parts[-1] = "".join(_render_gauges(snap.gauges)).encode("utf-8")
        return b"".join(parts)

    def totals(self, key: TotalKey) -> dict[str, float]:
        """Every sample summed under key(name, labels) (samples it maps to None are left out).

        Same floats as summing prometheus_client's collected samples in their order: per key,
        label sets in order of first appearance.
        """
        with self._lock:
            snap = self._read()
            plan = self._plan(key, snap.layout)
        values = self._line_values(snap)
        out: dict[str, float] = defaultdict(float)
        for name, get in plan:
            out[name] = reduce(add, get(values), 0.0)
        for g in snap.gauges:
            labels = _labels_of(self._raw[g.sid])
            if g.pid is not None:
                labels["pid"] = g.pid
            name = key(g.sample, labels)
            if name is not None:
                out[name] += g.value
        return out

    def _plan(self, key: TotalKey, layout: _Layout) -> list[tuple[str, Getter]]:
        cached = self._plans.get(key)
        if cached is not None and cached[0] is layout.signature:
            return cached[1]
        labels_of: dict[int, dict[str, str]] = {}
        groups: dict[str, list[int]] = {}
        for i, (sample, sid, le) in enumerate(layout.lines):
            labels = labels_of.get(sid)
            if labels is None:
                labels = labels_of[sid] = _labels_of(self._raw[sid])
                labels.pop("le", None)
            name = key(sample, labels if le is None else {**labels, "le": le})
            if name is not None:
                groups.setdefault(name, []).append(i)
        plan = [(name, _getter(idx)) for name, idx in groups.items()]
        self._plans = {key: (layout.signature, plan)}
        return plan


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
