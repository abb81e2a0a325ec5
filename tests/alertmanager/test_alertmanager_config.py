"""The committed Alertmanager config: valid, secret-free, and rendered faithfully by aiwatch.stack.alertmanager."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from aiwatch.paths import ALERTMANAGER_DIR as AM_DIR
from aiwatch.paths import REPO
from aiwatch.stack import alertmanager
from aiwatch.stack.alertmanager import ALERTMANAGER_YML as AM_YML
from support.secrets import find_secrets


def repo_files() -> list[Path]:
    """Tracked files plus untracked ones git would add (so a secret is caught before the commit)."""
    out = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
        timeout=30,
    ).stdout.decode()
    return [REPO / p for p in out.split("\0") if p and (REPO / p).is_file()]


def test_amtool_check_config_passes_without_secrets(amtool, tmp_path):
    """The committed file as is, and a copy with no secrets/ directory beside it at all."""
    copy = tmp_path / "alertmanager"
    shutil.copytree(AM_DIR, copy, ignore=shutil.ignore_patterns("secrets"))
    assert not (copy / "secrets").exists()
    for path in (AM_YML, copy / "alertmanager.yml"):
        proc = subprocess.run(
            [amtool, "check-config", str(path)], capture_output=True, text=True, timeout=30, check=False
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "SUCCESS" in proc.stdout


def test_no_secret_is_committed():
    files = repo_files()
    assert AM_YML in files
    hits = {}
    for path in files:
        data = path.read_bytes()
        if b"\0" in data[:4096]:
            continue  # binary
        found = find_secrets(data.decode("utf-8", errors="replace"), path.suffix)
        if found:
            hits[str(path.relative_to(REPO))] = found
    assert hits == {}


@pytest.mark.parametrize(
    "text",
    [
        "api: https://hooks.slack.com/services/" + "T0123ABCD/B0123ABCD/" + "abcdEFGHijklMNOPqrstUVWX",
        "routing_key: " + "0123456789abcdef" * 2,
        "PAGERDUTY_INTEGRATION_KEY=" + "fedcba9876543210" * 2,
        "global:\n  smtp_auth_password: " + "hunter2",
        "    auth_password: 'x'",
        "  slack_api_url: https://example.com/x",
    ],
)
def test_secret_detector_flags(text):
    assert find_secrets(text)


@pytest.mark.parametrize(
    "text",
    [
        "  smtp_auth_password_file: /etc/alertmanager/secrets/smtp_password",
        "  routing_key_file: /etc/alertmanager/secrets/pagerduty_routing_key",
        "https://hooks.slack.com/services/REPLACE/WITH/YOUR-WEBHOOK-PATH",
        "dedup_key: " + "0123456789abcdef" * 4,
    ],
)
def test_secret_detector_allows(text):
    assert find_secrets(text) == []


def test_real_secret_files_are_git_ignored():
    real = [f"alertmanager/secrets/{s.name}" for s in alertmanager.SECRETS]
    proc = subprocess.run(
        ["git", "check-ignore", "--no-index", *real],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert sorted(proc.stdout.split()) == sorted(real)
    for s in alertmanager.SECRETS:
        example = AM_DIR / "secrets" / f"{s.name}.example"
        assert example.is_file(), f"missing {example}"
        ex = subprocess.run(
            ["git", "check-ignore", "--no-index", str(example)],
            cwd=REPO,
            capture_output=True,
            timeout=30,
            check=False,
        )
        assert ex.returncode == 1, f"{example} must be committed, not ignored"


def test_config_reads_every_secret_from_a_file(am_config):
    refs = sorted({name for _, _, name in alertmanager.file_fields(am_config)})
    assert refs == sorted(s.name for s in alertmanager.SECRETS)
    for holder, key, _ in alertmanager.file_fields(am_config):
        assert holder[key].startswith("/etc/alertmanager/secrets/")


def test_grouping_and_15_minute_cooldown(am_config):
    route = am_config["route"]
    assert route["group_by"] == ["alertname", "service", "model"]
    assert route["group_interval"] == "15m"
    for child in route["routes"]:
        assert child["receiver"] == "heartbeat" or child.get("group_interval", "15m") == "15m"
    assert any(r.get("continue") for r in route["routes"] if 'severity="critical"' in r.get("matchers", []))


def test_pagerduty_severity_passed_through(am_config):
    pd = next(r for r in am_config["receivers"] if r["name"] == "pagerduty")["pagerduty_configs"][0]
    assert "pagerduty.aiwatch.severity" in pd["severity"]
    assert pd["send_resolved"] is True


# ---------------------------------------------------------------------------- the renderer


def render(tmp_path: Path, **kw) -> tuple[Path, dict]:
    path = alertmanager.render_alertmanager_config(tmp_path / "out", **kw)
    return path, yaml.safe_load(path.read_text(encoding="utf-8"))


def test_render_without_secrets_starts_safely(tmp_path, amtool, am_config):
    path, cfg = render(tmp_path, secrets_dir=tmp_path / "no-secrets")
    proc = subprocess.run(
        [amtool, "check-config", str(path)], capture_output=True, text=True, timeout=30, check=False
    )
    assert proc.returncode == 0, proc.stdout
    for holder, key, name in alertmanager.file_fields(cfg):
        assert Path(holder[key]) == tmp_path / "out" / "secrets" / name
        assert Path(holder[key]).read_text() != ""
    # nothing leaves the machine with a placeholder credential
    pd = next(r for r in cfg["receivers"] if r["name"] == "pagerduty")["pagerduty_configs"][0]
    assert pd["url"].startswith("http://127.0.0.1:9/")
    hb = next(r for r in cfg["receivers"] if r["name"] == "heartbeat")["webhook_configs"][0]
    assert hb["url"].startswith("http://127.0.0.1:9/")
    assert cfg["global"]["smtp_smarthost"] == "127.0.0.1:9"
    assert (tmp_path / "out" / "secrets" / "slack_webhook_url").read_text().startswith("http://127.0.0.1:9/")
    # routing untouched
    assert cfg["route"] == am_config["route"]
    assert cfg["inhibit_rules"] == am_config["inhibit_rules"]
    assert [r["name"] for r in cfg["receivers"]] == [r["name"] for r in am_config["receivers"]]
    assert all(Path(t).is_absolute() for t in cfg["templates"])


def test_render_with_secrets_and_endpoints(tmp_path, am_config):
    sec = tmp_path / "secrets"
    sec.mkdir()
    for s in alertmanager.SECRETS:
        (sec / s.name).write_text("value")
    _, cfg = render(
        tmp_path,
        secrets_dir=sec,
        pagerduty_url="http://127.0.0.1:1/pd",
        smtp_smarthost="127.0.0.1:2",
        smtp_require_tls=False,
        heartbeat_url="http://127.0.0.1:3/hb",
        timing={"group_wait": "1s", "group_interval": "2s"},
        always_active=True,
    )
    for holder, key, name in alertmanager.file_fields(cfg):
        assert holder[key] == str(sec / name)
    assert not (tmp_path / "out" / "secrets").exists()
    assert cfg["global"]["smtp_smarthost"] == "127.0.0.1:2"
    assert cfg["global"]["smtp_require_tls"] is False
    pd = next(r for r in cfg["receivers"] if r["name"] == "pagerduty")["pagerduty_configs"][0]
    assert pd["url"] == "http://127.0.0.1:1/pd"
    assert cfg["route"]["group_wait"] == "1s" and cfg["route"]["group_interval"] == "2s"
    assert cfg["route"]["repeat_interval"] == am_config["route"]["repeat_interval"]
    assert cfg["time_intervals"][0]["time_intervals"] == [{"weekdays": ["sunday:saturday"]}]
    # timing aside, the tree is the committed one
    strip = lambda r: {k: v for k, v in r.items() if k not in (*alertmanager.TIMING_KEYS, "routes")}  # noqa: E731
    assert [strip(r) for r in alertmanager._routes(cfg["route"])] == [
        strip(r) for r in alertmanager._routes(am_config["route"])
    ]


def test_render_slack_url_goes_to_a_file_not_inline(tmp_path):
    _, cfg = render(tmp_path, secrets_dir=tmp_path, slack_api_url="http://127.0.0.1:4/slack")
    path = Path(cfg["global"]["slack_api_url_file"])
    assert path.read_text() == "http://127.0.0.1:4/slack"
    assert "127.0.0.1:4" not in (tmp_path / "out" / "alertmanager.yml").read_text()


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"pagerduty_url": "ftp://x"}, "pagerduty_url must be an http"),
        ({"heartbeat_url": "127.0.0.1:9"}, "heartbeat_url must be an http"),
        ({"smtp_smarthost": "localhost"}, "smtp_smarthost must be host:port"),
        ({"smtp_smarthost": "localhost:99999"}, "smtp_smarthost must be host:port"),
        ({"timing": {"group_wiat": "1s"}}, "unknown timing key"),
        ({"timing": {"group_wait": "soon"}}, "must be a duration"),
    ],
)
def test_render_rejects_bad_overrides(tmp_path, kw, message):
    with pytest.raises(ValueError, match=message):
        alertmanager.render_alertmanager_config(tmp_path, **kw)


def test_cli_renders_and_reports_errors(tmp_path, capsys):
    assert alertmanager.main(["--out", str(tmp_path / "o"), "--secrets-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "o" / "alertmanager.yml")
    assert alertmanager.main(["--out", str(tmp_path / "o"), "--smtp-smarthost", "nope"]) == 2
    assert "smtp_smarthost must be host:port" in capsys.readouterr().err
