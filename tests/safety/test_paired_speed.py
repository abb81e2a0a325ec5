"""bench.paired_speed, the keep rules' paired speed check: what it compares and how it combines.

No timing is asserted (timed tests are flaky on a shared host): the arms differ by exactly the named
entries, bad arguments are refused, the orders' combination cancels an order bias on made-up numbers,
the inputs are every k-th dev benign text in loader order, and the command runs on a tiny sample.
"""

from __future__ import annotations

import itertools
import json
import math
import statistics
import weakref
from collections import Counter
from dataclasses import dataclass

import pytest
from aiwatch.safety import injection
from aiwatch.safety.patterns import load

from bench import bench_safety, paired_speed
from bench.corpus.sources import HELD_OUT, Sample

# Round 49's kept candidate (forged dialogues): two entries, each reported on its own examples.
CANDIDATE = ("many_shot_open_turn_r49", "many_shot_claimed_history_r49")
# The report's keys and each comparison's, as a keep rule cites them (unchanged by round 51's schedule).
REPORT_KEYS = {
    "without",
    "every",
    "rounds",
    "rebuild",
    "load_before",
    "load_after",
    "inputs",
    "combined_by",
    "aa",
    "ab",
}
FIGURE_KEYS = {
    "short_median_pct",
    "long_total_pct",
    "short_off_us",
    "long_off_ms",
    "short_orders_pct",
    "long_orders_pct",
    "adversarial",
}


@pytest.fixture(scope="module")
def arms() -> dict[str, paired_speed.Matcher]:
    return {
        "on": paired_speed.matcher(paired_speed.pattern_set()),
        "off": paired_speed.matcher(paired_speed.pattern_set(CANDIDATE)),
    }


def _ids(result: dict) -> set[str]:
    return {m["pattern_id"] for m in result["matches"]}


@pytest.mark.parametrize("pattern_id", CANDIDATE)
def test_the_off_arm_lacks_exactly_the_named_entries(arms: dict, pattern_id: str) -> None:
    examples = next(p.examples for p in paired_speed.pattern_set().injection_patterns if p.id == pattern_id)
    assert examples
    for ex in examples:
        assert pattern_id in _ids(paired_speed.screen(arms["on"], ex))
        assert pattern_id not in _ids(paired_speed.screen(arms["off"], ex))
    kept = {p.id for p in paired_speed.pattern_set(CANDIDATE).injection_patterns}
    every = {p.id for p in paired_speed.pattern_set().injection_patterns}
    assert every - kept == set(CANDIDATE)


def test_injection_matcher_builds_from_the_pattern_set_given_and_the_shipped_one_by_default(
    arms: dict,
) -> None:
    """The arms come from injection_matcher's `ps`, not a patch of injection.load: the shipped set by
    default, the one given otherwise; the screen's own Matcher stays the shipped one."""
    shipped = [p.id for p in injection.injection_matcher().patterns]
    assert (
        shipped == [p.id for p in injection._matcher().patterns] == [p.id for p in load().injection_patterns]
    )
    assert [p.id for p in injection.injection_matcher(ps=load()).patterns] == shipped
    assert [p.id for p in arms["on"].patterns] == shipped
    assert [p.id for p in arms["off"].patterns] == [i for i in shipped if i not in CANDIDATE]
    off = injection.injection_matcher(pins_alone=True, ps=paired_speed.pattern_set(CANDIDATE))
    assert {p.id for p in off.patterns} == set(shipped) - set(CANDIDATE)
    assert injection.load is load  # nothing patched behind the harness's back


def test_an_unknown_id_is_refused() -> None:
    with pytest.raises(ValueError, match="no_such_pattern"):
        paired_speed.pattern_set(["no_such_pattern", CANDIDATE[0]])


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--without", "no_such_pattern"], "no_such_pattern"),
        (["--without", CANDIDATE[0], "--every", "0"], "--every"),
        (["--without", CANDIDATE[0], "--rounds", "0"], "--rounds"),
        (["--without", CANDIDATE[0], "--every", "x"], "--every"),
        ([], "--without"),
        (["--without"], "--without"),
        (["--without", CANDIDATE[0], "--adversarial-only", "--every", "2"], "--adversarial-only"),
    ],
)
def test_bad_arguments_exit_non_zero_with_a_message(
    argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        paired_speed.parse_args(argv)
    assert exc.value.code == 2
    assert needle in capsys.readouterr().err


def _made_up(
    true: dict[str, list[float]], first_factor: float
) -> dict[tuple[str, str], dict[str, list[float]]]:
    """paired_medians' output when each arm takes `true` ns and the arm timed first takes
    first_factor times that (a pure order bias)."""
    return {
        (a, b): {a: [t * first_factor for t in true[a]], b: list(true[b])} for a, b in paired_speed.ORDERS
    }


def test_the_orders_combined_cancel_a_pure_order_bias() -> None:
    inputs = paired_speed.Inputs(["s1", "s2", "s3"], ["l1", "l2"], {"adv": "a"})
    off = [10_000.0, 20_000.0, 30_000.0, 1e6, 3e6, 5e6]
    on = [t * 1.05 for t in off]
    true = {"off": off, "off2": list(off), "on": on}
    for f in (1 / 3.5, 0.9, 1.0, 1.3):
        got = paired_speed.compare(inputs, _made_up(true, f))
        assert got["aa"].short_median_pct == pytest.approx(0, abs=1e-9)
        assert got["aa"].long_total_pct == pytest.approx(0, abs=1e-9)
        assert got["ab"].short_median_pct == pytest.approx(5)
        assert got["ab"].long_total_pct == pytest.approx(5)
        adv = got["ab"].adversarial["adv"]
        assert adv["excess_pct"] == pytest.approx(5)
        off_ms = (5e6 * f + 5e6) / 2 / 1e6  # the mean of the two orders' off medians
        assert adv["off_ms"] == pytest.approx(off_ms)
        assert adv["excess_ms"] == pytest.approx(0.05 * off_ms)
        assert got["ab"].short_off_us == pytest.approx((20 * f + 20) / 2)  # µs: the mean of the orders'
        assert got["ab"].long_off_ms == pytest.approx((4 * f + 4) / 2)
        # each order alone carries the bias, in opposite directions
        first, second = got["ab"].short_orders_pct
        assert first == pytest.approx(100 * (1.05 / f - 1))
        assert second == pytest.approx(100 * (1.05 * f - 1))
    # Round 49's rule averaged the two orders' percentages: with the first arm 3.5x faster, a
    # candidate 5 % slower read +98.75 %, and an A/A +89.29 % (the geometric mean reads +5 % and 0 %).
    first, second = paired_speed.compare(inputs, _made_up(true, 1 / 3.5))["ab"].short_orders_pct
    assert statistics.fmean([first, second]) == pytest.approx(100 * (1.05 * (3.5 + 1 / 3.5) / 2 - 1))
    assert statistics.fmean([first, second]) > 90
    assert paired_speed.combine(1.05 * 3.5, 1.05 / 3.5) == pytest.approx(1.05)
    assert math.isclose(paired_speed.combine(4, 0.25), 1)


def test_a_kind_without_inputs_reads_n_a() -> None:
    inputs = paired_speed.Inputs(["s1"], [], {})
    got = paired_speed.compare(inputs, _made_up({"off": [1.0], "off2": [1.0], "on": [2.0]}, 1.0))
    assert got["ab"].short_median_pct == pytest.approx(100)
    assert got["ab"].long_total_pct is None and got["ab"].long_off_ms is None
    text = paired_speed.text_report(paired_speed.report(["x"], 3, 1, inputs, got))
    assert ">= 1 KB total n/a" in text and "short median per call +100.00 %" in text


def _sample(source: str, i: int, n_bytes: int, attack: bool = False) -> Sample:
    text = f"{source} {i} " + "x" * n_bytes
    return Sample(source, str(i), "kind", text, attack)


def test_inputs_are_every_kth_dev_benign_text_in_loader_order_and_no_held_out_row() -> None:
    held = sorted(HELD_OUT)[0]
    rows = []
    for i in range(40):
        source = held if i % 5 == 0 else f"dev-source-{i % 3}"
        rows.append(_sample(source, i, 2000 if i % 4 == 0 else 50, attack=i % 7 == 0))
    dev_benign = [r for r in rows if r.source != held and not r.attack]
    for k in (1, 2, 3, 100):
        short, long_ = paired_speed.dev_benign(rows, k)
        assert short == [r.text for r in dev_benign if len(r.text.encode()) < 1024][::k]
        assert long_ == [r.text for r in dev_benign if len(r.text.encode()) >= 1024][::k]
        assert not {r.text for r in rows if r.source == held or r.attack} & {*short, *long_}
    assert paired_speed.dev_benign(rows, 2)[0][:2] == [dev_benign[0].text, dev_benign[2].text]
    with pytest.raises(ValueError, match="every"):
        paired_speed.dev_benign(rows, 0)
    # the bench's 1 KB split and adversarial inputs, one definition each
    assert paired_speed.LONG_BYTES is bench_safety.LONG_BYTES == 1024
    assert paired_speed.select(rows, 3).adversarial == paired_speed.adversarial()


def test_the_command_runs_on_a_tiny_sample(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [_sample("dev-source", i, 1500 if i % 3 == 0 else 40) for i in range(12)]
    rows.append(_sample(sorted(HELD_OUT)[0], 99, 40))
    monkeypatch.setattr(paired_speed, "load_all", lambda: (rows, []))
    assert paired_speed.main(["--without", *CANDIDATE, "--every", "5", "--rounds", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["without"] == list(CANDIDATE)
    assert set(data) == REPORT_KEYS  # the six pairs' on/off2 orders are timed, not reported
    assert data["inputs"] == {"short": 2, "long": 1, "adversarial": 22}
    assert len(data["load_before"]) == len(data["load_after"]) == 3
    for key in ("aa", "ab"):
        f = data[key]
        assert set(f) == FIGURE_KEYS
        for name in ("short_median_pct", "long_total_pct", "short_off_us", "long_off_ms"):
            assert math.isfinite(f[name])
        assert len(f["short_orders_pct"]) == len(f["long_orders_pct"]) == 2
        assert set(f["adversarial"]) == set(paired_speed.adversarial())
        for adv in f["adversarial"].values():
            assert adv["off_ms"] > 0 and math.isfinite(adv["excess_ms"])
    text = paired_speed.text_report(data)
    for needle in ("A/A", "A/B", "short median per call", ">= 1 KB total", "repeated 'ignore '", "off"):
        assert needle in text


def test_adversarial_only_times_the_22_inputs_alone_without_the_corpus(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_corpus() -> None:
        raise AssertionError("--adversarial-only loaded the corpus")

    monkeypatch.setattr(paired_speed, "load_all", no_corpus)
    assert paired_speed.parse_args(["--without", CANDIDATE[0]]).every == paired_speed.EVERY
    assert paired_speed.parse_args(["--without", CANDIDATE[0], "--adversarial-only"]).every is None
    inputs = paired_speed.adversarial_only()
    assert (inputs.short, inputs.long, inputs.adversarial) == ([], [], paired_speed.adversarial())
    assert paired_speed.main(["--without", *CANDIDATE, "--adversarial-only", "--rounds", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["every"] is None
    assert data["inputs"] == {"short": 0, "long": 0, "adversarial": 22}
    for key in ("aa", "ab"):
        f = data[key]
        assert f["short_median_pct"] is f["long_total_pct"] is f["short_off_us"] is f["long_off_ms"] is None
        assert set(f["adversarial"]) == set(paired_speed.adversarial())
        for adv in f["adversarial"].values():
            assert adv["off_ms"] > 0 and math.isfinite(adv["excess_ms"])
    text = paired_speed.text_report(data)
    assert "no dev benign text (--adversarial-only)" in text
    assert "every k-th" not in text and "medium examples, every decoder" in text


def test_rebuild_parses_and_is_off_by_default() -> None:
    assert paired_speed.parse_args(["--without", CANDIDATE[0]]).rebuild is False
    assert paired_speed.parse_args(["--without", CANDIDATE[0], "--rebuild"]).rebuild is True
    assert paired_speed.parse_args(["--without", CANDIDATE[0], "--adversarial-only", "--rebuild"]).rebuild


class _Arm:
    """A stand-in for a Matcher: which build made it and under which name (weakref-able)."""

    def __init__(self, build: int, name: str) -> None:
        self.build, self.name = build, name


@pytest.mark.parametrize("rebuild", [False, True])
def test_rebuild_times_each_round_with_arms_of_its_own_build(
    monkeypatch: pytest.MonkeyPatch, rebuild: bool
) -> None:
    """With rebuild, every round's calls use the arms built at its start, none reused from an earlier
    round, and the previous round's arms are gone before the next are built; without, one build serves
    every round. The figures keep their shape either way."""
    builds: list[int] = []  # the round each build was made for
    checks: list[tuple[int, str]] = []  # (the build, the arm's name) of each screen call
    refs: list[weakref.ref] = []

    def build() -> dict[str, _Arm]:
        assert all(r() is None for r in refs), "an earlier round's arm was still held when building"
        made = {name: _Arm(len(builds), name) for name in ("on", "off", "off2")}
        builds.append(len(builds))
        refs.extend(weakref.ref(a) for a in made.values())
        return made

    def spy(text: str) -> dict:
        arm = injection._matcher()
        checks.append((arm.build, arm.name))
        return {}

    monkeypatch.setattr(injection, "check_prompt_injection", spy)
    texts, rounds = ["a", "b", "c"], 3
    medians = paired_speed.paired_medians(build, texts, rounds, rebuild=rebuild)
    assert builds == (list(range(rounds)) if rebuild else [0])
    # per round: 6 ordered pairs x 2 arms x 2 calls (untimed, timed) per text
    per_round = len(texts) * len(paired_speed.ORDERS) * 2 * 2
    assert len(checks) == rounds * per_round
    for rnd in range(rounds):
        used = checks[rnd * per_round : (rnd + 1) * per_round]
        assert {b for b, _ in used} == {rnd if rebuild else 0}
        assert {name for _, name in used} == {"on", "off", "off2"}
    # each ordered pair, its two arms, one median per text
    assert set(medians) == set(paired_speed.ORDERS)
    for order, per_arm in medians.items():
        assert set(per_arm) == set(order)
        assert all(len(v) == len(texts) for v in per_arm.values())


@pytest.mark.parametrize("rebuild", [False, True])
def test_the_command_builds_the_arms_once_or_each_round(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], arms: dict, rebuild: bool
) -> None:
    calls: list[tuple[str, ...]] = []

    def counted(without: tuple[str, ...]) -> dict:
        calls.append(tuple(without))
        return {"on": arms["on"], "off": arms["off"], "off2": arms["off"]}

    rows = [_sample("dev-source", i, 1500 if i % 3 == 0 else 40) for i in range(12)]
    monkeypatch.setattr(paired_speed, "load_all", lambda: (rows, []))
    monkeypatch.setattr(paired_speed, "arms", counted)
    argv = ["--without", *CANDIDATE, "--every", "5", "--rounds", "2", "--json"]
    assert paired_speed.main([*argv, "--rebuild"] if rebuild else argv) == 0
    assert calls == [CANDIDATE] * (2 if rebuild else 1)
    data = json.loads(capsys.readouterr().out)
    assert data["rebuild"] is rebuild
    assert data["inputs"] == {"short": 2, "long": 1, "adversarial": 22}
    for key in ("aa", "ab"):
        for name in ("short_median_pct", "long_total_pct", "short_off_us", "long_off_ms"):
            assert math.isfinite(data[key][name])
        assert set(data[key]["adversarial"]) == set(paired_speed.adversarial())
    text = paired_speed.text_report(data)
    assert ("built afresh at the start of each round" in text) is rebuild
    assert ("built once for the run" in text) is not rebuild


# Round 51's schedule: the four pairs of A/A and A/B alone, in which off screened each text twice as often.
FOUR_PAIRS = (("off", "off2"), ("off2", "off"), ("off", "on"), ("on", "off"))


@dataclass(frozen=True)
class _Call:
    """One check_prompt_injection call of paired_medians: the round, the text, the arm, timed or not."""

    round: int
    text: str
    arm: str
    timed: bool


def _calls(
    monkeypatch: pytest.MonkeyPatch,
    texts: list[str],
    rounds: int,
    rebuild: bool = False,
    orders: tuple[tuple[str, str], ...] = paired_speed.ORDERS,
) -> list[_Call]:
    """paired_medians' screen calls, in order, with stand-in arms: a spy on check_prompt_injection, and
    one on the clock telling the timed call (the one right after the clock's first reading)."""
    calls: list[_Call] = []
    state = {"round": 0, "timed": False, "reading": 0}

    def clock() -> int:
        state["reading"] += 1
        state["timed"] = state["reading"] % 2 == 1  # start, then stop
        return state["reading"]

    def spy(text: str) -> dict:
        calls.append(_Call(state["round"], text, injection._matcher().name, state["timed"]))
        state["timed"] = False
        return {}

    def progress(_: str) -> None:
        state["round"] += 1

    monkeypatch.setattr(injection, "check_prompt_injection", spy)
    monkeypatch.setattr(paired_speed.time, "thread_time_ns", clock)
    build = lambda: {name: _Arm(0, name) for name in ("on", "off", "off2")}  # noqa: E731
    paired_speed.paired_medians(build, texts, rounds, rebuild=rebuild, orders=orders, progress=progress)
    return calls


def _timed_orders(calls: list[_Call]) -> list[tuple[str, str]]:
    """The ordered pairs as timed: each text's timed calls, two by two (first, second)."""
    timed = [c for c in calls if c.timed]
    pairs = list(zip(timed[::2], timed[1::2], strict=True))
    assert all(a.text == b.text and a.round == b.round for a, b in pairs)
    return [(a.arm, b.arm) for a, b in pairs]


@pytest.mark.parametrize("rebuild", [False, True])
def test_every_arm_screens_every_text_as_often_each_round(
    monkeypatch: pytest.MonkeyPatch, rebuild: bool
) -> None:
    """Each arm is in four of the six pairs: 8 screens of each text a round (4 untimed, 4 timed), the
    same for on, off and off2. The four pairs until round 51 gave off 8 and the others 4."""
    texts, rounds = ["a", "b", "c", "d", "e", "f", "g"], 3
    calls = _calls(monkeypatch, texts, rounds, rebuild)
    counts = Counter((c.round, c.text, c.arm, c.timed) for c in calls)
    assert counts == {
        (rnd, t, arm, timed): 4
        for rnd in range(rounds)
        for t in texts
        for arm in ("on", "off", "off2")
        for timed in (False, True)
    }
    old = Counter((c.text, c.arm) for c in _calls(monkeypatch, ["a"], 1, orders=FOUR_PAIRS))
    assert old == {("a", "off"): 8, ("a", "on"): 4, ("a", "off2"): 4}
    # each timed call right after the same arm's untimed one, on the same text
    for prev, call in itertools.pairwise(calls):
        if call.timed:
            assert (prev.text, prev.arm, prev.timed) == (call.text, call.arm, False)


def test_both_orders_of_a_a_and_a_b_are_timed_for_every_text() -> None:
    assert paired_speed.COMPARISONS == {"aa": ("off", "off2"), "ab": ("off", "on")}
    assert len(set(paired_speed.ORDERS)) == len(paired_speed.ORDERS) == 6
    for base, cand in paired_speed.COMPARISONS.values():
        assert {(base, cand), (cand, base)} <= set(paired_speed.ORDERS)
    assert {arm: sum(arm in o for o in paired_speed.ORDERS) for arm in ("on", "off", "off2")} == {
        "on": 4,
        "off": 4,
        "off2": 4,
    }


def test_each_text_is_timed_in_every_ordered_pair_each_round(monkeypatch: pytest.MonkeyPatch) -> None:
    texts, rounds = ["a", "b", "c"], 2
    timed = _timed_orders(_calls(monkeypatch, texts, rounds))
    n = len(paired_speed.ORDERS)
    assert len(timed) == rounds * len(texts) * n
    for k in range(rounds * len(texts)):
        block = timed[k * n : (k + 1) * n]
        assert sorted(block) == sorted(paired_speed.ORDERS)
        # rotated: text i of round r starts with ORDERS[(i + r) % n], in ORDERS' cyclic order
        start = paired_speed.ORDERS.index(block[0])
        assert start == (k % len(texts) + k // len(texts)) % n
        assert block == [paired_speed.ORDERS[(start + j) % n] for j in range(n)]


# The comparisons read (A/A, A/B) and the pairs timed only for the balance (on against off2).
_READ_AND_BALANCING = {**paired_speed.COMPARISONS, "on/off2": ("off2", "on")}


def _warm_states(calls: list[_Call]) -> dict[tuple[str, str], list[tuple[int, bool]]]:
    """Per (comparison, arm), the state of each of the arm's timed calls in the comparison's two orders: how
    many screens of the text it had made in the round (its untimed one included), and whether its untimed
    call came right after its own timed one (the pair before, on the same text, ended with it)."""
    seen: Counter = Counter()
    follows_own = False
    timed: list[tuple[str, tuple[int, bool]]] = []
    for prev, call in itertools.pairwise([None, *calls]):
        key = (call.round, call.text, call.arm)
        seen[key] += 1
        if call.timed:
            timed.append((call.arm, (seen[key] - 1, follows_own)))
        else:
            follows_own = prev is not None and (prev.round, prev.text, prev.arm) == key
    states: dict[tuple[str, str], list[tuple[int, bool]]] = {}
    for first, second in zip(timed[::2], timed[1::2], strict=True):
        for name, cmp_ in _READ_AND_BALANCING.items():
            if {first[0], second[0]} == set(cmp_):
                for arm, state in (first, second):
                    states.setdefault((name, arm), []).append(state)
    return states


def _balanced(states: dict[tuple[str, str], list[tuple[int, bool]]]) -> dict[str, bool]:
    return {
        name: sorted(states[name, base]) == sorted(states[name, cand])
        for name, (base, cand) in _READ_AND_BALANCING.items()
        if (name, base) in states
    }


def test_over_six_rotations_each_comparison_times_its_two_arms_in_the_same_warm_states(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Six texts in one round take the six rotations of the cycle: in each comparison (both orders
    pooled) the base and the candidate arm are timed after the same numbers of their own screens of the
    text, and as often right after their own call, so a warm state growing with those counts cancels in
    the geometric mean. The same six pairs in another cycle do not, nor did the four pairs until round 51."""
    texts = [f"t{i}" for i in range(len(paired_speed.ORDERS))]
    states = _warm_states(_calls(monkeypatch, texts, 1))
    assert _balanced(states) == {"aa": True, "ab": True, "on/off2": True}
    # each arm of each comparison: timed at its 2nd, 4th, 6th and 8th screen of the text (1, 3, 5, 7 before
    # it), three times each, never right after its own call (no pair ends with the arm that starts the next)
    assert all(sorted(v) == [(n, False) for n in (1, 3, 5, 7) for _ in range(3)] for v in states.values())
    listed = (("off", "off2"), ("off2", "off"), ("off", "on"), ("on", "off"), ("off2", "on"), ("on", "off2"))
    states = _warm_states(_calls(monkeypatch, texts, 1, orders=listed))
    assert _balanced(states) == {"aa": False, "ab": False, "on/off2": False}
    own = {arm: sorted(n for n, _ in states["aa", arm]) for arm in ("off", "off2")}
    assert own == {"off": [1, 1, 1, 1, 3, 3, 3, 3, 5, 5, 7, 7], "off2": [1, 1, 3, 3, 5, 5, 5, 5, 7, 7, 7, 7]}
    old = _warm_states(_calls(monkeypatch, texts[:4], 1, orders=FOUR_PAIRS))
    assert _balanced(old) == {"aa": False, "ab": False}
    assert sorted(n for n, _ in old["aa", "off"]) == [1, 1, 3, 3, 5, 5, 7, 7]
    assert sorted(n for n, _ in old["aa", "off2"]) == [1, 1, 1, 1, 3, 3, 3, 3]
