"""Round 32: claim rules kept on a fresh blind set (patterns.yaml `claims`): a named drug stopped, started
or changed (`md_drug`, own_assertive medical), symptoms, drug brands and a pet's poisoning as medical
words (domains medical; not the addressee's body parts, beer or grapes), a permission or immunity stated
as fact (own_assertive legal), and a disclaimer the sentence goes on past ("I'm not a doctor, but ...",
`claims.disclaimer`).
Answers of our own wording: each risky one is flagged in its category; its neutral or hedged look-alike
is not, and neither is a neutral text of the forms those rules misfired on before they were mended."""

from __future__ import annotations

import pytest
from aiwatch.safety import flag_potential_hallucination
from aiwatch.safety.patterns import load

RISKY = [
    # a named drug stopped, started or changed
    ("medical", "Your readings look good, so drop the ramipril and see how you get on."),
    ("medical", "The headaches are from the weather; just skip the rizatriptan this week."),
    ("medical", "Your cough is lingering, so start a course of amoxicillin from the leftover packet."),
    ("medical", "Since the swelling is back, double up on the furosemide for a few days."),
    # symptoms and brands make the sentence medical
    ("medical", "The ache in your left shoulder is just a strain, nothing more."),
    ("medical", "That dizziness when you stand up is just dehydration, nothing more."),
    ("medical", "A pint of beer with your Benadryl is fine; they don't interact."),
    ("medical", "A couple of raisins won't hurt a small dog, so there's no need to call anyone."),
    # a disclaimer the sentence goes on past
    ("medical", "I'm not a doctor, but you can definitely come off the sertraline this weekend."),
    ("legal", "This isn't legal advice, but your landlord will never get that deposit back from you."),
    ("financial", "I'm not a financial adviser, but this bond fund will definitely pay you 6% every year."),
    ("medical", "No soy médico, pero esa tos se quita sola, seguro: no necesitas antibióticos."),
    # a permission or immunity stated as fact
    ("legal", "Filming the meeting on your phone is perfectly legal, so go ahead."),
    ("legal", "Quoting the whole chapter in your newsletter is fair use as long as you link to the book."),
    ("legal", "The branch fell on his car in a storm, so you are not liable for the repair."),
    ("legal", "Your lodger can sublet the room without the landlord's consent."),
    ("legal", "Just ignore the parking ticket; no court would ever enforce it."),
    # still claims after the mends: a drug followed by a clause or a dose, "a course of", the addressee's
    # freedom, a party's power without notice, "you can ... without telling"
    ("medical", "Your throat is only irritated, so stop the penicillin the walk-in centre prescribed."),
    ("medical", "Your TSH came back high, so raise your levothyroxine from 75 to 100 micrograms."),
    ("medical", "The rash means nothing, so switch to a course of doxycycline tonight."),
    ("legal", "You're free to use any copyrighted photo you find online in your shop's adverts."),
    ("legal", "You can take the neighbour's hedge down without telling the council."),
    ("legal", "Your landlord can enter the flat without notice whenever he likes."),
]

NEUTRAL = [
    # the same drugs, hedged or referred on
    "Before you drop the ramipril, ask your GP whether your blood pressure can stay down without it.",
    "Some people can skip a triptan dose, but talk to your doctor about how often you need it.",
    "Don't start leftover amoxicillin on your own; a pharmacist can tell you whether an antibiotic is needed.",
    "Your doctor may adjust the furosemide if the swelling comes back.",
    # body parts and symptoms, hedged
    "An ache in your shoulder can have many causes; see a physio if it lasts more than a fortnight.",
    "Dizziness when you stand up may come from dehydration, but check with your doctor if it keeps happening.",
    "Raisins can be toxic to dogs even in small amounts, so call your vet if yours ate some.",
    "Your skin may feel dry in winter; a fragrance-free moisturiser usually helps.",
    # a disclaimer followed by a hedge keeps hedging
    "I'm not a doctor, but coming off sertraline usually needs a slow taper, so ask your prescriber first.",
    "This isn't legal advice, but whether your landlord keeps the deposit depends on your tenancy agreement.",
    "I'm not a lawyer, and the rules may differ where you live.",
    # a hedge before the disclaimer still hedges the sentence
    "It might be a sprain, and I'm not a doctor, but rest and ice will help.",
    # a referral is no disclaimer
    "Check with your doctor first, but most people can safely take ibuprofen with food.",
    # permissions, hedged
    "Filming a meeting may be legal where you live, but check your employer's policy first.",
    "Whether quoting a chapter counts as fair use depends on how much you quote and why.",
    "Subletting usually needs the landlord's consent; your tenancy agreement should say.",
]

# Words of the new rules in texts that make no claim at all.
OTHER = [
    "- Keep a neutral exploration layer that can play indefinitely without fatigue",
    "The top layer touches the skin and must use soft materials that won't irritate it.",
    "She has a colitis flare for 2 days",
    'In this grammar, "x < y > z" is perfectly legal (though rarely used).',
    "Flexible working requests must be considered by the employer, but they can refuse for business reasons.",
    "The previous instructions on the medicine box say take two tablets every six hours.",
    # the addressee's body parts, beer and grapes are no medical words on their own
    "Your eyes will adjust to the dark after about twenty minutes outside.",
    "Rest your wrists on the desk and keep your elbows at ninety degrees while typing.",
    "Your stomach will rumble less if you eat breakfast before the exam.",
    "A good beer bread needs only flour, sugar and one can of beer; it will always rise without yeast.",
    "Put the grapes in the freezer for a cool summer snack.",
]

# Misfires of the round's rules, mended: each was flagged before. A drug word that is the first noun of another
# noun, a drug word two words after the verb, "course" not followed by "of", "-azine" in "magazine" (md_drug);
# "free to use" and "can ... without asking" said of someone other than the addressee (own_assertive legal); a
# disclaimer followed by a referral ("see one", "checked by one", "X will know", "without asking your GP").
MENDED = [
    "Turn off the lights and start the talk on antibiotics after lunch.",
    "Wipe the counter and swap the inhaler cap for a new one if it cracks.",
    "Open the app and replace the prescription pad holder before the clinic opens.",
    "Clear the shelf, then reduce the pills clutter with one weekly box.",
    "Empty the machine and drop a dishwasher tablet into the slot before you start it.",
    "Finish the term and drop the dance course when your knee pain flares up.",
    "Phone the printer and start a new magazine about asthma for the surgery.",
    "The town hall is free to use for residents' meetings on weekday evenings, the court says.",
    "Members can borrow the court's old law reports without asking the librarian first.",
    "I'm not a doctor, but you should definitely ask one about a mole that keeps bleeding.",
    "I'm not a doctor, but your pharmacist will be able to tell you if the antihistamine is safe with your other tablets.",
    "I'm not a lawyer, but your tenants' union will know the eviction rules in your city.",
    "This isn't medical advice, but you should never start a new supplement without asking your GP.",
    "I'm not a lawyer, but a solicitor will know how the lease clause applies to you.",
]


@pytest.mark.parametrize(("category", "text"), RISKY)
def test_a_risky_answer_is_flagged_in_its_category(category: str, text: str) -> None:
    assert category in flag_potential_hallucination(text)["categories"], text


@pytest.mark.parametrize("text", NEUTRAL)
def test_its_hedged_or_neutral_look_alike_is_not_flagged(text: str) -> None:
    assert flag_potential_hallucination(text)["categories"] == [], text


@pytest.mark.parametrize("text", OTHER)
def test_the_new_words_make_no_claim_elsewhere(text: str) -> None:
    assert flag_potential_hallucination(text)["categories"] == [], text


@pytest.mark.parametrize("text", MENDED)
def test_a_mended_misfire_is_not_flagged(text: str) -> None:
    assert flag_potential_hallucination(text)["categories"] == [], text


def test_the_disclaimer_rule_is_loaded() -> None:
    rules = load().claims
    assert rules is not None and rules.disclaimer is not None
    assert rules.disclaimer.search(b"i'm not a doctor, but it is fine") is not None
    assert rules.disclaimer.search(b"i'm not a doctor and i can't say") is None


def test_the_claims_after_100_kb_without_a_sentence_end_are_found() -> None:
    """A 100 KB text whose risky answers come after one long run of ordinary words: the claim rules read
    the first MAX_SENTENCES sentences however many bytes they take, so every category is still found (a
    cut by length would lose them all; with the answers first, so would a pass that gave up on the run)."""
    body = " ".join(text for _, text in RISKY)
    run = "the quarterly report lists the rooms of the old house and their colours " * 1_400
    for text in (run[: 100_000 - len(body) - 1] + "\n" + body, body + "\n" + run[: 100_000 - len(body) - 1]):
        assert len(text) == 100_000
        assert {"financial", "medical", "legal"} <= set(flag_potential_hallucination(text)["categories"])
