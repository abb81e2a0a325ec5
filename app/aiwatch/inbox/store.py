"""The inbox's history: each notification as a JSON record, kept in memory and appended to a JSONL file.

A record is what the page shows and `GET /api/notifications` returns: the
notification as its destination would present it (`view`: the Slack message,
the PagerDuty event, the e-mail) plus the body as received. Records are
appended to the file one line each as they arrive, so a restarted inbox shows
its whole history again. Heartbeats (the Watchdog's dead man's switch, every
minute or so) are counted, not stored: they are a pulse, not news.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections import deque
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from .sinks import Notification

log = logging.getLogger(__name__)
HEARTBEAT_PATH = "/webhook/heartbeat"
MAX_IN_MEMORY = 2000  # newest records the page and the API can list; the file keeps everything


def _email_part(msg: EmailMessage, kind: str) -> str | None:
    part = msg.get_body(preferencelist=(kind,))
    return part.get_content() if part is not None else None


def _slack_view(body: dict[str, Any]) -> dict[str, Any]:
    att = (body.get("attachments") or [{}])[0]
    return {
        "channel": body.get("channel"),
        "username": body.get("username"),
        "title": att.get("title") or body.get("text") or "",
        "title_link": att.get("title_link"),
        "color": att.get("color"),
        "text": att.get("text") or "",
        "fallback": att.get("fallback"),
        "fields": [
            {"title": f.get("title", ""), "value": f.get("value", "")} for f in att.get("fields") or []
        ],
        "actions": [{"text": a.get("text", ""), "url": a.get("url")} for a in att.get("actions") or []],
    }


def _pagerduty_view(body: dict[str, Any]) -> dict[str, Any]:
    payload = body.get("payload") or {}
    return {
        "event_action": body.get("event_action"),
        "dedup_key": body.get("dedup_key"),
        "title": payload.get("summary") or f"{body.get('event_action', '')} {body.get('dedup_key', '')}",
        "severity": payload.get("severity"),
        "source": payload.get("source"),
        "component": payload.get("component"),
        "group": payload.get("group"),
        "class": payload.get("class"),
        "custom_details": payload.get("custom_details") or {},
        "links": [{"text": x.get("text", ""), "url": x.get("href")} for x in body.get("links") or []],
        "client": body.get("client"),
        "client_url": body.get("client_url"),
    }


def _status(kind: str, view: dict[str, Any], body: Any) -> str:
    """firing or resolved, as the message says it."""
    if kind == "pagerduty":
        return "resolved" if view.get("event_action") == "resolve" else "firing"
    if kind == "webhook":
        return str((body or {}).get("status") or "firing") if isinstance(body, dict) else "firing"
    return "resolved" if re.match(r"\s*(\[aiwatch\]\s*)?\[RESOLVED", view.get("title") or "") else "firing"


def record_of(n: Notification, ident: int) -> dict[str, Any]:
    """The JSON record of one received notification."""
    body: Any = n.body
    if n.kind == "email":
        msg = n.body
        body = {
            "subject": str(msg.get("Subject", "")),
            "from": str(msg.get("From", "")),
            "to": str(msg.get("To", "")),
            "date": str(msg.get("Date", "")),
            "text": _email_part(msg, "plain"),
            "html": _email_part(msg, "html"),
        }
        view = {"title": body["subject"], **{k: body[k] for k in ("from", "to", "text", "html")}}
    elif n.kind == "slack" and isinstance(body, dict):
        view = _slack_view(body)
    elif n.kind == "pagerduty" and isinstance(body, dict):
        view = _pagerduty_view(body)
    else:
        alerts = (body or {}).get("alerts", []) if isinstance(body, dict) else []
        names = sorted({(a.get("labels") or {}).get("alertname", "?") for a in alerts if isinstance(a, dict)})
        view = {"title": ", ".join(names) or n.path, "receiver": (body or {}).get("receiver")}
    return {
        "id": ident,
        "kind": n.kind,
        "received_at": round(n.received_at, 3),
        "status": _status(n.kind, view, body),
        "http_status": n.status,
        "error": n.error,
        "path": n.path,
        "view": view,
        "body": body,
    }


class Store:
    """Records in arrival order, persisted to `path` (JSONL) when given; thread-safe."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else None
        self._lock = threading.Lock()
        self._records: deque[dict[str, Any]] = deque(maxlen=MAX_IN_MEMORY)
        self._next_id = 1
        self.heartbeats = 0
        self.last_heartbeat: float | None = None
        self.skipped_lines = 0
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._load()

    def _load(self) -> None:
        assert self.path is not None
        if not self.path.exists():
            return
        with self.path.open(encoding="utf-8") as f:
            for line in f:
                try:
                    rec = json.loads(line)
                    ident = int(rec["id"])
                except (ValueError, KeyError, TypeError):
                    self.skipped_lines += 1  # e.g. a line cut short by a crash mid-write
                    continue
                self._records.append(rec)
                self._next_id = max(self._next_id, ident + 1)
        if self.skipped_lines:
            log.warning("inbox: skipped %d unreadable lines of %s", self.skipped_lines, self.path)

    def add(self, n: Notification) -> dict[str, Any] | None:
        """Store one notification (None for a heartbeat, which is only counted)."""
        with self._lock:
            if n.kind == "webhook" and n.path.startswith(HEARTBEAT_PATH):
                self.heartbeats += 1
                self.last_heartbeat = n.received_at
                return None
            rec = record_of(n, self._next_id)
            self._next_id += 1
            self._records.append(rec)
            if self.path is not None:
                with self.path.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(rec, default=str) + "\n")
            return rec

    def newest(self, kind: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """The newest `limit` records (of `kind`), newest first."""
        with self._lock:
            items = [r for r in reversed(self._records) if kind is None or r["kind"] == kind]
        return items[:limit]

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)
