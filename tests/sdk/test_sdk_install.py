"""`pip install aiwatch` alone, in a clean virtualenv, instruments a real openai client.

What a team adding the SDK to its service gets: the SDK and the safety checks
with their own dependencies, none of the exporter's (Flask, gunicorn), and
the caller's own `openai`. Versions come from constraints.txt, as in CI; pip
reads the package registries and its cache.

The virtualenv gets no pip of its own: this interpreter's pip installs into it (`pip --python`),
which skips ensurepip's install of pip (~7 s of one core). `--no-compile` leaves the byte-code to
the first import instead of compiling every installed module (openai and pydantic are most of
them; ~6 s of one core). Neither changes what is installed or what the client imports. Round 24,
loaded 2-core host: venv 17.5 s -> 0.2 s, install 47 s -> 25-28 s.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from aiwatch.fakellm import FakeOpenAI
from aiwatch.paths import REPO
from prometheus_client.parser import text_string_to_metric_families

pytestmark = pytest.mark.e2e  # conftest: started first

SERVER_ONLY = ("flask", "gunicorn", "werkzeug")

# Runs inside the clean venv: one instrumented call (prompt screened, output
# flagged) against the fake provider, then what the process holds.
CLIENT = textwrap.dedent(
    """
    import importlib.metadata, json, sys
    import openai
    import aiwatch
    from aiwatch.instrument import instrument_openai
    from prometheus_client import REGISTRY, generate_latest

    client = openai.OpenAI(base_url=sys.argv[1], api_key="test", max_retries=0)
    instrument_openai(client, service="shop", screen_prompts=True, flag_outputs=True)
    client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "one two three"}])
    print(json.dumps({
        "aiwatch": aiwatch.__file__,
        "installed": sorted(d.metadata["Name"].lower() for d in importlib.metadata.distributions()),
        "imported": sorted(sys.modules),
        "requires": importlib.metadata.requires("aiwatch"),
        "exposition": generate_latest(REGISTRY).decode(),
    }))
    """
)


def _run(argv: list, timeout: float, **kw) -> str:
    r = subprocess.run([str(a) for a in argv], capture_output=True, text=True, timeout=timeout, **kw)
    assert r.returncode == 0, f"{argv[:4]} exited {r.returncode}:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return r.stdout


def test_sdk_installs_alone_and_instruments_a_client(tmp_path: Path) -> None:
    # Build the wheel from a copy: a build writes build/ and *.egg-info next to the sources.
    src = tmp_path / "src"
    shutil.copytree(REPO / "app", src / "app", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    shutil.copy(REPO / "pyproject.toml", src)
    dist = tmp_path / "dist"
    pip = [sys.executable, "-m", "pip"]
    _run([*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", dist, src], timeout=120)
    (wheel,) = dist.glob("aiwatch-*.whl")

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], timeout=120)
    py = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("AIWATCH_")}
    install = [*pip, "--python", py, "install", "-q", "--no-compile"]
    _run([*install, "--constraint", REPO / "constraints.txt", wheel, "openai"], timeout=300, env=env)
    script = tmp_path / "client.py"
    script.write_text(CLIENT)
    with FakeOpenAI() as fake:
        out = json.loads(_run([py, "-I", script, fake.base_url], timeout=60, env=env, cwd=tmp_path))

    assert Path(out["aiwatch"]).is_relative_to(venv)  # the installed wheel, not this checkout
    assert not set(SERVER_ONLY) & set(out["installed"]), out["installed"]
    assert not set(SERVER_ONLY) & set(out["imported"])
    server_reqs = [r for r in out["requires"] if r.split("<")[0].split(">")[0].lower() in SERVER_ONLY]
    assert server_reqs and all('extra == "server"' in r for r in server_reqs), out["requires"]

    samples = {
        (s.name, frozenset(s.labels.items())): s.value
        for fam in text_string_to_metric_families(out["exposition"])
        for s in fam.samples
    }
    call = {"model": "gpt-4o-mini", "service": "shop"}
    assert samples[("ai_requests_total", frozenset(call.items()))] == 1
    assert samples[("ai_tokens_total", frozenset({**call, "token_type": "prompt"}.items()))] == 3
    assert samples[("ai_tokens_total", frozenset({**call, "token_type": "completion"}.items()))] == 5
    assert samples[("ai_cost_usd_total", frozenset(call.items()))] > 0
    screened = {"service": "shop", "result": "allowed"}
    assert samples[("ai_screened_prompts_total", frozenset(screened.items()))] == 1
    assert samples[("ai_screened_outputs_total", frozenset(call.items()))] == 1
