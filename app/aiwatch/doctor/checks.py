"""The production checklist, each item verified against the live deployment (docs/production.md).

A check returns a `Result`: pass, warn (works, but not production-ready or not
verifiable from here) or fail (broken, or a production requirement unmet),
with what was found and how to fix it. A component that does not answer fails
the checks that need it, with the reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import urlsplit

from ..config import Config
from ..mixin.catalogue import build
from ..mixin.thresholds import Thresholds
from ..paths import GRAFANA_DIR, REPO
from .probe import Probe, Unreachable
from .receivers import PAGING, Verdict, judge
from .settings import DoctorSettings, Targets

STATUSES: Final = ("pass", "warn", "fail")
PROBE_ALERT: Final = "AIWatchDoctorProbe"  # the alert name routing is tested with (matches no special route)
# Where each severity must go (docs/rules.md, *Severity semantics*): critical pages, the others never do.
ROUTING: Final = {
    "critical": "a paging receiver (PagerDuty, Opsgenie, VictorOps)",
    "warning": "a non-paging receiver (chat, ticket)",
    "info": "a non-paging receiver (e-mail, chat)",
}


@dataclass(frozen=True)
class Finding:
    status: str  # pass | warn | fail
    summary: str
    fix: str = ""
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Result(Finding):
    id: str = ""
    title: str = ""


@dataclass(frozen=True)
class Check:
    id: str
    title: str  # may name {window}
    needs: str  # the component it cannot do without: exporter, prometheus, alertmanager, grafana
    fn: Callable[[Context], Finding]


CHECKS: list[Check] = []


def check(
    cid: str, title: str, needs: str = "prometheus"
) -> Callable[[Callable[[Context], Finding]], Callable[[Context], Finding]]:
    """Register a checklist item (in order)."""

    def register(fn: Callable[[Context], Finding]) -> Callable[[Context], Finding]:
        CHECKS.append(Check(cid, title, needs, fn))
        return fn

    return register


@dataclass
class Context:
    targets: Targets
    config: Config
    thresholds: Thresholds
    settings: DoctorSettings
    probe: Probe
    window: str
    _memo: dict[str, Any] = field(default_factory=dict)

    @property
    def services(self) -> list[str]:
        return sorted(self.config.services)

    def q(self, expr: str, *labels: str) -> dict[tuple[str, ...], float]:
        return self.probe.by(self.targets.prometheus, expr, *labels)

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]


def verdict(problems: list[str], ok: str, fix: str, warn: list[str] | None = None) -> Finding:
    """fail with the problems, else warn with the warnings, else pass with `ok`."""
    if problems:
        first = problems[0] if len(problems) == 1 else f"{len(problems)} problems: {problems[0]}, …"
        return Finding("fail", first, fix, tuple(problems + (warn or [])))
    if warn:
        first = warn[0] if len(warn) == 1 else f"{len(warn)} warnings: {warn[0]}, …"
        return Finding("warn", first, fix, tuple(warn))
    return Finding("pass", ok)


# --------------------------------------------------------------------------- the exporter and scraping


@check("exporter", "exporter /readyz is green", "exporter")
def exporter_ready(c: Context) -> Finding:
    url = f"{c.targets.exporter}/readyz"
    fix = "start the exporter (`make up`), or point --exporter-url at it; its log says why it is not ready"
    r = c.probe.get(url)
    try:
        body = r.json()
    except ValueError:
        body = {}
    checks = body.get("checks") if isinstance(body, dict) else None
    if r.status_code != 200 or body.get("status") != "ok":
        return Finding("fail", f"{url} answered HTTP {r.status_code}: {json.dumps(checks)}", fix)
    reload = (checks or {}).get("config", "ok")
    if reload != "ok":
        return Finding(
            "warn", f"ready, but {reload}", "fix the config/ edit it rejected (`aiwatch check-config`)"
        )
    return Finding("pass", f"{url}: ready ({', '.join(f'{k} {v}' for k, v in (checks or {}).items())})")


@check("scrape", 'Prometheus scrapes the exporter (up{{job="aiwatch"}})')
def scraped(c: Context) -> Finding:
    up = c.q('up{job="aiwatch"}', "instance")
    fix = "add the exporter to the aiwatch job's targets (prometheus/targets/aiwatch.json) and check it answers /metrics"
    if not up:
        return Finding("fail", 'Prometheus has no target in job "aiwatch"', fix)
    down = sorted(i for (i,), v in up.items() if v != 1)
    if down:
        return Finding("fail", f"target(s) down: {', '.join(down)}", fix, tuple(down))
    return Finding("pass", f"{len(up)} target(s) up: {', '.join(sorted(i for (i,) in up))}")


@check("telemetry", "every service sent telemetry in the last {window}")
def telemetry(c: Context) -> Finding:
    calls = c.q(f"sum by (service) (increase(ai_requests_total[{c.window}]))", "service")
    if not c.services:
        return Finding(
            "fail", "config/services.yaml lists no service", "declare the services and their teams"
        )
    silent = [s for s in c.services if calls.get((s,), 0) <= 0]
    unlisted = sorted(s for (s,), v in calls.items() if v > 0 and s not in c.config.services)
    warn = [f"{s} sends telemetry but is not in config/services.yaml (team=unassigned)" for s in unlisted]
    problems = [f"{s}: no LLM calls recorded in the last {c.window}" for s in silent]
    return verdict(
        problems,
        f"{len(c.services)} services sent calls",
        "instrument the service (docs/sdk.md) or send its events to POST /v1/events; remove retired services "
        "from config/services.yaml",
        warn,
    )


@check("budgets", "every service has a budget")
def budgets(c: Context) -> Finding:
    live = c.q("max by (service) (ai_budget_usd)", "service")
    problems = []
    for s in c.services:
        if not c.config.budgets.get(s):
            problems.append(f"{s}: no budget in config/budgets.yaml")
        elif (s,) not in live:
            problems.append(
                f"{s}: budgeted in config/budgets.yaml but the exporter exports no ai_budget_usd for it"
            )
    return verdict(
        problems,
        f"{len(c.services)} services have a budget, exported by the exporter",
        "add services.<name>.day and/or .month (USD) to config/budgets.yaml; if it is there, the exporter runs "
        "another config directory or rejected the edit (GET /readyz)",
    )


# --------------------------------------------------------------------------- rules


@check("rules", "every rule group and alert of the catalogue is loaded")
def rules_loaded(c: Context) -> Finding:
    groups = c.probe.rule_groups(c.targets.prometheus)
    catalogue = build(c.thresholds)
    loaded = {g["name"] for g in groups}
    alerts = {r["name"] for g in groups for r in g.get("rules", []) if r.get("type") == "alerting"}
    problems = [
        f"rule group {g.name} ({g.file}) is not loaded"
        for g in catalogue
        if g.name not in loaded and not g.optional
    ]
    missing = sorted({a.name for a in catalogue.alerts()} - alerts)
    if missing and not problems:
        problems += [f"alert {name} is not loaded" for name in missing]
    return verdict(
        problems,
        f"{len(loaded)} groups, {len(alerts)} alerts",
        "load rules/*.yml in Prometheus (rule_files in prometheus/prometheus.yml), `make generate` after a "
        "change, then reload Prometheus",
    )


@check("rule-health", "no rule fails evaluation")
def rules_health(c: Context) -> Finding:
    problems = []
    for g in c.probe.rule_groups(c.targets.prometheus):
        for r in g.get("rules", []):
            if r.get("health") not in ("ok", "unknown"):
                problems.append(
                    f"{g['name']}/{r.get('name')}: {r.get('health')}: {(r.get('lastError') or '')[:200]}"
                )
    failing = c.q(
        f"sum by (rule_group) (increase(prometheus_rule_evaluation_failures_total[{c.window}])) > 0",
        "rule_group",
    )
    problems += [f"{g}: {v:.0f} failed evaluations in {c.window}" for (g,), v in sorted(failing.items())]
    return verdict(
        problems,
        "every rule evaluates (health ok, no evaluation failures)",
        "fix or remove the failing rule (Prometheus /rules shows the error); generated rules come from "
        "`make generate`, never from hand edits",
    )


@check("runbooks", "every alert's runbook link resolves")
def runbooks(c: Context) -> Finding:
    urls = sorted(
        {
            r["annotations"]["runbook_url"]
            for g in c.probe.rule_groups(c.targets.prometheus)
            for r in g.get("rules", [])
            if r.get("type") == "alerting" and (r.get("annotations") or {}).get("runbook_url")
        }
    )
    if not urls:
        return Finding("fail", "no loaded alert has a runbook_url", "load the rules (rules/*.yml)")

    def problem(url: str) -> str | None:
        if urlsplit(url).scheme in ("http", "https"):
            try:
                r = c.probe.get(url, allow_redirects=True, stream=True)
                r.close()
            except Unreachable as exc:
                return str(exc)  # names the URL
            return None if r.status_code == 200 else f"{url}: HTTP {r.status_code}"
        path = (REPO / url.lstrip("/")).resolve()
        return None if path.is_file() else f"{url}: no such file in the repository"

    with ThreadPoolExecutor(8) as pool:
        problems = [p for p in pool.map(problem, urls) if p]
    return verdict(
        problems,
        f"{len(urls)} runbook links answer",
        "publish runbooks/ where runbooks.base_url in config/thresholds.yaml points (then `make generate`), "
        "or add the missing runbook",
    )


# --------------------------------------------------------------------------- Alertmanager


def _routing(c: Context) -> list[tuple[str, str | None, list[str]]]:
    """(severity, team, receivers) for every severity x team (and no team), plus the Watchdog."""

    def run() -> list[tuple[str, str | None, list[str]]]:
        teams: list[str | None] = [*sorted({i.team for i in c.config.services.values()}), None]
        cases = [(sev, team) for sev in ROUTING for team in teams] + [("none", None)]

        def one(case: tuple[str, str | None]) -> tuple[str, str | None, list[str]]:
            sev, team = case
            labels = {"alertname": PROBE_ALERT if sev != "none" else "Watchdog", "severity": sev}
            if team:
                labels["team"] = team
            return sev, team, c.probe.routes(c.targets.alertmanager, labels)

        with ThreadPoolExecutor(8) as pool:
            return list(pool.map(one, cases))

    return c.memo("routing", run)


def _integrations(c: Context) -> dict[str, dict[str, Any]]:
    cfg = c.probe.alertmanager_config(c.targets.alertmanager)
    return {r["name"]: r for r in cfg.get("receivers") or []}


@check("routing", "amtool routes each severity where intended", "alertmanager")
def routing(c: Context) -> Finding:
    receivers = _integrations(c)
    problems, summary = [], {}
    for sev, team, names in _routing(c):
        who = f"severity={sev}" + (f", team={team}" if team else ", no team")
        kinds = {
            k.removesuffix("_configs")
            for n in names
            for k, v in receivers.get(n, {}).items()
            if k.endswith("_configs") and v
        }
        if not names or not kinds:
            problems.append(
                f"{who}: reaches no receiver with an integration ({', '.join(names) or 'none'}): dropped"
            )
        elif sev == "critical" and not kinds & PAGING:
            problems.append(f"{who}: reaches {', '.join(names)}, none of which pages")
        elif sev in ("warning", "info") and kinds & PAGING:
            problems.append(f"{who}: reaches {', '.join(names)}, which pages for a non-critical alert")
        if team is None:
            summary[sev] = ", ".join(names)
    return verdict(
        problems,
        "; ".join(f"{s} → {r}" for s, r in summary.items()),
        f"route severity=critical to {ROUTING['critical']} and the others to {ROUTING['warning']} in "
        "alertmanager/alertmanager.yml (docs/alerting.md), check with `amtool config routes test`",
    )


@check("receivers", "every severity reaches real receivers (not local stand-ins)", "alertmanager")
def receivers_real(c: Context) -> Finding:
    cfg = c.probe.alertmanager_config(c.targets.alertmanager)
    integrations = _integrations(c)
    reached = sorted({n for _, _, names in _routing(c) for n in names})
    trusted = frozenset(c.settings.trusted_receivers)
    verdicts: list[Verdict] = []
    for name in reached:
        verdicts += judge(name, integrations.get(name, {}), cfg.get("global") or {}, trusted)
    problems = [f"{v.receiver} ({v.kind}): {p}" for v in verdicts for p in v.problems]
    unverified = [f"{v.receiver} ({v.kind}): cannot verify {u}" for v in verdicts for u in v.unverified]
    return verdict(
        problems,
        f"{len(verdicts)} integrations of {len(reached)} receivers send to real endpoints",
        "write the credentials to alertmanager/secrets/ and point the receivers at the real PagerDuty, Slack, "
        "SMTP and heartbeat services (docs/alerting.md, Secrets); a deliberate local relay goes in "
        "trusted_receivers of config/doctor.yaml",
        unverified,
    )


# --------------------------------------------------------------------------- signals


@check("drift", "drift detection has enough baseline data per model")
def drift_baseline(c: Context) -> Finding:
    need = c.thresholds.traffic.min_confidence_samples
    active = c.q(f"sum by (model, service) (increase(ai_requests_total[{c.window}])) > 0", "model", "service")
    samples = c.q("ai:response_confidence:samples_baseline", "model", "service")
    warn = []
    for model, service in sorted(active):
        n = samples.get((model, service))
        if n is None:
            warn.append(f"{service}/{model}: no confidence reported, so no drift detection")
        elif n < need:
            warn.append(f"{service}/{model}: {n:.0f} of {need} baseline samples")
    if not active:
        warn.append(f"no model was called in the last {c.window}")
    return verdict(
        [],
        f"{len(active)} model/service series with ≥ {need} baseline confidence samples",
        "report confidence (the SDK's confidence= or logprobs; `confidence` in events) and let the baseline "
        "window fill (windows.confidence_baseline in config/thresholds.yaml)",
        warn,
    )


@check("screening", "prompt screening traffic is seen per service (last {window})")
def screening(c: Context) -> Finding:
    seen = c.q(f"sum by (service) (increase(ai_screened_prompts_total[{c.window}]))", "service")
    quiet = [s for s in c.services if seen.get((s,), 0) <= 0]
    return verdict(
        [],
        f"{len(c.services)} services screen their prompts",
        "turn on screen_prompts=True in the SDK, or POST prompts to /v1/screen/prompt before sending them "
        "(docs/safety.md)",
        [f"{s}: no screened prompt in the last {c.window}" for s in quiet],
    )


@check("dashboards", "the dashboards exist in Grafana", "grafana")
def dashboards(c: Context) -> Finding:
    uids = sorted(
        json.loads(p.read_text(encoding="utf-8"))["uid"] for p in (GRAFANA_DIR / "dashboards").glob("*.json")
    )
    fix = "import them: make import-dashboards GRAFANA_URL=… GRAFANA_TOKEN=… (docs/dashboards.md)"
    if not c.targets.grafana:
        return Finding("warn", "not checked: no Grafana URL (GRAFANA_URL or --grafana-url)", fix)
    headers = {"Authorization": f"Bearer {c.targets.grafana_token}"} if c.targets.grafana_token else {}
    url = f"{c.targets.grafana}/api/search"
    r = c.probe.get(url, params={"type": "dash-db", "dashboardUIDs": uids}, headers=headers)
    if r.status_code in (401, 403):
        return Finding(
            "fail",
            f"Grafana refused the request (HTTP {r.status_code})",
            "give a service-account token with Viewer (GRAFANA_TOKEN)",
        )
    try:
        found = {h.get("uid") for h in r.json()} if r.status_code == 200 else None
    except (ValueError, AttributeError):
        found = None
    if found is None:
        return Finding("fail", f"{url} answered HTTP {r.status_code}, not a search result", fix)
    problems = [f"dashboard {uid} is missing" for uid in uids if uid not in found]
    return verdict(problems, f"{len(uids)} dashboards found ({', '.join(uids)})", fix)


@check("breakers", "each service's circuit breaker is configured")
def circuit_breakers(c: Context) -> Finding:
    problems, warn = [], []
    for s in c.services:
        settings = c.config.circuit_breakers.for_service(s)
        if settings is None:
            problems.append(f"{s}: no circuit_breaker settings (services.yaml has no defaults nor its own)")
        elif not settings.enabled:
            warn.append(f"{s}: circuit breaker disabled (enabled: false)")
    try:
        open_now = c.q("ai:circuit_breaker_state:max >= 1", "service", "model")
    except Unreachable as exc:
        open_now = {}
        warn.append(f"current breaker states unknown: {exc}")
    warn += [
        f"{s}/{m}: circuit breaker {'open' if v >= 2 else 'half-open'} now"
        for (s, m), v in sorted(open_now.items())
    ]
    return verdict(
        problems,
        f"{len(c.services)} services have breaker settings",
        "add a circuit_breaker: section (defaults, or per service) to config/services.yaml and instrument "
        "clients with circuit_breaker=True (docs/sdk.md)",
        warn,
    )


@check("incidents", "the incident log is on", "exporter")
def incident_log(c: Context) -> Finding:
    s = c.config.incident_log
    if s.target == "off":
        return Finding(
            "warn",
            "incident_log.target is off",
            "set incident_log.target to stdout or file in config/exporter.yaml (docs/incidents.md)",
        )
    where = "stdout" if s.target == "stdout" else s.path
    text = ", raw text included" if s.include_text else ", texts hashed"
    return Finding("pass", f"writes to {where}{text}")


def run(c: Context) -> list[Result]:
    """Every check, in order; a component that does not answer fails the checks that need it."""
    out = []
    for chk in CHECKS:
        title = chk.title.format(window=c.window)
        try:
            f = chk.fn(c)
        except Unreachable as exc:
            url = getattr(c.targets, chk.needs) or ""
            f = Finding(
                "fail",
                f"could not check: {exc}",
                f"make sure {chk.needs} answers at {url} (`make status`), or pass --{chk.needs}-url",
            )
        out.append(Result(f.status, f.summary, f.fix, f.details, id=chk.id, title=title))
    return out
