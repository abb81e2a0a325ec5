"""`python -m aiwatch.mixin`: generate, check and measure everything the catalogue renders.

    python -m aiwatch.mixin generate [--check]      rules/, docs/alerts.md, grafana/dashboards/
    python -m aiwatch.mixin rules [--check]         rules/ and docs/alerts.md only
    python -m aiwatch.mixin rules --profile fast --out DIR   the fast profile (e2e tests, demos)
    python -m aiwatch.mixin dashboards [--check]    grafana/dashboards/*.json only
    python -m aiwatch.mixin matrix --out DIR        the traffic-matrix promtool tests, to run by hand
    python -m aiwatch.mixin measure                 run the matrix in promtool, record detection times
    python -m aiwatch.mixin import-dashboards --url URL --token TOKEN
    python -m aiwatch.mixin otel-pricing [--models M,...] [--out FILE]   cost rules for OTel metrics

Exit status: 0 done (or up to date), 1 a generated file is stale, 2 invalid input.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from ..config import ConfigError
from ..paths import CONFIG_DIR, DOCS_DIR, GRAFANA_DIR, RULES_DIR
from .catalogue import build
from .matrix import (
    DETECTION_FILE,
    load_detection,
    matrix_alerts,
    render_detection,
    render_matrix,
    render_matrix_doc,
)
from .model import Catalogue
from .render import GENERATOR, RULES_MARKER, render_alerts_doc, render_rules, stale_files, write_files
from .thresholds import PROFILE_NAMES, load_thresholds

THRESHOLDS = CONFIG_DIR / "thresholds.yaml"
ALERTS_DOC = DOCS_DIR / "alerts.md"
DASHBOARD_DIR = GRAFANA_DIR / "dashboards"


def _err(message: str) -> None:
    print(f"aiwatch.mixin: {message}", file=sys.stderr)


def alerts_doc(cat: Catalogue) -> str:
    return render_alerts_doc(cat, render_matrix_doc(cat, load_detection()))


def _rules(args: argparse.Namespace, cat: Catalogue | None = None) -> int:
    if args.profile != "default" and args.out is None:
        _err("--profile fast needs --out DIR: rules/ holds the default profile only")
        return 2
    cat = cat or build(load_thresholds(args.thresholds), args.profile)
    files = render_rules(cat)
    out: Path = args.out or RULES_DIR
    doc = alerts_doc(cat) if args.out is None else None
    if args.check:
        stale = stale_files(files, out, "*.yml", _err)
        if doc is not None:
            stale += stale_files({ALERTS_DOC.name: doc}, ALERTS_DOC.parent, None, _err)
        return 1 if stale else 0
    write_files(files, out, stale_marker=RULES_MARKER, pattern="*.yml")
    if doc is not None:
        write_files({ALERTS_DOC.name: doc}, ALERTS_DOC.parent)
    return 0


def _dashboards(args: argparse.Namespace, cat: Catalogue | None = None) -> int:
    try:
        from .dashboards import render
    except ImportError as exc:
        _err(f"dashboards need grafanalib (pip install -r requirements-dev.txt): {exc}")
        return 2
    cat = cat or build(load_thresholds(args.thresholds))
    files = render(cat)
    out: Path = args.out or DASHBOARD_DIR
    if args.check:
        return 1 if stale_files(files, out, "*.json", _err) else 0
    write_files(files, out)
    for path in out.glob("*.json"):
        if path.name not in files:
            path.unlink()
    return 0


def _detection_check(cat: Catalogue) -> int:
    """The measured detection times cover every matrix alert and level, in the committed format."""
    detection = load_detection()
    want = render_detection(cat, detection)
    text = DETECTION_FILE.read_text(encoding="utf-8") if DETECTION_FILE.is_file() else ""
    if text != want or any(v is None for v in detection.values()) or not detection:
        missing = [
            a.name for a in matrix_alerts(cat) if not any(k.startswith(f"{a.name}/") for k in detection)
        ]
        _err(
            f"stale: {DETECTION_FILE} does not match the traffic matrix"
            + (f" (no measurement for {', '.join(sorted(set(missing)))})" if missing else "")
            + f"; run `{GENERATOR} measure` (make measure)"
        )
        return 1
    return 0


def _generate(args: argparse.Namespace) -> int:
    cat = build(load_thresholds(args.thresholds))
    ns = argparse.Namespace(check=args.check, profile="default", out=None, thresholds=args.thresholds)
    rc = _rules(ns, cat)
    rc = max(rc, _dashboards(ns, cat))
    if args.check:
        rc = max(rc, _detection_check(cat))
        if rc == 1:
            _err("run `make generate` and commit the result")
    return rc


def _matrix(args: argparse.Namespace) -> int:
    cat = build(load_thresholds(args.thresholds))
    for path in render_matrix(cat, args.out):
        print(path)
    return 0


def _measure(args: argparse.Namespace) -> int:
    from .matrix import measure, target_misses

    cat = build(load_thresholds(args.thresholds))
    with tempfile.TemporaryDirectory(prefix="aiwatch-matrix-") as tmp:
        try:
            measured = measure(cat, Path(tmp) / "matrix", jobs=args.jobs)
        except RuntimeError as exc:
            _err(str(exc))
            return 1
    DETECTION_FILE.write_text(render_detection(cat, measured), encoding="utf-8")
    write_files({ALERTS_DOC.name: alerts_doc(cat)}, ALERTS_DOC.parent)
    misses = target_misses(cat, load_detection())
    for miss in misses:
        _err(f"target missed: {miss}")
    print(f"measured {len(measured)} detection times into {DETECTION_FILE}")
    return 1 if misses else 0


def _otel_pricing(args: argparse.Namespace) -> int:
    """Price the optional OTel group's token copies for the given (or the configured) models."""
    from ..config import load_config
    from ..pricing import Pricing
    from .otel import render_pricing

    cfg = load_config(args.config_dir)
    models = [m.strip() for m in (args.models or "").split(",") if m.strip()]
    models = models or sorted({m for s in cfg.services.values() for m in s.models})
    if not models:
        _err("no models: pass --models or list them under services.<name>.models in services.yaml")
        return 2
    try:
        text, unpriced = render_pricing(load_thresholds(args.thresholds), models, Pricing(cfg.prices))
    except ValueError as exc:
        _err(f"{exc} (models: {', '.join(models)})")
        return 2
    for model in unpriced:
        _err(f"no price for {model}: its calls count as unpriced (add it to config/pricing.yaml)")
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
    return 0


def _import_dashboards(argv: Sequence[str]) -> int:
    from .grafana_import import main

    return main(list(argv))


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m aiwatch.mixin", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)

    def command(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_)
        p.set_defaults(func=func)
        if name != "import-dashboards":
            p.add_argument(
                "--thresholds", type=Path, default=THRESHOLDS, help="thresholds file (default: config/)"
            )
        return p

    p = command("generate", _generate, "rules/, docs/alerts.md and grafana/dashboards/")
    p.add_argument("--check", action="store_true", help="exit 1 if a committed file differs")
    p = command("rules", _rules, "rules/ and docs/alerts.md (or one profile into --out)")
    p.add_argument("--check", action="store_true", help="exit 1 if a committed file differs")
    p.add_argument(
        "--profile", choices=PROFILE_NAMES, default="default", help="default, or fast for e2e tests"
    )
    p.add_argument("--out", type=Path, help="rules directory (default: rules/, with docs/alerts.md)")
    p = command("dashboards", _dashboards, "grafana/dashboards/*.json")
    p.add_argument("--check", action="store_true", help="exit 1 if a committed file differs")
    p.add_argument("--out", type=Path, help="output directory (default: grafana/dashboards)")
    p = command("matrix", _matrix, "write the traffic-matrix promtool tests (run them with promtool)")
    p.add_argument("--out", type=Path, required=True, help="directory for the test files")
    p = command("measure", _measure, "run the traffic matrix in promtool and record the detection times")
    p.add_argument("--jobs", type=int, default=None, help="promtool processes at once (default: CPUs)")
    p = command("otel-pricing", _otel_pricing, "cost rules for OTel metrics in Prometheus (docs/otel.md)")
    p.add_argument("--models", help="comma-separated model names (default: the models in services.yaml)")
    p.add_argument("--config-dir", type=Path, default=CONFIG_DIR, help="services.yaml, pricing.yaml")
    p.add_argument("--out", type=Path, help="rule file to write (default: standard output)")
    # listed for --help; main() hands its arguments to aiwatch.mixin.grafana_import unparsed
    sub.add_parser(
        "import-dashboards", help="push grafana/dashboards/*.json to Grafana (--url, --token; see --help)"
    )
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["import-dashboards"]:
        return _import_dashboards(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ConfigError as exc:
        _err(str(exc))
        return 2
