"""`python -m aiwatch.mixin import-dashboards` against a local stand-in for Grafana's HTTP API (Grafana cannot run here).

The stand-in checks what a real Grafana would: paths, methods, the Bearer
token, JSON bodies; and can answer 401/403/412 to exercise the error paths.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from typing import Any

import pytest
from aiwatch.mixin import grafana_import
from aiwatch.stack.processes import free_port
from dashboards_support import DASH_DIR, REPO, UIDS
from support.standins import JsonHandler

TOKEN = "glsa_test_token"


class FakeGrafana:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.folders: list[dict[str, Any]] = []
        self.dashboards: dict[str, dict[str, Any]] = {}
        self.fail_dashboards: int | None = None  # HTTP status to answer on /api/dashboards/db
        fake = self

        class Handler(JsonHandler):
            def _handle(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                fake.requests.append(
                    {
                        "method": method,
                        "path": self.path,
                        "auth": self.headers.get("Authorization"),
                        "ctype": self.headers.get("Content-Type"),
                        "body": body,
                    }
                )
                if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                    return self.reply_json(401, {"message": "invalid API key"})
                route = (method, self.path.split("?")[0])
                if route == ("GET", "/api/folders"):
                    return self.reply_json(200, fake.folders)
                if route == ("POST", "/api/folders"):
                    if not isinstance(body, dict) or not body.get("title"):
                        return self.reply_json(400, {"message": "folder title missing"})
                    folder = {
                        "id": len(fake.folders) + 1,
                        "uid": body.get("uid") or "gen-uid",
                        "title": body["title"],
                    }
                    fake.folders.append(folder)
                    return self.reply_json(200, folder)
                if route == ("POST", "/api/dashboards/db"):
                    if fake.fail_dashboards:
                        return self.reply_json(
                            fake.fail_dashboards,
                            {"message": "The dashboard has been changed by someone else"},
                        )
                    ok = (
                        isinstance(body, dict)
                        and isinstance(body.get("dashboard"), dict)
                        and body["dashboard"].get("uid")
                        and body["dashboard"].get("id") is None
                        and body.get("overwrite") is True
                        and body.get("folderUid") in {f["uid"] for f in fake.folders}
                    )
                    if not ok:
                        return self.reply_json(400, {"message": "bad dashboard save body"})
                    uid = body["dashboard"]["uid"]
                    fake.dashboards[uid] = body["dashboard"]
                    return self.reply_json(
                        200, {"status": "success", "uid": uid, "url": f"/d/{uid}/x", "version": 1}
                    )
                return self.reply_json(404, {"message": "not found"})

            def do_GET(self) -> None:
                self._handle("GET")

            def do_POST(self) -> None:
                self._handle("POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def paths(self) -> list[tuple[str, str]]:
        return [(r["method"], r["path"].split("?")[0]) for r in self.requests]


@pytest.fixture
def grafana() -> Iterator[FakeGrafana]:
    fake = FakeGrafana()
    fake.thread.start()
    try:
        yield fake
    finally:
        fake.server.shutdown()
        fake.server.server_close()


def run(url: str, token: str, *extra: str) -> int:
    return grafana_import.main(["--url", url, "--token", token, "--timeout", "5", *extra])


def test_creates_folder_and_pushes_every_dashboard(grafana, capsys):
    assert run(grafana.url, TOKEN) == 0, capsys.readouterr().err
    assert grafana.paths()[:2] == [("GET", "/api/folders"), ("POST", "/api/folders")]
    assert grafana.paths()[2:] == [("POST", "/api/dashboards/db")] * len(UIDS)
    assert all(r["auth"] == f"Bearer {TOKEN}" for r in grafana.requests)
    assert all(r["ctype"] == "application/json" for r in grafana.requests if r["method"] == "POST")
    assert grafana.folders == [{"id": 1, "uid": "aiwatch", "title": "aiwatch"}]
    assert sorted(grafana.dashboards) == sorted(UIDS)
    for r in grafana.requests[2:]:
        assert r["body"]["folderUid"] == "aiwatch" and r["body"]["overwrite"] is True
    sent = grafana.dashboards["aiwatch-slo"]
    committed = json.loads((DASH_DIR / "aiwatch-slo.json").read_text())
    assert sent == committed
    assert "5 dashboards imported" in capsys.readouterr().out


def test_reuses_an_existing_folder(grafana, capsys):
    grafana.folders.append({"id": 7, "uid": "existing-uid", "title": "aiwatch"})
    assert run(grafana.url, TOKEN) == 0, capsys.readouterr().err
    assert ("POST", "/api/folders") not in grafana.paths()
    assert {r["body"]["folderUid"] for r in grafana.requests if r["path"] == "/api/dashboards/db"} == {
        "existing-uid"
    }


def test_rejected_token(grafana, capsys):
    assert run(grafana.url, "wrong") == 1
    err = capsys.readouterr().err.strip()
    assert "rejected the token (HTTP 401" in err and len(err.splitlines()) == 1
    assert not grafana.dashboards


@pytest.mark.parametrize(
    ("status", "text"), [(403, "rejected the token (HTTP 403"), (412, "version conflict")]
)
def test_forbidden_and_version_conflict(grafana, capsys, status, text):
    grafana.fail_dashboards = status
    assert run(grafana.url, TOKEN) == 1
    err = capsys.readouterr().err.strip()
    assert text in err and len(err.splitlines()) == 1
    assert "changed by someone else" in err


def test_unreachable_host(capsys):
    port = free_port()  # nothing listens there
    assert run(f"http://127.0.0.1:{port}", TOKEN) == 1
    err = capsys.readouterr().err
    assert f"cannot reach Grafana at http://127.0.0.1:{port}" in err


@pytest.mark.parametrize(
    ("url", "token", "text"),
    [
        ("", TOKEN, "missing Grafana URL"),
        ("http://127.0.0.1:1", "", "missing Grafana token"),
        ("ftp://grafana", TOKEN, "invalid Grafana URL"),
    ],
)
def test_bad_usage(url, token, text, capsys, monkeypatch):
    monkeypatch.delenv("GRAFANA_URL", raising=False)
    monkeypatch.delenv("GRAFANA_TOKEN", raising=False)
    assert run(url, token) == 2
    assert text in capsys.readouterr().err


def test_empty_dashboard_dir(grafana, tmp_path, capsys):
    assert run(grafana.url, TOKEN, "--dir", str(tmp_path)) == 2
    assert "no dashboard JSON" in capsys.readouterr().err
    assert grafana.requests == []


def test_cli_as_make_runs_it(grafana):
    """The exact command line of `make import-dashboards`, as a subprocess."""
    argv = [
        sys.executable,
        "-m",
        "aiwatch.mixin",
        "import-dashboards",
        "--url",
        grafana.url,
        "--token",
        TOKEN,
    ]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert sorted(grafana.dashboards) == sorted(UIDS)
    missing = subprocess.run(
        [sys.executable, "-m", "aiwatch.mixin", "import-dashboards", "--url", "", "--token", ""],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert missing.returncode == 2 and "missing Grafana URL" in missing.stderr
