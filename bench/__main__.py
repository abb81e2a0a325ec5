"""`make bench`: run every benchmark and write its section of docs/benchmarks.md."""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback

from aiwatch.hugepages import reexec_with_hugepages

from bench.report import DOC, write_section

BENCHMARKS = {
    "exporter": "bench.bench_exporter",
    "safety": "bench.bench_safety",
    "safety-accuracy": "bench.eval_safety",
    "sdk": "bench.bench_sdk",
    "alerting": "bench.bench_alerting",
    "otlp": "bench.bench_otlp",
    "capacity": "bench.bench_capacity",
    "profile": "bench.profiles",
}
# Minutes long and memory hungry (thousands of services): `make bench-capacity`, not part of `make bench`.
SEPARATE = ("capacity",)


def parse_args(argv: list[str]) -> list[str]:
    """The benchmarks a command line names (every one but SEPARATE when none); SystemExit(2) with a
    message for an option or an unknown name, before anything runs."""
    ap = argparse.ArgumentParser(
        prog="python -m bench", description=(__doc__ or "").splitlines()[0], allow_abbrev=False
    )
    ap.add_argument(
        "names",
        nargs="*",
        metavar="BENCHMARK",
        help=f"one of: {', '.join(BENCHMARKS)} (default: all but {', '.join(SEPARATE)})",
    )
    names = ap.parse_args(argv).names
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        ap.error(f"unknown benchmark {unknown[0]!r}; choose from {', '.join(BENCHMARKS)}")
    return names or [n for n in BENCHMARKS if n not in SEPARATE]


def main(argv: list[str]) -> int:
    names = parse_args(argv)
    # Measure what runs: the exporter's workers start with huge pages (aiwatch.hugepages).
    reexec_with_hugepages()
    failed = []
    for name in names:
        print(f"== {name}", flush=True)
        try:
            section = importlib.import_module(BENCHMARKS[name]).run()
        except Exception:
            traceback.print_exc()
            failed.append(name)
            continue
        write_section(name, section)
        print(section)
    print(f"written to {DOC}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
