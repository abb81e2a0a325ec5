"""The Grafana dashboards, built with grafanalib from the alert catalogue.

Each module builds one dashboard (`build_dashboard(ctx)`); `render()` turns them
into the committed JSON (grafana/dashboards/<uid>.json), deterministic (sorted
keys, fixed ids) so a check can compare byte for byte. Importing this package
needs grafanalib (requirements-dev.txt); the exporter never does.
"""

from __future__ import annotations

import json

from ..model import Catalogue
from . import cost, overview, quality, security, slo
from .lib import Context, finish

MODULES = (overview, cost, quality, security, slo)


def render(catalogue: Catalogue) -> dict[str, str]:
    """{file name: JSON text} for every dashboard."""
    ctx = Context(catalogue)
    out: dict[str, str] = {}
    for module in MODULES:
        data = finish(module.build_dashboard(ctx))
        name = f"{data['uid']}.json"
        if name in out:
            raise ValueError(f"{module.__name__}: duplicate dashboard uid {data['uid']!r}")
        out[name] = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return out
