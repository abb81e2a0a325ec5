"""The scoring layer: a small linear model over word and word-pair features.

Patterns name what they catch but miss phrasings nobody wrote a regex for; this
layer scores the whole prompt. It is a logistic regression over binary features
(is this word, or this pair of consecutive words, present?), trained offline from
the development corpus only (`make train-safety`, bench/train_safety_model.py) and
shipped as data (model.json): no download, no numpy at run time.

Speed: every feature is a literal phrase, and all of them form one RE2 Set, so one
linear-time pass over the normalised bytes says which are present (the same kind of
pass as the pattern Set, engine.py). Score = bias + the weights of the
EVIDENCE_K strongest positive and negative features present; p = sigmoid(score). Explainable by construction: the result lists the
present features with the largest weights, and each feature carries the attack
family it is most typical of (how a model detection names its family).
"""

from __future__ import annotations

import heapq
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

import re2

from .patterns import re2_options

TOKEN = re.compile(r"[a-z0-9]+")  # what a word is, for training and for the feature regexes
# Single-character words are not features (fragments of other scripts, variable names).
_SEP = "[^a-z0-9]"
TOP_FEATURES = 5
WINDOW_HEAD = 16_384
WINDOW_TAIL = 4_096
# Evidence counted per side: the K strongest positive and K strongest negative features.
# Bounded evidence keeps the score from growing with length (a long benign document holds
# many weakly suspicious words; a long jailbreak many weakly benign ones).
EVIDENCE_K = 16


class ModelError(ValueError):
    """model.json is missing a field or holds an invalid feature."""


def feature_regex(feature: str) -> str:
    """RE2 source that matches where a feature (one word or two words) occurs as whole words.

    Tokens are maximal runs of [a-z0-9] in the normalised text; two tokens are a pair when
    only separators stand between them, which is exactly what training counts.
    """
    words = feature.split(" ")
    if not 1 <= len(words) <= 2 or not all(TOKEN.fullmatch(w) for w in words):
        raise ModelError(f"feature {feature!r} must be one or two [a-z0-9]+ words")
    return f"(?:^|{_SEP})" + f"{_SEP}+".join(words) + f"(?:{_SEP}|$)"


def strongest(present: list[tuple[Any, float]], k: int = EVIDENCE_K) -> list[Any]:
    """Keys of the k largest positive and k most negative weights among (key, weight) pairs."""
    if len(present) <= k:
        return [key for key, _ in present]
    pos = heapq.nlargest(k, (p for p in present if p[1] > 0), key=_weight)
    neg = heapq.nsmallest(k, (p for p in present if p[1] < 0), key=_weight)
    return [key for key, _ in pos + neg]


def _weight(pair: tuple[Any, float]) -> float:
    return pair[1]


# Function words say how long a text is, not what it asks: never features on their own (a pair
# of them neither), or long benign documents look like long jailbreaks.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "s",
        "t",
        "ll",
        "ve",
        "re",
        "d",
        "m",
    ]
)


def features_of(text: str) -> set[str]:
    """The features present in a normalised (lower-case) text: training's definition."""
    toks = TOKEN.findall(text)
    pairs = {f"{a} {b}" for a, b in pairwise(toks) if not (a in STOPWORDS and b in STOPWORDS)}
    return {t for t in toks if len(t) > 1 and t not in STOPWORDS} | pairs


@dataclass(frozen=True, slots=True)
class Scored:
    probability: float
    family: str
    features: list[dict[str, Any]]  # [{feature, weight, family}], strongest first


class LinearModel:
    """A trained model.json, its features compiled into one RE2 Set."""

    def __init__(self, data: dict[str, Any]) -> None:
        try:
            self.version = str(data["version"])
            self.bias = float(data["bias"])
            self.flag_at = float(data["flag_at"])
            self.block_at = float(data["block_at"])
            self.trained_on = tuple(data["trained_on"])
            rows = [(str(f), float(w), str(fam)) for f, w, fam in data["features"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"model.json: {exc}") from exc
        if not 0 < self.flag_at <= self.block_at <= 1:
            raise ModelError("model.json: need 0 < flag_at <= block_at <= 1")
        self.features = tuple(f for f, _, _ in rows)
        self.weights = tuple(w for _, w, _ in rows)
        self.families = tuple(fam for _, _, fam in rows)
        opts = re2_options()
        opts.max_mem = 256 << 20  # room for the DFA of ~1500 phrases: no cache thrash on long inputs
        self._set = re2.Set.SearchSet(opts)
        for f in self.features:
            self._set.Add(feature_regex(f))
        self._set.Compile()

    def present(self, data: bytes) -> list[int]:
        """Indices of the features present in the normalised UTF-8 bytes (one RE2 pass).

        Only the first WINDOW_HEAD and last WINDOW_TAIL bytes are read: the model's cost stays
        bounded on 100 KB inputs (the patterns still read everything). Cutting may split a
        character or a word at the seam, which can only drop a feature there.
        """
        if len(data) > WINDOW_HEAD + WINDOW_TAIL:
            data = data[:WINDOW_HEAD] + b"\n" + data[-WINDOW_TAIL:]
        return self._set.Match(data) or []

    def probability(self, idx: list[int]) -> float:
        """sigmoid(bias + evidence), evidence as `strongest` counts it (C-level sort of floats)."""
        ws = sorted(map(self.weights.__getitem__, idx))
        k = EVIDENCE_K
        if len(ws) <= k:
            z = self.bias + sum(ws)
        else:
            z = self.bias + sum(x for x in ws[:k] if x < 0) + sum(x for x in ws[-k:] if x > 0)
        return 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))

    def score(self, data: bytes, explain: bool = True) -> Scored:
        """Probability, the family the evidence points to, and the strongest features.

        The family and the explanation come from the EVIDENCE_K strongest positive features,
        the same evidence the probability counts.
        """
        idx = self.present(data)
        p = self.probability(idx)
        if not explain:
            return Scored(p, "", [])
        w = self.weights
        top = heapq.nlargest(EVIDENCE_K, (i for i in idx if w[i] > 0), key=w.__getitem__)
        by_family: dict[str, float] = {}
        for i in top:
            by_family[self.families[i]] = by_family.get(self.families[i], 0.0) + w[i]
        family = max(by_family, key=by_family.__getitem__) if by_family else "instruction_override"
        feats = [
            {"feature": self.features[i], "weight": round(w[i], 3), "family": self.families[i]}
            for i in top[:TOP_FEATURES]
        ]
        return Scored(p, family, feats)


def parse(text: str) -> LinearModel:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelError(f"model.json: {exc}") from exc
    if not isinstance(data, dict):
        raise ModelError("model.json: top level must be an object")
    return LinearModel(data)


@cache
def load() -> LinearModel:
    """The shipped model (parsed and compiled once per process)."""
    return parse(resources.files("aiwatch.safety").joinpath("model.json").read_text(encoding="utf-8"))
