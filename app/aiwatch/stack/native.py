"""The native stack: exporter, Prometheus, Alertmanager (and Grafana when installed) as local daemons.

Each component is a `Daemon` with its config, data, log and pid file under one
run directory. Prometheus and Alertmanager run the committed configs, rendered
with addresses and paths repointed (aiwatch.stack.prometheus,
aiwatch.stack.alertmanager), never a forked copy. `down` stops exactly what `up`
started; a second `up` starts nothing that is already running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path

from . import alertmanager
from .components import HEALTH_PATH, exporter_argv, grafana_command, server_argv, wait_healthy
from .grafana import render_grafana_provisioning
from .processes import Daemon, http_ok, port_free
from .prometheus import render_prometheus_config
from .rules import rules_for_profile
from .settings import PORT_ENV, Settings, StackError

Plan = tuple[list[str], dict[str, str]]
LABELS = {
    "exporter": "exporter",
    "prometheus": "Prometheus",
    "alertmanager": "Alertmanager",
    "grafana": "Grafana",
}


class NativeStack:
    def __init__(self, s: Settings) -> None:
        self.s = s
        self.daemons = {n: Daemon(n, s.run_dir / n) for n in s.components}

    # --- command lines, with configs rendered from the committed files -----------------------------
    def _exporter(self) -> Plan:
        d = self.daemons["exporter"]
        argv = exporter_argv(
            self.s.bind, self.s.ports["exporter"], self.s.workers, d.dir / "multiproc", pid_file=d.pid_file
        )
        return argv, {}

    def _alertmanager(self) -> Plan:
        d = self.daemons["alertmanager"]
        cfg = render_alertmanager(d.dir / "config", self.s)
        port = self.s.ports["alertmanager"]
        url = self.s.url("alertmanager")
        return server_argv("alertmanager", cfg, d.dir / "data", self.s.bind, port, external_url=url), {}

    def _prometheus(self) -> Plan:
        d = self.daemons["prometheus"]
        host = self.s.connect_host
        jobs = ("exporter", "aiwatch"), ("prometheus", "prometheus"), ("alertmanager", "alertmanager")
        cfg = render_prometheus_config(
            d.dir / "config",
            {job: [f"{host}:{self.s.ports[comp]}"] for comp, job in jobs},
            rules_dir=rules_for_profile(self.s.rules_profile, d.dir),
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
            "exporter": self._exporter,
            "alertmanager": self._alertmanager,
            "prometheus": self._prometheus,
            "grafana": self._grafana,
        }

    # --- up / down / status ------------------------------------------------------------------------
    def up(self) -> int:
        s = self.s
        s.run_dir.mkdir(parents=True, exist_ok=True)
        started: list[Daemon] = []
        running: dict[str, int] = {}
        # ports of a stack that is already up win over new env values
        for name, port in s.load_state().get("ports", {}).items():
            if name in self.daemons and self.daemons[name].running_pid():
                s.ports[name] = port
        plans = self._plans()
        try:
            for name in s.components:
                d = self.daemons[name]
                pid = d.running_pid()
                if pid:
                    running[name] = pid
                    print(f"  {name:<12} already running (pid {pid})")
                    continue
                d.pid_file.unlink(missing_ok=True)
                plan = plans[name]()
                if plan is None:
                    continue
                port = s.ports[name]
                if not port_free(s.bind, port):
                    raise StackError(
                        f"port {port} for {name} is in use by another process; "
                        f"pick another with {PORT_ENV[name]}=<port> make up"
                    )
                running[name] = d.start(*plan)
                started.append(d)
                print(f"  {name:<12} started (pid {running[name]}, log {d.log_file})")
            s.save_state("native", pids=running)
            wait_healthy(
                s,
                running,
                f"(set AIWATCH_READY_TIMEOUT to wait longer); see the logs in {s.run_dir}",
                self._check_alive,
            )
        except (StackError, OSError) as exc:
            for d in reversed(started):
                d.stop()
            if isinstance(exc, OSError):
                raise StackError(f"{exc}") from exc
            raise
        self._print_urls(running)
        return 0

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
        ports = self.s.load_state().get("ports", {})
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
            f"  note: no {', '.join(missing)} in {s.secrets_dir}: those receivers stay local "
            f"(see alertmanager/secrets/*.example)"
        )
    try:
        return alertmanager.render_alertmanager_config(
            out_dir,
            secrets_dir=s.secrets_dir,
            timing=s.alertmanager_timing,
            incidents_url=f"{s.url('exporter')}/v1/alerts",
        )
    except ValueError as exc:
        raise StackError(f"cannot render alertmanager.yml: {exc}") from exc
