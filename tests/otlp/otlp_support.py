"""Test-only helpers for the OTLP tests: an exporter app with given settings, sample values."""

from __future__ import annotations

from typing import Any

from aiwatch.config import Config, Otlp
from aiwatch.exporter import create_app
from prometheus_client import REGISTRY


def make_app(**otlp: Any):
    """An exporter app (default registry) with the given otlp settings."""
    return create_app(config=Config(otlp=Otlp(**otlp)))


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0
