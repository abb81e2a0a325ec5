"""Cumulative streams → increments: the rules, and one state shared by several workers."""

from __future__ import annotations

import multiprocessing as mp

from aiwatch.otlp.streams import NANOS, Point, StreamStore, advance

BOUNDS = (1.0, 5.0)


def pt(count: int, total: float, buckets=(0, 0, 0), start: int = 100, at: int = 200, key: str = "k") -> Point:
    return Point(key, start, at, count, total, tuple(buckets), BOUNDS)


def test_first_point_counts_in_full_only_when_the_stream_started_after_the_horizon():
    cur = pt(3, 6.0, (1, 2, 0), start=100)
    assert advance(None, cur, horizon_ns=100) == (cur, True)
    assert advance(None, cur, horizon_ns=101) == (None, True)  # baseline: may have been counted before
    assert advance(None, pt(3, 6.0, start=0), horizon_ns=0) == (None, True)  # no start time: baseline


def test_next_points_count_the_difference_and_retries_nothing():
    prev = pt(3, 6.0, (1, 2, 0), at=200)
    inc, save = advance(prev, pt(5, 10.5, (1, 3, 1), at=300), 0)
    assert save and (inc.count, inc.sum, inc.buckets) == (2, 4.5, (0, 1, 1))
    assert advance(prev, pt(3, 6.0, (1, 2, 0), at=200), 0) == (None, False)  # retry of the same export
    assert advance(prev, pt(2, 4.0, (1, 1, 0), at=150), 0) == (None, False)  # reordered, older


def test_resets_and_restarts_count_the_whole_point():
    prev = pt(5, 10.0, (1, 3, 1), at=300)
    went_down = pt(1, 2.0, (0, 1, 0), at=400)
    assert advance(prev, went_down, 0) == (went_down, True)
    new_bounds = Point("k", 100, 400, 6, 11.0, (1, 3, 1, 1), (1.0, 5.0, 10.0))
    assert advance(prev, new_bounds, 0) == (new_bounds, True)
    restarted = pt(1, 1.0, (1, 0, 0), start=350, at=400)
    assert advance(prev, restarted, 0) == (restarted, True)
    late_old_life = pt(9, 20.0, (1, 4, 4), start=50, at=500)
    assert advance(prev, late_old_life, 0) == (None, False)


def _export(path, point, started, q) -> None:
    store = StreamStore(path, started=started, max_streams=100, ttl_seconds=3600)
    (inc,) = store.advance([point])
    q.put(None if inc is None else inc.count)


def test_workers_share_one_state(tmp_path):
    """Consecutive exports of one stream reach different processes: each counts only what is new."""
    path = tmp_path / "otlp" / "streams.sqlite3"
    start = 2 * NANOS  # the stream started after the exporter (1 s)
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    counts = []
    for i, c in enumerate((2, 5, 5, 9)):
        proc = ctx.Process(
            target=_export, args=(path, pt(c, float(c), start=start, at=start + i + 1), 1.0, q)
        )
        proc.start()
        counts.append(q.get(timeout=30))
        proc.join(timeout=30)
    assert counts == [2, 3, 0, 4]


def test_state_is_bounded_and_forgetting_moves_the_horizon(tmp_path):
    now = [1000.0]
    store = StreamStore(
        tmp_path / "s.sqlite3", started=0.0, max_streams=10, ttl_seconds=60, clock=lambda: now[0]
    )
    start = 500 * NANOS
    assert [i.count for i in store.advance([pt(1, 1.0, start=start, key=f"k{n}") for n in range(10)])] == [
        1
    ] * 10
    assert len(store) == 10
    # an 11th stream evicts the least recently seen tenth; the horizon moves to now
    (inc,) = store.advance([pt(1, 1.0, start=start, key="k10")])
    assert inc is None and len(store) == 10  # started before the horizon now: only a baseline
    (inc,) = store.advance([pt(4, 4.0, start=int(now[0] * NANOS), at=int(now[0] * NANOS) + 1, key="k11")])
    assert inc is not None and inc.count == 4 and len(store) <= 10
    # streams not seen for ttl_seconds are forgotten
    now[0] += 120
    store.advance([pt(1, 1.0, start=int(now[0] * NANOS), at=int(now[0] * NANOS) + 1, key="fresh")])
    assert len(store) == 1


def test_in_memory_store_without_a_multiprocess_directory():
    store = StreamStore(None, started=0.0, max_streams=10, ttl_seconds=60)
    assert [i.count for i in store.advance([pt(2, 2.0), pt(5, 5.0, at=300)])] == [2, 3]
