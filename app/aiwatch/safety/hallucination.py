"""flag_potential_hallucination: risky-claim detection in model outputs.

Flags confident financial, medical, legal and statistical claims, the kinds
that are costly when invented. It is a warning signal (and a confidence
penalty), never a verdict and never a reason to block a response. All claim
patterns and the hedge pattern run as one RE2 Set (engine.py): one pass.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .engine import Matcher
from .injection import _spans
from .normalise import normalise
from .patterns import load

MAX_EVIDENCE = 32
SNIPPET_CHARS = 200


@cache
def _matcher() -> Matcher:
    ps = load()
    hedges = [ps.hedges] if ps.hedges is not None else []
    return Matcher([*(p for c in ps.hallucination for p in c.patterns), *hedges])


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
    data = norm.data
    matcher = _matcher()
    hit = {p.id for p in matcher.which(data)}
    if not hit - {"hedge"}:
        return {
            "potential_hallucination_risk": False,
            "categories": [],
            "evidence": [],
            "confidence_adjustment": 0.0,
        }
    found = [(p, s, e) for p, s, e in matcher.scan(data) if p.id != "hedge"]
    by_id = dict.fromkeys(p.id for p, _, _ in found)
    evidence: list[dict[str, Any]] = []
    categories: list[str] = []
    adjustment = 0.0
    spans = _spans(norm, data, found)
    for cat in ps.hallucination:
        ids = {p.id for p in cat.patterns} & by_id.keys()
        if not ids:
            continue
        categories.append(cat.name)
        adjustment += cat.adjustment
        for p, (start, end) in spans:
            if p.id in ids and len(evidence) < MAX_EVIDENCE:
                evidence.append(
                    {
                        "category": cat.name,
                        "pattern_id": p.id,
                        "text": text[start:end][:SNIPPET_CHARS],
                        "span": [start, end],
                    }
                )
    if "hedge" in hit:
        adjustment *= ps.hedge_factor
    adjustment = max(adjustment, ps.max_adjustment)
    return {
        "potential_hallucination_risk": True,
        "categories": categories,
        "evidence": evidence,
        "confidence_adjustment": round(adjustment, 4),
    }
