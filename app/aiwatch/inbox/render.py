"""The inbox page: each notification drawn the way its destination shows it.

Slack messages keep their colour bar, title, mrkdwn text (bold, code, links,
the emoji the templates use) and buttons; PagerDuty events show the summary,
severity, source/component/group/class, links and dedup key; e-mails show
subject, sender, recipient and the HTML body (in a sandboxed frame) or the
text body. Everything received is escaped; only http(s) links become links.
"""

from __future__ import annotations

import html
import json
import re
import time
from collections.abc import Sequence
from typing import Any

EMOJI = {
    "rotating_light": "🚨",
    "white_check_mark": "✅",
    "book": "📖",
    "chart_with_upwards_trend": "📈",
    "mag": "🔍",
    "no_bell": "🔕",
    "warning": "⚠️",
}
SLACK_COLORS = {"danger": "#e01e5a", "warning": "#ecb22e", "good": "#2eb67d"}
KINDS = ("slack", "pagerduty", "email", "webhook")
LABELS = {"slack": "Slack", "pagerduty": "PagerDuty", "email": "E-mail", "webhook": "Webhook"}
_SLACK_LINK = re.compile(r"<([^<>|]+)(?:\|([^<>]*))?>")
_SLACK_STYLE = re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])|`([^`\n]+)`|:([a-z0-9_+-]+):")


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def safe_url(url: Any) -> str | None:
    """`url` if it is http(s), else None (no javascript:, data: or relative surprises)."""
    return url if isinstance(url, str) and re.match(r"https?://", url) else None


def link(url: Any, text: Any, cls: str = "") -> str:
    href = safe_url(url)
    label = esc(text)
    if href is None:
        return f'<span class="{cls} nolink">{label}</span>'
    return f'<a class="{cls}" href="{esc(href)}" target="_blank" rel="noopener">{label}</a>'


def _styled(text: str) -> str:
    """Escape `text`, then apply Slack's *bold*, `code` and :emoji:."""

    def repl(m: re.Match[str]) -> str:
        bold, code, emoji = m.groups()
        if bold is not None:
            return f"<b>{esc(bold)}</b>"
        if code is not None:
            return f"<code>{esc(code)}</code>"
        return EMOJI.get(emoji, f":{esc(emoji)}:")

    out, pos = [], 0
    for m in _SLACK_STYLE.finditer(text):
        out.append(esc(text[pos : m.start()]))
        out.append(repl(m))
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def mrkdwn(text: str) -> str:
    """Slack mrkdwn to HTML: <url|label> links, *bold*, `code`, :emoji:, line breaks."""
    out, pos = [], 0
    for m in _SLACK_LINK.finditer(text or ""):
        out.append(_styled(text[pos : m.start()]))
        url, label = m.group(1), m.group(2) if m.group(2) is not None else m.group(1)
        href = safe_url(url)
        inner = _styled(label)
        out.append(f'<a href="{esc(href)}" target="_blank" rel="noopener">{inner}</a>' if href else inner)
        pos = m.end()
    out.append(_styled((text or "")[pos:]))
    return "".join(out).replace("\n", "<br>\n")


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(ts))


def _slack(v: dict[str, Any]) -> str:
    color = SLACK_COLORS.get(v.get("color") or "", v.get("color") or "#999")
    if not re.fullmatch(r"#[0-9a-fA-F]{3,8}", color):
        color = "#999"
    title = v.get("title") or ""
    head = link(v.get("title_link"), title, "slack-title") if v.get("title_link") else f"<b>{esc(title)}</b>"
    fields = "".join(
        f'<div class="field"><b>{esc(f["title"])}</b><br>{mrkdwn(f["value"])}</div>'
        for f in v.get("fields") or []
    )
    buttons = "".join(link(a.get("url"), a.get("text"), "button") for a in v.get("actions") or [])
    return (
        f'<div class="slack-channel">{esc(v.get("channel") or "(default channel)")}</div>'
        f'<div class="slack-attachment" style="border-left-color: {color}">'
        f'<div class="slack-head">{head}</div>'
        f'<div class="slack-text">{mrkdwn(v.get("text") or "")}</div>'
        f"{fields and f'<div class=fields>{fields}</div>'}"
        f'<div class="actions">{buttons}</div></div>'
    )


def _pagerduty(v: dict[str, Any]) -> str:
    rows = [
        ("Event", v.get("event_action")),
        ("Severity", v.get("severity")),
        ("Source", v.get("source")),
        ("Component", v.get("component")),
        ("Group", v.get("group")),
        ("Class", v.get("class")),
        ("Dedup key", v.get("dedup_key")),
    ]
    table = "".join(f"<tr><th>{esc(k)}</th><td>{esc(val)}</td></tr>" for k, val in rows if val)
    links = "".join(link(x.get("url"), x.get("text"), "button") for x in v.get("links") or [])
    details = v.get("custom_details") or {}
    detail_rows = "".join(
        f"<tr><th>{esc(k)}</th><td><pre>{esc(val if isinstance(val, str) else json.dumps(val))}</pre></td></tr>"
        for k, val in details.items()
        if val not in ("", None)
    )
    sev = esc(v.get("severity") or "")
    return (
        f'<div class="pd-summary"><span class="pd-sev pd-{sev}">{sev or "?"}</span> {esc(v.get("title"))}</div>'
        f'<table class="kv">{table}</table><div class="actions">{links}</div>'
        + (
            f'<details><summary>Custom details</summary><table class="kv">{detail_rows}</table></details>'
            if detail_rows
            else ""
        )
    )


def _email(v: dict[str, Any]) -> str:
    head = (
        f'<table class="kv"><tr><th>Subject</th><td class="email-subject">{esc(v.get("title"))}</td></tr>'
        f"<tr><th>From</th><td>{esc(v.get('from'))}</td></tr><tr><th>To</th><td>{esc(v.get('to'))}</td></tr></table>"
    )
    if v.get("html"):
        doc = '<base target="_blank">' + v["html"]
        body = (
            f'<iframe class="email-html" sandbox="allow-popups allow-popups-to-escape-sandbox" '
            f'srcdoc="{esc(doc)}"></iframe>'
        )
        if v.get("text"):
            body += f"<details><summary>Text version</summary><pre>{esc(v['text'])}</pre></details>"
    else:
        body = f'<pre class="email-text">{esc(v.get("text") or "")}</pre>'
    return head + body


def _webhook(v: dict[str, Any]) -> str:
    return f"<div>{esc(v.get('title'))} (receiver {esc(v.get('receiver'))})</div>"


RENDER = {"slack": _slack, "pagerduty": _pagerduty, "email": _email, "webhook": _webhook}


def card(rec: dict[str, Any]) -> str:
    """One notification as an <article>."""
    kind = rec.get("kind", "webhook")
    status = rec.get("status", "firing")
    body = RENDER.get(kind, _webhook)(rec.get("view") or {})
    error = ""
    if rec.get("error"):
        error = f'<div class="rejected">rejected with HTTP {esc(rec.get("http_status"))}: {esc(rec["error"])}</div>'
    return (
        f'<article class="notification {esc(kind)} {esc(status)}" id="n-{esc(rec.get("id"))}" '
        f'data-kind="{esc(kind)}" data-status="{esc(status)}">'
        f'<header><span class="kind">{esc(LABELS.get(kind, kind))}</span> '
        f'<span class="status status-{esc(status)}">{esc(status)}</span> '
        f"<time>{esc(_when(float(rec.get('received_at') or 0)))}</time></header>"
        f"{error}{body}</article>"
    )


CSS = """
body{font-family:system-ui,sans-serif;margin:0;background:#f4f4f6;color:#1d1c1d}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem} nav a{margin-right:.8rem} .meta{color:#616061;font-size:.9rem}
article{background:#fff;border-radius:8px;margin:1rem 0;padding:.8rem 1rem;box-shadow:0 1px 3px #0002}
article header{font-size:.85rem;color:#616061;margin-bottom:.5rem}
.kind{font-weight:bold;color:#1d1c1d} .status{padding:0 .4rem;border-radius:4px;color:#fff}
.status-firing{background:#e01e5a} .status-resolved{background:#2eb67d}
.slack-channel{font-weight:bold;color:#1264a3;margin-bottom:.3rem}
.slack-attachment{border-left:4px solid #999;padding-left:.8rem}
.slack-head{font-weight:bold;margin-bottom:.3rem} .slack-text{line-height:1.5}
code{background:#f2f2f2;border:1px solid #ddd;border-radius:3px;padding:0 .2rem;color:#c7254e}
.actions{margin-top:.5rem} .button{display:inline-block;border:1px solid #bbb;border-radius:4px;
 padding:.2rem .6rem;margin-right:.4rem;text-decoration:none;color:#1d1c1d}
.pd-summary{font-weight:bold;margin-bottom:.4rem} .pd-sev{color:#fff;background:#666;border-radius:4px;padding:0 .4rem}
.pd-critical{background:#c00} .pd-error{background:#e05d00} .pd-warning{background:#d9a400} .pd-info{background:#06c}
table.kv th{text-align:left;padding-right:1rem;vertical-align:top;color:#616061;font-weight:normal}
table.kv pre{margin:0;white-space:pre-wrap} .email-html{width:100%;height:22rem;border:1px solid #ddd}
.rejected{color:#c00;font-weight:bold} .empty{color:#616061}
"""

SCRIPT = """
// reload when a new notification arrives (the newest id changes)
let newest = document.body.dataset.newest;
setInterval(async () => {
  try {
    const r = await fetch('api/notifications?limit=1' + (document.body.dataset.kind ? '&kind=' + document.body.dataset.kind : ''));
    const items = (await r.json()).notifications;
    if (items.length && String(items[0].id) !== newest) location.reload();
  } catch (e) {}
}, 3000);
"""


def page(
    records: Sequence[dict[str, Any]],
    *,
    kind: str | None,
    total: int,
    heartbeats: int,
    last_heartbeat: float | None,
    endpoints: dict[str, str],
) -> str:
    """The inbox page: newest first, optionally one kind only."""
    nav = " ".join(
        f'<a href="./{"?kind=" + k if k else ""}">{esc(LABELS.get(k, "All") if k else "All")}</a>'
        for k in (None, "slack", "pagerduty", "email")
    )
    beat = (
        f"{heartbeats} heartbeat(s), last at {esc(_when(last_heartbeat))}"
        if last_heartbeat
        else "no heartbeat yet"
    )
    ends = ", ".join(f"{esc(k)}: <code>{esc(v)}</code>" for k, v in endpoints.items())
    cards = "".join(card(r) for r in records) or '<p class="empty">No notifications yet.</p>'
    newest = records[0]["id"] if records else ""
    return (
        "<!doctype html><html><head><meta charset=utf-8><title>aiwatch inbox</title>"
        f"<style>{CSS}</style></head>"
        f'<body data-newest="{esc(newest)}" data-kind="{esc(kind or "")}"><main>'
        "<h1>aiwatch notification inbox</h1>"
        f'<p class="meta">What Alertmanager sent to the local stand-ins for Slack, PagerDuty and e-mail, '
        f"newest first: {total} stored. Watchdog: {beat}.</p>"
        f'<p class="meta">Receivers: {ends}. JSON: <a href="api/notifications">/api/notifications</a></p>'
        f"<nav>{nav}</nav>{cards}</main><script>{SCRIPT}</script></body></html>"
    )
