"""Hypothesis: any string yields a well-formed result, fast enough that backtracking is ruled out.

The time bound is a deliberately generous safety net (catastrophic backtracking
takes minutes, not seconds); real latency figures are in bench/bench_safety.py.
"""

from __future__ import annotations

import time

from aiwatch.safety import check_prompt_injection, flag_potential_hallucination
from aiwatch.safety.injection import RISK_ORDER
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.screening import SLOW_SECONDS

TRIGGERS = [
    "ignore", "previous", "instructions", " ", "!!", "\u200b", "а", "<|im_start|>", "dan ", "mode",
    "QUFB", "%41", "ab", "a ", "you are now", "system:", "<!--", "call x_y with", "忽略", "api key",
]  # fmt: skip
adversarial = st.lists(st.sampled_from(TRIGGERS), max_size=400).map("".join)


def _check_shape(text: str) -> None:
    r = check_prompt_injection(text)
    assert r["risk_level"] in RISK_ORDER
    assert r["safe"] is (not r["matches"])
    assert r["action"] == {"none": "allow", "low": "flag", "medium": "flag"}.get(r["risk_level"], "block")
    for m in r["matches"]:
        s, e = m["span"]
        assert 0 <= s <= e <= len(text)
        assert m["severity"] in RISK_ORDER[1:]
    h = flag_potential_hallucination(text)
    assert h["confidence_adjustment"] <= 0
    assert set(h["categories"]) <= {"financial", "medical", "legal", "statistical"}
    assert h["potential_hallucination_risk"] is bool(h["categories"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_random_text_shape(text: str) -> None:
    _check_shape(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(adversarial)
def test_adversarial_fragments_shape(text: str) -> None:
    _check_shape(text)


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(st.sampled_from(TRIGGERS), st.sampled_from(TRIGGERS))
def test_100kb_adversarial_is_bounded(a: str, b: str) -> None:
    unit = a + b
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    t0 = time.perf_counter()
    _check_shape(text)
    assert time.perf_counter() - t0 < SLOW_SECONDS
