"""Prometheus/Alertmanager duration strings (`90s`, `1h30m`, `1d`): the one parser.

Prometheus, Alertmanager and every aiwatch config file use the same syntax:
units ms, s, m, h, d, w, y, each at most once and largest first. Config
validation, the rule generator and the stack all accept exactly this.
"""

from __future__ import annotations

import re
from typing import Final

SECONDS_PER_DAY: Final = 24 * 3600
# A month is 30 days wherever aiwatch projects spend (recording rules, /api/metrics, budgets).
SECONDS_PER_MONTH: Final = 30 * SECONDS_PER_DAY

UNIT_SECONDS: Final = {"y": 365 * 86400, "w": 7 * 86400, "d": 86400, "h": 3600, "m": 60, "s": 1, "ms": 0.001}
_DURATION: Final = re.compile(
    r"^(?:(?P<y>\d+)y)?(?:(?P<w>\d+)w)?(?:(?P<d>\d+)d)?(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m)?"
    r"(?:(?P<s>\d+)s)?(?:(?P<ms>\d+)ms)?$"
)


def is_duration(text: object) -> bool:
    """True for a non-empty Prometheus duration string."""
    return isinstance(text, str) and bool(text) and text != "0" and _DURATION.match(text) is not None


def parse_duration(text: str) -> float:
    """Seconds in a Prometheus duration; ValueError with the accepted syntax otherwise."""
    m = _DURATION.match(text) if isinstance(text, str) and text else None
    if m is None:
        raise ValueError(f"{text!r} is not a duration like 30s, 5m, 1h30m or 1d (units ms s m h d w y)")
    return sum(int(v) * UNIT_SECONDS[u] for u, v in m.groupdict().items() if v is not None)


def format_duration(seconds: float) -> str:
    """The shortest Prometheus duration for a whole number of milliseconds (0 -> '0s')."""
    ms = round(seconds * 1000)
    if ms <= 0:
        return "0s"
    out = []
    for unit in ("y", "w", "d", "h", "m", "s", "ms"):
        size = round(UNIT_SECONDS[unit] * 1000)
        n, ms = divmod(ms, size)
        if n:
            out.append(f"{n}{unit}")
    return "".join(out)
