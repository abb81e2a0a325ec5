"""flag_potential_hallucination: risky-claim detection in model outputs.

Flags confident financial, medical, legal and statistical claims, the kinds
that are costly when invented. It is a warning signal (and a confidence
penalty), never a verdict and never a reason to block a response.
"""

from __future__ import annotations

from typing import Any

from .injection import _scan
from .normalise import normalise
from .patterns import load

MAX_EVIDENCE = 32
SNIPPET_CHARS = 200


def flag_potential_hallucination(text: str) -> dict[str, Any]:
    """Return {potential_hallucination_risk, categories, evidence, confidence_adjustment}.

    confidence_adjustment is <= 0: the sum of the per-category penalties in
    patterns.yaml, halved when the output hedges ("consult a doctor"), floored
    at max_adjustment.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    ps = load()
    norm = normalise(text)
    evidence: list[dict[str, Any]] = []
    categories: list[str] = []
    adjustment = 0.0
    for cat in ps.hallucination:
        found = _scan(norm.text, cat.patterns)
        if not found:
            continue
        categories.append(cat.name)
        adjustment += cat.adjustment
        for p, s, e in found:
            if len(evidence) >= MAX_EVIDENCE:
                break
            start, end = norm.span(s, e)
            evidence.append(
                {
                    "category": cat.name,
                    "pattern_id": p.id,
                    "text": text[start:end][:SNIPPET_CHARS],
                    "span": [start, end],
                }
            )
    if categories and _scan(norm.text, (ps.hedges,)):
        adjustment *= ps.hedge_factor
    adjustment = max(adjustment, ps.max_adjustment)
    return {
        "potential_hallucination_risk": bool(categories),
        "categories": categories,
        "evidence": evidence,
        "confidence_adjustment": round(adjustment, 4) if categories else 0.0,
    }
