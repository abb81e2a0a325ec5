"""The traffic matrix in promtool: every traffic-aware alert, healthy and incident, at four traffic levels.

The promtool files are rendered from the catalogue at test time (aiwatch.mixin.matrix) and assert
the detection times committed in aiwatch/mixin/detection.yaml (measured by `make measure`) and
that no traffic-aware alert ever fires on healthy traffic. docs/alerts.md shows the same numbers.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml
from aiwatch.mixin import matrix
from aiwatch.mixin.catalogue import build
from aiwatch.mixin.render import render_rules
from aiwatch.paths import RULES_DIR

CATALOGUE = build()
PLANS = {p.name: p for p in matrix.plans(CATALOGUE)}
# Alerts the traffic level does not apply to (docs/alerts.md says why for each).
EXEMPT = {
    "AIMonthlyCostProjectionHigh",
    "AIServiceBudgetBurn",
    "AIBudgetExhaustionForecast",
    "AICircuitBreakerOpen",  # a state the SDK reports, not a ratio of calls
    "AIExporterDown",
    "AIExporterConfigReloadFailed",
    "AILabelOverflow",
    "Watchdog",
    "PrometheusRuleEvaluationFailures",
    "AlertmanagerNotificationsFailing",
}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, matrix.Outcome]:
    """Render the matrix with the committed expectations and run every file in promtool (in parallel)."""
    paths = matrix.render_matrix(CATALOGUE, tmp_path_factory.mktemp("matrix"))
    return {o.path.name: o for o in matrix.run_files(paths)}


def test_every_alert_is_in_the_matrix_or_says_why_not() -> None:
    for a in CATALOGUE.alerts():
        if a.name in EXEMPT:
            assert a.scenario is None and a.matrix_exempt, a.name
        else:
            assert a.scenario is not None, (
                f"{a.name} {a.severity}: traffic-aware alerts need a matrix scenario"
            )


def test_plans_cover_every_level_with_healthy_sparse_and_incident_runs() -> None:
    assert {p.level for p in PLANS.values()} == set(matrix.LEVELS)
    for a in matrix.matrix_alerts(CATALOGUE):
        assert a.scenario is not None
        mine = [p for p in PLANS.values() if p.timeline.name == a.scenario.timeline]
        assert len(mine) == len(matrix.LEVELS)
        for p in mine:
            assert any(a in alerts for _, alerts in p.incidents), (a.name, p.name)
            families = {r.scenario.family for r in p.healthy if r.kind == "healthy"}
            assert a.scenario.family in families, (a.name, p.name)
            if p.level == matrix.SPARSE_LEVEL:
                sparse = [
                    r for r in p.healthy if r.kind == "sparse" and r.scenario.family == a.scenario.family
                ]
                assert sparse, f"{a.name}: no sparse single-outlier run"
                calls = sum(sum(v) for v in sparse[0].counts.values())
                outliers = sum(sparse[0].counts[a.scenario.outlier])
                assert (calls, outliers) == (3, 1), "three calls, one of them the outlier"


def test_committed_detection_times_meet_the_targets() -> None:
    misses = matrix.target_misses(CATALOGUE, matrix.load_detection())
    assert not misses, "\n".join(misses)


@pytest.mark.parametrize("name", sorted(PLANS))
def test_promtool_matrix(name: str, outcomes: dict[str, matrix.Outcome]) -> None:
    o = outcomes[name]
    if o.returncode == 0:
        assert "SUCCESS" in o.output, o.output
        return
    lines = [
        f"{k}: measured {v} min, committed {matrix.load_detection().get(k)}" for k, v in o.detected.items()
    ]
    lines += [f"alert on healthy traffic: {a}" for a in o.alerted]
    hint = "\n(intended? run `make measure` and commit the new detection times)" if o.detected else ""
    pytest.fail("\n".join(lines or [o.output[-3000:]]) + hint)


def test_matrix_harness_reports_a_wrong_expectation(tmp_path: Path) -> None:
    """Guards the harness: a wrong expected minute fails in promtool and the real one is read back."""
    plan = next(p for p in PLANS.values() if p.timeline.name == "standard" and p.level.name == "10/min")
    (alert,) = [a for _, alerts in plan.incidents for a in alerts if a.name == "AIErrorRateHigh"]
    did = matrix.detection_id(alert, plan.level)
    committed = matrix.load_detection()
    wrong = {**committed, did: committed[did] + 1}
    paths = [p for p in matrix.render_matrix(CATALOGUE, tmp_path, expected=wrong) if p.name == plan.name]
    (o,) = matrix.run_files(paths)
    assert o.returncode != 0 and o.detected == {did: committed[did]}, o.output[-2000:]


def test_matrix_rules_are_the_committed_rules() -> None:
    """The matrix evaluates a subset of rules/: every rule in it is byte-for-byte a committed rule."""
    committed = {
        yaml.safe_dump(r)
        for f in RULES_DIR.glob("*.yml")
        for g in yaml.safe_load(f.read_text(encoding="utf-8"))["groups"]
        for r in g["rules"]
    }
    for timeline in matrix.TIMELINES:
        subset = matrix.rule_subset(CATALOGUE, matrix.timeline_alerts(CATALOGUE, timeline))
        rules = [
            r
            for text in render_rules(subset).values()
            for g in yaml.safe_load(text)["groups"]
            for r in g["rules"]
        ]
        assert rules and all(yaml.safe_dump(r) in committed for r in rules), timeline
        alerts = {r["alert"] for r in rules if "alert" in r}
        assert alerts == {a.name for a in matrix.timeline_alerts(CATALOGUE, timeline)}


def test_counter_values_never_decrease() -> None:
    """Rendered counters are monotonic after promtool's expansion (a dip would read as a counter reset)."""
    values = matrix._values([0, 0.1, 0.30000000000000004, 0.6, 0.6, 1, 2, 3, 4.5, 1e7 + 0.25])

    def expand(text: str) -> list[float]:
        out: list[float] = []
        for tok in text.split():
            if "x" in tok:
                start, rest = tok.split("+", 1)
                step, n = rest.split("x")
                out += [float(start) + k * float(step) for k in range(int(n) + 1)]
            else:
                out.append(float(tok))
        return out

    got = expand(values)
    assert len(got) == 10 and all(b >= a for a, b in itertools.pairwise(got)), values
