"""prometheus_client's multiprocess files, read incrementally: the one reader of them in aiwatch.

A file (prometheus_client.mmap_dict) is a 4-byte used size, 4 bytes of
padding, then entries [4-byte key length, key (JSON), padding to 8, double
value, double timestamp]. Entries are only ever appended and never move, so:

- each file's entries are parsed once, and on later reads only what was
  appended since; a file replaced under the same name (new inode, or shorter)
  is parsed afresh;
- a key is parsed once for the life of the process and gets a series id (sid);
- values are read in place from a read-only mapping kept open between reads,
  with one struct format per chunk of entries (C-level, no per-entry Python).

`read()` returns the sum of each counter/histogram series over all files,
added up in prometheus_client's order (files in glob order, starting from
0.0), so each is the float MultiProcessCollector computes; gauges are returned
per file for their multiprocess modes.
"""

from __future__ import annotations

import glob
import json
import mmap
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import repeat
from operator import add, itemgetter
from typing import Any, NamedTuple

_INT = struct.Struct("i").unpack_from
_HEADER = 8  # bytes: 4-byte used size, 4 bytes padding
_CHUNK = 4096  # entries per struct format
# Files kept mapped between reads (each mapping holds a file descriptor); any beyond are mapped per read.
MAX_MAPPED = 200
_scan = json.JSONDecoder().scan_once  # json.loads without its wrappers: keys are parsed by the million

Getter = Callable[[Any], tuple[float, ...]]


def getter(idx: list[int]) -> Getter:
    """A function returning the items at `idx` of a sequence as a tuple (C-level for 2+ items)."""
    if len(idx) >= 2:
        return itemgetter(*idx)
    if idx:
        i = idx[0]
        return lambda seq: (seq[i],)
    return lambda seq: ()


class Key(NamedTuple):
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


@dataclass(slots=True)
class File:
    """What is known of one file; entries are appended, never moved."""

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
    map: mmap.mmap | None = None  # read-only, kept open: a read takes the values in place

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
                _extend(runs, sids[pos], pos)
            return
        # entries of series first seen in another file: sort once, then read through `order`
        self.ascending = False
        order = sorted(range(len(sids)), key=sids.__getitem__)
        self.order = getter(order)
        runs.clear()
        for pos, e in enumerate(order):
            _extend(runs, sids[e], pos)


def _extend(runs: list[tuple[int, int, int]], sid: int, pos: int) -> None:
    if runs and runs[-1][1] == sid:
        runs[-1] = (runs[-1][0], sid + 1, runs[-1][2])
    else:
        runs.append((sid, sid + 1, pos))


class Read(NamedTuple):
    """One pass over the directory."""

    acc: list[float]  # per series id: the sum over all files (gauges' slots unused), then a 0.0
    gauges: list[tuple[File, int, float, float]]  # (file, sid, value, timestamp) of each gauge entry
    signature: tuple  # (path, inode, entries) per file in glob order: equal signatures, same layout
    new: list[int]  # counter/histogram/summary series seen for the first time
    gone: bool  # a file known before is gone or was rewritten: series may have disappeared


class MultiprocessFiles:
    """The files of one directory and every series in them. Not thread-safe: callers lock."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._sid: dict[bytes, int] = {}
        self.raw: list[bytes] = []  # per sid: the key as written
        self.keys: list[Key] = []  # per sid: the key parsed
        self._rendered: dict[tuple, str] = {}
        self.label_items: dict[str, tuple[tuple[str, Any], ...]] = {}  # rendered labels -> pairs
        self._files: dict[str, File] = {}
        self._new: list[int] = []

    def _series(self, raw: bytes, kind: str) -> int:
        sid = self._sid.get(raw)
        if sid is None:
            sid = self._sid[raw] = len(self.raw)
            self.raw.append(raw)
            self.keys.append(self._parse(raw, kind))
            if kind != "gauge":
                self._new.append(sid)
        return sid

    def _parse(self, raw: bytes, kind: str) -> Key:
        family, sample, labels, help_text = _scan(raw.decode("utf-8"), 0)[0]
        le_text = labels.pop("le", None) if kind == "histogram" else None
        # the series of a label set share its rendering (a histogram's buckets, a pair's counters)
        items = tuple(labels.items())
        rendered = self._rendered.get(items)
        if rendered is None:
            rendered = ",".join(f'{k}="{_escape(str(v))}"' for k, v in sorted(items))
            self._rendered[items] = rendered
            self.label_items[rendered] = items
        le = None if le_text is None else float(le_text)
        return Key(kind, family, sample, rendered, le, le_text, help_text)

    def _open(self, path: str) -> File | None:
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
                    f = self._files[path] = File(st.st_ino, parts[0], parts[1] if gauge else "", parts[-1])
                f.close()
                if st.st_size:
                    f.map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except FileNotFoundError:  # a live gauge file removed by mark_process_dead
            return None
        return f

    def _parse_new(self, f: File, data: mmap.mmap, used: int, mapped_only: bool = False) -> None:
        """Index the entries between what was parsed and `used`. `mapped_only`: the writer has grown
        the file past this mapping since it was made, so `used` is where the mapping ends, and an
        entry cut there is not corrupt, only not visible yet (the next read maps the file again)."""
        pos = f.parsed
        sids, offsets = f.sids, f.offsets
        first = len(sids)
        while pos < used:
            n = _INT(data, pos)[0]
            end = pos + 4 + n + (8 - (n + 4) % 8) + 16
            if n + pos > used or end > used:
                if mapped_only:
                    break
                what = "entry" if n + pos > used else "value"
                raise RuntimeError(f"{self.path}: corrupted metrics file ({what} beyond used size)")
            raw = data[pos + 4 : pos + 4 + n]
            pos += 4 + n + (8 - (n + 4) % 8)
            sids.append(self._series(raw, f.kind))
            offsets.append(pos)
            pos += 16
        f.parsed = pos
        f.index(first)

    def read(self) -> Read:
        acc: list[float] = []
        gauges: list[tuple[File, int, float, float]] = []
        signature = []
        seen = set()
        gone = False
        first = True
        # glob order, as prometheus_client: sums are then added up in the same order
        for path in glob.glob(os.path.join(self.path, "*.db")):
            known = self._files.get(path)
            f = self._open(path)
            if f is None or f.map is None:
                continue
            gone = gone or (known is not None and known is not f)
            data = f.map
            if len(seen) >= MAX_MAPPED:  # many dead workers' files: do not hold a descriptor for each
                f.map = None
            header = _INT(data, 0)[0]
            used = min(header, len(data)) // 8 * 8
            if used < f.parsed:  # rewritten from scratch under the same name and inode
                f = self._files[path] = File(f.ino, f.kind, f.mode, f.pid, map=f.map)
                gone = True
            if used > f.parsed:
                self._parse_new(f, data, used, mapped_only=header > len(data))
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
            n = len(self.raw)
            if first:  # nothing added up yet: the values are the sums so far (0.0 + v is v)
                acc.extend([0.0] * (n - len(acc)))
                for a, b, off in f.runs:
                    acc[a:b] = vals[off : off + b - a]
                first = False
                continue
            if len(acc) < n:
                acc.extend([0.0] * (n - len(acc)))
            for a, b, off in f.runs:
                acc[a:b] = map(add, acc[a:b], vals[off : off + b - a])
        for path in self._files.keys() - seen:
            self._files.pop(path).close()
            gone = True
        acc.extend([0.0] * (len(self.raw) + 1 - len(acc)))  # the last slot: a constant 0.0
        new, self._new = self._new, []
        return Read(acc, gauges, tuple(signature), new, gone)

    def present(self, signature: tuple) -> list[int]:
        """Counter/histogram/summary series in the files of `signature`, in order of first appearance
        (files in glob order, entries in file order): the order prometheus_client meets them in."""
        seen = bytearray(len(self.raw))
        out = []
        for path, _ino, _n in signature:
            f = self._files.get(path)
            if f is None or f.kind == "gauge":
                continue
            for sid in f.sids:
                if not seen[sid]:
                    seen[sid] = 1
                    out.append(sid)
        return out
