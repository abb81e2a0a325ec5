"""The metric catalogue is data: the registry and the exposed names come from CATALOG alone."""

from __future__ import annotations

from dataclasses import fields

import pytest
from aiwatch.catalog import CATALOG, EXPOSED_METRICS, Metrics, build_metrics
from aiwatch.paths import DOCS_DIR
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families


def test_metrics_has_one_handle_per_catalog_entry():
    assert [f.name for f in fields(Metrics)] == [s.attr for s in CATALOG]
    assert len({s.name for s in CATALOG}) == len(CATALOG)


@pytest.fixture(scope="module")
def exposition() -> dict:
    """Every metric of a fresh registry with one child touched, parsed back from the text format."""
    reg = CollectorRegistry()
    m = build_metrics(reg)
    for spec in CATALOG:
        metric = getattr(m, spec.attr)
        child = metric.labels(*(f"v-{label}" for label in spec.labels)) if spec.labels else metric
        if spec.kind == "histogram":
            child.observe(0.3)
        elif spec.kind == "counter":
            child.inc()
        else:
            child.set(1)
    text = generate_latest(reg).decode()
    return {fam.name: fam for fam in text_string_to_metric_families(text)}


@pytest.mark.parametrize("spec", CATALOG, ids=lambda s: s.name)
def test_registry_exposes_each_spec(spec, exposition):
    # the parser names a counter family without _total; its samples carry it
    fam = exposition[spec.name]
    assert fam.type == spec.kind and fam.documentation == spec.help
    main = [s for s in fam.samples if s.name in (spec.exposed, f"{spec.exposed}_count")]
    assert main and set(main[0].labels) == set(spec.labels)
    if spec.kind == "histogram":
        les = [float(s.labels["le"]) for s in fam.samples if s.name.endswith("_bucket")]
        assert les == [*spec.buckets, float("inf")]


def test_exposed_names_follow_prometheus_naming():
    assert tuple(s.exposed for s in CATALOG) == EXPOSED_METRICS
    for spec in CATALOG:
        assert not spec.name.endswith("_total")
        assert spec.exposed.endswith("_total") == (spec.kind == "counter")
        assert (spec.buckets is not None) == (spec.kind == "histogram")
        assert spec.multiprocess_mode is None or spec.kind == "gauge"


def test_docs_table_lists_exactly_the_catalog():
    text = (DOCS_DIR / "metrics.md").read_text(encoding="utf-8")
    section = text.split("## The metric contract", 1)[1].split("\n## ", 1)[0]
    rows = [ln.split("|")[1].strip() for ln in section.splitlines() if ln.startswith("| ")]
    assert rows[0] == "metric"
    assert rows[1:] == list(EXPOSED_METRICS)
    kinds = [ln.split("|")[2].strip().split()[0] for ln in section.splitlines() if ln.startswith("| ai")]
    assert kinds == [s.kind for s in CATALOG]
