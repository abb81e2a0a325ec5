"""One monthly projection: /api/metrics and the recording rule agree on identical traffic."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import requests
from aiwatch.projection import CostSamples, monthly, project
from aiwatch.stack.local import event, post_events, start_exporter, start_prometheus
from aiwatch.stack.processes import LOOPBACK, wait_for

HOUR = 3600.0


def test_project_counts_the_spend_of_the_last_window() -> None:
    # younger than the window: everything since start-up, still divided by the window (like rate())
    p = project(cost_now=2.0, now=1000.0, started=100.0, window=HOUR, samples=[])
    assert p.spend_usd == 2.0 and p.since_unix == 100.0 and p.monthly_usd == monthly(2.0, HOUR)
    assert monthly(1.0, HOUR) == 720.0  # $1 an hour is $720 a 30-day month
    # older: the spend since the newest sample at or before now - W
    samples = [(0.0, 1.0), (6000.0, 5.0), (6600.0, 7.0), (9000.0, 9.0)]
    p = project(cost_now=10.0, now=10000.0, started=0.0, window=HOUR, samples=samples)
    assert p.since_unix == 6000.0 and p.spend_usd == 5.0


def test_cost_samples_are_shared_and_trimmed(tmp_path: Path) -> None:
    a, b = CostSamples(tmp_path, 60.0), CostSamples(tmp_path, 60.0)  # two workers, one directory
    a.observe(1000.0, 1.0)
    b.observe(1000.2, 1.1)  # within the resolution: the other worker's sample stands
    b.observe(1002.0, 2.0)
    assert a.read() == [(1000.0, 1.0), (1002.0, 2.0)]
    a.observe(1100.0, 3.0)  # samples older than W plus two resolutions are dropped
    assert b.read() == [(1100.0, 3.0)]


@pytest.mark.e2e
def test_api_metrics_agrees_with_the_recording_rule(tmp_path: Path) -> None:
    with start_exporter(tmp_path) as exp:
        targets = {"aiwatch": [f"{LOOPBACK}:{exp.port}"]}
        with start_prometheus(tmp_path, targets) as prom:  # the committed rules: W = 1h
            wait_for(lambda: prom.targets_up().get("aiwatch") == 1.0, 30, what="the first scrape")
            first_scrape = time.monotonic()
            for _ in range(5):
                batch = [event("gpt-4o", "orchestrator", prompt_tokens=2000, completion_tokens=500)] * 20
                assert post_events(exp.url, batch).status_code == 202
            api = requests.get(exp.url + "/api/metrics", timeout=10).json()
            cost = api["totals"]["cost_usd"]
            assert cost > 0 and api["projection"]["window_seconds"] == HOUR

            def rule() -> float | None:
                res = prom.query("ai:cost_usd:monthly_projection_total")
                return float(res[0]["value"][1]) if res else None

            # rate() extrapolates the increase up to one scrape interval (1 s) past the last sample, a
            # share of the time the series has been sampled: read the rule once that is >= 25 s (<= 4 %)
            time.sleep(max(0.0, 25.0 - (time.monotonic() - first_scrape)))
            value = wait_for(rule, 30, interval=0.5, what="the recording rule")
    expected = monthly(cost, HOUR)  # the definition: this hour's spend / 1 h x 30 days
    assert api["monthly_cost_projection_usd"] == pytest.approx(expected, abs=0.01)
    # the stated tolerance: 5 % (the extrapolation above, plus the rule's 1 s evaluation lag)
    assert value == pytest.approx(api["monthly_cost_projection_usd"], rel=0.05)
