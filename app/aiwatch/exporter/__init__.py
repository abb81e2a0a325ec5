"""The aiwatch exporter: a Flask application factory.

The exporter is stateless apart from counters: it validates telemetry,
updates Prometheus metrics and exposes them. Windows, percentiles and
projections are PromQL in rules/, which is what makes it correct across
gunicorn workers and replicas.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask, current_app

from ..catalog import metrics
from ..config import Config
from ..durations import parse_duration
from ..exposition import MultiprocessExposition
from ..health import Bounds, Component, load_bounds, load_components
from ..incidents import IncidentLog, from_settings
from ..mixin.thresholds import load_thresholds, thresholds_path
from ..projection import CostSamples, Sampler
from ..recorder import Recorder
from ..reload import ConfigWatcher, Loaded
from .http import install_error_handlers


@dataclass
class Runtime:
    """Per-process state shared by the blueprints."""

    config: Config
    recorder: Recorder
    health: tuple[Component, ...]
    bounds: Bounds
    watcher: ConfigWatcher | None = None
    started: float = field(default_factory=time.time)
    multiproc_dir: Path | None = None
    exposition: MultiprocessExposition | None = None
    projection_window: float = 3600.0  # windows.cost_projection, seconds (aiwatch.projection)
    cost_samples: CostSamples | None = None

    def apply(self, loaded: Loaded) -> None:
        """Switch to a newly loaded configuration (guards and prices start afresh)."""
        changed_log = loaded.config.incident_log != self.config.incident_log
        self.config, self.health, self.bounds = loaded.config, loaded.health, loaded.bounds
        self.projection_window = projection_window(loaded)
        self.recorder = self.recorder.reconfigured(loaded.config)
        if changed_log:
            old, self.recorder.incidents = self.recorder.incidents, _incident_log(loaded.config)
            if old is not None:
                old.close()
        self.recorder.publish_config()

    @property
    def incidents(self) -> IncidentLog | None:
        return self.recorder.incidents


def _incident_log(config: Config) -> IncidentLog | None:
    """The incident log of exporter.yaml; a file that cannot be opened leaves the exporter up, logging to
    stderr why (the incident log is evidence, not a reason to stop counting)."""
    try:
        return from_settings(config.incident_log, source="exporter")
    except (OSError, ValueError) as exc:
        logging.getLogger("aiwatch.incidents").error("incident log disabled: %s", exc)
        return None


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


def projection_window(loaded: Loaded) -> float:
    """windows.cost_projection in seconds, from the thresholds file the configuration came with."""
    t = loaded.thresholds or load_thresholds(thresholds_path(loaded.config.source))
    return parse_duration(t.windows.cost_projection)


def create_app(config: Config | None = None, config_dir: Path | None = None) -> Flask:
    """Build the app. Raises ConfigError when the configuration is invalid (and no
    last good snapshot exists)."""
    mp = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    mp_dir = Path(mp) if mp else None
    watcher = None
    if config is None:
        watcher = ConfigWatcher(
            metrics(), config_dir, snapshot_dir=mp_dir / "last-good-config" if mp_dir else None
        )
        loaded = watcher.initial()
    else:
        loaded = Loaded(config, load_components(config.source), load_bounds(config.source))
    rec = Recorder(loaded.config, incidents=_incident_log(loaded.config))
    rec.publish_config()

    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = loaded.config.limits.max_body_bytes
    app.json.sort_keys = False  # type: ignore[attr-defined]
    rt = Runtime(
        config=loaded.config,
        recorder=rec,
        health=loaded.health,
        bounds=loaded.bounds,
        watcher=watcher,
        started=_start_time(mp_dir),
        multiproc_dir=mp_dir,
        exposition=MultiprocessExposition(str(mp_dir)) if mp_dir else None,
    )
    rt.projection_window = projection_window(loaded)
    if mp_dir is not None:  # samples of the cumulative cost, shared by the workers (aiwatch.projection)
        rt.cost_samples = CostSamples(mp_dir, rt.projection_window)
        from .ops import total_cost

        Sampler(rt.cost_samples, lambda: total_cost(rt)).start()
    app.extensions["aiwatch"] = rt
    install_error_handlers(app)

    if watcher is not None:

        @app.before_request
        def _maybe_reload() -> None:
            loaded = watcher.poll()
            if loaded is not None:
                rt.apply(loaded)

    from .events_api import bp as events_bp
    from .front import bp as front_bp
    from .incidents_api import bp as incidents_bp
    from .ops import bp as ops_bp
    from .otlp_api import bp as otlp_bp
    from .runbooks import bp as runbooks_bp
    from .screening import bp as screening_bp

    for bp in (events_bp, ops_bp, screening_bp, otlp_bp, incidents_bp, front_bp, runbooks_bp):
        app.register_blueprint(bp)
    return app
