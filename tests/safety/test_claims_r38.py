"""Round 38: the share of any class (hallucination.any_share_pattern) reads its number words from patterns.yaml's
`<st_numw>`, the list the claim rules' share and figure read, instead of writing out its own copy; and answers of our
own wording, a share of a class beside another claim, risky and neutral or hedged look-alikes."""

from __future__ import annotations

import re

import pytest
from aiwatch.safety import flag_potential_hallucination
from aiwatch.safety.hallucination import any_share_pattern, python_words
from aiwatch.safety.patterns import load


def test_share_number_words_come_from_the_macro() -> None:
    """A number word put into `<st_numw>` is read by the share pattern, and one taken out is not: a copy that
    drifted from the macro would fail this."""
    macros = dict(load().macros)
    rx = re.compile(any_share_pattern({**macros, "st_numw": "(?:zwanzig|ninety)"}))
    assert rx.search(b"zwanzig percent of night nurses") is not None
    assert rx.search(b"ninety percent of night nurses") is not None
    assert rx.search(b"seventy percent of night nurses") is None
    assert rx.search(b"70 percent of night nurses") is not None  # digits are not number words


@pytest.mark.parametrize(
    "words",
    [b"twenty-two", b"twenty two", b"ninety nine", b"nineteen", b"a hundred", b"seven"],
)
def test_every_number_word_form_of_the_macro_is_a_share(words: bytes) -> None:
    rx = re.compile(any_share_pattern(load().macros))
    assert rx.search(words + b" percent of night-shift nurses") is not None
    assert rx.search(words + b" percent of your savings") is None  # the reader's own: no share of a class


def test_macro_separators_read_as_python() -> None:
    """An optional separator is a space, tab or hyphen, a required one a single space; any other macro syntax is an
    error, not a silent mistranslation."""
    assert python_words("n", {"n": "forty<s>?two|a<s>+hundred"}) == rb"forty[\s-]?two|a hundred"
    with pytest.raises(ValueError, match="st_x"):
        python_words("st_x", {"st_x": "<w>+ty"})


@pytest.mark.parametrize(
    "text",
    [
        "Forty-two percent of day traders quit within a year, so just buy the index fund and hold it.",
        "Sixty-five percent of first-time landlords never raise the rent, so you'll definitely get the flat cheap.",
    ],
)
def test_share_beside_a_claim_is_a_statistic(text: str) -> None:
    assert "statistical" in flag_potential_hallucination(text)["categories"]


@pytest.mark.parametrize(
    "text",
    [
        "Forty-two percent of your savings in one fund is a lot; spreading it out may lower the risk.",
        "It might be somewhere around sixty percent of renters, but I'm not sure of the figure.",
    ],
)
def test_own_share_or_unsure_share_is_no_statistic(text: str) -> None:
    assert "statistical" not in flag_potential_hallucination(text)["categories"]
