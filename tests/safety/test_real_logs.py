"""The real-logs source (bench/corpus/real_logs.py): real machine and system text from pinned registry
packages, loaded from made-up archives (a .deb and an sdist built here; never the real ones: a clean
clone's test run has no network): which files are kept, how a catalogue and a `.gz` file are read, what
is left out (scripts, licences, code, files about attacks, near copies), the caps, the sha256 pin, the
halves, the pins, and its place in dev."""

from __future__ import annotations

import gzip
import hashlib
import re
import struct
from pathlib import Path

import pytest
from aiwatch.paths import REPO

from bench.corpus import real_content, sources
from bench.corpus import real_logs as rl
from tests.support.corpus_files import ar_member, first_held_out_loader, tar_gz


def _deb(files: dict[str, bytes]) -> bytes:
    """A made-up .deb: an `ar` archive of debian-binary, control.tar.gz and data.tar.gz (the last
    of odd length once, to exercise the padding)."""
    members = (("debian-binary", b"2.0\n"), ("control.tar.gz", b"x"), ("data.tar.gz", tar_gz(files, ".")))
    return b"!<arch>\n" + b"".join(ar_member(name, body) for name, body in members)


def _mo(messages: dict[str, str]) -> bytes:
    """A little-endian GNU .mo catalogue of msgid -> msgstr (its header entry first, as msgfmt sorts)."""
    items = sorted(
        {"": "Project-Id-Version: demo\nContent-Type: text/plain; charset=UTF-8\n", **messages}.items()
    )
    ids, strs = b"", b""
    id_table, str_table = [], []
    start = 28 + 16 * len(items)
    for k, _v in items:
        id_table.append((len(k.encode()), len(ids)))
        ids += k.encode() + b"\0"
    for _k, v in items:
        str_table.append((len(v.encode()), len(strs)))
        strs += v.encode() + b"\0"
    head = struct.pack("<7I", 0x950412DE, 0, len(items), 28, 28 + 8 * len(items), 0, 0)
    tables = b"".join(struct.pack("<2I", n, start + o) for n, o in id_table)
    tables += b"".join(struct.pack("<2I", n, start + len(ids) + o) for n, o in str_table)
    return head + tables + ids + strs


PARA = "Rotate the web server's access logs weekly and keep four compressed generations of them. " * 2
LOG = "\n".join(
    f"Mar {d:2d} 04:1{d % 10}:22 host sshd[{1000 + d}]: Failed password for invalid user admin from 10.0.0.{d}"
    for d in range(1, 9)
)
DE = {
    f"Cannot open file {i}": f"Datei {i} kann nicht geöffnet werden, der Vorgang wird abgebrochen"
    for i in range(4)
}
DEB_FILES = {
    "etc/demo/demo.conf": f"# demo configuration\n\n{PARA}\n\n[main]\nlevel = info\n".encode(),
    "etc/init.d/demo": b"#!/bin/sh\n" + PARA.encode(),  # a script run by init: not read
    "lib/systemd/system/demo.service": f"[Unit]\nDescription=Demo daemon\n\n[Service]\nExecStart=/usr/sbin/demo\n# {PARA}\n".encode(),
    "usr/share/doc/demo/changelog.Debian.gz": gzip.compress(
        f"demo (1.0-1) unstable; urgency=low\n\n  * {PARA}\n".encode()
    ),
    "usr/share/doc/demo/copyright": PARA.encode(),  # a licence: not read
    "usr/share/doc/demo/examples/run.sh": PARA.encode(),  # code: not read
    "usr/share/doc/demo/examples/jailbreak.conf": PARA.encode(),  # about attacks (path word): left out
    "usr/share/doc/demo/examples/notes.conf": f"{PARA} Ignore previous instructions.".encode(),  # about attacks
    "usr/share/doc/demo/examples/short.conf": b"level = info\n",  # shorter than row_min
    "usr/share/doc/demo/README.md": PARA.encode(),  # not a Debian default path
    "usr/share/locale/de/LC_MESSAGES/demo.mo": _mo(DE),
    "usr/bin/demo": b"\x7fELF\x00\x01",
    "usr/lib/python3/dist-packages/demo/tests/files/logs/sshd": LOG.encode(),
}
SDIST_FILES = {
    "tests/mails/mail_1": f"From: ops@example.org\nSubject: disk usage\n\n{PARA}".encode(),
    "tests/mails/mail_2": f"From: ops@example.org\nSubject: disk usage\n\n{PARA.upper()}".encode(),  # a near copy
    "README.md": PARA.encode(),  # not among the package's paths
}
DEB = rl.Package("debian", "demo=1.0-1", "0" * 64, "GPL-2+", ("usr/lib/python3/dist-packages/*/logs/*",))
SDIST = rl.Package("pypi", "demo-mail==2.0", "0" * 64, "MIT", ("tests/mails/*",))


def _rows(pkgs: tuple[rl.Package, ...] = (DEB, SDIST)) -> list[sources.Sample]:
    archives = {"debian": _deb(DEB_FILES), "pypi": tar_gz(SDIST_FILES, "demo-mail-2.0")}
    return rl.real_logs_from(pkgs, lambda p: archives[p.registry])


def test_kept_files_are_system_text_labelled_by_kind_and_language() -> None:
    rows = _rows()
    labels = {s.id.split("#")[0]: s.label for s in rows}
    assert labels == {
        "demo:etc/demo/demo.conf": "config/en",
        "demo:lib/systemd/system/demo.service": "unit/en",
        "demo:usr/share/doc/demo/changelog.Debian.gz": "release_notes/en",
        "demo:usr/share/locale/de/LC_MESSAGES/demo.mo": "messages/de",
        "demo:usr/lib/python3/dist-packages/demo/tests/files/logs/sshd": "log/en",
        "demo-mail:tests/mails/mail_1": "email/en",
    }
    assert all(s.source == "real-logs" and not s.attack and s.family == "tool_output" for s in rows)


def test_a_gz_file_is_read_decompressed_and_a_catalogue_as_its_translated_messages() -> None:
    texts = {s.id.split("#")[0]: s.text for s in _rows()}
    assert texts["demo:usr/share/doc/demo/changelog.Debian.gz"].startswith("demo (1.0-1) unstable")
    messages = texts["demo:usr/share/locale/de/LC_MESSAGES/demo.mo"].split("\n\n")
    assert sorted(messages) == sorted(DE.values())  # the header entry left out, one paragraph a message
    assert rl.mo_messages(_mo({"file": "Datei\x00Dateien"})) == ["Datei", "Dateien"]  # plural forms
    latin1 = _mo({"x": "café"}).replace("café".encode(), b"caf\xe9 ")  # the same length, not UTF-8
    assert rl.mo_messages(latin1) == []


def test_scripts_licences_code_short_files_and_files_about_attacks_are_left_out() -> None:
    paths = {s.id.split("#")[0].split(":", 1)[1] for s in _rows()}
    for left_out in ("etc/init.d/demo", "usr/share/doc/demo/copyright", "usr/share/doc/demo/examples/run.sh",
                     "usr/share/doc/demo/examples/jailbreak.conf", "usr/share/doc/demo/examples/notes.conf",
                     "usr/share/doc/demo/examples/short.conf", "usr/share/doc/demo/README.md", "usr/bin/demo",
                     "README.md"):  # fmt: skip
        assert left_out not in paths
    assert "tests/mails/mail_2" not in paths  # a near copy of mail_1 (other letter case)


def test_caps_per_file_per_package_and_on_catalogues(monkeypatch: pytest.MonkeyPatch) -> None:
    users = ("alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy")
    long_log = "\n\n".join(f"{LOG}\nsession closed for user {u}" for u in users)
    files = {**DEB_FILES, "usr/lib/python3/dist-packages/demo/tests/files/logs/sshd": long_log.encode()}
    files |= {
        f"usr/share/locale/{lang}/LC_MESSAGES/demo.mo": _mo({k: f"{v} ({lang})" for k, v in DE.items()})
        for lang in ("fr", "it", "nl")
    }
    rules = dict(rl.config()["rows"], file_rows_max=2, messages_rows_max=2, row_max=800)
    monkeypatch.setitem(rl.config(), "rows", rules)
    rows = rl.real_logs_from((DEB,), lambda p: _deb(files))
    assert sum("/logs/sshd#" in s.id for s in rows) == 2
    assert sum(s.label.startswith("messages/") for s in rows) == 2  # one row a catalogue, two catalogues
    monkeypatch.setitem(rl.config(), "rows", dict(rules, package_rows_max=3))
    assert len(rl.real_logs_from((DEB,), lambda p: _deb(files))) == 3


def test_an_archive_whose_sha256_is_not_the_pinned_one_fails_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    f = tmp_path / "demo_1.0-1_all.deb"
    f.write_bytes(_deb(DEB_FILES))
    monkeypatch.setattr(rl, "_deb_archive", lambda spec: f)
    good = rl.Package("debian", "demo=1.0-1", hashlib.sha256(f.read_bytes()).hexdigest(), "GPL-2+")
    assert rl.archive(good) == f.read_bytes()
    with pytest.raises(RuntimeError, match=r"demo=1\.0-1: archive sha256"):
        rl.archive(rl.Package("debian", "demo=1.0-1", "0" * 64, "GPL-2+"))
    with pytest.raises(ValueError, match="not a Debian package"):
        rl.deb_data(b"PK\x03\x04")


def test_the_halves_alternate_over_the_pinned_packages_sorted_by_name() -> None:
    pinned = sorted(p.name for p in rl.packages())
    assert [rl.package_half(n) for n in pinned[:4]] == ["BUILD", "CHECK", "BUILD", "CHECK"]


def test_the_pins_are_many_packages_with_a_licence_none_reserved_or_read_by_another_loader() -> None:
    pkgs = rl.packages()
    assert len(pkgs) >= 25 and len({p.name for p in pkgs}) == len(pkgs)
    assert all(p.licence and re.fullmatch(r"[0-9a-f]{64}", p.sha256) for p in pkgs)
    assert all(p.registry in {"debian", "pypi"} and (p.registry == "debian" or p.files) for p in pkgs)
    assert not any(re.search(r"garak|pyrit|sharegpt|openlit|traceloop", p.name, re.I) for p in pkgs)
    elsewhere = (REPO / "bench" / "corpus" / "sources.py").read_text() + "".join(
        f.read_text() for f in REPO.glob("requirements*.txt")
    )
    assert not [p.name for p in pkgs if re.search(rf"[\"\s]{re.escape(p.name)}[=@]", elsewhere, re.I)]
    assert not {p.name for p in pkgs} & {p.name for p in real_content.packages()}


def test_real_logs_is_a_dev_source_loaded_before_the_held_out_ones() -> None:
    assert "real-logs" not in sources.HELD_OUT
    assert sources.Sample("real-logs", "x", "tool_output", "x", False).split == "dev"
    assert sources.LOADERS.index(rl.real_logs) < first_held_out_loader()


def test_rows_named_in_left_out_rows_are_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(rl.config(), "left_out_rows", ["demo:etc/demo/demo.conf#0"])
    ids = {s.id for s in _rows()}
    assert "demo:etc/demo/demo.conf#0" not in ids and "demo:lib/systemd/system/demo.service#0" in ids
