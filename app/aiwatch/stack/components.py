"""Each component's command line and health check.

One definition for both ways aiwatch runs them: daemonised by the native stack
(aiwatch.stack.native) and as foreground children by the tests and benchmarks
(aiwatch.stack.local).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from .processes import require_binary, which

HEALTH_PATH = {
    "exporter": "/readyz",
    "prometheus": "/-/ready",
    "alertmanager": "/-/ready",
    "grafana": "/api/health",
}
_INSTALL = "run `make setup` as root (apt-get install {package})"


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


def _listen(host: str, port: int, external_url: str | None) -> list[str]:
    return [
        f"--web.listen-address={host}:{port}",
        f"--web.external-url={external_url or f'http://{host}:{port}'}/",
    ]


def prometheus_argv(
    config: Path,
    data_dir: Path,
    host: str,
    port: int,
    *,
    external_url: str | None = None,
    extra: Sequence[str] = (),
) -> list[str]:
    """Prometheus with a rendered config (aiwatch.stack.prometheus); lifecycle API on for reloads."""
    binary = require_binary("prometheus", install=_INSTALL.format(package="prometheus"))
    return [
        binary,
        f"--config.file={config}",
        f"--storage.tsdb.path={data_dir}",
        *_listen(host, port, external_url),
        "--web.enable-lifecycle",
        *extra,
    ]


def alertmanager_argv(
    config: Path,
    data_dir: Path,
    host: str,
    port: int,
    *,
    external_url: str | None = None,
    extra: Sequence[str] = (),
) -> list[str]:
    """Alertmanager (Debian names it prometheus-alertmanager) with clustering off: one instance."""
    binary = require_binary(
        "prometheus-alertmanager",
        "alertmanager",
        install=_INSTALL.format(package="prometheus-alertmanager"),
    )
    return [
        binary,
        f"--config.file={config}",
        f"--storage.path={data_dir}",
        *_listen(host, port, external_url),
        "--cluster.listen-address=",
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
