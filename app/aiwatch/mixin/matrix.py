"""The traffic matrix: every traffic-aware alert against healthy and incident traffic at four levels.

For each alert with a `Scenario` (aiwatch.mixin.alerts) and each level of LEVELS, this module
renders promtool unit tests from the same catalogue that renders rules/:

* an incident run: healthy traffic for the timeline's history, then the incident; the test
  asserts the minute at which the alert first fires (the measured detection time);
* a healthy run: realistic noise (Poisson arrivals at the level's rate, the scenario's healthy
  mix) plus one outlier call; at 1 call/min also a sparse run of three calls, one of them the
  outlier. The test asserts that no traffic-aware alert fires on it, ever.

Runs are Poisson draws from a fixed seed per run, so the files are reproducible. The measured
detection times live in DETECTION_FILE (written by `python -m aiwatch.mixin measure`, which runs
promtool), the promtool tests assert exactly those values, and docs/alerts.md shows them.
"""

from __future__ import annotations

import math
import os
import random
import re
import shutil
import subprocess
import zlib
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..catalog import LATENCY_BUCKETS, TTFT_BUCKETS
from ..durations import format_duration
from .model import Alert, Catalogue, Group, Record, Scenario
from .render import GENERATOR, md, render_rules

DETECTION_FILE = Path(__file__).with_name("detection.yaml")
TEAM = "matrix"
PROMTOOL_TIMEOUT = 600


@dataclass(frozen=True)
class Level:
    name: str
    per_minute: float

    @property
    def slug(self) -> str:
        return self.name.replace("/", "per")


LEVELS = (Level("1/min", 1), Level("10/min", 10), Level("1/s", 60), Level("50/s", 3000))
SPARSE_LEVEL = LEVELS[0]  # where the three-call sparse runs go


@dataclass(frozen=True)
class Timeline:
    """How long a run is and how finely it is sampled (promtool input interval = evaluation interval)."""

    name: str
    step: int  # minutes
    history: int  # minutes of healthy traffic before the incident: at least the longest window judged
    incident: int  # minutes of incident (longer than any detection time)

    @property
    def end(self) -> int:
        return self.history + self.incident


TIMELINES = {
    # history: the sparse window (1h) is full of healthy traffic when the incident starts
    "standard": Timeline("standard", 1, 75, 90),
    # history: the 6h window of the slow page pair is full
    "slo-page": Timeline("slo-page", 1, 360, 60),
    # history: the 3d window of the slow ticket pair is full; tickets take hours, 15 min resolution suffices
    "slo-ticket": Timeline("slo-ticket", 15, 3 * 24 * 60, 16 * 60),
}


# --------------------------------------------------------------------------- traffic


def poisson(rng: random.Random, lam: float) -> int:
    """A Poisson draw (Knuth below 30, a rounded normal above)."""
    if lam <= 0:
        return 0
    if lam >= 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, prod = math.exp(-lam), 0, rng.random()
    while prod > limit:
        k += 1
        prod *= rng.random()
    return k


@dataclass
class Run:
    """One series identity (a service, with model "m" unless the family is per service) and its counts."""

    key: str
    scenario: Scenario
    level: Level
    kind: str  # incident | healthy | sparse
    timeline: Timeline
    service: str
    counts: dict[Any, list[int]] = field(default_factory=dict)  # category -> calls per step

    @property
    def steps(self) -> int:
        return self.timeline.end // self.timeline.step


def _seed(*parts: str) -> int:
    return zlib.crc32(":".join(parts).encode())


def generate(run: Run) -> Run:
    """Fill `run.counts` with per-step calls of each category of the run's scenario."""
    s, tl, lvl = run.scenario, run.timeline, run.level
    rng = random.Random(_seed(run.key, run.kind, lvl.name))
    cats = sorted({*s.healthy, *s.incident, s.outlier}, key=str)
    counts = {c: [0] * (run.steps + 1) for c in cats}  # index 0 is the first sample (counters at 0)
    if run.kind == "sparse":
        common = max(s.healthy, key=lambda c: s.healthy[c])
        for minutes, cat in ((30, common), (20, s.outlier), (10, common)):
            counts[cat][(tl.end - minutes) // tl.step] += 1
        run.counts = counts
        return run
    history_steps = tl.history // tl.step
    for i in range(1, run.steps + 1):
        incident = run.kind == "incident" and i > history_steps
        mix = s.incident if incident else s.healthy
        for cat, share in mix.items():
            lam = lvl.per_minute * share
            if incident and cat in s.incident_floor:
                lam = max(lam, s.incident_floor[cat])
            counts[cat][i] += poisson(rng, lam * tl.step)
    if run.kind == "healthy":
        counts[s.outlier][(tl.history + tl.incident // 2) // tl.step] += 1
    run.counts = counts
    return run


def _cum(steps: Iterable[float]) -> list[float]:
    total, out = 0.0, []
    for x in steps:
        total += x
        out.append(total)
    return out


def _fmt(v: float) -> str:
    r = round(float(v), 6)
    return str(int(r)) if r.is_integer() else repr(r)


def _values(series: Sequence[float]) -> str:
    """promtool input notation; runs of equal whole-number increments folded into `a+bxn`.

    Fractional values are written out one by one: promtool expands `a+bxn` in floating point, and a
    value a hair below the next literal would read as a counter reset to rate()."""
    vals = [round(float(v), 6) for v in series]
    parts: list[str] = []
    i, n = 0, len(vals)
    while i < n:
        j = i
        if i + 1 < n and vals[i].is_integer() and vals[i + 1].is_integer():
            step = vals[i + 1] - vals[i]
            while j + 1 < n and vals[j + 1].is_integer() and vals[j + 1] - vals[j] == step:
                j += 1
        if j - i >= 2:
            parts.append(f"{_fmt(vals[i])}+{_fmt(vals[i + 1] - vals[i])}x{j - i}")
            i = j + 1
        else:
            parts.append(_fmt(vals[i]))
            i += 1
    return " ".join(parts)


def _le(bound: float) -> str:
    return "+Inf" if math.isinf(bound) else repr(float(bound))


def _histogram(
    metric: str, ident: str, counts: Mapping[Any, list[int]], bounds: Iterable[float]
) -> list[tuple[str, list[float]]]:
    cats = sorted(counts)
    total = [sum(counts[c][i] for c in cats) for i in range(len(counts[cats[0]]))]
    out = []
    for b in sorted({*bounds, *cats, math.inf}):
        per = [sum(counts[c][i] for c in cats if c <= b) for i in range(len(total))]
        out.append((f'{metric}_bucket{{{ident},le="{_le(b)}"}}', _cum(per)))
    out.append((f"{metric}_count{{{ident}}}", _cum(total)))
    return out


def series_of(run: Run, bounds: Mapping[str, set[float]]) -> list[tuple[str, list[float]]]:
    """The counters a run sends, as (series selector, cumulative values)."""
    c = run.counts
    n = run.steps + 1
    ident = f'model="m",service="{run.service}"'
    total = [sum(v[i] for v in c.values()) for i in range(n)]
    fam = run.scenario.family
    if fam == "errors":
        return [
            (f"ai_requests_total{{{ident}}}", _cum(total)),
            (f'ai_errors_total{{{ident},error_type="server"}}', _cum(c["error"])),
        ]
    if fam == "latency":
        return [
            (f"ai_requests_total{{{ident}}}", _cum(total)),
            *_histogram("ai_request_duration_seconds", ident, c, bounds["latency"]),
        ]
    if fam == "ttft":
        return _histogram("ai_time_to_first_token_seconds", ident, c, bounds["ttft"])
    if fam == "outputs":
        return [
            (f"ai_screened_outputs_total{{{ident}}}", _cum(total)),
            (f'ai_hallucination_flags_total{{{ident},category="financial"}}', _cum(c["flagged"])),
        ]
    if fam == "cost":
        spend = [sum(cost * v[i] for cost, v in c.items()) for i in range(n)]
        return [
            (f"ai_requests_total{{{ident}}}", _cum(total)),
            (f"ai_cost_usd_total{{{ident}}}", _cum(spend)),
        ]
    if fam == "confidence":
        conf = [sum(value * v[i] for value, v in c.items()) for i in range(n)]
        return [
            (f"ai_response_confidence_count{{{ident}}}", _cum(total)),
            (f"ai_response_confidence_sum{{{ident}}}", _cum(conf)),
        ]
    if fam == "prompts":
        svc = f'service="{run.service}"'
        return [
            (f'ai_screened_prompts_total{{{svc},result="allowed"}}', _cum(c["benign"])),
            (f'ai_screened_prompts_total{{{svc},result="flagged"}}', _cum(c["low"])),
            (f'ai_screened_prompts_total{{{svc},result="blocked"}}', _cum(c["high"])),
            (
                f'ai_prompt_injection_detections_total{{{svc},category="role_manipulation",severity="low"}}',
                _cum(c["low"]),
            ),
            (
                f'ai_prompt_injection_detections_total{{{svc},category="instruction_override",severity="high"}}',
                _cum(c["high"]),
            ),
        ]
    if fam == "unpriced":
        return [
            (f"ai_requests_total{{{ident}}}", _cum(total)),
            (f"ai_unpriced_requests_total{{{ident}}}", _cum(c["unpriced"])),
        ]
    raise ValueError(f"unknown traffic family {fam!r}")


FAMILIES = ("errors", "latency", "ttft", "outputs", "cost", "confidence", "prompts", "unpriced")


# --------------------------------------------------------------------------- the matrix


def matrix_alerts(cat: Catalogue) -> list[Alert]:
    return [a for a in cat.alerts() if a.scenario is not None]


_RECORD_NAME = re.compile(r"ai:[a-z0-9_:]+")


def rule_subset(cat: Catalogue, alerts: Sequence[Alert]) -> Catalogue:
    """The catalogue cut down to `alerts` and the records they depend on (transitively).

    The rules are the same objects that render rules/, in the same groups and order, so promtool
    evaluates exactly the committed rules; leaving out the rest keeps the long runs fast.
    """
    records = {r.record: r for r in cat.records()}
    need: set[str] = set()
    todo = [a.expr for a in alerts]
    while todo:
        for name in _RECORD_NAME.findall(todo.pop()):
            if name in records and name not in need:
                need.add(name)
                todo.append(records[name].expr)
    groups = []
    for g in cat.groups:
        rules = tuple(r for r in g.rules if (isinstance(r, Record) and r.record in need) or r in alerts)
        if rules:
            groups.append(Group(g.name, g.file, rules))
    return Catalogue(cat.thresholds, cat.profile, tuple(groups))


def _key(s: Scenario, part: str) -> str:
    if part == "healthy":
        return repr((s.family, s.timeline, sorted(s.healthy.items(), key=str), s.outlier))
    return repr(
        (
            s.family,
            s.timeline,
            sorted(s.healthy.items(), key=str),
            sorted(s.incident.items(), key=str),
            sorted(s.incident_floor.items(), key=str),
        )
    )


@dataclass
class Plan:
    """The runs and assertions of one promtool test file (one timeline, one level)."""

    timeline: Timeline
    level: Level
    incidents: list[tuple[Run, list[Alert]]] = field(default_factory=list)
    healthy: list[Run] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"traffic-matrix-{self.timeline.name}-{self.level.slug}.test.yml"


def plans(cat: Catalogue) -> list[Plan]:
    """One Plan per (timeline, level), with incident runs shared by alerts of equal scenarios."""
    out: dict[tuple[str, str], Plan] = {}
    for tl_name, tl in TIMELINES.items():
        alerts = timeline_alerts(cat, tl_name)
        if not alerts:
            continue
        for lvl in LEVELS:
            plan = out.setdefault((tl_name, lvl.name), Plan(tl, lvl))
            incidents: dict[str, tuple[Run, list[Alert]]] = {}
            healthy: dict[str, Run] = {}
            for a in alerts:
                s = a.scenario
                assert s is not None
                key = _key(s, "incident")
                if key not in incidents:
                    svc = f"{a.signal}_{a.severity}_{lvl.slug}"
                    incidents[key] = (generate(Run(svc, s, lvl, "incident", tl, svc)), [])
                incidents[key][1].append(a)
                hkey = _key(s, "healthy")
                if hkey not in healthy:
                    svc = f"{s.family}_healthy_{len(healthy)}_{lvl.slug}"
                    healthy[hkey] = generate(Run(svc, s, lvl, "healthy", tl, svc))
                    if lvl == SPARSE_LEVEL:
                        sp = f"{s.family}_sparse_{len(healthy)}"
                        healthy[hkey + "sparse"] = generate(Run(sp, s, lvl, "sparse", tl, sp))
            plan.incidents = list(incidents.values())
            plan.healthy = list(healthy.values())
    return list(out.values())


def _dur(minutes: int) -> str:
    return format_duration(minutes * 60)


def detection_id(a: Alert, level: Level) -> str:
    return f"{a.name}/{a.severity}/{level.name}"


def _bounds(cat: Catalogue) -> dict[str, set[float]]:
    t = cat.thresholds
    lat = {
        t.alerts.latency.p95_warning_seconds,
        t.alerts.latency.p99_critical_seconds,
        t.slo.latency.threshold_seconds,
    }
    return {
        "latency": {b for b in LATENCY_BUCKETS if b in lat},
        "ttft": {b for b in TTFT_BUCKETS if b == t.alerts.ttft.p95_warning_seconds},
    }


def render_plan(
    cat: Catalogue,
    plan: Plan,
    expected: Mapping[str, float | None],
    rule_files: Sequence[str],
    groups: Sequence[str],
) -> str:
    """A promtool test file for `plan`; `expected` maps detection ids to minutes (missing: -1)."""
    tl, lvl = plan.timeline, plan.level
    bounds = _bounds(cat)
    watched = "|".join(sorted({a.name for a in timeline_alerts(cat, tl.name)}))
    n = tl.end // tl.step
    inputs: list[dict[str, str]] = []
    runs = [r for r, _ in plan.incidents] + plan.healthy
    for run in runs:
        inputs.append(
            {"series": f'ai_service_info{{service="{run.service}",team="{TEAM}"}}', "values": f"1x{n}"}
        )
        for sel, values in series_of(run, bounds):
            inputs.append({"series": sel, "values": _values(values)})
    tests = []
    for run, alerts in plan.incidents:
        for a in alerts:
            sel = {
                "alertname": a.name,
                "severity": a.severity,
                "alertstate": "firing",
                "service": run.service,
            }
            sel.update({k: v for k, v in (("model", "m"), ("team", TEAM)) if k in a.labels})
            matcher = ",".join(f'{k}="{v}"' for k, v in sel.items())
            did = detection_id(a, lvl)
            expr = (
                f"label_replace((min(min_over_time(timestamp(ALERTS{{{matcher}}})[{_dur(tl.end)}:{_dur(tl.step)}])) - "
                f'{tl.history * 60}) / 60, "detect", "{did}", "", "")'
            )
            value = expected.get(did)
            tests.append(
                {
                    "expr": expr,
                    "eval_time": _dur(tl.end),
                    "exp_samples": [
                        {"labels": f'{{detect="{did}"}}', "value": -1 if value is None else value}
                    ],
                }
            )
    for run in plan.healthy:
        tests.append(
            {
                "expr": f'count by (alertname, severity, service) (count_over_time(ALERTS{{alertstate="firing",'
                f'service="{run.service}",alertname=~"{watched}"}}[{_dur(tl.end)}]))',
                "eval_time": _dur(tl.end),
                "exp_samples": [],
            }
        )
    doc = {
        "rule_files": list(rule_files),
        "evaluation_interval": _dur(tl.step),
        # every group, in catalogue order: promtool sorts unlisted groups with the first one (unstably)
        "group_eval_order": list(groups),
        "tests": [
            {
                "name": f"traffic matrix {tl.name} {lvl.name}",
                "interval": _dur(tl.step),
                "input_series": inputs,
                "promql_expr_test": tests,
            }
        ],
    }
    header = (
        f"# GENERATED by aiwatch.mixin.matrix ({GENERATOR} matrix) - do not edit.\n"
        f"# Traffic matrix, {tl.name} timeline, {lvl.name} per series: {tl.history} min healthy history, then "
        f"{tl.incident} min of incident;\n# evaluated every {tl.step} min.\n"
    )
    return header + yaml.safe_dump(doc, sort_keys=False, width=1000)


def timeline_alerts(cat: Catalogue, timeline: str) -> list[Alert]:
    return [a for a in matrix_alerts(cat) if a.scenario is not None and a.scenario.timeline == timeline]


def render_matrix(
    cat: Catalogue, out_dir: Path, expected: Mapping[str, float | None] | None = None
) -> list[Path]:
    """Write every traffic-matrix promtool file, and the rules each timeline needs, into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    expected = load_detection() if expected is None else expected
    paths = []
    for plan in plans(cat):
        rules_dir = out_dir / f"rules-{plan.timeline.name}"
        subset = rule_subset(cat, timeline_alerts(cat, plan.timeline.name))
        if not rules_dir.is_dir():
            rules_dir.mkdir()
            for name, text in render_rules(subset).items():
                (rules_dir / name).write_text(text, encoding="utf-8")
        rule_files = [f"{rules_dir.name}/{p.name}" for p in sorted(rules_dir.glob("*.yml"))]
        path = out_dir / plan.name
        groups = [g.name for g in subset.groups]
        path.write_text(render_plan(cat, plan, expected, rule_files, groups), encoding="utf-8")
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- running promtool


@dataclass(frozen=True)
class Outcome:
    """What promtool said about one file."""

    path: Path
    returncode: int
    output: str
    detected: dict[str, float | None]  # detection id -> minutes (None: never fired) for failed detections
    alerted: list[str]  # healthy runs on which an alert fired


_BLOCK = re.compile(
    r"expr: (?P<expr>.*?), time: .*?\n\s+exp: (?P<exp>.*?)\n\s+got: (?P<got>.*?)(?=\n\s+expr: |\n\s*$|\Z)",
    re.S,
)
_DETECT = re.compile(r'\{detect="([^"]+)"\} (\S+)')


def parse(path: Path, returncode: int, output: str) -> Outcome:
    detected: dict[str, float | None] = {}
    alerted: list[str] = []
    for m in _BLOCK.finditer(output):
        exp, got = m.group("exp").strip(), m.group("got").strip()
        want = _DETECT.search(exp)
        if want:
            have = _DETECT.search(got)
            detected[want.group(1)] = float(have.group(2)) if have else None
        elif got != "nil":
            alerted.append(got)
    return Outcome(path, returncode, output, detected, alerted)


def promtool() -> str:
    path = shutil.which("promtool")
    if not path:
        raise RuntimeError("promtool not found: install the Debian package prometheus (make setup)")
    return path


def run_files(paths: Sequence[Path], jobs: int | None = None) -> list[Outcome]:
    """`promtool test rules` on every file, `jobs` at a time (default: one per CPU)."""

    def one(path: Path) -> Outcome:
        r = subprocess.run(
            [promtool(), "test", "rules", path.name],
            cwd=path.parent,
            capture_output=True,
            text=True,
            timeout=PROMTOOL_TIMEOUT,
            check=False,
        )
        return parse(path, r.returncode, r.stdout + r.stderr)

    with ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 2) as pool:
        return list(pool.map(one, sorted(paths, key=lambda p: -p.stat().st_size)))


# --------------------------------------------------------------------------- measured detection times


def load_detection(path: Path = DETECTION_FILE) -> dict[str, float | None]:
    """Committed detection times: {"<alert>/<severity>/<level>": minutes or None}."""
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, float | None] = {}
    for alert, sevs in data.items():
        for sev, levels in sevs.items():
            for lvl, minutes in levels.items():
                out[f"{alert}/{sev}/{lvl}"] = minutes
    return out


def render_detection(cat: Catalogue, measured: Mapping[str, float | None]) -> str:
    doc: dict[str, dict[str, dict[str, float | None]]] = {}
    for a in matrix_alerts(cat):
        for lvl in LEVELS:
            v = measured.get(detection_id(a, lvl))
            doc.setdefault(a.name, {}).setdefault(a.severity, {})[lvl.name] = None if v is None else _int(v)
    return (
        f"# GENERATED by `{GENERATOR} measure` (runs promtool on the traffic matrix) - do not edit.\n"
        "# Minutes from the start of the incident to the first evaluation at which the alert fires; null:\n"
        "# never fired. tests/rules/test_rules_matrix.py asserts promtool still measures exactly these.\n"
        + yaml.safe_dump(doc, sort_keys=False)
    )


def _int(v: float) -> float | int:
    return int(v) if float(v).is_integer() else v


def measure(cat: Catalogue, work_dir: Path, jobs: int | None = None) -> dict[str, float | None]:
    """Run the matrix with placeholder expectations and read the detection times off promtool's output.

    Raises RuntimeError when promtool fails for another reason or an alert fires on healthy traffic.
    """
    if work_dir.exists():
        shutil.rmtree(work_dir)
    paths = render_matrix(cat, work_dir, expected={})
    measured: dict[str, float | None] = {}
    problems = []
    for o in run_files(paths, jobs):
        measured.update(o.detected)
        problems += [f"{o.path.name}: alert on healthy traffic: {a}" for a in o.alerted]
        if o.returncode != 0 and not o.detected and not o.alerted:
            problems.append(f"{o.path.name}: promtool failed:\n{o.output[-2000:]}")
    if problems:
        raise RuntimeError("\n".join(problems))
    missing = [
        detection_id(a, lvl)
        for a in matrix_alerts(cat)
        for lvl in LEVELS
        if detection_id(a, lvl) not in measured
    ]
    if missing:
        raise RuntimeError(f"no measurement for {missing}")
    return measured


def target_misses(cat: Catalogue, detection: Mapping[str, float | None]) -> list[str]:
    """Every (alert, level) whose committed detection time is missing, never fires, or misses its target."""
    out = []
    for a in matrix_alerts(cat):
        for lvl in LEVELS:
            did = detection_id(a, lvl)
            if did not in detection:
                out.append(f"{did}: not measured (run `{GENERATOR} measure`)")
                continue
            v = detection[did]
            if v is None or v < 0:
                out.append(f"{did}: incident not detected ({v})")
                continue
            tgt = a.target
            if tgt is not None:
                limit = tgt.sparse if lvl.per_minute < 10 else tgt.busy
                if v > limit:
                    out.append(f"{did}: detected after {v:g} min, target {limit} min")
    return out


# --------------------------------------------------------------------------- docs


def render_matrix_doc(cat: Catalogue, detection: Mapping[str, float | None]) -> str:
    lines = [
        "## Traffic matrix: measured detection time",
        "",
        "Every traffic-aware alert runs in promtool against an incident and against healthy traffic at four",
        "levels per (model, service) series (`aiwatch.mixin.matrix`, run by `make test` in",
        "`tests/rules/test_rules_matrix.py`). Minutes from the first incident call to the first evaluation at",
        f"which the alert fires (`for:` included), measured by promtool (`{GENERATOR} measure`) and asserted on",
        "every run. Healthy traffic — Poisson noise with the healthy mix plus one outlier call, and at 1 call/min",
        "also a sparse run of three calls, one of them the outlier — never fires any of these alerts.",
        "",
        "Targets: ≤ 15 min at ≥ 10 calls/min and ≤ 60 min at 1 call/min; page-worthy (critical) incidents",
        "≤ 10 min and ≤ 30 min. SLO alerts are bound by their error budget instead where noted.",
        "",
        "| alert | severity | incident | " + " | ".join(lvl.name for lvl in LEVELS) + " | target |",
        "|---|---|---|" + "---|" * len(LEVELS) + "---|",
    ]
    for a in matrix_alerts(cat):
        s = a.scenario
        assert s is not None
        cells = []
        for lvl in LEVELS:
            v = detection.get(detection_id(a, lvl))
            cells.append(
                "not measured"
                if detection_id(a, lvl) not in detection
                else ("never" if v is None else f"{v:g} min")
            )
        tgt = a.target
        target = f"{tgt.busy} / {tgt.sparse} min" if tgt else md(s.target_note)
        lines.append(
            f"| {a.name} | {a.severity} | {md(s.incident_text)} | " + " | ".join(cells) + f" | {target} |"
        )
    lines += [
        "",
        "Healthy traffic per alert (never alerts):",
        "",
        "| alert | severity | healthy traffic | timeline |",
        "|---|---|---|---|",
    ]
    for a in matrix_alerts(cat):
        s = a.scenario
        assert s is not None
        tl = TIMELINES[s.timeline]
        lines.append(
            f"| {a.name} | {a.severity} | {md(s.healthy_text)} | {tl.history} min history + {tl.incident} min, "
            f"every {tl.step} min |"
        )
    lines += [
        "",
        "Not in the matrix (traffic level does not apply):",
        "",
        "| alert | why |",
        "|---|---|",
    ]
    seen = set()
    for a in cat.alerts():
        if a.scenario is None and a.name not in seen:
            seen.add(a.name)
            lines.append(f"| {a.name} | {md(a.matrix_exempt)} |")
    return "\n".join(lines) + "\n"
