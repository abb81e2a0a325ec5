"""Shared pytest set-up.

`tests/` has no __init__.py, so pytest (rootdir-based, "prepend" import mode)
puts this directory on the import path when it loads this conftest: the test-only
helpers in tests/support import as `support`. Servers, sinks, the fake LLM
provider and process helpers come from the package (aiwatch.stack.local,
aiwatch.stack.pipeline, aiwatch.inbox, aiwatch.fakellm, aiwatch.stack.processes).
"""

from __future__ import annotations

from collections import Counter

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Modules marked e2e first (in collection order), then the others by test count, most first.

    `make test` gives each xdist worker one module at a time (--dist loadfile), in this order
    (--no-loadscope-reorder). The e2e modules mostly wait on clocks (traffic, scrapes, rule
    intervals), and several are one test of one to three minutes; xdist's own order, by test count
    alone, started them last, so one worker still ran the demo scenarios and the replicas test
    ~130 s after the other had finished (round 17, 2 workers). Started first, they overlap the
    CPU-bound modules, and the last modules to start are short ones.

    That holds only if every long module is marked: round 24 found six of 13-90 s unmarked
    (the gunicorn, config-reload, faults, SDK-sink, SDK-example and SDK-install tests, each with
    one to four tests), so the count order started them last, and the SDK install (73 s in the
    loaded run of round 23) ended the run alone.
    """
    module = {id(item): item.nodeid.split("::")[0] for item in items}
    count = Counter(module.values())
    e2e = {module[id(item)] for item in items if item.get_closest_marker("e2e")}
    items.sort(key=lambda item: (0, 0) if module[id(item)] in e2e else (1, -count[module[id(item)]]))
