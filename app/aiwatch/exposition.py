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


class MultiprocessExposition:
    """Renders the aggregated exposition of all mmap files in one directory."""

    def __init__(self, path: str, max_cached_keys: int = 1_000_000) -> None:
        self._path = path
        self._keys: dict[bytes, _Key] = {}
        self._max = max_cached_keys

    def _key(self, raw: bytes) -> _Key:
        k = self._keys.get(raw)
        if k is None:
            if len(self._keys) >= self._max:
                self._keys.clear()
            k = self._keys[raw] = _parse(raw)
        return k

    def render(self) -> bytes:
        types: dict[str, str] = {}
        helps: dict[str, str] = {}
        scalars: dict[str, dict[tuple[str, str], float]] = defaultdict(dict)
        stamps: dict[tuple[str, str], float] = {}
        buckets: dict[str, dict[str, dict[tuple[float, str], float]]] = defaultdict(lambda: defaultdict(dict))

        for path in sorted(glob.glob(os.path.join(self._path, "*.db"))):
            parts = os.path.basename(path).split("_")
            typ = parts[0]
            mode = parts[1] if typ == "gauge" else ""
            pid = parts[2][:-3] if typ == "gauge" else ""
            try:
                values = _read_values(path)
            except FileNotFoundError:  # a live gauge file removed by mark_process_dead
                continue
            for raw, value, ts in values:
                k = self._key(raw)
                types.setdefault(k.family, typ)
                helps.setdefault(k.family, k.help)
                if typ == "histogram" and k.le is not None:
                    b = buckets[k.family][k.labels]
                    bk = (k.le, k.le_text)
                    b[bk] = b.get(bk, 0.0) + value
                    continue
                series = scalars[k.family]
                if typ != "gauge":
                    sk = (k.sample, k.labels)
                    series[sk] = series.get(sk, 0.0) + value
                    continue
                if mode in ("all", "liveall"):
                    labels = f'{k.labels},pid="{pid}"' if k.labels else f'pid="{pid}"'
                    series[(k.sample, labels)] = value
                    continue
                sk = (k.sample, k.labels)
                if mode in ("mostrecent", "livemostrecent"):
                    if ts >= stamps.get(sk, float("-inf")):
                        stamps[sk] = ts
                        series[sk] = value
                elif mode in ("sum", "livesum"):
                    series[sk] = series.get(sk, 0.0) + value
                else:
                    fn = _GAUGE_MODES[mode]
                    series[sk] = fn(series[sk], value) if sk in series else value

        out: list[str] = []
        for family in sorted(types):
            typ = types[family]
            help_text = helps[family].replace("\\", r"\\").replace("\n", r"\n")
            # text format 0.0.4 names a counter family by its _total sample, as prometheus_client does
            header = f"{family}_total" if typ == "counter" else family
            out.append(f"# HELP {header} {help_text}")
            out.append(f"# TYPE {header} {typ}")
            if typ == "histogram":
                sums = scalars.get(family, {})
                for labels, b in buckets[family].items():
                    sep = "," if labels else ""
                    acc = 0.0
                    for (_le, le_text), v in sorted(b.items()):
                        acc += v
                        out.append(f'{family}_bucket{{{labels}{sep}le="{le_text}"}} {_fmt(acc)}')
                    lab = f"{{{labels}}}" if labels else ""
                    out.append(f"{family}_count{lab} {_fmt(acc)}")
                    out.append(f"{family}_sum{lab} {_fmt(sums.get((family + '_sum', labels), 0.0))}")
                continue
            for (sample, labels), v in scalars[family].items():
                lab = f"{{{labels}}}" if labels else ""
                out.append(f"{sample}{lab} {_fmt(v)}")
        out.append("")
        return "\n".join(out).encode("utf-8")
