"""A pinned Debian package's data archive is decompressed once into the corpus cache and read from there
after (real_logs.deb_files): the files are those a direct read gives, the .deb's data is not decompressed
again, a damaged cache file is written again, a new pin never reads an old one."""

from __future__ import annotations

import hashlib
import io
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.corpus import real_logs, sources
from tests.support.corpus_files import ar_member, deb_archive

FILES = {
    "usr/share/doc/demo/manual/index.html": "<p>The demo manual's first page.</p>",
    "usr/share/doc/demo/manual/images/logo.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 9,
    "usr/share/doc/demo/manual/tools.html": "<p>The select tool, the move tool and the crop tool.</p>",
    "etc/demo.conf": "level = info\n",
}
SPEC = "demo-manual=1.0-1"


def _html(path: str) -> bool:
    return path.endswith(".html")


def _deb_of(files: dict[str, str | bytes], compression: str) -> bytes:
    """A made-up .deb whose data archive is data.tar.<compression> ("" uncompressed) of `files`."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=f"w:{compression}") as tar:
        for path, body in files.items():
            data = body.encode() if isinstance(body, str) else body
            info = tarfile.TarInfo(f"./{path}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    name = f"data.tar.{compression}" if compression else "data.tar"
    return b"!<arch>\n" + ar_member("debian-binary", b"2.0\n") + ar_member(name, buf.getvalue())


def _pinned(deb: bytes, spec: str = SPEC) -> real_logs.Package:
    return real_logs.Package("debian", spec, hashlib.sha256(deb).hexdigest(), "GPL-2+")


def _direct(deb: bytes, keep: Callable[[str], object] = _html) -> dict[str, bytes]:
    """The files as read before the cache: the data archive's bytes through tar_files."""
    return sources.tar_files(real_logs.deb_data(deb), keep)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """A private corpus cache; the data archives taken out of a .deb (deb_data's calls) are counted."""
    monkeypatch.setenv("AIWATCH_CACHE_DIR", str(tmp_path))
    taken: list[bytes] = []
    deb_data = real_logs.deb_data

    def counted(deb: bytes) -> bytes:
        taken.append(deb)
        return deb_data(deb)

    monkeypatch.setattr(real_logs, "deb_data", counted)
    return taken


def _cached(pkg: real_logs.Package) -> Path:
    return sources.archive_dir(pkg.spec) / f"data-{pkg.sha256[:16]}.tar"


@pytest.mark.parametrize("compression", ["xz", "gz", "bz2"])
def test_the_first_read_writes_the_decompressed_archive_and_later_reads_use_it(
    cache: list[bytes], compression: str
) -> None:
    deb = _deb_of(FILES, compression)
    pkg = _pinned(deb)
    want = _direct(deb)
    cache.clear()
    assert sorted(want) == ["usr/share/doc/demo/manual/index.html", "usr/share/doc/demo/manual/tools.html"]
    assert real_logs.deb_files(pkg, deb, _html) == want
    assert len(cache) == 1  # decompressed once, into the cache
    tar = _cached(pkg)
    assert tar.read_bytes() == _decompressed(deb)
    assert [p.name for p in tar.parent.iterdir()] == [tar.name]  # no temporary file left
    cache.clear()
    for keep in (_html, lambda p: True, lambda p: p.endswith(".png")):
        assert real_logs.deb_files(pkg, deb, keep) == _direct(deb, keep)
    assert len(cache) == 3  # the three direct reads only: the cached reads took nothing out of the .deb
    logo = "usr/share/doc/demo/manual/images/logo.png"
    assert real_logs.deb_files(pkg, deb, lambda p: True)[logo] == FILES[logo]


def _decompressed(deb: bytes) -> bytes:
    data = real_logs.deb_data(deb)
    opener = next(o for magic, o in real_logs._DECOMPRESS.items() if data.startswith(magic))
    with opener(io.BytesIO(data)) as f:
        return f.read()


def test_a_read_from_the_cache_does_not_look_at_the_debs_data(cache: list[bytes]) -> None:
    """Once cached, the files come from the cached tar: one written over by other files is what is read
    (the .deb's data archive is not decompressed again)."""
    deb = _deb_of(FILES, "xz")
    pkg = _pinned(deb)
    real_logs.deb_files(pkg, deb, _html)
    other = {"usr/share/doc/demo/manual/index.html": "<p>Another page.</p>"}
    _cached(pkg).write_bytes(_decompressed(_deb_of(other, "xz")))
    assert real_logs.deb_files(pkg, deb, _html) == {
        "usr/share/doc/demo/manual/index.html": b"<p>Another page.</p>"
    }


def _third_header(tar: bytes) -> int:
    with tarfile.open(fileobj=io.BytesIO(tar), mode="r:") as t:
        return t.getmembers()[2].offset


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda b: b[: len(b) // 2], id="cut-in-a-member"),
        # cut where the last member ends: tarfile alone takes that for the archive's end
        pytest.param(lambda b: b[: -(-len(b.rstrip(b"\0")) // 512) * 512], id="cut-after-a-member"),
        pytest.param(lambda b: b"", id="empty"),
        pytest.param(lambda b: b"not a tar at all" * 64, id="garbage"),
        # a damaged header: tarfile alone stops there as if the archive ended
        pytest.param(
            lambda b: b[: _third_header(b)] + b"\x01" * 512 + b[_third_header(b) + 512 :], id="bad-header"
        ),
    ],
)
def test_a_damaged_cache_file_is_written_again_from_the_deb(
    cache: list[bytes], damage: Callable[[bytes], bytes]
) -> None:
    many = {f"usr/share/doc/demo/manual/p{i}.html": f"<p>Page {i}.</p>" * 40 for i in range(6)}
    deb = _deb_of(many, "xz")
    pkg = _pinned(deb)
    want = _direct(deb)
    real_logs.deb_files(pkg, deb, _html)
    whole = _cached(pkg).read_bytes()
    _cached(pkg).write_bytes(damage(whole))
    assert _cached(pkg).read_bytes() != whole
    cache.clear()
    assert real_logs.deb_files(pkg, deb, _html) == want
    assert len(cache) == 1  # taken out of the .deb again
    assert _cached(pkg).read_bytes() == whole


def test_a_new_pin_does_not_read_the_old_pins_archive(cache: list[bytes]) -> None:
    old, new = (
        _deb_of(FILES, "xz"),
        _deb_of({**FILES, "usr/share/doc/demo/manual/new.html": "<p>New.</p>"}, "xz"),
    )
    old_pkg, new_pkg = _pinned(old), _pinned(new)
    assert real_logs.deb_files(old_pkg, old, _html) == _direct(old)
    assert real_logs.deb_files(new_pkg, new, _html) == _direct(new)
    assert "usr/share/doc/demo/manual/new.html" in _direct(new)
    assert _cached(old_pkg) != _cached(new_pkg) and _cached(old_pkg).exists() and _cached(new_pkg).exists()


def test_bytes_that_are_not_the_pinned_deb_are_read_directly_and_nothing_is_cached(
    cache: list[bytes],
) -> None:
    """A made-up .deb served for a real pin (the loaders' tests do so) neither writes nor reads the cache."""
    deb, other = _deb_of(FILES, "xz"), deb_archive(FILES)
    pkg = _pinned(deb)
    real_logs.deb_files(pkg, deb, _html)
    assert real_logs.deb_files(pkg, other, _html) == _direct(other)
    assert real_logs.deb_files(_pinned(b"another deb"), other, _html) == _direct(other)
    assert [p.name for p in _cached(pkg).parent.iterdir()] == [_cached(pkg).name]


def test_an_uncompressed_data_archive_is_read_directly(cache: list[bytes]) -> None:
    deb = _deb_of(FILES, "")
    pkg = _pinned(deb)
    assert real_logs.deb_files(pkg, deb, _html) == _direct(deb)
    assert not _cached(pkg).exists()


def test_debian_sources_and_real_logs_both_read_through_the_cache(
    cache: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """sources._debian_files (the Debian-packaged sources) and real_logs.package_files (real-logs) share
    the cached archive."""
    deb = _deb_of({**FILES, "usr/share/doc/demo/changelog.Debian": "demo (1.0-1) unstable\n"}, "xz")
    pkg = _pinned(deb)
    monkeypatch.setattr(real_logs, "archive", lambda p: deb)
    assert sources._debian_files(pkg.spec, pkg.sha256, pkg.licence, _html) == _direct(deb)
    assert _cached(pkg).exists()
    cache.clear()
    files = real_logs.package_files(pkg, deb)
    assert files == _direct(deb, lambda p: real_logs.kept(pkg, p)) and files
    assert len(cache) == 1  # that direct read only
