"""The tree keeps its house rules: README's layout matches it, paths come from aiwatch.paths, imports are plain.

- every module and subpackage of app/aiwatch and every top-level folder has its line in README's
  "Layout" block, and every line there names something that exists;
- no module locates the repository from its own file (aiwatch.paths is the one place that does),
  edits the import path or loads code by file name: imports are ordinary imports;
- no module imports another module's private (`_name`) definitions: what is shared is public.
"""

from __future__ import annotations

import ast
import re
import subprocess

import pytest
from aiwatch.paths import REPO

PACKAGE = REPO / "app" / "aiwatch"
CODE_DIRS = ("app", "tests", "bench", "scripts", "examples")
# Built from parts so this file does not match itself.
FORBIDDEN = {
    "parents" + "[": "use aiwatch.paths (REPO, CONFIG_DIR, ...)",
    "sys" + ".path": "import through the package or the root conftest, never edit the import path",
    "importlib" + ".util": "import by name (importlib.import_module), not by file",
    "run" + "py": "run modules with `python -m`, not as files",
}


def _tracked(*dirs: str) -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "--", *dirs], cwd=REPO, capture_output=True, text=True, check=True
    )
    return [line for line in out.stdout.splitlines() if "node_modules/" not in line]


def _layout() -> list[str]:
    """The README layout block's entries, as paths (`  stack/` under `app/aiwatch/` -> app/aiwatch/stack/)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"^## Layout\n.*?^```\n(.*?)^```", text, re.S | re.M)
    assert block, "README.md has no ```-fenced block under '## Layout'"
    entries, parent = [], ""
    for line in block.group(1).splitlines():
        name = line.split()[0]
        if line.startswith("  "):
            entries.append(parent + name)
        else:
            parent = name
            entries.append(name)
    return entries


def test_readme_layout_lists_every_module_and_folder() -> None:
    listed = set(_layout())
    modules = {
        f"app/aiwatch/{p.stem}" for p in PACKAGE.glob("*.py") if p.stem not in ("__init__", "__main__")
    }
    subpackages = {f"app/aiwatch/{p.parent.name}/" for p in PACKAGE.glob("*/__init__.py")}
    data = {f"app/aiwatch/{p.name}" for p in PACKAGE.iterdir() if p.suffix in (".yaml", ".json")}
    folders = {f"{path.split('/')[0]}/" for path in _tracked(".") if "/" in path} - {"app/"}
    missing = sorted((modules | subpackages | data | folders) - listed)
    assert not missing, f"README.md Layout does not list: {', '.join(missing)}"


def test_readme_layout_lists_only_what_exists() -> None:
    gone = [e for e in _layout() if not (REPO / e.rstrip("/")).exists() and not (REPO / f"{e}.py").exists()]
    assert not gone, f"README.md Layout lists what the tree does not have: {', '.join(gone)}"


@pytest.mark.parametrize("needle", sorted(FORBIDDEN))
def test_no_path_tricks(needle: str) -> None:
    hits = [
        f"{path}:{n}"
        for path in _tracked(*CODE_DIRS)
        if path.endswith(".py") and path != "app/aiwatch/paths.py"  # the one place that may
        for n, line in enumerate((REPO / path).read_text(encoding="utf-8").splitlines(), 1)
        if needle in line
    ]
    assert not hits, f"{needle!r} ({FORBIDDEN[needle]}): {', '.join(hits)}"


def test_no_private_names_imported_across_modules() -> None:
    ours = ("aiwatch", "bench", "tests")
    hits = []
    for path in _tracked(*CODE_DIRS):
        if not path.endswith(".py"):
            continue
        tree = ast.parse((REPO / path).read_text(encoding="utf-8"), path)
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level == 0 and (node.module or "").split(".")[0] not in ours:
                continue  # another project's module: its conventions
            hits += [
                f"{path}:{node.lineno} {a.name}"
                for a in node.names
                if a.name.startswith("_") and not a.name.startswith("__")
            ]
    assert not hits, f"private names imported from another module (make them public): {', '.join(hits)}"
