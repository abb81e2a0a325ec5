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
            chars = [rnd.choice(_CHANGING) if rnd.random() < share else rnd.choice("aZ Q.") for _ in range(4_000)]
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
