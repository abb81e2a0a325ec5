"""Where incident lines go: a stream (stdout) or a size-rotated file shared by several processes.

Safe with several gunicorn workers (and threads) writing one file, without a
lock on the write path:

- every line is one `os.write()` on a descriptor opened with O_APPEND, so the
  kernel appends it whole at the current end of the file, whoever else is
  writing; lines are at most `MAX_LINE_BYTES` (PIPE_BUF), which also makes a
  write to a pipe (stdout under a log collector) atomic;
- rotation is size based and serialised by an fcntl lock on `<path>.lock`:
  the writer that finds the file over `max_bytes` takes the lock, checks the
  size again (another process may have rotated already), renames
  path -> path.1 -> path.2 ... and reopens;
- before each write a writer compares its descriptor with the path (inode):
  after a rotation by another process, or by logrotate, it reopens the new
  file. A line written in the instant between a rename and that check lands
  in path.1: it is kept, never lost.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import select
import sys
import threading
from pathlib import Path
from typing import Final, Protocol

log = logging.getLogger("aiwatch.incidents")

MAX_LINE_BYTES: Final = select.PIPE_BUF  # 4096 on Linux: atomic on pipes, one write on files


class Writer(Protocol):
    def write(self, line: bytes) -> None: ...

    def close(self) -> None: ...


def _write_all(fd: int, data: bytes) -> None:
    """One write() in practice; a short write (disk full, signal) is finished rather than lost."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


class StreamWriter:
    """Lines to a file descriptor (stdout by default), one write() each."""

    def __init__(self, fd: int | None = None) -> None:
        self.fd = sys.stdout.fileno() if fd is None else fd

    def write(self, line: bytes) -> None:
        _write_all(self.fd, line)

    def close(self) -> None:
        return None


class RotatingFileWriter:
    """Appends lines to `path`; rotates at `max_bytes`, keeping `backup_count` files (path.1 newest)."""

    def __init__(self, path: str | os.PathLike[str], max_bytes: int, backup_count: int) -> None:
        if max_bytes < MAX_LINE_BYTES or backup_count < 1:
            raise ValueError(f"max_bytes must be >= {MAX_LINE_BYTES} and backup_count >= 1")
        self.path = Path(path).absolute()
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self._fd: int | None = None
        self._pid = 0
        self._lock = threading.Lock()  # threads of one process share the descriptor
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def _open(self) -> int:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o640)
        self._pid = os.getpid()
        return self._fd

    def _current(self) -> int:
        """Our descriptor, reopened after a fork or when the path now names another file."""
        fd = self._fd
        if fd is None or self._pid != os.getpid():
            self._fd = None  # a parent's descriptor: leave it to the parent
            return self._open()
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return self._open()
        own = os.fstat(fd)
        if (st.st_ino, st.st_dev) != (own.st_ino, own.st_dev):
            return self._open()
        return fd

    def write(self, line: bytes) -> None:
        with self._lock:
            fd = self._current()
            _write_all(fd, line)
            if os.fstat(fd).st_size >= self.max_bytes:
                self._rotate()

    def _rotate(self) -> None:
        lock_fd = os.open(self.lock_path, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o640)
        try:
            fcntl.flock(lock_fd, fcntl.LOCK_EX)
            try:
                size = os.stat(self.path).st_size
            except FileNotFoundError:
                size = 0
            if size >= self.max_bytes:  # nobody rotated it while we waited for the lock
                for i in range(self.backup_count - 1, 0, -1):
                    src = self.path.with_name(f"{self.path.name}.{i}")
                    if src.exists():
                        os.replace(src, self.path.with_name(f"{self.path.name}.{i + 1}"))
                os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))
            self._open()
        finally:
            fcntl.flock(lock_fd, fcntl.LOCK_UN)
            os.close(lock_fd)

    def files(self) -> list[Path]:
        """The live file and its rotated predecessors that exist, oldest first."""
        rotated = [self.path.with_name(f"{self.path.name}.{i}") for i in range(self.backup_count, 0, -1)]
        return [p for p in (*rotated, self.path) if p.exists()]

    def close(self) -> None:
        with self._lock:
            if self._fd is not None and self._pid == os.getpid():
                os.close(self._fd)
            self._fd = None
