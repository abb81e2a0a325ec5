"""Fixtures shared by the Alertmanager tests: the committed config, the alert rules, the policy table."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from aiwatch.paths import CONFIG_DIR, RULES_DIR
from aiwatch.stack.alertmanager import ALERTMANAGER_YML


@pytest.fixture(scope="session")
def amtool() -> str:
    path = shutil.which("amtool")
    assert path, "amtool not on PATH (Debian package prometheus-alertmanager; `make setup` installs it)"
    return path


@pytest.fixture(scope="session")
def am_config() -> dict:
    return yaml.safe_load(ALERTMANAGER_YML.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def rule_alerts() -> list[dict]:
    """Every alerting rule in rules/*.yml: {name, labels, file}."""
    out = []
    for path in sorted(RULES_DIR.glob("*.yml")):
        for group in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("groups", []):
            for rule in group.get("rules", []):
                if "alert" in rule:
                    out.append({"name": rule["alert"], "labels": rule.get("labels") or {}, "file": path.name})
    assert out, "no alerting rules found in rules/"
    return out


@pytest.fixture(scope="session")
def teams() -> list[str]:
    services = yaml.safe_load((CONFIG_DIR / "services.yaml").read_text(encoding="utf-8"))["services"]
    return sorted({s["team"] for s in services.values()})


@pytest.fixture(scope="session")
def policy() -> dict:
    return yaml.safe_load((Path(__file__).parent / "routes.yaml").read_text(encoding="utf-8"))
