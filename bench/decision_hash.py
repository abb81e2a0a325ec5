"""One hash of check_prompt_injection's decisions on the dev corpus: a speed change must not move it.

A change to the engine or the prefilter (which Sets run, in which layout) may only change how fast
a text is screened, never what is decided. This screens every dev sample of `bench.corpus.sources`
(`dev_only`: the held-out sources are never read) plus the committed corpora, in a fixed order,
and hashes per text (action, sorted pattern ids, score rounded to 4 places; `--full` adds each
match's category and severity and the risk level). Run it on main and on a branch and compare the
two digests:

    PYTHONPATH=.:app python -m bench.decision_hash [--full] [--dump FILE]

`--dump` writes one line per text (its index and its decision's digest), so two runs that differ
can be diffed to find the texts whose decision moved.

`--claims` hashes flag_potential_hallucination's whole result instead (risk, categories, each
evidence's category, pattern id, span and snippet, the confidence adjustment) over the same texts,
the dev answers (`answers_dev.tsv` only: the held-out answer files are never opened) and the
benchmark's adversarial inputs: a speed change to the hallucination check must not move it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time

from aiwatch.safety import check_prompt_injection, flag_potential_hallucination

from bench.corpus.answers import SETS
from bench.corpus.sources import HERE, committed, dev_only, load_all


def dev_texts() -> list[str]:
    """The dev samples' texts and the committed corpora's, each once, in a fixed order."""
    seen: set[str] = set()
    out: list[str] = []
    for s in dev_only(load_all()[0]) + dev_only(committed()):
        if s.text not in seen:
            seen.add(s.text)
            out.append(s.text)
    return out


def dev_answers() -> list[str]:
    """The dev answers' texts, read from the dev file of `SETS` alone (never a held-out one)."""
    (fname,) = [f for split, f in SETS if split == "dev"]
    out = []
    for line in (HERE / fname).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.partition("\t")[2].replace("\\n", "\n"))
    return out


def claim_texts() -> list[str]:
    """What the claims digest reads: the dev answers, the dev texts and the adversarial inputs."""
    from bench.bench_safety import adversarial  # the benchmark's module: loaded only for --claims

    return dev_answers() + dev_texts() + list(adversarial().values())


def claims_decision(text: str) -> str:
    """flag_potential_hallucination's whole result on a text, as a canonical string."""
    return json.dumps(flag_potential_hallucination(text), sort_keys=True, ensure_ascii=False)


def decision(text: str, full: bool = False) -> str:
    """What is decided about a text, as a canonical string: action, pattern ids, rounded score;
    with `full`, each match's (pattern id, category, severity) instead of its id alone, and the
    risk level (the same digest for both trees means the same explanation, not only the same ids)."""
    r = check_prompt_injection(text)
    if full:
        found = sorted([m["pattern_id"], m["category"], m["severity"]] for m in r["matches"])
        return json.dumps([r["action"], r["risk_level"], found, round(float(r.get("score") or 0.0), 4)])
    ids = sorted(m["pattern_id"] for m in r["matches"])
    return json.dumps([r["action"], ids, round(float(r.get("score") or 0.0), 4)])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", help="write each text's index and decision digest to this file")
    ap.add_argument("--full", action="store_true", help="hash each match's category and severity too")
    ap.add_argument("--claims", action="store_true", help="hash the hallucination check's results instead")
    args = ap.parse_args()
    texts = claim_texts() if args.claims else dev_texts()
    total = hashlib.sha256()
    lines = []
    t0 = time.perf_counter()
    for i, text in enumerate(texts):
        d = claims_decision(text) if args.claims else decision(text, args.full)
        total.update(d.encode() + b"\n")
        if args.dump:
            lines.append(f"{i}\t{hashlib.sha256(d.encode()).hexdigest()[:16]}\t{d}\n")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            f.writelines(lines)
    print(f"{len(texts)} texts, decision hash {total.hexdigest()} ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
