"""Fetching a pinned archive with pip installs nothing into the interpreter that loads the corpus
(round 59).

Reading an sdist's metadata runs its build code: `pip download --no-binary :all:` prepares the
metadata of what it downloads, and build code may run `sys.executable -m pip install ...` (kss
6.0.6's setup.py does, for Cython). Round 58 found Cython 3.3.2 in the shared virtualenv after a
load_all on a cold archive cache: pip 23.2.1 reads an sdist with a setup.py and no pyproject.toml by
`setup.py egg_info` as the running python when setuptools and wheel are installed, and the shared
virtualenv has both (constraints.txt). Build isolation (PEP 517) is no sandbox either: it hides
packages, and build code that drops PYTHONPATH runs the interpreter whole. `_pip_archive` runs pip
in a throwaway virtualenv, so whatever the build code installs goes there and is deleted with it.

Made up here, nothing from a registry: a marker wheel (a zip with METADATA, WHEEL, RECORD) and an
sdist whose in-tree build backend (`backend-path = ["."]`, `requires = []`) installs it twice while
pip reads its metadata, by `sys.executable -m pip` and by a bare `pip` found on PATH, out of pip's
build isolation. pip reads them from a find-links folder with no index (PIP_NO_INDEX, and the
find-links in the site pip.conf of the interpreter that fetches: the throwaway virtualenv must see the
fetching interpreter's pip settings). Both fetches run in a virtualenv of this test's own ("victim"),
which sees the running interpreter's packages by a .pth file (read only: PYTHONDONTWRITEBYTECODE) and
installs into its own folder: the hazard, if the fix is undone, lands there, never in the running
virtualenv. The control runs the command `_pip_archive` ran before round 59 as the victim and shows
the marker installed in it; `_pip_archive`, run as the victim, leaves it clean.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import io
import json
import os
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest
from aiwatch.paths import REPO

from bench.corpus import sources

HAZARD = "aiwatch_pipfix_hazard"  # the made-up sdist: its distribution name is aiwatch-pipfix-hazard
SPEC = "aiwatch-pipfix-hazard==1.0"
MARKERS = ("aiwatch_pipfix_marker_a", "aiwatch_pipfix_marker_b")  # by `sys.executable -m pip`, by `pip`

# The build backend of the made-up sdist, in the sdist's top folder. Its metadata hook installs the
# two markers out of pip's build isolation (PYTHONPATH dropped, as any build code may), notes where
# `sys.executable` installs, and writes the metadata pip asks for.
BACKEND = """\
import json, os, subprocess, sys
from pathlib import Path

NOTE = Path({note!r})
LINKS = {links!r}


def _run(argv):
    env = {{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}}
    return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    install = ["install", "-q", "--no-index", "--find-links", LINKS]
    a = _run([sys.executable, "-m", "pip", *install, "aiwatch-pipfix-marker-a"])
    b = _run(["pip", *install, "aiwatch-pipfix-marker-b"])
    prefix = _run([sys.executable, "-c", "import sys; print(sys.prefix)"]).stdout.strip()
    NOTE.write_text(json.dumps({{"a": a.returncode, "b": b.returncode, "prefix": prefix}}))
    info = Path(metadata_directory) / "aiwatch_pipfix_hazard-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\\nName: aiwatch-pipfix-hazard\\nVersion: 1.0\\n")
    return info.name


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    raise NotImplementedError("fetched as data, never built")
"""

PYPROJECT = """\
[build-system]
requires = []
build-backend = "hazard_backend"
backend-path = ["."]
"""

# The command `_pip_archive` ran before round 59, as the interpreter that loads the corpus.
OLD_COMMAND = ["-m", "pip", "download", "--no-deps", "--ignore-requires-python", "-q", SPEC]

FETCH = "import sys; from bench.corpus import sources; print(sources._pip_archive(sys.argv[1], sdist=True))"

# Whether the python that runs it imports each module named on its command line.
FINDS = """\
import importlib, json, sys


def finds(module):
    try:
        importlib.import_module(module)
    except ModuleNotFoundError:
        return False
    return True


print(json.dumps([finds(m) for m in sys.argv[1:]]))
"""


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def _marker_wheel(links: Path, module: str) -> None:
    """A pure-Python wheel of one empty module, made by hand: METADATA, WHEEL and RECORD."""
    info = f"{module}-1.0.dist-info"
    files = {
        f"{module}/__init__.py": b"",
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: {module.replace('_', '-')}\nVersion: 1.0\n".encode(),
        f"{info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: by hand\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = "".join(f"{name},{_record_hash(data)},{len(data)}\n" for name, data in files.items())
    files[f"{info}/RECORD"] = (record + f"{info}/RECORD,,\n").encode()
    with zipfile.ZipFile(links / f"{module}-1.0-py3-none-any.whl", "w") as z:
        for name, data in files.items():
            z.writestr(name, data)


def _hazard_sdist(links: Path, note: Path) -> bytes:
    """The made-up sdist, written into `links`; its bytes."""
    top = f"{HAZARD}-1.0"
    files = {
        "PKG-INFO": b"Metadata-Version: 2.1\nName: aiwatch-pipfix-hazard\nVersion: 1.0\n",
        "pyproject.toml": PYPROJECT.encode(),
        "hazard_backend.py": BACKEND.format(note=str(note), links=str(links)).encode(),
    }
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in files.items():
            member = tarfile.TarInfo(f"{top}/{name}")
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    (links / f"{top}.tar.gz").write_bytes(buf.getvalue())
    return buf.getvalue()


def _site(prefix: Path) -> Path:
    return Path(sysconfig.get_path("purelib", "venv", {"base": str(prefix), "platbase": str(prefix)}))


def _victim(prefix: Path, links: Path) -> Path:
    """A virtualenv that runs like the running one (whose packages it reads through a .pth file) and
    installs into its own folder; its site pip.conf names the find-links folder. Its python."""
    venv.EnvBuilder(symlinks=True).create(prefix)
    (_site(prefix) / "running.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    (prefix / "pip.conf").write_text(f"[global]\nfind-links = {links}\n")
    return prefix / "bin" / "python"


def _env(tmp_path: Path, trap: Path) -> dict[str, str]:
    """No index, no pip setting of the machine's in the environment (the find-links come from the
    victim's pip.conf), no byte-code written, the cache in tmp_path, and a `pip` first on PATH that
    only notes it was called."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PIP_") and k not in ("PYTHONPATH", "PYTHONHOME")
    }
    trap.mkdir()
    (trap / "pip").write_text(f"#!/bin/sh\necho called >> {trap / 'called'}\nexit 1\n")
    (trap / "pip").chmod(0o755)
    return {
        **env,
        "PIP_NO_INDEX": "1",
        "PIP_NO_CACHE_DIR": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "AIWATCH_CACHE_DIR": str(tmp_path / "cache"),
        "PATH": os.pathsep.join([str(trap), env.get("PATH", "")]),
    }


def _run(argv: list[str | Path], env: dict[str, str], cwd: Path) -> str:
    r = subprocess.run([str(a) for a in argv], env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, f"{argv[:4]} exited {r.returncode}:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return r.stdout


def _imports(python: Path, env: dict[str, str]) -> list[bool]:
    """Whether `python` finds each marker module."""
    return json.loads(_run([python, "-c", FINDS, *MARKERS], env, python.parent))


@pytest.fixture
def running_site() -> Iterator[None]:
    """The running interpreter's packages, the same after the test as before it (and no marker)."""
    site = Path(sysconfig.get_paths()["purelib"])
    before = sorted(p.name for p in site.iterdir())
    yield
    assert sorted(p.name for p in site.iterdir()) == before
    for module in MARKERS:
        with pytest.raises(ModuleNotFoundError):
            importlib.import_module(module)


def test_an_sdists_build_code_installs_into_the_throwaway_virtualenv_not_the_one_that_fetches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, running_site: None
) -> None:
    links, note, trap = tmp_path / "links", tmp_path / "note.json", tmp_path / "trap"
    links.mkdir()
    for module in MARKERS:
        _marker_wheel(links, module)
    sdist = _hazard_sdist(links, note)
    env = _env(tmp_path, trap)

    # The control: the command of before round 59, run as the victim, installs the marker into it.
    control = _victim(tmp_path / "control", links)
    out = tmp_path / "out"
    _run([control, *OLD_COMMAND, "-d", out, "--no-binary", ":all:"], env, tmp_path)
    assert (out / f"{HAZARD}-1.0.tar.gz").read_bytes() == sdist
    hook = json.loads(note.read_text())
    assert hook["a"] == 0 and Path(hook["prefix"]) == tmp_path / "control"
    assert (_site(tmp_path / "control") / f"{MARKERS[0]}-1.0.dist-info").is_dir()
    assert _imports(control, env) == [True, False]  # a bare pip found the trap first: nothing more
    note.unlink()
    (trap / "called").unlink()

    # The fix: `_pip_archive` run as a fresh victim fetches the same bytes into the cache, while the
    # build code's installs, both of which succeed, go into a virtualenv deleted with the fetch.
    victim = _victim(tmp_path / "victim", links)
    before = sorted(p.name for p in _site(tmp_path / "victim").iterdir())
    code = {**env, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "app")])}
    got = Path(_run([victim, "-c", FETCH, SPEC], code, tmp_path).strip())
    monkeypatch.setenv("AIWATCH_CACHE_DIR", str(tmp_path / "cache"))
    assert got == sources.archive_dir(SPEC, sdist=True) / f"{HAZARD}-1.0.tar.gz"
    assert got.read_bytes() == sdist
    assert [p.name for p in got.parent.parent.iterdir()] == [got.parent.name]  # no temporary folder left
    hook = json.loads(note.read_text())
    throwaway = Path(hook["prefix"])
    assert throwaway != tmp_path / "victim" and not throwaway.exists()  # a folder now gone, where ...
    assert hook["a"] == 0 and hook["b"] == 0  # ... the build code ran and installed both markers
    assert not (trap / "called").exists()  # the bare pip was the throwaway virtualenv's, not the trap
    assert sorted(p.name for p in _site(tmp_path / "victim").iterdir()) == before == ["running.pth"]
    assert _imports(victim, env) == [False, False]


def test_the_throwaway_python_runs_the_running_pip_in_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The throwaway virtualenv: the base interpreter, a copy of the running pip (the same version), a
    bare `pip` of its own first on PATH, the running interpreter's site pip.conf, no PYTHONPATH."""
    prefix = tmp_path / "prefix"
    prefix.mkdir()
    (prefix / "pip.conf").write_text("[global]\ntimeout = 17\n")
    monkeypatch.setattr(sys, "prefix", str(prefix))  # the running interpreter's site config, made up
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    monkeypatch.setenv("PIP_PYTHON", sys.executable)
    folder = tmp_path / "throwaway"
    python, env = sources._throwaway_python(folder)
    monkeypatch.undo()
    assert python == folder / "bin" / "python"
    assert "PYTHONPATH" not in env and "PIP_PYTHON" not in env and env["VIRTUAL_ENV"] == str(folder)
    assert env["PATH"].split(os.pathsep)[0] == str(folder / "bin")
    assert (folder / "pip.conf").read_text() == "[global]\ntimeout = 17\n"
    code = "import json, sys, pip; print(json.dumps([sys.prefix, sys.base_prefix, pip.__version__, pip.__file__]))"
    got = json.loads(_run([python, "-c", code], env, tmp_path))
    assert got[0] == str(folder) and got[1] == sys.base_prefix
    assert got[2] == version("pip")
    assert Path(got[3]).is_relative_to(folder) and not (folder / "lib").is_symlink()
    assert _run(["pip", "--version"], env, tmp_path).startswith(f"pip {got[2]} from {Path(got[3]).parent}")
    assert sorted(p.name for p in _site(folder).iterdir()) == ["pip", f"pip-{got[2]}.dist-info"]
