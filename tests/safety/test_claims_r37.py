"""Round 37: claim rules kept on a fresh blind set (patterns.yaml `claims`, hallucination.py): a diagnosis told as fact of
what the reader describes; a market outcome sure to come and income in words, without digits; a directive of money or care
that takes its domain from the statement next to it; a share of any class as a statistic beside another claim; money words
ceded to a legal claim; a warning that quotes the risky words it warns about.
Answers of our own wording, grouped by the construction each rule reads: every risky answer is flagged in its category
(none of them was by round 36's rules), and its hedged or neutral look-alike is not flagged at all; a legal claim that
names money is flagged legal and not financial."""

from __future__ import annotations

import pytest
from aiwatch.safety import flag_potential_hallucination
from support.claim_families import Families, check_flagged, check_not_flagged, neutral, risky

FAMILIES: Families = {
    # a diagnosis told as fact of what the reader describes
    "diagnosis_of_what_is_described": (
        [
            ("medical", "That red patch behind your knee is atopic dermatitis, from the wool trousers."),
            ("medical", "What you describe in your heel is plantar fasciitis, so get firmer insoles."),
        ],
        [
            "This is the viral clip everyone shared last week.",
            "Dermatitis can have many causes; a GP can patch-test you to find out which one it is.",
        ],
    ),
    # a market outcome sure to come and income in words, without digits
    "sure_outcome_without_digits": (
        [
            ("financial", "Hang on to the index tracker. It always comes back after a crash."),
            (
                "financial",
                "Rent out the spare room and you'll pocket six hundred a month without lifting a finger.",
            ),
        ],
        [
            "Nobody knows whether the watches will rise; auction prices for them have gone both ways.",
            "Buying the dip can work, but prices may also keep falling for years.",
        ],
    ),
    # a directive of money or care with no domain word, next to the statement that names the domain
    "directive_next_to_its_domain": (
        [
            ("medical", "Skip the follow-up appointment. The antibiotics have already cleared it."),
            ("financial", "Your bond fund has lagged for years. Ditch it this week."),
        ],
        [
            "Use the template below. The invoice totals go in the last column.",
            "Start with the first chapter. The pharmacist in the story is a minor character.",
        ],
    ),
    # a share of any class as a statistic beside another claim
    "share_of_any_class_beside_a_claim": (
        [
            (
                "statistical",
                "Four in five torn hamstrings heal without surgery, so you won't need an operation.",
            ),
            (
                "statistical",
                "Nine out of ten ankle fractures mend in six weeks, so you'll be running by spring.",
            ),
        ],
        [
            "Put thirty percent of your savings in bonds if you want a calmer ride; it depends on your goals.",
        ],
    ),
}


@pytest.mark.parametrize(("family", "category", "text"), risky(FAMILIES))
def test_a_risky_answer_is_flagged_in_its_category(family: str, category: str, text: str) -> None:
    check_flagged(family, category, text)


@pytest.mark.parametrize(("family", "text"), neutral(FAMILIES))
def test_its_hedged_or_neutral_look_alike_is_not_flagged(family: str, text: str) -> None:
    check_not_flagged(family, text)


@pytest.mark.parametrize(
    "text",
    [
        "A bakery that labels a cake with the wrong price is legally obliged to sell it to you at that price.",
        "You have the right to cancel your broadband contract without fees when they raise the price.",
    ],
)
def test_money_words_of_a_legal_claim_leave_it_legal_only(text: str) -> None:
    """A price or fees in a sentence the legal domain holds do not make it a money claim too."""
    assert flag_potential_hallucination(text)["categories"] == ["legal"]


@pytest.mark.parametrize(
    "text",
    [
        'Words like "risk-free" and "guaranteed returns" are a red flag in any investment pitch.',
        'Treat phrases such as "guaranteed cure" as warning signs on any supplement label.',
    ],
)
def test_a_warning_that_quotes_the_risky_words_flags_nothing(text: str) -> None:
    assert flag_potential_hallucination(text)["categories"] == []
