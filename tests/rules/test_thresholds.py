"""config/thresholds.yaml through its one loader: every invalid value is rejected with file, key and
problem, and `aiwatch check-config` rejects exactly what the exporter's start-up rejects."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from aiwatch import cli
from aiwatch.config import ConfigError
from aiwatch.exporter import create_app
from aiwatch.health import load_bounds, load_components
from aiwatch.mixin.thresholds import Thresholds, load_thresholds
from aiwatch.paths import CONFIG_DIR

THRESHOLDS = (CONFIG_DIR / "thresholds.yaml").read_text(encoding="utf-8")

# (what is wrong, old text, new text, what the message must name). Each `old` occurs in the file.
INVALID = [
    (
        "latency threshold is no bucket bound",
        "    threshold_seconds: 2\n",
        "    threshold_seconds: 1.5\n",
        "slo.latency.threshold_seconds: must be a bucket bound of ai_request_duration_seconds",
    ),
    (
        "low-confidence threshold is no bucket bound",
        "  low_confidence_threshold: 0.5\n",
        "  low_confidence_threshold: 0.55\n",
        "quality.low_confidence_threshold: must be a bucket bound",
    ),
    (
        "P95 threshold is no bucket bound",
        "    p95_warning_seconds: 2\n",
        "    p95_warning_seconds: 3\n",
        "alerts.latency.p95_warning_seconds: must be a bucket bound",
    ),
    (
        "TTFT threshold is no bucket bound",
        "    p95_warning_seconds: 1\n",
        "    p95_warning_seconds: 0.75\n",
        "alerts.ttft.p95_warning_seconds: must be a bucket bound",
    ),
    (
        "health weights do not sum to 1",
        "      weight: 0.4\n",
        "      weight: 0.5\n",
        "health.components: weights must sum to 1, got 1.1",
    ),
    (
        "health limit is 0",
        "      limit: 0.05\n",
        "      limit: 0\n",
        "health.components.errors.limit: must be > 0",
    ),
    (
        "health weight is negative",
        "      weight: 0.15\n",
        "      weight: -0.15\n",
        "health.components.hallucination.weight: must be >= 0",
    ),
    (
        "health component has an unknown key",
        "      limit: 0.10\n      description: share of screened",
        "      limt: 0.10\n      description: share of screened",
        "health.components.hallucination.limt: unknown key",
    ),
    (
        "bad duration",
        "  errors:                        # AIErrorRateHigh: per model and service\n"
        "    ratio_warning: 0.05\n    warning_for: 10m\n",
        "  errors:                        # AIErrorRateHigh: per model and service\n"
        "    ratio_warning: 0.05\n    warning_for: 10 minutes\n",
        "alerts.errors.warning_for: must be a Prometheus duration like 5m or 1h30m, got '10 minutes'",
    ),
    ("bad window", "  sparse: 1h ", "  sparse: 1hour ", "windows.sparse: must be a Prometheus duration"),
    ("zero duration", "  page_for: 2m ", "  page_for: 0 ", "slo.page_for: must be a Prometheus duration"),
    (
        "availability objective of 1",
        "    objective: 0.995 ",
        "    objective: 1 ",
        "slo.availability.objective: must be below 1, got 1",
    ),
    (
        "latency objective above 1",
        "    objective: 0.95 ",
        "    objective: 1.5 ",
        "slo.latency.objective: must be below 1",
    ),
    (
        "objective is text",
        "    objective: 0.995 ",
        "    objective: high ",
        "slo.availability.objective: must be a number, got 'high'",
    ),
    ("missing key", "  min_events: 30\n", "", "traffic.min_events: missing"),
    (
        "missing section",
        "runbooks:\n  base_url: http://127.0.0.1:8000/runbooks\n",
        "",
        "runbooks: missing",
    ),
    (
        "unknown key (typo)",
        "    ratio_warning: 0.05\n",
        "    ratio_warnig: 0.05\n",
        "alerts.errors.ratio_warnig: unknown key",
    ),
    (
        "ratio of 1.5",
        "    ratio_warning: 0.05\n",
        "    ratio_warning: 1.5\n",
        "alerts.errors.ratio_warning: must be below 1",
    ),
    (
        "negative money",
        "    per_request_warning_usd: 0.015 ",
        "    per_request_warning_usd: -1 ",
        "alerts.cost.per_request_warning_usd: must be >= 0",
    ),
    (
        "minimum events of 0",
        "  min_events: 30\n",
        "  min_events: 0\n",
        "traffic.min_events: must be a whole number >= 1",
    ),
    (
        "minimum events not whole",
        "  min_bad_events: 3\n",
        "  min_bad_events: 2.5\n",
        "traffic.min_bad_events: must be a whole number >= 1",
    ),
    (
        "boolean for a number",
        "  min_confidence_samples: 20\n",
        "  min_confidence_samples: true\n",
        "traffic.min_confidence_samples: must be a whole number",
    ),
    (
        "unknown injection severity",
        "severities: [high, critical]",
        "severities: [urgent]",
        "alerts.injection.severities: must list some of low, medium, high, critical",
    ),
    (
        "minimum detections of 0",
        "    min_detections: 10\n",
        "    min_detections: 0\n",
        "alerts.injection.min_detections: must be a whole number >= 1",
    ),
    (
        "drift warning above critical",
        "    warning_ratio: 0.10\n",
        "    warning_ratio: 0.20\n",
        "alerts.drift: warning_ratio must be below critical_ratio",
    ),
    (
        "sparse window not longer than the busy one",
        "  sparse: 1h ",
        "  sparse: 5m ",
        "windows.sparse: must be longer than windows.rate",
    ),
    (
        "baseline overlapping the recent window",
        "  confidence_baseline_offset: 30m ",
        "  confidence_baseline_offset: 10m ",
        "windows.confidence_baseline_offset: must be at least windows.confidence_recent",
    ),
    (
        "burn window pair reversed",
        "page_fast: {long: 1h, short: 5m}",
        "page_fast: {long: 5m, short: 1h}",
        "slo.burn_windows.page_fast: short (1h) must be shorter than long (5m)",
    ),
    (
        "burn rate that can never fire",
        "    page_fast: 14.4 ",
        "    page_fast: 250 ",
        "slo.burn_rates.page_fast: 250 x the availability error budget",
    ),
    (
        "fast profile misses a window",
        "      3d: 50s\n",
        "",
        "profiles.fast.windows: has no entry for window(s) 3d",
    ),
    (
        "fast profile out of order",
        "      1d: 40s\n",
        "      1d: 5s\n",
        "profiles.fast.windows: must keep the order",
    ),
    ("not YAML", "alerts:\n", "alerts: [\n", "cannot load"),
]


def _config(tmp_path: Path, old: str | None = None, new: str = "") -> Path:
    d = tmp_path / "config"
    shutil.copytree(CONFIG_DIR, d)
    if old is not None:
        assert old in THRESHOLDS, old
        (d / "thresholds.yaml").write_text(THRESHOLDS.replace(old, new, 1), encoding="utf-8")
    return d


def _check_config(d: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    rc = cli.main(["check-config", "--config-dir", str(d)])
    return rc, capsys.readouterr().err


def test_the_repository_thresholds_load() -> None:
    t = load_thresholds()
    assert isinstance(t, Thresholds) and t.path == CONFIG_DIR / "thresholds.yaml"
    assert t.windows_used() <= set(t.profiles.fast.windows)
    assert load_components(CONFIG_DIR) == t.health.components
    assert load_bounds(CONFIG_DIR).slow_seconds == t.slo.latency.threshold_seconds


def test_valid_config_passes_check_config_and_start_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = _config(tmp_path)
    rc, err = _check_config(d, capsys)
    assert rc == 0, err
    assert create_app(config_dir=d) is not None


@pytest.mark.parametrize(("what", "old", "new", "message"), INVALID, ids=[case[0] for case in INVALID])
def test_check_config_rejects_exactly_what_start_up_rejects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str, old: str, new: str, message: str
) -> None:
    d = _config(tmp_path, old, new)
    path = d / "thresholds.yaml"
    with pytest.raises(ConfigError) as start_up:
        create_app(config_dir=d)
    assert str(path) in str(start_up.value) and message in str(start_up.value), (what, str(start_up.value))
    rc, err = _check_config(d, capsys)
    assert rc == 2 and err == f"aiwatch: invalid configuration: {start_up.value}\n", (what, err)


@pytest.mark.parametrize(
    ("what", "text", "message"),
    [
        ("empty file", "", "runbooks: missing"),
        ("a list at the top", "- 1\n- 2\n", "(top level): must be a mapping, got list"),
        (
            "a section that is a number",
            yaml.safe_dump({**yaml.safe_load(THRESHOLDS), "traffic": 3}),
            "traffic: must be a mapping, got int",
        ),
    ],
)
def test_whole_file_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str, text: str, message: str
) -> None:
    d = _config(tmp_path)
    (d / "thresholds.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        create_app(config_dir=d)
    rc, err = _check_config(d, capsys)
    assert rc == 2 and message in err, what


def test_missing_thresholds_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = _config(tmp_path)
    (d / "thresholds.yaml").unlink()
    with pytest.raises(ConfigError, match=r"thresholds\.yaml: file not found"):
        create_app(config_dir=d)
    rc, err = _check_config(d, capsys)
    assert rc == 2 and "thresholds.yaml: file not found" in err
