"""The doctor's parts without a stack: receiver verdicts, its settings, targets, the report and exit codes."""

from __future__ import annotations

import json

import pytest
import yaml
from aiwatch.config import ConfigError
from aiwatch.doctor import EXIT_CODES, Result, exit_code, render_json, render_table
from aiwatch.doctor.receivers import host_problem, judge
from aiwatch.doctor.settings import Targets, load_doctor_settings, resolve_targets
from aiwatch.paths import CONFIG_DIR
from aiwatch.stack.alertmanager import ALERTMANAGER_YML, render_alertmanager_config

NONE: frozenset[str] = frozenset()


def receivers_of(path) -> tuple[dict, dict]:
    cfg = yaml.safe_load(path.read_text())
    return {r["name"]: r for r in cfg["receivers"]}, cfg.get("global") or {}


def test_the_committed_config_is_not_production_ready_as_shipped():
    """alertmanager.yml ships example endpoints (example.com, .invalid): the doctor says so."""
    receivers, glob = receivers_of(ALERTMANAGER_YML)
    email = judge("email", receivers["email"], glob, NONE)
    assert any("smtp.example.com" in p for p in email[0].problems)
    heartbeat = judge("heartbeat", receivers["heartbeat"], glob, NONE)[0]
    assert any("heartbeat.example.invalid is a reserved example/test name" in p for p in heartbeat.problems)
    pd = judge("pagerduty", receivers["pagerduty"], glob, NONE)[0]
    assert pd.problems == () or all("secret" in p for p in pd.problems)  # events.pagerduty.com is real


def test_native_stack_without_secrets_is_all_stand_ins(tmp_path):
    path = render_alertmanager_config(tmp_path / "am", secrets_dir=tmp_path / "none")
    receivers, glob = receivers_of(path)
    for name in ("pagerduty", "slack-platform", "email", "heartbeat"):
        [v] = judge(name, receivers[name], glob, NONE)
        assert not v.real, name
        assert any("placeholder" in p or "loopback" in p for p in v.problems), (name, v.problems)


def test_real_looking_receivers_pass_and_trust_is_explicit(tmp_path):
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "slack_webhook_url").write_text("https://hooks.slack.com/services/T000/B000/XXXX")
    (secrets / "pagerduty_routing_key").write_text("0123456789abcdef" * 2)
    (secrets / "smtp_password").write_text("s3cret")
    (secrets / "heartbeat_token").write_text("tok")
    path = render_alertmanager_config(
        tmp_path / "am",
        secrets_dir=secrets,
        smtp_smarthost="smtp.mailgun.org:587",
        heartbeat_url="https://hc-ping.com/uuid",
    )
    receivers, glob = receivers_of(path)
    assert judge("slack-platform", receivers["slack-platform"], glob, NONE)[0].real
    assert judge("pagerduty", receivers["pagerduty"], glob, NONE)[0].real
    assert judge("heartbeat", receivers["heartbeat"], glob, NONE)[0].real
    email = judge("email", receivers["email"], glob, NONE)[0]
    assert email.problems == ("recipient ai-platform-info@example.com is in a reserved example domain",)
    assert judge("email", receivers["email"], glob, frozenset({"example.com"}))[0].real
    (secrets / "pagerduty_routing_key").write_text("REPLACE-WITH-THE-PAGERDUTY-KEY")
    pd = judge("pagerduty", receivers["pagerduty"], glob, NONE)[0]
    assert pd.problems == (
        f"secret file {secrets / 'pagerduty_routing_key'} holds a placeholder, not a credential",
    )
    (secrets / "pagerduty_routing_key").unlink()
    assert "does not exist" in judge("pagerduty", receivers["pagerduty"], glob, NONE)[0].problems[0]


def test_unreadable_secrets_are_unverified_not_failed():
    rcv = {"pagerduty_configs": [{"routing_key_file": "/etc/alertmanager/secrets/pagerduty_routing_key"}]}
    [v] = judge("pd", rcv, {}, NONE)
    assert v.real and v.unverified  # Alertmanager runs elsewhere (Compose): cannot be read from here


@pytest.mark.parametrize(
    ("host", "port", "trusted", "stand_in"),
    [
        ("127.0.0.1", 25, NONE, True),
        ("::1", None, NONE, True),
        ("localhost", None, NONE, True),
        ("alerts.example.com", None, NONE, True),
        ("relay.test", None, NONE, True),
        ("events.pagerduty.com", None, NONE, False),
        ("127.0.0.1", 2525, frozenset({"127.0.0.1:2525"}), False),
        ("127.0.0.1", 2526, frozenset({"127.0.0.1:2525"}), True),
        ("mailrelay.internal", None, NONE, False),
    ],
)
def test_host_problem(host, port, trusted, stand_in):
    assert (host_problem(host, port, trusted) is not None) is stand_in


def test_doctor_settings(tmp_path):
    assert load_doctor_settings(tmp_path).telemetry_window == "1h"  # no file: defaults
    assert load_doctor_settings(CONFIG_DIR).trusted_receivers == ()
    for text, message in (
        ("telemetry_window: soon\n", "telemetry_window: 'soon' is not a duration"),
        ("trusted_receivers: 127.0.0.1\n", "trusted_receivers: must be a list"),
        ("windw: 1h\n", "windw: unknown key"),
    ):
        (tmp_path / "doctor.yaml").write_text(text)
        with pytest.raises(ConfigError, match=message) as info:
            load_doctor_settings(tmp_path)
        assert str(info.value).startswith(str(tmp_path / "doctor.yaml"))


def test_targets_come_from_the_state_of_make_up(tmp_path, monkeypatch):
    monkeypatch.delenv("GRAFANA_URL", raising=False)
    (tmp_path / "stack.json").write_text(
        json.dumps({"mode": "native", "bind": "0.0.0.0", "ports": {"exporter": 18000, "prometheus": 19090}})
    )
    t = resolve_targets(tmp_path)
    assert (t.exporter, t.prometheus, t.alertmanager, t.grafana) == (
        "http://127.0.0.1:18000",
        "http://127.0.0.1:19090",
        "http://127.0.0.1:9093",
        None,
    )
    t = resolve_targets(tmp_path, exporter="http://x:1/", grafana="http://g:3000")
    assert t.exporter == "http://x:1" and t.grafana == "http://g:3000"


def test_report_and_exit_codes():
    results = [
        Result("pass", "all good", id="a", title="item a"),
        Result("warn", "not checked", "do this", ("not checked",), id="b", title="item b"),
        Result("fail", "2 problems: x, …", "fix it", ("x", "y"), id="c", title="item c"),
    ]
    targets = Targets("http://e", "http://p", "http://a")
    assert (
        exit_code(results) == 1 and exit_code(results[:2]) == 0 and exit_code(results[:2], strict=True) == 1
    )
    table = render_table(results, targets)
    assert "PASS  item a: all good" in table and "FAIL  item c: 2 problems: x, …" in table
    assert "      - y" in table and "      fix: fix it" in table and "1 pass, 1 warn, 1 fail" in table
    doc = json.loads(render_json(results, targets, 1))
    assert doc["ok"] is False and doc["summary"] == {"pass": 1, "warn": 1, "fail": 1}
    assert [c["status"] for c in doc["checks"]] == ["pass", "warn", "fail"] and doc["checks"][0]["fix"] == ""
    assert set(EXIT_CODES) == {0, 1, 2}
