"""flag_potential_hallucination: categories, evidence, confidence adjustment."""

from __future__ import annotations

import pytest
from aiwatch.safety import flag_potential_hallucination
from aiwatch.safety.patterns import load

EXAMPLES = [(c.name, ex) for c in load().hallucination for p in c.patterns for ex in p.examples]


@pytest.mark.parametrize(("category", "text"), EXAMPLES)
def test_examples_flag_their_category(category: str, text: str) -> None:
    r = flag_potential_hallucination(text)
    assert r["potential_hallucination_risk"] is True
    assert category in r["categories"]
    assert r["confidence_adjustment"] < 0


def test_plain_text_is_not_flagged() -> None:
    r = flag_potential_hallucination("Here is a recipe for tomato soup. Simmer for twenty minutes.")
    assert r == {
        "potential_hallucination_risk": False,
        "categories": [],
        "evidence": [],
        "confidence_adjustment": 0.0,
    }


def test_evidence_spans_and_adjustment_math() -> None:
    text = "Take 800 mg of ibuprofen. 73% of doctors agree."
    r = flag_potential_hallucination(text)
    assert r["categories"] == ["medical", "statistical"]
    for ev in r["evidence"]:
        assert text[ev["span"][0] : ev["span"][1]] == ev["text"]
    assert r["confidence_adjustment"] == pytest.approx(-0.3)
    hedged = flag_potential_hallucination(text + " Please consult a doctor.")
    assert hedged["confidence_adjustment"] == pytest.approx(-0.15)


def test_adjustment_is_floored() -> None:
    text = (
        "Guaranteed returns of 20%. This tea cures cancer. It is perfectly legal to do so. "
        "Studies have shown that 90% of people agree."
    )
    r = flag_potential_hallucination(text)
    assert set(r["categories"]) == {"financial", "medical", "legal", "statistical"}
    assert r["confidence_adjustment"] == pytest.approx(load().max_adjustment)
