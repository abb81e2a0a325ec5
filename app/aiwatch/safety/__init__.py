"""Safety signals: prompt-injection screening and hallucination-risk flags.

Patterns live in patterns.yaml (data, reviewed like code); see docs/safety.md
for the families, normalisation, severities and measured accuracy.
"""

from .hallucination import flag_potential_hallucination
from .injection import check_prompt_injection

__all__ = [
    "check_prompt_injection",
    "flag_potential_hallucination",
]
