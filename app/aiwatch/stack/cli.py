"""`python -m aiwatch.stack up|down|status` (what `make up`, `make down` and `make status` run)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __doc__ as PACKAGE_DOC
from .compose import ComposeStack, docker_engine_available
from .ha import HaStack, check_topology
from .native import NativeStack
from .settings import Settings, StackError


def choose(s: Settings, command: str) -> NativeStack | ComposeStack:
    """down/status follow the mode and topology `up` recorded; up follows AIWATCH_STACK_MODE or `docker
    info`, and AIWATCH_TOPOLOGY (ha: natively, aiwatch.stack.ha)."""
    state = s.load_state()
    recorded = state.get("mode")
    if command != "up" and state.get("topology") in ("single", "ha"):
        s.topology = state["topology"]  # down/status follow what `up` started, on its ports
        s.ports = {**s.ports, **state.get("ports", {})}
    if s.topology == "ha":
        check_topology(recorded if command != "up" and recorded else s.mode)
        if command == "up":
            print(f"starting the HA topology natively in {s.run_dir} (docs/scaling.md)")
        return HaStack(s)
    if command != "up" and recorded in ("native", "compose"):
        mode = recorded
    elif s.mode != "auto":
        mode = s.mode
    elif command == "up" and recorded == "native" and NativeStack(s).exporter_running():
        mode = "native"
    else:
        mode = "compose" if docker_engine_available() else "native"
    if mode == "compose" and command == "up":
        print("Docker engine found: starting the stack with Docker Compose")
    elif mode == "native" and command == "up":
        print(f"no Docker engine answers: starting the stack natively in {s.run_dir}")
    return ComposeStack(s) if mode == "compose" else NativeStack(s)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m aiwatch.stack", description=(PACKAGE_DOC or "").split("\n\n")[0]
    )
    p.add_argument("command", choices=("up", "down", "status"))
    p.add_argument("--run-dir", default="run", help="directory for configs, data, logs and pid files")
    args = p.parse_args(argv)
    try:
        s = Settings.from_env(Path(args.run_dir))
        stack = choose(s, args.command)
        return int(getattr(stack, args.command)())
    except StackError as exc:
        print(f"aiwatch stack: {exc}", file=sys.stderr)
        return 1
