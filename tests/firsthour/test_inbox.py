"""The local notification inbox: real protocols in, each notification shown as its destination would."""

from __future__ import annotations

import json
import smtplib
from email.message import EmailMessage
from pathlib import Path

import requests
from aiwatch.inbox.render import mrkdwn
from aiwatch.inbox.server import InboxServer
from aiwatch.stack.processes import wait_for

RUNBOOK = "http://127.0.0.1:8000/runbooks/AIErrorRateHigh.md"


def slack_body(title: str = "[FIRING:1] WARNING AIErrorRateHigh · orchestrator · gpt-4o") -> dict:
    return {
        "channel": "#aiwatch-platform",
        "attachments": [
            {
                "title": title,
                "title_link": RUNBOOK,
                "color": "warning",
                "text": f"*:rotating_light: Error ratio above 5 %*\n<{RUNBOOK}|:book: Runbook> `orchestrator`",
                "actions": [{"type": "button", "text": "Runbook", "url": RUNBOOK}],
            }
        ],
    }


def pd_body(action: str = "trigger") -> dict:
    return {
        "routing_key": "aiwatch-unconfigured",
        "event_action": action,
        "dedup_key": "group-key-1",
        "payload": {
            "summary": "[FIRING:1] CRITICAL AIAvailabilitySLOBurnRate",
            "source": "aiwatch/x",
            "severity": "critical",
        },
        "links": [{"href": RUNBOOK, "text": "Runbook"}],
    }


def test_every_protocol_lands_newest_first_and_survives_a_restart(tmp_path: Path) -> None:
    data = tmp_path / "inbox" / "notifications.jsonl"
    with InboxServer(data) as inbox:
        ends = inbox.endpoints
        assert requests.post(ends["slack"], json=slack_body(), timeout=5).text == "ok"
        assert requests.post(ends["pagerduty"], json=pd_body(), timeout=5).status_code == 202
        bad = requests.post(ends["pagerduty"], json={"event_action": "trigger"}, timeout=5)
        assert bad.status_code == 400 and "routing_key is required" in bad.json()["errors"]
        assert requests.post(ends["heartbeat"], json={"status": "firing", "alerts": []}, timeout=5).ok
        msg = EmailMessage()
        msg["Subject"], msg["From"], msg["To"] = "[aiwatch] [RESOLVED] INFO AILabelOverflow", "a@x", "b@x"
        msg.set_content("RESOLVED: labels folded")
        msg.add_alternative("<p>RESOLVED: <b>labels</b> folded</p>", subtype="html")
        host, port = ends["email"].split(":")
        with smtplib.SMTP(host, int(port), timeout=10) as smtp:
            smtp.login("aiwatch-alerts@example.com", "any password")
            smtp.send_message(msg)
        wait_for(lambda: len(inbox.store) == 4, 10, what="four stored notifications")
        api = requests.get(inbox.url + "/api/notifications", timeout=5).json()
    kinds = [(n["kind"], n["status"], n["http_status"]) for n in api["notifications"]]
    assert kinds == [
        ("email", "resolved", 250),
        ("pagerduty", "firing", 400),
        ("pagerduty", "firing", 202),
        ("slack", "firing", 200),
    ]
    assert api["heartbeats"]["count"] == 1  # counted, not stored
    slack = api["notifications"][-1]["view"]
    assert slack["channel"] == "#aiwatch-platform" and slack["actions"] == [
        {"text": "Runbook", "url": RUNBOOK}
    ]
    pd = api["notifications"][2]["view"]
    assert (
        pd["severity"] == "critical" and pd["dedup_key"] == "group-key-1" and pd["links"][0]["url"] == RUNBOOK
    )
    assert "labels" in api["notifications"][0]["view"]["html"]
    # a restarted inbox shows the same history (JSONL in the run directory), numbering goes on
    assert len(data.read_text().splitlines()) == 4
    with InboxServer(data) as again:
        before = requests.get(again.url + "/api/notifications", timeout=5).json()["notifications"]
        assert [n["id"] for n in before] == [n["id"] for n in api["notifications"]]
        requests.post(again.endpoints["pagerduty"], json=pd_body("resolve"), timeout=5)
        wait_for(lambda: len(again.store) == 5, 10, what="the resolve")
        newest = requests.get(again.url + "/api/notifications?kind=pagerduty&limit=1", timeout=5).json()
    assert newest["notifications"][0]["status"] == "resolved"
    assert newest["notifications"][0]["id"] == max(n["id"] for n in before) + 1


def test_page_escapes_what_it_received_and_rejects_bad_queries(tmp_path: Path) -> None:
    with InboxServer(tmp_path / "n.jsonl") as inbox:
        evil = slack_body("<script>alert(1)</script> [FIRING:1]")
        evil["attachments"][0]["actions"].append(
            {"type": "button", "text": "x", "url": "javascript:alert(1)"}
        )
        requests.post(inbox.endpoints["slack"], json=evil, timeout=5)
        wait_for(lambda: len(inbox.store) == 1, 10, what="the message")
        page = requests.get(inbox.url + "/", timeout=5)
        assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
        assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;" in page.text
        assert 'href="javascript:' not in page.text
        assert f'href="{RUNBOOK}"' in page.text
        for query, problem in (
            ("kind=sms", "kind must be one of"),
            ("limit=0", "limit must be"),
            ("limit=x", "limit must be"),
        ):
            r = requests.get(f"{inbox.url}/api/notifications?{query}", timeout=5)
            assert r.status_code == 400 and problem in r.json()["error"], query
        assert requests.get(inbox.url + "/nope", timeout=5).status_code == 404
        assert requests.get(inbox.url + "/healthz", timeout=5).json() == {"status": "ok"}


def test_a_torn_last_line_is_skipped_not_fatal(tmp_path: Path) -> None:
    data = tmp_path / "n.jsonl"
    data.write_text(
        json.dumps({"id": 7, "kind": "slack", "status": "firing", "view": {}}) + "\n" + '{"id": 8, "ki'
    )
    with InboxServer(data) as inbox:
        assert inbox.store.skipped_lines == 1
        assert [n["id"] for n in inbox.store.newest()] == [7]


def test_slack_mrkdwn_is_rendered_like_slack() -> None:
    html = mrkdwn("*bold* `code` :book: <https://x.example/r?a=1&b=2|the *runbook*> <javascript:x|no>\nnext")
    assert "<b>bold</b>" in html and "<code>code</code>" in html and "📖" in html
    assert '<a href="https://x.example/r?a=1&amp;b=2"' in html and "<b>runbook</b>" in html
    assert "javascript" not in html.split("no")[0].split("</a>")[-1] and 'href="javascript' not in html
    assert "<br>" in html
