"""A pinned Debian package's data archive is decompressed once into the corpus cache and read from there
after (real_logs.deb_files), without reading the .deb: the files are those a direct read gives; the .deb
is read, and its pin checked, only when the cached tar is missing or damaged, and a wrong pin then fails
naming the package; a new pin never reads an old tar; made-up .debs (the loaders' tests) never touch the
cache."""

from __future__ import annotations

import hashlib
import io
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.corpus import real_logs, sources
from tests.support.corpus_files import ar_member, fake_debs

FILES = {
    "usr/share/doc/demo/manual/index.html": "<p>The demo manual's first page.</p>",
    "usr/share/doc/demo/manual/images/logo.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 9,
    "usr/share/doc/demo/manual/tools.html": "<p>The select tool, the move tool and the crop tool.</p>",
    "etc/demo.conf": "level = info\n",
}
SPEC = "demo-manual=1.0-1"


def _html(path: str) -> bool:
    return path.endswith(".html")


def _deb_of(files: dict[str, str | bytes], compression: str = "xz") -> bytes:
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
    """The files as read without the cache: the data archive's bytes through tar_files."""
    return sources.tar_files(real_logs.deb_data(deb), keep)


def _deb_path(spec: str = SPEC) -> Path:
    return sources.archive_dir(spec) / "demo-manual_1.0-1_all.deb"


def _serve(deb: bytes, spec: str = SPEC) -> None:
    """Put `deb` where real_logs._deb_archive finds the package's .deb (as apt-get download left it)."""
    _deb_path(spec).parent.mkdir(parents=True, exist_ok=True)
    _deb_path(spec).write_bytes(deb)


@pytest.fixture
def reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A private corpus cache, no fetching (a missing .deb fails); the .debs read (archive's calls) are
    counted by spec."""
    monkeypatch.setenv("AIWATCH_CACHE_DIR", str(tmp_path))

    def no_fetch(d: Path, command: object) -> None:
        raise AssertionError(f"fetched into {d}")

    monkeypatch.setattr(sources, "_fetch_into", no_fetch)
    read: list[str] = []
    archive = real_logs.archive

    def counted(pkg: real_logs.Package) -> bytes:
        read.append(pkg.spec)
        return archive(pkg)

    monkeypatch.setattr(real_logs, "archive", counted)
    return read


@pytest.mark.parametrize("compression", ["xz", "gz", "bz2"])
def test_the_first_read_writes_the_decompressed_archive_and_later_reads_do_not_read_the_deb(
    reads: list[str], compression: str
) -> None:
    deb = _deb_of(FILES, compression)
    pkg = _pinned(deb)
    _serve(deb)
    want = _direct(deb)
    assert sorted(want) == ["usr/share/doc/demo/manual/index.html", "usr/share/doc/demo/manual/tools.html"]
    assert real_logs.deb_files(pkg, _html) == want
    assert reads == [SPEC]  # read (and its pin checked) once, to write the cache
    tar = real_logs.deb_cache(pkg)
    assert tar == sources.archive_dir(SPEC) / f"data-{pkg.sha256[:16]}.tar"
    assert tar.read_bytes() == _decompressed(deb)
    assert {p.name for p in tar.parent.iterdir()} == {_deb_path().name, tar.name}  # no temporary file left
    for keep in (_html, lambda p: True, lambda p: p.endswith(".png")):
        assert real_logs.deb_files(pkg, keep) == _direct(deb, keep)
    assert reads == [SPEC]  # the cached reads did not read the .deb
    logo = "usr/share/doc/demo/manual/images/logo.png"
    assert real_logs.deb_files(pkg, lambda p: True)[logo] == FILES[logo]


def _decompressed(deb: bytes) -> bytes:
    data = real_logs.deb_data(deb)
    opener = next(o for magic, o in real_logs._DECOMPRESS.items() if data.startswith(magic))
    with opener(io.BytesIO(data)) as f:
        return f.read()


def test_a_cached_tar_is_read_without_its_deb(reads: list[str]) -> None:
    """Once cached, the .deb is not looked at: neither a .deb whose bytes are no longer the pinned ones
    (it would fail the pin) nor a deleted one (it would be fetched again) is noticed. The tar was written
    from bytes whose sha256 was the pin its name begins with, so it is trusted on its own."""
    deb = _deb_of(FILES)
    pkg = _pinned(deb)
    _serve(deb)
    want = real_logs.deb_files(pkg, _html)
    _serve(b"not the pinned .deb")
    assert real_logs.deb_files(pkg, _html) == want
    _deb_path().unlink()
    assert real_logs.deb_files(pkg, _html) == want
    assert reads == [SPEC]


def test_what_the_cached_tar_holds_is_what_is_read(reads: list[str]) -> None:
    """A cached tar written over by other files is what is read: the .deb's data archive is not looked
    at again."""
    deb = _deb_of(FILES)
    pkg = _pinned(deb)
    _serve(deb)
    real_logs.deb_files(pkg, _html)
    real_logs.deb_cache(pkg).write_bytes(_decompressed(_deb_of({"usr/share/doc/demo/index.html": "Other."})))
    assert real_logs.deb_files(pkg, _html) == {"usr/share/doc/demo/index.html": b"Other."}


def _third_header(tar: bytes) -> int:
    with tarfile.open(fileobj=io.BytesIO(tar), mode="r:") as t:
        return t.getmembers()[2].offset


DAMAGES = [
    pytest.param(lambda b: b[: len(b) // 2], id="cut-in-a-member"),
    # cut where the last member ends: tarfile alone takes that for the archive's end
    pytest.param(lambda b: b[: -(-len(b.rstrip(b"\0")) // 512) * 512], id="cut-after-a-member"),
    pytest.param(lambda b: b"", id="empty"),
    pytest.param(lambda b: b"not a tar at all" * 64, id="garbage"),
    # a damaged header: tarfile alone stops there as if the archive ended
    pytest.param(
        lambda b: b[: _third_header(b)] + b"\x01" * 512 + b[_third_header(b) + 512 :], id="bad-header"
    ),
]
MANY = {f"usr/share/doc/demo/manual/p{i}.html": f"<p>Page {i}.</p>" * 40 for i in range(6)}


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_cached_tar_is_written_again_from_the_deb(
    reads: list[str], damage: Callable[[bytes], bytes]
) -> None:
    deb = _deb_of(MANY)
    pkg = _pinned(deb)
    _serve(deb)
    want = real_logs.deb_files(pkg, _html)
    whole = real_logs.deb_cache(pkg).read_bytes()
    real_logs.deb_cache(pkg).write_bytes(damage(whole))
    assert real_logs.deb_cache(pkg).read_bytes() != whole
    assert real_logs.deb_files(pkg, _html) == want == _direct(deb)
    assert reads == [SPEC, SPEC]  # the .deb read again
    assert real_logs.deb_cache(pkg).read_bytes() == whole


@pytest.mark.parametrize("damage", DAMAGES[:1])
def test_a_damaged_cached_tar_is_rebuilt_only_from_the_pinned_deb(
    reads: list[str], damage: Callable[[bytes], bytes]
) -> None:
    """Rebuilding checks the .deb's pin: a .deb that is no longer the pinned one fails naming the package
    and leaves the damaged tar as it was (it is never read as the archive)."""
    deb = _deb_of(MANY)
    pkg = _pinned(deb)
    _serve(deb)
    real_logs.deb_files(pkg, _html)
    damaged = damage(real_logs.deb_cache(pkg).read_bytes())
    real_logs.deb_cache(pkg).write_bytes(damaged)
    _serve(_deb_of(FILES))
    with pytest.raises(RuntimeError, match=rf"{SPEC}: archive sha256 [0-9a-f]{{64}} is not the pinned"):
        real_logs.deb_files(pkg, _html)
    assert real_logs.deb_cache(pkg).read_bytes() == damaged


def test_a_wrong_pin_fails_naming_the_package_and_caches_nothing(reads: list[str]) -> None:
    deb = _deb_of(FILES)
    _serve(deb)
    wrong = _pinned(_deb_of(MANY))
    with pytest.raises(RuntimeError, match=rf"{SPEC}: archive sha256 {hashlib.sha256(deb).hexdigest()}"):
        sources._debian_files(wrong.spec, wrong.sha256, wrong.licence, _html)
    assert not real_logs.deb_cache(wrong).exists()
    assert sorted(p.name for p in sources.archive_dir(SPEC).iterdir()) == [_deb_path().name]


def test_a_new_pin_reads_its_own_tar(reads: list[str]) -> None:
    """A re-pinned package (a new .deb in its folder) writes and reads a tar of its own: the old pin's is
    not read."""
    old, new = _deb_of(FILES), _deb_of({**FILES, "usr/share/doc/demo/manual/new.html": "<p>New.</p>"})
    old_pkg, new_pkg = _pinned(old), _pinned(new)
    _serve(old)
    assert real_logs.deb_files(old_pkg, _html) == _direct(old)
    _serve(new)
    assert real_logs.deb_files(new_pkg, _html) == _direct(new)
    assert "usr/share/doc/demo/manual/new.html" in _direct(new)
    assert real_logs.deb_cache(old_pkg) != real_logs.deb_cache(new_pkg)
    assert real_logs.deb_cache(old_pkg).exists() and real_logs.deb_cache(new_pkg).exists()
    assert reads == [SPEC, SPEC]


def test_an_uncompressed_data_archive_is_read_from_the_deb_each_time(reads: list[str]) -> None:
    deb = _deb_of(FILES, "")
    pkg = _pinned(deb)
    _serve(deb)
    assert real_logs.deb_files(pkg, _html) == real_logs.deb_files(pkg, _html) == _direct(deb)
    assert not real_logs.deb_cache(pkg).exists()
    assert reads == [SPEC, SPEC]


def test_debian_sources_and_real_logs_read_the_same_cached_tar(reads: list[str]) -> None:
    """sources._debian_files (the Debian-packaged sources) and real_logs.package_files (real-logs) both
    read through deb_files: the tar one writes, the other reads without reading the .deb."""
    deb = _deb_of({**FILES, "usr/share/doc/demo/changelog.Debian": "demo (1.0-1) unstable\n"})
    pkg = _pinned(deb)
    _serve(deb)
    assert sources._debian_files(pkg.spec, pkg.sha256, pkg.licence, _html) == _direct(deb)
    assert real_logs.deb_cache(pkg).exists()
    files = real_logs.package_files(pkg)
    assert files == _direct(deb, lambda p: real_logs.kept(pkg, p)) and files
    assert reads == [SPEC]


def test_made_up_debs_never_touch_the_cache(reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The loaders' tests serve made-up .debs for real pins: through fake_debs (the Debian sources) or as
    archive bytes (real_logs_from, package_files with bytes). A cached tar for the pin is not read, none is
    written, and no .deb is read."""
    deb = _deb_of(FILES)
    pkg = _pinned(deb)
    _serve(deb)
    real_logs.deb_files(pkg, _html)
    reads.clear()
    cached = {p.name: p.read_bytes() for p in sources.archive_dir(SPEC).iterdir()}
    made_up = _deb_of({"usr/share/doc/demo/manual/made-up.html": "<p>Made up.</p>"}, "gz")
    assert real_logs.package_files(pkg, made_up) == _direct(made_up, lambda p: real_logs.kept(pkg, p))
    fake_debs(monkeypatch, {"demo-manual": {"usr/share/doc/demo/manual/made-up.html": "<p>Made up.</p>"}})
    assert sources._debian_files(pkg.spec, pkg.sha256, pkg.licence, _html) == {
        "usr/share/doc/demo/manual/made-up.html": b"<p>Made up.</p>"
    }
    other = _pinned(b"a pin with no tar", "other=1.0")
    assert sources._debian_files(other.spec, other.sha256, other.licence, _html) == {}
    assert {p.name: p.read_bytes() for p in sources.archive_dir(SPEC).iterdir()} == cached
    assert not sources.archive_dir(other.spec).exists()
    assert reads == []
