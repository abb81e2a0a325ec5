"""Start and stop several real servers at once, for tests that need many (one thread per server).

An exporter builds its safety matchers before it binds: ~5 s of one core on an idle host, 25-35 s
on a loaded one, so servers started one after another were most of such a test's time.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from typing import TypeVar

from aiwatch.stack.local import LocalServer
from aiwatch.stack.processes import free_port

S = TypeVar("S", bound=LocalServer)


def distinct_free_ports(n: int) -> list[int]:
    """`n` different free ports, chosen before any server starts: servers started at once bind
    seconds after their port is chosen, so one chosen per start could be handed out twice."""
    ports: set[int] = set()
    while len(ports) < n:
        ports.add(free_port())
    return sorted(ports)


def start_all(stack: ExitStack, starts: Sequence[Callable[[], S]]) -> list[S]:
    """Run each start (which waits for its server's health check) in its own thread. `stack` stops
    every server that started, all at once, also when another failed to start (whose error is then
    raised)."""
    with ThreadPoolExecutor(len(starts)) as pool:
        futures = [pool.submit(start) for start in starts]
    started = [f.result() for f in futures if f.exception() is None]
    stack.callback(stop_all, started)
    for f in futures:
        if (error := f.exception()) is not None:
            raise error
    return started


def stop_all(servers: Sequence[LocalServer]) -> None:
    """Stop the servers at once: each stop waits (bounded) for its process to end."""
    with ThreadPoolExecutor(max(1, len(servers))) as pool:
        list(pool.map(operator.methodcaller("stop"), servers))
