"""What the second way through the gate (`evidence_flag_at`, round 14) costs per call, measured
without retraining: `python -m bench.evidence_cost` (round 16, helper 26d).

The shipped model.json is copied to a temporary directory with an `evidence_flag_at` added, and
check_prompt_injection is timed with each model in one process, interleaved, several rounds
(the host is shared: never compare two runs). The model is swapped in for the screen the way the
tests do it (injection.load_model); nothing else changes. A third variant searches the word
features with the RE2 Set of literals the run time used until round 15, to show what the dict
lookups (model.WordIndex) changed. Only dev benign prompts are timed (the held-out ones are the
lead's); "short" is the bench's definition (< 300 characters), "long" >= 1 KB.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import re2
from aiwatch.safety import injection
from aiwatch.safety import model as model_module
from aiwatch.safety.patterns import re2_options

from bench.bench_safety import adversarial, by_length, prose

# The probability a text without a gate cue must reach: the trainer's budgets put it in the last
# 1e-4 below 1 (round 14); the cost hardly depends on it (only a flag builds an explanation).
EVIDENCE_FLAG_AT = 0.9999


def _models(evidence_flag_at: float) -> dict[str, model_module.LinearModel]:
    """off (model.json as shipped), on (a copy with evidence_flag_at, read from a temp dir), and
    off and on with the round-15 word pass (an RE2 Set of the literals)."""
    raw = json.loads(resources.files("aiwatch.safety").joinpath("model.json").read_text(encoding="utf-8"))
    raw.pop("evidence_flag_at", None)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.json"
        path.write_text(json.dumps({**raw, "evidence_flag_at": evidence_flag_at}), encoding="utf-8")
        on = model_module.parse(path.read_text(encoding="utf-8"))
    out = {"off": model_module.parse(json.dumps(raw)), "on": on}
    for name, data in (("off", raw), ("on", {**raw, "evidence_flag_at": evidence_flag_at})):
        old = model_module.parse(json.dumps(data))
        old._words_in = _literal_set_pass(old)  # type: ignore[method-assign]
        out[f"{name}, round-15 Set"] = old
    return out


def _literal_set_pass(model: model_module.LinearModel) -> Callable[[bytes], list[int]]:
    """The round-15 word pass: one RE2 Set of `literal_of` literals over words_of's text."""
    rset, ids = re2.Set.SearchSet(re2_options()), []
    for i, f in enumerate(model.features):
        if not f.startswith(model_module.CUE_PREFIX):
            rset.Add(model_module.literal_of(f))
            ids.append(i)
    rset.Compile()

    def words_in(data: bytes) -> list[int]:
        return sorted(ids[j] for j in rset.Match(model_module.words_of(data)) or ())

    return words_in


def _use(model: model_module.LinearModel) -> None:
    injection.load_model = lambda: model  # type: ignore[assignment]


def _interleaved(
    models: dict[str, model_module.LinearModel], texts: list[str], rounds: int
) -> dict[str, list[float]]:
    """CPU seconds per call of each variant on each text: the variants take turns text by text, in
    an order that rotates, so a load spike on the shared host hits all of them alike. CPU time of
    the thread (CLOCK_THREAD_CPUTIME_ID), not wall time: time spent descheduled on a host shared by
    four processes is not the screen's cost (caches another process evicted still count)."""
    names = list(models)
    out: dict[str, list[float]] = {n: [] for n in names}
    for r in range(rounds):
        for k, text in enumerate(texts):
            for j in range(len(names)):
                name = names[(j + k + r) % len(names)]
                _use(models[name])
                t0 = time.thread_time()
                injection.check_prompt_injection(text)
                out[name].append(time.thread_time() - t0)
    return out


def _dev_benign() -> tuple[list[str], list[str]]:
    from bench.corpus.sources import dev_only, load_all

    short, long_ = by_length([s.text for s in dev_only(load_all()[0]) if not s.attack])
    random.Random(16).shuffle(short)
    random.Random(16).shuffle(long_)
    return short, long_


def run(rounds: int = 3, max_long: int = 1500) -> str:
    """A markdown table: median µs per call of each variant (and per KB where texts are long)."""
    short, long_ = _dev_benign()
    long_ = long_[:max_long]
    models = _models(EVIDENCE_FLAG_AT)
    names = list(models)
    gc.collect()
    gc.freeze()
    flagged = dict.fromkeys(names, 0)
    for name in names:  # one warm pass each: every Set's first states, the caches
        _use(models[name])
        for t in short:
            flagged[name] += injection.check_prompt_injection(t)["action"] != "allow"
    groups: dict[str, list[str]] = {"short dev benign prompts": short, "long dev benign prompts": long_}
    groups |= {"prose 1 KB": [prose(1024)] * 20, "prose 10 KB": [prose(10240)] * 10}
    groups |= {f"adversarial: {k}": [v] * 7 for k, v in adversarial().items()}
    lines = [
        f"check_prompt_injection, median CPU µs per call, variants interleaved text by text, {rounds} rounds; "
        f"{len(short)} short (< 300 characters) and {len(long_)} long (>= 1 KB) dev benign prompts; "
        f"evidence_flag_at {EVIDENCE_FLAG_AT} in the `on` variants:",
        "",
        "| input | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for g, texts in groups.items():
        times = _interleaved(models, texts, rounds)
        cells = [f"{statistics.median(times[n]) * 1e6:.1f}" for n in names]
        lines.append(f"| {g} | " + " | ".join(cells) + " |")
        if g == "long dev benign prompts":
            kb = [len(t.encode()) / 1024 for t in texts] * rounds
            cells = [
                f"{statistics.median(t / k for t, k in zip(times[n], kb, strict=True)) * 1e6:.1f}"
                for n in names
            ]
            lines.append("| (the same, per KB) | " + " | ".join(cells) + " |")
    lines += ["", "Short dev benign prompts flagged: " + ", ".join(f"{n} {flagged[n]}" for n in names)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--max-long", type=int, default=1500)
    args = ap.parse_args(argv)
    print(run(args.rounds, args.max_long))


if __name__ == "__main__":
    main()
