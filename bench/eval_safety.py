"""Detection and false-positive rates of the prompt-injection screen (`make eval-safety`).

Corpus: bench/corpus/sources.py (public registry packages + handwritten
benign prompts). Figures are reported for the dev split (patterns were tuned
looking only at it) and the held-out split, by source and by the source's own
attack family. "Detected" means flagged or blocked.

    python -m bench.eval_safety [--misses dev|held_out|all] [--write]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from aiwatch.safety import check_prompt_injection

from bench.corpus.sources import HELD_OUT_PERCENT, Sample, load_all

TARGET_DETECTION = 0.95
TARGET_FP = 0.01


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f} % ({k}/{n})" if n else "–"


def evaluate(samples: list[Sample]) -> dict[str, object]:
    rows = []
    for s in samples:
        r = check_prompt_injection(s.text)
        rows.append((s, r["action"], r))
    return {"rows": rows}


def _table(rows, key) -> list[str]:  # type: ignore[no-untyped-def]
    agg: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for s, action, _ in rows:
        a = agg[key(s)]
        i = 0 if s.split == "dev" else 3
        a[i] += 1
        a[i + 1] += action != "allow"
        a[i + 2] += action == "block"
    out = []
    for k in sorted(agg):
        a = agg[k]
        out.append(
            f"| {' | '.join(k)} | {_pct(a[1], a[0])} | {_pct(a[2], a[0])} | {_pct(a[4], a[3])} | {_pct(a[5], a[3])} |"
        )
    return out


def report(rows, notes: list[str]) -> str:  # type: ignore[no-untyped-def]
    attacks = [r for r in rows if r[0].attack]
    benign = [r for r in rows if not r[0].attack]
    lines = [
        f"Split: {100 - HELD_OUT_PERCENT} % dev / {HELD_OUT_PERCENT} % held-out, by hash of source and id.",
        "Detected = flagged or blocked. Targets (seed's claim): >= 95 % of attacks detected, <= 1 % of benign flagged.",
        "",
        "| split | attacks detected | attacks blocked | benign flagged | benign blocked |",
        "|---|---|---|---|---|",
    ]
    for split in ("dev", "held_out"):
        a = [r for r in attacks if r[0].split == split]
        b = [r for r in benign if r[0].split == split]
        lines.append(
            f"| {split} | {_pct(sum(x[1] != 'allow' for x in a), len(a))} | "
            f"{_pct(sum(x[1] == 'block' for x in a), len(a))} | "
            f"{_pct(sum(x[1] != 'allow' for x in b), len(b))} | {_pct(sum(x[1] == 'block' for x in b), len(b))} |"
        )
    a_all = [r for r in attacks if not r[0].source.startswith("handwritten")]
    lines.append(
        f"| all public attacks (no handwritten) | {_pct(sum(x[1] != 'allow' for x in a_all), len(a_all))} | "
        f"{_pct(sum(x[1] == 'block' for x in a_all), len(a_all))} | | |"
    )
    lines += [
        "",
        "Attacks by source and source family:",
        "",
        "| source | family | dev detected | dev blocked | held-out detected | held-out blocked |",
        "|---|---|---|---|---|---|",
        *_table(attacks, lambda s: (s.source, s.family)),
        "",
        "Benign by source (flagged = false positive):",
        "",
        "| source | family | dev flagged | dev blocked | held-out flagged | held-out blocked |",
        "|---|---|---|---|---|---|",
        *_table(benign, lambda s: (s.source, s.family)),
    ]
    if notes:
        lines += ["", "Sources not loaded: " + "; ".join(notes)]
    return "\n".join(lines) + "\n"


def run() -> str:
    samples, notes = load_all()
    return report(evaluate(samples)["rows"], notes)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--misses", choices=("dev", "held_out", "all"), help="print missed attacks and false positives"
    )
    ap.add_argument("--write", action="store_true", help="write the section into docs/benchmarks.md")
    args = ap.parse_args(argv)
    samples, notes = load_all()
    rows = evaluate(samples)["rows"]
    md = report(rows, notes)
    print(md)
    if args.misses:
        for s, action, r in rows:
            if args.misses != "all" and s.split != args.misses:
                continue
            if s.attack and action == "allow":
                print(f"MISS  {s.source}/{s.id} [{s.family}]: {s.text[:160]!r}")
            elif not s.attack and action != "allow":
                ids = [m["pattern_id"] for m in r["matches"]]
                print(f"FP    {s.source}/{s.id} {ids}: {s.text[:160]!r}")
    if args.write:
        from bench.report import write_section

        write_section("safety-accuracy", md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
