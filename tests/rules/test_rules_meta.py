"""Meta-tests: every alert has a unit test, a runbook and the required labels;
every recording rule has a promql_expr_test; generated files are current; bad
thresholds are rejected with a message naming the key."""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from aiwatch import health
from aiwatch.mixin import cli
from aiwatch.mixin.catalogue import build
from aiwatch.mixin.thresholds import load_thresholds
from aiwatch.paths import CONFIG_DIR, DOCS_DIR, REPO, RULES_DIR, RUNBOOKS_DIR

RULES = RULES_DIR
RUNBOOKS = RUNBOOKS_DIR
HERE = Path(__file__).parent
CAMEL = re.compile(r"^[A-Z][A-Za-z0-9]+$")
SEVERITIES = {"critical", "warning", "info", "none"}
SECTIONS = ("## Meaning", "## Impact", "## Diagnosis", "## Mitigation")
DASHBOARD_UIDS = ("aiwatch-overview", "aiwatch-cost", "aiwatch-quality", "aiwatch-security", "aiwatch-slo")
CATALOGUE = build()


def committed_rules() -> list[dict]:
    return [
        rule
        for f in sorted(RULES.glob("*.yml"))
        for g in yaml.safe_load(f.read_text(encoding="utf-8"))["groups"]
        for rule in g["rules"]
    ]


ALERTS = [r for r in committed_rules() if "alert" in r]
RECORDS = [r["record"] for r in committed_rules() if "record" in r]
ALERT_NAMES = sorted({a["alert"] for a in ALERTS})


@functools.cache
def unit_tests() -> list[dict]:
    return [t for f in sorted(HERE.glob("*.test.yml")) for t in yaml.safe_load(f.read_text("utf-8"))["tests"]]


@functools.cache
def alert_cases() -> list[dict]:
    return [case for t in unit_tests() for case in t.get("alert_rule_test", [])]


@functools.cache
def firing_cases() -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict]] = {}
    for case in alert_cases():
        for exp in case.get("exp_alerts") or []:
            out.setdefault((case["alertname"], exp["exp_labels"]["severity"]), []).append(exp)
    return out


def test_rules_exist() -> None:
    assert len(ALERTS) >= 20 and len(RECORDS) >= 40


@pytest.mark.parametrize("alert", ALERTS, ids=lambda a: f"{a['alert']}-{a['labels']['severity']}")
def test_alert_has_required_labels_and_annotations(alert: dict) -> None:
    name = alert["alert"]
    assert CAMEL.match(name), f"{name}: alert names are CamelCase"
    assert alert["labels"]["severity"] in SEVERITIES
    ann = alert["annotations"]
    assert {"summary", "description", "runbook_url"} <= set(ann), name
    assert "{{" not in ann["summary"], f"{name}: summary must be static"
    assert "{{" in ann["description"] or name == "Watchdog", f"{name}: description is templated"
    base = CATALOGUE.thresholds.runbooks.base_url.rstrip("/")
    assert ann["runbook_url"] == f"{base}/{name}.md"
    if "dashboard_url" in ann:
        assert ann["dashboard_url"].rsplit("/", 1)[1] in DASHBOARD_UIDS
    if alert["labels"]["severity"] != "none":
        assert "for" in alert, f"{name}: needs a for: so one bad evaluation does not notify"


@pytest.mark.parametrize("alert", ALERTS, ids=lambda a: f"{a['alert']}-{a['labels']['severity']}")
def test_alert_has_a_firing_unit_test_checking_annotations(alert: dict) -> None:
    key = (alert["alert"], alert["labels"]["severity"])
    cases = firing_cases().get(key)
    assert cases, f"no promtool test in tests/rules/*.test.yml makes {key} fire"
    for exp in cases:
        assert set(exp.get("exp_annotations") or {}) == set(alert["annotations"]), (key, exp)
        labels = exp["exp_labels"]
        if "service" in labels:
            assert "team" in labels, f"{key}: an alert about a service carries its team"


@pytest.mark.parametrize("name", [n for n in ALERT_NAMES if n != "Watchdog"])
def test_alert_has_a_silent_unit_test(name: str) -> None:
    silent = [c for c in alert_cases() if c["alertname"] == name and not c.get("exp_alerts")]
    assert silent, f"no promtool test checks that {name} stays silent"


def test_service_alerts_carry_team_in_some_firing_case() -> None:
    for (name, _sev), cases in firing_cases().items():
        for exp in cases:
            if "model" in exp["exp_labels"]:
                assert "team" in exp["exp_labels"], name


@pytest.mark.parametrize("record", RECORDS)
def test_record_has_promql_expr_test(record: str) -> None:
    token = re.compile(rf"(?<![\w:]){re.escape(record)}(?![\w:])")
    exprs = [c["expr"] for t in unit_tests() for c in t.get("promql_expr_test", [])]
    assert any(token.search(e) for e in exprs), f"no promql_expr_test queries {record}"


def test_contract_records_present() -> None:
    contract = {
        "ai:requests:rate5m",
        "ai:errors:rate5m",
        "ai:errors_by_type:rate5m",
        "ai:error_ratio:rate5m",
        "ai:tokens:rate5m",
        "ai:cost_usd:rate5m",
        "ai:cost_usd:rate1h",
        "ai:cost_usd_per_request:ratio_rate5m",
        "ai:tokens_per_request:ratio_rate5m",
        "ai:unpriced_requests:rate5m",
        "ai:cost_usd:monthly_projection",
        "ai:cost_usd:monthly_projection_total",
        "ai:budget_usage:ratio",
        "ai:response_confidence:mean_recent",
        "ai:response_confidence:mean_baseline",
        "ai:response_confidence:drift_ratio",
        "ai:prompt_injection_detections:rate5m",
        "ai:screened_prompts:rate5m",
        "ai:screened_prompts_blocked:ratio_rate5m",
        "ai:hallucination_flags:rate5m",
        "ai:hallucination_flags:ratio_rate5m",
        "ai:cache_hit:ratio_rate5m",
        "ai:label_overflow:rate5m",
        "ai:health_score",
        "ai:cached_prompt_savings_usd:rate5m",
        "ai:health_score:by_service",
    }
    contract |= {
        f"ai:{m}:{q}_5m"
        for m in ("request_duration_seconds", "time_to_first_token_seconds")
        for q in ("p50", "p95", "p99")
    }
    contract |= {
        f"ai:{s}:ratio_rate{w}"
        for s in ("slo_availability_errors", "slo_latency_slow")
        for w in ("5m", "30m", "1h", "2h", "6h", "1d", "3d")
    }
    assert contract <= set(RECORDS), sorted(contract - set(RECORDS))


@pytest.mark.parametrize("name", ALERT_NAMES)
def test_runbook(name: str) -> None:
    path = RUNBOOKS / f"{name}.md"
    assert path.is_file(), f"missing runbook {path.relative_to(REPO)}"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"# {name}\n"), f"{path.name}: first line is '# {name}'"
    positions = [text.find(s + "\n") for s in SECTIONS]
    assert all(p >= 0 for p in positions), f"{path.name}: needs sections {SECTIONS}"
    assert positions == sorted(positions), f"{path.name}: sections in the order {SECTIONS}"
    diagnosis = text[positions[2] : positions[3]]
    assert "```promql" in diagnosis, f"{path.name}: Diagnosis gives the PromQL to run"
    assert any(uid in diagnosis for uid in DASHBOARD_UIDS), f"{path.name}: Diagnosis names a dashboard"
    assert re.search(r"^\*\*Escalation\*\*", text, re.M), f"{path.name}: needs an **Escalation** line"


def test_no_orphan_runbooks() -> None:
    orphans = {p.stem for p in RUNBOOKS.glob("*.md")} - set(ALERT_NAMES) - {"README"}
    assert not orphans, f"runbooks without an alert: {sorted(orphans)}"


def test_generated_files_are_current() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "aiwatch.mixin", "generate", "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )
    assert r.returncode == 0, r.stderr


def test_check_detects_stale_and_extra_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rules"
    shutil.copytree(RULES, out)
    assert cli.main(["rules", "--check", "--out", str(out)]) == 0
    f = out / "ai-alerts-cost.rules.yml"
    f.write_text(f.read_text(encoding="utf-8").replace("> 0.015", "> 0.02"), encoding="utf-8")
    assert cli.main(["rules", "--check", "--out", str(out)]) == 1
    assert "ai-alerts-cost.rules.yml" in capsys.readouterr().err
    assert cli.main(["rules", "--out", str(out)]) == 0  # regenerate
    (out / "old.rules.yml").write_text("groups: []\n", encoding="utf-8")
    assert cli.main(["rules", "--check", "--out", str(out)]) == 1
    assert "old.rules.yml" in capsys.readouterr().err


def test_alerts_doc_lists_every_alert_and_record() -> None:
    doc = (DOCS_DIR / "alerts.md").read_text(encoding="utf-8")
    for name in ALERT_NAMES:
        assert f"| {name} |" in doc and f"../runbooks/{name}.md" in doc
    for record in RECORDS:
        assert f"`{record}`" in doc


def _thresholds_copy(tmp_path: Path, old: str, new: str) -> Path:
    text = (CONFIG_DIR / "thresholds.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "thresholds.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("    warning_ratio: 0.10\n", "", "alerts.drift.warning_ratio: missing"),
        (
            "    warning_for: 10m\n",
            "    warning_for: soon\n",
            "alerts.drift.warning_for: must be a Prometheus duration",
        ),
        (
            "    threshold_seconds: 2\n",
            "    threshold_seconds: 1.5\n",
            "slo.latency.threshold_seconds: must be a bucket",
        ),
        ("    objective: 0.995 ", "    objective: 1 ", "slo.availability.objective: must be below 1"),
        ("      3d: 50s\n", "", "profiles.fast.windows: has no entry for window(s) 3d"),
        ("      1d: 40s\n", "      1d: 5s\n", "keep the order"),
        ("severities: [high, critical]", "severities: [urgent]", "alerts.injection.severities"),
        ("  min_events: 30\n", "  min_events: 0\n", "traffic.min_events: must be a whole number >= 1"),
    ],
)
def test_bad_thresholds_are_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, message: str
) -> None:
    path = _thresholds_copy(tmp_path, old, new)
    rc = cli.main(["rules", "--thresholds", str(path), "--profile", "fast", "--out", str(tmp_path / "out")])
    assert rc == 2
    err = capsys.readouterr().err
    assert message in err and str(path) in err, err
    assert not (tmp_path / "out").exists(), "nothing is written from a bad thresholds file"


def test_thresholds_drive_the_rules(tmp_path: Path) -> None:
    path = _thresholds_copy(tmp_path, "    critical_ratio: 0.15\n", "    critical_ratio: 0.3\n")
    cat = build(load_thresholds(path))
    drift = [a for a in cat.alerts() if a.name == "AIConfidenceDrift" and a.severity == "critical"]
    assert len(drift) == 1 and "drift_ratio < -0.3" in drift[0].expr and "±30%" in drift[0].description
    path = _thresholds_copy(tmp_path, "  min_events: 30\n", "  min_events: 12\n")
    errors = next(a for a in build(load_thresholds(path)).alerts() if a.name == "AIErrorRateHigh")
    assert "ai:requests:increase5m >= 12" in errors.expr and "ai:requests:increase1h >= 12" in errors.expr


def test_health_score_formula_matches_the_exporter() -> None:
    """The promtool health-score test expects 50 for these ratios; the exporter's formula agrees."""
    components = health.load_components(CONFIG_DIR)
    bad = {"errors": 0.025, "latency": 0.05, "low_confidence": 0.1, "hallucination": 0.05}
    assert health.score(bad, components) == 50.0
    assert health.score(dict.fromkeys(bad), components) == 100.0


def test_cli_usage_errors() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "aiwatch.mixin", "rules", "--profile", "fast"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=REPO,
    )
    assert r.returncode == 2 and "--out" in r.stderr


def test_declared_labels_match_the_firing_tests() -> None:
    """Each alert's `labels` (docs, runbooks, matrix selectors) is what its promtool tests see it carry."""
    for a in CATALOGUE.alerts():
        for exp in firing_cases().get((a.name, a.severity), []):
            got = set(exp["exp_labels"]) - {"severity"}
            if a.name == "AIExporterDown" and "instance" not in got:
                continue  # absent(up) carries only job
            assert got == set(a.labels), (a.name, a.severity, got, a.labels)


# Labels that identify what an alert is about (`job` is a constant scrape filter, not an identity).
IDENTITY = {label for a in CATALOGUE.alerts() for label in a.labels} - {"job"}
REPLACE = "replace the label values with the alert's"


@pytest.mark.parametrize("name", ALERT_NAMES)
def test_runbook_diagnosis_matches_the_alert_labels(name: str) -> None:
    """A runbook only tells the reader to filter by labels its alert carries."""
    labels = {label for a in CATALOGUE.alerts() if a.name == name for label in a.labels}
    text = (RUNBOOKS / f"{name}.md").read_text(encoding="utf-8")
    mentioned = set()
    for m in re.finditer(r"alert's `(\w+)`((?:(?:, | and )`\w+`)*)", text):
        mentioned |= {m.group(1), *re.findall(r"`(\w+)`", m.group(2))}
    assert mentioned <= labels, (
        f"{name}: mentions the alert's {sorted(mentioned - labels)}; it carries {sorted(labels)}"
    )
    if REPLACE in text:
        assert labels - {"job"}, f"{name}: says '{REPLACE}' but the alert carries no labels to copy"
        blocks = re.findall(r"```promql\n(.*?)```", text, re.S)
        used = {m for b in blocks for m in re.findall(r'\b(\w+)\s*=\s*"', b)} & IDENTITY
        assert used <= labels, (
            f"{name}: PromQL filters by {sorted(used - labels)}, which the alert does not carry"
        )


def test_runbook_label_check_catches_a_wrong_label() -> None:
    """Guards the check above: the Watchdog carries no `service`."""
    text = "Open the dashboard filtered to the alert's `service`."
    found = {m.group(1) for m in re.finditer(r"alert's `(\w+)`", text)}
    labels = {label for a in CATALOGUE.alerts() if a.name == "Watchdog" for label in a.labels}
    assert not found <= labels
