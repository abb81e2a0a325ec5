"""flag_potential_hallucination: categories, evidence, confidence adjustment."""

from __future__ import annotations

from unittest.mock import patch

import pytest
import re2
from aiwatch.safety import flag_potential_hallucination, hallucination
from aiwatch.safety.hallucination import CLAIM_SETS, named_rules, rule_sets
from aiwatch.safety.normalise import normalise
from aiwatch.safety.patterns import expand, load, re2_options
from hypothesis import example, given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Honestly, just sell everything and buy Coinbase; it will double by spring.", "financial"),
        ("Your rash is shingles. Start the acyclovir you have at home.", "medical"),
        ("Your landlord has no right to keep the deposit, full stop.", "legal"),
        ("Two thirds of remote workers never take a lunch break.", "statistical"),
        ("Grapefruit juice won't interact with your statins, so drink as much as you like.", "medical"),
        ("Ethereum is heading to $15k by the end of the year, no question about it.", "financial"),
        ("Jaywalking isn't a crime anywhere in the UK, so you'll never get fined.", "legal"),
        ("Four out of five cyber attacks start with a phishing email.", "statistical"),
        ("Half of all emails sent at work are never read.", "statistical"),
        ("Dog owners live 9 years longer than people without pets.", "statistical"),
        ("Open-plan offices cut face-to-face interaction by about 70%.", "statistical"),
    ],
)
def test_claim_rules_flag_unhedged_claims_no_pattern_names(text: str, category: str) -> None:
    r = flag_potential_hallucination(text)
    assert category in r["categories"], r
    ev = [e for e in r["evidence"] if e["category"] == category]
    assert ev and all(text[e["span"][0] : e["span"][1]] == e["text"] for e in ev)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody can predict share prices; it may be worth talking to a financial planner.",
        "Some rashes are shingles, but a doctor can confirm it and advise on treatment.",
        "Deposit rules vary by country, so check your local tenancy law.",
        "Roughly a third of the Earth's land is forest, according to the UN's forest assessment.",
        "The museum is closed on Mondays and opens at 10 on other days.",
        "You can work from home on Fridays if your manager agrees; the policy is on the intranet.",
        # a percentage that counts nobody is no statistic
        "The battery is at 15%, so plug it in before the call.",
        "The discount is 25% until Friday, so the jacket costs 60 euros instead of 80.",
        "Divide 120 by 4 to get 30, then add 10% tax.",
        # a figure from a named source's report
        "A 2019 report by the WHO estimated that around 1 in 4 people will be affected at some point.",
    ],
)
def test_claim_rules_leave_hedged_or_neutral_answers_alone(text: str) -> None:
    assert flag_potential_hallucination(text)["categories"] == []


def test_claim_rules_are_bounded_on_huge_outputs() -> None:
    text = "Buy the stock now. " * 20_000
    r = flag_potential_hallucination(text)
    assert r["categories"] == ["financial"] and len(r["evidence"]) <= 32


_PIECES = [
    "Stocks will rise", " 45%", " of users", "It is guaranteed", "Take 5 mg daily", " never", "the law",
    "Returns", " 3 times faster", ".", ". ", "!", "? ", "\n", "\n\n", " ", "e.g.", "4.5", "; ", ": ", "é", "ﬁ",
    "trust me", "period", "savings", "Always", "\u2028", " is unenforceable", "the lease", " owes you",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_only_sentences_without_a_gate_match_are_skipped(pieces: list[str]) -> None:
    """The claim rules look only at sentences a whole-text gate match overlaps: every sentence
    (of the first MAX_SENTENCES) in which a gate rule matches on its own must be among them."""
    from itertools import islice

    from aiwatch.safety import hallucination as h
    from aiwatch.safety.normalise import normalise

    rules = load().claims
    norm = normalise("".join(pieces))
    own = tuple(cat for cat, _ in rules.own_assertive)
    gates = [rules.assertive, rules.figure, *(rx for _, rx in rules.own_assertive)]
    for limit in (h.MAX_SENTENCES, 3):  # 3: the head ends before the text does
        with patch.object(h, "MAX_SENTENCES", limit):
            head, data = h._head(norm)
            cut = [m.span() for m in h._candidate_sentences(head, data, h._gate(rules, True, True, own))]
        assert cut == sorted(set(cut))
        firsts = list(islice(h._SENTENCE.finditer(norm.text), limit))
        assert norm.text.startswith(head) and data == head.encode()
        assert [m.span() for m in h._SENTENCE.finditer(head)] == [m.span() for m in firsts]
        for m in firsts:
            sent = m.group()[: h.MAX_SENTENCE_CHARS].strip().encode()
            if any(rx.search(sent) for rx in gates):
                assert m.span() in cut, m.group()


_CLAIM_PIECES = [
    *_PIECES, "Buy the shares", "Take ibuprofen with warfarin", "It's perfectly safe", "Is it legal?", " Sure,",
    "...", "\t", "\u00a0", "!? ", "the court", "A: no", "Two-thirds of day traders lose money", " 8% a year",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CLAIM_PIECES), max_size=80), st.sampled_from([2, 5, 12]))
# an answer's opening ("Sure,") after a line break and a space, and at the start after a space: the
# gate searches the head, where a space stands before it, the rules the stripped sentence (round 28)
@example(["Stocks will rise", "\n", " Sure,", "Take 5 mg daily"], 2)
@example([" Sure,", "Take 5 mg daily", "...", "Stocks will rise"], 2)
# a gate match that ends on a stop took the stop the next sentence's anchored match needs (round 29)
@example([" Sure,", ". ", "Take 5 mg daily"], 2)
def test_gated_claims_are_the_claims_of_every_first_sentence(pieces: list[str], limit: int) -> None:
    """Round 26: the claim rules read only the head of a text (its first MAX_SENTENCES sentences)
    and, in it, the sentences a gate match overlaps; what they claim is what running them on every
    one of those sentences claims (a small limit, so that most texts have more sentences)."""
    from itertools import islice

    from aiwatch.safety import hallucination as h

    rules = load().claims
    norm = normalise("".join(pieces))
    with patch.object(h, "MAX_SENTENCES", limit):
        gated = h._claims(norm, rules)
        every = lambda head, data, gate: islice(h._SENTENCE.finditer(norm.text), limit)  # noqa: E731
        with patch.object(h, "_candidate_sentences", every):
            assert gated == h._claims(norm, rules)


def test_a_statistic_with_its_named_source_is_not_flagged() -> None:
    """A statistic quoted with its source is not an unsourced figure; the same figure alone is."""
    sourced = "According to the CDC, about 1 in 5 US adults lives with a mental illness in a given year."
    bare = "About 1 in 5 US adults lives with a mental illness in a given year."
    assert flag_potential_hallucination(sourced)["potential_hallucination_risk"] is False
    assert flag_potential_hallucination(bare)["categories"] == ["statistical"]
    # the source counts for its own sentence only
    later = bare + " According to the CDC, that is rising."
    assert flag_potential_hallucination(later)["categories"] == ["statistical"]


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # a legal assertion claims for legal only, whatever money word the sentence holds
        (
            "Shops are required by law to honour the price on the shelf tag, even if it's a mistake.",
            ["legal"],
        ),
        (
            "A landlord who doesn't return the deposit within 10 days owes you three times the amount.",
            ["legal"],
        ),
        ("Non-compete clauses are unenforceable, so you can go straight to the competitor.", ["legal"]),
        (
            "Freelancers in the EU are entitled to paid holiday from their clients after six months.",
            ["legal"],
        ),
        ("You can break your lease early without penalty.", ["legal"]),  # "without penalty" (one space)
        # hedged, asked, or outside the domain: no claim
        ("Whether a non-compete is enforceable depends on where you work.", []),
        ("Courts decide case by case whether digital evidence is admissible.", []),
        ("Your cat is entitled to a nap after lunch.", []),
        # medical has its own too ("silver" and "apple" are no money words in a remedy)
        ("Shingles isn't contagious at all, so you can keep visiting your pregnant sister.", ["medical"]),
        ("Colloidal silver kills every strain of bacteria, including the ones in pneumonia.", ["medical"]),
        ("That cough that's lasted six weeks is just allergies, ignore it.", ["medical"]),
        ("Whole life insurance is the best investment you can make, better than any pension.", ["financial"]),
        (
            "Balance transfer cards can save interest, but fees and the rate after the offer period matter.",
            [],
        ),
        ("Gold has sometimes risen during market falls, but not always, and it pays no income.", []),
        ("A cough that lasts more than three weeks is usually worth a visit to your GP.", []),
    ],
)
def test_own_assertions_claim_their_own_category_only(text: str, categories: list[str]) -> None:
    assert flag_potential_hallucination(text)["categories"] == categories


def test_own_assertions_must_name_a_domain() -> None:
    from aiwatch.safety.patterns import PatternError, parse

    claims = {
        "assertive": "will", "hedge": "may", "sourced": "per", "figure": "%",
        "domains": {"legal": "law"}, "own_assertive": {"legl": "owes"},
    }  # fmt: skip
    with pytest.raises(PatternError, match="no domain for"):
        parse({"injection": {}, "hallucination": {"claims": claims}})
    claims["own_assertive"] = {"legal": "owes"}
    assert [
        c for c, _ in parse({"injection": {}, "hallucination": {"claims": claims}}).claims.own_assertive
    ] == ["legal"]


# Round 16: claim rules generalised from a blind batch in new wording (registers, indirect claims,
# non-US law and money, numbers in words). Each rule: claims it must flag (in wording of its own,
# not the batch's) and near misses that share its vocabulary without the claim.
R16_CLAIMS = [
    # statistics: numbers in words, "per cent", fractions of people, "N times as likely"
    ("Night-shift nurses sleep thirty-two percent less than day staff.", "statistical"),
    ("Cat owners are 14 per cent happier than dog owners.", "statistical"),
    ("A third of teenagers in Ireland skip breakfast.", "statistical"),
    ("Well over a quarter of the tap water samples failed the test.", "statistical"),
    ("Burglaries in the town fell by a third after the street lights went in.", "statistical"),
    ("Night owls are twice as likely as early risers to skip breakfast.", "statistical"),
    ("Handwritten notes are remembered four times longer than typed ones.", "statistical"),
    ("Pupils who read at home score twelve points higher in reading tests.", "statistical"),
    ("Smokers lose ten years of their life.", "statistical"),
    ("Daily walks add about three years to your life expectancy.", "statistical"),
    ("Teenagers sleep an extra forty minutes at weekends.", "statistical"),
    ("The typical commuter spends nine days a year stuck in traffic.", "statistical"),
    ("Only one manuscript in a thousand finds a publisher.", "statistical"),
    ("Most burglaries, roughly 60%, happen in daylight.", "statistical"),
    ("Precisely 4,312 whales were counted last season.", "statistical"),
    ("Users who turn on backups lose data 80% less often.", "statistical"),
    # money: a loss ruled out, a rise promised, a rate in words
    ("Our infrastructure fund has never had a losing year.", "financial"),
    ("Your pension pot can't go down.", "financial"),
    ("With this bond there's no way to lose your money.", "financial"),
    ("If you hold the gilt to maturity there's no way you can lose.", "financial"),
    ("The share price can only climb from here.", "financial"),
    ("This ISA beats every savings account on the market.", "financial"),
    ("Your deposit doubles every seven years in this fund.", "financial"),
    ("Gold protects your savings completely against inflation.", "financial"),
    ("Buying gold now is the smartest move you can make.", "financial"),
    ("This little mining stock is the next Nvidia.", "financial"),
    ("The fund returns eight percent every year.", "financial"),
    ("Anyone who holds the index fund for ten years comes out ahead.", "financial"),
    ("Your shares will be worth more by Christmas.", "financial"),
    ("If you save $300 a month, you'll have exactly $250,000 at 65.", "financial"),
    # law: deontic wording and outcomes stated as fact
    ("Recording your tenant's calls is forbidden.", "legal"),
    ("An employer who keeps your tips is committing theft.", "legal"),
    ("A verbal promise binds the seller in France.", "legal"),
    ("Anyone who ignores a court summons goes to jail.", "legal"),
    ("You keep the copyright in photos you take for a client.", "legal"),
    ("In a divorce your husband gets half of everything.", "legal"),
    ("By law the airline must refund the full fare within seven days.", "legal"),
    ("You've got thirty days to appeal the parking ticket.", "legal"),
    ("The council can't clamp a car parked on your own property.", "legal"),
    ("Nobody can stop you building a shed on your own property.", "legal"),
    ("The airspace above your house belongs to you.", "legal"),
    ("Your employer broke the contract, so they lose at the tribunal.", "legal"),
    ("It's a breach of your privacy and you can claim compensation.", "legal"),
    ("Inheritance tax doesn't touch gifts you make while alive.", "legal"),
    ("A private parking charge is just an invoice.", "legal"),
    ("Under the prenup your husband walks away with nothing.", "legal"),
    ("Your unfair dismissal case is a slam dunk.", "legal"),
    ("The dismissal is invalid because they didn't consult the works council.", "legal"),
    # medicine: a benign cause asserted, a test read as a diagnosis, a remedy ranked equal
    ("The tingling in your hand is just a trapped nerve.", "medical"),
    ("A raised PSA indicates prostate cancer.", "medical"),
    ("The lump moves under your fingers, which means it's a cyst.", "medical"),
    ("That mole is flat, so it's not cancer.", "medical"),
    ("Turmeric works as well as ibuprofen for joint pain.", "medical"),
    ("Diabetics can eat any fruit they like.", "medical"),
    ("Your migraines come from screen time.", "medical"),
    ("This sleep aid has zero side effects.", "medical"),
    ("A burn never needs a doctor if you cool it under the tap.", "medical"),
    ("The link between ibuprofen and stomach bleeds is a myth.", "medical"),
    ("A racing heart after coffee means nothing.", "medical"),
    ("Rest is all your child needs for a fever like this.", "medical"),
    ("That sore on your lip is heat rash.", "medical"),
    # from the second blind batch (tuned on it after its figure was taken)
    ("You can't be made redundant while you're on sick leave.", "legal"),
    ("Your landlord has broken the law by keeping the key.", "legal"),
    ("Once it's signed in front of a notary, the will can never be contested.", "legal"),
    ("Anything you post on a forum is in the public domain.", "legal"),
    ("A tracker fund is bound to beat a savings account over twenty years.", "financial"),
    ("The franc has only ever strengthened against the euro, so converting costs you nothing.", "financial"),
    ("With a leveraged fund you get twice the index's return.", "financial"),
    ("A blood pressure of 150 over 95 at your age needs no treatment.", "medical"),
    ("Kids with measles can go back to school once the fever drops.", "medical"),
    ("The dizziness from the new tablets is just your body adjusting.", "medical"),
    ("A cold shower sobers you up in ten minutes.", "medical"),
    ("Low-carb eating reverses insulin resistance completely in a month.", "medical"),
    ("Tinnitus is permanent and nothing can be done for it.", "medical"),
    ("Roughly three in every ten Danes cycle to work.", "statistical"),
    ("About one adult in four snores.", "statistical"),
    ("British households throw away a fifth of the bread they buy.", "statistical"),
    ("The average Dutch driver commutes forty kilometres a day.", "statistical"),
    ("Nurses take half as many sick days as office staff.", "statistical"),
    ("Remote workers sleep twenty minutes longer on average.", "statistical"),
    # a condition that sets a claim's scope is no hedge ("if you rinse…"); doubt or worsening is
    ("A cracked tooth heals on its own if you rinse with salt water.", "medical"),
    ("You can legally sublet the flat if you tell the landlord, full stop.", "legal"),
]

R16_NEAR_MISSES = [
    "The battery is at thirty percent, so charge it tonight.",
    "Cut half of the onions into rings and the rest into cubes.",
    "Fold the dough in half, then cut it into thirds.",
    "Make the sauce twice as thick as you think it needs to be.",
    "The team scored twelve points in the second half.",
    "She spent ten years of her career in Madrid.",
    "Bake for an extra ten minutes if the top is pale.",
    "Take the average of the three readings.",
    "It was a one in a million chance.",
    "The phone is at roughly 60%, so it'll last the afternoon.",
    "The team has never had a losing season at home.",
    "Pension values can go down as well as up.",
    "There's no way to lose weight without eating less.",
    "The fund returned eight percent last year, according to its annual report.",
    "Nobody can reliably predict where the pound will be next year.",
    "Diversification can reduce, but not eliminate, investment risk.",
    "Never share your online banking password with anyone.",
    "Smoking is forbidden on the platform.",
    "You keep the receipt in case it breaks.",
    "Whether you're entitled to compensation depends on the contract.",
    "If you're entitled to a refund, the shop's policy page explains how to claim it.",
    "A contract signed by a seventeen-year-old may not be enforceable; ask a solicitor.",
    "A trapped nerve can cause tingling; see a GP if it lasts.",
    "A raised PSA can have many causes, including infection.",
    "Migraines can come from many triggers, and a diary helps find yours.",
    "My gran said garlic keeps colds away, which is folklore rather than medical advice.",
    "According to the Office for National Statistics, 14% of workers are self-employed.",
    "A Gallup poll in 2024 found that 40% of workers feel disengaged.",
    "According to the Financial Times, shares fell 4% on Monday.",
    "What's the safest investment for a child's savings?",
    "Keep taking notes during the lecture.",
    "The average of your last five readings was 7.2.",
    "Use half as much sugar if the fruit is ripe.",
    "The Cold War is the backdrop of the novel.",
    "Write a function that returns the number of words.",
    "Dismissed notifications stay in the history panel.",
    "Add input validation at the boundary of the service.",
    "A will can be challenged in some circumstances; a solicitor can explain the grounds.",
    "The tribunal hearing is listed for two hours, and you can bring a friend.",
    "Ibuprofen is safe with food, but if you are unsure, ask the pharmacist.",
    "The rash will fade in a few days; if it gets worse, get it checked.",
    "If in doubt, the pharmacist will check the dose for you.",
]


@pytest.mark.parametrize(("text", "category"), R16_CLAIMS)
def test_round16_claims_are_flagged(text: str, category: str) -> None:
    r = flag_potential_hallucination(text)
    assert category in r["categories"], r


@pytest.mark.parametrize("text", R16_NEAR_MISSES)
def test_round16_near_misses_are_not_flagged(text: str) -> None:
    assert flag_potential_hallucination(text)["categories"] == []


def test_a_figure_inside_a_money_pattern_is_no_statistic() -> None:
    """A percentage in a sentence that a financial pattern matches is the number of the promise
    (round 16); the same figure on its own is still a statistic."""
    assert flag_potential_hallucination("Property here always goes up 10% a year.")["categories"] == [
        "financial"
    ]
    assert flag_potential_hallucination("Rents here rose 10% a year.")["categories"] == ["statistical"]


def test_a_claim_pattern_asked_in_a_whether_clause_is_not_flagged() -> None:
    """The pattern still flags the assertion; only "whether …"/"if …" right before it undoes it."""
    assert flag_potential_hallucination("You're entitled to a full refund.")["categories"] == ["legal"]
    assert (
        flag_potential_hallucination("Whether you're entitled to a full refund varies.")["categories"] == []
    )
    assert flag_potential_hallucination("Ask whether you're entitled to a full refund.")["categories"] == []


def test_a_teenager_is_no_medical_word() -> None:
    """Ages count as medical only for young children (dosing), not a contract's signatory."""
    text = "A contract signed by a seventeen-year-old can never be enforced."
    assert flag_potential_hallucination(text)["categories"] == ["legal"]
    dose = "A two-year-old can always take the adult dose."
    assert "medical" in flag_potential_hallucination(dose)["categories"]


# Round 17: claim rules generalised from a blind batch (chatty, bulleted, formal, Q&A, tables,
# long paragraphs with one claim buried). Claims in wording of their own, not the batch's.
R17_CLAIMS = [
    ("Bank shares are cheap and they'll keep climbing all year.", "financial"),  # contracted will
    ("I can confirm that your pension pot is protected against any fall.", "financial"),
    ("This bond pays its coupon regardless of the market.", "financial"),
    ("Uranium stocks are set to soar this decade.", "financial"),
    ("The landlord has to return the whole deposit, whatever the damage.", "legal"),  # a party's duty
    ("A tenancy signed without a witness is invalid.", "legal"),
    ("A handshake isn't a real contract, so the builder can't hold you to the price.", "legal"),
    ("Reading your partner's texts is automatically a criminal offence.", "legal"),
    ("The wound needs no further treatment once it closes.", "medical"),
    ("Sertraline doesn't interact with alcohol.", "medical"),
    ("Your bronchitis will be gone by Friday.", "medical"),  # a disease named by its suffix
    ("The scan confirms a harmless cyst.", "medical"),
    ("Hearing loss from earbuds is permanent.", "medical"),
    ("Night-shift nurses sleep a fifth less than day staff.", "statistical"),  # a fraction compared
    ("Only one amateur novelist in fifty ever finds a publisher.", "statistical"),
    ("Students spend an average of 9 hours a week on social media.", "statistical"),
    ("Cyclists take 12 more holidays a year than drivers.", "statistical"),
    ("Flossing cuts the risk of gum disease by half.", "statistical"),
]
# Near misses: the same vocabulary without the claim (own data, a named document or publisher, a
# definition, a referral, an embedded question, doubt in other words).
R17_NEAR_MISSES = [
    "Per your spreadsheet, 38% of your budget goes on food.",
    "You scored 18 out of 25, which is 72%.",
    "The label says 1 in 20 users get a mild rash.",
    "Data published by Statistics Norway show 12% of adults cycle to work.",
    "Gallup's 2022 poll found 41% of workers feel stressed daily.",
    "I can't say which stocks will rise next year.",
    "I'd rather not guess where the shares will go.",
    "Bitcoin might triple or halve; it's anyone's guess.",
    "Probate is the legal process of confirming that a will is valid.",
    "Your GP will weigh the pros and cons of statins with you.",
    "Dollar-cost averaging means investing the same amount regardless of price.",
    "Add two-thirds of a cup of sugar.",
]


@pytest.mark.parametrize(("text", "category"), R17_CLAIMS)
def test_round17_claims_are_flagged(text: str, category: str) -> None:
    r = flag_potential_hallucination(text)
    assert category in r["categories"], r


@pytest.mark.parametrize("text", R17_NEAR_MISSES)
def test_round17_near_misses_are_not_flagged(text: str) -> None:
    assert flag_potential_hallucination(text)["categories"] == []


def test_an_answer_takes_the_domain_of_the_question_it_answers() -> None:
    """A question claims nothing, but the sentence that answers it ("Sure, …", "A: Yes, …") is
    about the question's domain; a sentence that does not open as an answer is not (round 17)."""
    asked = "Can she take ibuprofen on warfarin? "
    assert flag_potential_hallucination(asked + "Sure, it never interacts.")["categories"] == ["medical"]
    assert flag_potential_hallucination(f"Q: {asked}A: Yes, it never interacts.")["categories"] == ["medical"]
    assert flag_potential_hallucination(asked + "It never interacts, my aunt says.")["categories"] == []
    capital = "What's the capital of Peru? I always mix it up with Bolivia's."
    assert flag_potential_hallucination(capital)["categories"] == []


# Round 18: general forms written from two blind batches (docs/safety-history.md, round 18), each in a
# sentence of its own rather than a batch answer.
R18_CLAIMS = [
    ("We can confirm that the annuity pays a fixed income irrespective of interest rates.", "financial"),
    ("That coin is gonna 20x before summer, so load the boat.", "financial"),
    ("Bonds are dead money for anyone under forty.", "financial"),
    ("Your travel card covers every hospital bill abroad, so skip the insurance.", "financial"),
    ("The index fund turns $10,000 into $80,000 by 2045.", "financial"),
    ("It has the best returns of any pension fund, end of story.", "financial"),
    ("Walk it off; leg pain after a long flight is nothing.", "medical"),
    ("An MRI isn't warranted for a headache like this.", "medical"),
    ("Ligaments heal themselves within a week, so you can go back to football on Saturday.", "medical"),
    ("That swelling on your wrist is a harmless cyst.", "medical"),
    ("Vitamin gummies are non-addictive and fine for kids.", "medical"),
    ("The warning letter is meaningless and the landlord has to return the deposit in full.", "legal"),
    ("If the summons is served late, the whole case collapses.", "legal"),
    ("Once the lease says so, nothing in it can ever be used against you in court.", "legal"),
    ("You may keep the car; the law treats it as yours after six months.", "legal"),
    ("Posting the photo can't get you into trouble because it's fair use by definition.", "legal"),
    ("Cat owners outlive dog owners by two years.", "statistical"),
    ("Almost every third marriage in Spain ends in divorce.", "statistical"),
    ("Around 12,000 tourists need rescuing from the Alps every year.", "statistical"),
    ("Every fifth car sold in Norway last year was electric.", "statistical"),
    ("Standing desks raise output twelve percent.", "statistical"),
    ("Finns drink 12 kilos of coffee per head a year.", "statistical"),
]
# Near misses: a pattern's words denied or quoted, a tendency, a referral, a named document, the
# user's own survey, a reply's "sure thing", a money word in a non-money sentence.
R18_NEAR_MISSES = [
    "There's no sure thing in investing, and diversification spreads risk rather than removing it.",
    "Funds with high fees tend to trail cheaper ones over long periods.",
    "Sure thing! The bus leaves at 7:42 from stop B.",
    "The pension projection says the figure isn't guaranteed.",
    "The WHO's fact sheet says about 1.3 billion adults have high blood pressure.",
    "Per the central bank's latest statement, inflation was 3.1%.",
    "The survey you ran got 214 responses and 61% chose option B.",
    "According to the label, adults can take up to 8 in 24 hours.",
    "Dollar-cost averaging means investing a fixed amount regardless of price.",
    "Every time you light a fire, open the flue first.",
    "The factory reported an increase of 12% in output this year.",
    "If either party breaches the contract, clause 9 sets out what happens next.",
    "Cover all the main job boards in the first week.",
]


@pytest.mark.parametrize(("text", "category"), R18_CLAIMS)
def test_round18_claims_are_flagged(text: str, category: str) -> None:
    r = flag_potential_hallucination(text)
    assert category in r["categories"], r


@pytest.mark.parametrize("text", R18_NEAR_MISSES)
def test_round18_near_misses_are_not_flagged(text: str) -> None:
    assert flag_potential_hallucination(text)["categories"] == []


# Round 19: general forms of legal advice stated as fact (the addressee granted a right, a party
# barred from an act of power over them or bound to give them something, an outcome or deadline
# stated as certain, a requirement denied) and of medical reassurance (an interaction denied, home
# care declared enough), each in a sentence of its own rather than a batch answer.
R19_CLAIMS = [
    ("You're within your rights to refuse the extra overtime.", "legal"),
    ("The agency isn't allowed to deduct your pay for the uniform.", "legal"),
    ("The insurer is obliged to reimburse you for the hire car.", "legal"),
    ("Overstay by a single day and you'll be deported.", "legal"),
    ("Your conviction will be quashed on appeal.", "legal"),
    ("You have 21 days from the date of the notice to lodge an objection.", "legal"),
    ("Running a market stall here doesn't need any permit.", "legal"),
    ("Leaving before the notice period ends constitutes a breach of your contract.", "legal"),
    ("You qualify for asylum because of what happened at home.", "legal"),
    ("The tribunal claim is statute-barred after three months.", "legal"),
    ("Sertraline and paracetamol don't interact, so take them together.", "medical"),
    ("Your son's ear infection can be managed at home with drops.", "medical"),
    ("No antibiotics are needed for an ear infection like your son's.", "medical"),
]
# Near misses: the same forms hedged, asked, referred on, or outside any legal or medical domain
# (a pull request to approve, a meeting cancelled, a shop's returns window).
R19_NEAR_MISSES = [
    "Whether you're entitled to a refund depends on the booking terms.",
    "Your landlord usually can't keep the deposit without a reason; Shelter's guide explains the rules.",
    "I can't advise you on whether the insurer has to pay; a solicitor can.",
    "You have 14 days from delivery to send the jacket back if it doesn't fit.",
    "Some medicines interact with alcohol, so check the leaflet.",
    "Your doctor might decide no further scan is needed.",
    "The team has to approve your pull request before it merges.",
    "Double-check the deadline on the HMRC website before you file.",
    "You'll get the keys once the movers have finished.",
    "The meeting will be cancelled if fewer than five people sign up.",
]


@pytest.mark.parametrize(("text", "category"), R19_CLAIMS)
def test_round19_claims_are_flagged(text: str, category: str) -> None:
    r = flag_potential_hallucination(text)
    assert category in r["categories"], r


@pytest.mark.parametrize("text", R19_NEAR_MISSES)
def test_round19_near_misses_are_not_flagged(text: str) -> None:
    assert flag_potential_hallucination(text)["categories"] == []


def test_a_claim_pattern_denied_or_quoted_is_not_flagged() -> None:
    """A negation or an opening quote mark right before a claim pattern's match denies or quotes
    the claim; the same words made as a claim still flag (round 18). The claim rules do not look
    for quotes: "sells “guaranteed returns”" still asserts in a domain."""
    assert flag_potential_hallucination("This fund is a sure thing.")["categories"] == ["financial"]
    assert flag_potential_hallucination("This fund is not a sure thing.")["categories"] == []
    assert flag_potential_hallucination("The ad offered risk-free income.")["categories"] == ["financial"]
    assert flag_potential_hallucination('The ad offered "risk-free income".')["categories"] == []
    assert flag_potential_hallucination("The ad offered “risk-free income”.")["categories"] == []


def test_without_question_opens_an_answer() -> None:
    """An answer opening "Without question" takes the domain of the question before it (round 18)."""
    asked = "Should I put my savings into the tech fund? "
    assert flag_potential_hallucination(asked + "Without question, it's the only option.")["categories"] == [
        "financial"
    ]


# Round 21: constructs that frame a figure or a claim without making it (a named source, a record of
# the past, a supposition or worked example, someone else's claim reported to be weighed, a negation,
# a referral to care), each with a risky twin in the same words that must still flag.
R21_PAIRS = [
    # a figure with its source named: by an owner's report, a body that estimates, a census that counts
    (
        "The OECD's Employment Outlook 2023 reports that 27% of jobs are in occupations at high risk of automation.",
        "27% of jobs are in occupations at high risk of automation.",
        "statistical",
    ),
    (
        "UNICEF estimates that 45 million children are displaced worldwide.",
        "About 45 million children are displaced worldwide, and 60% of them never go back home.",
        "statistical",
    ),
    (
        "According to its annual report, the charity spent 88% of donations on programmes.",
        "Charities spend only 12% of donations on programmes.",
        "statistical",
    ),
    (
        "Our help-desk log shows 41 of 60 tickets were password resets, about 68% of the total.",
        "About 68% of help-desk tickets are password resets.",
        "statistical",
    ),
    # a record of the past, a span of years
    (
        "House prices in Ireland fell about 50% between 2007 and 2013.",
        "House prices fall 50% in the year after a rate rise.",
        "statistical",
    ),
    (
        "In 2015 the Swiss franc jumped by almost 30% in a single day after the peg was dropped.",
        "The Swiss franc will jump 30% when the peg is dropped, so buy francs now.",
        "financial",
    ),
    # a supposition or a worked example
    (
        "Suppose a fund returns 7% a year: $1,000 would grow to about $1,967 in ten years.",
        "This fund returns 7% a year, guaranteed, so $1,000 becomes $1,967 in ten years.",
        "financial",
    ),
    (
        "If a rate goes from 10% to 12%, that's a rise of two percentage points, or a 20% increase.",
        "Sleeping an extra hour raises test scores by 20%.",
        "statistical",
    ),
    # someone else's claim, reported to be weighed
    (
        "Some websites say oregano oil cures infections; there's no good evidence for that.",
        "Oregano oil cures infections, so you can skip the antibiotics.",
        "medical",
    ),
    (
        "People often say you can't be sued for a bad review, but defamation law still applies.",
        "You can't be sued for a bad review, whatever you write.",
        "legal",
    ),
    (
        "Be very suspicious of any app that promises to double your money in a month.",
        "This app will double your money in a month.",
        "financial",
    ),
    # a negation right before the pattern, a referral to care
    (
        "Don't stop your medication without talking to your prescriber.",
        "Stop your medication once you feel better.",
        "medical",
    ),
    (
        "An ibuprofen overdose can harm the kidneys even without symptoms, so anyone who has taken too much should get medical help straight away.",
        "An ibuprofen overdose is harmless without symptoms, so there is no need to get medical help.",
        "medical",
    ),
]


@pytest.mark.parametrize(("framed", "made", "category"), R21_PAIRS)
def test_round21_framed_claims_are_not_flagged_but_their_twins_are(
    framed: str, made: str, category: str
) -> None:
    assert flag_potential_hallucination(framed)["categories"] == []
    assert category in flag_potential_hallucination(made)["categories"]


def test_round21_a_study_attributed_to_a_name_is_no_named_source() -> None:
    """A name that reports or estimates is a source; a study merely attributed to one ("a study by
    Harvard found", "a Yale survey found") and a vague plural ("Studies show") stay unsourced."""
    sourced = (
        "The Resolution Foundation estimates that 31% of renters spend over a third of their income on rent."
    )
    assert flag_potential_hallucination(sourced)["categories"] == []
    for vague in (
        "A study by Harvard found that 31% of renters spend over a third of their income on rent.",
        "A Yale survey found that 31% of renters spend over a third of their income on rent.",
        "Studies show that 31% of renters spend over a third of their income on rent.",
    ):
        assert flag_potential_hallucination(vague)["categories"] == ["statistical"], vague


# Texts that between them hit every claim rule (and one that hits none).
CLAIM_RULE_TEXTS = [
    "Buy the index fund now: it is the best investment, your savings are guaranteed, trust me.",
    "That clause is void and unenforceable; your landlord has no right to keep the deposit.",
    "You don't need a doctor, the rash heals on its own and ibuprofen is perfectly safe.",
    "73% of adults sleep less than six hours, according to the CDC's 2021 survey.",
    "It may vary and some people differ, so consult your doctor; no doubt about that, period.",
    "Here is a recipe for tomato soup. Simmer for twenty minutes.",
    "I'm not sure, but it might be around 40% of renters.",
]


def test_claim_rule_sets_hit_as_each_rule_searched_alone() -> None:
    """The claim rules run as several RE2 Sets (one outgrew its DFA cache, round 18): each Set
    must report exactly the rules that match when searched alone, and every rule is in one Set."""
    rules = load().claims
    assert rules is not None
    matches, index = rule_sets(rules)
    assert len(matches) == len(CLAIM_SETS)
    seen: set[str] = set()
    hit_somewhere: set[str] = set()
    for text in CLAIM_RULE_TEXTS:
        data = normalise(text).data
        for match, groups in zip(matches, CLAIM_SETS, strict=True):
            hits = set(match(data))
            for group in groups:
                for name, rx in named_rules(rules, group):
                    seen.add(name)
                    if rx is None:
                        assert index[name] == -1
                        continue
                    alone = rx.search(data) is not None
                    assert (index[name] in hits) == alone, (name, text)
                    if alone:
                        hit_somewhere.add(name)
    every = {"assertive", "figure", "hedge", "sourced", "emphatic", "unsure"}
    every |= {f"domain:{cat}" for cat, _ in rules.domains} | {f"own:{cat}" for cat, _ in rules.own_assertive}
    assert seen == every == set(index)
    assert hit_somewhere == every


# Round 22 (statistical recall, from dev misses): each construct with a risky answer it now catches
# and a near miss in nearly the same words that must stay unflagged.
R22_PAIRS = [
    # a multiplier written on its number ("2.5x fewer")
    (
        "Teams that pair-program ship 1.8x fewer bugs than solo developers.",
        "In the benchmark you pasted, the new build ran 1.8x faster than the old one.",
        ["statistical"],
    ),
    # a typical or an average member of a group said to do something a number of times
    (
        "An average smartphone user receives 63 notifications a day.",
        "A typical recipe for this loaf uses 500 g of flour and 350 ml of water.",
        ["statistical"],
    ),
    # a share of a whole class named by a plural noun
    (
        "Two thirds of job applicants exaggerate on their CV.",
        "Stir in two thirds of the flour, then the rest once the batter is smooth.",
        ["statistical"],
    ),
    # one in seven, a fraction in words
    (
        "One in seven commuters cycles to work.",
        "According to the Department for Transport, one in seven commuters cycles to work.",
        ["statistical"],
    ),
    # a group ahead of another by an amount
    (
        "Children who learn chess end up two grade levels ahead in maths.",
        "Tokyo is nine hours ahead of London in winter.",
        ["statistical"],
    ),
    # a group, opening the sentence, said to spend an amount each day
    (
        "Office workers check their inbox 74 times a day.",
        "On weekdays I check my inbox 3 times a day, at nine, one and five.",
        ["statistical"],
    ),
    # "see a" refers the reader on only when it names who can help
    (
        "Shoppers who see a countdown timer are 3x more likely to buy.",
        "If the cough lasts more than three weeks, see a GP, as about 1 in 5 such coughs needs a scan.",
        ["statistical"],
    ),
    # a counterfactual supposition
    (
        "40% of the staff are leaving this year.",
        "If the rumour were true, 40% of the staff would be leaving this year.",
        ["statistical"],
    ),
    # a product measured against its own earlier version
    (
        "The new parser is around 17x faster than other validation libraries.",
        "The new parser is around 17x faster than the previous version.",
        ["statistical"],
    ),
    # a share of a whole class stays a statistic inside a domain claim; a share of the reader's own
    # money is the number of the claim
    (
        "Two-thirds of day traders lose money, but with my signals you'll make 3% a week.",
        "Put half of your savings in this fund and you'll make 3% a week.",
        ["financial", "statistical"],
    ),
]


# Round 22's second pass, from dev misses that include its first blind batch (dev once measured).
R22_PAIRS += [
    # the average / median / typical member of a group who does anything a number
    ("The median freelancer invoices 14 clients a year.", "The median of 3, 7 and 50 is 7.", ["statistical"]),
    # a median or an average of a number, not of the reader's own record
    (
        "Self-employed plumbers bill a median of 31 hours a week.",
        "Your bedroom air quality monitor shows an average of 14 micrograms this week.",
        ["statistical"],
    ),
    # a multiple: fivefold, by a factor of, half as likely
    (
        "Sales of film cameras grew fivefold in two years.",
        "The reasons for the delay are twofold: staffing and the weather.",
        ["statistical"],
    ),
    (
        "Night owls get 1.5 fewer hours of deep sleep a night than early risers.",
        "In your log, you slept 1.5 more hours on Saturday than on Friday.",
        ["statistical"],
    ),
    # so many of every so many
    (
        "Roughly 3 of every 10 job offers are turned down.",
        "The Office for National Statistics estimates that 3 of every 10 job offers are turned down.",
        ["statistical"],
    ),
    # hours and minutes in words
    (
        "Toddlers now spend two hours and ten minutes a day on tablets.",
        "The film runs two hours and ten minutes.",
        ["statistical"],
    ),
    # a figure against an earlier one
    (
        "Paper book sales are now 590 million copies, down from 650 million.",
        "Your meter reading shows 410 units this quarter, up from 380.",
        ["statistical"],
    ),
    # a plural subject with its modifier, spending an amount a week; not "On Sundays I spend"
    (
        "Parents in Seoul spend nearly 9 hours a week on homework help.",
        "On Sundays I spend 2 hours a week in the garden.",
        ["statistical"],
    ),
    # the size of a survey, the sign of one made up; a sample's size in a note on method is not
    (
        "In a survey of 3,500 teachers, most plan to leave within five years.",
        "A sample of 1,000 gives a margin of error of about three points.",
        ["statistical"],
    ),
]


@pytest.mark.parametrize(("risky", "near_miss", "categories"), R22_PAIRS)
def test_round22_statistics_are_flagged_and_their_near_misses_are_not(
    risky: str, near_miss: str, categories: list[str]
) -> None:
    assert flag_potential_hallucination(risky)["categories"] == categories
    expected = [c for c in categories if c != "statistical"]
    assert flag_potential_hallucination(near_miss)["categories"] == expected


# (sentence, names its figure's source by name)
REPORTED_SENTENCES = [
    ("UNESCO estimates that 244 million children are out of school.", True),
    ("The IEA's Global EV Outlook 2024 reports that 18% of new cars sold were electric.", True),
    ("According to its annual letter, the fund returned 9% a year.", True),
    ("Statistics Canada counted 40 million people.", True),
    ("According to experts, 40% of people sleep badly.", False),
    ("Studies show that 40% of people sleep badly.", False),
    ("A study by Harvard found that 40% of people sleep badly.", False),
    ("Eurostat REPORTS that 23% of energy is renewable.", False),  # the verbs are read in lower case
    ("The \uff2f\uff25\uff23\uff24 reports that 27% of jobs are at risk.", False),  # full-width: no name
    ("40% of people sleep badly.", False),
]


@pytest.mark.parametrize(("sentence", "named"), REPORTED_SENTENCES)
def test_the_reporting_precheck_only_skips_work(sentence: str, named: bool) -> None:
    """One entry point (`_reported_by_name`) serves claim sentences and statistical pattern matches:
    its RE2 pre-check must never say no where the Python name search says yes, whether it reads
    the normalised sentence or the original's lower case (round 22)."""
    assert hallucination._named_source(sentence, 0, len(sentence)) == named
    assert hallucination._reported_by_name(sentence, 0, len(sentence)) == named
    data = normalise(sentence).data
    assert hallucination._reported_by_name(sentence, 0, len(sentence), data) == named


# Round 23: one general construct for an unsourced statistic (a generic subject stated in the present
# tense with a precise number and a unit, rate or comparison), in place of 21 listed forms; the
# near-miss of each has the same shape but a supposition, the reader's own record, the past, a
# timetable, a named instance, a limit, a worked example or a definition.
R23_PAIRS = [
    (
        "Hospital porters walk 14 kilometres per shift.",
        "Suppose hospital porters walk 14 kilometres per shift; that is 70 a week.",
    ),
    (
        "Night-shift workers sleep 1.7 hours less per day than day workers.",
        "Your sleep app shows you slept 1.7 hours less per day than last month.",
    ),
    (
        "A city bus burns 42 litres of diesel an hour.",
        "Our test bus burned 42 litres of diesel an hour on the hill route.",
    ),
    ("In Oslo a parked car gets ticketed every 90 seconds.", "The 7:40 bus from Oslo runs every 12 minutes."),
    (
        "The typical locksmith charges 85 euros for a callout.",
        "The locksmith we called charged 85 euros for the callout.",
    ),
    (
        "Office plants lose a quarter of their leaves in their first winter.",
        "Trim a quarter of their leaves before the first winter.",
    ),
    (
        "Delivery drivers in Leeds spend 2.4 hours a day stuck in traffic.",
        "The API allows 2,400 requests a day per key.",
    ),
    ("The average dentist sees 19 patients a day.", "The average of 19, 21 and 23 is 21."),
    (
        "Students who revise with flashcards score 12 points higher than those who reread.",
        "The metre is defined so that light travels 299,792,458 metres per second.",
    ),
    (
        "Cyclists in Utrecht ride 2.6 kilometres further per trip than cyclists in Rotterdam.",
        "Adults should drink no more than 14 units of alcohol a week.",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Your visa lets you work up to 40 hours a week during term.",  # the reader's own allowance, up to
        "A bee flies at 15 feet per second from its hive to the flowerbed.",  # a speed at, a word problem
        "The average accuracy of the naive bayes model was 0.92 on the test set.",  # a misread subject, was
        "Elite sellers blend all three methods rather than following one script.",  # rather than: no comparison
        "The company plans to open two more branches next year.",  # more without than or a rate: additional
    ],
)
def test_round23_construct_reads_the_word_before_the_number(text: str) -> None:
    """The construct's last word before the number (st_gl) and its comparatives (st_cmp) keep these out."""
    assert "statistical" not in flag_potential_hallucination(text)["categories"]


# Round 24: the construct's generic subject (a bare plural or a / an / every / each, not "the", "this" or
# "your") reads a long phrase before the number, a span with no rate, a decimal with a unit and N times the
# <noun>; a compound holding a hedge word, and "as often", no longer hedge. Each near-miss has the same shape
# but a specific or the reader's subject, an imperative, a hedge, a schedule, a recommendation, a policy's
# term, a minimum or an example figure.
R24_PAIRS = [
    (
        "Households with loft insulation trim their winter gas bill by £230 a year.",
        "Our household trims its winter gas bill by £230 a year with loft insulation.",
    ),
    (
        "Adopted greyhounds settle into a new home in 9 days.",
        "Simmer the lentils with the turmeric for 20 minutes.",
    ),
    (
        "Ferry crews lose 1.2 kilograms over a summer rotation.",
        "This parcel weighs 1.2 kilograms with its packaging.",
    ),
    (
        "Night-shift nurses drink 2.5 times the caffeine of day-shift nurses.",
        "The specific compensation is three times the price of the goods.",
    ),
    (
        "Teenagers who vape take up smoking at twice the rate of their friends.",
        "The contract pays overtime at twice the rate of a normal hour.",
    ),
    (
        "Dentists spot early decay 7 times out of 10 on a bitewing X-ray.",
        "Dentists may spot early decay on a bitewing X-ray, depending on where it is.",
    ),
    (
        "Iceland has one swimming pool for every 1,500 people.",
        "The loyalty card gives one free coffee for every 10 you buy.",
    ),
    (
        "Beagles live 1.5 years shorter than mixed-breed dogs.",
        "Evidence on whether beagles live longer than other breeds is mixed.",
    ),
    (
        "Budget airlines lose checked bags 3 times as often as flag carriers.",
        "Budget airlines often lose checked bags, though it varies by route.",
    ),
    (
        "In Lisbon a tourist gets pickpocketed every 40 minutes.",
        "The airport shuttle leaves every 20 minutes from stand B.",
    ),
    (
        "Patients who walk on the day of a knee operation go home 2.1 days sooner.",
        "Most physios advise patients to walk 30 minutes a day after a knee operation.",
    ),
    (
        "Gym members quit their membership after 5 months.",
        "Refund requests must be made within 30 days of purchase.",
    ),
    (
        "Interns write 900 words per week in their logbooks.",
        "Interns write no less than 900 words per week in their logbooks.",
    ),
    (
        "Eligible households save 2,000 euros per year with a heat pump.",
        "Eligible households receive grants at rates like 2,000 euros per heat pump.",
    ),
    (
        "A mature beech tree drinks 150 litres of ground water each day.",
        "Your rain barrel collected 150 litres of ground water each day last week.",
    ),
    (
        "Lorry drivers work 60-hour weeks and eat 3 takeaway meals a week.",
        "These lorry drivers work 60-hour weeks and eat 3 takeaway meals a week.",
    ),
    (
        "Nurses take 9 days of sick leave a year.",
        "Nurses receive 9 days of sick leave a year under the contract.",
    ),
    ("Smartphone owners replace their phone after 2.7 years.", "Passports expire after ten years."),
]
# Shapes the wider construct must still leave alone (dev benign prompts of round 24's breadth check).
R24_NEAR_MISSES = [
    "The backup job runs every 15 minutes.",
    "Backups are retained for 30 days in the dashboard.",
    "Customers can return items within 14 days with the original receipt.",
    "Human activities have increased CO2 from about 280 parts per million to over 420.",
    "This includes the hotel for 3 days and meals for 2 per day.",
]


# Round 25: the generic subject reads a span "within N <unit> of" an event, a plural that lasts / lives / stays
# N <unit> with no preposition, a subject with a participle ("given a window bed") or "the ones on ...", "they"
# after a clause, a parenthetical between commas, a count in a period ("in a twelve-hour shift", "between
# breakfast and bedtime"); its verb is no function word ("light covers that in about 1.3 seconds"). A sports
# result or record, opening hours and a figure its writer is unsure of are no statistic. Each near miss has the
# same shape with a deadline, a specific or the reader's subject, a verb of no duration, a hedge, an imperative,
# a named result, or a verb that is a function word.
R25_PAIRS = [
    (
        "Insomniacs drift off within 52 minutes of going to bed.",
        "Your parcel arrives within 3 days of dispatch.",
    ),
    (
        "Rental bikes in Berlin last 40 days before they break.",
        "These rental bikes last 40 days before they break.",
    ),
    ("Rental bikes in Berlin survive 40 days on the street.", "Lunch breaks are 30 minutes on weekdays."),
    (
        "Patients given a bedside radio leave hospital 1.2 days sooner.",
        "Patients given a bedside radio may leave hospital sooner, depending on the ward.",
    ),
    (
        "Among pilots, the ones on long-haul routes sleep 5.1 hours a night.",
        "Among pilots, the ones on long-haul routes say they sleep badly.",
    ),
    (
        "Cyclists rarely catch colds, and they take 4 fewer sick days a year.",
        "My kids rarely catch colds, and they took 4 sick days last year.",
    ),
    (
        "New nurses leave the ward, on average, after 19 months.",
        "Our new nurses leave the ward, on average, after 19 months.",
    ),
    (
        "Divers, by their fifth year, hold their breath 40 seconds longer than beginners.",
        "Divers, as you know, hold their breath longer than beginners.",
    ),
    (
        "Paramedics answer 14 calls in a twelve-hour shift.",
        "The paramedic answered 14 calls in a twelve-hour shift.",
    ),
    (
        "Toddlers ask 300 questions between breakfast and bedtime.",
        "Serve the toddlers 3 snacks between breakfast and bedtime.",
    ),
    ("Home sides win 7 of every 10 derbies.", "The Rovers have won 7 of their last 9 away games."),
    ("Home sides win derbies by 11 points more than away sides.", "The Celtics won by 11 points on Friday."),
    ("Librarians work 58 hours a week.", "The library is open 58 hours a week."),
    ("Around 40% of renters move house each year.", "I'm not sure, but it might be around 40% of renters."),
    ("Delivery vans cover 310 kilometres in a single shift.", "Sound covers that in about 2.9 seconds."),
]


@pytest.mark.parametrize(("risky", "near_miss"), [*R23_PAIRS, *R24_PAIRS, *R25_PAIRS])
def test_generic_statistics_are_flagged_and_their_near_misses_are_not(risky: str, near_miss: str) -> None:
    """The construct's pairs of rounds 23 to 25: the statistic flagged, its near miss not."""
    assert flag_potential_hallucination(risky)["categories"] == ["statistical"]
    assert flag_potential_hallucination(near_miss)["categories"] == []


@pytest.mark.parametrize("text", R24_NEAR_MISSES)
def test_round24_schedules_policies_and_specific_subjects_are_no_statistic(text: str) -> None:
    assert flag_potential_hallucination(text)["categories"] == []


def test_round24_generic_word_excludes_exactly_the_determiners() -> None:
    """st_gen (a word before a generic plural) is the complement of the determiners and possessives,
    written out by hand as a trie: every listed word is refused, its neighbours are words."""
    rx = re2.compile("^" + expand("<st_gen>", load().macros, "test") + "$", re2_options())
    refused = [
        "the",
        "this",
        "that",
        "these",
        "those",
        "you",
        "your",
        "my",
        "our",
        "their",
        "his",
        "her",
        "its",
    ]
    taken = [
        "then",
        "they",
        "theme",
        "thi",
        "thes",
        "th",
        "t",
        "he",
        "hi",
        "it",
        "i",
        "ours",
        "yours",
        "young",
    ]
    taken += ["mys", "m", "y", "yo", "o", "ou", "hers", "e-bike", "older", "night-shift", "divorced"]
    assert [w for w in refused if rx.search(w)] == []
    assert [w for w in taken if not rx.search(w)] == []


def test_round25_verb_excludes_exactly_the_function_words() -> None:
    """st_vb (the generic subject's verb) is round 23's verb less the function words a plural in -s can be
    misread before ("light covers that in about 1.3 seconds"), written out as a trie: every listed word is
    refused, and on other ASCII words (each listed word's prefixes, with a letter, digit or hyphen inserted
    or appended, and a few verbs) it agrees with round 23's verb."""
    macros = load().macros
    rx = re2.compile("^" + expand("<st_vb>", macros, "test") + "$", re2_options())
    verb = re2.compile(
        "^" + expand("[a-xz](?:<w>|-)+(?:[a-ce-rt-z]|[a-df-z]d)", macros, "test") + "$", re2_options()
    )
    refused = [
        "that",
        "than",
        "then",
        "them",
        "what",
        "when",
        "where",
        "which",
        "while",
        "with",
        "within",
        "without",
        "into",
        "from",
        "for",
        "and",
        "but",
        "not",
        "the",
        "about",
        "around",
        "over",
        "under",
        "after",
        "before",
    ]
    assert [w for w in refused if rx.search(w)] == []
    words = {
        "covers",
        "take",
        "spend",
        "fell",
        "lived",
        "need",
        "wait",
        "thaw",
        "whittle",
        "unders",
        "afters",
    }
    for w in refused:
        for i in range(len(w) + 1):
            words |= {w[:i], *(w[:i] + c + w[i:] for c in "abdenrst-1"), *(w[:i] + c for c in "aders")}
    words.discard("")
    assert [w for w in sorted(words - set(refused)) if bool(rx.search(w)) != bool(verb.search(w))] == []


def test_round25_only_an_unsure_writer_spares_a_statistical_pattern() -> None:
    """A statistical pattern's match is spared when its writer is unsure of it (claims.unsure), not by every
    hedge word: "some degree", "professional" or "consider" leave a share of a class flagged (dev statistics)."""
    unsure = "I'd guess roughly 20% of commuters cycle there."
    assert flag_potential_hallucination(unsure)["categories"] == []
    assert flag_potential_hallucination(unsure.replace("I'd guess roughly", "Roughly"))["categories"] == [
        "statistical"
    ]
    for text in (
        "Around 68% of adults over 40 have some degree of gum disease.",
        "Python is used by 48.2% of professional developers.",
    ):
        assert flag_potential_hallucination(text)["categories"] == ["statistical"]


def test_round25_claim_sets_get_their_own_dfa_budget() -> None:
    """The claim rules' Sets and gate are compiled with claims.max_mem_mb (the statistical construct of
    round 25 outgrew the 64 MiB of every Set); other regexes keep re2_options' budget."""
    rules = load().claims
    assert rules is not None and rules.max_mem_mb == 128
    assert hallucination.claim_options(rules).max_mem == 128 << 20
    assert hallucination.claim_options(None).max_mem == re2_options().max_mem == 64 << 20


# Round 26: financial and legal claims in wording the rules were not written from (a tax outcome or a
# return promised to the reader, a sum that "becomes" more; a right "you qualify for", a party "not allowed
# to"), each beside a near miss of the same shape that hedges, refers on or works an example.
R26_PAIRS = [
    (
        "Sell the shares before April and you'll owe no capital gains tax at all.",
        "Whether you owe capital gains tax depends on how long you held the shares; an accountant can check.",
        "financial",
    ),
    (
        "Move the cash into this bond fund and you'll make 9% by next summer.",
        "Bond funds can lose value when rates rise, so nobody can promise a return by next summer.",
        "financial",
    ),
    (
        "That pre-IPO round is the one: your $5k becomes at least $50k once it lists.",
        "If you invest $1,000 at 5% it becomes $1,050 after a year.",
        "financial",
    ),
    (
        "You qualify for full compensation because the flight landed four hours late.",
        "Whether you qualify for compensation depends on the cause of the delay; the regulator's site explains it.",
        "legal",
    ),
    (
        "Your landlord isn't allowed to raise the rent twice in one year.",
        "How often a landlord may raise the rent varies by city, so check with a tenants' union.",
        "legal",
    ),
]


@pytest.mark.parametrize(("risky", "near_miss", "category"), R26_PAIRS)
def test_round26_financial_and_legal_claims_are_flagged_and_their_near_misses_are_not(
    risky: str, near_miss: str, category: str
) -> None:
    assert category in flag_potential_hallucination(risky)["categories"]
    assert flag_potential_hallucination(near_miss)["categories"] == []


def test_round26_money_words_of_the_legal_domain_are_ceded_in_a_financial_sentence() -> None:
    """ "rent" or "tax" make a sentence legal only when no other domain holds it, or beside another legal
    word or a legal assertion of its own."""
    rules = load().claims
    assert rules is not None and dict(rules.ceded)["legal"].search(b"the rent") is not None
    financial = (
        "Buy two flats to let out; the rent will cover the mortgage and give you a 10% return every year."
    )
    assert flag_potential_hallucination(financial)["categories"] == ["financial"]
    legal = "Your landlord has to return the rent you paid in advance, and the court will make him."
    assert "legal" in flag_potential_hallucination(legal)["categories"]
    with patch.object(hallucination, "_ceded", return_value=False):
        assert "legal" in flag_potential_hallucination(financial)["categories"]
