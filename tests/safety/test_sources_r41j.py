"""Round 41's blind-written JUDGE set of the scoring model's retrain: prompt injections of every family of the
issue and benign look-alikes, 70 % in English and the rest in 14 other languages, written by a writer who never
saw the detector; counted only (never read) while the retrain's variants were judged, then committed as our own
dev data. The file is pinned (a changed row changes every figure read from it) and its rows counted per
language and kind; the loader and its malformed-line errors are round 37's (`multilingual_r37_rows`)."""

from __future__ import annotations

from bench.corpus.sources import ENGLISH_R39_FAMILY, authored_judge_r41, committed
from tests.support.round_sources import assert_ours, assert_pinned_counts, sides

SHA256 = "b7afbdf60fc1ed42a0e2394a3c851d30f8ff35e5f8daf0d4b9e927d386fa47e9"
ATTACK_LANGS = {
    "ar": 3, "de": 13, "en": 211, "es": 11, "fr": 13, "hi": 2, "id": 2, "it": 7, "ja": 7, "ko": 4, "pl": 5,
    "pt": 9, "ru": 10, "tr": 5, "zh": 6,
}  # fmt: skip
BENIGN_LANGS = {
    "ar": 3, "de": 14, "en": 210, "es": 12, "fr": 11, "hi": 3, "id": 3, "it": 6, "ja": 8, "ko": 4, "pl": 4,
    "pt": 11, "ru": 10, "tr": 5, "zh": 6,
}  # fmt: skip
ATTACK_KINDS = dict.fromkeys(
    ("agent", "encoding", "extraction", "framing", "indirect", "many_shot", "override", "payload_splitting",
     "persona", "refusal_suppression", "social_engineering"), 28,
)  # fmt: skip
BENIGN_KINDS = dict.fromkeys(
    ("code", "document", "fiction", "other", "question", "roleplay", "security", "style", "support", "translate"),
    31,
)  # fmt: skip


def test_set_is_pinned_and_counted_per_language_and_kind() -> None:
    """The file as it was counted, its own sources, every text once; rows per language and per kind."""
    assert_pinned_counts(
        "judge_r41.tsv",
        SHA256,
        *sides(authored_judge_r41()),
        source="authored-judge-r41",
        split="dev",
        by_lang=(ATTACK_LANGS, BENIGN_LANGS),
        by_kind=(ATTACK_KINDS, BENIGN_KINDS),
        sizes=(308, 310),
    )


def test_attack_family_follows_kind_in_english_and_is_multilingual_otherwise() -> None:
    """An English attack's family is its kind's (ENGLISH_R39_FAMILY, every family of the issue), any other
    language's multilingual."""
    for r in authored_judge_r41():
        if r.attack:
            lang, kind = r.label.split("/")
            assert r.family == (ENGLISH_R39_FAMILY[kind] if lang == "en" else "multilingual")


def test_set_is_ours_new_and_in_split_checks_build_half() -> None:
    """Registered with our committed sources (split_check keeps it in BUILD, no third-party half shifts); no
    row repeats another committed set's."""
    assert_ours(authored_judge_r41, "authored-judge-r41")
    rows = authored_judge_r41()
    others = {s.text for s in committed() if not s.source.startswith("authored-judge-r41")}
    assert not [r for r in rows if r.text in others]
