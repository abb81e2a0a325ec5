"""Exporter state with many label sets, for the read-path benchmarks and profiles.

A label set is one (model, service) pair. `config_dir` writes a configuration
whose services are known and whose cardinality cap admits every model;
`events` has a few events per pair with every optional field set, so each
pair creates all its series (~50 per pair: counters, three histograms).
`fill_multiproc` writes the prometheus_client multiprocess files of
`workers` processes directly (the Recorder in each, no HTTP), for profiling
the aggregation in-process; the benchmarks post the same events to a real
exporter instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml
from aiwatch.paths import CONFIG_DIR, REPO

# label sets -> (services, models)
SHAPES = {100: (10, 10), 1_000: (50, 20), 10_000: (100, 100)}


def names(label_sets: int) -> tuple[list[str], list[str]]:
    n_services, n_models = SHAPES[label_sets]
    return [f"svc{i:03d}" for i in range(n_services)], [f"model-{j:03d}" for j in range(n_models)]


def config_dir(dest: Path, label_sets: int) -> Path:
    """A config directory in `dest` that admits every pair of `label_sets` (no folding into 'other')."""
    services, models = names(label_sets)
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "services.yaml").write_text(
        yaml.safe_dump({"services": {s: {"team": f"team{i % 5}"} for i, s in enumerate(services)}})
    )
    (dest / "budgets.yaml").write_text("services: {}\n")
    (dest / "thresholds.yaml").write_text((CONFIG_DIR / "thresholds.yaml").read_text())
    cap = {"max_unknown_values": len(models) + 10, "max_label_length": 64}
    (dest / "exporter.yaml").write_text(yaml.safe_dump({"cardinality": cap}))
    return dest


def events(label_sets: int) -> list[dict]:
    """Between 1 and 7 events per pair with varied tokens, durations, errors and confidence, so the
    series hold different values (as in production) rather than one repeated count."""
    services, models = names(label_sets)
    out = []
    for p, (s, m) in enumerate((s, m) for s in services for m in models):
        for i in range(1 + p % 7):
            k = p * 7 + i
            duration = 0.02 + (k % 113) * 0.037
            ev = {
                "model": m,
                "service": s,
                "prompt_tokens": 10 + k % 997,
                "completion_tokens": 5 + k % 389,
                "duration_seconds": duration,
                "ttft_seconds": duration * (0.05 + (k % 31) / 100),
                "status": "ok",
                "confidence": (k % 101) / 100,
                "cache_hit": i > 0 and k % 5 == 0,  # the first event of a pair creates its series
            }
            if k % 11 == 0:
                ev |= {"status": "error", "error_type": ("timeout", "server", "rate_limit")[k % 3]}
            out.append(ev)
    return out


def fill_multiproc(mp_dir: Path, label_sets: int, workers: int = 2) -> Path:
    """Multiprocess files as `workers` exporter workers that each recorded every pair leave them."""
    mp_dir.mkdir(parents=True, exist_ok=True)
    cfg = config_dir(mp_dir.parent / f"cfg-{label_sets}", label_sets)
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(mp_dir), "PYTHONPATH": str(REPO)}
    for _ in range(workers):
        subprocess.run(
            [sys.executable, "-m", "bench.labelsets", str(cfg), str(label_sets)],
            env=env,
            check=True,
            timeout=600,
        )
    return mp_dir


def _record(cfg: Path, label_sets: int) -> None:
    """In a process started with PROMETHEUS_MULTIPROC_DIR set: record every pair once, as a worker does."""
    from aiwatch.config import load_config
    from aiwatch.events import validate_batch
    from aiwatch.recorder import Recorder

    config = load_config(cfg)
    rec = Recorder(config)
    rec.publish_config()
    evs = events(label_sets)
    for i in range(0, len(evs), 500):
        batch, problems = validate_batch(json.loads(json.dumps({"events": evs[i : i + 500]})), config.limits)
        assert not problems, problems[:3]
        rec.record_many(batch)


if __name__ == "__main__":
    _record(Path(sys.argv[1]), int(sys.argv[2]))
