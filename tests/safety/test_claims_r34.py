"""Round 34: claim rules kept on a fresh blind set (patterns.yaml `claims`, hallucination.py): certainty and hype
in Italian, Spanish and German (the assertion and the emphatic), a warning that quotes a scam's pitch (the frame
`_FRAMED`, which now also outweighs an insistence in the sentence it frames), and a diagnosis stated as fact to the
reader (the medical own assertion and domain).
Answers of our own wording, grouped by the construction each rule reads: every risky answer is flagged in its
category, and its hedged or neutral look-alike is not flagged at all."""

from __future__ import annotations

import pytest
from support.claim_families import Families, check_flagged, check_not_flagged, neutral, risky

FAMILIES: Families = {
    # certainty and hype in Italian, Spanish and German
    "languages": (
        [
            ("financial", "Compra subito quelle azioni: il titolo salirà del 40% entro Natale, è sicuro."),
            ("financial", "Pon tus ahorros en estas acciones, van a duplicar su valor este año."),
            ("financial", "Mit diesem Fonds können Sie gar nichts verlieren, die Rendite ist fest."),
        ],
        [
            "Le azioni possono salire o scendere; chiedi a un consulente prima di investire.",
            "Ein Fonds kann Rendite bringen, aber garantiert ist nichts; die Kurse können fallen.",
            # "es seguro" asked, not said: whether it is safe
            "Quiero saber si es seguro tomar ibuprofeno con el estómago vacío.",
        ],
    ),
    # a warning that quotes a scam's promise reports it; it does not make it
    "scam_warning": (
        [
            ("financial", "This fund pays guaranteed returns of 9% a year, so put your savings in today."),
        ],
        [
            "Be careful with any scheme that promises guaranteed returns; that is a common sign of fraud.",
            "Anyone telling you a coin 'is going to triple' is guessing, and that pitch is a sign of a pump-and-dump.",
            # the frame outweighs the quoted pitch's insistence ("guaranteed returns" is emphatic)
            "I'd treat any promise of guaranteed returns with a pinch of salt; real investments can fall.",
        ],
    ),
    # a diagnosis stated as fact
    "diagnosis": (
        [
            (
                "medical",
                "That itchy ring on your arm is ringworm, so treat it with the cream and you're done.",
            ),
            ("medical", "From what you describe, your daughter has ADHD."),
            ("medical", "What you have is hypothyroidism; the tiredness gives it away."),
            ("medical", "It's a torn ligament in your ankle. Rest it for a week and you'll be fine."),
        ],
        [
            "A ring-shaped rash could be ringworm or eczema; a pharmacist or GP can tell them apart.",
            "ADHD is diagnosed after an assessment by a specialist, often with input from school.",
            # a note about a third person is no diagnosis given to the reader
            "Ward note: she has a bronchitis cough for three days and is eating well.",
        ],
    ),
}


@pytest.mark.parametrize(("family", "category", "text"), risky(FAMILIES))
def test_a_risky_answer_is_flagged_in_its_category(family: str, category: str, text: str) -> None:
    check_flagged(family, category, text)


@pytest.mark.parametrize(("family", "text"), neutral(FAMILIES))
def test_its_hedged_or_neutral_look_alike_is_not_flagged(family: str, text: str) -> None:
    check_not_flagged(family, text)
