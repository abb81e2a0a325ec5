"""Round 36: the scoring model retrained with real content's BUILD package halves among its benign
training texts (`--real-build`). The trainer's data selection: a CHECK half is never trained on, the
added texts are the BUILD halves and REAL_BUILD_BENIGN, their weight and budget are options."""

from __future__ import annotations

import pytest

import bench.train_safety_model as training
from bench.corpus import real_content, real_feeds, real_logs
from bench.corpus.sources import Sample


def _halves(names: list[str], rule: object) -> dict[str, str]:
    return {n: rule(n) for n in names}  # type: ignore[operator]


def _row(source: str, package: str, attack: bool = False) -> Sample:
    return Sample(source, f"{package}:etc/some.conf#0", "config", "key = value", attack)


@pytest.mark.parametrize(
    ("source", "names", "rule"),
    [
        ("real-logs", [p.name for p in real_logs.packages()], real_logs.package_half),
        ("real-docs", [p.name for p in real_content.packages()], real_content.package_half),
        ("real-feeds", [p.name for p in real_feeds.packages()], real_feeds.package_half),
    ],
)
def test_a_check_half_is_never_trained_on(source: str, names: list[str], rule: object) -> None:
    """Whatever the options, a row of a CHECK package is dropped from the training set, and `train`
    refuses one (the CHECK halves judge a retrain's false positives)."""
    half = _halves(names, rule)
    build = next(n for n in sorted(names) if half[n] == "BUILD")
    check = next(n for n in sorted(names) if half[n] == "CHECK")
    rows = [_row(source, build), _row(source, check), _row("chat", "x")]
    for shipped in (None, frozenset({"chat"})):
        kept = training.training_set(rows, shipped)
        assert [training.half_of(r) for r in kept] == ["BUILD", None]
    training.assert_no_check_half(rows[:1])
    with pytest.raises(AssertionError, match=source):
        training.assert_no_check_half(rows)


def test_real_build_keeps_the_shipped_sources_and_adds_only_the_benign_real_content() -> None:
    """`--real-build`: the shipped model's sources, REAL_BUILD_BENIGN and the real-content BUILD
    halves; a dev source the shipped model never saw stays out (the one change is the real content)."""
    build = min(n for n in (p.name for p in real_logs.packages()) if real_logs.package_half(n) == "BUILD")
    rows = [
        _row("old-attacks", "a", attack=True),
        _row("newer-attacks", "b", attack=True),
        _row("cloneguard-benign", "c"),
        _row("jevbench", "d"),
        _row("real-logs", build),
    ]
    kept = training.training_set(rows, frozenset({"old-attacks"}))
    assert [r.source for r in kept] == ["old-attacks", "cloneguard-benign", "jevbench", "real-logs"]
    assert [training.added_by_real_build(r) for r in kept] == [False, True, True, True]
    assert training.training_set(rows, None) == rows


def test_the_real_build_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert training.parse_args([])[4:7] == (False, False, 1.0)
    assert training.parse_args(["--real-build", "--real-weight", "2"])[4:7] == (True, False, 2.0)
    assert training.parse_args(["--real-build", "--real-build-budget"]).real_budget
    for argv, message in (
        (["--real-build-budget"], "need --real-build"),
        (["--real-build", "--real-weight", "0"], "must be > 0"),
    ):
        with pytest.raises(SystemExit, match="2"):
            training.parse_args(argv)
        assert message in capsys.readouterr().err


def test_the_real_weight_scales_the_added_texts_within_the_benign_total() -> None:
    """The benign class keeps its total; an added text weighs W times a text of another benign source
    of the same size."""
    rows = [_row("chat", "x"), _row("jevbench", "y"), _row("att", "z", attack=True)]
    plain = training._weights(rows)
    assert plain[0] == pytest.approx(plain[1])
    heavy = training._weights(rows, 3.0)
    assert heavy[1] == pytest.approx(3 * heavy[0])
    assert heavy[0] + heavy[1] == pytest.approx(plain[0] + plain[1])
    assert heavy[2] == pytest.approx(plain[2])
