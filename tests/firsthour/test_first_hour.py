"""The first hour, end to end: `make up`, `make demo SCENARIO=error-burst`, the inbox in a real browser.

A native stack (fast profile, free loopback ports, no receiver secrets) is started the way
`make up` does. Every alert's runbook and dashboard link answers. The error-burst demo fires
its two alerts and nothing else; their Slack and PagerDuty notifications reach the local inbox
(not a refusing port: no notification fails), and headless Chromium (Debian's, driven through
its chromedriver by selenium) shows them on the inbox page and follows their runbook links.
Then the profile of the running stack changes and `make up` restarts exactly what it affects,
and `make status` on the stopped stack says so without a make error. About 90 s.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from aiwatch.paths import REPO
from aiwatch.stack.processes import free_ports, wait_for

pytestmark = pytest.mark.e2e
EXPECTED = {"AIErrorRateHigh", "AIAvailabilitySLOBurnRate"}
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


class Stack:
    def __init__(self, tmp: Path) -> None:
        secrets = tmp / "no-secrets"
        secrets.mkdir()
        self.run_dir = tmp / "run"
        self.env = {
            **os.environ,
            "AIWATCH_STACK_MODE": "native",
            "AIWATCH_PROFILE": "fast",
            "AIWATCH_ALERTMANAGER_SECRETS_DIR": str(secrets),
            "AIWATCH_READY_TIMEOUT": "60",
            "AIWATCH_WORKERS": "2",
        }
        for var in ("AIWATCH_CONFIG_DIR", "AIWATCH_RUNBOOKS_URL", "AIWATCH_DASHBOARDS_URL"):
            self.env.pop(var, None)
        names = ("AIWATCH_PORT", "PROMETHEUS_PORT", "ALERTMANAGER_PORT", "GRAFANA_PORT", "INBOX_PORT")
        names += ("INBOX_SMTP_PORT", "AIWATCH_EXAMPLE_PORT")
        ports = {var: str(p) for var, p in zip(names, free_ports(len(names)), strict=True)}
        self.env.update(ports)
        self.exporter = f"http://127.0.0.1:{ports['AIWATCH_PORT']}"
        self.prometheus = f"http://127.0.0.1:{ports['PROMETHEUS_PORT']}"
        self.alertmanager = f"http://127.0.0.1:{ports['ALERTMANAGER_PORT']}"
        self.inbox = f"http://127.0.0.1:{ports['INBOX_PORT']}"

    def run(
        self, *argv: str, env: dict[str, str] | None = None, timeout: float = 150
    ) -> subprocess.CompletedProcess:
        return subprocess.run(
            list(argv),
            capture_output=True,
            text=True,
            env={**self.env, **(env or {})},
            cwd=REPO,
            timeout=timeout,
        )

    def stack(self, cmd: str, **env: str) -> subprocess.CompletedProcess:
        return self.run(sys.executable, "-m", "aiwatch.stack", cmd, "--run-dir", str(self.run_dir), env=env)

    def query(self, expr: str) -> list[dict]:
        return requests.get(f"{self.prometheus}/api/v1/query", params={"query": expr}, timeout=10).json()[
            "data"
        ]["result"]

    def firing(self) -> set[str]:
        alerts = requests.get(f"{self.prometheus}/api/v1/alerts", timeout=10).json()["data"]["alerts"]
        return {a["labels"]["alertname"] for a in alerts if a["state"] == "firing"} - {"Watchdog"}


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    s = Stack(tmp_path_factory.mktemp("firsthour"))
    res = s.stack("up")
    assert res.returncode == 0, res.stdout + res.stderr
    s.up_output = res.stdout  # type: ignore[attr-defined]
    try:
        yield s
    finally:
        s.stack("down")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    chromium, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    assert chromium and driver_path, (
        "install chromium and chromium-driver (scripts/bootstrap.sh does, as root)"
    )
    os.environ["SE_OFFLINE"] = "true"  # selenium must never try to download a browser or driver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="aiwatch-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_up_starts_the_inbox_and_every_alert_link_answers(stack: Stack) -> None:
    out = stack.up_output  # type: ignore[attr-defined]
    assert f"{stack.inbox}/" in out and f"{stack.exporter}/runbooks/" in out
    assert "send to the local inbox" in out
    assert requests.get(stack.exporter + "/", timeout=10).status_code == 200
    groups = requests.get(f"{stack.prometheus}/api/v1/rules", timeout=10).json()["data"]["groups"]
    alerts = [r for g in groups for r in g["rules"] if r["type"] == "alerting"]
    assert len(alerts) > 15
    checked = set()
    for rule in alerts:
        for key in ("runbook_url", "dashboard_url"):
            url = rule["annotations"].get(key)
            if url and url not in checked:
                assert url.startswith(stack.exporter), url  # the stack's own pages, not a placeholder
                assert requests.get(url, timeout=10).status_code == 200, url
                checked.add(url)
    assert any("/runbooks/" in u for u in checked) and any("/d/" in u for u in checked)
    # the example service's target is scraped (down while it does not run) and nothing fires for it
    wait_for(lambda: stack.query('up{job="examples"}'), 30, what="the examples target")
    assert stack.query('up{job="examples"}')[0]["value"][1] == "0"


def test_error_burst_reaches_the_inbox_and_nothing_else_fires(stack: Stack, browser) -> None:
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By

    demo = stack.run(
        "make",
        "--no-print-directory",
        "demo",
        "SCENARIO=error-burst",
        f"TARGET={stack.exporter}",
        "DURATION=40",
        env={"MAKEFLAGS": ""},
    )
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert "expect: AIErrorRateHigh" in demo.stdout and "AIAvailabilitySLOBurnRate" in demo.stdout
    assert f"notification inbox  {stack.inbox}/" in demo.stdout and "stack profile: fast" in demo.stdout
    wait_for(lambda: stack.firing() >= EXPECTED, 60, interval=1, what=f"{EXPECTED} firing")

    def notifications() -> list[dict]:
        return requests.get(stack.inbox + "/api/notifications?limit=1000", timeout=10).json()["notifications"]

    def arrived() -> bool:
        got = notifications()
        page = any(
            n["kind"] == "pagerduty" and n["view"].get("class") == "AIAvailabilitySLOBurnRate" for n in got
        )
        slack = any(n["kind"] == "slack" and "AIErrorRateHigh" in n["view"]["title"] for n in got)
        return page and slack

    wait_for(arrived, 60, interval=1, what="the page and the Slack message in the inbox")
    assert stack.firing() == EXPECTED  # error-burst tells one story
    failed = stack.query("sum(alertmanager_notifications_failed_total)")
    assert failed and float(failed[0]["value"][1]) == 0
    assert all(n["http_status"] < 300 for n in notifications())

    def on_page() -> dict:
        browser.get(stack.inbox + "/")
        try:
            cards = browser.find_elements(By.CSS_SELECTOR, "article.notification")
            out: dict[str, str] = {}
            for card in cards:
                text = card.text
                runbook = [a.get_attribute("href") for a in card.find_elements(By.LINK_TEXT, "Runbook")]
                if (
                    "pagerduty" in card.get_attribute("class")
                    and "AIAvailabilitySLOBurnRate" in text
                    and runbook
                ):
                    out.setdefault("pagerduty", runbook[0])
                if "slack" in card.get_attribute("class") and "AIErrorRateHigh" in text and runbook:
                    out.setdefault("slack", runbook[0])
            return out if len(out) == 2 else {}
        except StaleElementReferenceException:  # the page reloaded itself for a newer notification
            return {}

    runbooks = wait_for(on_page, 30, interval=1, what="both notifications on the inbox page")
    assert browser.title == "aiwatch inbox"
    for kind, alert in (("slack", "AIErrorRateHigh"), ("pagerduty", "AIAvailabilitySLOBurnRate")):
        assert runbooks[kind] == f"{stack.exporter}/runbooks/{alert}.md", kind
        browser.get(runbooks[kind])
        assert browser.find_element(By.TAG_NAME, "h1").text == alert
        assert "Mitigation" in browser.page_source


def test_profile_change_restarts_what_it_affects_then_status_and_down(stack: Stack) -> None:
    res = stack.stack("up", AIWATCH_PROFILE="default")
    assert res.returncode == 0, res.stdout + res.stderr
    out = res.stdout
    assert "profile changes from fast to default" in out
    for comp in ("prometheus", "alertmanager"):
        assert f"{comp:<12} configuration changed: restarting" in out, out
    for comp in ("inbox", "exporter"):
        assert f"{comp:<12} already running" in out, out
    config = requests.get(f"{stack.prometheus}/api/v1/status/config", timeout=10).json()["data"]["yaml"]
    assert "scrape_interval: 15s" in config and "rules-default" in config
    again = stack.stack("up", AIWATCH_PROFILE="default")
    assert again.returncode == 0 and again.stdout.count("already running") == 4, again.stdout
    assert stack.stack("status").returncode == 0
    assert stack.stack("down").returncode == 0
    stopped = stack.stack("status")
    assert stopped.returncode == 3 and "stopped" in stopped.stdout
    make = stack.run(
        "make", "--no-print-directory", "status", f"RUN_DIR={stack.run_dir}", env={"MAKEFLAGS": ""}
    )
    assert make.returncode == 0 and "stopped" in make.stdout
    assert "Error" not in make.stdout + make.stderr
