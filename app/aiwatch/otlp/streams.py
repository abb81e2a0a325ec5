"""Cumulative metric streams → increments, with state shared by every gunicorn worker.

A cumulative histogram point holds the totals since the stream's start time;
aiwatch counters need what is new since the previous point. Consecutive
exports of one stream may reach different workers, so the last point of each
stream lives in one SQLite file next to the multiprocess metric files (wiped
with them when the exporter starts), updated in one write transaction per
request. Without a multiprocess directory (one process) it is in memory.

Rules (docs/otel.md):
- next point of a known stream: the difference is new; a point not newer than
  the stored one (a retry, a reordered export) adds nothing;
- a count or bucket that went down, changed bucket bounds or a later start
  time: the stream restarted, the whole point is new;
- first point of an unknown stream: wholly new if the stream started after the
  horizon (the exporter's start, or the last time streams were forgotten),
  else only a baseline, because part of it may have been counted before.
State is bounded: streams unseen for stream_ttl_seconds are forgotten, and
when max_streams are tracked the least recently seen tenth is; forgetting
moves the horizon to now, so a forgotten stream is never counted in full again.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

NANOS = 1_000_000_000
EXPIRE_EVERY_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class Point:
    """One histogram data point of a stream: totals (cumulative) or increments (delta)."""

    key: str  # stream identity: resource, scope, metric name, point attributes
    start_ns: int
    time_ns: int
    count: int
    sum: float
    buckets: tuple[int, ...]
    bounds: tuple[float, ...]


def advance(prev: Point | None, cur: Point, horizon_ns: int) -> tuple[Point | None, bool]:
    """(the increment `cur` brings, whether `cur` becomes the stream's stored state)."""
    if prev is None:
        return (cur if cur.start_ns and cur.start_ns >= horizon_ns else None), True
    if cur.start_ns != prev.start_ns:
        if cur.start_ns > prev.start_ns:
            return cur, True  # restarted after we last saw it: everything in it is new
        return None, False  # a late point of the stream's previous life
    if cur.time_ns <= prev.time_ns:
        return None, False  # a retry or a reordered export: already counted
    reset = (
        cur.bounds != prev.bounds
        or cur.count < prev.count
        or len(cur.buckets) != len(prev.buckets)
        or any(c < p for c, p in zip(cur.buckets, prev.buckets, strict=True))
    )
    if reset:
        return cur, True
    diff = Point(
        key=cur.key,
        start_ns=cur.start_ns,
        time_ns=cur.time_ns,
        count=cur.count - prev.count,
        sum=max(0.0, cur.sum - prev.sum),
        buckets=tuple(c - p for c, p in zip(cur.buckets, prev.buckets, strict=True)),
        bounds=cur.bounds,
    )
    return diff, True


def _dump(p: Point) -> str:
    return json.dumps([p.count, p.sum, list(p.buckets), list(p.bounds)])


def _load(key: str, start_ns: int, time_ns: int, state: str) -> Point:
    count, total, buckets, bounds = json.loads(state)
    return Point(key, start_ns, time_ns, count, total, tuple(buckets), tuple(bounds))


class StreamStore:
    """Last point per cumulative stream, in SQLite (a file shared by processes, or memory)."""

    def __init__(
        self,
        path: Path | None,
        *,
        started: float,
        max_streams: int,
        ttl_seconds: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self.started_ns = int(started * NANOS)
        self.max_streams = max_streams
        self.ttl_seconds = ttl_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._next_expiry = 0.0

    def _conn(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():  # never share a connection across fork
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(
                str(self.path) if self.path else ":memory:",
                timeout=30.0,
                isolation_level=None,
                check_same_thread=False,
            )
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS streams (key TEXT PRIMARY KEY, start_ns INTEGER NOT NULL,"
                " time_ns INTEGER NOT NULL, state TEXT NOT NULL, seen REAL NOT NULL)"
            )
            db.execute("CREATE INDEX IF NOT EXISTS streams_seen ON streams (seen)")
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL)")
            db.execute("INSERT OR IGNORE INTO meta VALUES ('horizon_ns', ?)", (self.started_ns,))
            self._db, self._pid = db, os.getpid()
        return self._db

    def advance(self, points: list[Point]) -> list[Point | None]:
        """The increment of each point (None: nothing new), updating the stored state atomically."""
        if not points:
            return []
        with self._lock:
            db = self._conn()
            db.execute("BEGIN IMMEDIATE")
            try:
                out = self._advance(db, points)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
            return out

    def _advance(self, db: sqlite3.Connection, points: list[Point]) -> list[Point | None]:
        now = self._clock()
        if now >= self._next_expiry:
            self._next_expiry = now + EXPIRE_EVERY_SECONDS
            gone = db.execute("DELETE FROM streams WHERE seen < ?", (now - self.ttl_seconds,)).rowcount
            if gone:
                self._move_horizon(db, now)
        horizon = db.execute("SELECT value FROM meta WHERE name = 'horizon_ns'").fetchone()[0]
        size: int | None = None
        out: list[Point | None] = []
        for p in points:
            row = db.execute(
                "SELECT start_ns, time_ns, state FROM streams WHERE key = ?", (p.key,)
            ).fetchone()
            prev = _load(p.key, *row) if row else None
            if prev is None:
                if size is None:
                    size = db.execute("SELECT count(*) FROM streams").fetchone()[0]
                if size >= self.max_streams:
                    size -= self._evict(db, now)
                    horizon = db.execute("SELECT value FROM meta WHERE name = 'horizon_ns'").fetchone()[0]
                size += 1
            inc, save = advance(prev, p, horizon)
            if save:
                db.execute(
                    "INSERT INTO streams VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
                    " start_ns = excluded.start_ns, time_ns = excluded.time_ns,"
                    " state = excluded.state, seen = excluded.seen",
                    (p.key, p.start_ns, p.time_ns, _dump(p), now),
                )
            out.append(inc)
        return out

    def _evict(self, db: sqlite3.Connection, now: float) -> int:
        n = max(1, self.max_streams // 10)
        gone = db.execute(
            "DELETE FROM streams WHERE key IN (SELECT key FROM streams ORDER BY seen LIMIT ?)", (n,)
        ).rowcount
        self._move_horizon(db, now)
        return gone

    def _move_horizon(self, db: sqlite3.Connection, now: float) -> None:
        db.execute(
            "UPDATE meta SET value = max(value, ?) WHERE name = 'horizon_ns'",
            (int(now * NANOS),),
        )

    def __len__(self) -> int:
        with self._lock:
            return self._conn().execute("SELECT count(*) FROM streams").fetchone()[0]
