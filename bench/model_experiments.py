"""Grouped k-fold experiments for the scoring model, on DEV sources only (issue #15).

Why: the model is the layer meant to carry over to unseen collections, and a change to its
features, gate or budgets should be judged the way held-out sources judge it: each dev source
scored by a model that never saw it. Leave-one-source-out (`make train-safety`) takes ~20 min;
here the dev sources are split into FOLDS groups (a source's fold is a hash of its name, so the
split is deterministic and does not move when a source is added) and the model is trained
FOLDS times with the trainer's own `train`, at most two processes. Features, views and the
patterns' verdicts are computed once and cached (keyed by the corpus, patterns.yaml and the
model code).

The threshold is set as main() sets flag_at: the natural FLAG_FP budget and the NEAR_MISS_FP
budget over the benign texts the patterns let through, scored out of fold; a text without a
gate cue scores 0. Reported: attacks caught by the model alone (all, and those the patterns
miss), with the patterns, benign flagged, per family, what set the threshold, and where the
misses are (no gate cue at all, or gated but below the threshold).

    PYTHONPATH=$PWD/app:$PWD python -m bench.model_experiments [variant ...]

Variants are named in VARIANTS (the default runs `baseline`). Nothing held out is read:
`dev_only` filters first and `assert_no_held_out` checks again.

Round 13 (28,580 dev samples, 100 sources; attacks 10,945 of which the patterns miss 1,908;
benign 17,635). Model alone / pattern misses caught / with the patterns / benign flagged by the
model alone, with the patterns:
  words only (round 12's features)     30.1 %  405  86.3 %   63  115   flag_at 0.970
  + 5-character stems (pre:)           28.9 %  389  86.1 %   58  111   flag_at 0.984
  no gate                              40.6 %  513  87.3 %  182  237   flag_at 0.999 (cap)
  every cue gates                      29.4 %  386  86.1 %   54  109
  self_configuration does not gate     29.7 %  400  86.2 %   63  115
  generated-support as a near-miss set 33.0 %  456  86.7 %  178  228   flag_at 0.710
  MIN_ATTACK_SOURCES 6 / 10            29.2 / 27.7 %  387 / 374      70 / 72
  L2 1e-3                              29.5 %  393  86.2 %   58  110
  equal source weights (no sqrt)       29.5 %  386  86.1 %   68  120
Where the model loses: of the 1,503 pattern misses it also misses, 1,384 hold no gate cue (65 %
of dev attacks hold none, 4.8 % of benign texts do); 119 are gated but score below flag_at.
flag_at is set by the natural budget, and generated-support fills most of it (27 of the benign
texts within 0.002 of it).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import pickle
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

from aiwatch.paths import REPO
from aiwatch.safety import model as model_mod
from aiwatch.safety.injection import pattern_matches
from aiwatch.safety.model import CUE_PREFIX

from bench import train_safety_model as T
from bench.corpus.sources import FAMILIES, Sample, dev_only, load_all

FOLDS = 5
PROCESSES = 2  # the machine is shared: never more


def fold_of(source: str) -> int:
    return zlib.crc32(source.encode()) % FOLDS


@dataclass(frozen=True)
class Corpus:
    samples: list[Sample]
    views: list[list[str]]  # the texts each sample is scored on (T.views_of)
    caught: list[bool]  # the patterns match


def _key(samples: Sequence[Sample]) -> str:
    """What the views and the patterns' verdicts depend on: the corpus and the pattern code."""
    h = hashlib.sha1()
    for p in ("patterns.yaml", "normalise.py", "injection.py", "engine.py", "prefilter.py", "patterns.py"):
        h.update((REPO / "app" / "aiwatch" / "safety" / p).read_bytes())
    for s in samples:
        h.update(f"{s.source}\0{s.id}\0{s.attack}\0{s.text}\0".encode())
    return h.hexdigest()[:16]


def corpus() -> Corpus:
    """The dev corpus with its views and the patterns' verdicts (cached in the temp dir)."""
    samples = dev_only(load_all()[0])
    T.assert_no_held_out(samples)
    path = Path(tempfile.gettempdir()) / f"aiwatch-model-exp-{_key(samples)}.pkl"
    if path.exists():
        views, caught = pickle.loads(path.read_bytes())
        return Corpus(samples, views, caught)
    t = time.time()
    views = [T.views_of(s.text) for s in samples]
    caught = [bool(pattern_matches(s.text)) for s in samples]
    path.write_bytes(pickle.dumps((views, caught)))
    print(f"normalised and screened {len(samples)} dev samples in {time.time() - t:.0f} s", file=sys.stderr)
    return Corpus(samples, views, caught)


@dataclass(frozen=True)
class Variant:
    """One experiment: a gate, near-miss sources, trainer and model constants to override (the
    features are computed under the overrides: `model.PREFIX_LEN` changes the stems)."""

    name: str
    gate: frozenset[str] = T.GATE_FEATURES
    near_miss: frozenset[str] = T.NEAR_MISS_SOURCES
    overrides: dict[str, Any] = field(default_factory=dict)  # "T.NAME" or "model.NAME": value
    opens_gate: Callable[[set[str], dict[str, float]], bool] | None = None  # gate opened by evidence


_RUN: tuple[Corpus, list[set[str]], Variant] | None = None


def _patched(v: Variant) -> ExitStack:
    stack = ExitStack()
    for name, value in v.overrides.items():
        mod, attr = name.split(".", 1)
        stack.enter_context(mock.patch.object(T if mod == "T" else model_mod, attr, value))
        if mod == "model" and hasattr(T, attr):  # names the trainer imported from the model
            stack.enter_context(mock.patch.object(T, attr, value))
    return stack


def _fold(k: int) -> list[tuple[int, float]]:
    """Scores of fold k's samples by a model trained on the other folds: (index, p)."""
    assert _RUN is not None
    c, feats, v = _RUN
    train_idx = [i for i, s in enumerate(c.samples) if fold_of(s.source) != k]
    with _patched(v):
        weights, bias = T.train([c.samples[i] for i in train_idx], [feats[i] for i in train_idx])
        out = []
        for i, s in enumerate(c.samples):
            if fold_of(s.source) != k:
                continue
            f = feats[i]
            ok = bool(f & v.gate) or (v.opens_gate is not None and v.opens_gate(f, weights))
            out.append((i, T.prob(weights, bias, f) if ok else 0.0))
    return out


def out_of_fold(c: Corpus, v: Variant) -> tuple[list[set[str]], list[float]]:
    """The features under v's overrides, and each sample's score by a model trained without its fold."""
    global _RUN
    with _patched(v):
        feats = T.featurize_views(c.views)
    _RUN = (c, feats, v)
    try:
        with multiprocessing.get_context("fork").Pool(min(PROCESSES, FOLDS)) as pool:
            parts = pool.map(_fold, range(FOLDS), chunksize=1)
    finally:
        _RUN = None
    scores = [0.0] * len(c.samples)
    for part in parts:
        for i, p in part:
            scores[i] = p
    return feats, scores


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f} % ({k}/{n})" if n else "-"


def report(
    c: Corpus, v: Variant, feats: Sequence[set[str]], scores: Sequence[float]
) -> tuple[str, dict[str, float]]:
    """The figures at a threshold set like main() sets flag_at."""
    s_ = c.samples
    free = [i for i, s in enumerate(s_) if not s.attack and not c.caught[i]]
    natural = [scores[i] for i in free if s_[i].source not in v.near_miss]
    near = [scores[i] for i in free if s_[i].source in v.near_miss]
    with _patched(v):
        flag_at = max(T.threshold(natural, T.FLAG_FP), T.threshold(near, T.NEAR_MISS_FP))
        need_nat, need_near = T.needed(natural, T.FLAG_FP), T.needed(near, T.NEAR_MISS_FP)
    att = [i for i, s in enumerate(s_) if s.attack]
    ben = [i for i, s in enumerate(s_) if not s.attack]
    missed_by_patterns = [i for i in att if not c.caught[i]]
    alone = sum(scores[i] > flag_at for i in att)
    beyond = sum(scores[i] > flag_at for i in missed_by_patterns)
    combined = sum(c.caught[i] or scores[i] > flag_at for i in att)
    ben_alone = sum(scores[i] > flag_at for i in ben)
    ben_comb = sum(c.caught[i] or scores[i] > flag_at for i in ben)
    feats_gate = [bool(feats[i] & v.gate) for i in range(len(s_))]
    lost = [i for i in missed_by_patterns if scores[i] <= flag_at]
    no_gate = sum(scores[i] == 0.0 for i in lost)
    lines = [
        f"### {v.name}: {FOLDS}-fold by source, flag_at {flag_at:.5f} "
        f"(natural needs > {need_nat:.5f}, near-miss > {need_near:.5f})",
        f"model alone: {_pct(alone, len(att))} of attacks; {_pct(beyond, len(missed_by_patterns))} of those the "
        f"patterns miss; with the patterns {_pct(combined, len(att))}",
        f"benign flagged: model alone {_pct(ben_alone, len(ben))}, with the patterns {_pct(ben_comb, len(ben))}",
        f"pattern misses the model also misses: {len(lost)}: {no_gate} scored 0 (no gate cue), "
        f"{len(lost) - no_gate} gated but <= flag_at (attacks with a gate cue: "
        f"{_pct(sum(feats_gate[i] for i in att), len(att))}; benign: {_pct(sum(feats_gate[i] for i in ben), len(ben))})",
    ]
    near_cap = flag_at - 0.002
    high = Counter(s_[i].source for i in free if scores[i] > near_cap)
    lines.append(
        f"benign (patterns let through) above {near_cap:.4f}: "
        + ", ".join(f"{src}{'*' if src in v.near_miss else ''} {n}" for src, n in high.most_common(10))
    )
    fam = []
    for f in FAMILIES:
        a = [i for i in att if s_[i].family == f]
        if a:
            fam.append(
                f"{f} {sum(scores[i] > flag_at for i in a)}/{sum(c.caught[i] or scores[i] > flag_at for i in a)}/{len(a)}"
            )
    lines.append("per family (model alone/combined/n): " + ", ".join(fam))
    nums = {
        "flag_at": flag_at,
        "alone": alone,
        "beyond": beyond,
        "combined": combined,
        "ben_alone": ben_alone,
        "ben_comb": ben_comb,
    }
    return "\n".join(lines) + "\n", nums


# --- the variants tried in round 13 -------------------------------------------------------------


def equal_sources(samples: Sequence[Sample]) -> list[float]:
    """Source weights without the trainer's sqrt: every source of a class weighs the same,
    however many samples it has (a big collection's style decides less)."""
    per = Counter((s.source, s.attack) for s in samples)
    raw = [1 / per[(s.source, s.attack)] for s in samples]
    total = {c: sum(w for w, s in zip(raw, samples, strict=True) if s.attack is c) for c in (True, False)}
    return [w / total[s.attack] * len(samples) / 2 for w, s in zip(raw, samples, strict=True)]


def _cues(*names: str) -> frozenset[str]:
    return frozenset(CUE_PREFIX + n for n in names)


VARIANTS: dict[str, Variant] = {
    "baseline": Variant("baseline"),
    "stems5": Variant("stems5", overrides={"model.PREFIX_LEN": 5}),
    "stems6": Variant("stems6", overrides={"model.PREFIX_LEN": 6}),
    "support-near-miss": Variant("support-near-miss", near_miss=T.NEAR_MISS_SOURCES | {"generated-support"}),
    "gate-all-cues": Variant("gate-all-cues", gate=_cues(*T.CUES)),
    "gate-no-self-config": Variant("gate-no-self-config", gate=T.GATE_FEATURES - _cues("self_configuration")),
    "no-gate": Variant("no-gate", gate=frozenset(), opens_gate=lambda f, w: True),
    "topk-20000": Variant("topk-20000", overrides={"T.TOP_K": 20000}),
    "evidence-8": Variant("evidence-8", overrides={"model.EVIDENCE_K": 8}),
    "evidence-32": Variant("evidence-32", overrides={"model.EVIDENCE_K": 32}),
    "l2-1e-3": Variant("l2-1e-3", overrides={"T.L2": 1e-3}),
    "source-equal": Variant("source-equal", overrides={"T._weights": equal_sources}),
    "attack-sources-6": Variant("attack-sources-6", overrides={"T.MIN_ATTACK_SOURCES": 6}),
    "attack-sources-10": Variant("attack-sources-10", overrides={"T.MIN_ATTACK_SOURCES": 10}),
}


def main(argv: Sequence[str]) -> int:
    names = list(argv) or ["baseline"]
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        print(f"unknown variants {unknown}; known: {sorted(VARIANTS)}", file=sys.stderr)
        return 2
    c = corpus()
    print(
        f"{len(c.samples)} dev samples, {len({s.source for s in c.samples})} sources in {FOLDS} folds: "
        + ", ".join(f"{k}: {sum(fold_of(s.source) == k for s in c.samples)}" for k in range(FOLDS)),
        file=sys.stderr,
    )
    for n in names:
        t = time.time()
        text, _ = report(c, VARIANTS[n], *out_of_fold(c, VARIANTS[n]))
        print(text + f"({time.time() - t:.0f} s)\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
