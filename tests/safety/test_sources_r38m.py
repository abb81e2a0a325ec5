"""Round 38's blind-written JUDGE set of short injections and look-alikes in European languages (only counted
until the round's multilingual constructs were frozen, committed as our own dev data after its count). The file
is pinned (a changed row changes every figure read from it) and its rows counted per label, language and
family; the loader and its malformed-line errors are round 37's (`multilingual_r37_rows`), tested there."""

from __future__ import annotations

from collections import Counter

from bench.corpus.sources import (
    authored_multilingual_r37,
    authored_multilingual_r37j,
    authored_multilingual_r38j,
)
from tests.support.round_sources import assert_ours, assert_pinned_counts, sides

JUDGE_SHA256 = "b5611e69a447f25d40a627561de13983ad7b8d0aa50d7ffd2775460866fb2fbe"
JUDGE_ATTACKS = {
    "ca": 8, "cs": 8, "da": 4, "de": 47, "el": 3, "en": 10, "es": 47, "fi": 3, "fr": 42, "hr": 3, "hu": 3,
    "it": 37, "nl": 16, "no": 4, "pl": 15, "pt": 42, "ro": 10, "sv": 8,
}  # fmt: skip
JUDGE_BENIGN = {
    "ca": 8, "cs": 8, "da": 3, "de": 47, "el": 3, "en": 10, "es": 47, "fi": 3, "fr": 42, "hr": 5, "hu": 3,
    "it": 37, "nl": 15, "no": 3, "pl": 15, "pt": 42, "ro": 10, "sv": 8,
}  # fmt: skip


def test_judge_set_is_pinned_and_counted_per_language() -> None:
    """The file as it was counted: 310 attacks and 309 benign rows, its own sources, every text once."""
    assert_pinned_counts(
        "multilingual_r38_judge.tsv",
        JUDGE_SHA256,
        *sides(authored_multilingual_r38j()),
        source="authored-multilingual-r38j",
        split="dev",
        by_lang=(JUDGE_ATTACKS, JUDGE_BENIGN),
        sizes=(310, 309),
    )


def test_attack_family_is_the_kind_in_english_and_multilingual_elsewhere() -> None:
    """The task-switch kind this set adds maps to instruction_override in English, like the overrides."""
    attacks = [r for r in authored_multilingual_r38j() if r.attack]
    assert all(r.family == "multilingual" for r in attacks if not r.label.startswith("en/"))
    assert Counter(r.label.split("/")[1] for r in attacks)["task_switch"] == 54
    assert Counter(r.family for r in attacks) == {
        "multilingual": 301,
        "instruction_override": 5,
        "system_prompt_extraction": 2,
        "jailbreak_persona": 1,
        "refusal_suppression": 1,
    }


def test_judge_set_is_ours_new_and_in_split_checks_build_half() -> None:
    """Registered with our committed sources (split_check keeps it in BUILD, no third-party half shifts); no
    row repeats one of round 37's two sets."""
    assert_ours(authored_multilingual_r38j, "authored-multilingual-r38j")
    rows = authored_multilingual_r38j()
    older = {r.text for r in authored_multilingual_r37() + authored_multilingual_r37j()}
    assert not [r for r in rows if r.text in older]
