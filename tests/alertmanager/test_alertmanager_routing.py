"""Every alert in rules/ routes to the receivers tests/alertmanager/routes.yaml says, checked by amtool."""

from __future__ import annotations

import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest
from aiwatch.stack.alertmanager import ALERTMANAGER_YML as AM_YML

NO_TEAM = None


def expected_receivers(
    policy: dict, teams: list[str], name: str, severity: str | None, team: str | None
) -> list[str]:
    also = list(policy.get("also", {}).get(name, []))
    if name in policy["alertnames"]:
        return also + list(policy["alertnames"][name])
    if severity not in policy["severities"]:
        raise AssertionError(
            f"alert {name} has severity {severity!r}: not in routes.yaml severities "
            f"{sorted(policy['severities'])}, so it would only reach the catch-all receiver"
        )
    slack = policy["slack"]["team"].format(team=team) if team in teams else policy["slack"]["default"]
    return also + [r.replace("{slack}", slack) for r in policy["severities"][severity]]


def amtool_routes(amtool: str, labels: dict[str, str], receivers: list[str]) -> tuple[int, str]:
    argv = [
        amtool,
        "config",
        "routes",
        "test",
        f"--config.file={AM_YML}",
        f"--verify.receivers={','.join(receivers)}",
        *(f"{k}={v}" for k, v in sorted(labels.items())),
    ]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=30, check=False)
    return proc.returncode, proc.stdout.strip()


def run_cases(amtool: str, cases: list[tuple[dict, list[str]]]) -> list[str]:
    """amtool every case (in parallel); the failures, as readable lines."""
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda c: amtool_routes(amtool, *c), cases))
    return [
        f"{labels} -> got {out!r}, expected {receivers}"
        for (labels, receivers), (rc, out) in zip(cases, results, strict=True)
        if rc != 0
    ]


def test_every_rule_routes_per_policy_for_every_team(amtool, rule_alerts, teams, policy):
    cases = []
    for alert in rule_alerts:
        severity = alert["labels"].get("severity")
        for team in [*teams, *policy["extra_teams"], NO_TEAM]:
            labels = {"alertname": alert["name"], **alert["labels"]}
            if team is not None and "team" not in alert["labels"]:
                labels["team"] = team
            cases.append(
                (labels, expected_receivers(policy, teams, alert["name"], severity, labels.get("team")))
            )
    assert len(cases) >= len(rule_alerts) * (len(teams) + 2)
    assert run_cases(amtool, cases) == []


def test_explicit_cases(amtool, policy):
    cases = [({k: str(v) for k, v in c["labels"].items()}, c["receivers"]) for c in policy["cases"]]
    assert cases
    assert run_cases(amtool, cases) == []


def test_amtool_rejects_a_wrong_expectation(amtool):
    """The check itself can fail: a critical alert must not be accepted as Slack-only."""
    rc, out = amtool_routes(
        amtool, {"alertname": "AILatencyHigh", "severity": "critical", "team": "platform"}, ["slack-platform"]
    )
    assert rc != 0
    assert out.splitlines()[0] == "pagerduty,slack-platform"


def test_unknown_severity_is_reported():
    policy = {
        "alertnames": {},
        "severities": {"warning": ["{slack}"]},
        "slack": {"team": "s-{team}", "default": "d"},
    }
    with pytest.raises(AssertionError, match="severity 'page'"):
        expected_receivers(policy, ["platform"], "X", "page", "platform")


def test_every_receiver_is_reachable(am_config, policy, teams):
    """No dead receiver in the config: each one is the expectation of some policy entry."""
    reachable = {policy["slack"]["default"], *(policy["slack"]["team"].format(team=t) for t in teams)}
    for receivers in [
        *policy["severities"].values(),
        *policy["alertnames"].values(),
        *policy["also"].values(),
    ]:
        reachable |= {r for r in receivers if r != "{slack}"}
    configured = {r["name"] for r in am_config["receivers"]}
    assert configured == reachable


def test_teams_have_their_own_route(am_config, teams):
    """A new team in config/services.yaml needs a Slack route (and receiver) of its own."""
    team_routes = {
        m.split("=", 1)[1].strip('"')
        for branch in am_config["route"]["routes"]
        for child in branch.get("routes", [])
        for m in child.get("matchers", [])
        if m.startswith("team=")
    }
    assert set(teams) <= team_routes
