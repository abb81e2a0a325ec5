"""The stack's configuration directory: config/ with the demo overrides of config/demo/ merged over it.

config/ is the production example (budgets a real team might set); `make demo`
sends 20 calls/s at real prices, which no such budget fits. So `make up` (unless
AIWATCH_CONFIG_DIR names another directory) runs the exporter and renders the
rules from `<run>/config/`: every file of config/, and for each file in
config/demo/ the same file with the demo's keys merged over it (mappings merged
key by key, anything else replaced). config/demo/ holds only what differs.

The result is validated like any config directory (aiwatch.reload.load_all);
a file whose content is unchanged is not rewritten, so the running exporter
reloads only what `make up` actually changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..config import ConfigError
from ..paths import CONFIG_DIR
from .settings import StackError

DEMO_DIR = CONFIG_DIR / "demo"


def merge(base: Any, over: Any) -> Any:
    """`over` merged into `base`: mappings key by key (recursively), any other value replaced."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for key, value in over.items():
            out[key] = merge(base[key], value) if key in base else value
        return out
    return over


def _write_if_changed(path: Path, data: bytes) -> None:
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)  # atomic: a reloading exporter never reads half a file


def render_demo_config(out_dir: Path, base: Path = CONFIG_DIR, overlay: Path = DEMO_DIR) -> Path:
    """Write `base` with `overlay` merged over it into `out_dir`; validate it; return `out_dir`."""
    from ..reload import load_all  # the exporter's own loader: what it accepts, this accepts

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    names = sorted(
        {p.name for p in Path(base).glob("*.yaml")} | {p.name for p in Path(overlay).glob("*.yaml")}
    )
    for name in names:
        src, over = Path(base) / name, Path(overlay) / name
        if not over.exists():
            _write_if_changed(out / name, src.read_bytes())
            continue
        try:
            merged = merge(
                yaml.safe_load(src.read_text(encoding="utf-8")) if src.exists() else {},
                yaml.safe_load(over.read_text(encoding="utf-8")),
            )
        except yaml.YAMLError as exc:
            raise StackError(f"cannot merge {over} over {src}: {exc}") from exc
        header = f"# Rendered by aiwatch.stack.democonfig: {src} with {over} merged over it. Edit those.\n"
        _write_if_changed(out / name, (header + yaml.safe_dump(merged, sort_keys=False)).encode())
    try:
        load_all(out)
    except ConfigError as exc:
        raise StackError(f"the demo configuration is invalid: {exc}") from exc
    return out
