"""Structural checks of the committed dashboards: what Grafana needs and what our conventions promise."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

import pytest
from aiwatch.mixin import cli
from aiwatch.mixin.catalogue import build
from aiwatch.mixin.dashboards import render
from dashboards_support import REPO, UIDS, dotted, load_dashboards, panel_queries, thresholds_yaml

ALLOWED_TYPES = {"timeseries", "stat", "gauge", "bargauge", "table", "text"}
DS = {"type": "prometheus", "uid": "${datasource}"}
DASHBOARDS = load_dashboards()


def _panels():
    for uid, dash in DASHBOARDS.items():
        for p in dash["panels"]:
            yield uid, p


def test_generated_json_is_up_to_date(capsys):
    assert cli.main(["dashboards", "--check"]) == 0, capsys.readouterr().err


def test_check_fails_on_a_stale_or_extra_file(tmp_path, capsys):
    assert cli.main(["dashboards", "--out", str(tmp_path)]) == 0
    target = tmp_path / "aiwatch-slo.json"
    target.write_text(target.read_text().replace('"AI SLOs"', '"edited by hand"'))
    assert cli.main(["dashboards", "--check", "--out", str(tmp_path)]) == 1
    assert "aiwatch-slo.json" in capsys.readouterr().err
    assert cli.main(["dashboards", "--out", str(tmp_path)]) == 0
    (tmp_path / "orphan.json").write_text("{}")
    assert cli.main(["dashboards", "--check", "--out", str(tmp_path)]) == 1
    assert "orphan.json" in capsys.readouterr().err


def test_missing_threshold_key_is_a_clear_error(tmp_path, capsys):
    text = (REPO / "config" / "thresholds.yaml").read_text().replace("    p99_critical_seconds: 5\n", "")
    (tmp_path / "thresholds.yaml").write_text(text)
    assert (
        cli.main(
            ["dashboards", "--thresholds", str(tmp_path / "thresholds.yaml"), "--out", str(tmp_path / "o")]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "thresholds.yaml: alerts.latency.p99_critical_seconds: missing" in err
    assert not (tmp_path / "o").exists()


def test_runbook_links_and_alert_names_come_from_the_catalogue():
    """Panels link each runbook by the alert's own runbook_url; a renamed alert renames the links."""
    cat = build()
    urls = {a.runbook_url for a in cat.alerts()}
    for uid, p in _panels():
        for link in p.get("links", []):
            if "/runbooks/" in link["url"]:
                assert link["url"] in urls, (uid, p["title"], link["url"])

    def rename(r):
        if getattr(r, "name", None) != "AIErrorRateHigh":
            return r
        return replace(
            r, name="AIErrorsRenamed", runbook_url=r.runbook_url.replace(r.name, "AIErrorsRenamed")
        )

    groups = tuple(replace(g, rules=tuple(rename(r) for r in g.rules)) for g in cat.groups)
    overview = render(replace(cat, groups=groups))["aiwatch-overview.json"]
    assert "AIErrorsRenamed.md" in overview and "AIErrorRateHigh" not in overview


def test_uids_fixed_unique_and_schema_version():
    assert sorted(DASHBOARDS) == sorted(UIDS)
    for uid, dash in DASHBOARDS.items():
        assert (REPO / "grafana" / "dashboards" / f"{uid}.json").is_file()
        assert dash["schemaVersion"] == 39
        assert dash["id"] is None
        assert "aiwatch" in dash["tags"]
        assert dash["description"]


@pytest.mark.parametrize("uid", UIDS)
def test_panels_types_units_descriptions_datasource(uid):
    dash = DASHBOARDS[uid]
    ids = [p["id"] for p in dash["panels"]]
    assert len(ids) == len(set(ids)), f"{uid}: duplicate panel ids"
    for p in dash["panels"]:
        where = f"{uid} / {p['title']!r}"
        assert p["type"] in ALLOWED_TYPES, f"{where}: type {p['type']}"
        assert "panels" not in p, f"{where}: nested panels (rows) are not allowed: keep the list flat"
        assert p["fieldConfig"]["defaults"].get("unit"), f"{where}: no unit"
        assert p.get("description", "").strip(), f"{where}: no description"
        if p["type"] == "text":
            continue
        assert p["datasource"] == DS, f"{where}: datasource must be the ${{datasource}} variable"
        assert p["targets"], f"{where}: no targets"
        for t in p["targets"]:
            assert t["datasource"] == DS, f"{where}/{t['refId']}: datasource must be the variable"
            assert t["expr"].strip()


@pytest.mark.parametrize("uid", UIDS)
def test_no_overlapping_grid_positions(uid):
    boxes = []
    for p in DASHBOARDS[uid]["panels"]:
        g = p["gridPos"]
        assert g["w"] > 0 and g["h"] > 0 and g["x"] >= 0 and g["y"] >= 0
        assert g["x"] + g["w"] <= 24, f"{uid} / {p['title']!r}: wider than the 24-column grid"
        boxes.append((p["title"], g))
    for (ta, a), (tb, b) in itertools.combinations(boxes, 2):
        overlap = (
            a["x"] < b["x"] + b["w"]
            and b["x"] < a["x"] + a["w"]
            and a["y"] < b["y"] + b["h"]
            and (b["y"] < a["y"] + a["h"])
        )
        assert not overlap, f"{uid}: {ta!r} {a} overlaps {tb!r} {b}"


def test_overlap_check_detects_overlap():
    a = {"x": 0, "y": 0, "w": 12, "h": 8}
    b = {"x": 6, "y": 4, "w": 12, "h": 8}
    overlap = (
        a["x"] < b["x"] + b["w"]
        and b["x"] < a["x"] + a["w"]
        and a["y"] < b["y"] + b["h"]
        and (b["y"] < a["y"] + a["h"])
    )
    assert overlap


@pytest.mark.parametrize("uid", UIDS)
def test_template_variables(uid):
    variables = {v["name"]: v for v in DASHBOARDS[uid]["templating"]["list"]}
    assert list(variables)[:1] == ["datasource"]
    ds = variables["datasource"]
    assert ds["type"] == "datasource" and ds["query"] == "prometheus"
    for name in ("team", "service", "model"):
        v = variables[name]
        assert v["type"] == "query" and v["multi"] and v["includeAll"] and v["allValue"] == ".*"
        assert v["datasource"] == DS
        assert re.match(rf"label_values\((ai:[a-z_:0-9]+|ai_service_info).*, {name}\)$", v["definition"])


@pytest.mark.parametrize("uid", UIDS)
def test_alert_annotation_and_links(uid):
    dash = DASHBOARDS[uid]
    exprs = [a.get("expr") for a in dash["annotations"]["list"]]
    assert 'ALERTS{alertstate="firing"}' in exprs
    ann = next(a for a in dash["annotations"]["list"] if a.get("expr"))
    assert ann["datasource"] == DS
    kinds = {link["type"]: link for link in dash["links"]}
    assert kinds["dashboards"]["tags"] == ["aiwatch"] and kinds["dashboards"]["includeVars"]
    assert kinds["link"]["url"].rstrip("/").endswith("runbooks")
    panel_links = [link["url"] for p in dash["panels"] for link in p.get("links", [])]
    assert any("/runbooks/" in u for u in panel_links), f"{uid}: no panel links to a runbook"
    assert any(u.startswith("/d/aiwatch-") for u in panel_links) or uid == "aiwatch-slo"


def test_dashboard_links_point_at_existing_dashboards():
    for uid, p in _panels():
        for link in p.get("links", []):
            m = re.match(r"/d/([\w-]+)", link["url"])
            if m:
                assert m.group(1) in DASHBOARDS, f"{uid} / {p['title']!r}: link to unknown {m.group(1)}"


def _runbook_alerts() -> set[str]:
    names = set()
    for _, p in _panels():
        for link in p.get("links", []):
            m = re.search(r"/runbooks/([A-Za-z0-9]+)\.md$", link["url"])
            if m:
                names.add(m.group(1))
    return names


def test_runbook_links_name_real_alerts_with_runbooks():
    import yaml

    alerts = set()
    for f in (REPO / "rules").glob("*.yml"):
        for group in (yaml.safe_load(f.read_text()) or {}).get("groups", []):
            alerts |= {r["alert"] for r in group.get("rules", []) if "alert" in r}
    linked = _runbook_alerts()
    assert linked, "no runbook links found"
    assert linked <= alerts, f"panels link runbooks of alerts not in rules/: {sorted(linked - alerts)}"
    missing = sorted(a for a in linked if not (REPO / "runbooks" / f"{a}.md").is_file())
    assert not missing, f"runbooks missing: {missing}"


def _steps(uid: str, title: str) -> list[float | None]:
    p = next((p for p in DASHBOARDS[uid]["panels"] if p["title"] == title), None)
    assert p is not None, f"{uid}: no panel {title!r}"
    return [s["value"] for s in p["fieldConfig"]["defaults"]["thresholds"]["steps"]]


def test_thresholds_equal_thresholds_yaml():
    """Each alerting panel's steps are the alert thresholds of config/thresholds.yaml (same keys as rules)."""
    doc = thresholds_yaml()

    def k(key: str) -> float:
        return dotted(doc, key)

    p95, p99 = k("alerts.latency.p95_warning_seconds"), k("alerts.latency.p99_critical_seconds")
    ttft = k("alerts.ttft.p95_warning_seconds")
    err = k("alerts.errors.ratio_warning")
    per_req = k("alerts.cost.per_request_warning_usd")
    monthly = k("alerts.cost.monthly_projection_warning_usd")
    budget = k("alerts.cost.budget_usage_warning_ratio")
    dw, dc = k("alerts.drift.warning_ratio"), k("alerts.drift.critical_ratio")
    halluc = k("alerts.hallucination.flag_ratio_warning")
    inj = k("alerts.injection.min_detections")
    avail = k("slo.availability.objective")
    burn = {n: k(f"slo.burn_rates.{n}") for n in ("page_fast", "page_slow", "ticket_fast", "ticket_slow")}
    page = [None, burn["page_slow"], burn["page_fast"]]
    ticket = [None, burn["ticket_slow"], burn["ticket_fast"]]

    expected = {
        ("aiwatch-overview", "Latency P50 / P95 / P99"): [None, p95, p99],
        ("aiwatch-overview", "Time to first token P50 / P95 / P99"): [None, ttft],
        ("aiwatch-overview", "Error ratio"): [None, err],
        ("aiwatch-overview", "Error ratio by service"): [None, err],
        ("aiwatch-overview", "Monthly projection"): [None, monthly],
        ("aiwatch-overview", "Monthly budget used (projected)"): [None, budget],
        ("aiwatch-cost", "Monthly projection"): [None, monthly],
        ("aiwatch-cost", "Cost per request"): [None, per_req],
        ("aiwatch-cost", "Cost per request by service and model"): [None, per_req],
        ("aiwatch-cost", "Budget burn (projected spend / budget)"): [None, budget],
        ("aiwatch-quality", "Confidence drift"): [None, -dc, -dw, dw, dc],
        ("aiwatch-quality", "Largest confidence drift"): [None, -dc, -dw, dw, dc],
        ("aiwatch-quality", "Worst hallucination flag ratio"): [None, halluc],
        ("aiwatch-quality", "Hallucination flag ratio by service and model"): [None, halluc],
        ("aiwatch-security", "High/critical detections in 15m (top service)"): [None, inj],
        ("aiwatch-slo", "Availability burn rate: page windows (1h, 6h)"): page,
        ("aiwatch-slo", "Latency burn rate: page windows (1h, 6h)"): page,
        ("aiwatch-slo", "Availability burn rate: ticket windows (1d, 3d)"): ticket,
        ("aiwatch-slo", "Latency burn rate: ticket windows (1d, 3d)"): ticket,
        ("aiwatch-slo", "Availability (1d) vs objective"): [None, avail],
        ("aiwatch-slo", "Fast calls (1d) vs objective"): [None, k("slo.latency.objective")],
    }
    for (uid, title), want in expected.items():
        got = _steps(uid, title)
        assert got == pytest.approx(want), f"{uid} / {title!r}: steps {got} != thresholds.yaml {want}"


def test_every_query_reads_known_metrics_or_records():
    """Names in queries are exported metrics (catalog.py), ai:* records or ALERTS — nothing invented."""
    from aiwatch.catalog import EXPOSED_METRICS

    raw = set(EXPOSED_METRICS) | {f"{m}_{s}" for m in EXPOSED_METRICS for s in ("bucket", "sum", "count")}
    for q in panel_queries(DASHBOARDS):
        for name in re.findall(r"\b(ai(?:watch)?[_:][a-z0-9_:]+|ALERTS)\b", q.expr):
            assert name.startswith("ai:") or name in raw or name == "ALERTS", f"{q.where}: unknown {name}"


def test_exporter_config_stat_maps_reload_state_and_links_its_runbook():
    p = next(p for p in DASHBOARDS["aiwatch-overview"]["panels"] if p["title"] == "Exporter config")
    assert [t["expr"] for t in p["targets"]] == ['min(aiwatch_config_last_reload_successful{job="aiwatch"})']
    defaults = p["fieldConfig"]["defaults"]
    steps = defaults["thresholds"]["steps"]
    assert [(s["color"], s["value"]) for s in steps] == [("red", None), ("green", 1)]
    (mapping,) = defaults["mappings"]
    assert mapping["type"] == "value"
    assert {v: (o["text"], o["color"]) for v, o in mapping["options"].items()} == {
        "0": ("STALE", "red"),
        "1": ("OK", "green"),
    }
    base = thresholds_yaml()["runbooks"]["base_url"].rstrip("/")
    assert f"{base}/AIExporterConfigReloadFailed.md" in [link["url"] for link in p["links"]]
    assert "AIExporterConfigReloadFailed" in p["description"]


def test_cached_prompt_savings_panels_are_usd():
    panels = {p["title"]: p for p in DASHBOARDS["aiwatch-cost"]["panels"]}
    for title in ("Savings from cached prompt tokens", "Savings from cached prompt tokens by model"):
        p = panels[title]
        assert p["fieldConfig"]["defaults"]["unit"] == "currencyUSD", title
        for t in p["targets"]:
            assert "ai:cached_prompt_savings_usd:rate5m{" in t["expr"], title
            assert all(f'{v}=~"${v}"' in t["expr"] for v in ("model", "service", "team")), title
    assert "Cached share of prompt tokens" in panels


def test_provisioning_matches_dashboards():
    import yaml

    prov = REPO / "grafana" / "provisioning"
    ds = yaml.safe_load((prov / "datasources" / "prometheus.yml").read_text())["datasources"]
    prom = next(d for d in ds if d["type"] == "prometheus")
    assert prom["url"] == "http://prometheus:9090"
    for uid, dash in DASHBOARDS.items():
        var = dash["templating"]["list"][0]
        assert var["current"]["value"] == prom["uid"], f"{uid}: default datasource is not the provisioned one"
    providers = yaml.safe_load((prov / "dashboards" / "aiwatch.yml").read_text())["providers"]
    assert providers[0]["type"] == "file"
    path = providers[0]["options"]["path"]
    assert path in (REPO / "docs" / "dashboards.md").read_text(), "provider path not documented"
