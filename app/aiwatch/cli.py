"""The `aiwatch` command line: serve, simulate, check-config, doctor, fake-llm."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from .config import ConfigError
from .hugepages import with_hugepages


def _serve(args: argparse.Namespace) -> int:
    if args.config_dir:
        os.environ["AIWATCH_CONFIG_DIR"] = str(Path(args.config_dir).resolve())
    try:  # fail fast with the config error before forking workers (the same check as check-config)
        from .reload import load_all

        load_all()
    except ConfigError as exc:
        print(f"aiwatch: invalid configuration: {exc}", file=sys.stderr)
        return 2
    mp = args.multiproc_dir or os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not mp:
        mp = tempfile.mkdtemp(prefix="aiwatch-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(Path(mp).resolve())
    conf = Path(__file__).with_name("gunicorn_conf.py")
    argv = [
        sys.executable,
        "-m",
        "gunicorn",
        "-c",
        str(conf),
        "--bind",
        f"{args.host}:{args.port}",
        "--workers",
        str(args.workers),
    ]
    if args.pid_file:
        argv += ["--pid", args.pid_file]
    # The master and its workers start with huge pages for the screen's DFA memory (hugepages.py).
    os.execve(sys.executable, argv, with_hugepages(os.environ))
    return 0  # pragma: no cover


def _check_config(args: argparse.Namespace) -> int:
    """Accept or reject exactly what the exporter's start-up does: both call reload.load_all()."""
    from .reload import load_all

    try:
        cfg = load_all(Path(args.config_dir) if args.config_dir else None).config
    except ConfigError as exc:
        print(f"aiwatch: invalid configuration: {exc}", file=sys.stderr)
        return 2
    print(
        f"configuration in {cfg.source} is valid: {len(cfg.services)} services, "
        f"{len(cfg.prices)} price overrides"
    )
    return 0


def _simulate(args: argparse.Namespace) -> int:
    from .simulate import run

    return run(args)


def _doctor(args: argparse.Namespace) -> int:
    from .doctor.cli import doctor

    return doctor(args)


def _fake_llm(args: argparse.Namespace) -> int:
    from .fakellm import serve

    if not 1 <= args.port <= 65535:
        print(f"aiwatch fake-llm: --port must be between 1 and 65535, got {args.port}", file=sys.stderr)
        return 2
    return serve(args.host, args.port, args.reply)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aiwatch", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("serve", help="run the exporter under gunicorn")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--workers", type=int, default=2)
    s.add_argument("--config-dir", help="config directory (default: $AIWATCH_CONFIG_DIR or ./config)")
    s.add_argument("--multiproc-dir", help="prometheus_client multiprocess directory (wiped at start)")
    s.add_argument("--pid-file")
    s.set_defaults(func=_serve)

    c = sub.add_parser("check-config", help="validate the config directory and exit")
    c.add_argument("--config-dir")
    c.set_defaults(func=_check_config)

    m = sub.add_parser("simulate", help="send simulated LLM traffic with incident scenarios")
    m.add_argument("--scenario", default="normal")
    m.add_argument("--rate", type=float, default=20.0, help="events per second")
    m.add_argument(
        "--duration",
        type=float,
        default=None,
        help="seconds to run (default: long enough for the scenario's alerts on the stack's profile)",
    )
    m.add_argument("--target", default="http://127.0.0.1:8000", help="exporter base URL")
    m.add_argument("--seed", type=int, default=None)
    m.set_defaults(func=_simulate)

    from .doctor.cli import add_arguments
    from .doctor.report import EXIT_CODES

    d = sub.add_parser(
        "doctor",
        help="check a running deployment against the production checklist (docs/production.md)",
        epilog="exit codes: " + "; ".join(f"{k} {v}" for k, v in EXIT_CODES.items()),
    )
    add_arguments(d)
    d.set_defaults(func=_doctor)

    f = sub.add_parser(
        "fake-llm", help="run a local OpenAI-compatible provider (for examples/chat_service.py and demos)"
    )
    f.add_argument("--host", default="127.0.0.1")
    f.add_argument("--port", type=int, default=9999)
    f.add_argument("--reply", default="Hello from the fake model", help="the text every completion answers")
    f.set_defaults(func=_fake_llm)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
