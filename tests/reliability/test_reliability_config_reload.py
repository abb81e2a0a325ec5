"""A config file broken on reload: the running exporter keeps its last good config and reports the error."""

from __future__ import annotations

import shutil
import signal
import time
from pathlib import Path

import pytest
import requests
from aiwatch.paths import CONFIG_DIR as REPO_CONFIG
from aiwatch.reload import CHECK_INTERVAL_SECONDS
from aiwatch.stack.local import event, post_events, start_exporter
from aiwatch.stack.processes import wait_for
from prometheus_client.parser import text_string_to_metric_families

pytestmark = pytest.mark.e2e  # conftest: started first


def sample(url: str, name: str, **labels: str) -> float | None:
    text = requests.get(url + "/metrics", timeout=10).text
    for fam in text_string_to_metric_families(text):
        for s in fam.samples:
            if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()):
                return s.value
    return None


def settle() -> None:
    """Wait until every worker's next request re-checks config/: a worker that checked just before
    an edit answers from its old view until its interval has passed, and requests on a quiet
    server may all land on one worker."""
    time.sleep(CHECK_INTERVAL_SECONDS + 0.5)


def test_broken_reload_keeps_last_good_config(tmp_path: Path):
    cfg = tmp_path / "config"
    shutil.copytree(REPO_CONFIG, cfg)
    ex = start_exporter(tmp_path, workers=2, config_dir=cfg)
    try:
        assert sample(ex.url, "aiwatch_config_last_reload_successful") == 1
        assert sample(ex.url, "ai_budget_usd", service="orchestrator", period="month") == 1000

        # a good edit is picked up without a restart
        text = (cfg / "budgets.yaml").read_text().replace("month: 1000", "month: 1200")
        (cfg / "budgets.yaml").write_text(text)
        settle()

        def reloaded() -> bool:
            requests.get(ex.url + "/healthz", timeout=5)
            return sample(ex.url, "ai_budget_usd", service="orchestrator", period="month") == 1200

        wait_for(reloaded, 20, what="the good edit to be loaded")

        # a broken edit: reported, and the last good config stays in force
        (cfg / "budgets.yaml").write_text("services:\n  orchestrator:\n    month: lots\n")
        settle()

        def reported() -> bool:  # every worker (each polls on its own) reports it
            return all(
                "reload failed" in requests.get(ex.url + "/readyz", timeout=5).json()["checks"]["config"]
                for _ in range(6)
            )

        wait_for(reported, 20, what="/readyz to report the failed reload")
        r = requests.get(ex.url + "/readyz", timeout=5)
        assert r.status_code == 200
        assert "budgets.yaml: services.orchestrator.month" in r.json()["checks"]["config"]
        wait_for(lambda: sample(ex.url, "aiwatch_config_last_reload_successful") == 0, 10, what="gauge 0")
        assert sample(ex.url, "ai_budget_usd", service="orchestrator", period="month") == 1200
        assert post_events(ex.url, [event()] * 5).status_code == 202
        assert "config reload failed" in ex.log()

        # SIGHUP re-spawns every worker: they boot from the last good snapshot
        ex.signal(signal.SIGHUP)
        wait_for(lambda: "Hang up" in ex.log() or "Handling signal: hup" in ex.log(), 10, what="HUP")
        # The new workers inherit the safety matchers the master built (gunicorn_conf.on_starting):
        # ~2 s here. Until round 15 each built its own (30 s on a loaded host); 60 s bounds the wait.
        wait_for(lambda: requests.get(ex.url + "/healthz", timeout=5).ok, 60, what="workers after HUP")
        assert post_events(ex.url, [event()] * 5).status_code == 202
        assert ex.alive()

        # fixing the file restores a clean state
        shutil.copyfile(REPO_CONFIG / "budgets.yaml", cfg / "budgets.yaml")
        settle()

        def recovered() -> bool:
            return all(
                requests.get(ex.url + "/readyz", timeout=5).json()["checks"]["config"] == "ok"
                for _ in range(6)
            )

        wait_for(recovered, 20, what="recovery after the fix")
        assert sample(ex.url, "ai_budget_usd", service="orchestrator", period="month") == 1000
    finally:
        ex.stop()
