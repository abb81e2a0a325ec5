"""The HA topology: a Prometheus pair, VictoriaMetrics as the long-term store, vmalert over it, one Alertmanager.

    exporter ──scrape──> prometheus (replica="a") ──remote write──> victoria-metrics <── vmalert
             └─scrape──> prometheus-b (replica="b") ─┘  (dedup)        (same rules/)     │
    both Prometheus and vmalert ──alerts (identical label sets)──> alertmanager <───────┘

Every piece runs the committed files, with these documented overrides only (docs/scaling.md):

- Prometheus: the committed prometheus.yml rendered as for the single stack, plus an
  external label `replica` (distinct per server), an `alert_relabel_configs` that drops
  it again (so Alertmanager receives identical label sets from both and deduplicates
  them) and a `remote_write` to VictoriaMetrics that drops it too (so both servers
  write the same series, which VictoriaMetrics deduplicates with
  `-dedup.minScrapeInterval` = the scrape interval). Recorded series (`level:metric:op`)
  and ALERTS stay local: in the store, vmalert's recordings are the only ones.
- vmalert: the same rule files (rules/, or the fast profile rendered from the same
  source), evaluated against VictoriaMetrics, results written back to it, alerts to
  the same Alertmanager with the committed external labels (`monitor`) and without
  vmalert's own `alertgroup` label, so its alerts carry the label sets Prometheus sends.

Debian's `victoria-metrics` package ships both binaries (`victoria-metrics`, `vmalert`).
`make up` with AIWATCH_TOPOLOGY=ha starts this natively (`HaStack`); the end-to-end test
(tests/scale) starts the same command lines as foreground children.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from .components import grafana_command, server_argv
from .grafana import render_grafana_provisioning
from .local import AlertsApi, Prometheus, QueryApi
from .native import NativeStack, Plan
from .processes import LOOPBACK, free_port, require_binary
from .prometheus import PROMETHEUS_YML, render_prometheus_config
from .settings import StackError

REPLICA_LABEL = "replica"
# Recorded series (level:metric:operations) and alert state stay in each Prometheus.
LOCAL_ONLY_SERIES = ".+:.+|ALERTS|ALERTS_FOR_STATE"
INSTALL = "run `make setup` as root (apt-get install victoria-metrics)"


def external_labels(source: Path = PROMETHEUS_YML) -> dict[str, str]:
    """The committed external labels (e.g. monitor="aiwatch"): vmalert adds the same ones."""
    cfg = yaml.safe_load(source.read_text(encoding="utf-8"))
    return dict((cfg.get("global") or {}).get("external_labels") or {})


def render_replica_config(
    out_dir: Path,
    targets: Mapping[str, Sequence[str]],
    *,
    replica: str,
    remote_write_url: str,
    rules_dir: Path | None = None,
    scrape_interval: str | None = None,
    evaluation_interval: str | None = None,
) -> Path:
    """The committed prometheus.yml for one replica of the pair (see the module docstring)."""
    path = render_prometheus_config(
        out_dir,
        targets,
        rules_dir=rules_dir,
        scrape_interval=scrape_interval,
        evaluation_interval=evaluation_interval,
    )
    cfg: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    glob = cfg.setdefault("global", {})
    glob.setdefault("external_labels", {})[REPLICA_LABEL] = replica
    drop_replica = {"action": "labeldrop", "regex": REPLICA_LABEL}
    cfg.setdefault("alerting", {})["alert_relabel_configs"] = [drop_replica]
    cfg["remote_write"] = [
        {
            "url": f"{remote_write_url.rstrip('/')}/api/v1/write",
            "write_relabel_configs": [
                drop_replica,
                {"source_labels": ["__name__"], "regex": LOCAL_ONLY_SERIES, "action": "drop"},
            ],
            # ship within a second: the store is queried for alerts, not only for history
            "queue_config": {"batch_send_deadline": "1s"},
        }
    ]
    path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    return path


def victoria_metrics_argv(
    data_dir: Path,
    host: str,
    port: int,
    *,
    dedup_interval: str,
    latency_offset: str | None = None,
    retention: str = "12",
) -> list[str]:
    """Single-node VictoriaMetrics; `retention` in months (its own unit), `dedup_interval` = scrape interval."""
    binary = require_binary("victoria-metrics", install=INSTALL)
    argv = [
        binary,
        f"-storageDataPath={data_dir}",
        f"-httpListenAddr={host}:{port}",
        f"-retentionPeriod={retention}",
        f"-dedup.minScrapeInterval={dedup_interval}",
    ]
    if latency_offset is not None:  # how long after ingestion a sample is queryable (default 30s)
        argv.append(f"-search.latencyOffset={latency_offset}")
    return argv


def vmalert_argv(
    rules_dir: Path,
    host: str,
    port: int,
    *,
    store_url: str,
    alertmanager_url: str,
    evaluation_interval: str,
    labels: Mapping[str, str] | None = None,
) -> list[str]:
    """vmalert over the store: the rule files unchanged, results back into the store, alerts to Alertmanager."""
    binary = require_binary("vmalert", install=INSTALL)
    argv = [
        binary,
        f"-rule={rules_dir}/*.yml",
        f"-datasource.url={store_url}",
        f"-remoteWrite.url={store_url}",
        f"-remoteRead.url={store_url}",  # restores `for:` state after a restart
        f"-notifier.url={alertmanager_url}",
        f"-evaluationInterval={evaluation_interval}",
        f"-httpListenAddr={host}:{port}",
        f"-external.url=http://{host}:{port}",
        "-disableAlertgroupLabel",
        "-remoteWrite.flushInterval=1s",
    ]
    for name, value in (labels if labels is not None else external_labels()).items():
        argv.append(f"-external.label={name}={value}")
    return argv


# --- the native stack --------------------------------------------------------------------------------
class HaStack(NativeStack):
    """`make up` with AIWATCH_TOPOLOGY=ha: the single stack's daemons plus the pair's second server,
    VictoriaMetrics and vmalert; Grafana reads the store (the global view)."""

    def _plans(self) -> dict[str, Callable[[], Plan | None]]:
        return {
            **super()._plans(),
            "victoria-metrics": self._victoria_metrics,
            "prometheus": lambda: self._replica("prometheus", "a"),
            "prometheus-b": lambda: self._replica("prometheus-b", "b"),
            "vmalert": self._vmalert,
            "grafana": self._grafana_on_store,
        }

    @property
    def _interval(self) -> str:
        return self.s.scrape_interval or str(
            yaml.safe_load(PROMETHEUS_YML.read_text(encoding="utf-8"))["global"]["scrape_interval"]
        )

    def _victoria_metrics(self) -> Plan:
        d = self.daemons["victoria-metrics"]
        offset = "1s" if self.s.rules_profile == "fast" else None
        port = self.s.ports["victoria-metrics"]
        argv = victoria_metrics_argv(
            d.dir / "data", self.s.bind, port, dedup_interval=self._interval, latency_offset=offset
        )
        return argv, {}

    def _replica(self, name: str, replica: str) -> Plan:
        d = self.daemons[name]
        host = self.s.connect_host
        targets = {
            "aiwatch": [f"{host}:{self.s.ports['exporter']}"],
            "prometheus": [f"{host}:{self.s.ports['prometheus']}", f"{host}:{self.s.ports['prometheus-b']}"],
            "alertmanager": [f"{host}:{self.s.ports['alertmanager']}"],
        }
        cfg = render_replica_config(
            d.dir / "config",
            targets,
            replica=replica,
            remote_write_url=self.s.url("victoria-metrics"),
            rules_dir=self.rendered_rules(d.dir),
            scrape_interval=self.s.scrape_interval,
            evaluation_interval=self.s.evaluation_interval,
        )
        port, url = self.s.ports[name], self.s.url(name)
        return server_argv("prometheus", cfg, d.dir / "data", self.s.bind, port, external_url=url), {}

    def _vmalert(self) -> Plan:
        d = self.daemons["vmalert"]
        d.dir.mkdir(parents=True, exist_ok=True)
        rules = self.rendered_rules(d.dir)
        argv = vmalert_argv(
            rules,
            self.s.bind,
            self.s.ports["vmalert"],
            store_url=self.s.url("victoria-metrics"),
            alertmanager_url=self.s.url("alertmanager"),
            evaluation_interval=self.s.evaluation_interval or self._interval,
        )
        return argv, {}

    def _grafana_on_store(self) -> Plan | None:
        d = self.daemons["grafana"]
        prov = render_grafana_provisioning(
            d.dir / "provisioning", self.s.url("victoria-metrics"), self.s.url("alertmanager")
        )
        return grafana_command(d.dir, self.s.bind, self.s.ports["grafana"], prov)


def check_topology(mode: str) -> None:
    if mode == "compose":
        raise StackError(
            "AIWATCH_TOPOLOGY=ha runs natively only (AIWATCH_STACK_MODE=native); docker-compose.yml is the single stack"
        )


# --- foreground children for tests and benchmarks ----------------------------------------------------
class VictoriaMetrics(QueryApi):
    """The single-node store, queried like Prometheus."""


class VmAlert(AlertsApi):
    """vmalert, whose alerts read like Prometheus's."""


def start_victoria_metrics(
    work_dir: Path, *, dedup_interval: str = "1s", port: int | None = None, timeout: float = 30.0
) -> VictoriaMetrics:
    """VictoriaMetrics on loopback with deduplication; queries see samples 1 s after ingestion."""
    port = port or free_port()
    data = Path(work_dir) / f"victoria-metrics-{port}"
    argv = victoria_metrics_argv(data, LOOPBACK, port, dedup_interval=dedup_interval, latency_offset="1s")
    return VictoriaMetrics("victoria-metrics", port, argv, work_dir).started("victoria-metrics", timeout)


def start_vmalert(
    work_dir: Path,
    rules_dir: Path,
    *,
    store_url: str,
    alertmanager_url: str,
    evaluation_interval: str = "1s",
    port: int | None = None,
    timeout: float = 30.0,
) -> VmAlert:
    port = port or free_port()
    argv = vmalert_argv(
        rules_dir,
        LOOPBACK,
        port,
        store_url=store_url,
        alertmanager_url=alertmanager_url,
        evaluation_interval=evaluation_interval,
    )
    return VmAlert("vmalert", port, argv, work_dir).started("vmalert", timeout)


def start_replica(
    work_dir: Path,
    targets: Mapping[str, Sequence[str]],
    *,
    replica: str,
    remote_write_url: str,
    rules_dir: Path,
    interval: str = "1s",
    extra_args: Sequence[str] = (),
    port: int | None = None,
    timeout: float = 30.0,
) -> Prometheus:
    """One Prometheus of the pair on loopback (`render_replica_config`)."""
    port = port or free_port()
    work = Path(work_dir) / f"prometheus-{replica}-{port}"
    cfg = render_replica_config(
        work,
        targets,
        replica=replica,
        remote_write_url=remote_write_url,
        rules_dir=rules_dir,
        scrape_interval=interval,
        evaluation_interval=interval,
    )
    argv = server_argv("prometheus", cfg, work / "data", LOOPBACK, port, extra=extra_args)
    return Prometheus(f"prometheus-{replica}", port, argv, work_dir).started("prometheus", timeout)
