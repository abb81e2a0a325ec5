"""Each component's command line and health check.

One definition for both ways aiwatch runs them: daemonised by the native stack
(aiwatch.stack.native) and as foreground children by the tests and benchmarks
(aiwatch.stack.local).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .processes import http_ok, require_binary, wait_for, which
from .settings import Settings, StackError

HEALTH_PATH = {
    "inbox": "/healthz",
    "exporter": "/readyz",
    "prometheus": "/-/ready",
    "alertmanager": "/-/ready",
    "grafana": "/api/health",
    "prometheus-b": "/-/ready",
    "victoria-metrics": "/health",
    "vmalert": "/health",
}


def exporter_argv(
    host: str,
    port: int,
    workers: int,
    multiproc_dir: Path,
    *,
    config_dir: Path | None = None,
    pid_file: Path | None = None,
) -> list[str]:
    """`aiwatch serve` (gunicorn) with this interpreter, so it runs the installed package."""
    argv = [sys.executable, "-m", "aiwatch.cli", "serve", "--host", host, "--port", str(port)]
    argv += ["--workers", str(workers), "--multiproc-dir", str(multiproc_dir)]
    if config_dir is not None:
        argv += ["--config-dir", str(config_dir)]
    if pid_file is not None:
        argv += ["--pid-file", str(pid_file)]
    return argv


def inbox_argv(host: str, port: int, smtp_port: int, data_file: Path) -> list[str]:
    """The local notification inbox (aiwatch.inbox.server): Slack/PagerDuty/heartbeat over HTTP, SMTP."""
    return [
        sys.executable,
        "-m",
        "aiwatch.inbox",
        "--host",
        host,
        "--port",
        str(port),
        "--smtp-port",
        str(smtp_port),
        "--data",
        str(data_file),
    ]


# Prometheus and Alertmanager take the same flags but for the storage path and one of their own.
_SERVERS = {
    "prometheus": (("prometheus",), "prometheus", "--storage.tsdb.path", "--web.enable-lifecycle"),
    "alertmanager": (
        ("prometheus-alertmanager", "alertmanager"),  # Debian's name first
        "prometheus-alertmanager",
        "--storage.path",
        "--cluster.listen-address=",  # clustering off: one instance
    ),
}


def server_argv(
    component: str,
    config: Path,
    data_dir: Path,
    host: str,
    port: int,
    *,
    external_url: str | None = None,
    extra: Sequence[str] = (),
) -> list[str]:
    """Prometheus or Alertmanager with a rendered config, listening on `host`:`port`."""
    names, package, storage_flag, own_flag = _SERVERS[component]
    binary = require_binary(*names, install=f"run `make setup` as root (apt-get install {package})")
    return [
        binary,
        f"--config.file={config}",
        f"{storage_flag}={data_dir}",
        f"--web.listen-address={host}:{port}",
        f"--web.external-url={external_url or f'http://{host}:{port}'}/",
        own_flag,
        *extra,
    ]


def grafana_command(
    work_dir: Path, host: str, port: int, provisioning: Path
) -> tuple[list[str], dict[str, str]] | None:
    """Grafana's argv and environment, its state under `work_dir`; None when no Grafana is installed."""
    binary = which("grafana-server", "grafana")
    if not binary:
        return None
    candidates = (
        Path("/usr/share/grafana"),
        Path("/usr/local/share/grafana"),
        Path(binary).resolve().parent.parent,
    )
    home = next((p for p in candidates if (p / "conf").is_dir()), None)
    argv = [binary] + (["server"] if Path(binary).name == "grafana" else [])
    if home:
        argv.append(f"--homepath={home}")
    argv += [f"--pidfile={work_dir / 'grafana-server.pid'}", f"cfg:default.paths.data={work_dir / 'data'}"]
    env = {
        "GF_SERVER_HTTP_ADDR": host,
        "GF_SERVER_HTTP_PORT": str(port),
        "GF_PATHS_DATA": str(work_dir / "data"),
        "GF_PATHS_LOGS": str(work_dir / "logs"),
        "GF_PATHS_PLUGINS": str(work_dir / "plugins"),
        "GF_PATHS_PROVISIONING": str(provisioning),
        "GF_ANALYTICS_REPORTING_ENABLED": "false",
        "GF_ANALYTICS_CHECK_FOR_UPDATES": "false",
    }
    return argv, env


def wait_healthy(
    s: Settings, names: Iterable[str], hint: str, check: Callable[[str], None] = lambda name: None
) -> None:
    """Wait until each component's health check answers 200, bounded by `s.ready_timeout`.

    `check(name)` runs on every poll of a pending component and may raise StackError (the process
    exited); on timeout, StackError lists the components still pending, then `hint`.
    """
    pending = set(names)

    def ready() -> bool:
        for name in sorted(pending):
            check(name)
            if http_ok(s.url(name) + HEALTH_PATH[name]):
                pending.discard(name)
        return not pending

    try:
        wait_for(ready, s.ready_timeout, interval=0.3, what="the stack", retry_on=())
    except TimeoutError:
        raise StackError(
            f"not ready after {s.ready_timeout:.0f}s: {', '.join(sorted(pending))} {hint}"
        ) from None
