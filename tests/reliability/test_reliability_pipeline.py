"""Faults across the pipeline with real Prometheus: exporter down alert fires and resolves; a Prometheus
restart keeps data and alert state. Rules are the real ones rendered with the documented fast profile."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from aiwatch.stack.local import event, post_events, start_exporter, start_prometheus
from aiwatch.stack.pipeline import render_fast_rules
from aiwatch.stack.processes import free_port, wait_for

pytestmark = pytest.mark.e2e  # real servers waiting on rule intervals: scheduled first (tests/conftest.py)


@pytest.fixture(scope="module")
def fast_rules(tmp_path_factory) -> Path:
    return render_fast_rules(tmp_path_factory.mktemp("fast-rules"))


def firing(prom, name: str) -> list[dict]:
    return [a for a in prom.alerts() if a["labels"]["alertname"] == name and a["state"] == "firing"]


def test_exporter_killed_fires_down_alert_and_restart_resolves_it(tmp_path: Path, fast_rules: Path):
    port = free_port()
    ex = start_exporter(tmp_path, workers=1, port=port)
    prom = start_prometheus(tmp_path, {"aiwatch": [f"127.0.0.1:{port}"]}, rules_dir=fast_rules)
    try:
        wait_for(lambda: prom.targets_up().get("aiwatch") == 1.0, 30, what="exporter scraped")
        # (before the first scrape the absent() branch may fire briefly)
        wait_for(lambda: not firing(prom, "AIExporterDown"), 30, what="no AIExporterDown while scraped")
        ex.stop()
        alert = wait_for(lambda: firing(prom, "AIExporterDown"), 40, what="AIExporterDown to fire")
        assert alert[0]["labels"]["severity"] == "critical"
        ex = start_exporter(tmp_path, workers=1, port=port)
        wait_for(
            lambda: not [a for a in prom.alerts() if a["labels"]["alertname"] == "AIExporterDown"],
            40,
            what="AIExporterDown to resolve after restart",
        )
    finally:
        prom.stop()
        ex.stop()


def test_prometheus_restart_keeps_data_and_alert_state(tmp_path: Path, fast_rules: Path):
    ex = start_exporter(tmp_path, workers=1)
    port = free_port()
    data = tmp_path / "tsdb"
    # the exporter target is listed twice: the second address is dead, so AIExporterDown fires for it
    dead = f"127.0.0.1:{free_port()}"
    targets = {"aiwatch": [f"127.0.0.1:{ex.port}", dead]}
    args = ["--rules.alert.for-grace-period=1s"]  # restore `for` state even for the fast profile's short fors
    prom = start_prometheus(
        tmp_path, targets, port=port, rules_dir=fast_rules, data_dir=data, extra_args=args
    )
    try:
        wait_for(lambda: prom.targets_up().get("aiwatch") is not None, 30, what="first scrape")
        post_events(ex.url, [event(service="rag_search", model="gpt-4o-mini")] * 7).raise_for_status()
        q = 'sum(ai_requests_total{service="rag_search",model="gpt-4o-mini"})'
        wait_for(lambda: prom.query(q) and float(prom.query(q)[0]["value"][1]) == 7, 30, what="data scraped")

        def dead_alert() -> list[dict]:  # the instance alert, not the absent() one of the first seconds
            return [a for a in firing(prom, "AIExporterDown") if a["labels"].get("instance") == dead]

        down = wait_for(dead_alert, 40, what="AIExporterDown to fire")
        active_at = down[0]["activeAt"]
        time.sleep(1.5)
        t_before = time.time()
        prom.stop()  # SIGTERM: clean shutdown, head block kept in the WAL

        prom = start_prometheus(
            tmp_path, targets, port=port, rules_dir=fast_rules, data_dir=data, extra_args=args
        )
        # data from before the restart is still there. A range selector, not the instant `q`: under
        # CI load a scrape can outlast the 1 s timeout, and its staleness markers then hide the
        # series from an instant query at t_before (CI saw an empty answer); last_over_time skips them.
        kept = 'sum(last_over_time(ai_requests_total{service="rag_search",model="gpt-4o-mini"}[1m]))'
        old = prom.query(kept, at=t_before)
        assert old and float(old[0]["value"][1]) == 7
        # the alert comes back with its original activeAt, not the restart time
        again = wait_for(dead_alert, 40, what="AIExporterDown after restart")
        # ALERTS_FOR_STATE keeps whole seconds
        assert again[0]["activeAt"][:19] == active_at[:19]
    finally:
        prom.stop()
        ex.stop()
