"""A load generator that costs the server's machine as little as possible.

Benchmarks share the cores with the server, so the client must not be what is
measured: each request is serialised once, before timing (request line,
headers and body as one bytes object), and client processes drive several
keep-alive connections each with raw sockets and a selector — per request the
client sends pre-built bytes and reads a status line, a few headers and a
body. Every result carries the client's own CPU time, so a benchmark can report
the client's share of the machine next to each figure.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import selectors
import socket
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CLK_TCK = os.sysconf("SC_CLK_TCK")


def request(method: str, path: str, host: str, body: bytes = b"", content_type: str = "") -> bytes:
    """One HTTP/1.1 keep-alive request, serialised."""
    head = [f"{method} {path} HTTP/1.1", f"Host: {host}", "Connection: keep-alive"]
    if body or method == "POST":
        head += [f"Content-Type: {content_type or 'application/json'}", f"Content-Length: {len(body)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


@dataclass
class Result:
    """What one client process saw."""

    statuses: Counter = field(default_factory=Counter)
    setup_statuses: Counter = field(default_factory=Counter)  # requests made to spread connections, untimed
    latencies: list[float] = field(default_factory=list)  # seconds, when recorded
    timings: list[dict[str, float]] = field(default_factory=list)  # Server-Timing of each response (ms)
    errors: int = 0
    cpu: float = 0.0  # the client process's CPU seconds while it ran
    elapsed: float = 0.0

    def merge(self, other: Result) -> Result:
        self.statuses.update(other.statuses)
        self.setup_statuses.update(other.setup_statuses)
        self.latencies += other.latencies
        self.timings += other.timings
        self.errors += other.errors
        self.cpu += other.cpu
        self.elapsed = max(self.elapsed, other.elapsed)
        return self


class _Conn:
    __slots__ = ("buf", "need", "sent_at", "sock", "status", "timing")

    def __init__(self, addr: tuple[str, int]) -> None:
        self.sock = socket.create_connection(addr, timeout=30)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.setblocking(False)
        self.buf = bytearray()
        self.need = -1  # bytes of the whole response once its headers are in, else -1
        self.status = 0
        self.timing = ""
        self.sent_at = 0.0

    def feed(self, data: bytes) -> bool:
        """Take received bytes; True when a whole response is in (its remainder is kept)."""
        self.buf += data
        if self.need < 0:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return False
            head = bytes(self.buf[:end]).decode("latin-1").split("\r\n")
            self.status = int(head[0].split(" ", 2)[1])
            length, self.timing = 0, ""
            for line in head[1:]:
                name, _, value = line.partition(":")
                name = name.lower()
                if name == "content-length":
                    length = int(value)
                elif name == "server-timing":
                    self.timing = value.strip()
            self.need = end + 4 + length
        if len(self.buf) < self.need:
            return False
        del self.buf[: self.need]
        self.need = -1
        return True


def _timing(header: str) -> dict[str, float]:
    out = {}
    for part in header.split(","):
        name, _, dur = part.strip().partition(";dur=")
        if dur:
            out[name] = float(dur)
    return out


def _owner(conn: _Conn, pids: list[int]) -> int | None:
    """Which of `pids` holds the server end of this loopback connection (/proc/net/tcp, /proc/*/fd)."""
    mine, theirs = conn.sock.getsockname()[1], conn.sock.getpeername()[1]
    inode = None
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        f = line.split()
        if int(f[1].split(":")[1], 16) == theirs and int(f[2].split(":")[1], 16) == mine:
            inode = f"socket:[{f[9]}]"
            break
    for pid in pids:
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") == inode:
                    return pid
            except OSError:
                continue
    return None


def _roundtrip(conn: _Conn, req: bytes) -> None:
    conn.sock.setblocking(True)
    conn.sock.sendall(req)
    while not conn.feed(conn.sock.recv(1 << 20)):
        pass
    conn.sock.setblocking(False)


def _connect(
    addr: tuple[str, int], req: bytes, n: int, spread: list[int] | None, statuses: Counter
) -> list[_Conn]:
    """n connections; with `spread` (the server's worker pids) as evenly over them as possible.

    A worker keeps a keep-alive connection for its life, and which one accepts it is a race: the
    first runs here sent all 8 connections to one of 2 workers and measured half the throughput.
    So each connection makes one request (it is then surely accepted) and is kept only while its
    worker holds no more than its share.
    """
    if not spread:
        return [_Conn(addr) for _ in range(n)]
    share = -(-n // len(spread))
    held: dict[int | None, int] = {}
    out: list[_Conn] = []
    for _ in range(20 * n):
        if len(out) == n:
            break
        c = _Conn(addr)
        _roundtrip(c, req)
        statuses[c.status] += 1
        owner = _owner(c, spread)
        if owner is not None and held.get(owner, 0) >= share:
            c.sock.close()
            continue
        held[owner] = held.get(owner, 0) + 1
        out.append(c)
    while len(out) < n:  # could not spread them: measure anyway
        out.append(_Conn(addr))
    return out


def drive(
    addr: tuple[str, int],
    req: bytes,
    connections: int,
    seconds: float,
    record: bool = False,
    spread: list[int] | None = None,
) -> Result:
    """Keep `connections` requests in flight for `seconds`; latencies and Server-Timing if `record`;
    connections spread over the worker pids in `spread` (see _connect)."""
    res = Result()
    conns = _connect(addr, req, connections, spread, res.setup_statuses)
    cpu0, t0 = time.process_time(), time.monotonic()
    sel = selectors.DefaultSelector()
    deadline = t0 + seconds
    for c in conns:
        c.sent_at = time.perf_counter()
        c.sock.sendall(req)
        sel.register(c.sock, selectors.EVENT_READ, c)
    open_conns = len(conns)
    while open_conns:
        for key, _ in sel.select(timeout=30):
            c = key.data
            try:
                data = c.sock.recv(1 << 20)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                data = b""
            if not data:  # the server closed the connection
                res.errors += 1
                sel.unregister(c.sock)
                c.sock.close()
                open_conns -= 1
                continue
            if not c.feed(data):
                continue
            res.statuses[c.status] += 1
            if record:
                res.latencies.append(time.perf_counter() - c.sent_at)
                res.timings.append(_timing(c.timing))
            if time.monotonic() >= deadline:
                sel.unregister(c.sock)
                c.sock.close()
                open_conns -= 1
                continue
            c.sent_at = time.perf_counter()
            c.sock.setblocking(True)
            c.sock.sendall(req)
            c.sock.setblocking(False)
    res.cpu = time.process_time() - cpu0
    res.elapsed = time.monotonic() - t0
    return res


def _run(
    addr: tuple[str, int],
    req: bytes,
    connections: int,
    seconds: float,
    record: bool,
    spread: list[int] | None,
    q: mp.Queue,
) -> None:
    try:
        q.put(drive(addr, req, connections, seconds, record, spread))
    except Exception as exc:  # reported by the parent
        q.put(exc)


class Clients:
    """Client processes started together; `results()` waits for them (bounded)."""

    def __init__(self) -> None:
        self._q: mp.Queue = mp.Queue()
        self._procs: list[mp.Process] = []
        self._seconds = 0.0

    def start(
        self,
        addr: tuple[str, int],
        req: bytes,
        *,
        processes: int = 1,
        connections: int = 1,
        seconds: float = 5.0,
        record: bool = False,
        spread: list[int] | None = None,
    ) -> Clients:
        for _ in range(processes):
            p = mp.Process(
                target=_run, args=(addr, req, connections, seconds, record, spread, self._q), daemon=True
            )
            p.start()
            self._procs.append(p)
        self._seconds = max(self._seconds, seconds)
        return self

    def results(self) -> list[Result]:
        out: list[Result] = []
        deadline = time.monotonic() + self._seconds + 60
        while len(out) < len(self._procs):
            try:
                r = self._q.get(timeout=1)
            except queue.Empty:
                if time.monotonic() > deadline or any(p.exitcode not in (None, 0) for p in self._procs):
                    raise RuntimeError("a client process failed or hung (see its traceback above)") from None
                continue
            if isinstance(r, Exception):
                raise r
            out.append(r)
        for p in self._procs:
            p.join(timeout=10)
        return out


def rss_kib(pids: list[int]) -> int:
    """Resident memory of these processes in KiB (VmRSS from /proc; gone ones count 0)."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds used so far by these processes (from /proc; gone ones count 0)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLK_TCK
