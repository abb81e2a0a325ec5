"""Huge pages for the exporter's memory, through glibc's malloc tunable.

The safety screen's time on short prompts is mostly RE2 walking DFA states it built earlier: a worker
holds hundreds of MiB of them, spread over 4 KiB pages, and a prompt's few passes touch states all
over that memory, so each pass waits on TLB misses. With `glibc.malloc.hugetlb=1` (glibc 2.35 and
later) malloc asks the kernel for transparent huge pages (2 MiB) for its heaps, and the same walks
miss far less (docs/safety-history.md, *Huge pages for the screen's DFA memory (round 26)*). A tunable is read
when a process starts, so it is set in the environment the gunicorn master (and so its workers) and
the benchmark start with. Older glibc ignores it; a kernel whose transparent huge pages are `never`
leaves the pages small. Nothing else changes: no decision depends on it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

VARIABLE = "GLIBC_TUNABLES"
TUNABLE = "glibc.malloc.hugetlb"
VALUE = "1"
# AIWATCH_HUGEPAGES=0 leaves the environment as it is (e.g. to measure without).
OPT_OUT = "AIWATCH_HUGEPAGES"


def with_hugepages(env: Mapping[str, str]) -> dict[str, str]:
    """`env` with `glibc.malloc.hugetlb=1` added to GLIBC_TUNABLES, unless AIWATCH_HUGEPAGES=0 or
    GLIBC_TUNABLES already sets that tunable (an operator's own choice wins)."""
    out = dict(env)
    if out.get(OPT_OUT, "1") == "0":
        return out
    current = out.get(VARIABLE, "")
    if any(item.split("=", 1)[0] == TUNABLE for item in current.split(":") if item):
        return out
    out[VARIABLE] = f"{current}:{TUNABLE}={VALUE}" if current else f"{TUNABLE}={VALUE}"
    return out


def reexec_with_hugepages() -> None:
    """Start this Python process again with the tunable, when its environment lacks it (a tunable is
    only read at start-up); returns when the environment already has it or opts out."""
    env = with_hugepages(os.environ)
    if env.get(VARIABLE) != os.environ.get(VARIABLE):
        os.execve(sys.executable, [sys.executable, *sys.orig_argv[1:]], env)
