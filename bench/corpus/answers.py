"""Labelled model answers for the hallucination-risk flags (our own writing).

Each line of answers_dev.tsv / answers_heldout*.tsv is `categories<TAB>answer`, where
categories is a comma-separated subset of financial, medical, legal, statistical, or
`none` for a neutral or properly hedged answer. The dev set was used while tuning the
claim patterns; the held-out sets were written separately, in other wording, and only their
aggregate figures are looked at: `held_out` in round 4 (looked at every round since),
`held_out_r13` in round 13, measured first before any claim rule was changed after it, and
`held_out_r17` in round 17, written by someone who had not seen the claim rules or other sets.
Round 15's set, written the same way, was looked at in rounds 15-17 and is part of dev since
round 18; round 17's, looked at in rounds 17-19, is part of dev since round 20; round 20's,
looked at in rounds 20-22, is part of dev since round 23; round 23's, looked at in rounds 23-25,
is part of dev since round 26; round 25's, looked at in rounds 25-27, is part of dev since round 28;
round 28's, looked at in rounds 28-30, is part of dev since round 31; round 30's, looked at in
rounds 30-32, is part of dev since round 33; round 32's, written blind in round 32 (from the category
definitions alone, the detector never run on it) and looked at in rounds 32-34, is part of dev since
round 35; round 34's, written blind the same way and looked at in rounds 34-36, is part of dev since
round 37; round 36's, written blind the same way and looked at in rounds 36-38, is part of dev since
round 39; round 37's, written blind the same way and looked at in rounds 37-39, is part of dev since
round 40; round 38's, written blind the same way and looked at in rounds 38-40, is part of dev since
round 41; round 39's, written blind the same way and looked at in rounds 39-41, is part of dev since
round 42; round 40's, written blind the same way and looked at in rounds 40-42, is part of dev since
round 43; round 41's, written blind the same way and looked at in rounds 41-43, is part of dev since
round 44; round 42's, written blind the same way and looked at in rounds 42-44, is part of dev since
round 45; round 43's, written blind the same way and looked at in rounds 43-45, is part of dev since
round 46; round 44's, written blind the same way and looked at in rounds 44-46, is part of dev since
round 47; round 45's, written blind the same way and looked at in rounds 45-47, is part of dev since
round 48; round 46's, written blind the same way (300 answers; 299 kept, one being a dev answer word for
word) and looked at in rounds 46-48, is part of dev since round 49; round 47's, written blind the same
way (300 answers; 299 kept, one being an answer of round 46's set word for word) and looked at in rounds
47-49, is part of dev since round 50; round 48's, written blind the same way (300 answers, all kept) and
looked at in rounds 48-50, is part of dev since round 51; round 49's, written blind the same way (300
answers; 299 kept, one being a dev answer word for word) and looked at in rounds 49-51, is part of dev
since round 52; round 50's, written blind the same way (300 answers, all kept) and looked at in rounds
50-52, is part of dev since round 53; round 51's, written blind the same way (300 answers; 299 kept, one
being an answer of round 49's set word for word) and looked at in rounds 51-53, is part of dev since
round 54; round 52's, written blind the same way (300 answers; 299 kept, one being an answer of round 50's
set word for word) and looked at in rounds 52-54, is part of dev since round 55; round 53's, written blind
the same way (300 answers; 299 kept, one being an answer of round 50's set word for word) and looked at in
rounds 53-55, is part of dev since round 56; round 54's, written blind the same way (300 answers, all kept)
and looked at in rounds 54-56, is part of dev since round 57; round 55's, written blind the same way (300
answers; 296 kept, two being dev answers and two answers of round 53's set word for word) and looked at in
rounds 55-57, is part of dev since round 58; round 56's, written blind the same way (300 answers; 296
kept, four being dev answers word for word) and looked at in rounds 56-58, is part of dev since round 59;
round 57's, written blind the same way (300 answers; 299 kept, one being a dev answer word for word) and
looked at in rounds 57-59, is part of dev since round 60; round 58's, written blind the same way (300
answers; 298 kept, two being dev answers word for word) and looked at in rounds 58-60, is part of dev since
round 61. `held_out_r59` was written blind in round 59 the same way (300 answers; 299 kept, one being an
answer of round 58's set word for word), is held out, got its first look in round 59, its second in round
60 and gets its third and last in round 61. `held_out_r60` was written blind in round 60 the same way (300
answers; 296 kept, three being answers of round 58's set and one a dev answer word for word), is held out,
got its first look in round 60 and gets its second in round 61. `held_out_r61` was written blind in
round 61 the same way (300 answers, all kept), is held out and gets its first look in round 61. Dev
also holds, since round 32, 200 answers written blind the same way that judged that round's claim-rule
changes (counted, never read, while the rules changed), since round 34 another 200 (financial-heavy)
that judged round 34's, since round 35 another 200 (recall-heavy) that judged round 35's, since round 36
another 200 (recall-heavy) that judged round 36's, since round 37 another 200 (recall-heavy) that
judged round 37's, since round 38 another 200 (recall-heavy) that judged round 38's, since
round 39 another 200 (legal-heavy) that judged round 39's, and since round 40 another 200
(medical- and legal-heavy) that judged round 40's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bench.corpus.sources import HERE

CATEGORIES = ("financial", "medical", "legal", "statistical")
# (split, file) of each labelled set; every split but dev is held out from the claim rules.
SETS = (
    ("held_out_r61", "answers_heldout_r61.tsv"),
    ("held_out_r60", "answers_heldout_r60.tsv"),
    ("held_out_r59", "answers_heldout_r59.tsv"),
    ("held_out_r13", "answers_heldout_r13.tsv"),
    ("held_out", "answers_heldout.tsv"),
    ("dev", "answers_dev.tsv"),
)


@dataclass(frozen=True)
class Answer:
    id: str
    split: str
    categories: frozenset[str]
    text: str


def load_answers(here: Path = HERE) -> list[Answer]:
    """Every set of SETS from `here`; a listed file that is missing is an error (a report that
    silently left out a held-out set would read as a measurement of it)."""
    out = []
    for split, fname in SETS:
        path = here / fname
        if not path.exists():
            raise FileNotFoundError(f"{fname}: listed in bench.corpus.answers.SETS ({split}) but missing")
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip() or line.startswith("#"):
                continue
            label, _, text = line.partition("\t")
            cats = frozenset() if label == "none" else frozenset(label.split(","))
            unknown = cats - set(CATEGORIES)
            if unknown or not text:
                raise ValueError(f"{fname}:{i + 1}: bad label {sorted(unknown)} or empty answer")
            out.append(Answer(f"{split}/{i + 1}", split, cats, text.replace("\\n", "\n")))
    return out
