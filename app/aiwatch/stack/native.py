"""The native stack: inbox, exporter, Prometheus, Alertmanager (and Grafana when installed) as local daemons.

Each component is a `Daemon` with its config, data, log and pid file under one
run directory. Prometheus and Alertmanager run the committed configs, rendered
with addresses and paths repointed (aiwatch.stack.prometheus,
aiwatch.stack.alertmanager), never a forked copy. `down` stops exactly what `up`
started. `up` is declarative: a component already running with the same
command line, environment and rendered configuration is left alone; one whose
configuration changed (another profile, intervals, secrets, link bases) is
restarted, and the change is printed. Ports of a running stack never move
(`make down` first).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import requests

from ..mixin.thresholds import load_thresholds, thresholds_path
from . import alertmanager
from .components import HEALTH_PATH, exporter_argv, grafana_command, inbox_argv, server_argv, wait_healthy
from .democonfig import render_demo_config
from .grafana import render_grafana_provisioning
from .links import Links, stack_links
from .processes import Daemon, http_ok, port_free, wait_for, which
from .prometheus import render_prometheus_config
from .rules import render_rules
from .settings import PORT_ENV, Settings, StackError

# Seconds a restarted component's port may take to be released by the process just stopped.
RESTART_PORT_WAIT = 5.0

Plan = tuple[list[str], dict[str, str]]
STOPPED = 3  # `status` exit code when nothing runs (the Makefile reports it and exits 0)
LABELS = {
    "inbox": "inbox",
    "exporter": "exporter",
    "prometheus": "Prometheus",
    "alertmanager": "Alertmanager",
    "grafana": "Grafana",
}


class NativeStack:
    def __init__(self, s: Settings) -> None:
        self.s = s
        self.daemons = {n: Daemon(n, s.run_dir / n) for n in s.components}
        self._config_dir: Path | None = None

    # --- the configuration every component reads ------------------------------------------------
    @property
    def config_dir(self) -> Path:
        """AIWATCH_CONFIG_DIR, else the demo config rendered into the run directory (democonfig)."""
        if self._config_dir is None:
            self._config_dir = self.s.config_dir or render_demo_config(self.s.run_dir / "config")
        return self._config_dir

    def grafana_installed(self) -> bool:
        return which("grafana-server", "grafana") is not None

    def links(self) -> Links:
        t = load_thresholds(thresholds_path(self.config_dir))
        return stack_links(self.s, t.runbooks.base_url, t.dashboards.base_url, self.grafana_installed())

    def exporter_env(self) -> dict[str, str]:
        """What the exporter's front door links to, and the configuration it reads."""
        env = {
            "AIWATCH_CONFIG_DIR": str(self.config_dir),
            "AIWATCH_STACK_STATE": str(self.s.state_file),  # the profile, read per request: no restart
            "AIWATCH_INBOX_URL": self.s.url("inbox"),
            "AIWATCH_PROMETHEUS_URL": self.s.url("prometheus"),
            "AIWATCH_ALERTMANAGER_URL": self.s.url("alertmanager"),
            "AIWATCH_RUNBOOKS_URL": self.links().runbooks_url,
        }
        if self.grafana_installed():
            env["AIWATCH_GRAFANA_URL"] = self.s.url("grafana")
        return env

    # --- command lines, with configs rendered from the committed files -----------------------------
    def _inbox(self) -> Plan:
        d = self.daemons["inbox"]
        argv = inbox_argv(self.s.bind, self.s.ports["inbox"], self.s.smtp_port, d.dir / "notifications.jsonl")
        return argv, {}

    def _exporter(self) -> Plan:
        d = self.daemons["exporter"]
        argv = exporter_argv(
            self.s.bind, self.s.ports["exporter"], self.s.workers, d.dir / "multiproc", pid_file=d.pid_file
        )
        return argv, self.exporter_env()

    def _alertmanager(self) -> Plan:
        d = self.daemons["alertmanager"]
        cfg = render_alertmanager(d.dir / "config", self.s)
        port = self.s.ports["alertmanager"]
        url = self.s.url("alertmanager")
        return server_argv("alertmanager", cfg, d.dir / "data", self.s.bind, port, external_url=url), {}

    def rendered_rules(self, directory: Path) -> Path:
        """The rules every rule evaluator of this stack loads: this profile, this config's thresholds,
        alert links pointing at what the stack serves; in `<directory>/rules-<profile>`."""
        links = self.links()
        return render_rules(
            self.s.profile,
            directory / f"rules-{self.s.profile}",
            thresholds_path(self.config_dir),
            runbooks_url=links.runbooks_url,
            dashboards_url=links.dashboards_url,
        )

    def _prometheus(self) -> Plan:
        d = self.daemons["prometheus"]
        host = self.s.connect_host
        jobs = ("exporter", "aiwatch"), ("prometheus", "prometheus"), ("alertmanager", "alertmanager")
        rules = self.rendered_rules(d.dir)
        targets = {job: [f"{host}:{self.s.ports[comp]}"] for comp, job in jobs}
        targets["examples"] = [f"{host}:{self.s.example_port}"]  # examples/chat_service.py, when it runs
        cfg = render_prometheus_config(
            d.dir / "config",
            targets,
            rules_dir=rules,
            scrape_interval=self.s.scrape_interval,
            evaluation_interval=self.s.evaluation_interval,
        )
        port = self.s.ports["prometheus"]
        url = self.s.url("prometheus")
        return server_argv("prometheus", cfg, d.dir / "data", self.s.bind, port, external_url=url), {}

    def _grafana(self) -> Plan | None:
        d = self.daemons["grafana"]
        prov = render_grafana_provisioning(
            d.dir / "provisioning", self.s.url("prometheus"), self.s.url("alertmanager")
        )
        return grafana_command(d.dir, self.s.bind, self.s.ports["grafana"], prov)

    def _plans(self) -> dict[str, Callable[[], Plan | None]]:
        """Each component's plan; a topology adds its own (aiwatch.stack.ha)."""
        return {
            "inbox": self._inbox,
            "exporter": self._exporter,
            "alertmanager": self._alertmanager,
            "prometheus": self._prometheus,
            "grafana": self._grafana,
        }

    # --- up / down / status ------------------------------------------------------------------------
    def _keep_running_ports(self, state: dict) -> None:
        """Ports of a stack that is already up win over new env values (moving one needs a `make down`)."""
        s = self.s
        for name, port in state.get("ports", {}).items():
            if name in self.daemons and self.daemons[name].running_pid():
                wanted = os.environ.get(PORT_ENV[name])
                if wanted and wanted.strip() != str(port):
                    print(
                        f"  note: {name} is running on port {port}; {PORT_ENV[name]}={wanted} applies after "
                        f"`make down` (then `{PORT_ENV[name]}={wanted} make up`)"
                    )
                s.ports[name] = port
        if state.get("smtp_port") and self.daemons["inbox"].running_pid():
            s.smtp_port = int(state["smtp_port"])

    def up(self) -> int:
        s = self.s
        s.run_dir.mkdir(parents=True, exist_ok=True)
        state = s.load_state()
        self._keep_running_ports(state)
        if (
            state.get("profile")
            and state["profile"] != s.profile
            and any(d.running_pid() for d in self.daemons.values())
        ):
            print(f"  profile changes from {state['profile']} to {s.profile}: restarting what it affects")
        recorded: dict[str, str] = state.get("fingerprints") or {}
        fingerprints: dict[str, str] = {}
        started: list[Daemon] = []
        running: dict[str, int] = {}
        plans = self._plans()
        try:
            for name in s.components:
                d = self.daemons[name]
                pid = d.running_pid()
                plan = plans[name]()
                if plan is None:
                    continue
                fingerprints[name] = fingerprint(plan, self._config_files(name))
                if pid and recorded.get(name) == fingerprints[name]:
                    running[name] = pid
                    print(f"  {name:<12} already running (pid {pid})")
                    continue
                if pid:
                    print(f"  {name:<12} configuration changed: restarting ({d.stop()})")
                d.pid_file.unlink(missing_ok=True)
                port = s.ports[name]
                ports = [p for p in (port, s.smtp_port if name == "inbox" else None) if p]
                if pid:  # just stopped: its sockets may close a moment after the process is gone
                    with contextlib.suppress(TimeoutError):  # still busy: reported below
                        wait_for(
                            lambda ps=ports: all(port_free(s.bind, p) for p in ps), RESTART_PORT_WAIT, 0.1
                        )
                busy = [p for p in ports if not port_free(s.bind, p)]
                if busy:
                    var = PORT_ENV[name] if busy[0] == port else "INBOX_SMTP_PORT"
                    raise StackError(
                        f"port {busy[0]} for {name} is in use by another process; "
                        f"pick another with {var}=<port> make up"
                    )
                if name == "prometheus":
                    self._hold_rules()
                running[name] = d.start(*plan)
                started.append(d)
                print(f"  {name:<12} started (pid {running[name]}, log {d.log_file})")
            s.save_state("native", pids=running, fingerprints=fingerprints, smtp_port=s.smtp_port)
            wait_healthy(
                s,
                running,
                f"(set AIWATCH_READY_TIMEOUT to wait longer); see the logs in {s.run_dir}",
                self._check_alive,
            )
            self._release_rules()
        except (StackError, OSError) as exc:
            for d in reversed(started):
                d.stop()
            if isinstance(exc, OSError):
                raise StackError(f"{exc}") from exc
            raise
        self._print_urls(running)
        return 0

    # --- Prometheus loads its rules after the first scrape -------------------------------------------
    # A fresh Prometheus hands its first targets to the scrape manager after ~5 s, so until then
    # `absent(up{job="aiwatch"})` holds and AIExporterDown (`for:` 2 s in the fast profile) would page
    # at every start. The rendered rules are held back until the exporter has been scraped once.
    @property
    def _rules_dir(self) -> Path:
        return self.daemons["prometheus"].dir / f"rules-{self.s.profile}"

    def _hold_rules(self) -> None:
        held = self._rules_dir.with_name(self._rules_dir.name + ".held")
        shutil.rmtree(held, ignore_errors=True)
        self._rules_dir.rename(held)
        self._rules_dir.mkdir()

    def _release_rules(self) -> None:
        held = self._rules_dir.with_name(self._rules_dir.name + ".held")
        if not held.is_dir():
            return
        prom = self.s.url("prometheus")

        def scraped() -> bool:
            r = requests.get(f"{prom}/api/v1/query", params={"query": 'up{job="aiwatch"}'}, timeout=5)
            return bool(r.json()["data"]["result"])

        try:
            wait_for(scraped, self.s.ready_timeout, interval=0.3, what="the first scrape of the exporter")
        except TimeoutError:
            print("  note: Prometheus has not scraped the exporter yet; loading the rules anyway")
        shutil.rmtree(self._rules_dir, ignore_errors=True)
        held.rename(self._rules_dir)
        r = requests.post(f"{prom}/-/reload", timeout=30)
        if r.status_code != 200:
            raise StackError(f"Prometheus did not reload its rules: HTTP {r.status_code} {r.text[:200]}")

        def alertmanager_found() -> (
            bool
        ):  # a reload restarts discovery: wait until it finds Alertmanager again
            r = requests.get(f"{prom}/api/v1/alertmanagers", timeout=5)
            return bool(r.json()["data"]["activeAlertmanagers"])

        try:
            wait_for(alertmanager_found, self.s.ready_timeout, interval=0.3, what="Alertmanager discovered")
        except TimeoutError:
            print("  note: Prometheus has not discovered Alertmanager yet; alerts wait for it")
        print(f"  prometheus   rules loaded from {self._rules_dir}")

    def _config_files(self, name: str) -> list[Path]:
        """Rendered files a component reads only at start (the exporter reloads its config by itself)."""
        d = self.daemons[name]
        if name == "prometheus":
            return [*_files(d.dir / "config"), *_files(d.dir / f"rules-{self.s.profile}")]
        if name == "alertmanager":
            return [*_files(d.dir / "config"), *_files(alertmanager.ALERTMANAGER_DIR / "templates")]
        return []

    def _check_alive(self, name: str) -> None:
        d = self.daemons[name]
        if d.running_pid() is None:
            raise StackError(f"{name} exited during start-up; last lines of {d.log_file}:\n{d.log_tail()}")

    def _print_urls(self, running: Mapping[str, int]) -> None:
        print(
            f"aiwatch stack is up (native, profile {self.s.profile}, topology {self.s.topology}, "
            f"run directory {self.s.run_dir}):"
        )
        for name in self.s.components:
            if name in running:
                print(f"  {LABELS.get(name, name):<12}  {self.s.url(name)}/")
        print(f"  {'runbooks':<12}  {self.links().runbooks_url}/")
        print(f"  {'config':<12}  {self.config_dir}")
        if "grafana" not in running:
            print(
                f"  Grafana       not installed here: import grafana/dashboards/*.json into your Grafana "
                f"(`make import-dashboards GRAFANA_URL=… GRAFANA_TOKEN=…`) with a Prometheus data source "
                f"at {self.s.url('prometheus')}"
            )
        print("next: `make demo SCENARIO=error-burst`, `make status`, `make down`")

    def down(self) -> int:
        for name in reversed(self.s.components):
            d = self.daemons[name]
            if d.pid_file.exists():
                print(f"  {name:<12} {d.stop()}")
        self.s.state_file.unlink(missing_ok=True)
        print("aiwatch stack is down")
        return 0

    def status(self) -> int:
        """0: every component healthy; 1: something stopped or unhealthy; 3 (STOPPED): nothing runs."""
        ports = self.s.load_state().get("ports", {})
        if not any(d.pid_file.exists() for d in self.daemons.values()):
            print(f"aiwatch stack is stopped (native, run directory {self.s.run_dir}); `make up` starts it")
            return STOPPED
        ok = True
        print(f"aiwatch stack (native, run directory {self.s.run_dir}):")
        for name in self.s.components:
            d = self.daemons[name]
            pid = d.running_pid()
            if pid is None:
                if name == "grafana" and not d.pid_file.exists():
                    continue
                ok = False
                stale = " (stale pid file)" if d.pid_file.exists() else ""
                print(f"  {name:<12} stopped{stale}")
                continue
            url = f"http://{self.s.connect_host}:{ports.get(name, self.s.ports[name])}"
            healthy = http_ok(url + HEALTH_PATH[name])
            ok = ok and healthy
            print(f"  {name:<12} {'healthy' if healthy else 'UNHEALTHY':<10} pid {pid:<8} {url}/")
        return 0 if ok else 1

    def exporter_running(self) -> bool:
        return self.daemons["exporter"].running_pid() is not None


def render_alertmanager(out_dir: Path, s: Settings) -> Path:
    """The committed alertmanager.yml, repointed for this machine (aiwatch.stack.alertmanager).

    Receivers whose secret file is missing go to a refusing loopback address, so a stack
    without secrets starts and never sends a fake credential anywhere.
    """
    logging.getLogger(alertmanager.__name__).addHandler(logging.NullHandler())  # the note below says it
    missing = alertmanager.missing_secrets(s.secrets_dir)
    if missing:
        print(
            f"  note: no {', '.join(missing)} in {s.secrets_dir}: those receivers send to the local inbox "
            f"{s.url('inbox')}/ (see alertmanager/secrets/*.example)"
        )
    from ..inbox.server import endpoints

    try:
        return alertmanager.render_alertmanager_config(
            out_dir,
            secrets_dir=s.secrets_dir,
            timing=s.alertmanager_timing,
            local_inbox=endpoints(s.url("inbox"), s.connect_host, s.smtp_port),
            incidents_url=f"{s.url('exporter')}/v1/alerts",
        )
    except ValueError as exc:
        raise StackError(f"cannot render alertmanager.yml: {exc}") from exc


def _files(directory: Path) -> list[Path]:
    return sorted(p for p in Path(directory).rglob("*") if p.is_file()) if Path(directory).is_dir() else []


def fingerprint(plan: Plan, files: Iterable[Path]) -> str:
    """What a running component was started with: command line, environment and the files it read."""
    h = hashlib.sha256(json.dumps(plan, sort_keys=True).encode())
    for path in files:
        h.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]
