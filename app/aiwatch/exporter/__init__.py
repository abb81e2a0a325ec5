"""The aiwatch exporter: a Flask application factory.

The exporter is stateless apart from counters: it validates telemetry,
updates Prometheus metrics and exposes them. Windows, percentiles and
projections are PromQL in rules/, which is what makes it correct across
gunicorn workers and replicas.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask, current_app

from ..config import Config, load_config
from ..exposition import MultiprocessExposition
from ..health import Component, load_components
from ..recorder import Recorder
from .http import install_error_handlers


@dataclass
class Runtime:
    """Per-process state shared by the blueprints."""

    config: Config
    recorder: Recorder
    health: tuple[Component, ...]
    started: float = field(default_factory=time.time)
    multiproc_dir: Path | None = None
    exposition: MultiprocessExposition | None = None


def runtime() -> Runtime:
    return current_app.extensions["aiwatch"]


def _start_time(multiproc_dir: Path | None) -> float:
    """When this exporter's counters started (shared by all workers)."""
    if multiproc_dir is not None:
        marker = multiproc_dir / "started_at"
        try:
            return float(marker.read_text())
        except (OSError, ValueError):
            pass
    return time.time()


def create_app(config: Config | None = None, config_dir: Path | None = None) -> Flask:
    """Build the app. Raises ConfigError when the configuration is invalid."""
    cfg = config or load_config(config_dir)
    mp = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    mp_dir = Path(mp) if mp else None
    rec = Recorder(cfg)
    rec.publish_config()

    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = cfg.limits.max_body_bytes
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.extensions["aiwatch"] = Runtime(
        config=cfg,
        recorder=rec,
        health=load_components(cfg.source),
        started=_start_time(mp_dir),
        multiproc_dir=mp_dir,
        exposition=MultiprocessExposition(str(mp_dir)) if mp_dir else None,
    )
    install_error_handlers(app)

    from .events_api import bp as events_bp
    from .ops import bp as ops_bp

    app.register_blueprint(events_bp)
    app.register_blueprint(ops_bp)
    try:
        from .screening import bp as screening_bp
    except ImportError:  # safety checks not installed in this build
        pass
    else:
        app.register_blueprint(screening_bp)
    return app
