"""Round 29's exact cut on long blocked texts: once a settled search's pinned step (the model's cues)
is outranked, it is skipped, not run as a Set of its signals alone, and the model asks the text
itself whether it holds a gate cue (`LinearModel.gated_anywhere`: a search that stops at the first
cue, in the text's head first). No result may change.
"""

from __future__ import annotations

import pytest
from aiwatch.safety import injection as inj
from aiwatch.safety import model as md
from aiwatch.safety.engine import STEP_SKIPPED
from aiwatch.safety.normalise import normalise
from aiwatch.safety.patterns import load

from bench.bench_safety import adversarial
from tests.support.speed import spy_set_runs

FILLER = "The quarterly report covers sales, returns and the cache policy. "


def _gate_cue_example() -> str:
    """A pattern example holding a gate cue (normalised), the shortest."""
    m = inj.load_model()
    found = [
        ex
        for p in load().injection_patterns
        for ex in p.examples
        if m.gate and not m.gate.isdisjoint(m._cues_in(normalise(ex, False).data))
    ]
    return min(found, key=len)


def test_the_screen_skips_the_outranked_pinned_step_instead_of_its_signals_alone() -> None:
    m = inj._matcher()
    pinned = [s for s in m._steps if s[2]]
    assert pinned and all(s[4] == STEP_SKIPPED for s in pinned)  # skipped once outranked: no Set of its own
    assert [s for s in inj.injection_matcher(pins_alone=True)._steps if s[2] and s[4] >= 0]


def test_gated_anywhere_equals_gated_with_the_cues_of_all_of_the_text() -> None:
    model = inj.load_model()
    cue = normalise(_gate_cue_example(), False).data.decode()
    head = md.GATE_SEARCH_HEAD
    filler = FILLER * (40_000 // len(FILLER))
    texts = {
        "none": filler,
        "in the head": cue + " " + filler,
        "across the head's end": filler[: head - len(cue) // 2] + cue + filler,
        "after the head only": filler + cue + filler,
        "in the window's tail only": filler + filler + cue,
        "glued to a word at the head's end": filler[: head - len(cue)] + cue + "xyz" + filler,
    }
    texts |= {k: v for k, v in adversarial().items() if len(v.encode()) >= inj.SETTLE_MIN_BYTES}
    matcher = inj._matcher()
    seen = set()
    for name, text in texts.items():
        data = normalise(text, False).data
        cues = {s for s in matcher.search(data)[1] if inj._is_cue(s)}
        # a settled search's flag is not confirmed locally (round 45: no model decision changes it)
        assert model.gated_anywhere(data) == model.gated(data, cues, confirm=False), name
        seen.add(model.gated_anywhere(data) is None)
    assert seen == {True, False}  # both answers occur


@pytest.mark.parametrize(
    "name",
    [
        "medium examples, every decoder",
        "every example, repeated",
    ],
)
def test_a_settled_text_gets_the_result_it_got_with_the_signals_alone(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    text = adversarial()[name]
    runs = spy_set_runs(monkeypatch)
    fast = inj.check_prompt_injection(text)
    alone = inj.injection_matcher(pins_alone=True)
    monkeypatch.setattr(inj, "_matcher", lambda: alone)
    runs.clear()
    slow = inj.check_prompt_injection(text)
    assert {s[4] for s in alone._steps if s[4] >= 0} & set(runs)  # the signals alone ran there
    assert slow == fast
    assert fast["action"] == "block"
