"""Where the time goes: a cProfile summary of each hot path, for docs/benchmarks.md.

Paths: ingest (POST /v1/events, a batch of 100, through the WSGI app in
prometheus_client multiprocess mode), /metrics and /api/metrics (through the
WSGI app, on the files of 2 workers holding 1,000 label sets, one value
changed between requests as a writer would), and an instrumented chat call,
plain and streamed (12 chunks), with the in-process sink.

Each path runs in its own process with the `aiwatch` package from `--app`
(default: this checkout), so the same harness profiles an older checkout for
a before/after comparison:

    python -m bench.profiles                      # this checkout
    python -m bench.profiles --app /path/to/app   # another checkout's app/ directory

cProfile adds a fixed cost per Python call, so shares of small functions are
overstated; the call counts are exact.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from aiwatch.paths import REPO

from bench import labelsets

PATHS = ("ingest", "/metrics", "/api/metrics", "sdk chat", "sdk stream")
TOP = 8
REPEAT = {"ingest": 300, "/metrics": 20, "/api/metrics": 20, "sdk chat": 300, "sdk stream": 300}

_HARNESS = r'''
import cProfile, io, json, mmap, os, pstats, struct, sys
path, n, mp_dir = sys.argv[1], int(sys.argv[2]), sys.argv[3]

def wsgi(app, method, url, body=b""):
    env = {"REQUEST_METHOD": method, "PATH_INFO": url, "SERVER_NAME": "x", "SERVER_PORT": "80",
           "SERVER_PROTOCOL": "HTTP/1.1", "CONTENT_TYPE": "application/json", "CONTENT_LENGTH": str(len(body)),
           "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr, "wsgi.multithread": True,
           "wsgi.multiprocess": True, "wsgi.run_once": False, "wsgi.input": io.BytesIO(body)}
    status = []
    out = b"".join(app(env, lambda s, h, e=None: status.append(s)))
    assert status[0][:3] in ("200", "202"), (status, out[:300])
    return out

def touch():
    """Change one value in a counter file, as a writer would between two scrapes."""
    name = next(f for f in sorted(os.listdir(mp_dir)) if f.startswith("counter_"))
    with open(os.path.join(mp_dir, name), "r+b") as f, mmap.mmap(f.fileno(), 0) as m:
        n_key = struct.unpack_from("i", m, 8)[0]
        pos = 8 + 4 + n_key + (8 - (n_key + 4) % 8)
        struct.pack_into("d", m, pos, struct.unpack_from("d", m, pos)[0] + 1)

if path in ("ingest", "/metrics", "/api/metrics"):
    from aiwatch.exporter import create_app
    from bench.bench_exporter import event_batch
    app = create_app()
    body = event_batch(0)
    if path == "ingest":
        op = lambda: wsgi(app, "POST", "/v1/events", body)
    else:
        def op():
            touch()
            wsgi(app, "GET", path)
else:
    from bench.bench_sdk import MESSAGES, fake_client, private_sink
    from aiwatch.instrument import instrument_openai
    c = instrument_openai(fake_client(), sink=private_sink())
    if path == "sdk chat":
        op = lambda: c.chat.completions.create(model="gpt-4o", messages=MESSAGES)
    else:
        def op():
            for _ in c.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True,
                                               stream_options={"include_usage": True}):
                pass
for _ in range(3 if path.startswith("/") else 30):
    op()
prof = cProfile.Profile()
prof.enable()
for _ in range(n):
    op()
prof.disable()
st = pstats.Stats(prof)
rows = []
for (fn, line, name), (cc, nc, tt, ct, callers) in st.stats.items():
    short = fn.split("site-packages/")[-1].split("/app/")[-1].split("python3.11/")[-1]
    rows.append((tt, nc, ct, f"{short}:{line}({name})" if line else name))
total = sum(r[0] for r in rows)
calls = sum(r[1] for r in rows)
ours = [r for r in rows if r[3].startswith(("aiwatch/", "prometheus_client/"))]
if path.startswith("sdk"):  # the client's own work is the same with or without aiwatch: show ours
    rows = ours
rows.sort(reverse=True)
print(json.dumps({"total": total / n, "calls": calls / n, "ours": sum(r[0] for r in ours) / total,
                  "ours_calls": sum(r[1] for r in ours) / n,
                  "top": [(t / n, t / total, c / n, name) for t, c, _, name in rows[:TOP]]}))
'''


def profile(path: str, app: Path, mp_dir: Path) -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(app), str(REPO)]),
        "PROMETHEUS_MULTIPROC_DIR": str(mp_dir),
        "AIWATCH_CONFIG_DIR": str(mp_dir.parent / "cfg-1000"),
    }
    if path.startswith("sdk"):
        env.pop("PROMETHEUS_MULTIPROC_DIR")
    harness = _HARNESS.replace("TOP", str(TOP))
    out = subprocess.run(
        [sys.executable, "-c", harness, path, str(REPEAT[path]), str(mp_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if out.returncode:
        raise RuntimeError(f"profiling {path} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(app: Path | None = None) -> str:
    app = app or REPO / "app"
    sections = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        reads = labelsets.fill_multiproc(tmp / "mp", 1_000)
        for path in PATHS:
            mp = tmp / f"mp-{path.strip('/').replace(' ', '-')}"
            if path.startswith("/"):
                mp = reads
            else:
                mp.mkdir()
            p = profile(path, app, mp)
            rows = [
                f"| {own * 1e6:,.1f} | {share:.1%} | {calls:,.1f} | `{name}` |"
                for own, share, calls, name in p["top"]
            ]
            head = (
                f"**{path}** — {p['total'] * 1e3:,.2f} ms and {p['calls']:,.0f} function calls per "
                f"{'request' if path[0] in '/i' else 'call'} under the profiler"
            )
            if path.startswith("sdk"):
                head += (
                    f"; aiwatch and prometheus_client: {p['ours'] * p['total'] * 1e6:,.0f} µs "
                    f"({p['ours']:.1%}), "
                    f"{p['ours_calls']:,.0f} calls (the rest is the openai client's own work)"
                )
            table = "| own µs | share | calls | function |\n|---:|---:|---:|---|\n"
            sections.append(f"{head}\n\n{table}" + "\n".join(rows))
    return (
        "## Where the time goes: profiles\n\n"
        "cProfile of each path (see bench/profiles.py), top functions by own time. The profiler's "
        "per-call cost inflates small functions; call counts are exact.\n\n" + "\n\n".join(sections)
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--app", type=Path, help="the app/ directory of the checkout to profile")
    args = ap.parse_args()
    print(run(args.app))
    return 0


if __name__ == "__main__":
    sys.exit(main())
