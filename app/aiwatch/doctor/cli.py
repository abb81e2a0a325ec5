"""`aiwatch doctor` / `python -m aiwatch.doctor` (what `make doctor` runs)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..config import ConfigError, config_dir
from ..durations import parse_duration
from ..reload import load_all
from .checks import Context, run
from .probe import Probe
from .report import EXIT_CODES, exit_code, render_json, render_table
from .settings import load_doctor_settings, resolve_targets


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="machine-readable report (for CI)")
    p.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")
    p.add_argument("--config-dir", help="the deployment's config (default: $AIWATCH_CONFIG_DIR or ./config)")
    p.add_argument(
        "--run-dir", default="run", help="where `make up` recorded the stack's ports (run/stack.json)"
    )
    p.add_argument("--exporter-url")
    p.add_argument("--prometheus-url")
    p.add_argument("--alertmanager-url")
    p.add_argument("--grafana-url", help="default $GRAFANA_URL; without it the dashboards are not checked")
    p.add_argument("--grafana-token", help="default $GRAFANA_TOKEN (Viewer is enough)")
    p.add_argument("--window", help="how recent telemetry must be (default: telemetry_window of doctor.yaml)")


def doctor(args: argparse.Namespace) -> int:
    directory = Path(args.config_dir) if args.config_dir else config_dir()
    try:
        loaded = load_all(directory)
        settings = load_doctor_settings(directory)
        window = args.window or settings.telemetry_window
        if parse_duration(window) <= 0:
            raise ConfigError(f"--window must be a positive duration, got {window!r}")
        targets = resolve_targets(
            Path(args.run_dir),
            exporter=args.exporter_url,
            prometheus=args.prometheus_url,
            alertmanager=args.alertmanager_url,
            grafana=args.grafana_url,
            grafana_token=args.grafana_token,
        )
    except (ConfigError, ValueError) as exc:
        print(f"aiwatch doctor: {exc}", file=sys.stderr)
        return 2
    assert loaded.thresholds is not None
    ctx = Context(
        targets, loaded.config, loaded.thresholds, settings, Probe(settings.http_timeout_seconds), window
    )
    results = run(ctx)
    code = exit_code(results, args.strict)
    if args.json:
        print(render_json(results, targets, code))
    else:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        print(render_table(results, targets, color=color))
    return code


def main(argv: list[str] | None = None) -> int:
    epilog = "exit codes: " + "; ".join(f"{k} {v}" for k, v in EXIT_CODES.items())
    p = argparse.ArgumentParser(
        prog="aiwatch doctor",
        description="Check a running aiwatch deployment against the production checklist (docs/production.md).",
        epilog=epilog,
    )
    add_arguments(p)
    return doctor(p.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
