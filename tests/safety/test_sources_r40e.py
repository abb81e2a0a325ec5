"""Round 40's two blind-written English sets of the hard kinds (fiction and hypothetical framing, social
engineering aimed at the model, payload splitting, refusal suppression, personas, many-shot dialogues; a few rows
in German, Spanish and French): the BUILD set the round's English constructs were written from and the JUDGE set
they were judged on (only counted until they were frozen), both committed as our own dev data after the last
count. Each file is pinned (a changed row changes every figure read from it) and its rows counted per language
and kind; the loader and its malformed-line errors are round 37's (`multilingual_r37_rows`), tested there."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bench.corpus.sources import (
    ENGLISH_R40_FAMILY,
    Sample,
    authored_english_r40b,
    authored_english_r40j,
    authored_multilingual_r39b,
    authored_multilingual_r39j,
)
from tests.support.round_sources import assert_ours, assert_pinned_counts, sides

BUILD_SHA256 = "2782e3a283f7c06c212fd996ca5114ce7649a218dbc5edbab940db70b8fd0b50"
JUDGE_SHA256 = "5234633f629ad8b08e9b0116adf74d9f31620e83d49043fc41f3dc7ee680fdd8"
BUILD_ATTACKS = {
    "de/persona": 1, "de/refusal_suppression": 1, "de/social_engineering": 1, "en/framing": 49,
    "en/many_shot": 51, "en/payload_splitting": 49, "en/persona": 49, "en/refusal_suppression": 47,
    "en/social_engineering": 48, "es/framing": 1, "es/many_shot": 1, "es/payload_splitting": 1,
    "es/refusal_suppression": 1, "es/social_engineering": 1, "fr/framing": 1, "fr/persona": 1,
    "fr/refusal_suppression": 1,
}  # fmt: skip
BUILD_BENIGN = {
    "de/authority": 1, "de/fiction": 1, "de/transcript": 1, "en/authority": 40, "en/code": 41, "en/fiction": 42,
    "en/roleplay": 42, "en/security": 41, "en/style": 41, "en/transcript": 41, "es/authority": 1, "es/code": 1,
    "es/fiction": 1, "es/roleplay": 1, "es/security": 1, "es/style": 1, "fr/authority": 1, "fr/code": 1,
    "fr/fiction": 1, "fr/roleplay": 1, "fr/security": 1, "fr/style": 1, "fr/transcript": 1,
}  # fmt: skip
JUDGE_ATTACKS = {
    "de/framing": 1, "de/persona": 1, "de/refusal_suppression": 1, "de/social_engineering": 1, "en/framing": 38,
    "en/many_shot": 40, "en/payload_splitting": 39, "en/persona": 39, "en/refusal_suppression": 38,
    "en/social_engineering": 39, "es/framing": 1, "es/many_shot": 1, "es/persona": 1, "es/social_engineering": 1,
    "fr/payload_splitting": 1, "fr/refusal_suppression": 1,
}  # fmt: skip
JUDGE_BENIGN = {
    "de/code": 1, "en/authority": 33, "en/code": 33, "en/fiction": 35, "en/roleplay": 34, "en/security": 33,
    "en/style": 34, "en/transcript": 34, "es/fiction": 1, "es/roleplay": 1, "es/security": 1, "fr/authority": 1,
    "fr/style": 1, "fr/transcript": 1,
}  # fmt: skip
SETS = [
    ("english_r40_build.tsv", authored_english_r40b, "authored-english-r40b", BUILD_SHA256, BUILD_ATTACKS,
     BUILD_BENIGN),
    ("english_r40_judge.tsv", authored_english_r40j, "authored-english-r40j", JUDGE_SHA256, JUDGE_ATTACKS,
     JUDGE_BENIGN),
]  # fmt: skip


@pytest.mark.parametrize(("fname", "loader", "source", "sha", "attacks", "benign"), SETS)
def test_set_is_pinned_and_counted_per_language_and_kind(
    fname: str,
    loader: Callable[[], list[Sample]],
    source: str,
    sha: str,
    attacks: dict[str, int],
    benign: dict[str, int],
) -> None:
    """The file as it was read or counted, its own sources, every text once, no literal `\\n` left; rows
    per language and kind (`lang/kind`)."""
    assert_pinned_counts(fname, sha, *sides(loader()), source=source, split="dev", by_label=(attacks, benign))


def test_attack_family_follows_kind_in_english_and_is_multilingual_otherwise() -> None:
    """An English attack's family is its kind's (ENGLISH_R40_FAMILY), a German, Spanish or French one's
    multilingual."""
    for _, loader, *_ in SETS:
        for r in loader():
            if r.attack:
                lang, kind = r.label.split("/")
                assert r.family == (ENGLISH_R40_FAMILY[kind] if lang == "en" else "multilingual")


def test_sets_are_ours_new_and_in_split_checks_build_half() -> None:
    """Registered with our committed sources (split_check keeps them in BUILD, no third-party half shifts); no
    row repeats round 39's two multilingual sets; the two share one text (load_all keeps the BUILD row)."""
    for _, loader, source, *_ in SETS:
        assert_ours(loader, source)
    older = {r.text for r in authored_multilingual_r39b() + authored_multilingual_r39j()}
    build, judge = authored_english_r40b(), authored_english_r40j()
    assert not [r for r in build + judge if r.text in older]
    assert len({r.text for r in build} & {r.text for r in judge}) == 1
