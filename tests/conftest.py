"""Shared pytest set-up.

`tests/` has no __init__.py, so pytest (rootdir-based, "prepend" import mode)
puts this directory on the import path when it loads this conftest: the test-only
helpers in tests/support import as `support`. Servers, sinks, the fake LLM
provider and process helpers come from the package (aiwatch.stack.local,
aiwatch.stack.pipeline, aiwatch.inbox, aiwatch.fakellm, aiwatch.stack.processes).
"""

from __future__ import annotations

import pytest
from support import durations


def pytest_configure(config: pytest.Config) -> None:
    """Measure each module's seconds where every report arrives (not in an xdist worker)."""
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(durations.Recorder(config), "aiwatch-durations")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Modules in the order support.durations.order gives: unmeasured first, then the longest.

    `make test` gives each xdist worker one module at a time (--dist loadfile), in this order
    (--no-loadscope-reorder). Until round 24 the order was modules marked e2e first, then by test
    count; it held only while every long module was marked, and round 24 found six of 13-90 s
    unmarked (the SDK install, started among the last, ended a run alone). Measured seconds
    (tests/durations.json) do not depend on anyone remembering a mark.
    """
    modules = [durations.module_of(item.nodeid) for item in items]
    rank = {module: i for i, module in enumerate(durations.order(modules, durations.load()))}
    items.sort(key=lambda item: rank[durations.module_of(item.nodeid)])
