"""Cardinality guard: normalised, capped label values; overflow folded into "other" and counted."""

from __future__ import annotations

from aiwatch.catalog import build_metrics
from aiwatch.config import Cardinality, Config, ServiceInfo
from aiwatch.events import Event
from aiwatch.guard import OTHER, LabelGuard, normalise
from aiwatch.recorder import Recorder
from prometheus_client import CollectorRegistry, generate_latest


def test_normalise():
    assert normalise("GPT-4o") == "gpt-4o"
    assert normalise("  My Service!! ") == "my_service"
    assert normalise("a" * 100, 64) == "a" * 64
    assert normalise("💥") == "unknown"
    assert normalise('x"}\n{y') == "x_y"


def test_cap_folds_into_other_and_counts():
    reg = CollectorRegistry()
    m = build_metrics(reg)
    g = LabelGuard("model", known=["gpt-4o"], cap=3, overflow=m.label_overflow)
    assert [g(f"m{i}") for i in range(5)] == ["m0", "m1", "m2", OTHER, OTHER]
    assert g("m1") == "m1"  # admitted values stay admitted
    assert g("GPT-4o") == "gpt-4o"  # known values never count against the cap
    assert reg.get_sample_value("ai_label_overflow_total", {"label": "model"}) == 2


def test_priced_models_have_their_own_cap():
    g = LabelGuard("model", cap=1, is_known=lambda v: v.startswith("priced"), known_cap=2)
    assert [g("priced-a"), g("priced-b"), g("priced-c")] == ["priced-a", "priced-b", OTHER]
    assert [g("u1"), g("u2")] == ["u1", OTHER]


def _ev(model: str, service: str = "svc") -> Event:
    return Event(
        model=model, service=service, prompt_tokens=1, completion_tokens=1, duration_seconds=0.1, status="ok"
    )


def test_100k_distinct_models_leave_the_exposition_bounded():
    reg = CollectorRegistry()
    cfg = Config(
        cardinality=Cardinality(max_unknown_values=20, max_priced_models=30),
        services={"svc": ServiceInfo(team="t")},
    )
    rec = Recorder(cfg, m=build_metrics(reg))
    for i in range(100_000):
        rec.record(_ev(f"attacker-model-{i}"))
    # dated snapshots of a priced model also match the price source: still capped
    for i in range(1000):
        rec.record(_ev(f"gpt-4o-2024-08-{i:04d}"))
    text = generate_latest(reg).decode()
    models = {line.split('model="')[1].split('"')[0] for line in text.splitlines() if 'model="' in line}
    assert len(models) <= 20 + 30 + 1
    assert "other" in models
    assert reg.get_sample_value("ai_requests_total", {"model": "other", "service": "svc"}) >= 100_000 - 50
    assert reg.get_sample_value("ai_label_overflow_total", {"label": "model"}) >= 100_000 - 50
    assert len(text) < 2_000_000
