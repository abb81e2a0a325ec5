"""The local notification inbox: Slack, PagerDuty and e-mail stand-ins with a web page.

`make up` runs it when receivers have no real secret (alertmanager/secrets/):
Alertmanager then sends every notification here instead of to a refusing
port, and a newcomer sees what aiwatch's notifications look like.

    python -m aiwatch.inbox --port 9095 --smtp-port 9025 --data run/inbox/notifications.jsonl

HTTP on `--port` (one server):
  POST /slack/...               a Slack incoming webhook (200 "ok", 400 no_text)
  POST /pagerduty/v2/enqueue    the PagerDuty Events API v2 (202, 400 listing what PD would reject)
  POST /webhook/heartbeat       the Watchdog heartbeat (counted, not stored)
  GET  /                        the page: newest first, ?kind=slack|pagerduty|email
  GET  /api/notifications       JSON {"notifications": [...]}, ?kind=, ?limit= (1-1000, default 100)
  GET  /healthz                 {"status": "ok"}
SMTP on `--smtp-port`: AUTH PLAIN with any password, no TLS (loopback only).
Each notification is appended to `--data` (JSONL): a restarted inbox keeps its history.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ..stack.processes import LOOPBACK, serve_until_signalled
from .render import KINDS, page
from .sinks import HttpSink, SmtpSink
from .store import HEARTBEAT_PATH, Store

JSON = "application/json"
HTML = "text/html; charset=utf-8"
SLACK_PATH = "/slack/services/local-inbox"
PAGERDUTY_PATH = "/pagerduty/v2/enqueue"


def endpoints(url: str, smtp_host: str, smtp_port: int) -> dict[str, str]:
    """Where each receiver kind reaches the inbox at `url` (what Alertmanager is pointed at)."""
    return {
        "slack": url + SLACK_PATH,
        "pagerduty": url + PAGERDUTY_PATH,
        "heartbeat": url + HEARTBEAT_PATH,
        "email": f"{smtp_host}:{smtp_port}",
    }


class InboxServer:
    """HTTP sink + SMTP sink + store + page, on `host`:`port` and `host`:`smtp_port` (0: free ports)."""

    def __init__(
        self, data: Path | None = None, host: str = LOOPBACK, port: int = 0, smtp_port: int | None = None
    ) -> None:
        self.store = Store(data)
        self.http = HttpSink(host, port, get_route=self._get)
        try:
            self.smtp = SmtpSink(password=None, host=host, port=smtp_port or None)
        except BaseException:
            self.http.stop()
            raise
        for sink in (self.http, self.smtp):
            sink.listeners.append(self.store.add)
        self.url = self.http.url
        self.endpoints = endpoints(self.url, host, self.smtp.port)

    # -- GET routes -------------------------------------------------------------------------------
    def _get(self, target: str) -> tuple[int, str, bytes]:
        parts = urlsplit(target)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        kind = query.get("kind") or None
        if kind is not None and kind not in KINDS:
            return self._error(400, f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
        if parts.path == "/healthz":
            return 200, JSON, b'{"status": "ok"}'
        if parts.path == "/api/notifications":
            try:
                limit = int(query.get("limit", "100"))
            except ValueError:
                limit = 0
            if not 1 <= limit <= 1000:
                return self._error(
                    400, f"limit must be an integer from 1 to 1000, got {query.get('limit')!r}"
                )
            body = {
                "notifications": self.store.newest(kind, limit),
                "heartbeats": {"count": self.store.heartbeats, "last_received_at": self.store.last_heartbeat},
                "endpoints": self.endpoints,
            }
            return 200, JSON, json.dumps(body, default=str).encode()
        if parts.path in ("/", "/index.html"):
            html = page(
                self.store.newest(kind, 200),
                kind=kind,
                total=len(self.store),
                heartbeats=self.store.heartbeats,
                last_heartbeat=self.store.last_heartbeat,
                endpoints=self.endpoints,
            )
            return 200, HTML, html.encode()
        return self._error(404, f"no such page: {parts.path} (try / or /api/notifications)")

    @staticmethod
    def _error(status: int, message: str) -> tuple[int, str, bytes]:
        return status, JSON, json.dumps({"error": message}).encode()

    # -- lifecycle ---------------------------------------------------------------------------------
    def stop(self) -> None:
        self.smtp.stop()
        self.http.stop()

    def __enter__(self) -> InboxServer:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m aiwatch.inbox", description=__doc__.split("\n\n")[0])
    p.add_argument("--host", default=LOOPBACK)
    p.add_argument("--port", type=int, default=9095, help="HTTP: the page, Slack, PagerDuty, heartbeat")
    p.add_argument("--smtp-port", type=int, default=9025)
    p.add_argument("--data", type=Path, help="JSONL history file (default: memory only)")
    args = p.parse_args(argv)
    for name in ("port", "smtp_port"):
        if not 1 <= getattr(args, name) <= 65535:
            p.error(f"--{name.replace('_', '-')} must be between 1 and 65535")
    try:
        server = InboxServer(args.data, args.host, args.port, args.smtp_port)
    except OSError as exc:
        print(f"aiwatch inbox: cannot listen: {exc}", file=sys.stderr)
        return 1
    return serve_until_signalled(
        f"aiwatch inbox on {server.url}/ (SMTP {server.endpoints['email']}), history in {args.data}",
        server.stop,
    )
