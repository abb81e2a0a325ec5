"""What the bench command lines share: an argparse type for a number with a bound, so that a bad
value is refused with a message (exit status 2) before a long run starts."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def number(kind: type[int] | type[float], ok: Callable[[float], bool], what: str) -> Callable[[str], float]:
    """An argparse type: the value as `kind`, refused (with the value) unless `ok` holds."""

    def convert(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"not {'an integer' if kind is int else 'a number'}: {text!r}"
            ) from None
        if not ok(value):
            raise argparse.ArgumentTypeError(f"must be {what}, not {text}")
        return value

    return convert
