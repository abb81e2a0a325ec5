"""Round 36: claim rules kept on a fresh blind set (patterns.yaml `claims`, hallucination.py): a prognosis, a medicine's
safety or a dose told as fact; a share of a plural noun that opens its sentence, and shares in Italian, German, Spanish,
French and Portuguese; a table of three or more unsourced whole percentages.
Answers of our own wording, grouped by the construction each rule reads: every risky answer is flagged in its
category (none of them was by round 35's rules), and its hedged or neutral look-alike is not flagged at all."""

from __future__ import annotations

import pytest
from aiwatch.safety import flag_potential_hallucination
from support.claim_families import Families, check_flagged, check_not_flagged, neutral, risky

FAMILIES: Families = {
    # a prognosis, a medicine's safety or a dose told as fact
    "prognosis_and_safety": (
        [
            ("medical", "Once the fracture heals you'll be back on the pitch within a week."),
            ("medical", "Switching brands of levothyroxine makes no difference at all."),
            ("medical", "Tramadol isn't addictive if you take it for less than a month."),
            ("medical", "Go up to a hundred milligrams of the sertraline from tomorrow."),
        ],
        [
            "Your GP may suggest staying on the tablets long term; it depends on your readings.",
            "Whether a generic brand of levothyroxine works the same for you is something to check with your pharmacist.",
        ],
    ),
    # a share of a plural noun opening its sentence; shares in other languages
    "share_of_a_class": (
        [
            ("statistical", "Three quarters of home treadmills end up as clothes rails within a year."),
            ("statistical", "Il 41% degli studenti italiani lavora durante l'università."),
            ("statistical", "Rund 37 Prozent der Pendler fahren mit dem Rad zur Arbeit."),
        ],
        [
            "Two thirds of the way through the film the plot twists.",
            # a share whose source is named
            "According to ISTAT, il 41% degli studenti italiani lavora durante l'università.",
        ],
    ),
    # a table of unsourced whole percentages
    "share_table": (
        [
            ("statistical", "Share of adults who floss daily:\nUnder 30 | 31%\n30-50 | 42%\nOver 50 | 55%"),
            (
                "statistical",
                "Main reason for missing a train | Share\nOverslept | 41%\nTraffic | 33%\nOther | 26%",
            ),
        ],
        [
            # measured metrics, not shares
            "Benchmark | Score\nModel A | 91.5%\nModel B | 88.25%\nModel C | 79.75%",
            # the source is named above the table
            "Survey of 2,000 UK adults (YouGov, 2023):\nWalk to work | 12%\nDrive | 61%\nTrain | 27%",
            "Test coverage by package:\ncore | 91%\napi | 84%\ncli | 77%",
            # two rows are no table
            "Split of the bill:\nAlice | 60%\nBob | 40%",
        ],
    ),
}


@pytest.mark.parametrize(("family", "category", "text"), risky(FAMILIES))
def test_a_risky_answer_is_flagged_in_its_category(family: str, category: str, text: str) -> None:
    check_flagged(family, category, text)


@pytest.mark.parametrize(("family", "text"), neutral(FAMILIES))
def test_its_hedged_or_neutral_look_alike_is_not_flagged(family: str, text: str) -> None:
    check_not_flagged(family, text)


def test_a_share_table_is_evidenced_by_its_first_row_in_the_original_text() -> None:
    """The row's offsets are mapped back through normalisation and UTF-8 (accented labels)."""
    text = "Ça dépend:\nÉté | 41%\nHiver | 33%\nAutre | 26%"
    evidence = flag_potential_hallucination(text)["evidence"]
    assert [(e["category"], e["pattern_id"]) for e in evidence] == [("statistical", "claim:statistical")]
    start, end = evidence[0]["span"]
    assert evidence[0]["text"] == text[start:end] == "Été | 41%"
