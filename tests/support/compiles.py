"""How many RE2 objects a fresh process compiles for its first screens, after some set-up.

Both the exporter's workers (safety.warm_up) and the SDK (instrument_openai with screening) build
the matchers before they serve; this runs the set-up in a new interpreter, then counts every
re2.compile and Set built by a first prompt screen and a first output screen of each kind given.
"""

from __future__ import annotations

import subprocess
import sys


def compiled_by_first_screens(setup: str, prompts: list[str], answers: list[str]) -> tuple[str, str]:
    """Run `setup` (Python source) in a fresh process, then the screens: (what it printed, the
    count; its whole output, for the assertion message)."""
    code = (
        "import re2\n"
        f"{setup}\n"
        "from aiwatch import safety\n"
        "built = []\n"
        "real = re2.compile\n"
        "re2.compile = lambda *a, **k: built.append(a[0]) or real(*a, **k)\n"
        "real_set = re2.Set.SearchSet\n"
        "re2.Set.SearchSet = lambda *a, **k: built.append('set') or real_set(*a, **k)\n"
        + "".join(f"safety.check_prompt_injection({p!r})\n" for p in prompts)
        + "".join(f"safety.flag_potential_hallucination({a!r})\n" for a in answers)
        + "print(len(built))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    return out.stdout.strip(), out.stdout + out.stderr
