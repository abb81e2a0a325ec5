"""The exporter's front door, runbooks, docs and dashboard stand-in pages."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from aiwatch.exporter import create_app
from aiwatch.mixin.catalogue import build
from aiwatch.paths import RUNBOOKS_DIR


@pytest.fixture()
def client(monkeypatch: pytest.MonkeyPatch):
    for var in ("AIWATCH_GRAFANA_URL", "AIWATCH_RUNBOOKS_URL", "AIWATCH_STACK_STATE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AIWATCH_PROMETHEUS_URL", "http://127.0.0.1:19090")
    monkeypatch.setenv("AIWATCH_INBOX_URL", "http://127.0.0.1:19095")
    return create_app().test_client()


def test_front_door_html_and_json(client, tmp_path, monkeypatch) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.mimetype == "text/html"
    assert 'href="http://127.0.0.1:19095/"' in page.text and "http://127.0.0.1:19090/alerts" in page.text
    assert "/v1/events" in page.text and "/runbooks/" in page.text
    state = tmp_path / "stack.json"
    state.write_text('{"mode": "native", "profile": "fast"}')
    monkeypatch.setenv("AIWATCH_STACK_STATE", str(state))
    doc = client.get("/", headers={"Accept": "application/json"}).get_json()
    assert doc["name"] == "aiwatch exporter" and doc["profile"] == "fast"
    assert doc["links"]["inbox"] == "http://127.0.0.1:19095/"
    assert doc["links"]["grafana"] is None and doc["links"]["alertmanager"] == "http://127.0.0.1:9093/"
    assert {e["path"] for e in doc["endpoints"]} >= {"/v1/events", "/v1/screen/results", "/metrics"}


def test_every_alert_has_a_runbook_page_with_runnable_promql(client) -> None:
    index = client.get("/runbooks/")
    assert index.status_code == 200
    names = sorted({a.name for a in build().alerts()})
    for name in names:
        for path in (f"/runbooks/{name}.md", f"/runbooks/{name}"):
            r = client.get(path)
            assert r.status_code == 200, path
            assert f"<h1>{name}</h1>" in r.text and "<h2>Diagnosis</h2>" in r.text
        assert f'href="/runbooks/{name}.md"' in index.text
    r = client.get("/runbooks/AIErrorRateHigh.md")
    runs = re.findall(r'href="(http://127\.0\.0\.1:19090/graph\?[^"]+)"', r.text)
    assert runs, "PromQL blocks link to Prometheus"
    expr = parse_qs(urlsplit(runs[0].replace("&amp;", "&")).query)["g0.expr"][0]
    assert expr.startswith("ai:error_ratio:rate5m")
    assert client.get("/docs/alerts.md").status_code == 200  # the runbooks' ../docs/alerts.md link
    assert client.get("/runbooks").status_code == 308


def test_runbook_pages_refuse_unknown_and_crafted_names(client) -> None:
    for path in (
        "/runbooks/NoSuchAlert",
        "/runbooks/..%2Fconfig%2Fthresholds",
        "/runbooks/.hidden",
        "/docs/..%2FREADME",
    ):
        r = client.get(path)
        assert r.status_code == 404, path
        assert r.is_json and "error" in r.get_json()


def test_runbook_html_is_escaped(tmp_path, monkeypatch) -> None:
    (tmp_path / "Evil.md").write_text("# Evil\n\n<script>alert(1)</script> [x](javascript:alert(1))\n")
    monkeypatch.setenv("AIWATCH_RUNBOOKS_DIR", str(tmp_path))
    r = create_app().test_client().get("/runbooks/Evil")
    assert "<script>" not in r.text and 'href="javascript' not in r.text
    assert len(list(RUNBOOKS_DIR.glob("*.md"))) > 10  # the real directory is untouched


def test_dashboard_stand_in_filters_like_the_alert_link(client, monkeypatch) -> None:
    r = client.get("/d/aiwatch-overview?var-team=platform&var-service=orchestrator&var-model=All")
    assert r.status_code == 200 and "<h1>AI Overview</h1>" in r.text
    links = [
        u.replace("&amp;", "&")
        for u in re.findall(r'href="(http://127\.0\.0\.1:19090/graph\?[^"]+)"', r.text)
    ]
    exprs = [
        q for u in links for k, qs in parse_qs(urlsplit(u).query).items() if k.endswith(".expr") for q in qs
    ]
    assert any(
        'service=~"orchestrator"' in e and 'team=~"platform"' in e and 'model=~".*"' in e for e in exprs
    )
    assert not any("$service" in e for e in exprs)
    assert client.get("/d/no-such-dashboard").status_code == 404
    monkeypatch.setenv("AIWATCH_GRAFANA_URL", "http://127.0.0.1:13000")
    r = client.get("/d/aiwatch-overview?var-service=x")
    assert (
        r.status_code == 302
        and r.headers["Location"] == "http://127.0.0.1:13000/d/aiwatch-overview?var-service=x"
    )
