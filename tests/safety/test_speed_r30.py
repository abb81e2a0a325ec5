"""Round 30: normalisation replaces the changing characters on the str, then encodes once, instead
of one bytes.replace per character on the UTF-8 (or one RE2 pass when they were few). The bytes
must be those of the per-character canonical form, ASCII lowered, whatever the mix."""

from __future__ import annotations

import random
import unicodedata

import pytest
from aiwatch.safety import normalise as nm

from bench.bench_safety import adversarial

_CHANGING = "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufb00\ufb01\ufb02\ufb03\u2474\u3392\uff29\u0130\U000e0049"


def _reference(text: str) -> bytes:
    """Each character's canonical form (`_TABLE`), ASCII lowered as before the rewrite."""
    return "".join(nm._TABLE[ord(c)] if not c.isascii() else c.lower() for c in text).encode("utf-8")


def _texts() -> list[str]:
    rnd = random.Random(30)
    out = []
    for extra in ("", "\u00e9", "\U0001f600", "\u4e2d"):  # 1-, 2- and 4-byte str kinds, a stable run
        for share in (0.002, 0.3):
            chars = [
                rnd.choice(_CHANGING) if rnd.random() < share else rnd.choice("aZ Q.") for _ in range(4_000)
            ]
            out.append(extra + "".join(chars) + extra)
    return out


@pytest.mark.parametrize("text", _texts())
def test_replaced_on_the_str_gives_the_per_character_bytes(text: str) -> None:
    n = nm.normalise(text, False)
    assert n.data == _reference(text)
    assert n.data != text.encode("utf-8").lower()  # something changed: the replace path ran


def test_the_adversarial_inputs_normalise_to_the_per_character_bytes() -> None:
    checked = 0
    for name, text in adversarial().items():
        if text.isascii():
            continue
        assert nm.normalise(text, False).data == _reference(text), name
        checked += 1
    assert checked >= 6


def test_no_canonical_form_holds_an_ascii_capital() -> None:
    """Why lowering after the replaces is exact: no replacement brings in a letter A-Z."""
    seen = 0
    for cp in range(0x80, 0x30000):
        c = chr(cp)
        if unicodedata.decomposition(c) or c.lower() != c or 0xE0020 <= cp <= 0xE007E:
            out = nm._TABLE[cp]
            assert not any("A" <= ch <= "Z" for ch in out), hex(cp)
            seen += 1
    assert seen > 5_000


def _stable(c: str) -> bool:
    return any(lo <= ord(c) <= hi for lo, hi in nm.STABLE_RANGES)


def _floods() -> dict[str, str]:
    rnd = random.Random(15)
    han = [chr(0x4E00 + i) for i in range(400)]
    return {
        "few, flooded": "".join(rnd.choice("іое\u200b\u200d") for _ in range(9_000)),
        "17, flooded": "".join(rnd.choice(_CHANGING + "аб") for _ in range(9_000)),
        "han prose": "".join(
            rnd.choice(han) if rnd.random() < 0.9 else rnd.choice("，。\u3000") for _ in range(3_000)
        ),
        "russian prose": "".join(rnd.choice("оеанитсрвлкмдпуяыьгзбчйхжшюцщэфъё ") for _ in range(3_000)),
        "flood then han": "\u200b" * 4_000 + "".join(rnd.choice(han) for _ in range(2_000)) + "\ufb01",
        "short han": "".join(rnd.choice(han) for _ in range(200)) + "\uff0c",
    }


@pytest.mark.parametrize("name", list(_floods()))
@pytest.mark.parametrize("cut", [False, True])
def test_distinct_leaves_out_only_stable_characters(name: str, cut: bool) -> None:
    text = _floods()[name]
    got = nm._distinct(text, cut)
    assert len(got) == len(set(got))
    assert set(got) <= set(text)
    missing = set(text) - set(got)
    assert all(_stable(c) for c in missing)
    assert not missing or cut  # without the cut every character is found
    assert {c for c in text if not _stable(c)} <= set(got)
    if cut and name == "han prose":
        assert missing  # the cut ran: Chinese prose ends the flood at once
    if name == "few, flooded":
        assert not missing  # the replaces took the flood's Cyrillic letters: no cut ran


@pytest.mark.parametrize("name", list(_floods()))
def test_the_flood_order_normalises_as_the_reference(name: str) -> None:
    text = "Ignore " + _floods()[name] + " PREVIOUS"
    assert nm.normalise(text, False).data == _reference(text)
