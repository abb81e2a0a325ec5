"""Local stand-ins for the notification services Alertmanager talks to.

- `HttpSink` answers like the PagerDuty Events API v2 (POST /pagerduty... ->
  202, or 400 listing what the real API would reject), a Slack incoming
  webhook (POST /slack... -> 200 "ok", 400 "no_text") and a generic webhook
  (any other path -> 200 for a JSON body).
- `SmtpSink` is an SMTP server (aiosmtpd) that offers AUTH PLAIN only
  (Alertmanager's LOGIN exchange does not work with aiosmtpd's LOGIN
  challenge) and accepts any user unless `username` is set.

Both record every `Notification` they receive, accepted or rejected; `wait()`
blocks until one matches (`pagerduty_event`, `slack_message` and
`email_message` build the usual matches), bounded in time. They bind 127.0.0.1 (a free port
unless one is given), serve from a background thread, and are stopped by
`stop()` or the context manager. aiosmtpd is imported only when an
`SmtpSink` is created.

    with HttpSink() as http:
        ...  # point Alertmanager's PagerDuty URL at http.pagerduty_url
        page = http.wait(pagerduty_event("trigger", alertname="AILatencyHigh"), 60, "the page")
"""

from __future__ import annotations

import email
import email.policy
import json
import logging
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self, cast

from ..stack.processes import LOOPBACK, free_port

PD_SEVERITIES = ("critical", "error", "warning", "info")
PD_ACTIONS = ("trigger", "acknowledge", "resolve")


@dataclass
class Notification:
    """One notification a sink received."""

    kind: str  # pagerduty | slack | webhook | email
    path: str  # HTTP path, or "smtp"
    headers: dict[str, str]  # HTTP headers, or the e-mail's headers
    body: Any  # parsed JSON (None if it was not JSON), or an EmailMessage
    status: int  # what the sink answered (HTTP status, or 250 for accepted mail)
    at: float = field(default_factory=time.monotonic)
    received_at: float = field(default_factory=time.time)  # wall clock, for people (the inbox page)
    error: str | None = None  # why it was rejected
    raw: bytes = b""  # the message as sent (e-mail)


Match = Callable[[Notification], bool]


class Inbox:
    """The notifications a sink has received, in order, thread-safe."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._items: list[Notification] = []
        # called with each notification after it is stored (the inbox server persists and shows them)
        self.listeners: list[Callable[[Notification], None]] = []

    def add(self, item: Notification) -> None:
        with self._cond:
            self._items.append(item)
            self._cond.notify_all()
        for listener in self.listeners:
            listener(item)

    def received(self, kind: str | None = None) -> list[Notification]:
        """Every notification so far (of `kind`, if given), accepted or not."""
        with self._cond:
            return [n for n in self._items if kind is None or n.kind == kind]

    def wait(self, match: Match, timeout: float = 60.0, what: str = "a notification") -> Notification:
        """First accepted notification satisfying `match`; TimeoutError (listing what did arrive) otherwise."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for n in self._items:
                    if n.status < 300 and match(n):
                        return n
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [(n.kind, n.path, n.status, n.error) for n in self._items]
                    raise TimeoutError(f"timed out after {timeout}s waiting for {what}; received: {seen}")
                self._cond.wait(min(left, 0.5))

    def stop(self) -> None:
        """Stop serving (the sinks override it); what was received stays readable."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def pagerduty_event(action: str, *, alertname: str | None = None, dedup_key: str | None = None) -> Match:
    """Matches a PagerDuty `action` event (trigger, resolve) for `alertname` and/or `dedup_key`."""

    def match(n: Notification) -> bool:
        body = n.body if isinstance(n.body, dict) else {}
        return (
            n.kind == "pagerduty"
            and body.get("event_action") == action
            and alertname in (None, (body.get("payload") or {}).get("class"))
            and dedup_key in (None, body.get("dedup_key"))
        )

    return match


def slack_message(title_part: str) -> Match:
    """Matches a Slack message whose first attachment's title contains `title_part`."""

    def match(n: Notification) -> bool:
        attachments = n.body.get("attachments") if isinstance(n.body, dict) else None
        return n.kind == "slack" and bool(attachments) and title_part in attachments[0].get("title", "")

    return match


def email_message(subject_part: str) -> Match:
    """Matches an e-mail whose subject contains `subject_part`."""
    return lambda n: n.kind == "email" and subject_part in n.headers.get("Subject", "")


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
    """What a Slack incoming webhook would reject in `body` (empty list = valid)."""
    if not isinstance(body, dict):
        return ["invalid_payload"]
    if not (body.get("text") or body.get("attachments") or body.get("blocks")):
        return ["no_text"]
    return []


class _Handler(BaseHTTPRequestHandler):
    server: _HttpServer

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _reply(self, path: str, body: Any) -> tuple[str, list[str], int, bytes, str]:
        """(kind, problems, status, payload, content type) for a POST to `path`."""
        if path.startswith("/pagerduty"):
            problems = pagerduty_problems(body)
            reply = (
                {"status": "invalid event", "message": "Event object is invalid", "errors": problems}
                if problems
                else {"status": "success", "message": "Event processed", "dedup_key": body.get("dedup_key")}
            )
            return (
                "pagerduty",
                problems,
                400 if problems else 202,
                json.dumps(reply).encode(),
                "application/json",
            )
        if path.startswith("/slack"):
            problems = slack_problems(body)
            return "slack", problems, 400 if problems else 200, (problems or ["ok"])[0].encode(), "text/plain"
        problems = [] if body is not None else ["invalid JSON"]
        return "webhook", problems, 400 if problems else 200, b"{}", "application/json"

    def do_GET(self) -> None:
        route = self.server.get_route
        status, ctype, payload = route(self.path) if route else (404, "text/plain", b"not found")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            body = None
        kind, problems, status, payload, ctype = self._reply(self.path, body)
        error = "; ".join(problems) or None
        self.server.inbox.add(
            Notification(kind, self.path, dict(self.headers.items()), body, status, error=error)
        )
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


GetRoute = Callable[[str], tuple[int, str, bytes]]  # path -> (status, content type, body)


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    inbox: Inbox
    get_route: GetRoute | None = None


class HttpSink(Inbox):
    """PagerDuty / Slack / webhook sink on `host`:`port` (default 127.0.0.1, a free port).

    GET requests go to `get_route` when given (the inbox web page, aiwatch.inbox.server), else 404.
    """

    def __init__(self, host: str = LOOPBACK, port: int = 0, get_route: GetRoute | None = None) -> None:
        super().__init__()
        self._server = _HttpServer((host, port), _Handler)
        self._server.inbox = self
        self._server.get_route = get_route
        self.port = self._server.server_address[1]
        self.url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"http-sink-{self.port}",
            daemon=True,
        )
        self._thread.start()

    @property
    def pagerduty_url(self) -> str:
        """Alertmanager's `pagerduty_configs[].url`."""
        return f"{self.url}/pagerduty/v2/enqueue"

    @property
    def slack_url(self) -> str:
        """A Slack incoming-webhook URL (Alertmanager's `slack_api_url`)."""
        return f"{self.url}/slack/services/test"

    @property
    def webhook_url(self) -> str:
        """A generic webhook URL (the heartbeat receiver)."""
        return f"{self.url}/webhook/heartbeat"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class SmtpSink(Inbox):
    """SMTP on `host`:`port` offering AUTH PLAIN only; `logins` lists "MECHANISM:user" of each success.

    `password=None` accepts any password (the local inbox, which holds no credential to compare with).
    """

    def __init__(
        self,
        password: str | None = "sink-password",
        username: str | None = None,
        host: str = LOOPBACK,
        port: int | None = None,
    ) -> None:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        super().__init__()
        self.username, self.password = username, password
        self.logins: list[str] = []
        sink = self

        def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
            ok = (
                isinstance(data, LoginPassword)
                and sink.password in (None, data.password.decode())
                and sink.username in (None, data.login.decode())
            )
            if ok:
                sink.logins.append(f"{mechanism}:{data.login.decode()}")
            return AuthResult(success=ok)

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                msg = cast(
                    EmailMessage, email.message_from_bytes(envelope.content, policy=email.policy.default)
                )
                sink.add(Notification("email", "smtp", dict(msg.items()), msg, 250, raw=envelope.content))
                return "250 Message accepted for delivery"

        class QuietController(Controller):
            def factory(self):  # type: ignore[no-untyped-def]
                # AUTH without TLS is deliberate here (loopback only); aiosmtpd warns on every connection.
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UserWarning)
                    return super().factory()

        logging.getLogger("mail.log").setLevel(logging.ERROR)  # per-connection notices, not failures
        self.port = port or free_port(host)
        self.smarthost = f"{host}:{self.port}"
        self._controller = QuietController(
            Handler(),
            hostname=host,
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


def email_text(msg: EmailMessage) -> str:
    """The text/plain part of a message Alertmanager sent (multipart/alternative)."""
    part = msg.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""
