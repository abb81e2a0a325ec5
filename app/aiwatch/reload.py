"""Keep the exporter on its last good configuration.

Workers re-read config/ when a file changes (checked at most every
`interval` seconds, on the request path: one stat per file). A broken edit is
logged, exported as aiwatch_config_last_reload_successful 0 and shown on
/readyz, and the worker keeps serving with the last configuration that
loaded. Each good load is also snapshotted (file by file, atomically) next to
the multiprocess files, so a worker started later — gunicorn replaces dead
workers and re-spawns all of them on SIGHUP — boots from the snapshot when
the live files are broken instead of failing to boot.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from .catalog import Metrics
from .config import Config, ConfigError, config_dir, load_config
from .health import Bounds, Component, bounds_of
from .mixin.thresholds import Thresholds, load_thresholds, thresholds_path

log = logging.getLogger("aiwatch.config")
FILES = ("exporter.yaml", "services.yaml", "budgets.yaml", "pricing.yaml", "thresholds.yaml")


@dataclass(frozen=True)
class Loaded:
    config: Config
    health: tuple[Component, ...]
    bounds: Bounds
    thresholds: Thresholds | None = None


def load_all(directory: Path | None = None) -> Loaded:
    """Every config file in `directory`, validated: what start-up, reloads and `aiwatch check-config`
    accept or reject (one function, so they always agree). Raises ConfigError on the first problem."""
    cfg = load_config(directory)
    t = load_thresholds(thresholds_path(cfg.source))
    return Loaded(cfg, t.health.components, bounds_of(t), t)


# How stale a worker's view of config/ may be: it re-checks on its first request after this long.
CHECK_INTERVAL_SECONDS = 2.0


class ConfigWatcher:
    def __init__(
        self,
        m: Metrics,
        directory: Path | None = None,
        snapshot_dir: Path | None = None,
        interval: float = CHECK_INTERVAL_SECONDS,
    ) -> None:
        self.m = m
        self.directory = Path(directory) if directory else config_dir()
        self.snapshot_dir = snapshot_dir
        self.interval = interval
        self.error: str | None = None
        self._signature = self._stat()
        self._next_check = time.monotonic() + interval

    def _stat(self) -> tuple:
        sig = []
        for name in FILES:
            try:
                st = (self.directory / name).stat()
                sig.append((name, st.st_mtime_ns, st.st_size))
            except OSError:
                sig.append((name, None, None))
        return tuple(sig)

    def _ok(self, loaded: Loaded) -> Loaded:
        self.error = None
        self.m.config_reload_ok.set(1)
        self.m.config_reload_time.set(time.time())
        if self.snapshot_dir is not None:
            self.snapshot_dir.mkdir(parents=True, exist_ok=True)
            for name in FILES:
                src = self.directory / name
                if src.exists():
                    tmp = self.snapshot_dir / f".{name}.{os.getpid()}"
                    shutil.copyfile(src, tmp)
                    os.replace(tmp, self.snapshot_dir / name)
        return loaded

    def _failed(self, exc: ConfigError) -> None:
        if self.error != str(exc):
            log.error("config reload failed, keeping the last good configuration: %s", exc)
        self.error = str(exc)
        self.m.config_reload_ok.set(0)

    def initial(self) -> Loaded:
        """Load at start-up; fall back to the snapshot when the live files are broken."""
        try:
            return self._ok(load_all(self.directory))
        except ConfigError as exc:
            if self.snapshot_dir is None or not (self.snapshot_dir / "services.yaml").exists():
                raise
            self._failed(exc)
            return load_all(self.snapshot_dir)

    def poll(self) -> Loaded | None:
        """A newly loaded configuration when files changed and load cleanly, else None."""
        now = time.monotonic()
        if now < self._next_check:
            return None
        self._next_check = now + self.interval
        sig = self._stat()
        if sig == self._signature:
            return None
        self._signature = sig
        try:
            loaded = load_all(self.directory)
        except ConfigError as exc:
            self._failed(exc)
            return None
        log.info("configuration reloaded from %s", self.directory)
        return self._ok(loaded)
