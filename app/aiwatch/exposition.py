"""Fast /metrics rendering for prometheus_client's multiprocess mode.

prometheus_client's MultiProcessCollector re-parses every mmap key as JSON,
builds Sample objects and re-escapes every label on every scrape: ~1.5 s for
1,000 label sets here. The keys do not change between scrapes, so this
renderer parses each key once (a bounded cache), sums values straight from
the mmap files and writes the text format directly. Output is the same
exposition (tests/test_exposition.py compares the two sample for sample).
"""

from __future__ import annotations

import glob
import json
import os
import struct
from collections import defaultdict
from typing import NamedTuple

from prometheus_client.utils import floatToGoString

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
_GAUGE_MODES = {
    "min": min,
    "livemin": min,
    "max": max,
    "livemax": max,
}


_INT = struct.Struct("i").unpack_from
_TWO_DOUBLES = struct.Struct("dd").unpack_from


def _read_values(path: str) -> list[tuple[bytes, float, float]]:
    """(key, value, timestamp) of every entry of one mmap file (prometheus_client's layout:
    4-byte used size, 4 bytes padding, then [4-byte len, key, pad to 8, double value, double ts])."""
    with open(path, "rb") as f:
        data = f.read()
    used = _INT(data, 0)[0] if len(data) >= 8 else 0
    out = []
    pos = 8
    while pos < used:
        n = _INT(data, pos)[0]
        if n + pos > used:
            raise RuntimeError(f"{path}: corrupted metrics file (entry beyond used size)")
        pos += 4
        key = data[pos : pos + n]
        pos += n + (8 - (n + 4) % 8)
        value, ts = _TWO_DOUBLES(data, pos)
        out.append((key, value, ts))
        pos += 16
    return out


def _fmt(v: float) -> str:
    return repr(v) if v - v == 0 else floatToGoString(v)


class _Key(NamedTuple):
    family: str
    sample: str
    labels: str  # rendered label pairs without le, e.g. 'model="a",service="b"'
    le: float | None
    le_text: str
    help: str


def _escape(value: str) -> str:
    return value.replace("\\", r"\\").replace("\n", r"\n").replace('"', r"\"")


def _parse(key: bytes) -> _Key:
    family, sample, labels, help_text = json.loads(key)
    le_text = labels.pop("le", None)
    rendered = ",".join(f'{k}="{_escape(str(v))}"' for k, v in sorted(labels.items()))
    le = None if le_text is None else float(le_text)
    return _Key(family, sample, rendered, le, le_text or "", help_text)


class _Layout(NamedTuple):
    """Output order of the counter and histogram series: built once per set of keys."""

    keys: frozenset[bytes]
    ops: list[
        tuple
    ]  # ("line", text) | ("scalar", prefix, raw) | ("hist", buckets, count_prefix, sum_prefix, sum_raw)


class MultiprocessExposition:
    """Renders the aggregated exposition of all mmap files in one directory.

    Counters and histograms (nearly every series) are summed by their raw key
    bytes straight off the files; how those keys map to output lines (the
    layout) is cached and rebuilt only when the set of keys changes. Gauges,
    a handful of series, take the general path with their multiprocess modes.
    """

    def __init__(self, path: str, max_cached_keys: int = 1_000_000) -> None:
        self._path = path
        self._keys: dict[bytes, _Key] = {}
        self._max = max_cached_keys
        self._layout: _Layout | None = None

    def _key(self, raw: bytes) -> _Key:
        k = self._keys.get(raw)
        if k is None:
            if len(self._keys) >= self._max:
                self._keys.clear()
            k = self._keys[raw] = _parse(raw)
        return k

    def _build_layout(self, keys: frozenset[bytes], types: dict[str, str]) -> _Layout:
        scalars: dict[str, list[tuple[str, bytes]]] = defaultdict(list)
        buckets: dict[str, dict[str, list[tuple[float, str, bytes]]]] = defaultdict(lambda: defaultdict(list))
        sums: dict[tuple[str, str], bytes] = {}
        helps: dict[str, str] = {}
        for raw in keys:
            k = self._key(raw)
            helps.setdefault(k.family, k.help)
            lab = f"{{{k.labels}}}" if k.labels else ""
            if types[k.family] == "histogram":
                if k.le is not None:
                    sep = "," if k.labels else ""
                    prefix = f'{k.family}_bucket{{{k.labels}{sep}le="{k.le_text}"}} '
                    buckets[k.family][k.labels].append((k.le, prefix, raw))
                else:
                    sums[(k.family, k.labels)] = raw
                    buckets[k.family].setdefault(k.labels, [])
            else:
                scalars[k.family].append((f"{k.sample}{lab} ", raw))
        ops: list[tuple] = []
        for family in sorted(helps):
            ops.extend(("line", h) for h in _headers(family, types[family], helps[family]))
            if types[family] != "histogram":
                ops.extend(("scalar", prefix, raw) for prefix, raw in scalars[family])
                continue
            for labels, bs in buckets[family].items():
                lab = f"{{{labels}}}" if labels else ""
                ops.append(
                    (
                        "hist",
                        [(prefix, raw) for _le, prefix, raw in sorted(bs)],
                        f"{family}_count{lab} ",
                        f"{family}_sum{lab} ",
                        sums.get((family, labels)),
                    )
                )
        return _Layout(keys, ops)

    def render(self) -> bytes:
        values: dict[bytes, float] = {}
        read: list[tuple[str, list[tuple[bytes, float, float]]]] = []
        gauge_entries: list[tuple[_Key, str, str, float, float]] = []

        for path in sorted(glob.glob(os.path.join(self._path, "*.db"))):
            parts = os.path.basename(path).split("_")
            typ = parts[0]
            try:
                entries = _read_values(path)
            except FileNotFoundError:  # a live gauge file removed by mark_process_dead
                continue
            if typ == "gauge":
                for raw, value, ts in entries:
                    gauge_entries.append((self._key(raw), parts[1], parts[2][:-3], value, ts))
                continue
            read.append((typ, entries))
            get = values.get
            for raw, value, _ts in entries:
                prev = get(raw)
                values[raw] = value if prev is None else prev + value

        keys = values.keys()
        layout = self._layout
        if layout is None or layout.keys != keys:
            types = {self._key(raw).family: typ for typ, entries in read for raw, _v, _t in entries}
            layout = self._layout = self._build_layout(frozenset(keys), types)

        out: list[str] = []
        append = out.append
        for op in layout.ops:
            kind = op[0]
            if kind == "scalar":
                append(op[1] + _fmt(values[op[2]]))
            elif kind == "line":
                append(op[1])
            else:
                acc = 0.0
                for prefix, raw in op[1]:
                    acc += values[raw]
                    append(prefix + _fmt(acc))
                append(op[2] + _fmt(acc))
                append(op[3] + _fmt(values[op[4]] if op[4] is not None else 0.0))
        out.extend(_render_gauges(gauge_entries))
        out.append("")
        return "\n".join(out).encode("utf-8")


def _headers(family: str, typ: str, help_text: str) -> tuple[str, str]:
    help_text = help_text.replace("\\", r"\\").replace("\n", r"\n")
    # text format 0.0.4 names a counter family by its _total sample, as prometheus_client does
    header = f"{family}_total" if typ == "counter" else family
    return f"# HELP {header} {help_text}", f"# TYPE {header} {typ}"


def _render_gauges(entries: list[tuple[_Key, str, str, float, float]]) -> list[str]:
    """Gauges by multiprocess mode (mostrecent, sum, min, max, all and their live variants)."""
    series: dict[str, dict[tuple[str, str], float]] = defaultdict(dict)
    stamps: dict[tuple[str, str], float] = {}
    helps: dict[str, str] = {}
    for k, mode, pid, value, ts in entries:
        helps.setdefault(k.family, k.help)
        fam = series[k.family]
        if mode in ("all", "liveall"):
            labels = f'{k.labels},pid="{pid}"' if k.labels else f'pid="{pid}"'
            fam[(k.sample, labels)] = value
            continue
        sk = (k.sample, k.labels)
        if mode in ("mostrecent", "livemostrecent"):
            if ts > stamps.get(sk, 0.0):  # as prometheus_client: a never-set gauge (ts 0) is not exported
                stamps[sk] = ts
                fam[sk] = value
        elif mode in ("sum", "livesum"):
            fam[sk] = fam.get(sk, 0.0) + value
        else:
            fn = _GAUGE_MODES[mode]
            fam[sk] = fn(fam[sk], value) if sk in fam else value
    out: list[str] = []
    for family in sorted(series):
        out.extend(_headers(family, "gauge", helps[family]))
        for (sample, labels), v in series[family].items():
            lab = f"{{{labels}}}" if labels else ""
            out.append(f"{sample}{lab} {_fmt(v)}")
    return out
