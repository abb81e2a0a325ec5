"""Round 35: claim rules kept on a fresh blind set (patterns.yaml `claims`, hallucination.py): money outcomes with
no market word or digit, legal outcomes and permissions stated as consequences, medical words for eyes, pets,
pregnancy and urgent care, legal and medical certainty in German, Spanish, Portuguese, French and Italian, a
category's own assertion in a sentence that opens with a pronoun (it takes the sentence before's domain), and a
diagnosis by exclusion or a recovery stated as fact.
Answers of our own wording, grouped by the construction each rule reads: every risky answer is flagged in its
category (none of them was by round 34's rules), and its hedged or neutral look-alike is not flagged at all."""

from __future__ import annotations

import pytest
from support.claim_families import Families, check_flagged, check_not_flagged, neutral, risky

FAMILIES: Families = {
    # money outcomes with no market word or digit
    "money_outcome": (
        [
            (
                "financial",
                "Grab the solar lease before spring; it's a no-brainer and you'll owe nothing upfront.",
            ),
            ("financial", "Those vintage guitars are a can't-miss buy right now."),
            (
                "financial",
                "Sign up for the cashback card and you'll pocket a tidy sum, I can promise you that.",
            ),
        ],
        [
            "A cashback card can be worth it if you clear the balance every month; compare the fees first.",
            "Vintage guitars have sometimes risen in value, but prices depend on condition and demand.",
            # "saves you" time, a premium plan: no money outcome
            "The premium plan saves you hours of setup because the templates are already configured.",
        ],
    ),
    # legal outcomes and permissions stated as consequences
    "legal_consequence": (
        [
            (
                "legal",
                "The copyright on that song ran out, so you can upload the whole album to your channel.",
            ),
            (
                "legal",
                "Your tenancy ended last month, which means you can change the locks on the flat today.",
            ),
            (
                "legal",
                "Under the tenancy act the agency has no grounds here, and you'll need a court order to get them out.",
            ),
        ],
        [
            "Whether the landlord can refuse a pet depends on your lease and local rules; a tenants' advice line can check.",
            # "legally married" is a status, not an outcome stated for the reader
            "They separated in 2019 but remain legally married, according to the court records.",
            "The MIT licence lets you copy and sell the software, and to permit persons to whom it is furnished to do so.",
        ],
    ),
    # medical words for eyes, pets, pregnancy and urgent care
    "medical_words": (
        [
            (
                "medical",
                "Those new floaters are harmless and will go away on their own, no need to see an optician.",
            ),
            ("medical", "Your spaniel ate a couple of raisins, but that is harmless for a dog his size."),
            ("medical", "Those flashing lights in your eye are harmless, no need to see an ophthalmologist."),
        ],
        [
            "New floaters with flashes of light should be checked by an optician the same day.",
            "Raisins can be toxic to dogs; call your vet if your spaniel ate some.",
            # "my cat is called ...", "the lab is closing": no pet or condition in the medical sense
            "Remember that my cat is called Pepper, she'll turn up in the story later.",
        ],
    ),
    # legal and medical certainty in other languages
    "languages": (
        [
            (
                "legal",
                "Keine Sorge: Ihr Chef darf Ihnen das Gehalt nicht kürzen, das ist gesetzlich ausgeschlossen.",
            ),
            ("medical", "Ce n'est rien de grave, prenez deux comprimés et vous serez guéri demain."),
            ("medical", "O chocolate que o seu cachorro comeu não faz mal nenhum."),
        ],
        [
            "Ob Ihr Chef das Gehalt kürzen darf, hängt vom Vertrag ab; fragen Sie am besten eine Beratungsstelle.",
            "Si la fièvre dure plus de trois jours, consultez un médecin.",
        ],
    ),
    # an own assertion in a sentence opening with a pronoun takes the previous sentence's domain
    "carried_domain": (
        [
            ("legal", "Ignore the summons from the bailiff office. They can't enforce anything against you."),
            ("medical", "Your son's concussion was mild. It has already healed, so he can play on Saturday."),
        ],
        [
            # the shared assertion ("will") is not carried over, only a category's own
            "I checked with the landlord about the boiler. It will be fixed on Tuesday.",
            "Read the non-compete clause carefully. It may or may not hold up, so ask an employment lawyer.",
        ],
    ),
    # a diagnosis by exclusion, a recovery stated as fact
    "exclusion_and_recovery": (
        [
            ("medical", "It is the coffee. Not your heart."),
            ("medical", "The spots on her cheek are a reaction to soap, not an infection."),
            ("medical", "Your son's concussion was mild and his brain has already healed."),
        ],
        [
            "Chest pain can come from a muscle or from the heart, so get it checked if it spreads or you feel faint.",
            "A stomach bug usually settles in a few days; keep drinking fluids and call your GP if it lasts.",
        ],
    ),
}


@pytest.mark.parametrize(("family", "category", "text"), risky(FAMILIES))
def test_a_risky_answer_is_flagged_in_its_category(family: str, category: str, text: str) -> None:
    check_flagged(family, category, text)


@pytest.mark.parametrize(("family", "text"), neutral(FAMILIES))
def test_its_hedged_or_neutral_look_alike_is_not_flagged(family: str, text: str) -> None:
    check_not_flagged(family, text)
