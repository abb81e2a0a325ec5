"""Multi-pattern matching with RE2 Sets.

Python's `re` tried each of ~45 alternations at every position. Here the
patterns of a section form RE2 Sets (one, or a few grouped by family; see
Matcher): one linear-time DFA pass per Set over the UTF-8 bytes says which
patterns match, and only those (usually none, rarely
more than a few) are searched again for their spans. Everything works on bytes
so the text is encoded once; byte offsets are mapped back to characters only
for the matches that are reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Any

import re2

from . import prefilter
from .patterns import Pattern, re2_options

PER_PATTERN = 2  # spans kept per pattern: bounds work on inputs that repeat a trigger
# What an outranked step of a settled search runs (`Matcher.search`), when not the position of a Set
# of its signals alone: the whole step (no pinned signal, or nothing but signals), or nothing (its
# pinned signals are found by the caller: `pins_alone=False`).
STEP_WHOLE = -1
STEP_SKIPPED = -2
# The compiled program behind a google-re2 pattern and its "unanchored" mode: private names of
# the wrapper, so `spans` falls back to finditer when a release renames them.
_UNANCHORED = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
Entry = tuple[int, str]  # a Set entry: its global id (patterns, then signals) and its RE2 source


def spans(regex: Any, data: bytes, back: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of the successive matches of a compiled RE2 pattern in bytes: finditer's spans.

    The wrapper's finditer builds a Python Match object per match (~1 µs, as much as the search
    on a short text); this asks the compiled program for the span only. With `back` (shorter than
    every match), each search after a match starts `back` bytes before its end: a match may then
    begin with the last bytes of the one before (the gloss's keys share the space between them).
    """
    prog = getattr(regex, "_regexp", None)
    if prog is None or _UNANCHORED is None:
        if not back:
            yield from (m.span() for m in regex.finditer(data))
            return
        pos, found = 0, regex.search(data)
        while found is not None:
            yield found.span()
            pos = found.end() - back
            found = regex.search(data, pos)
        return
    pos, end = 0, len(data)
    while True:
        s, e = prog.Match(_UNANCHORED, data, pos, end)[0]
        if s < 0:
            return
        yield s, e
        if back:
            pos = e - back
            continue
        if pos == end:
            return
        pos = pos + 1 if e == pos else e  # an empty match at pos: step over it, as finditer does


def _cut(entries: Sequence[Entry], max_entries: int) -> list[Sequence[Entry]]:
    """entries cut, in order, into the fewest equal parts of at most `max_entries` (0: no cap)."""
    k = -(-len(entries) // max_entries) if max_entries else 1
    return [entries[j * len(entries) // k : (j + 1) * len(entries) // k] for j in range(k)]


# A window of any characters counted up to LOOSE_MIN_WINDOW or more ("[\s\S]{0,300}"), its "[" not
# escaped. Whatever the "[" opens, "{0,N}" after a "]" quantifies what comes before it, so "*" in its
# place matches a superset. RE2's DFA keeps one thread per position where such a window opened in the
# last N bytes, so the states it builds multiply with every opening on long text: split_recall_r25a
# alone built 841 MiB on the 5,657 dev texts of 1 KB and more (round 35), its Set part without it 18.
# The same regex with the window unbounded ("[\s\S]*") matches a superset of those texts and built
# 1 MiB; a Set only long texts meet holds that loosened form, and a Set of the exact entry alone
# confirms each text the loosened one reports (`compile_set`): 31 of those 5,657 texts, 16 of them
# matching.
_WINDOW = re.compile(r"(?<!\\)\[\\s\\S\]\{0,(\d+)\}")
LOOSE_MIN_WINDOW = 100


def loosened(src: str) -> str:
    """src with each window of any characters of LOOSE_MIN_WINDOW or more unbounded: a regex that
    matches somewhere in every text src matches somewhere in (a superset, for a Set)."""
    return _WINDOW.sub(lambda m: "[\\s\\S]*" if int(m[1]) >= LOOSE_MIN_WINDOW else m[0], src)


def compile_set(entries: Sequence[Entry], opts: Any, loose: bool = False) -> Callable[[bytes], Any]:
    """The Match of a compiled RE2 Set of the entries' sources (the compiled program's own method:
    the wrapper's adds a Python call, ~0.15 µs of the ~1.2 µs a pass costs at least).

    With `loose`, an entry with a long window (`loosened`) is in the Set loosened, and each text the
    Set reports it in is searched again by a Set of that entry alone, exact: the Match returns the
    same entries as without `loose`, for a far smaller DFA on long text (a Set only long texts meet).
    """
    srcs = [loosened(src) if loose else src for _, src in entries]
    rset = re2.Set.SearchSet(opts)
    for src in srcs:
        rset.Add(src)
    rset.Compile()
    match = getattr(rset, "_set", rset).Match
    exact = {
        k: compile_set([e], opts) for k, (e, src) in enumerate(zip(entries, srcs, strict=True)) if src != e[1]
    }
    if not exact:
        return match

    def confirmed(data: bytes) -> Any:
        found = match(data)
        if not found or exact.keys().isdisjoint(found):
            return found
        return [k for k in found if k not in exact or exact[k](data)]

    return confirmed


# An entry whose atoms are common words (prefilter.layout_strength at most RIDER_STRENGTH) and whose
# program exceeds RIDER_INSTS instructions rides in the prefilter's gate as an entry without atoms.
# Such a regex starts partial matches on ordinary prose, and its atoms open a Set on a large share
# of short prompts anyway (tool_ai_addressed_order's on 30 % of the dev short prompts). Gated, the
# two largest (tool_ai_addressed_order, ~33,000 instructions; tool_agent_addressed_action, ~16,000)
# joined the other common-word tool regexes in one Set whose DFA needed more than the 64 MB RE2
# allows a Set: over a stream of short prompts its cache was rebuilt again and again (that Set, on
# the bench's short prompts, third round: 5.4 us per call on average with a 128 MB budget, 122-134
# us with 64 MB, calls up to 37 ms; check_prompt_injection's p99 rose ~3x). Riding in the gate, as
# they did while they had no atoms, they cost no pass of their own, and the gate's DFA stays small
# (its other entries are literal alternations).
RIDER_STRENGTH = 2
RIDER_INSTS = 15_000
# Whatever the entry count, a Set cut weakest atoms first holds entries started by common words
# (strength <= RIDER_STRENGTH) of at most this many RE2 instructions in all; the next one starts a
# new part. Round 16's constructs added ~14,500 such instructions (tool_covert_order_r16,
# tool_fake_done_order_r16) to the weakest tool Set, ~56,600 in all: over a stream of the short
# prompts that Set then cost 95-113 us per call on average, calls up to 35 ms (main as well as
# this layout), where its ~41,300 of before cost ~6 us; the role group's weakest Set (~37,600)
# does not thrash.
WEAK_INSTS_PER_SET = 40_000


def weak_insts(src: str, need: frozenset[prefilter.Atom] | None, opts: Any) -> int:
    """RE2 instructions of an entry whose atoms are common words (RIDER_STRENGTH), else 0."""
    if need is None or prefilter.layout_strength(need) > RIDER_STRENGTH:
        return 0
    return int(re2.compile(src, opts).programsize)


def gate_rider(weak: int) -> bool:
    """Whether an entry with `weak` common-word instructions (`weak_insts`) rides in the gate
    whatever its atoms (RIDER_STRENGTH, RIDER_INSTS)."""
    return weak > RIDER_INSTS


def _cut_weak(entries: Sequence[Entry], max_entries: int, weak: dict[int, int]) -> list[Sequence[Entry]]:
    """`_cut`, then each part cut again, in order, where its common-word entries' instructions
    (`weak`) would pass WEAK_INSTS_PER_SET."""
    out: list[Sequence[Entry]] = []
    for part in _cut(entries, max_entries):
        start, total = 0, 0
        for j, (i, _) in enumerate(part):
            w = weak.get(i, 0)
            if w and total + w > WEAK_INSTS_PER_SET and j > start:
                out.append(part[start:j])
                start, total = j, 0
            total += w
        out.append(part[start:])
    return out


def _rides(
    entries: Sequence[Entry],
    need: bytes,
    steps: Sequence[tuple[Sequence[Entry], bytes]],
    n: int,
    max_entries: int,
    weak: dict[int, int],
) -> bool:
    """Whether a group of signals alone (global ids from n) rides in the long layout's last step
    so far, a part of patterns with the same script need, as a step of its own would cost a pass.

    Signals in a pattern Set cost little on top of its pass; a Set of their own is a whole pass
    over the text (~2 ns per byte whatever the Set holds). The group keeps its own Set for short
    texts (`_short_layout`), whose stream of prompts made it thrash when it shared one (the gloss
    cues, round 10). The joined part stays within `max_entries` and WEAK_INSTS_PER_SET. The gloss
    cues' Set was ~6-8 % of the long texts' Set time (round 28).
    """
    if not entries or not steps or any(i < n for i, _ in entries):
        return False
    last, last_need = steps[-1]
    if last_need != need or not any(i < n for i, _ in last):
        return False
    if max_entries and len(last) + len(entries) > max_entries:
        return False
    weak_sum = sum(weak.get(i, 0) for i, _ in (*last, *entries))
    return weak_sum <= WEAK_INSTS_PER_SET or not any(weak.get(i, 0) for i, _ in entries)


def _runnable(
    sets: Iterable[tuple[Callable[[bytes], Any], tuple[int, ...], bytes]],
) -> list[tuple[Callable[[bytes], Any], tuple[int, ...], tuple[bytes, ...]]]:
    """Sets as `_search_all` runs them: a script's lead bytes as one-byte strings, for a C-level
    `in` each."""
    return [(m, index, tuple(bytes([b]) for b in need)) for m, index, need in sets]


# A long text is gated (`Matcher._closed`) when at least one byte in FOREIGN_SHARE of its first
# FOREIGN_HEAD is non-ASCII: Cyrillic or Greek look-alikes, another script, crafted characters.
FOREIGN_HEAD = 4_096
FOREIGN_SHARE = 8
ASCII_BYTES = bytes(range(128))  # bytes.translate(None, ASCII_BYTES): a text's non-ASCII bytes


def _foreign(data: bytes) -> bool:
    """Whether a long text is mostly non-ASCII at its start (a cheap guess: the gate is exact)."""
    if data.isascii():
        return False
    head = data[:FOREIGN_HEAD]
    return len(head.translate(None, ASCII_BYTES)) * FOREIGN_SHARE >= len(head)


def _found_itself(data: bytes) -> tuple[int]:
    """The pass of a gate entry without atoms (`Matcher._plan`): the gate found it, so it matches."""
    return (0,)


def _shared(
    need: bytes, entries: Sequence[Entry], need_of: dict[int, frozenset[prefilter.Atom] | None]
) -> bool:
    """Whether a group's plain Sets serve short texts too (`Matcher._short_layout`): a script
    group's (its lead bytes rule them out on other texts), or one whose entries all have atoms
    (its parts, cut weakest atoms first, are gated as they are)."""
    return bool(need) or all(need_of[i] is not None for i, _ in entries)


class Matcher:
    """All patterns of a section behind RE2 Sets, plus optional named signals.

    Signals are extra regexes that only say whether they occur (which rewrite/decode
    passes a text needs): in a pattern Set, they cost almost nothing on top of the patterns'
    pass, where a Set of their own cost a second pass over the bytes (~2 µs per KB).

    `groups` splits the patterns into several Sets (each group a collection of category
    and signal names; the families and signals of no group share one more Set). One
    Set's DFA state is the set of partial matches of all its patterns at once, so the
    number of states grows with the product of what each pattern tracks: on varied real
    text, one Set of every injection pattern needed ~130 MB of DFA cache per process, and
    with the 64 MB allowed it was rebuilt over and over (~340 µs per KB instead of ~4).
    Families that are screened apart need a few MB in all, for one more pass each.
    `max_entries` caps a Set's size whatever the groups: a group with more entries is cut, in
    order, into equal parts (each with the group's script need). Each pattern multiplies the
    states of those it shares a Set with, so a cut Set builds far fewer states on text it has
    never seen, for one more pass per part (the trade, measured: `set_max_entries` in
    patterns.yaml).
    With `prefilter_max_bytes`, a text up to that size first meets one Set of the literals each
    Set needs (prefilter.py), which also holds the entries no literal filters: a Set none of whose
    literals occur is skipped (`_short_layout`). A pass costs ~0.7 µs even on an empty text, so on
    a short prompt the pass count was the floor. `gate_max_mem` (bytes) is that gate Set's DFA
    budget: every short text meets it, so a cache it outgrows is rebuilt on every stream of prompts.
    `set_max_mem[g]` (bytes; 0 or absent: the default) is the DFA budget of every Set holding
    group g's entries that a text of up to `prefilter_max_bytes` meets (every Set without a
    prefilter): a group whose Sets outgrow theirs on a stream of short texts mixing attacks and
    benign prompts has them rebuilt on nearly every call. `long_set_max_mem[g]` is that of group
    g's Sets only longer texts meet (the long layout's own; None: `set_max_mem` for them too). On
    long text the Sets keep building states as new text comes (round 25: still ~50 MiB per 200 dev
    texts after 1,965), so a long budget is a ceiling a busy worker reaches, kept apart from the
    short one.
    """

    def __init__(
        self,
        patterns: Sequence[Pattern],
        signals: Sequence[tuple[str, str]] = (),
        groups: Sequence[Collection[str]] = (),
        rank: Callable[[Pattern], int] | None = None,
        pinned: Callable[[str], bool] | None = None,
        needs: Sequence[bytes] = (),
        max_entries: int = 0,
        prefilter_max_bytes: int = 0,
        gate_max_mem: int = 0,
        set_max_mem: Sequence[int] = (),
        long_set_max_mem: Sequence[int] | None = None,
        pins_alone: bool = True,
    ) -> None:
        self.patterns = tuple(patterns)
        self.signals = tuple(name for name, _ in signals)
        n = len(self.patterns)
        member = {cat: g for g, cats in enumerate(groups) for cat in cats}
        rest = len(groups)
        by_set: list[list[Entry]] = [[] for _ in range(rest + 1)]
        for i, p in enumerate(self.patterns):
            by_set[member.get(p.category, rest)].append((i, p.source))
        for j, (name, src) in enumerate(signals):
            by_set[member.get(name, rest)].append((n + j, src))
        # A group of more than `max_entries` entries is cut into that many Sets or fewer (a
        # script's need applies to each part). A group whose Sets short texts meet too (`_shared`)
        # is cut weakest atoms first (stable), so that the prefilter skips its other parts on most
        # short texts. Any other group's Sets serve long texts only, where no prefilter runs: they
        # are cut in order, each part a step of `settle` (below), which then costs one pass per
        # step instead of one per Set holding a member (the tool group's first step took two
        # passes over "every example, repeated", 100 KB, ~3x the time of a Set of its own). Both
        # cuts keep a Set's common-word instructions within WEAK_INSTS_PER_SET: cut in order only
        # by count, the tool group's third part held ~47,600 and, over a stream of long texts,
        # outgrew its 64 MB DFA budget (~550 us per KB on every pass, 40 once cut in two; round 19).
        opts = re2_options()
        # Every part below holds the entries of one group: its Set gets that group's budget, the
        # long one for a Set only texts over `prefilter_max_bytes` meet.
        long_mem = set_max_mem if long_set_max_mem is None else long_set_max_mem
        group_opts = {
            (g, long): re2_options(mem[g] if g < len(mem) else 0)
            for g in range(len(by_set))
            for long, mem in ((False, set_max_mem), (True, long_mem))
        }
        group_of = {i: g for g, entries in enumerate(by_set) for i, _ in entries}

        def opts_of(entries: Sequence[Entry], long: bool = False) -> Any:
            return group_opts[group_of[entries[0][0]], long]

        # Per part: its entries, its script need, and whether only long texts meet its Set.
        parts: list[tuple[Sequence[Entry], bytes, bool]] = []
        # `search`'s `settle` skips whole Sets: its steps are those of the groups cut in order
        # (`steps`), whatever Sets run, so that what it reports does not depend on the prefilter
        # (with a prefilter, a group of signals alone rides in the step before it, `_rides`: its
        # signals then come with that step's patterns; unpinned, a settled search may skip them).
        steps: list[tuple[Sequence[Entry], bytes]] = []
        every = [e for entries in by_set for e in entries]
        need_of = dict(zip((i for i, _ in every), prefilter.atoms_of(src for _, src in every), strict=True))
        # The common-word entries' instructions cut `settle`'s steps with or without a prefilter, so
        # that a settled search reports the same patterns either way; only a prefilter makes the
        # largest of them gate riders.
        weak = {i: w for i, src in every if (w := weak_insts(src, need_of[i], opts))}
        if prefilter_max_bytes:
            need_of.update((i, None) for i, w in weak.items() if gate_rider(w))
        for g, entries in enumerate(by_set):
            need = needs[g] if g < len(needs) else b""
            if prefilter_max_bytes and _rides(entries, need, steps, n, max_entries, weak):
                steps[-1] = ([*steps[-1][0], *entries], need)  # one pass less on every long text
            else:
                steps += [(part, need) for part in _cut_weak(entries, max_entries, weak)]
            if prefilter_max_bytes and _shared(need, entries, need_of):
                entries = sorted(entries, key=lambda e: prefilter.layout_strength(need_of[e[0]]))
                parts += [(part, need, False) for part in _cut_weak(entries, max_entries, weak)]
            else:  # with a prefilter, short texts meet this group's own Sets (`_short_layout`)
                parts += [(part, need, bool(prefilter_max_bytes)) for part in _cut(entries, max_entries)]
        # Per Set: its Match (`compile_set`), the global index of each of its entries (ids come
        # back in pattern order) and its script need. Which Sets `settle` may skip is decided
        # per step (below), not per Set.
        self._rank = rank
        self._ranks = sorted((rank(p) for p in self.patterns), reverse=True) if rank else []
        # Each pattern's place in a settled search's span search (`scan` with `unvetoed_first`):
        # highest rank first, then those without a veto, then pattern order.
        self._order = (
            [(-rank(p), p.unless is not None, i) for i, p in enumerate(self.patterns)] if rank else []
        )
        # `needs[g]`: bytes of which a text must hold one for group g's Set to run (lead_bytes of
        # its script); empty, always.
        self._sets: list[tuple[Callable[[bytes], Any], tuple[int, ...], bytes]] = []
        for entries, need, long in parts:
            if entries:
                self._sets.append(
                    (compile_set(entries, opts_of(entries, long), long), tuple(i for i, _ in entries), need)
                )
        # The same Sets as a search without `settle` runs them (their result does not depend on
        # their order): the short layout borrows a shared group's parts from here.
        self._plain = _runnable(self._sets)
        # Texts over `prefilter_max_bytes` (every text without a prefilter) meet the groups cut in
        # order (`steps`), one Set per part: the same parts as `settle`'s steps. A part that is not
        # exactly a plain Set (a group cut weakest atoms first for short texts) gets a Set of its
        # own, after the plain ones. On long text those parts cost less than the weakest-first
        # ones, which put the regexes started by common words together, so their partial matches
        # multiply on prose (round 18, the 1,509 dev benign prompts of 1 KB and more: ~12 % less
        # per KB warm, ~15 % less on first sight; docs/safety-history.md). Compiling them costs ~0.3-0.6 s
        # of start-up; their DFA states are built by long texts only.
        where = {i: pos for pos, (_, index, _) in enumerate(self._sets) for i in index}
        # Global ids of the pinned signals (the model's cues): a step holding one always runs.
        pinned_ids = frozenset(n + j for j, name in enumerate(self.signals) if pinned and pinned(name))
        # Per step of `settle` (most severe first): its entries, highest rank, pinned signal, the
        # position of its Set, which holds exactly those entries (a step is one pass), and for a
        # step holding a pinned signal the position of a Set of its signals alone (else STEP_WHOLE or
        # STEP_SKIPPED): run instead once the step's patterns could not change what is reported (`search`).
        self._steps: list[tuple[frozenset[int], int, bool, int, int]] = []
        long_sets: list[int] = []
        long = bool(prefilter_max_bytes)
        for entries, need in steps:
            index = tuple(i for i, _ in entries)
            if not index:
                continue
            pos = where[index[0]]
            if set(self._sets[pos][1]) != set(index):
                self._sets.append((compile_set(entries, opts_of(entries, long), long), index, need))
                pos = len(self._sets) - 1
            long_sets.append(pos)
            if rank:
                top = max((rank(self.patterns[i]) for i in index if i < n), default=-1)
                pin, alone = not pinned_ids.isdisjoint(index), STEP_WHOLE
                signals_only = [e for e in entries if e[0] >= n]
                if pin and len(signals_only) < len(entries) and not pins_alone:
                    alone = STEP_SKIPPED  # the caller finds its signals itself
                elif pin and len(signals_only) < len(entries):
                    self._sets.append(
                        (compile_set(signals_only, opts_of(entries, long), long),
                         tuple(i for i, _ in signals_only), need)
                    )  # fmt: skip
                    alone = len(self._sets) - 1
                self._steps.append((frozenset(index), top, pin, pos, alone))
        self._long = _runnable(map(self._sets.__getitem__, long_sets))
        self._long_pos = tuple(long_sets)
        # A long text that is mostly another script (`_foreign`) meets a gate first, as short texts
        # do: one entry per long Set whose entries all have atoms (the alternation of its atoms),
        # in `_long_gated` order; a Set whose atoms are absent cannot match and is not run.
        self._long_gate: Callable[[bytes], Any] | None = None
        self._long_gated: tuple[int, ...] = ()
        if prefilter_max_bytes:
            alone = [s[4] for s in self._steps if s[4] >= 0]
            self._long_gated = tuple(
                pos for pos in (*long_sets, *alone) if all(need_of[i] is not None for i in self._sets[pos][1])
            )
            if self._long_gated:
                gate = re2.Set.SearchSet(re2_options())
                for pos in self._long_gated:
                    gate.Add(
                        "|".join(
                            sorted(
                                {
                                    prefilter.atom_regex(a)
                                    for i in self._sets[pos][1]
                                    for a in need_of[i] or ()
                                }
                            )
                        )
                    )
                gate.Compile()
                self._long_gate = getattr(gate, "_set", gate).Match
        self._steps.sort(key=lambda s: -s[1])
        # Texts up to `prefilter_max_bytes` meet other Sets (`_short_layout`) behind the prefilter.
        self._gate_max = prefilter_max_bytes
        self._gate: Callable[[bytes], Any] | None = None
        self._always: list[tuple[Callable[[bytes], Any], tuple[int, ...], tuple[bytes, ...]]] = []
        self._by_gate: list[tuple[Callable[[bytes], Any], tuple[int, ...], tuple[bytes, ...]]] = []
        self._gate_free: tuple[int, ...] = ()  # global ids of the gate's entries after its atom entries
        # Per gate entry: the Set it opens, or for an entry without atoms a stand-in whose pass
        # reports that entry (`_search_all` turns the gate's answer into Sets with one C-level map).
        self._plan: tuple[tuple[Callable[[bytes], Any], tuple[int, ...], tuple[bytes, ...]], ...] = ()
        if prefilter_max_bytes:
            self._short_layout(by_set, needs, need_of, max_entries, opts_of, weak, gate_max_mem)
        # A Matcher of signals alone in one Set that every text meets (the run signals of a text
        # under RUNS_SPLIT_MIN_BYTES): its Match and the signal name of each of its entries, for
        # `signals_in`.
        self._signal_set: tuple[Callable[[bytes], Any], tuple[str, ...]] | None = None
        if not n and self._gate is None and self._long_gate is None and len(self._long) == 1:
            match, index, need = self._long[0]
            if not need:
                self._signal_set = (match, tuple(self.signals[i] for i in index))

    def _short_layout(
        self,
        by_set: list[list[Entry]],
        needs: Sequence[bytes],
        need_of: dict[int, frozenset[prefilter.Atom] | None],
        max_entries: int,
        opts_of: Callable[[Sequence[Entry]], Any],
        weak: dict[int, int],
        gate_max_mem: int = 0,
    ) -> None:
        """The Sets a short text meets, behind the prefilter: one Set (the gate) whose entry k is
        the alternation of the atoms of every entry of gated Set k (a Set is gated when each of its
        entries has atoms; its atoms absent, it cannot match).

        The entries without atoms (prefilter.atoms: None) of every group are entries of the gate
        itself, after its atom entries: they must run on every text anyway, and there they cost no
        pass of their own. The others of each group are cut into parts as in the plain layout, the
        weakest atoms first. In the plain layout the atom-less entries filled the first part of
        their group, so three Sets (the tool group's, the last group's, the gloss cues') ran on
        every text whatever it held (round 13, on the dev short prompts: 7.5 passes per prompt,
        now 5.3, and ~18 % less search time). A script group keeps its plain Sets (its lead bytes
        rule them out on other texts), and so does a group whose entries all have atoms (its plain
        parts are already cut weakest first). Long texts meet the groups cut in order (`_long`).
        """
        free: list[Entry] = []
        parts: list[Sequence[Entry]] = []
        sets: list[tuple[Callable[[bytes], Any], tuple[int, ...], tuple[bytes, ...]]] = []
        for g, entries in enumerate(by_set):
            if _shared(needs[g] if g < len(needs) else b"", entries, need_of):
                # A script group, or one whose entries all have atoms: its plain Sets, cut weakest
                # atoms first already.
                members = {i for i, _ in entries}
                sets += [s for s in self._plain if s[1] and s[1][0] in members]
                continue
            free += [e for e in entries if need_of[e[0]] is None]
            kept = sorted((e for e in entries if need_of[e[0]] is not None),
                          key=lambda e: prefilter.layout_strength(need_of[e[0]]))  # fmt: skip
            parts += _cut_weak(kept, max_entries, weak)
        for entries in filter(None, parts):
            sets.append((compile_set(entries, opts_of(entries)), tuple(i for i, _ in entries), ()))
        # Every short text meets the gate: a DFA that outgrows its cache thrashes.
        gate_set = re2.Set.SearchSet(re2_options(gate_max_mem))
        for s in sets:
            if all(need_of[i] is not None for i in s[1]):
                gate_set.Add(
                    "|".join(sorted({prefilter.atom_regex(a) for i in s[1] for a in need_of[i] or ()}))
                )
                self._by_gate.append(s)
            else:
                self._always.append(s)
        for _, src in free:
            gate_set.Add(src)
        self._gate_free = tuple(i for i, _ in free)
        if not self._by_gate:  # nothing to gate: the plain loop
            self._always, self._gate_free = [], ()
            return
        gate_set.Compile()
        self._gate = getattr(gate_set, "_set", gate_set).Match
        self._plan = (*self._by_gate, *(((_found_itself, (i,), ())) for i in self._gate_free))

    def signals_in(self, data: bytes) -> set[str]:
        """The signals present in data, a fresh set (callers add to it). A Matcher of signals alone in
        one Set that every text meets (the run signals of a text under RUNS_SPLIT_MIN_BYTES: every
        short prompt) asks that Set directly: `_search_all`, `_closed` and `_collect` around its pass
        cost about as much as the pass itself on a warm short text (~0.4 µs)."""
        if self._signal_set is None:
            return self.search(data)[1]
        match, names = self._signal_set
        found = match(data)
        return set(map(names.__getitem__, found)) if found else set()

    def search(self, data: bytes, settle: tuple[int, int] | None = None) -> tuple[list[Pattern], set[str]]:
        """Patterns with at least one match in data, and the signals present (one pass per Set).

        `settle=(from_rank, within)` (needs `rank`) ends the search early on a text whose verdict
        is settled: once a pattern without a veto (`unless_followed_by`) of rank r >= from_rank is
        found, the Sets still to run whose patterns all rank r or lower and that hold no pinned
        signal are skipped. Their patterns could not change the highest rank reported by a `scan`
        with `max_patterns=within` and `unvetoed_first` (every pattern ranked above r is found, and
        fewer than `within` patterns rank above r; among those ranked r the unvetoed ones are
        searched first, and one of them was found), only add to the explanation; a caller that
        needs a signal whatever the verdict pins it. Such a step runs its signals alone once its
        patterns could not be among those such a `scan` searches (`_outranked`), or with
        `pins_alone=False` is then skipped: a caller that needs only part of what its signals tell
        finds it itself (the screen's model: whether the text holds a gate cue, round 29).
        """
        if settle is None or self._rank is None:
            ids = self._search_all(data)
            return self._collect(ids) if ids else ([], set())  # most short prompts: nothing found
        ids: list[int] = []
        best = -1
        closed = self._closed(data)
        for index, top, pin, pos, alone in self._steps:
            if best >= 0 and top <= best:
                if not pin:
                    continue
                if alone != STEP_WHOLE and self._outranked(ids, top, settle[1], index):
                    if alone == STEP_SKIPPED:
                        continue  # its patterns cannot be reported, its signals are not asked for
                    pos = alone  # its signals alone (exact for them: a Set's entries match apart)
            if pos in closed:
                continue  # its atoms are absent: it finds nothing
            found = self._run(pos, data)  # the step's own Set: exactly its entries
            if found:
                ids += found
                # The rank that settles grows with the highest unvetoed rank found (`_settled`), so
                # the new patterns alone tell whether it rose.
                best = max(best, self._settled(found, settle))
        return self._collect(ids)

    def _closed(self, data: bytes) -> frozenset[int]:
        """Positions of the long Sets whose atoms a long text lacks, when it is mostly another
        script (`_foreign`; else none: on English text the atoms are nearly all present and the
        gate would be one pass more). "zero-width + homoglyph words" (100 KB, Cyrillic look-alikes
        in every word) holds the atoms of none of them: 19 passes become one."""
        if self._long_gate is None or not _foreign(data):
            return frozenset()
        return frozenset(self._long_gated).difference(
            map(self._long_gated.__getitem__, self._long_gate(data) or ())
        )

    def _outranked(self, ids: list[int], top: int, within: int, step: Collection[int] = ()) -> bool:
        """Whether the patterns of a step (ranked `top` at most; `step`: its entries' global ids)
        cannot be among those a `scan` with `max_patterns=within` and `unvetoed_first` searches,
        whatever else is found, so a settled search need not look for them (the pinned step's own
        patterns on a text stuffed with attacks: its signals alone cost a third of the pass over
        "every example, repeated", 100 KB). So it is once `within` patterns found rank above `top`,
        or once more than `within` found come before each of the step's patterns in that scan's
        order (`_order`): the scan then sorts and keeps those, as when the step has run whole
        ("medium examples, every decoder": medium patterns of lower ids than the step's)."""
        rank, n = self._rank, len(self.patterns)
        assert rank is not None
        if sum(1 for i in ids if i < n and rank(self.patterns[i]) > top) >= within:
            return True
        first = min((self._order[i] for i in step if i < n), default=None)
        if first is None:
            return False  # signals only: its Set is the signals-alone one already
        order = self._order
        return sum(1 for i in ids if i < n and order[i] < first) > within

    def _run(self, pos: int, data: bytes) -> list[int]:
        """Global ids of the entries of Set `pos` matching in data (none when its script need rules
        the Set out). `settle` runs on long texts only, where the prefilter no longer pays."""
        match, index, need = self._sets[pos]
        if need and (data.isascii() or not any(b in data for b in need)):
            return []  # a script Set on a text without its script: nothing to find
        return [index[i] for i in match(data) or ()]

    def _search_all(self, data: bytes) -> list[int]:
        """Global indices of the entries matching in data: every Set, a script's Sets only on a
        text holding its script (its lead bytes, looked for once per script and text).

        The plain loop of `search` without `settle`: on a short prompt the loop's Python work
        cost about as much as the Set passes (~0.6 µs each) it drives.
        """
        ids: list[int] = []
        sets: Iterable[tuple[Callable[[bytes], Any], tuple[int, ...], tuple[bytes, ...]]]
        if self._gate is None or len(data) > self._gate_max:
            closed = self._closed(data)
            sets = (
                [s for s, pos in zip(self._long, self._long_pos, strict=True) if pos not in closed]
                if closed
                else self._long
            )
        else:  # the gate's entries: gated Set k's atoms, then the entries without atoms
            opened = self._gate(data)
            if not opened:
                if not self._always:
                    return ids  # no Set's atoms and no atom-less entry in the text: nothing else runs
                sets = self._always
            elif self._always:
                sets = [*self._always, *map(self._plan.__getitem__, opened)]
            else:
                sets = map(self._plan.__getitem__, opened)
        # Per script need: whether the text holds one of its lead bytes (an ASCII text: none).
        scripts: dict[tuple[bytes, ...], bool] | None = None
        ascii_text = False
        for match, index, need in sets:
            if need:
                if scripts is None:
                    scripts, ascii_text = {}, data.isascii()
                if ascii_text:
                    continue
                present = scripts.get(need)
                if present is None:
                    present = scripts[need] = any(map(data.__contains__, need))
                if not present:
                    continue
            found = match(data)
            if found:
                ids += map(index.__getitem__, found)
        return ids

    def _collect(self, ids: list[int]) -> tuple[list[Pattern], set[str]]:
        """The patterns (in pattern order) and signals of a search's global indices."""
        if not ids:
            return [], set()
        ids.sort()
        n = len(self.patterns)
        return [self.patterns[i] for i in ids if i < n], {self.signals[i - n] for i in ids if i >= n}

    def _settled(self, ids: list[int], settle: tuple[int, int]) -> int:
        """The rank that settles the verdict among the patterns found (search), or -1."""
        rank, (from_rank, within) = self._rank, settle
        assert rank is not None
        n = len(self.patterns)
        r = max(
            (rank(self.patterns[i]) for i in ids if i < n and self.patterns[i].unless is None), default=-1
        )
        # `_ranks` is sorted highest first: `within` patterns rank above r when the within-th does
        outranked = within <= 0 or (within <= len(self._ranks) and self._ranks[within - 1] > r)
        if r < from_rank or outranked:
            return -1  # not blocked, or `within` patterns outrank it: scan might not search it
        return r

    def which(self, data: bytes) -> list[Pattern]:
        """Patterns with at least one match in data (one pass over the bytes)."""
        return self.search(data)[0]

    def matching(self, data: bytes, hits: Sequence[Pattern] | None = None) -> list[Pattern]:
        """Patterns with a match that survives its veto, without collecting spans.

        The Set pass decides (or `hits`, its result when the caller already has it); only
        patterns with an `unless_followed_by` veto are searched further, until one match
        survives it.
        """
        out = []
        for p in self.which(data) if hits is None else hits:
            if p.unless is None or any(not p.unless.match(data, e) for _, e in spans(p.regex, data)):
                out.append(p)
        return out

    def scan(
        self,
        data: bytes,
        limit: int = PER_PATTERN,
        skip: Collection[str] = (),
        max_patterns: int | None = None,
        rank: Callable[[Pattern], int] | None = None,
        hits: Sequence[Pattern] | None = None,
        unvetoed_first: bool = False,
    ) -> list[tuple[Pattern, int, int]]:
        """(pattern, byte start, byte end) for up to `limit` matches of each matching pattern.

        Patterns whose id is in `skip` (already reported) are not searched for spans: span
        searches, not the Set pass, dominate on texts that match many patterns. With
        `max_patterns`, only that many patterns are searched, the highest `rank` first: a
        text matching dozens of patterns is adversarial, and its most severe ones decide.
        `hits` is the Set pass's result when the caller already has it. `unvetoed_first`: among
        patterns of one rank, those without a veto are searched first (a settled search, `search`,
        found one of them: it is searched, so the highest rank reported is the full search's).
        """
        out: list[tuple[Pattern, int, int]] = []
        hits = [p for p in (self.which(data) if hits is None else hits) if p.id not in skip]
        if max_patterns is not None and len(hits) > max_patterns:
            hits = sorted(
                hits, key=lambda p: (-(rank(p) if rank else 0), unvetoed_first and p.unless is not None)
            )[:max_patterns]
        for p in hits:
            n = 0
            for s, e in spans(p.regex, data):
                if p.unless is not None and p.unless.match(data, e):
                    continue
                out.append((p, s, e))
                n += 1
                if n >= limit:
                    break
        return out


def char_offsets(data: bytes, offsets: Sequence[int]) -> dict[int, int]:
    """Map UTF-8 byte offsets (at character boundaries) of data to str offsets, in one pass."""
    out: dict[int, int] = {}
    last_b = last_c = 0
    for b in sorted(set(offsets)):
        last_c += len(data[last_b:b].decode("utf-8", "replace"))
        last_b = b
        out[b] = last_c
    return out
