"""`make bench`: run every benchmark and write its section of docs/benchmarks.md."""

from __future__ import annotations

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


def main(argv: list[str]) -> int:
    # Measure what runs: the exporter's workers start with huge pages (aiwatch.hugepages).
    reexec_with_hugepages()
    names = argv or [n for n in BENCHMARKS if n not in SEPARATE]
    failed = []
    for name in names:
        if name not in BENCHMARKS:
            print(f"unknown benchmark {name!r}; choose from {', '.join(BENCHMARKS)}", file=sys.stderr)
            return 2
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
