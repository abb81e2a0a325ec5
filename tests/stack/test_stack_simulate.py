"""The traffic simulator: scenario shapes, validity of what it sends, and its errors."""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
import requests
import yaml
from aiwatch import simulate as sim
from aiwatch.config import Limits, load_config
from aiwatch.events import validate_event
from aiwatch.paths import RULES_DIR
from aiwatch.pricing import Pricing
from aiwatch.safety import check_prompt_injection, flag_potential_hallucination
from aiwatch.stack.local import start_exporter
from aiwatch.stack.processes import free_port

SERVICES = {s: info.models for s, info in load_config().services.items()}
N = 4000
PRICING = Pricing()
THRESHOLDS = {"cost_per_request": 0.015, "p95_seconds": 2.0, "p99_seconds": 5.0, "error_ratio": 0.05}


def traffic(scenario: str, progress: float = 0.9, n: int = N, seed: int = 7) -> sim.Tick:
    return sim.Generator(scenario, SERVICES, seed=seed).tick(n, progress)


def cost(ev: dict) -> float:
    rate = PRICING.rate(ev["model"], ev.get("provider"))
    assert rate is not None, f"simulated model {ev['model']} has no price"
    return rate.cost(ev["prompt_tokens"], ev["completion_tokens"], ev.get("cached_prompt_tokens", 0))


def by_pair(events: list[dict]) -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for ev in events:
        out[ev["model"], ev["service"]].append(ev)
    return out


def quantile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[round(q * 100) - 1]


@pytest.mark.parametrize("scenario", list(sim.SCENARIOS))
def test_every_event_passes_the_exporter_validation(scenario: str) -> None:
    tick = traffic(scenario, n=1500)
    problems: list = []
    for i, ev in enumerate(tick.events):
        validate_event(ev, i, Limits(), problems)
    assert problems == []
    assert {ev["service"] for ev in tick.events} <= set(SERVICES)
    for body in tick.prompts:
        assert set(body) == {"text", "service"}
    for body in tick.outputs:
        assert set(body) == {"text", "service", "model"}


def test_scenarios_name_alerts_that_exist_in_the_rules() -> None:
    alerts = {
        r["alert"]
        for f in RULES_DIR.glob("*.yml")
        for g in yaml.safe_load(f.read_text())["groups"]
        for r in g["rules"]
        if "alert" in r
    }
    for name, spec in sim.SCENARIOS.items():
        assert set(spec["alerts"]) <= alerts, name
        assert bool(spec["alerts"]) == (name != "normal")


def test_normal_traffic_stays_under_the_per_call_thresholds() -> None:
    events = traffic("normal", n=12000).events
    ok = [e for e in events if e["status"] == "ok"]
    assert sum(e["status"] == "error" for e in events) / len(events) < 0.01
    for pair, evs in by_pair(ok).items():
        assert statistics.fmean(map(cost, evs)) < THRESHOLDS["cost_per_request"] * 0.9, pair
        durations = [e["duration_seconds"] for e in evs]
        assert quantile(durations, 0.95) < THRESHOLDS["p95_seconds"], pair
        assert quantile(durations, 0.99) < THRESHOLDS["p99_seconds"], pair
    assert 0.1 < sum(bool(e["cache_hit"]) for e in events) / len(events) < 0.3
    assert any("ttft_seconds" in e for e in ok) and any("cached_prompt_tokens" in e for e in ok)
    assert {e["model"] for e in events} == {m for ms in SERVICES.values() for m in ms}


def test_normal_screens_only_harmless_text() -> None:
    tick = traffic("normal")
    assert tick.prompts and tick.outputs
    assert {p["text"] for p in tick.prompts} <= set(sim.BENIGN_PROMPTS)
    assert {o["text"] for o in tick.outputs} <= set(sim.BENIGN_OUTPUTS)


def test_cost_spike_raises_cost_per_request_over_the_threshold() -> None:
    spiked = [e for e in traffic("cost-spike").events if e["status"] == "ok"]
    over = [p for p, evs in by_pair(spiked).items() if statistics.fmean(map(cost, evs)) > 0.015]
    # one service's prompt template regressed: its expensive model goes over, nothing else does
    assert over == [("gpt-4o", "orchestrator")]


def test_drift_starts_after_a_baseline_and_sinks_confidence_past_the_critical_threshold() -> None:
    gen = sim.Generator("drift", SERVICES, seed=3)

    def mean_conf(progress: float) -> float:
        return statistics.fmean(e["confidence"] for e in gen.tick(3000, progress).events if "confidence" in e)

    before, after, normal = (
        mean_conf(0.1),
        mean_conf(0.9),
        statistics.fmean(e["confidence"] for e in traffic("normal").events if "confidence" in e),
    )
    assert abs(before - normal) / normal < 0.02
    assert (after - before) / before < -0.15


def test_latency_degradation_pushes_p95_over_2s() -> None:
    ok = [e for e in traffic("latency-degradation").events if e["status"] == "ok"]
    slow = [p for p, evs in by_pair(ok).items() if quantile([e["duration_seconds"] for e in evs], 0.95) > 2]
    assert len(slow) >= 6


def test_error_burst_fails_a_third_of_calls_fast() -> None:
    events = traffic("error-burst").events
    errors = [e for e in events if e["status"] == "error"]
    assert 0.3 < len(errors) / len(events) < 0.4
    assert {e["error_type"] for e in errors} == {"server", "rate_limit"}
    assert max(e["duration_seconds"] for e in errors) < 0.5


def test_budget_burn_adds_agent_traffic_on_top_of_the_rate() -> None:
    gen = sim.Generator("budget-burn", SERVICES, seed=5)
    assert gen.volume(0.5) > 5
    events = gen.tick(N, 0.5).events
    spend: dict[str, float] = defaultdict(float)
    for e in events:
        spend[e["service"]] += cost(e)
    normal_spend: dict[str, float] = defaultdict(float)
    for e in traffic("normal").events:
        normal_spend[e["service"]] += cost(e)
    share = spend["agent_runtime"] / sum(spend.values())
    assert share > 0.9 > normal_spend["agent_runtime"] / sum(normal_spend.values())
    per_call = [cost(e) for e in events if e["service"] == "agent_runtime" and e["status"] == "ok"]
    assert statistics.fmean(per_call) < 0.015  # a volume incident, not a per-call one


def test_injection_attack_sends_attacks_that_the_safety_checks_catch() -> None:
    prompts = traffic("injection-attack").prompts
    attacks = [p for p in prompts if p["text"] in sim.ATTACK_PROMPTS]
    assert len(attacks) / len(prompts) > 0.4
    assert {p["service"] for p in attacks} == {"orchestrator", "persona_runtime"}
    for text in sim.ATTACK_PROMPTS:
        assert check_prompt_injection(text)["safe"] is False, text
    assert (
        sum(check_prompt_injection(t)["risk_level"] in ("high", "critical") for t in sim.ATTACK_PROMPTS) >= 3
    )
    for text in sim.BENIGN_PROMPTS:
        assert check_prompt_injection(text)["safe"] is True, text


def test_hallucinations_send_outputs_that_get_flagged() -> None:
    outputs = traffic("hallucinations").outputs
    assert sum(o["text"] in sim.RISKY_OUTPUTS for o in outputs) / len(outputs) > 0.4
    for text in sim.RISKY_OUTPUTS:
        assert flag_potential_hallucination(text)["potential_hallucination_risk"] is True, text
    for text in sim.BENIGN_OUTPUTS:
        assert flag_potential_hallucination(text)["potential_hallucination_risk"] is False, text


def test_same_seed_same_traffic() -> None:
    assert traffic("normal", seed=11).events == traffic("normal", seed=11).events
    assert traffic("normal", seed=11).events != traffic("normal", seed=12).events


def aiwatch(*args: str, timeout: float = 60, env: dict | None = None) -> subprocess.CompletedProcess:
    exe = str(Path(sys.executable).parent / "aiwatch")
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=timeout, env=env)


def test_unknown_scenario_lists_the_valid_ones() -> None:
    res = aiwatch("simulate", "--scenario", "meteor-strike", "--target", "http://127.0.0.1:9")
    assert res.returncode == 2
    assert "unknown scenario 'meteor-strike'" in res.stderr
    for name in sim.SCENARIOS:
        assert name in res.stderr


@pytest.mark.parametrize(("flag", "value"), [("--rate", "0"), ("--duration", "-1"), ("--rate", "nan")])
def test_bad_rate_or_duration_is_rejected(flag: str, value: str) -> None:
    res = aiwatch("simulate", flag, value, "--target", "http://127.0.0.1:9")
    assert res.returncode == 2 and flag in res.stderr


def test_unreachable_exporter_is_a_clear_error() -> None:
    port = free_port()  # nothing listens there
    res = aiwatch("simulate", "--target", f"http://127.0.0.1:{port}", "--duration", "2")
    assert res.returncode == 1
    assert f"cannot reach the exporter at http://127.0.0.1:{port}" in res.stderr


def test_exporter_that_rejects_the_data_is_a_clear_error(tmp_path: Path) -> None:
    import os

    exp = start_exporter(tmp_path, workers=1, env={"AIWATCH_AUTH_TOKEN": "s3cret"})
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("AIWATCH_AUTH_TOKEN")}
        res = aiwatch("simulate", "--target", exp.url, "--duration", "2", "--rate", "10", env=env)
        assert res.returncode == 1
        assert "the exporter rejected the events: HTTP 401" in res.stderr
        env["AIWATCH_AUTH_TOKEN"] = "s3cret"  # the simulator sends the token it is given
        res = aiwatch("simulate", "--target", exp.url, "--duration", "2", "--rate", "10", env=env)
        assert res.returncode == 0, res.stderr
    finally:
        exp.stop()


def test_sends_what_it_reports_to_a_real_exporter(tmp_path: Path) -> None:
    exp = start_exporter(tmp_path, workers=2)
    try:
        res = aiwatch(
            "simulate",
            "--scenario",
            "hallucinations",
            "--target",
            exp.url,
            "--duration",
            "3",
            "--rate",
            "40",
            "--seed",
            "1",
        )
        assert res.returncode == 0, res.stderr
        done = res.stdout.strip().splitlines()[-1]
        sent = int(done.split()[1])
        screened_outputs = int(done.split(" prompts and ")[1].split()[0])
        assert sent >= 60
        assert "[hallucinations]" in res.stdout and "\r" not in res.stdout  # periodic lines, not a TTY
        text = requests.get(exp.url + "/metrics", timeout=5).text
        total = sum(
            float(line.rsplit(" ", 1)[1])
            for line in text.splitlines()
            if line.startswith("ai_requests_total{")
        )
        outputs = sum(
            float(line.rsplit(" ", 1)[1])
            for line in text.splitlines()
            if line.startswith("ai_screened_outputs_total{")
        )
        hits = sum(
            float(line.rsplit(" ", 1)[1])
            for line in text.splitlines()
            if line.startswith("ai_cache_requests_total{") and 'result="hit"' in line
        )
        assert hits > 0
        assert total + hits == sent  # a cache hit is not an LLM call: counted as a hit only
        assert outputs == screened_outputs > 0
    finally:
        exp.stop()


def test_a_slow_answer_does_not_cost_the_events_owed_for_the_rest_of_the_run() -> None:
    """A cold exporter's first answer can take longer than the run: the owed events still go out."""
    import io
    import json
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    received: list[int] = []

    class Slow(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            if self.path == "/v1/events":
                if not received:
                    time.sleep(2.5)  # longer than what is left of the 3 s run
                received.append(len(json.loads(body)["events"]))
            self.send_response(202 if self.path == "/v1/events" else 200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        gen = sim.Generator("normal", SERVICES, seed=3)
        client = sim.Client(f"http://127.0.0.1:{server.server_address[1]}")
        stats = sim.simulate(
            gen, client, rate=40, duration=3, progress=sim.Progress("normal", 3, io.StringIO())
        )
    finally:
        server.shutdown()
        server.server_close()
    assert len(received) >= 2  # the slow batch, then the catch-up batch after it
    assert stats.events == sum(received)
    assert 118 <= stats.events <= 122  # rate x duration, not the one batch that got to run
