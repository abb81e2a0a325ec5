"""What `make up` renders: the demo config, the alert links, Alertmanager pointed at the local inbox."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml
from aiwatch.mixin.thresholds import load_thresholds
from aiwatch.paths import CONFIG_DIR
from aiwatch.reload import load_all
from aiwatch.stack.alertmanager import render_alertmanager_config
from aiwatch.stack.democonfig import DEMO_DIR, merge, render_demo_config
from aiwatch.stack.links import DEFAULT_DASHBOARDS_URL, DEFAULT_RUNBOOKS_URL, stack_links
from aiwatch.stack.settings import Settings, StackError

INBOX = {
    "slack": "http://127.0.0.1:19095/slack/services/local-inbox",
    "pagerduty": "http://127.0.0.1:19095/pagerduty/v2/enqueue",
    "heartbeat": "http://127.0.0.1:19095/webhook/heartbeat",
    "email": "127.0.0.1:19025",
}


def settings(tmp_path: Path, **env: str) -> Settings:
    return Settings.from_env(tmp_path / "run", {"AIWATCH_PORT": "18000", "GRAFANA_PORT": "13000", **env})


def test_committed_link_bases_are_the_stack_defaults() -> None:
    t = load_thresholds(CONFIG_DIR / "thresholds.yaml")
    assert t.runbooks.base_url == DEFAULT_RUNBOOKS_URL
    assert t.dashboards.base_url == DEFAULT_DASHBOARDS_URL


def test_stack_links_repoint_only_the_defaults(tmp_path: Path) -> None:
    s = settings(tmp_path)
    links = stack_links(s, DEFAULT_RUNBOOKS_URL, DEFAULT_DASHBOARDS_URL, grafana_running=False)
    assert links.runbooks_url == "http://127.0.0.1:18000/runbooks"
    assert links.dashboards_url == "http://127.0.0.1:18000/d"  # the exporter's stand-in page
    assert stack_links(s, DEFAULT_RUNBOOKS_URL, DEFAULT_DASHBOARDS_URL, True).dashboards_url == (
        "http://127.0.0.1:13000/d"
    )
    team = stack_links(s, "https://git.example/ops/runbooks/", "https://grafana.example/d", False)
    assert team.runbooks_url == "https://git.example/ops/runbooks"
    assert team.dashboards_url == "https://grafana.example/d"
    env = settings(
        tmp_path,
        AIWATCH_RUNBOOKS_URL="https://wiki.example/rb/",
        AIWATCH_DASHBOARDS_URL="https://g.example/d",
    )
    forced = stack_links(env, DEFAULT_RUNBOOKS_URL, DEFAULT_DASHBOARDS_URL, False)
    assert (forced.runbooks_url, forced.dashboards_url) == ("https://wiki.example/rb", "https://g.example/d")
    with pytest.raises(StackError, match="AIWATCH_RUNBOOKS_URL must be an http"):
        settings(tmp_path, AIWATCH_RUNBOOKS_URL="runbooks/")


def test_demo_config_merges_only_what_differs(tmp_path: Path) -> None:
    out = render_demo_config(tmp_path / "config")
    loaded = load_all(out)
    demo_budgets = yaml.safe_load((DEMO_DIR / "budgets.yaml").read_text())["services"]
    assert loaded.config.budgets == {s: {k: float(v) for k, v in p.items()} for s, p in demo_budgets.items()}
    assert loaded.thresholds is not None
    assert loaded.thresholds.alerts.cost.monthly_projection_warning_usd == 750000
    prod = load_thresholds(CONFIG_DIR / "thresholds.yaml")
    assert loaded.thresholds.alerts.latency == prod.alerts.latency  # everything else is config/'s
    assert (out / "services.yaml").read_bytes() == (CONFIG_DIR / "services.yaml").read_bytes()
    assert merge({"a": {"b": 1, "c": [1]}, "d": 2}, {"a": {"c": [2]}}) == {"a": {"b": 1, "c": [2]}, "d": 2}


def test_demo_config_is_validated(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "budgets.yaml").write_text("services:\n  orchestrator:\n    week: 5\n")
    with pytest.raises(StackError, match="period must be one of"):
        render_demo_config(tmp_path / "out", overlay=overlay)


def test_receivers_without_secrets_send_to_the_local_inbox(tmp_path: Path) -> None:
    path = render_alertmanager_config(
        tmp_path / "am",
        secrets_dir=tmp_path / "none",
        local_inbox=INBOX,
        incidents_url="http://127.0.0.1:8000/v1/alerts",  # the exporter, as the native stack passes it
    )
    cfg = yaml.safe_load(path.read_text())
    assert cfg["global"]["smtp_smarthost"] == INBOX["email"] and cfg["global"]["smtp_require_tls"] is False
    assert Path(cfg["global"]["slack_api_url_file"]).read_text() == INBOX["slack"]
    receivers = {r["name"]: r for r in cfg["receivers"]}
    assert receivers["pagerduty"]["pagerduty_configs"][0]["url"] == INBOX["pagerduty"]
    assert receivers["heartbeat"]["webhook_configs"][0]["url"] == INBOX["heartbeat"]
    assert "127.0.0.1:9/" not in path.read_text()  # nothing points at the refusing port any more
    res = subprocess.run(["amtool", "check-config", str(path)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stdout + res.stderr
    with pytest.raises(ValueError, match="local_inbox lacks"):
        render_alertmanager_config(
            tmp_path / "x", secrets_dir=tmp_path / "none", local_inbox={"slack": INBOX["slack"]}
        )


def test_a_configured_secret_keeps_its_real_receiver(tmp_path: Path) -> None:
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "pagerduty_routing_key").write_text("0123")
    cfg = yaml.safe_load(
        render_alertmanager_config(tmp_path / "am", secrets_dir=secrets, local_inbox=INBOX).read_text()
    )
    pd = next(r for r in cfg["receivers"] if r["name"] == "pagerduty")["pagerduty_configs"][0]
    assert pd["url"] == "https://events.pagerduty.com/v2/enqueue"
    assert pd["routing_key_file"] == str(secrets / "pagerduty_routing_key")
