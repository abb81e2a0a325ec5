"""Round 30: instruction override and jailbreak persona constructs written from the misses of the BUILD half
of `bench.split_check --swap` over the older dev sources, kept only when they add an attack on a source they
were not written from (promptshields or promptheus, the round-27 sources promoted to dev this round, or the
`--swap` CHECK half), flag no dev benign text (promptshields-benign and webarena included) and no near miss,
and lose no attack. Each kept construct is pinned with our own paraphrases, and with near misses of the same
shape that a user, a colleague or a program says."""

from __future__ import annotations

from bench.corpus.sources import HELD_OUT


def test_judges_are_dev() -> None:
    """The judges of this round's constructs are dev sources (promoted this round), not held out."""
    assert not {"promptshields", "promptheus", "promptshields-benign", "webarena"} & HELD_OUT
