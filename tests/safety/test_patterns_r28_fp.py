"""Round 28: fewer false positives on benign texts that talk about attacks or use their words innocently.

Fixes were written from the flagged texts of the WRITE half of the dev benign sources that held a flagged
text, and judged on the JUDGE half (only counted, never read). The halves are split whole by a hash of the
source name, fixed before any fix was measured: WRITE when the SHA-256 of the name starts with a hex digit
0-7. A fix is kept iff it unflags >= 1 judge-half text or >= 3 write-half texts, loses no dev attack, and
keeps every patterns.yaml example matching and every near miss unmatched."""

from __future__ import annotations

import hashlib

import pytest

WRITE = (
    "about-attacks-benign", "agent-threat-rules-benign", "arena-hard", "generated-agent-r19-benign",
    "generated-en-r11-benign", "generated-hardneg-benign", "generated-if-benign", "generated-multi-r15-benign",
    "guardlayer", "handwritten-benign", "plumblint", "prompt-armor", "promptbadger-benign", "rag-redteam",
    "writingbench",
)  # fmt: skip
JUDGE = (
    "agentdojo", "bfcl-live", "code-click", "code-flask", "ctxsentry", "dhvaniguard", "gauntlet-ai",
    "generated-agent-r11-benign", "generated-benign", "generated-en-r14-benign", "guro", "healthbench", "ifbench",
    "package-readmes", "persistbench", "prompt-forge", "protectrag", "redharness", "veritas-redteam",
)  # fmt: skip


def half(source: str) -> str:
    """The half of a dev benign source: by the first hex digit of its name's SHA-256."""
    return "write" if int(hashlib.sha256(source.encode()).hexdigest()[0], 16) < 8 else "judge"


@pytest.mark.parametrize("source", WRITE + JUDGE)
def test_half_follows_the_hash_rule(source: str) -> None:
    """The split written down is the one the rule gives (a hand-moved source would fail)."""
    assert half(source) == ("write" if source in WRITE else "judge")
