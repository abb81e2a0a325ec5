"""The `otlp:` section of config/exporter.yaml: defaults, values, and errors naming file and key."""

from __future__ import annotations

import shutil

import pytest
import yaml
from aiwatch.config import ConfigError, Otlp, load_config
from aiwatch.paths import CONFIG_DIR


@pytest.fixture
def config_dir(tmp_path):
    d = tmp_path / "config"
    shutil.copytree(CONFIG_DIR, d)
    return d


def with_otlp(d, otlp) -> None:
    path = d / "exporter.yaml"
    doc = yaml.safe_load(path.read_text())
    doc["otlp"] = otlp
    path.write_text(yaml.safe_dump(doc))


def test_committed_config_matches_the_defaults_and_screens_nothing():
    assert load_config(CONFIG_DIR).otlp == Otlp()
    assert Otlp().screen_prompts == () and Otlp().metrics_services == ()


def test_values_are_read(config_dir):
    with_otlp(
        config_dir,
        {"metrics_services": ["billing", "batch-jobs"], "screen_prompts": ["chat"], "max_streams": 50},
    )
    otlp = load_config(config_dir).otlp
    assert (otlp.metrics_services, otlp.screen_prompts, otlp.max_streams) == (
        ("billing", "batch-jobs"),
        ("chat",),
        50,
    )
    with_otlp(config_dir, None)
    assert load_config(config_dir).otlp == Otlp()


@pytest.mark.parametrize(
    ("otlp", "message"),
    [
        ({"screen_prompts": "chat"}, "otlp.screen_prompts: must be a list of service names, got str"),
        ({"metrics_services": ["Not A Label"]}, "otlp.metrics_services[0]: must be a lower-case label value"),
        ({"screen_prompts": ["ok", 3]}, "otlp.screen_prompts[1]: must be a lower-case label value"),
        ({"max_streams": 0}, "otlp.max_streams: must be an integer >= 1"),
        ({"max_items_per_request": 1.5}, "otlp.max_items_per_request: must be an integer >= 1"),
        ({"stream_ttl_seconds": "1h"}, "otlp.stream_ttl_seconds: must be a number >= 1"),
        ({"screen_everything": True}, "otlp.screen_everything: unknown key"),
        (["chat"], "otlp: must be a mapping, got list"),
    ],
)
def test_errors_name_the_file_and_key(config_dir, otlp, message):
    with_otlp(config_dir, otlp)
    with pytest.raises(ConfigError) as err:
        load_config(config_dir)
    assert str(err.value).startswith(str(config_dir / "exporter.yaml"))
    assert message in str(err.value)
