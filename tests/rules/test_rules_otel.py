"""The optional OTel-metrics group (rules/optional/ai-otel-metrics.rules.yml) and its pricing rules.

The promtool tests in otel-metrics.test.yml (run by test_rules_promtool.py) show OTel series feeding
the ai:* records and alerts; these check what promtool cannot: that the PromQL error-type mapping is
the one OTLP ingest uses, that every bucket bound the standard rules read exists in the copies, that
the group is opt-in, that its configuration is validated, and that the cost rules price tokens.
"""

from __future__ import annotations

import glob
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from aiwatch.catalog import ERROR_TYPES
from aiwatch.config import ConfigError
from aiwatch.error_types import ERROR_TYPE_OF_CLASS, ERROR_TYPE_OF_CODE, error_type_from_name
from aiwatch.mixin import cli, otel
from aiwatch.mixin.catalogue import build
from aiwatch.mixin.thresholds import load_thresholds
from aiwatch.paths import CONFIG_DIR, REPO, RULES_DIR
from aiwatch.stack.prometheus import render_prometheus_config

HERE = Path(__file__).parent
OPTIONAL = RULES_DIR / otel.FILE
TIMEOUT = 120


def promtool(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    path = shutil.which("promtool")
    assert path, "promtool not found: install the Debian package prometheus (make setup)"
    return subprocess.run(
        [path, *args], capture_output=True, text=True, timeout=TIMEOUT, check=False, cwd=cwd
    )


# --------------------------------------------------------------------------- error types


def classify(value: str) -> str | None:
    """What the chain of label_replace calls leaves in error_type (None: the value is empty)."""
    found = None
    for error_type, regex in otel.error_type_levels():
        if re.fullmatch(regex, value):
            found = error_type
    return found


def error_names() -> list[str]:
    words = ["timeout", "rate_limit", *ERROR_TYPE_OF_CODE]
    names = [*ERROR_TYPE_OF_CLASS, *words, *(w.upper() for w in words)]
    names += ["ReadTimeout", "ConnectTimeout", "TimedOut", "_OTHER", "APIConnectionError", "ValueError"]
    names += ["ratelimiterror", "rate_limit.x", "Timeout", "x.rate_limit", "BadRequest"]
    out = []
    for name in names:
        for prefix in ("", "openai.", "anthropic._exceptions."):
            for form in ("{}", "<class '{}'>", "  {} ", "<class '{}'", "{}'>"):
                out.append(form.format(prefix + name))
    statuses = [str(i) for i in range(0, 1100)] + ["0429", "00503", "4290", "<class '429'>", " 503 ", "42 9"]
    return out + statuses


def test_error_type_mapping_matches_otlp_ingest() -> None:
    """The PromQL mapping gives every error.type value the error_type OTLP ingest gives it."""
    values = error_names()
    wrong = [
        (v, classify(v), error_type_from_name(v)) for v in values if classify(v) != error_type_from_name(v)
    ]
    assert not wrong, wrong[:10]
    assert {error_type_from_name(v) for v in values} == set(ERROR_TYPES)  # every outcome is exercised


def test_error_type_levels_cover_every_error_type() -> None:
    assert set(otel.LEVEL_ORDER) | {"other"} == set(ERROR_TYPES)
    assert classify("") is None  # error_type="" is a successful call: not in ai_errors_total


# --------------------------------------------------------------------------- the group


def test_every_threshold_bound_the_rules_read_exists_in_the_copies() -> None:
    """Each le the standard rules select on the latency and TTFT histograms is an OTel bound or a
    stand-in of the group, so no alert or SLO reads an empty bucket."""
    cat = build()
    group = next(g for g in cat.groups if g.name == otel.GROUP)
    bounds = set(cat.thresholds.otel_metrics.duration_buckets)
    le_of = re.compile(
        r'(ai[:_](?:request_duration|time_to_first_token)_seconds_bucket[\w:]*)\{le=~?"([^"]+)"\}'
    )
    read = 0
    for path in sorted(RULES_DIR.glob("*.yml")):
        for metric, forms in le_of.findall(path.read_text(encoding="utf-8")):
            histogram = (
                "ai_request_duration_seconds"
                if "request_duration" in metric
                else "ai_time_to_first_token_seconds"
            )
            bound = float(forms.split("|")[0])
            copy = next(r for r in group.rules if r.record == f"{histogram}_bucket")
            assert bound in bounds or f'"le", "{bound:g}", "", ""' in copy.expr, (path.name, metric, bound)
            read += 1
    assert read >= 5


def test_stand_in_reads_the_next_bound_up() -> None:
    t = build().thresholds
    assert otel.stand_ins(t, "ai_request_duration_seconds") == {2.0: 2.56, 5.0: 5.12}
    assert otel.stand_ins(t, "ai_time_to_first_token_seconds") == {1.0: 1.28}


def test_group_is_opt_in(tmp_path: Path) -> None:
    """Rendered into rules/optional/, which neither the shipped nor the rendered prometheus.yml loads."""
    assert OPTIONAL.is_file()
    for path in RULES_DIR.glob("*.yml"):
        names = [g["name"] for g in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]]
        assert otel.GROUP not in names, path
    prom_dir = REPO / "prometheus"
    shipped = yaml.safe_load((prom_dir / "prometheus.yml").read_text(encoding="utf-8"))["rule_files"]
    rendered = yaml.safe_load(render_prometheus_config(tmp_path, {}).read_text(encoding="utf-8"))[
        "rule_files"
    ]
    loaded = {
        Path(f).resolve() for pattern in [*shipped, *rendered] for f in glob.glob(str(prom_dir / pattern))
    }
    assert loaded and OPTIONAL.resolve() not in loaded
    assert (RULES_DIR / "ai-recording.rules.yml").resolve() in loaded


def test_optional_rules_are_promtool_clean() -> None:
    r = promtool("check", "rules", str(OPTIONAL))
    assert r.returncode == 0 and "SUCCESS: 9 rules found" in r.stdout, r.stdout + r.stderr
    assert "WARNING" not in r.stdout + r.stderr


def test_every_copy_has_a_promql_expr_test() -> None:
    tests = yaml.safe_load((HERE / "otel-metrics.test.yml").read_text(encoding="utf-8"))
    assert tests["rule_files"][0].endswith(otel.FILE)
    assert tests["group_eval_order"][0] == otel.GROUP
    exprs = [c["expr"] for t in tests["tests"] for c in t.get("promql_expr_test", [])]
    group = next(g for g in build().groups if g.name == otel.GROUP)
    for record in (r.record for r in group.rules):
        token = re.compile(rf"(?<![\w:]){re.escape(record)}(?![\w:])")
        assert any(token.search(e) for e in exprs), f"no promql_expr_test queries {record} directly"


def _thresholds(tmp_path: Path, old: str, new: str) -> Path:
    text = (CONFIG_DIR / "thresholds.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "thresholds.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_translation_without_suffixes_reads_the_unsuffixed_names(tmp_path: Path) -> None:
    path = _thresholds(
        tmp_path,
        "translation_strategy: UnderscoreEscapingWithSuffixes",
        "translation_strategy: UnderscoreEscapingWithoutSuffixes",
    )
    group = next(g for g in build(load_thresholds(path)).groups if g.name == otel.GROUP)
    text = "\n".join(r.expr for r in group.rules)
    assert "gen_ai_client_operation_duration_count{" in text and "_seconds" not in text
    assert "gen_ai_client_operation_time_to_first_chunk_bucket{" in text
    assert "gen_ai_client_token_usage_sum{" in text


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "translation_strategy: UnderscoreEscapingWithSuffixes",
            "translation_strategy: NoUTF8EscapingWithSuffixes",
            "otel_metrics.translation_strategy: must be one of UnderscoreEscapingWithSuffixes, "
            "UnderscoreEscapingWithoutSuffixes, got 'NoUTF8EscapingWithSuffixes'",
        ),
        (
            "duration_buckets: [0.01, 0.02,",
            "duration_buckets: [0.02, 0.01,",
            "otel_metrics.duration_buckets: must be a list of increasing positive bucket bounds",
        ),
        (
            "duration_buckets: [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92]",
            "duration_buckets: [0.5, 1, 2, 4]",
            "otel_metrics.duration_buckets: needs a bound >= alerts.latency.p99_critical_seconds (5)",
        ),
        (
            "  translation_strategy: UnderscoreEscapingWithSuffixes\n",
            "",
            "otel_metrics.translation_strategy: missing",
        ),
    ],
)
def test_bad_otel_settings_are_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, message: str
) -> None:
    path = _thresholds(tmp_path, old, new)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_thresholds(path)
    assert (
        cli.main(["rules", "--thresholds", str(path), "--profile", "fast", "--out", str(tmp_path / "out")])
        == 2
    )
    assert message in capsys.readouterr().err


def test_exact_bounds_need_no_stand_in(tmp_path: Path) -> None:
    """A team whose View sets bounds at 1, 2 and 5 s gets exact thresholds: no stand-in bucket."""
    path = _thresholds(
        tmp_path,
        "duration_buckets: [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92]",
        "duration_buckets: [0.5, 1, 2, 5, 10, 30]",
    )
    t = load_thresholds(path)
    assert otel.stand_ins(t, "ai_request_duration_seconds") == {}
    group = next(g for g in build(t).groups if g.name == otel.GROUP)
    assert all('"le", ' not in r.expr for r in group.rules)


# --------------------------------------------------------------------------- pricing


PRICING_TEST = """
rule_files:
  - ai-otel-metrics.rules.yml
  - ai-otel-pricing.rules.yml
  - {rules}/*.yml
group_eval_order: [ai-otel-metrics, ai-otel-pricing, ai-recording, ai-slo-recording, ai-alerts-quality,
                   ai-alerts-cost, ai-alerts-security, ai-alerts-slo, aiwatch-meta]
evaluation_interval: 1m
tests:
  # llama-3-70b-selfhosted (config/pricing.yaml: $0.20 / $0.40 per million input / output tokens):
  # 600,000 input and 300,000 output tokens a minute = 10,000 and 5,000 a second
  # = $0.002 + $0.002 a second, 60 calls a minute. mystery-model has no price: 30 calls a minute.
  - interval: 1m
    input_series:
      - series: 'gen_ai_client_operation_duration_seconds_count{{gen_ai_operation_name="chat",gen_ai_request_model="llama-3-70b-selfhosted",job="orchestrator",instance="i1"}}'
        values: '0+60x20'
      - series: 'gen_ai_client_token_usage_sum{{gen_ai_operation_name="chat",gen_ai_request_model="llama-3-70b-selfhosted",gen_ai_token_type="input",job="orchestrator",instance="i1"}}'
        values: '0+600000x20'
      - series: 'gen_ai_client_token_usage_sum{{gen_ai_operation_name="chat",gen_ai_request_model="llama-3-70b-selfhosted",gen_ai_token_type="output",job="orchestrator",instance="i1"}}'
        values: '0+300000x20'
      - series: 'gen_ai_client_operation_duration_seconds_count{{gen_ai_operation_name="chat",gen_ai_request_model="mystery-model",job="orchestrator",instance="i1"}}'
        values: '0+30x20'
    promql_expr_test:
      - expr: round(ai:price_usd_per_token * 1e9)
        eval_time: 10m
        exp_samples:
          - labels: '{{model="llama-3-70b-selfhosted",token_type="prompt"}}'
            value: 200
          - labels: '{{model="llama-3-70b-selfhosted",token_type="completion"}}'
            value: 400
      - expr: round(sum by (model, token_type) (ai_cost_usd_total) * 1e6)
        eval_time: 10m
        exp_samples:
          - labels: '{{model="llama-3-70b-selfhosted",token_type="prompt"}}'
            value: 1200000
          - labels: '{{model="llama-3-70b-selfhosted",token_type="completion"}}'
            value: 1200000
      - expr: round(ai:cost_usd:rate5m * 1e6)
        eval_time: 10m
        exp_samples:
          - labels: '{{model="llama-3-70b-selfhosted",service="orchestrator",team="unassigned"}}'
            value: 4000
      - expr: round(ai:cost_usd_per_request:ratio_rate5m * 1e6)
        eval_time: 10m
        exp_samples:
          - labels: '{{model="llama-3-70b-selfhosted",service="orchestrator",team="unassigned"}}'
            value: 4000
      - expr: sum by (model) (ai_unpriced_requests_total)
        eval_time: 10m
        exp_samples:
          - labels: '{{model="mystery-model"}}'
            value: 300
      - expr: ai:unpriced_requests:increase15m
        eval_time: 20m
        exp_samples:
          - labels: 'ai:unpriced_requests:increase15m{{model="mystery-model",service="orchestrator",team="unassigned"}}'
            value: 450
"""


def test_pricing_rules_price_the_otel_tokens(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / otel.PRICING_FILE
    rc = cli.main(["otel-pricing", "--models", "llama-3-70b-selfhosted, mystery-model", "--out", str(out)])
    assert rc == 0
    assert "no price for mystery-model" in capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    assert "# Priced: llama-3-70b-selfhosted." in text and "mystery-model" in text
    shutil.copy(OPTIONAL, tmp_path / Path(otel.FILE).name)
    r = promtool("check", "rules", str(out))
    assert r.returncode == 0, r.stdout + r.stderr
    (tmp_path / "pricing.test.yml").write_text(PRICING_TEST.format(rules=RULES_DIR), encoding="utf-8")
    r = promtool("test", "rules", "pricing.test.yml", cwd=tmp_path)
    assert r.returncode == 0 and "SUCCESS" in r.stdout, r.stdout + r.stderr


def test_pricing_defaults_to_the_configured_models(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["otel-pricing"]) == 0
    text = capsys.readouterr().out
    models = sorted(
        {
            m
            for s in yaml.safe_load((CONFIG_DIR / "services.yaml").read_text())["services"].values()
            for m in s.get("models", [])
        }
    )
    for model in models:
        assert f'"model", "{model}", "", ""' in text
    assert text.count("record: ") == 3


def test_pricing_without_any_priced_model_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["otel-pricing", "--models", "mystery-model"]) == 2
    assert "no model has a price" in capsys.readouterr().err


def test_pricing_cli_runs_as_a_module(tmp_path: Path) -> None:
    out = tmp_path / "p.yml"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "aiwatch.mixin",
            "otel-pricing",
            "--models",
            "llama-3-70b-selfhosted",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        cwd=REPO,
    )
    assert r.returncode == 0, r.stderr
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["groups"][0]["name"] == otel.PRICING_GROUP
