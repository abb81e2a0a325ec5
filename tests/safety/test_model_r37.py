"""Round 37: the scoring model retrained with real content's BUILD halves among its benign training texts,
and the trainer's command line (argparse: `--help`, a typo or a bad value exit before anything loads), with
the other bench command lines that parsed sys.argv by hand."""

from __future__ import annotations

import pytest

import bench.__main__ as bench_main
import bench.bench_capacity as bench_capacity
import bench.model_experiments as model_experiments
import bench.train_safety_model as training
from bench.corpus.sources import Sample


def _row(source: str, package: str, attack: bool = False) -> Sample:
    return Sample(source, f"{package}:etc/some.conf#0", "config", "key = value", attack)


# --- The trainer's command line (argparse since round 37) -------------------------------------------------


def _exit(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        training.parse_args(argv)
    out = capsys.readouterr()
    return int(exc.value.code or 0), out.out + out.err


def test_the_trainers_defaults_are_those_of_a_plain_run() -> None:
    """No option: each source left out alone, every benign text counted, the shipped budgets, the
    shipped sources only, weight 1, the report written (as `make train-safety` has always run)."""
    opts = training.parse_args([])
    assert opts == training.Options()
    assert opts == (None, None, training.NEAR_MISS_SOURCES, training.FLAG_FP, False, False, 1.0, True)
    run = training.parse_args(["--folds", "10", "--real-build", "--no-write-report"])
    assert (run.folds, run.real_build, run.real_budget, run.real_weight, run.write_report) == (
        10,
        True,
        False,
        1.0,
        False,
    )
    other = training.parse_args(
        [
            "--source-share",
            "0.25",
            "--flag-fp",
            "0.001",
            "--near-miss",
            "generated-support",
            "--near-miss",
            "x",
        ]
    )
    assert (other.share, other.flag_fp) == (0.25, 0.001)
    assert other.near_miss == training.NEAR_MISS_SOURCES | {"generated-support", "x"}
    weighted = training.parse_args(["--real-build", "--real-weight", "2.5", "--real-build-budget"])
    assert (weighted.real_weight, weighted.real_budget) == (2.5, True)


def test_help_prints_every_option_and_trains_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _exit(["--help"], capsys)
    assert code == 0
    for option in ("--folds", "--source-share", "--near-miss", "--flag-fp", "--real-build", "--real-build-budget",
                   "--real-weight", "--no-write-report"):  # fmt: skip
        assert option in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--fold", "10"], "unrecognized arguments: --fold"),  # no abbreviation: a typo is an error
        (["--real-bulid"], "unrecognized arguments: --real-bulid"),
        (["10"], "unrecognized arguments: 10"),
        (["--folds"], "--folds: expected one argument"),
        (["--folds", "ten"], "not an integer: 'ten'"),
        (["--folds", "1"], "must be >= 2, not 1"),
        (["--source-share", "1.5"], r"must be in (0, 1], not 1.5"),
        (["--flag-fp", "0.2"], "must be in [0.0005, 0.1), not 0.2"),
        (["--flag-fp", "x"], "not a number: 'x'"),
        (["--near-miss"], "--near-miss: expected one argument"),
        (["--real-build", "--real-weight", "0"], "must be > 0, not 0"),
        (["--real-build", "--real-weight", "nan"], "must be > 0, not nan"),
        (["--real-weight", "2"], "--real-build-budget and --real-weight need --real-build"),
        (["--real-build-budget"], "--real-build-budget and --real-weight need --real-build"),
    ],
)
def test_a_bad_command_line_exits_2_with_a_message(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _exit(argv, capsys)
    assert code == 2
    assert message in out
    assert "usage: python -m bench.train_safety_model" in out


def test_a_bad_command_line_stops_main_before_anything_is_loaded(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--fold 10` once ran a whole retrain (and overwrote model.json): now main stops at the parser."""

    def loaded(*_: object) -> None:
        raise AssertionError("the corpus was loaded")

    monkeypatch.setattr(training, "load_all", loaded)
    for argv in (["--fold", "10"], ["--real-bulid"], ["--help"]):
        with pytest.raises(SystemExit) as exc:
            training.main(argv)
        assert exc.value.code == (0 if argv == ["--help"] else 2)
    capsys.readouterr()


def test_the_real_weight_moves_the_trained_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--real-weight` reaches `train` and the out-of-fold workers as an argument (the module holds
    no weight of its own): a larger weight on the added benign texts pushes their words further
    towards benign (tiny made-up corpus, one process)."""
    assert not hasattr(training, "_REAL_WEIGHT")
    words = ["alpha", "beta", "gamma", "delta", "config", "prompt", "rules"]
    rows = []
    for i in range(12):
        w = words[i % len(words)]
        for src in ("att-a", "att-b", "att-c"):
            rows.append(
                Sample(src, f"{src}-{i}", "instruction_override", f"ignore the {w} rules now {i}", True)
            )
        rows.append(Sample("chat", f"chat-{i}", "chat", f"tell me about the {w} of cats {i}", False))
        rows.append(
            Sample("jevbench", f"jev-{i}", "ticket", f"the {w} rules file is read at start {i}", False)
        )
    feats = training.featurize(rows)
    one, _ = training.train(rows, feats)
    four, _ = training.train(rows, feats, 4.0)
    assert four["rules"] < one["rules"]
    monkeypatch.setattr(training.os, "cpu_count", lambda: 1)
    scored = {
        w: dict((s.id, p) for s, p in training.out_of_source_scores(rows, feats, None, w)) for w in (1.0, 4.0)
    }
    assert scored[1.0] != scored[4.0]


@pytest.mark.parametrize(
    ("parse", "argv", "message"),
    [
        (lambda a: bench_main.parse_args(a), ["--help"], "usage: python -m bench"),
        (lambda a: bench_main.parse_args(a), ["nosuch"], "unknown benchmark 'nosuch'"),
        (lambda a: bench_main.parse_args(a), ["--all"], "unrecognized arguments: --all"),
        (lambda a: bench_capacity.parse_args(a), ["--help"], "usage: python -m bench.bench_capacity"),
        (lambda a: bench_capacity.parse_args(a), ["ten"], "not an integer: 'ten'"),
        (lambda a: bench_capacity.parse_args(a), ["0"], "must be >= 1, not 0"),
        (lambda a: model_experiments.parse_args(a), ["--help"], "usage: python -m bench.model_experiments"),
        (lambda a: model_experiments.parse_args(a), ["nosuch"], "unknown variants ['nosuch']"),
    ],
)
def test_the_other_bench_command_lines(
    parse: object, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m bench`, `bench.bench_capacity` and `bench.model_experiments` parse with argparse too:
    `--help` prints and exits 0, anything else unknown exits 2 with a message, before any work."""
    with pytest.raises(SystemExit) as exc:
        parse(argv)  # type: ignore[operator]
    out = capsys.readouterr()
    assert exc.value.code == (0 if argv == ["--help"] else 2)
    assert message in out.out + out.err


def test_the_other_bench_command_lines_defaults() -> None:
    assert bench_main.parse_args([]) == [n for n in bench_main.BENCHMARKS if n not in bench_main.SEPARATE]
    assert bench_main.parse_args(["capacity", "safety"]) == ["capacity", "safety"]
    assert bench_capacity.parse_args([]) == bench_capacity.SIZES
    assert bench_capacity.parse_args(["5", "20"]) == (5, 20)
    assert model_experiments.parse_args([]) == ["baseline"]
    assert model_experiments.parse_args(["baseline", "gate-r13"]) == ["baseline", "gate-r13"]
