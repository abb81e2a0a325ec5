"""Optional bearer-token auth on the write endpoints; reads stay open; the token never reaches the logs."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from aiwatch.stack.local import event, start_exporter
from support.secrets import find_secrets

TOKEN = "t0k3n-" + "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"


@pytest.fixture(scope="module")
def secured(tmp_path_factory):
    tmp: Path = tmp_path_factory.mktemp("auth")
    token_file = tmp / "token"
    token_file.write_text(TOKEN + "\n")
    ex = start_exporter(tmp, workers=1, env={"AIWATCH_AUTH_TOKEN_FILE": str(token_file)})
    yield ex
    ex.stop()


WRITE = [
    ("/v1/events", {"events": [event()]}),
    ("/v1/screen/prompt", {"text": "hello"}),
    ("/v1/screen/output", {"text": "hello"}),
    ("/v1/alerts", {"version": "4", "alerts": []}),
    (
        "/v1/circuit-breakers",
        {
            "transitions": [
                {
                    "model": "m",
                    "service": "s",
                    "from_state": "closed",
                    "to_state": "open",
                    "reason": "failure_ratio",
                }
            ]
        },
    ),
]


@pytest.mark.parametrize(("path", "body"), WRITE)
@pytest.mark.parametrize(
    "header",
    [None, "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}", "Bearer", ""],
)
def test_write_endpoints_reject_bad_credentials_alike(secured, path, body, header):
    headers = {} if header is None else {"Authorization": header}
    r = requests.post(secured.url + path, json=body, headers=headers, timeout=5)
    assert r.status_code == 401
    assert r.json() == {"error": "missing or invalid credentials"}  # never says which part failed
    assert r.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize(("path", "body"), WRITE)
def test_write_endpoints_accept_the_token(secured, path, body):
    r = requests.post(secured.url + path, json=body, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5)
    assert r.status_code in (200, 202), r.text


@pytest.mark.parametrize("path", ["/metrics", "/healthz", "/readyz", "/api/metrics", "/openapi.json"])
def test_reads_stay_open(secured, path):
    assert requests.get(secured.url + path, timeout=5).status_code == 200


def test_token_never_logged(secured):
    requests.post(
        secured.url + "/v1/events",
        json={"events": [event()]},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=5,
    )
    requests.post(
        secured.url + "/v1/events",
        json={"events": [event()]},
        headers={"Authorization": f"Bearer {TOKEN}zz"},
        timeout=5,
    )
    assert TOKEN not in secured.log()
    assert TOKEN[6:] not in secured.log()


def test_unreadable_token_file_stops_startup(tmp_path: Path):
    import subprocess
    import sys

    aiwatch = Path(sys.executable).with_name("aiwatch")
    env = {"AIWATCH_AUTH_TOKEN_FILE": str(tmp_path / "missing"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [str(aiwatch), "serve", "--port", "1"], capture_output=True, text=True, timeout=60, env=env
    )
    assert proc.returncode == 2
    assert "cannot read auth token file" in proc.stderr


def test_log_has_no_secret_looking_strings(secured):
    """Secret-looking values sent as data (a webhook URL in a model name) never come back in the log."""
    hook = "hooks.slack.com/services/T0AAAAAAA/B0BBBBBBB/" + "c" * 24
    requests.post(
        secured.url + "/v1/events",
        json={"events": [event(model=hook)]},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=5,
    )
    requests.post(
        secured.url + "/v1/events",
        data=b"{bad json " + hook.encode(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        timeout=5,
    )
    log = secured.log()
    assert find_secrets(log, suffix=".log") == []
    assert TOKEN not in log
