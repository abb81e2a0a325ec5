"""The two checks every construct test makes on the prompt screen.

A construct's example must be caught by that construct, not merely caught: a catch by another
pattern would hide that this one stopped matching. A near miss must be allowed outright.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from aiwatch.safety import check_prompt_injection

# A deliberately generous safety net for one screening of an adversarial text: catastrophic backtracking
# takes minutes, not seconds; real latency figures are measured in bench/bench_safety.py, never here.
SLOW_SECONDS = 5.0


def assert_caught_by(pattern_id: str, text: str, *, gloss: bool = False) -> None:
    """`text` is flagged or blocked and `pattern_id` is among its matches (with `gloss`, a match
    through the English gloss, `gloss:<id>`, counts as the pattern's own)."""
    result = check_prompt_injection(text)
    found = {m["pattern_id"] for m in result["matches"]}
    if gloss:
        found = {pid.removeprefix("gloss:") for pid in found}
    assert result["action"] in ("flag", "block"), (text, result["matches"])
    assert pattern_id in found, (text, result["matches"])


def assert_allowed(text: str) -> None:
    """`text` is allowed, with the matches that would have flagged it in the failure message."""
    result = check_prompt_injection(text)
    assert result["action"] == "allow", (text, [m["pattern_id"] for m in result["matches"]])


def construct_cases(
    constructs: Sequence[tuple[str, str]], near_misses: Sequence[str]
) -> list[tuple[str | None, str]]:
    """A round's construct tests as one parameter list: (pattern id, example) for each construct,
    (None, text) for each near miss."""
    return [*constructs, *((None, text) for text in near_misses)]


def construct_test(
    constructs: Sequence[tuple[str, str]], near_misses: Sequence[str]
) -> Callable[[str | None, str], None]:
    """A round's whole construct test, to bind to a `test_...` name in its module: one case per
    construct and near miss (`construct_cases`), a construct caught by its own pattern
    (`assert_caught_by`), a near miss allowed. The round's files differ only in their texts, so the
    test itself is written once (`construct_test_with`)."""
    return construct_test_with(assert_caught_by, constructs, near_misses)


def assert_caught_in_family(family: str, text: str) -> None:
    """`text` is flagged or blocked and one of its matches is of `family` (a pattern's category):
    rounds 10-14 wrote English constructs that several patterns of one family may catch."""
    result = check_prompt_injection(text)
    assert result["action"] in ("flag", "block"), text
    assert family in {m["category"] for m in result["matches"]}, (text, result["matches"])


def assert_caught_through_gloss(pattern_id: str, text: str) -> None:
    """`assert_caught_by` with the gloss's copy of the pattern counting as the pattern: the
    multilingual constructs whose English reading is what the pattern catches."""
    assert_caught_by(pattern_id, text, gloss=True)


def construct_test_with(
    caught: Callable[[str, str], None],
    constructs: Sequence[tuple[str, str]],
    near_misses: Sequence[str],
) -> Callable[[str | None, str], None]:
    """`construct_test` whose constructs are checked by `caught(expected, text)` (for instance
    `assert_caught_in_family` or `assert_caught_through_gloss`) instead of `assert_caught_by`; near
    misses are allowed as there. For the older rounds, which expect a family or a glossed match."""

    @pytest.mark.parametrize(("expected", "text"), construct_cases(constructs, near_misses))
    def test(expected: str | None, text: str) -> None:
        """A construct (expected set) passes `caught`; a near miss (expected None) is allowed."""
        if expected is None:
            assert_allowed(text)
        else:
            caught(expected, text)

    return test
