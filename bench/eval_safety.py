"""Accuracy of the safety checks on sources held out whole (`make eval-safety`).

Prompt injection: bench/corpus/sources.py assembles the corpus; every source is either
development (patterns written and the scoring model trained from it) or held out whole
(HELD_OUT), so the held-out figures estimate performance on a collection never seen.
"Detected" means flagged or blocked. Reported: per split, per family (held-out and dev),
per source, flagged vs blocked, which layer caught it, and the confusion of families
(the family the detector names vs the true one).

Hallucination-risk flags: precision and recall per category on the labelled answers in
bench/corpus/answers_*.tsv (a development and a held-out set).

    python -m bench.eval_safety [--misses dev] [--write]

`--misses` prints missed attacks and false positives of the DEV split only: the held-out
sources stay unread by whoever tunes the patterns.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from aiwatch.safety import check_prompt_injection, flag_potential_hallucination
from aiwatch.safety.injection import MODEL_PATTERN_ID

from bench.corpus.answers import SETS, Answer, load_answers
from bench.corpus.sources import (
    DECODER_KINDS,
    FAMILIES,
    HELD_OUT,
    HELD_OUT_ROUND,
    Sample,
    decoder_row,
    family_of,
    load_all,
)

TARGET_DETECTION = 0.95
TARGET_FP = 0.01
SPLITS = ("held_out", "dev")

Row = tuple[Sample, dict]  # type: ignore[type-arg]


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f} % ({k}/{n})" if n else "–"


def named_family(result: dict) -> str:  # type: ignore[type-arg]
    """The family the detector names: the category of its most severe match."""
    order = {"low": 1, "medium": 2, "high": 3, "critical": 4}
    if not result["matches"]:
        return "missed"
    top = max(result["matches"], key=lambda m: order[m["severity"]])
    return family_of(top["category"])


def _rule(pattern_id: str) -> str:
    """The rule behind a match: `leetspeak:x` and `base64:x` are pattern x seen in a rewritten copy."""
    return pattern_id if pattern_id == MODEL_PATTERN_ID else pattern_id.split(":")[-1]


def layer(result: dict) -> str:  # type: ignore[type-arg]
    ids = {m["pattern_id"].startswith("model:") for m in result["matches"]}
    return {frozenset(): "none", frozenset({True}): "model", frozenset({False}): "patterns"}.get(
        frozenset(ids), "patterns"
    )


def evaluate(samples: Iterable[Sample]) -> list[Row]:
    return [(s, check_prompt_injection(s.text)) for s in samples]


def _rates(rows: list[Row]) -> tuple[int, int, int]:
    return (
        len(rows),
        sum(r["action"] != "allow" for _, r in rows),
        sum(r["action"] == "block" for _, r in rows),
    )


def _grouped(rows: list[Row], key: Callable[[Sample], str]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        out[key(row[0])].append(row)
    return out


def group(s: Sample) -> str:
    """The report group of a sample's source: dev, or the round its source was held out in."""
    return f"held out in round {HELD_OUT_ROUND[s.source]}" if s.source in HELD_OUT else "dev"


def _group_order(name: str) -> int:
    """dev first, then the held-out groups oldest round first."""
    return 0 if name == "dev" else int(name.rsplit(" ", 1)[-1])


def source_rows(rows: list[Row]) -> list[str]:
    """One table row per source, grouped (dev, then each held-out round) with a subtotal row per
    held-out group; an encoded set gets a "decoder rows" sub-row: the kinds whose wrapper gives no
    order (DECODER_KINDS), so only the decoders can catch them."""

    def line(name: str, split: str, rs: list[Row]) -> str:
        n, d, b = _rates(rs)
        layers = Counter(layer(r) for _, r in rs)
        return (
            f"| {name} | {split} | {n} | {_pct(d, n)} | {_pct(b, n)} | "
            f"{_pct(layers['patterns'], n)} | {_pct(layers['model'], n)} |"
        )

    out = []
    for grp, grs in sorted(_grouped(rows, group).items(), key=lambda kv: _group_order(kv[0])):
        for src, rs in sorted(_grouped(grs, lambda s: s.source).items()):
            out.append(line(src, rs[0][0].split, rs))
            dec = [r for r in rs if decoder_row(r[0])]
            if dec:
                out.append(line(f"{src}: decoder rows ({', '.join(DECODER_KINDS)})", rs[0][0].split, dec))
        if grp != "dev":
            out.append(line(f"**{grp}** (subtotal)", "held_out", grs))
    return out


def injection_report(rows: list[Row], notes: list[str]) -> list[str]:
    attacks = [r for r in rows if r[0].attack]
    benign = [r for r in rows if not r[0].attack]
    lines = [
        "Corpus and split: docs/safety.md (*Corpus and evaluation*); reproduce with `make eval-safety`.",
        "",
        "### Prompt injection",
        "",
        "Split by source: held-out sources (" + ", ".join(sorted(HELD_OUT)) + ") were never read while "
        "writing patterns and never used to train the scoring model. Detected = flagged or blocked. "
        f"Targets: >= {TARGET_DETECTION:.0%} of held-out attacks detected, <= {TARGET_FP:.0%} of held-out "
        "benign prompts flagged.",
        "",
        "| split | attacks detected | attacks blocked | benign flagged | benign blocked |",
        "|---|---|---|---|---|",
    ]
    for split in SPLITS:
        n, d, b = _rates([r for r in attacks if r[0].split == split])
        bn, bd, bb = _rates([r for r in benign if r[0].split == split])
        lines.append(f"| {split} | {_pct(d, n)} | {_pct(b, n)} | {_pct(bd, bn)} | {_pct(bb, bn)} |")
    held_groups = _grouped([r for r in rows if r[0].split == "held_out"], group)
    for grp, rs in sorted(held_groups.items(), key=lambda kv: _group_order(kv[0])):
        n, d, b = _rates([r for r in rs if r[0].attack])
        bn, bd, bb = _rates([r for r in rs if not r[0].attack])
        lines.append(f"| held_out: {grp} | {_pct(d, n)} | {_pct(b, n)} | {_pct(bd, bn)} | {_pct(bb, bn)} |")
    held = [r for r in attacks if r[0].split == "held_out"]
    n, d, _ = _rates(held)
    bn, bd, _ = _rates([r for r in benign if r[0].split == "held_out"])
    ok = n and bn and d / n >= TARGET_DETECTION and bd / bn <= TARGET_FP
    lines += ["", f"Held-out verdict: {'targets met' if ok else 'targets NOT met'}.", ""]

    lines += [
        "Attacks by family (true family; held-out and dev):",
        "",
        "| family | held-out detected | held-out blocked | dev detected | dev blocked |",
        "|---|---|---|---|---|",
    ]
    for fam in FAMILIES:
        cells = []
        for split in SPLITS:
            n, d, b = _rates([r for r in attacks if r[0].family == fam and r[0].split == split])
            cells += [_pct(d, n), _pct(b, n)]
        lines.append(f"| {fam} | {' | '.join(cells)} |")

    lines += [
        "",
        "Attacks by source, dev then each held-out round with its subtotal (caught by: patterns / model = "
        "the layer that caught it, patterns first):",
        "",
        "| source | split | attacks | detected | blocked | by patterns | by model only |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += source_rows(attacks)
    lines += [
        "",
        "Benign prompts by source, grouped the same way (flagged = false positive):",
        "",
        "| source | split | prompts | flagged | blocked | by patterns | by model only |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += source_rows(benign)
    # Which rules the false positives come from: what an operator would tune or disable first.
    fp_rules = {split: Counter() for split in SPLITS}  # type: ignore[var-annotated]
    for smp, r in benign:
        fp_rules[smp.split].update({_rule(m["pattern_id"]) for m in r["matches"]})
    # Ties by name: a set's order changes with the hash seed, and the report must not.
    top = sorted(
        set(fp_rules["held_out"]) | set(fp_rules["dev"]),
        key=lambda k: (-sum(c[k] for c in fp_rules.values()), k),
    )
    lines += [
        "",
        "False positives by rule (benign prompts a pattern or the model matched; the 12 most frequent):",
        "",
        "| rule | held-out benign | dev benign |",
        "|---|---|---|",
        *(f"| {k} | {fp_rules['held_out'][k]} | {fp_rules['dev'][k]} |" for k in top[:12]),
    ]

    named = [*sorted({named_family(r) for _, r in held} - {"missed"}), "missed"]
    lines += [
        "",
        "Confusion of families on held-out attacks (rows: true family; columns: the family the "
        "detector names, i.e. the category of its most severe match):",
        "",
        "| true \\ named | " + " | ".join(named) + " |",
        "|---|" + "---|" * len(named),
    ]
    for fam in FAMILIES:
        rs = [r for r in held if r[0].family == fam]
        if rs:
            c = Counter(named_family(r) for _, r in rs)
            lines.append(f"| {fam} | " + " | ".join(str(c.get(x, "")) for x in named) + " |")
    by_label = _grouped(held, lambda s: f"{s.source} | {s.label or s.family}")
    weak = sorted(
        ((k, _rates(rs)) for k, rs in by_label.items() if _rates(rs)[0] - _rates(rs)[1] >= 3),
        key=lambda kv: kv[1][1] / kv[1][0],
    )
    lines += [
        "",
        "What remains: held-out attack kinds with 3 or more misses, by the source's own label "
        "(aggregates only; the held-out texts are not read while tuning):",
        "",
        "| source | source's label | attacks | detected |",
        "|---|---|---|---|",
        *(f"| {k} | {n} | {_pct(d, n)} |" for k, (n, d, _) in weak),
    ]
    if notes:
        lines += ["", "Sources not loaded: " + "; ".join(notes)]
    return lines


def hallucination_report(answers: list[Answer]) -> list[str]:
    cats = ("financial", "medical", "legal", "statistical")
    lines = [
        "### Hallucination-risk flags",
        "",
        "Labelled model answers (bench/corpus/answers_*.tsv): each is labelled with the risky-claim "
        "categories it contains (none for neutral or hedged answers). Precision = flagged answers "
        "that truly hold such a claim; recall = such answers that were flagged.",
        "",
        "| set | category | answers with the claim | flagged | precision | recall |",
        "|---|---|---|---|---|---|",
    ]
    results = [(a, set(flag_potential_hallucination(a.text)["categories"])) for a in answers]
    for split, _ in SETS:
        rs = [(a, got) for a, got in results if a.split == split]
        for cat in (*cats, "any"):
            truth = [bool(a.categories) if cat == "any" else cat in a.categories for a, _ in rs]
            pred = [bool(got) if cat == "any" else cat in got for _, got in rs]
            tp = sum(t and p for t, p in zip(truth, pred, strict=True))
            lines.append(
                f"| {split} ({len(rs)} answers) | {cat} | {sum(truth)} | {sum(pred)} | "
                f"{_pct(tp, sum(pred))} | {_pct(tp, sum(truth))} |"
            )
    return lines


def run() -> str:
    samples, notes = load_all()
    lines = [*injection_report(evaluate(samples), notes), "", *hallucination_report(load_answers())]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument(
        "--misses", choices=("dev",), help="print only dev misses and false positives (no held-out figures)"
    )
    ap.add_argument("--write", action="store_true", help="write the section into docs/benchmarks.md")
    args = ap.parse_args(argv)
    samples, notes = load_all()
    rows = evaluate(samples)
    md = "\n".join([*injection_report(rows, notes), "", *hallucination_report(load_answers())]) + "\n"
    if not args.misses:  # a pattern author reads dev misses without seeing held-out figures
        print(md)
    else:
        for s, r in rows:
            if s.split != "dev":
                continue
            if s.attack and r["action"] == "allow":
                print(f"MISS  {s.source}/{s.id} [{s.family}]: {s.text[:200]!r}")
            elif not s.attack and r["action"] != "allow":
                ids = [m["pattern_id"] for m in r["matches"]]
                print(f"FP    {s.source}/{s.id} {ids}: {s.text[:200]!r}")
        for a in load_answers():
            if a.split == "dev":
                got = set(flag_potential_hallucination(a.text)["categories"])
                if got != set(a.categories):
                    print(f"HALL  {a.id} want={sorted(a.categories)} got={sorted(got)}: {a.text[:200]!r}")
    if args.write:
        from bench.report import write_section

        write_section("safety-accuracy", md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
