"""Fixtures for the exporter's in-process tests (Flask test client, default registry)."""

from __future__ import annotations

import pytest
from aiwatch.exporter import create_app
from prometheus_client import REGISTRY


@pytest.fixture(scope="session")
def app():
    return create_app()


@pytest.fixture()
def client(app):
    return app.test_client()


class Sampler:
    """Read current values from the default registry (tests compare deltas)."""

    def __call__(self, name: str, **labels: str) -> float:
        return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture()
def sample() -> Sampler:
    return Sampler()
