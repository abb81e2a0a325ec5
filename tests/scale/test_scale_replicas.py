"""Many exporter replicas: the same traffic through 3 exporters or through 1 gives the same ai:* series and alerts.

Two real Prometheus servers with the fast rules profile: one scrapes a single
exporter, the other three exporters (three `aiwatch serve`, each its own port and
multiprocess directory, like three pods behind a Service). Every event goes to the
single exporter and, round-robin, to one of the three. A rule that keeps
`instance`, or sums a gauge every replica exports (ai_budget_usd,
ai_service_info), shows up as different label sets or values (3x) here.
"""

from __future__ import annotations

import functools
import math
import threading
import time
from contextlib import ExitStack
from typing import Any

import pytest
import yaml
from aiwatch.stack.local import Prometheus, event, post_events, start_exporter, start_prometheus
from aiwatch.stack.pipeline import incident_batch, render_fast_rules
from aiwatch.stack.processes import LOOPBACK, free_port, wait_for
from support.servers import distinct_free_ports, start_all

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(240)]

REPLICAS = 3
# Rates over 10-40 s windows, scraped at other phases by the two servers, differ by a few per cent;
# a double-counted gauge or a per-replica series is off by a factor of 3.
REL_TOLERANCE = 0.3
TRAFFIC_SECONDS = 45  # the longest fast-profile window (1d -> 40 s) is full
# what the traffic makes fire in both (and nothing else may differ)
EXPECTED_ALERTS = {"AILatencyHigh", "AICostPerRequestHigh", "AIUnpricedModelTraffic", "AIServiceBudgetBurn"}


def replica_batch() -> list[dict[str, Any]]:
    """The incidents, plus errors, confidence and time-to-first-token on other series."""
    return [
        *incident_batch(),
        event("gpt-4o-mini", "rag_search", status="error", error_type="timeout"),
        event("gpt-4o-mini", "rag_search", confidence=0.9, ttft_seconds=0.2),
        event("gpt-4.1", "agent_runtime", confidence=0.4, ttft_seconds=0.3, cached_prompt_tokens=50),
    ]


class SplitTraffic(threading.Thread):
    """Every 0.5 s: the whole batch to `single`, and each event to the next of `replicas` in turn."""

    def __init__(self, single: str, replicas: list[str]) -> None:
        super().__init__(daemon=True)
        self.single, self.replicas = single, replicas
        self.errors: list[str] = []
        self.stop_flag = threading.Event()

    def run(self) -> None:
        turn = 0
        while not self.stop_flag.is_set():
            batch = replica_batch()
            parts: list[list[dict]] = [[] for _ in self.replicas]
            for ev in batch:
                parts[turn % len(self.replicas)].append(ev)
                turn += 1
            for url, events in [(self.single, batch), *zip(self.replicas, parts, strict=True)]:
                r = post_events(url, events)
                if r.status_code != 202:
                    self.errors.append(f"{url}: {r.status_code} {r.text}")
            self.stop_flag.wait(0.5)


def recorded_names(rules_dir) -> list[str]:
    return [
        r["record"]
        for path in sorted(rules_dir.glob("*.yml"))
        for g in yaml.safe_load(path.read_text())["groups"]
        for r in g["rules"]
        if "record" in r
    ]


def by_labels(prom: Prometheus, expr: str, at: float) -> dict[frozenset, float]:
    return {frozenset(r["metric"].items()): float(r["value"][1]) for r in prom.query(expr, at)}


def close(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=REL_TOLERANCE, abs_tol=1e-9)


def firing(prom: Prometheus) -> set[frozenset]:
    return {frozenset(a["labels"].items()) for a in prom.alerts() if a["state"] == "firing"}


def alert_difference(one: set[frozenset], three: set[frozenset]) -> str:
    def show(alerts: set[frozenset]) -> list[str]:
        return sorted(str(dict(a)) for a in alerts)

    return f"only with 1 replica: {show(one - three)}; only with {REPLICAS}: {show(three - one)}"


def test_three_replicas_give_the_same_recorded_series_and_alerts_as_one(tmp_path):
    rules = render_fast_rules(tmp_path / "rules")
    with ExitStack() as stack:
        ports = distinct_free_ports(REPLICAS + 1)  # the exporters start at once (support.servers)
        starts = [
            functools.partial(start_exporter, tmp_path, workers=1, port=ports.pop())
            for _ in range(REPLICAS + 1)
        ]
        single, *trio = start_all(stack, starts)

        def prometheus(exporters) -> Prometheus:
            port = free_port()
            targets = {
                "aiwatch": [f"{LOOPBACK}:{e.port}" for e in exporters],
                "prometheus": [f"{LOOPBACK}:{port}"],
                "alertmanager": [],
            }
            return stack.enter_context(start_prometheus(tmp_path, targets, port=port, rules_dir=rules))

        p1, p3 = prometheus([single]), prometheus(trio)
        for prom, n in ((p1, 1), (p3, REPLICAS)):
            wait_for(
                lambda prom=prom, n=n: (
                    [float(r["value"][1]) for r in prom.query('sum(up{job="aiwatch"})')] == [float(n)]
                ),
                30,
                what=f"{n} aiwatch target(s) up",
            )

        traffic = SplitTraffic(single.url, [e.url for e in trio])
        traffic.start()
        try:
            time.sleep(TRAFFIC_SECONDS)
            assert traffic.errors == []

            # the same alerts fire (each once: no per-replica copies); `for:` and evaluation lag may
            # make one server a little later than the other
            def agree() -> set[frozenset] | None:
                one, three = firing(p1), firing(p3)
                return (
                    one if one == three and {dict(a)["alertname"] for a in one} >= EXPECTED_ALERTS else None
                )

            try:
                want = wait_for(agree, 30, what="the same alerts firing in both", retry_on=())
            except TimeoutError:
                pytest.fail(alert_difference(firing(p1), firing(p3)))
            assert not any("instance" in dict(a) for a in want if dict(a)["alertname"] in EXPECTED_ALERTS)
            at = time.time() - 2  # both servers have evaluated this instant
            compared = 0
            for name in recorded_names(rules):
                one = by_labels(p1, name, at)
                three = by_labels(p3, name, at)
                assert set(three) == set(one), f"{name}: label sets differ with {REPLICAS} replicas"
                for labels, value in one.items():
                    assert close(value, three[labels]), (
                        f"{name}{dict(labels)}: 1 replica {value}, 3: {three[labels]}"
                    )
                    compared += 1
        finally:
            traffic.stop_flag.set()
            traffic.join(timeout=10)
        # every family of recorded series was exercised, not just a few
        assert compared > 100
        budget = by_labels(p3, "ai:budget_usage:ratio", at)
        assert {dict(k)["service"] for k in budget} >= {"orchestrator", "persona_runtime", "rag_search"}
