"""A bad config stops start-up with a message naming the file, the key and the problem."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from aiwatch.config import ConfigError, load_config
from aiwatch.health import load_components
from aiwatch.paths import CONFIG_DIR


@pytest.fixture()
def cfg_dir(tmp_path: Path) -> Path:
    d = tmp_path / "config"
    shutil.copytree(CONFIG_DIR, d)
    return d


def test_repo_config_is_valid():
    cfg = load_config(CONFIG_DIR)
    assert cfg.services["orchestrator"].team == "platform"
    assert cfg.budgets["orchestrator"]["month"] > 0
    assert load_components(CONFIG_DIR)


@pytest.mark.parametrize(
    ("file", "text", "needles"),
    [
        (
            "budgets.yaml",
            "services:\n  orchestrator:\n    month: lots\n",
            ["budgets.yaml", "services.orchestrator.month", "must be a number"],
        ),
        (
            "budgets.yaml",
            "services:\n  orchestrator:\n    week: 3\n",
            ["services.orchestrator.week", "one of day, month"],
        ),
        (
            "budgets.yaml",
            "services:\n  ghost:\n    day: 3\n",
            ["services.ghost", "not declared in services.yaml"],
        ),
        (
            "services.yaml",
            "services:\n  orchestrator:\n    models: []\n",
            ["services.orchestrator", "missing 'team'"],
        ),
        ("services.yaml", "services:\n  Bad Name:\n    team: x\n", ["services.Bad Name", "label value"]),
        ("services.yaml", "services: [1, 2\n", ["services.yaml", "not valid YAML"]),
        (
            "pricing.yaml",
            "models:\n  m1:\n    input_per_mtok: 1\n",
            ["pricing.yaml", "models.m1", "output_per_mtok"],
        ),
        (
            "pricing.yaml",
            "models:\n  m1:\n    input_per_mtok: -1\n    output_per_mtok: 1\n",
            ["models.m1.input_per_mtok", ">= 0"],
        ),
        (
            "exporter.yaml",
            "limits:\n  max_batch_events: 0\n",
            ["exporter.yaml", "limits.max_batch_events", ">= 1"],
        ),
        ("exporter.yaml", "limits:\n  max_batchevents: 10\n", ["limits.max_batchevents", "unknown key"]),
    ],
)
def test_bad_config_names_file_key_and_problem(cfg_dir, file, text, needles):
    (cfg_dir / file).write_text(text)
    with pytest.raises(ConfigError) as exc:
        load_config(cfg_dir)
    for needle in needles:
        assert needle in str(exc.value)


def test_missing_required_file(cfg_dir):
    (cfg_dir / "services.yaml").unlink()
    with pytest.raises(ConfigError, match=r"services\.yaml: file not found"):
        load_config(cfg_dir)


def test_health_weights_must_sum_to_one(cfg_dir):
    text = (cfg_dir / "thresholds.yaml").read_text().replace("weight: 0.4", "weight: 0.5")
    (cfg_dir / "thresholds.yaml").write_text(text)
    with pytest.raises(ConfigError, match="weights must sum to 1"):
        load_components(cfg_dir)


def test_serve_refuses_bad_config(cfg_dir):
    (cfg_dir / "budgets.yaml").write_text("services:\n  orchestrator:\n    month: lots\n")
    aiwatch = Path(sys.executable).with_name("aiwatch")
    proc = subprocess.run(
        [str(aiwatch), "serve", "--config-dir", str(cfg_dir), "--port", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "budgets.yaml: services.orchestrator.month" in proc.stderr


def test_check_config_cli(cfg_dir):
    aiwatch = Path(sys.executable).with_name("aiwatch")
    ok = subprocess.run(
        [str(aiwatch), "check-config", "--config-dir", str(cfg_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ok.returncode == 0 and "is valid" in ok.stdout
    (cfg_dir / "services.yaml").write_text("services: 3\n")
    bad = subprocess.run(
        [str(aiwatch), "check-config", "--config-dir", str(cfg_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "services.yaml: services: must be a mapping" in bad.stderr
