"""Push the generated dashboards to an existing Grafana over its HTTP API.

    python -m aiwatch.mixin import-dashboards --url https://grafana.example --token glsa_...
    make import-dashboards GRAFANA_URL=... GRAFANA_TOKEN=...

Finds (or creates) the folder "aiwatch" via /api/folders, then POSTs every
grafana/dashboards/*.json to /api/dashboards/db with overwrite=true, so a
re-import replaces the previous version. Auth is a Bearer token (a service
account token with the Editor role). Every failure is one line on stderr and a
non-zero exit: 2 for bad usage/input, 1 for what Grafana or the network said.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import requests

from ..paths import GRAFANA_DIR

DASHBOARD_DIR = GRAFANA_DIR / "dashboards"
FOLDER_TITLE = "aiwatch"
FOLDER_UID = "aiwatch"


class ImportFailure(Exception):
    """A failure to report as one line; `code` is the exit status."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


class Grafana:
    def __init__(self, url: str, token: str, timeout: float) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {token}", "Accept": "application/json", "User-Agent": "aiwatch-import"}
        )

    def call(
        self, method: str, path: str, body: Any = None, ok: tuple[int, ...] = (200,)
    ) -> requests.Response:
        try:
            resp = self.session.request(method, self.url + path, json=body, timeout=self.timeout)
        except requests.exceptions.RequestException as exc:
            raise ImportFailure(
                f"cannot reach Grafana at {self.url} ({type(exc).__name__}): is the URL right and is it up?"
            ) from exc
        if resp.status_code in ok:
            return resp
        message = _message(resp)
        if resp.status_code in (401, 403):
            raise ImportFailure(
                f"Grafana rejected the token (HTTP {resp.status_code} on {method} {path}: {message}); "
                "use a service account token with the Editor role"
            )
        if resp.status_code == 412:
            raise ImportFailure(f"version conflict (HTTP 412 on {method} {path}): {message}")
        raise ImportFailure(f"Grafana answered HTTP {resp.status_code} on {method} {path}: {message}")

    def ensure_folder(self, title: str, uid: str) -> str:
        """uid of the folder titled `title`, created if missing."""
        resp = self.call("GET", "/api/folders?limit=1000")
        folders = _json(resp, "/api/folders")
        if not isinstance(folders, list):
            raise ImportFailure("unexpected answer from GET /api/folders: expected a JSON list")
        for f in folders:
            if isinstance(f, dict) and (f.get("title") == title or f.get("uid") == uid):
                return str(f["uid"])
        body = {"uid": uid, "title": title} if uid else {"title": title}
        created = _json(self.call("POST", "/api/folders", body), "/api/folders")
        if not isinstance(created, dict) or not created.get("uid"):
            raise ImportFailure("unexpected answer from POST /api/folders: no folder uid")
        return str(created["uid"])

    def push(self, dashboard: dict[str, Any], folder_uid: str) -> dict[str, Any]:
        body = {
            "dashboard": {**dashboard, "id": None},
            "folderUid": folder_uid,
            "overwrite": True,
            "message": "imported by python -m aiwatch.mixin import-dashboards",
        }
        return _json(self.call("POST", "/api/dashboards/db", body), "/api/dashboards/db")


def _json(resp: requests.Response, path: str) -> Any:
    try:
        return resp.json()
    except ValueError as exc:
        raise ImportFailure(f"{path}: Grafana's answer is not JSON (HTTP {resp.status_code})") from exc


def _message(resp: requests.Response) -> str:
    try:
        body = resp.json()
    except ValueError:
        text = (resp.text or "").strip()
        return text.splitlines()[0][:200] if text else str(resp.reason)
    if isinstance(body, dict) and body.get("message"):
        return str(body["message"])
    return json.dumps(body)[:200]


def load_dashboards(directory: Path) -> list[tuple[Path, dict[str, Any]]]:
    files = sorted(directory.glob("*.json"))
    if not files:
        raise ImportFailure(f"no dashboard JSON in {directory}: run `make dashboards` first", 2)
    out = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ImportFailure(f"{f}: not a readable JSON file: {exc}", 2) from exc
        if not isinstance(data, dict) or not data.get("uid") or not data.get("title"):
            raise ImportFailure(f"{f}: not a dashboard (needs 'uid' and 'title')", 2)
        out.append((f, data))
    return out


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="python -m aiwatch.mixin import-dashboards",
        description="Push aiwatch dashboards to Grafana (folder 'aiwatch').",
    )
    ap.add_argument(
        "--url", default=os.environ.get("GRAFANA_URL", ""), help="Grafana base URL ($GRAFANA_URL)"
    )
    ap.add_argument(
        "--token",
        default=os.environ.get("GRAFANA_TOKEN", ""),
        help="service account token, sent as Bearer ($GRAFANA_TOKEN)",
    )
    ap.add_argument("--dir", type=Path, default=DASHBOARD_DIR, help="dashboard JSON directory")
    ap.add_argument("--folder", default=FOLDER_TITLE, help="folder title (default: %(default)s)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per HTTP request")
    return ap.parse_args(argv)


def run(args: argparse.Namespace) -> int:
    url, token = args.url.strip(), args.token.strip()
    if not url:
        raise ImportFailure("missing Grafana URL: pass --url or GRAFANA_URL=http://host:3000", 2)
    if not token:
        raise ImportFailure("missing Grafana token: pass --token or GRAFANA_TOKEN=<service account token>", 2)
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ImportFailure(f"invalid Grafana URL {url!r}: expected http(s)://host[:port][/path]", 2)
    dashboards = load_dashboards(args.dir)
    api = Grafana(url, token, args.timeout)
    folder_uid = api.ensure_folder(args.folder, FOLDER_UID if args.folder == FOLDER_TITLE else "")
    for path, data in dashboards:
        result = api.push(data, folder_uid)
        print(
            f"imported {data['uid']} ({path.name}) -> {api.url}{result.get('url', '')} "
            f"version {result.get('version', '?')}"
        )
    print(f"{len(dashboards)} dashboards imported into folder {args.folder!r}")
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        return run(parse_args(argv))
    except ImportFailure as exc:
        print(f"import-dashboards: {exc}", file=sys.stderr)
        return exc.code
