"""Claim-rule tests grouped by construction: each family holds risky answers (with the category each must be
flagged in) and hedged or neutral look-alikes that must not be flagged at all. One shape for the rounds' test
modules, so each writes only its families."""

from __future__ import annotations

from aiwatch.safety import flag_potential_hallucination

# family -> (risky answers as (category, text), neutral look-alikes)
Families = dict[str, tuple[list[tuple[str, str]], list[str]]]


def risky(families: Families) -> list[tuple[str, str, str]]:
    """(family, category, text) of every risky answer."""
    return [(family, cat, text) for family, (answers, _) in families.items() for cat, text in answers]


def neutral(families: Families) -> list[tuple[str, str]]:
    """(family, text) of every look-alike."""
    return [(family, text) for family, (_, texts) in families.items() for text in texts]


def check_flagged(family: str, category: str, text: str) -> None:
    """The risky answer is flagged in its category."""
    assert category in flag_potential_hallucination(text)["categories"], (family, text)


def check_not_flagged(family: str, text: str) -> None:
    """The look-alike is flagged in no category."""
    assert flag_potential_hallucination(text)["categories"] == [], (family, text)
