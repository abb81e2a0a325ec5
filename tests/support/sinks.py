"""Local stand-ins for the notification services Alertmanager talks to.

`HttpSink` speaks the request/response shapes of the PagerDuty Events API v2
(POST /pagerduty → 202, 400 on an invalid event, like the real API), a Slack
incoming webhook (POST /slack... → 200 "ok", 400 "no_text") and a generic
webhook (any other path → 200). `SmtpSink` is an aiosmtpd server that offers
AUTH PLAIN only (Alertmanager 0.25's LOGIN auth breaks on aiosmtpd's LOGIN
challenge) and records the messages it accepts. Both bind 127.0.0.1 on a free
port, run in a background thread and are stopped by `stop()` / the context
manager; waiting is always bounded.
"""

from __future__ import annotations

import email
import email.policy
import json
import logging
import socket
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LOOPBACK = "127.0.0.1"
PD_SEVERITIES = ("critical", "error", "warning", "info")
PD_ACTIONS = ("trigger", "acknowledge", "resolve")


@dataclass
class Request:
    """One request a sink accepted or rejected."""

    kind: str  # pagerduty | slack | webhook | email
    path: str
    headers: dict[str, str]
    body: Any  # parsed JSON (HTTP) or EmailMessage (SMTP)
    status: int
    at: float = field(default_factory=time.monotonic)
    error: str | None = None
    raw: bytes = b""


class _Recorder:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._items: list[Request] = []

    def add(self, req: Request) -> None:
        with self._cond:
            self._items.append(req)
            self._cond.notify_all()

    def received(self, kind: str | None = None) -> list[Request]:
        with self._cond:
            return [r for r in self._items if kind is None or r.kind == kind]

    def wait(
        self, match: Callable[[Request], bool], timeout: float = 60.0, what: str = "a request"
    ) -> Request:
        """First accepted request satisfying `match`; TimeoutError (listing what did arrive) otherwise."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for r in self._items:
                    if r.status < 300 and match(r):
                        return r
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [(r.kind, r.path, r.status, r.error) for r in self._items]
                    raise TimeoutError(f"timed out after {timeout}s waiting for {what}; received: {seen}")
                self._cond.wait(min(left, 0.5))


def pagerduty_problems(body: Any) -> list[str]:
    """What the Events API v2 would reject in `body` (empty list = valid)."""
    if not isinstance(body, dict):
        return ["body must be a JSON object"]
    out = []
    if not isinstance(body.get("routing_key"), str) or not body["routing_key"]:
        out.append("routing_key is required")
    action = body.get("event_action")
    if action not in PD_ACTIONS:
        out.append(f"event_action must be one of {PD_ACTIONS}")
    if action in ("acknowledge", "resolve") and not body.get("dedup_key"):
        out.append("dedup_key is required to acknowledge or resolve")
    if action == "trigger":
        payload = body.get("payload")
        if not isinstance(payload, dict):
            out.append("payload is required for trigger")
        else:
            for key in ("summary", "source", "severity"):
                if not payload.get(key):
                    out.append(f"payload.{key} is required")
            if payload.get("severity") not in PD_SEVERITIES:
                out.append(f"payload.severity must be one of {PD_SEVERITIES}")
            if len(str(payload.get("summary", ""))) > 1024:
                out.append("payload.summary is longer than 1024 characters")
    return out


def slack_problems(body: Any) -> list[str]:
    if not isinstance(body, dict):
        return ["invalid_payload"]
    if not (body.get("text") or body.get("attachments") or body.get("blocks")):
        return ["no_text"]
    return []


class _Handler(BaseHTTPRequestHandler):
    server: _HttpServer

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n)
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            body = None
        path = self.path
        if path.startswith("/pagerduty"):
            kind, problems = "pagerduty", pagerduty_problems(body)
            status = 400 if problems else 202
            reply = (
                {"status": "invalid event", "message": "Event object is invalid", "errors": problems}
                if problems
                else {"status": "success", "message": "Event processed", "dedup_key": body.get("dedup_key")}
            )
            payload, ctype = json.dumps(reply).encode(), "application/json"
        elif path.startswith("/slack"):
            kind, problems = "slack", slack_problems(body)
            status = 400 if problems else 200
            payload, ctype = (problems[0] if problems else "ok").encode(), "text/plain"
        else:
            kind, problems, status = "webhook", ([] if body is not None else ["invalid JSON"]), 200
            status = 400 if problems else 200
            payload, ctype = b"{}", "application/json"
        self.server.recorder.add(
            Request(kind, path, dict(self.headers.items()), body, status, error="; ".join(problems) or None)
        )
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    recorder: _Recorder


class HttpSink(_Recorder):
    """PagerDuty / Slack / webhook sink on 127.0.0.1:<free port>."""

    def __init__(self) -> None:
        super().__init__()
        self._server = _HttpServer((LOOPBACK, 0), _Handler)
        self._server.recorder = self
        self.port = self._server.server_address[1]
        self.url = f"http://{LOOPBACK}:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"http-sink-{self.port}",
            daemon=True,
        )
        self._thread.start()

    @property
    def pagerduty_url(self) -> str:
        return f"{self.url}/pagerduty/v2/enqueue"

    @property
    def slack_url(self) -> str:
        return f"{self.url}/slack/services/test"

    @property
    def webhook_url(self) -> str:
        return f"{self.url}/webhook/heartbeat"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> HttpSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


class SmtpSink(_Recorder):
    """aiosmtpd on 127.0.0.1 offering AUTH PLAIN only (any user unless `username` is set)."""

    def __init__(self, password: str = "sink-password", username: str | None = None) -> None:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        super().__init__()
        self.username, self.password = username, password
        self.logins: list[str] = []
        sink = self

        def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
            ok = (
                isinstance(data, LoginPassword)
                and data.password.decode() == sink.password
                and sink.username in (None, data.login.decode())
            )
            if ok:
                sink.logins.append(f"{mechanism}:{data.login.decode()}")
            return AuthResult(success=ok)

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
                assert isinstance(msg, EmailMessage)
                sink.add(Request("email", "smtp", dict(msg.items()), msg, 250, raw=envelope.content))
                return "250 Message accepted for delivery"

        class QuietController(Controller):
            def factory(self):  # type: ignore[no-untyped-def]
                # AUTH without TLS is deliberate here (loopback only); aiosmtpd warns on every connection.
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UserWarning)
                    return super().factory()

        logging.getLogger("mail.log").setLevel(logging.ERROR)  # per-connection notices, not failures
        self.port = _free_port()
        self.smarthost = f"{LOOPBACK}:{self.port}"
        self._controller = QuietController(
            Handler(),
            hostname=LOOPBACK,
            port=self.port,
            ready_timeout=10,
            authenticator=authenticator,
            auth_required=True,
            auth_require_tls=False,
            auth_exclude_mechanism=["LOGIN"],
        )
        self._controller.start()

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> SmtpSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def email_text(msg: EmailMessage) -> str:
    """The text/plain part of a message Alertmanager sent (multipart/alternative)."""
    part = msg.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""
