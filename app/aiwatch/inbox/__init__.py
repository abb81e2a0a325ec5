"""Local notification sinks: where Alertmanager's PagerDuty, Slack, webhook and e-mail notifications land.

Tests and benchmarks point every receiver at them so nothing leaves the
machine; see aiwatch.inbox.sinks for the API. `make up` runs the same sinks
as the local inbox with a web page and a JSONL history (aiwatch.inbox.server,
`python -m aiwatch.inbox`) when receivers have no real secret.
"""

from .sinks import (
    HttpSink,
    Inbox,
    Notification,
    SmtpSink,
    email_message,
    email_text,
    pagerduty_event,
    slack_message,
)

__all__ = [
    "HttpSink",
    "Inbox",
    "Notification",
    "SmtpSink",
    "email_message",
    "email_text",
    "pagerduty_event",
    "slack_message",
]
