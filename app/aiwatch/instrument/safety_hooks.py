"""Opt-in prompt screening and output flagging around an LLM call.

The checks themselves live in `aiwatch.safety` (imported lazily, only when a
client asks for screening); this module only decides what to do with their
verdicts: a prompt whose action is "block" never reaches the provider, a
flagged output is logged and counted but still returned (warn, never block).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, Protocol

from .errors import AIWatchError


class SafetyChecks(Protocol):
    def check_prompt_injection(self, text: str) -> Mapping[str, Any]: ...

    def flag_potential_hallucination(self, text: str) -> Mapping[str, Any]: ...


class PromptBlocked(AIWatchError):
    """Raised instead of calling the provider when prompt screening says "block".

    `result` is the full check_prompt_injection verdict (risk_level, matches, …).
    """

    def __init__(self, result: Mapping[str, Any]) -> None:
        self.result = result
        cats = sorted(
            {
                str(m.get("category", "?")) if isinstance(m, Mapping) else str(m)
                for m in result.get("matches") or ()
            }
        )
        super().__init__(
            f"prompt blocked by aiwatch prompt-injection screening "
            f"(risk_level={result.get('risk_level')!s}, categories={', '.join(cats) or 'none'}); "
            f"nothing was sent to the provider"
        )


def load_safety() -> SafetyChecks:
    """The aiwatch.safety module, its matchers built, with a clear error when this build lacks it.

    Built here, at instrumentation, not on the first screened call: compiling the RE2 Sets, the
    gloss and the scoring model takes seconds, which the first user's request (and its client's
    timeout) should not pay.
    """
    try:
        safety = importlib.import_module("aiwatch.safety")
    except ImportError as exc:
        raise ImportError(
            f"screen_prompts/flag_outputs need the aiwatch.safety module, which could not be imported: {exc}"
        ) from exc
    safety.warm_up()
    return safety  # type: ignore[return-value]
