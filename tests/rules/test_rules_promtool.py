"""Rules load in a real Prometheus toolchain: promtool check rules/config and the unit tests.

The promtool unit-test files (tests/rules/*.test.yml) run in parallel processes
started once per module, so the suite stays fast; each file is its own test.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from aiwatch.durations import parse_duration
from aiwatch.mixin import write_rules
from aiwatch.paths import RULES_DIR
from aiwatch.stack.prometheus import render_prometheus_config

RULES = RULES_DIR
HERE = Path(__file__).parent
UNIT_FILES = sorted(p.name for p in HERE.glob("*.test.yml"))
TIMEOUT = 240
TARGETS = {
    "aiwatch": ["127.0.0.1:8000"],
    "prometheus": ["127.0.0.1:9090"],
    "alertmanager": ["127.0.0.1:9093"],
}


def promtool_bin() -> str:
    path = shutil.which("promtool")
    assert path, "promtool not found: install the Debian package prometheus (make setup)"
    return path


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [promtool_bin(), *args], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def test_check_rules_clean() -> None:
    files = sorted(str(p) for p in RULES.glob("*.yml"))
    assert len(files) >= 5
    r = promtool("check", "rules", *files)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.count("SUCCESS") == len(files)
    assert "WARNING" not in r.stdout + r.stderr


def test_check_rendered_config_loads_every_rule_file(tmp_path: Path) -> None:
    cfg = render_prometheus_config(tmp_path, TARGETS)
    r = promtool("check", "config", str(cfg))
    assert r.returncode == 0, r.stdout + r.stderr
    for f in RULES.glob("*.yml"):
        assert f.name in r.stdout, f"{f.name} not loaded by the rendered prometheus.yml:\n{r.stdout}"


@pytest.fixture(scope="module")
def unit_runs() -> dict[str, subprocess.Popen[str]]:
    """Start `promtool test rules` for every unit-test file at once."""
    procs = {
        name: subprocess.Popen(
            [promtool_bin(), "test", "rules", name],
            cwd=HERE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name in UNIT_FILES
    }
    yield procs
    for p in procs.values():
        if p.poll() is None:
            p.kill()
            p.wait(timeout=10)


def test_unit_test_files_exist() -> None:
    assert {"recording.test.yml", "alerts-quality.test.yml", "alerts-meta.test.yml"} <= set(UNIT_FILES)


@pytest.mark.parametrize("name", UNIT_FILES)
def test_promtool_unit_tests(name: str, unit_runs: dict[str, subprocess.Popen[str]]) -> None:
    out, _ = unit_runs[name].communicate(timeout=TIMEOUT)
    assert unit_runs[name].returncode == 0, out
    assert "SUCCESS" in out and "FAILED" not in out, out


def test_unit_tests_fail_on_a_wrong_expectation(tmp_path: Path) -> None:
    """Guards the harness itself: promtool must report a failing expectation as a failure."""
    src = yaml.safe_load((HERE / "alerts-meta.test.yml").read_text(encoding="utf-8"))
    src["rule_files"] = [str(RULES / "*.yml")]
    src["tests"] = [t for t in src["tests"] if t["name"] == "watchdog"]
    src["tests"][0]["alert_rule_test"][0]["exp_alerts"][0]["exp_labels"]["severity"] = "critical"
    bad = tmp_path / "bad.test.yml"
    bad.write_text(yaml.safe_dump(src), encoding="utf-8")
    r = promtool("test", "rules", str(bad))
    assert r.returncode != 0 and "FAILED" in r.stdout + r.stderr


DURATION = re.compile(r"\[(\d+[smhdwy])\]|offset (\d+[smhdwy])")


def test_fast_profile_same_rules_short_windows(tmp_path: Path) -> None:
    out = write_rules(tmp_path / "fast", profile="fast")
    files = sorted(out.glob("*.yml"))
    assert [f.name for f in files] == sorted(f.name for f in RULES.glob("*.yml"))
    r = promtool("check", "rules", *map(str, files))
    assert r.returncode == 0, r.stdout + r.stderr
    cfg = render_prometheus_config(
        tmp_path / "prom", TARGETS, rules_dir=out, scrape_interval="1s", evaluation_interval="1s"
    )
    r = promtool("check", "config", str(cfg))
    assert r.returncode == 0, r.stdout + r.stderr

    def rules_of(directory: Path) -> list[dict]:
        return [
            rule
            for f in sorted(directory.glob("*.yml"))
            for g in yaml.safe_load(f.read_text(encoding="utf-8"))["groups"]
            for rule in g["rules"]
        ]

    fast, default = rules_of(out), rules_of(RULES)
    key = lambda r: (r.get("record") or r["alert"], r.get("labels", {}).get("severity"))  # noqa: E731
    assert [key(r) for r in fast] == [key(r) for r in default]
    for r in fast:
        if "for" in r:
            assert parse_duration(r["for"]) <= 5, r
        for m in DURATION.finditer(r["expr"]):
            assert parse_duration(m.group(1) or m.group(2)) <= 60, (m.group(0), r["expr"])
    # thresholds, selectors and formulas are identical: only durations differ
    for a, b in zip(fast, default, strict=True):
        assert normalise(a["expr"]) == normalise(b["expr"]), (a["expr"], b["expr"])
        assert a.get("annotations", {}).get("runbook_url") == b.get("annotations", {}).get("runbook_url")


def normalise(expr: str) -> str:
    """An expression with its durations (and the forecast horizon in seconds) blanked out."""
    expr = re.sub(r"\b\d+[smhdwy]\b", "D", expr)
    return re.sub(r"(predict_linear\([^,]+, )\d+", r"\1H", expr)
