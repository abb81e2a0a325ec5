"""Round 39's two blind-written multilingual sets (zh/ja/ko/ar/hi/ru/tr/vi, fa/th/id/he/uk; the JUDGE set also
European task switches): the BUILD set the round's constructs were written from and the JUDGE set they were
judged on (only counted until they were frozen), both committed as our own dev data after the count. Each file
is pinned (a changed row changes every figure read from it) and its rows counted per label and language; the
loader and its malformed-line errors are round 37's (`multilingual_r37_rows`), tested there."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from bench.corpus.sources import (
    MULTILINGUAL_R39_FAMILY,
    Sample,
    authored_multilingual_r37,
    authored_multilingual_r37j,
    authored_multilingual_r38j,
    authored_multilingual_r39b,
    authored_multilingual_r39j,
)
from tests.support.round_sources import assert_ours, assert_pinned_counts, sides

BUILD_SHA256 = "d84bb081cccc384d870453f4496b84fafed597cc173d9a9c1f4c6a0cbc75d713"
JUDGE_SHA256 = "89e42c64d7e4f73d2258a2d39874c9fc67cafd44bbb13d0a084570a1299be8a8"
BUILD_ATTACKS = {
    "ar": 33, "fa": 6, "he": 6, "hi": 30, "id": 6, "ja": 39, "ko": 32, "ru": 35, "th": 6, "tr": 20, "uk": 6,
    "vi": 20, "zh": 45,
}  # fmt: skip
BUILD_BENIGN = {
    "ar": 32, "fa": 6, "he": 6, "hi": 32, "id": 6, "ja": 38, "ko": 32, "ru": 32, "th": 6, "tr": 21, "uk": 6,
    "vi": 21, "zh": 44,
}  # fmt: skip
JUDGE_ATTACKS = {
    "ar": 25, "de": 7, "es": 7, "fa": 5, "fr": 7, "he": 5, "hi": 22, "id": 5, "it": 6, "ja": 29, "ko": 25, "nl": 6,
    "pl": 6, "pt": 6, "ru": 25, "th": 5, "tr": 16, "uk": 5, "vi": 15, "zh": 34,
}  # fmt: skip
JUDGE_BENIGN = {
    "ar": 24, "de": 7, "es": 7, "fa": 5, "fr": 7, "he": 5, "hi": 23, "id": 5, "it": 6, "ja": 30, "ko": 24, "nl": 6,
    "pl": 6, "pt": 6, "ru": 24, "th": 5, "tr": 16, "uk": 5, "vi": 16, "zh": 35,
}  # fmt: skip
SETS = [
    ("multilingual_r39_build.tsv", authored_multilingual_r39b, "authored-multilingual-r39b", BUILD_SHA256,
     BUILD_ATTACKS, BUILD_BENIGN),
    ("multilingual_r39_judge.tsv", authored_multilingual_r39j, "authored-multilingual-r39j", JUDGE_SHA256,
     JUDGE_ATTACKS, JUDGE_BENIGN),
]  # fmt: skip


@pytest.mark.parametrize(("fname", "loader", "source", "sha", "attacks", "benign"), SETS)
def test_set_is_pinned_and_counted_per_language(
    fname: str,
    loader: Callable[[], list[Sample]],
    source: str,
    sha: str,
    attacks: dict[str, int],
    benign: dict[str, int],
) -> None:
    """The file as it was read or counted, its own sources, every text once, no literal `\\n` left."""
    assert_pinned_counts(fname, sha, *sides(loader()), source=source, split="dev", by_lang=(attacks, benign))


def test_attack_family_is_multilingual_and_kinds_are_known() -> None:
    """No English row, so every attack's family is multilingual; every kind is one the loader maps (the task
    switch and the orders planted in content these sets add among them)."""
    for _, loader, *_ in SETS:
        attacks = [r for r in loader() if r.attack]
        assert {r.family for r in attacks} == {"multilingual"}
        assert {r.label.split("/")[1] for r in attacks} <= set(MULTILINGUAL_R39_FAMILY)
    kinds = Counter(r.label.split("/")[1] for r in authored_multilingual_r39j() if r.attack)
    assert kinds["task_switch"] == 55 and kinds["indirect"] == 30


def test_sets_are_ours_new_and_in_split_checks_build_half() -> None:
    """Registered with our committed sources (split_check keeps them in BUILD, no third-party half shifts); no
    row repeats one of the three earlier multilingual sets; the two share one text (load_all keeps the first)."""
    for _, loader, source, *_ in SETS:
        assert_ours(loader, source)
    older = {
        r.text
        for r in authored_multilingual_r37() + authored_multilingual_r37j() + authored_multilingual_r38j()
    }
    build, judge = authored_multilingual_r39b(), authored_multilingual_r39j()
    assert not [r for r in build + judge if r.text in older]
    assert len({r.text for r in build} & {r.text for r in judge}) == 1
