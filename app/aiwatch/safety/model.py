"""The scoring layer: a small linear model over word and word-pair features.

Patterns name what they catch but miss phrasings nobody wrote a regex for; this
layer scores the whole prompt. It is a logistic regression over binary features
(is this word, or this pair of consecutive words, present?), trained offline from
the development corpus only (`make train-safety`, bench/train_safety_model.py) and
shipped as data (model.json): no download, no numpy at run time.

Speed: the cues (a few regexes) form one small RE2 Set over the normalised bytes; the
word features are looked up in dicts built at load time (`WordIndex`): the text with its
separators turned into spaces (`words_of`) is split once, and each word, pair of consecutive
words and character pair is a lookup (round 16; until then an RE2 Set of the features as
literals, `literal_of`, which the lookups find exactly the same as). Score = bias + the weights of the
EVIDENCE_K strongest positive and negative features present; p = sigmoid(score).
Explainable by construction: the result lists the present features with the largest
weights, and each feature carries the attack family it is most typical of (how a model
detection names its family).
"""

from __future__ import annotations

import heapq
import json
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from operator import add, itemgetter
from typing import Any

import re2

from .engine import ASCII_BYTES, spans
from .patterns import re2_options

# Separator characters: ASCII non-alphanumerics plus the common non-ASCII punctuation, symbol,
# space and emoji blocks (the `<s>` class of patterns.yaml); every other character is part of
# a word, so accented Latin, Cyrillic, Greek, Arabic, Hebrew and Indic words are features too.
# The Arabic comma, semicolon and question mark (U+060C, U+061B, U+061F) separate too (round 8).
SEP_RANGES = (
    (0x00, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7F), (0xA0, 0xBF), (0xD7, 0xD7),
    (0xF7, 0xF7), (0x60C, 0x60C), (0x61B, 0x61B), (0x61F, 0x61F), (0x2000, 0x2BFF), (0x3000, 0x303F),
    (0xFE10, 0xFE6F), (0xFF01, 0xFF0F),
    (0x1F000, 0x1FAFF),
)  # fmt: skip
# Scripts written without spaces (Chinese, Japanese, Thai): a "word" there is a whole clause,
# so their features are pairs of consecutive characters instead.
_UNSPACED_RANGES = ((0x0E00, 0x0E7F), (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def _py_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)


def _re2_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"\\x{{{a:x}}}" + (f"-\\x{{{b:x}}}" if b > a else "") for a, b in ranges)


TOKEN = re.compile(f"[^{_py_class(SEP_RANGES)}]+")  # what a word is, for training and run time
_UNSPACED = re.compile(f"[{_py_class(_UNSPACED_RANGES)}]")
_UNSPACED_RUN = re.compile(f"[{_py_class(_UNSPACED_RANGES)}]{{2,}}")
# Every two consecutive characters of an unspaced script, overlapping (one findall, C level).
_UNSPACED_PAIR = re.compile(f"(?=([{_py_class(_UNSPACED_RANGES)}]{{2}}))")


def _utf8_alternation(ranges: tuple[tuple[int, int], ...], hex_bytes: bool = False) -> bytes:
    """A bytes regex matching the UTF-8 encoding of any code point in ranges (all >= 0x80); with
    hex_bytes, every byte written \\xHH (RE2 in Latin-1 mode: a raw high byte is a character)."""
    esc = (lambda b: b"\\x%02x" % b[0]) if hex_bytes else re.escape
    seqs: list[list[tuple[int, int]]] = []
    todo = list(ranges)
    while todo:  # split each range until both ends share every byte but the last ones
        lo, hi = todo.pop()
        cut = next((b for b in (0x7FF, 0xFFFF) if lo <= b < hi), None)  # encoded lengths differ
        if cut is None:
            for i in (1, 2, 3):
                m = (1 << (6 * i)) - 1
                if lo & ~m != hi & ~m:
                    if lo & m:
                        cut = lo | m
                        break
                    if hi & m != m:
                        cut = (hi & ~m) - 1
                        break
        if cut is not None:
            todo += [(cut + 1, hi), (lo, cut)]
        else:
            seqs.append(list(zip(chr(lo).encode(), chr(hi).encode(), strict=True)))
    return b"|".join(
        b"".join(esc(bytes([a])) if a == b else b"[%s-%s]" % (esc(bytes([a])), esc(bytes([b])))
                 for a, b in seq)
        for seq in seqs
    )  # fmt: skip


# Runs of two or more characters of an unspaced script, in UTF-8 (`unspaced_pairs`).
_UNSPACED_RUN_UTF8 = re2.compile(
    b"(?:%s){2,}" % _utf8_alternation(_UNSPACED_RANGES, hex_bytes=True), re2_options(latin1=True)
)
# From PAIR_RUNS_MIN bytes, a text with less than one non-ASCII byte in PAIR_RUNS_SHARE of its first
# PAIR_RUNS_HEAD finds its character pairs in its runs of unspaced characters (one RE2 pass) rather
# than by a Python findall at every character: "medium examples, every decoder" (100 KB; 128 such
# characters in the model's 20 KB window) ~236 -> ~52 µs. A text mostly in such a script keeps the
# findall (its many runs: ~0.8 ms either way, the runs ~25 % more).
PAIR_RUNS_MIN = 4_096
PAIR_RUNS_HEAD = 1_024
PAIR_RUNS_SHARE = 8


def unspaced_pairs(spaced: bytes) -> set[str]:
    """Every two consecutive characters of an unspaced script in spaced (`words_of` bytes), as
    _UNSPACED_PAIR's findall over its text finds them (an invalid byte breaks a pair: it decodes
    to U+FFFD, and a well-formed character is decoded alike wherever it starts), and from the
    runs, pairs of a run's end or start with the space joining runs (no feature holds a space)."""
    head = spaced[:PAIR_RUNS_HEAD]
    if len(spaced) >= PAIR_RUNS_MIN and len(head.translate(None, ASCII_BYTES)) * PAIR_RUNS_SHARE < len(head):
        runs = b" ".join([spaced[s:e] for s, e in spans(_UNSPACED_RUN_UTF8, spaced)]).decode("utf-8")
        return set(map(add, runs, runs[1:]))  # a pair across the joining space is no feature
    return set(_UNSPACED_PAIR.findall(spaced.decode("utf-8", "replace")))


# The run time's view of the same words (`words_of`): every separator becomes a space, ASCII
# ones in one bytes.translate, the non-ASCII ones (curly quotes, dashes, emoji…) in one re.sub.
_ASCII_SEP = bytes(32 if any(a <= c <= b for a, b in SEP_RANGES) and c < 0x80 else c for c in range(256))
WIDE_SEP = re.compile(_utf8_alternation(tuple(r for r in SEP_RANGES if r[0] >= 0x80)))
_SEP = f"[{_re2_class(SEP_RANGES)}]"
# A local span's edges (`LinearModel._local_spans`): the rest of a word cut there, up to _EDGE_MAX bytes.
_EDGE_MAX = 64
_WORD_BYTE = b"[^" + b"".join(b"\\x%02x" % c for c in range(128) if _ASCII_SEP[c] == 32) + b"]"
_HEAD_CUT = re.compile(_WORD_BYTE + b"{0,%d}" % _EDGE_MAX)
_TAIL_CUT = re.compile(_WORD_BYTE + b"{0,%d}\\Z" % _EDGE_MAX)
# `LinearModel._gate_runs`: a run's edge inside the window moves in past a span edge's cut word.
_RUN_MARGIN = _EDGE_MAX + 8
TOP_FEATURES = 5
WINDOW_HEAD = 16_384
WINDOW_TAIL = 4_096
# `gated_anywhere` looks for a gate cue in this many bytes first (a text that holds one mostly holds
# it early), then in all of the text.
GATE_SEARCH_HEAD = 4_096
# A flag on a long text must hold up locally (round 44): in a text longer than LOCAL_MIN_BYTES (within the
# window) that the model would flag, the attack evidence counted is that of the span reaching LOCAL_REACH
# bytes either side of a gate-cue occurrence (overlapping spans merged) whose positive features weigh most;
# the benign evidence is still the whole window's. A long document otherwise collects its strongest
# suspicious words from paragraphs that have nothing to do with each other; an attack's words sit around
# its construct. The confirmation can only lower a score (docs/safety-history.md, round 44).
LOCAL_REACH = 800
LOCAL_MIN_BYTES = 2 * LOCAL_REACH + 256
# Evidence counted per side: the K strongest positive and K strongest negative features.
# Bounded evidence keeps the score from growing with length (a long benign document holds
# many weakly suspicious words; a long jailbreak many weakly benign ones).
EVIDENCE_K = 16


class ModelError(ValueError):
    """model.json is missing a field or holds an invalid feature."""


CUE_PREFIX = "cue:"
# A word-prefix (stem) feature: `pre:instr` is present where a word starts with those PREFIX_LEN
# characters ('instructions', 'instructed', 'instructing'); 0: none. Round 13, grouped 5-fold by
# source (bench/model_experiments.py): 5-character stems caught 389 attacks the patterns miss
# against 405 without, at the same benign budget, so training leaves them off; the run time
# reads them when a model.json holds them.
STEM_PREFIX = "pre:"
PREFIX_LEN = 0


def feature_regex(feature: str, cues: dict[str, str] | None = None) -> str:
    """RE2 source that matches where a feature occurs: one or two whole words, two
    consecutive characters of an unspaced script, or a cue (`cue:NAME`, its regex in `cues`).

    Tokens are maximal runs of word characters (not separators) in the normalised text; two
    tokens are a pair when only separators stand between them, which is exactly what
    training counts.
    """
    if feature.startswith(CUE_PREFIX):
        src = (cues or {}).get(feature[len(CUE_PREFIX) :])
        if src is None:
            raise ModelError(f"feature {feature!r} names no cue of model.json")
        return src
    if feature.startswith(STEM_PREFIX):
        return f"(?:^|{_SEP})" + re2.escape(_stem(feature))
    if len(feature) == 2 and all(_UNSPACED.match(c) for c in feature):
        return re2.escape(feature)
    words = feature.split(" ")
    if not 1 <= len(words) <= 2 or not all(
        TOKEN.fullmatch(w) and w == w.lower() and not _UNSPACED.search(w) for w in words
    ):
        raise ModelError(f"feature {feature!r} must be one or two lower-case words, or a character pair")
    return f"(?:^|{_SEP})" + f"{_SEP}+".join(re2.escape(w) for w in words) + f"(?:{_SEP}|$)"


def unspaced(text: str) -> bool:
    """Whether text holds characters of a script written without spaces (Chinese, Japanese, Thai)."""
    return _UNSPACED.search(text) is not None


def any_word(words: Iterable[str]) -> str:
    """RE2 source that matches where any of the words (lower case, no separators) occurs whole.

    One separator boundary around the whole alternation: with a boundary per word (as
    `feature_regex` writes one feature), a Set holding ~180 such words built ~5x more DFA states
    on text it had not seen (~170 against ~35 µs per KB on the long corpus prompts).
    """
    return f"(?:^|{_SEP})(?:" + "|".join(re2.escape(w) for w in words) + f")(?:{_SEP}|$)"


def literal_of(feature: str) -> str:
    """RE2 source of a word feature in `words_of`'s output: the word, or the two words with
    one or more spaces between them, with a space on each side (a character pair of an
    unspaced script: the two characters, anywhere). The definition `WordIndex` is exact against
    (tests/safety/test_safety_model.py searches a Set of these)."""
    if len(feature) == 2 and all(_UNSPACED.match(c) for c in feature):
        return re2.escape(feature)
    if feature.startswith(STEM_PREFIX):
        return " " + re2.escape(_stem(feature))
    return " " + " +".join(re2.escape(w) for w in feature.split(" ")) + " "


def _stem(feature: str) -> str:
    """The word start a `pre:` feature names, validated: lower-case word characters of a spaced
    script (a literal after a space in words_of's text)."""
    stem = feature[len(STEM_PREFIX) :]
    if not (TOKEN.fullmatch(stem) and stem == stem.lower() and not _UNSPACED.search(stem)):
        raise ModelError(f"feature {feature!r} must name the start of a lower-case word")
    return stem


def _as_spaces(m: re.Match[bytes]) -> bytes:
    return b" " * len(m.group())


def words_of(data: bytes, same_length: bool = False) -> bytes:
    """Normalised UTF-8 bytes with every separator turned into a space, and a space at each
    end: a word or pair feature is then a literal between spaces (`literal_of`), present
    exactly where `feature_regex` matches the original bytes. With `same_length`, a multi-byte
    separator becomes as many spaces as it has bytes, so byte i of data is byte i + 1 of the
    result (the gloss maps its matches back to data).

    Why not search `feature_regex` itself: a Set of ~2,500 phrases each bounded by separator
    classes (multi-byte UTF-8 ranges, `^`, `$`) has a DFA whose states multiply with the text,
    so every text never seen before built new states, at ~1.4 ms per KB. Between plain spaces
    the phrases are nearly literals (`literal_of`), and words are what `bytes.split` returns
    (`WordIndex` looks them up; ~0.5 µs per KB for the rewrite).
    """
    if not data.isascii():
        data = WIDE_SEP.sub(_as_spaces if same_length else b" ", data)
    return b" " + data.translate(_ASCII_SEP) + b" "


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


# The same for the most frequent function words of other languages written with spaces: without
# them, a model that saw more attacks than chats in a language would learn the language itself.
_OTHER_STOPWORDS = """
    de la el en y a los las del se por un una con no es para al lo como más mas o pero sus le ya
    que su te tu ti mi me yo este esta eso eso todo todos todas muy sin sobre también ser hay
    le les des du et est dans pour pas au aux sur ce cette qui ne vous nous il elle ils je tu
    moi toi ton ta tes son sa ses mon ma mes avec sont été être fait plus ou où
    der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im an auch es
    ich du er sie wir ihr mir dir dich mich bitte wie was wo bei aus nach wenn oder aber noch
    il lo gli di da per non che una uno sono ha anche come più nel nella alla dei delle ti mi
    do da os em um uma não nao com por mais ao ou seu sua você voce eu ele ela isso isto
    het een van en is dat op te zijn niet met voor ook je ik wat als maar bij er
    и в не на что с по как это я ты он она мы вы они то все из за но а к у о же ли бы мне тебе
    i w z na nie się to jest że do o jak ale czy co tak
    ve bir bu da de ile için ne mi çok daha gibi
    och att det som en är på för med av den jag du inte har om
    og at er til med for af på ikke jeg
    dan yang di ke dari untuk dengan ini itu tidak ada saya kamu
    và của là có không cho các những được một người này
"""
STOPWORDS |= frozenset(_OTHER_STOPWORDS.split())


def features_of(text: str) -> set[str]:
    """The features present in a normalised (lower-case) text: training's definition.

    Words and pairs of consecutive words (not function words alone, nor one-letter words); a
    word holding characters of an unspaced script contributes their consecutive pairs instead.
    """
    toks = TOKEN.findall(text)
    out: set[str] = set()
    for tok in toks:
        if _UNSPACED.search(tok):
            for run in _UNSPACED_RUN.findall(tok):
                out.update(run[i : i + 2] for i in range(len(run) - 1))
        elif len(tok) > 1 and tok not in STOPWORDS:
            out.add(tok)
    out.update(
        f"{a} {b}"
        for a, b in pairwise(toks)
        if not (a in STOPWORDS and b in STOPWORDS) and not _UNSPACED.search(a + b)
    )
    out |= stems_of(toks)
    return out


def stems_of(toks: Iterable[str], n: int | None = None) -> set[str]:
    """`pre:` features: the first n characters of each word of >= n characters, unless they hold
    a character of an unspaced script or begin a function word (`pre:about` would be present in
    every text saying "about": length, not content). Exactly what the literal " " + stem finds
    in words_of's text, since a stem that begins a function word is never a feature."""
    n = PREFIX_LEN if n is None else n
    if n <= 0:
        return set()
    return {
        STEM_PREFIX + tok[:n]
        for tok in toks
        if len(tok) >= n and tok[:n] not in _stopword_stems(n) and not _UNSPACED.search(tok[:n])
    }


@cache
def _stopword_stems(n: int) -> frozenset[str]:
    return frozenset(w[:n] for w in STOPWORDS if len(w) >= n)


class WordIndex:
    """The word features of a model as dicts built at load time: words_of(text) is split into its
    words once, and each word, each pair of consecutive words, each word start (`pre:`) and each
    pair of consecutive characters of an unspaced script is looked up.

    Exactly what a Set of `literal_of` literals finds in words_of's text (a literal ` w ` is a
    whole word, ` a +b ` two consecutive words, ` stem` a word start, `xy` two consecutive
    characters). Why not that Set (rounds 7-15): with ~10,000 literals its DFA has more states
    than RE2's cache holds, so text the process has not just seen built states again: ~40-90 µs
    per short prompt and ~400 µs per KB on a mix of real long prompts, against ~5 µs and ~60 µs
    here (round 16, docs/safety-history.md). The lookups run at C level (set intersections, a map over
    the pairs): the cost is ~50-90 ns per word, whatever the model's size.
    """

    __slots__ = ("_char_pairs", "_lookup", "_pair_leads", "_stem_lens", "_stems")

    def __init__(self, features: Iterable[tuple[int, str]]) -> None:
        # Words (bytes) and pairs of words (tuples of bytes) in one dict: one C-level map each.
        self._lookup: dict[bytes | tuple[bytes, bytes], int] = {}
        self._stems: dict[bytes, int] = {}
        self._char_pairs: dict[str, int] = {}
        for i, f in features:
            if len(f) == 2 and all(_UNSPACED.match(c) for c in f):
                self._char_pairs[f] = i
            elif f.startswith(STEM_PREFIX):
                self._stems[_stem(f).encode()] = i
            elif " " in f:
                first, second = f.encode().split(b" ")
                self._lookup[first, second] = i
            else:
                self._lookup[f.encode()] = i
        self._stem_lens = tuple(sorted({len(s) for s in self._stems}))
        # The first UTF-8 byte of each character-pair feature, one-byte strings: a text holding
        # none of them holds no such pair, and `find` skips the pair search (a decode and a Python
        # regex over the whole text: ~3 µs per KB of ~105 on the long non-ASCII dev texts with a
        # gate cue, most of which hold only curly quotes, dashes or accents; round 23).
        self._pair_leads = tuple(bytes([b]) for b in sorted({f.encode()[0] for f in self._char_pairs}))

    def find(self, data: bytes) -> list[int]:
        """Indices of the word features present in data (normalised UTF-8 bytes), ascending."""
        spaced = words_of(data)
        toks = spaced.split()  # words_of left no ASCII whitespace but spaces
        get = self._lookup.get
        out: set[int | None] = set(map(get, toks))
        out.update(map(get, pairwise(toks)))  # C level; pairwise reuses its tuple
        out.discard(None)
        stems = self._stems
        for n in self._stem_lens:
            out.update(stems[k] for k in stems.keys() & set(map(itemgetter(slice(0, n)), toks)))
        if not data.isascii() and any(map(spaced.__contains__, self._pair_leads)):
            pairs = self._char_pairs
            out.update(pairs[k] for k in pairs.keys() & unspaced_pairs(spaced))
        return sorted(out)  # type: ignore[type-var]


@dataclass(frozen=True, slots=True)
class Scored:
    probability: float
    family: str
    features: list[dict[str, Any]]  # [{feature, weight, family}], strongest first


class LinearModel:
    """A trained model.json: its cues compiled into an RE2 Set, its word features into dicts."""

    def __init__(self, data: dict[str, Any]) -> None:
        try:
            self.version = str(data["version"])
            self.bias = float(data["bias"])
            self.flag_at = float(data["flag_at"])
            self.block_at = float(data["block_at"])
            self.trained_on = tuple(data["trained_on"])
            self.cues = {str(k): str(v) for k, v in (data.get("cues") or {}).items()}
            gate = [str(c) for c in data.get("gate_cues") or ()]
            rows = [(str(f), float(w), str(fam)) for f, w, fam in data["features"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"model.json: {exc}") from exc
        if not 0 < self.flag_at <= self.block_at <= 1:
            raise ModelError("model.json: need 0 < flag_at <= block_at <= 1")
        # The second way through the gate (round 14): a text without a gate cue may flag on its
        # word evidence alone above this stricter threshold; absent (older model.json), it never does.
        try:
            evidence_at = data.get("evidence_flag_at")
            self.evidence_at = None if evidence_at is None else float(evidence_at)
        except (TypeError, ValueError) as exc:
            raise ModelError(f"model.json: evidence_flag_at: {exc}") from exc
        if self.evidence_at is not None and not self.flag_at <= self.evidence_at <= 1:
            raise ModelError("model.json: need flag_at <= evidence_flag_at <= 1")
        self.features = tuple(f for f, _, _ in rows)
        self.weights = tuple(w for _, w, _ in rows)
        self.families = tuple(fam for _, _, fam in rows)
        # The cues: one RE2 Set over the normalised bytes. The word features: dicts (WordIndex).
        self._cue_set, self._cue_ids = re2.Set.SearchSet(re2_options()), []
        words: list[tuple[int, str]] = []
        for i, f in enumerate(self.features):
            try:
                if f.startswith(CUE_PREFIX):
                    self._cue_set.Add(feature_regex(f, self.cues))
                    self._cue_ids.append(i)
                else:
                    feature_regex(f)  # validates the feature
                    words.append((i, f))
            except re2.error as exc:
                raise ModelError(f"model.json: feature {f!r}: {exc}") from exc
        self._cue_set.Add(r"\A\z")  # never empty: an empty Set cannot compile
        self._cue_set.Compile()
        self._words = WordIndex(words)
        # `_holds`: each feature's search bounded to a local span, made when first needed.
        self._finders: dict[int, Callable[[bytes, bytes, int, int], bool]] = {}
        # A flag needs one of these cues present (an attack construct: limits denied, the
        # instructions referred to, a pretext…); words alone, or only a role and "you must",
        # read the same in benign role prompts and writing briefs.
        index = self._index = {f: i for i, f in enumerate(self.features)}
        if len(index) != len(self.features):  # one index per feature: the word dicts hold one
            raise ModelError("model.json: a feature is listed twice")
        missing = [c for c in gate if CUE_PREFIX + c not in index]
        if missing:
            raise ModelError(f"model.json: gate cues without a feature: {missing}")
        self.gate = frozenset(index[CUE_PREFIX + c] for c in gate)
        # The gate cues as one regex: whether a text holds one anywhere, by a search that stops at
        # the first (`gated_anywhere`), where a Set pass reads the whole text.
        sources = [feature_regex(self.features[i], self.cues) for i in sorted(self.gate)]
        self._gate_rx = re2.compile("|".join(f"(?:{s})" for s in sources), re2_options()) if sources else None

    def licensed(self, idx: list[int]) -> bool:
        """Whether the features present hold a gate cue (see gate_cues), or no gate is set."""
        return not self.gate or not self.gate.isdisjoint(idx)

    def flag_at_for(self, idx: list[int]) -> float:
        """The probability a text with these features must reach to flag: flag_at with a gate cue,
        evidence_flag_at without one (words alone must be stronger evidence), else never (inf)."""
        if self.licensed(idx):
            return self.flag_at
        return math.inf if self.evidence_at is None else self.evidence_at

    def block_at_for(self, idx: list[int]) -> float:
        """The probability at which a text with these features is blocked: word evidence without a
        gate cue flags at most (a block needs an attack construct)."""
        return self.block_at if self.licensed(idx) else math.inf

    @staticmethod
    def _window(data: bytes) -> bytes:
        """Only the first WINDOW_HEAD and last WINDOW_TAIL bytes are read: the model's cost stays
        bounded on 100 KB inputs (the patterns still read everything). Cutting may split a
        character or a word at the seam, which can only drop a feature there."""
        if len(data) > WINDOW_HEAD + WINDOW_TAIL:
            return data[:WINDOW_HEAD] + b"\n" + data[-WINDOW_TAIL:]
        return data

    def _cues_in(self, data: bytes) -> list[int]:
        """Indices of the cue features present, ascending (the Set reports them in no set order)."""
        ids = self._cue_set.Match(data) or ()
        return sorted(self._cue_ids[j] for j in ids if j < len(self._cue_ids))

    def _words_in(self, data: bytes) -> list[int]:
        return self._words.find(data)

    def present(self, data: bytes) -> list[int]:
        """Indices of the features present in the normalised UTF-8 bytes (an RE2 pass, then lookups)."""
        data = self._window(data)
        return self._cues_in(data) + self._words_in(data)

    def cue_signals(self) -> list[tuple[str, str]]:
        """(feature name, RE2 source) of each cue: a pattern Set can search them in its pass."""
        return [(f, feature_regex(f, self.cues)) for f in self.features if f.startswith(CUE_PREFIX)]

    def gated(
        self, data: bytes, cues: Collection[str] | None = None, confirm: bool = True
    ) -> list[int] | None:
        """present(data) when the model may flag the text: a gate cue is present, or the model has
        a second way through the gate (evidence_flag_at). Else None without the word pass: the
        model cannot flag such a text (see gate_cues), and most texts hold no gate cue.

        `cues`: the cue features (names) already found in all of data by a pattern Set pass
        (cue_signals); without a gate cue among them, the window holds none either. Cue indices are
        ascending whether passed or found (`_cues_in`): `score` breaks ties between equal weights by
        their order, which then depends neither on where the cues came from nor on set order.

        `confirm`: a flag on a text longer than LOCAL_MIN_BYTES must hold up locally (`_confirmed`);
        False where no model decision can change what the caller decides (`gated_anywhere`).
        """
        open_ = self.evidence_at is not None
        if cues is not None:
            found = sorted(self._index[c] for c in cues if c in self._index)
            if not open_ and not self.licensed(found):
                return None
        window = self._window(data)
        if cues is None or window is not data:
            found = self._cues_in(window)
            if not open_ and not self.licensed(found):
                return None
        idx = found + self._words_in(window)
        if confirm and len(window) > LOCAL_MIN_BYTES:
            p, flagged = self.flags(idx)
            if flagged:
                return self._confirmed(window, idx, p)
        return idx

    def _local_spans(self, window: bytes) -> Iterable[tuple[int, int]]:
        """The spans reaching LOCAL_REACH bytes either side of each gate-cue occurrence, overlapping ones
        merged. A word cut at an edge is no feature: a span starts and ends at a separator (or between
        characters, in an unspaced script), moving in by at most _EDGE_MAX bytes."""
        merged: list[list[int]] = []
        for a, b in spans(self._gate_rx, window) if self._gate_rx is not None else ():
            lo, hi = max(0, a - LOCAL_REACH), min(len(window), b + LOCAL_REACH)
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        for lo, hi in merged:
            if lo > 0 and _ASCII_SEP[window[lo - 1]] != 32:
                lo = _HEAD_CUT.match(window, lo, hi).end()  # type: ignore[union-attr]
                while lo < hi and window[lo] & 0xC0 == 0x80:
                    lo += 1
            if hi < len(window) and _ASCII_SEP[window[hi]] != 32:
                hi = _TAIL_CUT.search(window, max(lo, hi - _EDGE_MAX), hi).start()  # type: ignore[union-attr]
                while hi > lo and window[hi] & 0xC0 == 0x80:
                    hi -= 1
            yield lo, hi

    def _confirmed(self, window: bytes, idx: list[int], p: float) -> list[int]:
        """idx, or where the local evidence decides otherwise, idx with its positive features narrowed
        to those of the local span (`_local_spans`) whose positive evidence weighs most (ties: the
        first) and its negative ones the whole window's (round 44's V2): a decision of the window's
        features stands only if a local span's evidence reaches it too.

        Why idx where the decision stands (round 45): reading the spans a second time cost ~0.7-1.5 ms
        a call on the bench's adversarial inputs, whose gate cues are everywhere. A run of the window
        that holds a gate-cue match in every LOCAL_REACH bytes lies inside one merged span
        (`_gate_runs`); when one run is the window, its span's features are idx's. Otherwise the
        window's EVIDENCE_K strongest positive features found in a run (`_holds`, a search bounded
        to it) are a part of its span's evidence, so their probability with the window's negative
        features is at most that span's: when it decides as idx does (`_decision`), so does the
        confirmation. Only the rest (texts the confirmation may unflag) read the spans again; a
        decision they leave as it was keeps idx and its probability. p: idx's probability, as `gated`
        has just computed it (`flags`).
        """
        runs = self._gate_runs(window)
        if runs == [(0, len(window))]:
            return idx
        w = self.weights
        decided = self._decision(p)
        neg = [i for i in idx if w[i] <= 0]
        top = heapq.nlargest(EVIDENCE_K, (i for i in idx if w[i] > 0), key=w.__getitem__)
        spaced = words_of(window, same_length=True)
        for lo, hi in runs:
            held = [i for i in top if self._holds(i, window, spaced, lo, hi)]
            if self._decision(self.probability(neg + held)) == decided:
                return idx
        pos = self._best_local(window)
        local = idx if pos is None else neg + pos
        return idx if self._decision(self.probability(local)) == decided else local

    def _best_local(self, window: bytes) -> list[int] | None:
        """The positive features of the local span (`_local_spans`) whose positive evidence weighs most
        (ties: the first), each span read again; None in a window without a gate-cue occurrence."""
        w = self.weights
        best: tuple[float, list[int]] | None = None
        for lo, hi in self._local_spans(window):
            span = window[lo:hi]
            pos = [i for i in self._cues_in(span) + self._words_in(span) if w[i] > 0]
            evidence = sum(heapq.nlargest(EVIDENCE_K, map(w.__getitem__, pos)))
            if best is None or evidence > best[0]:
                best = (evidence, pos)
        return None if best is None else best[1]

    def _decision(self, p: float) -> tuple[bool, ...]:
        """What a probability decides for a text with a gate cue, as every caller compares it: against
        flag_at and block_at, as reported (4 decimals) and exact."""
        q = round(p, 4)
        return q >= self.flag_at, p >= self.flag_at, q >= self.block_at, p >= self.block_at

    def _gate_runs(self, window: bytes) -> list[tuple[int, int]]:
        """Runs of the window each inside one merged local span, less _RUN_MARGIN bytes at an edge
        inside the window (where the span's edge may move in by up to _EDGE_MAX bytes): the maximal
        runs of LOCAL_REACH-byte blocks (the last one ending at the window's end) that each hold a
        gate-cue match. A match starting at a in a block is at most LOCAL_REACH bytes from either end
        of it, and the match of the span search that holds a (or starts there) reaches as far, so its
        span covers the block; blocks next to each other are covered by overlapping spans, which
        merge. One search per block, each stopping at its first match (the span search reports every
        match, ~1-6 µs each)."""
        n, gate = len(window), self._gate_rx
        if gate is None:
            return []
        runs: list[tuple[int, int]] = []
        for c in range(0, n, LOCAL_REACH):
            c = min(c, max(0, n - LOCAL_REACH))  # the last block ends at the window's end, whole
            e = min(n, c + LOCAL_REACH)
            if gate.search(window, c, e) is None:
                continue
            if runs and c <= runs[-1][1]:
                runs[-1] = (runs[-1][0], e)
            else:
                runs.append((c, e))
        return [(lo + _RUN_MARGIN if lo else 0, hi if hi == n else hi - _RUN_MARGIN) for lo, hi in runs]

    def _holds(self, i: int, window: bytes, spaced: bytes, lo: int, hi: int) -> bool:
        """Whether feature i occurs within window[lo:hi], so that a read of a span holding the bytes on
        either side of it finds it too: a cue's regex searched from lo to hi, the window around as
        its context (RE2 reads the bytes past both ends for a `\\b`); a word feature's literal
        (`literal_of`) in spaced = words_of(window, same_length=True), where byte j of window is
        byte j + 1, the separators at its ends included."""
        find = self._finders.get(i)
        if find is None:
            find = self._finders[i] = self._finder(self.features[i])
        return find(window, spaced, lo, hi)

    def _finder(self, f: str) -> Callable[[bytes, bytes, int, int], bool]:
        """The bounded search of `_holds` for feature f (made once per feature)."""
        if f.startswith(CUE_PREFIX):
            cue = re2.compile(feature_regex(f, self.cues), re2_options())
            return lambda window, spaced, lo, hi: cue.search(window, lo, hi) is not None
        if len(f) == 2 and all(_UNSPACED.match(c) for c in f):
            chars = f.encode()
            return lambda window, spaced, lo, hi: spaced.find(chars, lo + 1, hi + 1) >= 0
        if f.startswith(STEM_PREFIX):
            start = b" " + _stem(f).encode()
            return lambda window, spaced, lo, hi: spaced.find(start, lo, hi + 1) >= 0
        if " " in f:
            first, second = f.encode().split(b" ")
            pair = re.compile(re.escape(b" " + first) + b" +" + re.escape(second + b" "))
            return lambda window, spaced, lo, hi: pair.search(spaced, lo, hi + 2) is not None
        word = b" " + f.encode() + b" "
        return lambda window, spaced, lo, hi: spaced.find(word, lo, hi + 2) >= 0

    def gated_anywhere(self, data: bytes) -> list[int] | None:
        """gated(data, cues) with the cues of all of data, for a text whose pattern pass may have
        skipped them (a settled search). Beyond the window the cues of all of data only tell
        whether it holds a gate cue: a search that stops at the first one, made only when the
        window holds one, instead of a Set pass over all of it (~0.4-0.8 ms per 100 KB).

        Its flag is not confirmed (`_confirmed`): a settled search has blocked the text on a pattern,
        and the model's match is never added there (it would rank no higher), so the confirmation
        could only lower the score reported, at the cost of a second read of the window's spans
        (round 45: ~1 ms on the bench's adversarial inputs that hold every pattern example)."""
        idx = self.gated(data, confirm=False)
        if idx is None or self.evidence_at is not None or self._window(data) is data:
            return idx
        # a gate cue across the window's seam ("ignore" + "\n" + "previous") is in no byte of data
        return idx if self._holds_gate_cue(data) else None

    def _holds_gate_cue(self, data: bytes) -> bool:
        """Whether data holds a gate cue: first within its head (RE2 reads the bytes after `endpos`
        for a `\\b` or `$`, so a match there is one in data), then in all of it. A search must
        settle where its match ends, which on 100 KB cost ~0.2 ms with the cue at the start."""
        if self._gate_rx is None:
            return True
        head = min(len(data), GATE_SEARCH_HEAD)
        if self._gate_rx.search(data, 0, head) is not None:
            return True
        return head < len(data) and self._gate_rx.search(data) is not None

    def flags(self, idx: list[int] | None) -> tuple[float, bool]:
        """(probability, whether it reaches the threshold for these features) of gated()'s result;
        (0.0, False) for None. Against flag_at the score counts as reported (4 decimals: a
        reported score equal to flag_at flags); evidence_flag_at sits in the last 1e-4 below 1,
        so there the exact probability counts."""
        if idx is None:
            return 0.0, False
        p, need = self.probability(idx), self.flag_at_for(idx)
        return p, (round(p, 4) if need == self.flag_at else p) >= need

    def probability(self, idx: list[int]) -> float:
        """sigmoid(bias + evidence), evidence as `strongest` counts it: the negative weights among
        the K smallest and the positive ones among the K largest, summed in ascending order
        (C-level gather, sort and bisection: this runs on every call)."""
        ws = sorted(itemgetter(*idx)(self.weights)) if len(idx) > 1 else [self.weights[i] for i in idx]
        k = EVIDENCE_K
        if len(ws) <= k:
            z = self.bias + sum(ws)
        else:
            neg, pos = ws[:k], ws[-k:]
            z = self.bias + sum(neg[: bisect_left(neg, 0.0)]) + sum(pos[bisect_right(pos, 0.0) :])
        return 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))

    def score(self, data: bytes, explain: bool = True, idx: list[int] | None = None) -> Scored:
        """Probability, the family the evidence points to, and the strongest features.

        The family and the explanation come from the EVIDENCE_K strongest positive features,
        the same evidence the probability counts. `idx` is `present(data)` when the caller
        already has it (the feature pass is the costly part).
        """
        if idx is None:
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
