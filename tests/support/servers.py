"""Start real servers (gunicorn exporter, Prometheus, Alertmanager) on free loopback ports.

Every process logs to a file in the test's tmp dir, is bounded by timeouts,
and is stopped by `Proc.stop()` (fixtures call it in teardown). Nothing here
talks to a non-loopback address.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import requests

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
LOOPBACK = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def wait_for(check: Callable[[], Any], timeout: float = 20.0, interval: float = 0.1, what: str = "condition"):
    """Poll `check` until it returns a truthy value; raise TimeoutError with `what`."""
    deadline = time.monotonic() + timeout
    last_exc: Exception | None = None
    while time.monotonic() < deadline:
        try:
            value = check()
            if value:
                return value
        except Exception as exc:
            last_exc = exc
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what}; last error: {last_exc!r}")


def wait_http(url: str, timeout: float = 20.0, status: int = 200) -> None:
    wait_for(lambda: requests.get(url, timeout=2).status_code == status, timeout, what=url)


class Proc:
    """A child process with its own process group and a log file."""

    def __init__(
        self,
        name: str,
        argv: Sequence[str],
        log_dir: Path,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> None:
        self.name = name
        self.argv = list(argv)
        self.log_path = Path(log_dir) / f"{name}.log"
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        full_env = dict(os.environ)
        full_env.update(env or {})
        self.popen = subprocess.Popen(
            self.argv,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=full_env,
            cwd=str(cwd or REPO),
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def log(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(errors="replace")

    def signal(self, sig: int) -> None:
        if self.alive():
            os.killpg(self.popen.pid, sig)

    def stop(self, timeout: float = 10.0) -> None:
        if self.alive():
            try:
                os.killpg(self.popen.pid, signal.SIGTERM)
                self.popen.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait(timeout=5)
            except ProcessLookupError:
                pass
        self._log.close()

    def __enter__(self) -> Proc:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _await_ready(proc: Any, path: str, timeout: float, name: str) -> None:
    """Wait until `proc.url + path` answers 200; stop the process and show its log if it never does."""
    try:
        wait_for(
            lambda: proc.alive() and requests.get(proc.url + path, timeout=2).ok,
            timeout,
            what=f"{name} on {proc.url}",
        )
    except TimeoutError:
        proc.stop()
        raise RuntimeError(f"{name} did not start:\n{proc.log()}") from None


class Exporter(Proc):
    def __init__(self, tmp: Path, port: int, **kw: Any) -> None:
        self.port = port
        self.url = f"http://{LOOPBACK}:{port}"
        self.multiproc_dir = Path(tmp) / f"mp-{port}"
        super().__init__(f"exporter-{port}", kw.pop("argv"), tmp, env=kw.pop("env", None))


def start_exporter(
    tmp: Path,
    *,
    workers: int = 2,
    port: int | None = None,
    config_dir: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 30.0,
) -> Exporter:
    """`aiwatch serve` under real gunicorn; waits for /readyz."""
    port = port or free_port()
    mp = Path(tmp) / f"mp-{port}"
    argv = [
        str(VENV_BIN / "aiwatch"),
        "serve",
        "--host",
        LOOPBACK,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--multiproc-dir",
        str(mp),
    ]
    if config_dir:
        argv += ["--config-dir", str(config_dir)]
    proc = Exporter(tmp, port, argv=argv, env=env)
    _await_ready(proc, "/readyz", timeout, "exporter")
    return proc


def which(*names: str) -> str:
    for n in names:
        p = shutil.which(n)
        if p:
            return p
    raise FileNotFoundError(f"none of {names} on PATH (make test installs them with apt-get)")


class Prometheus(Proc):
    port: int
    url: str

    def query(self, expr: str, at: float | None = None) -> list[dict]:
        params: dict[str, Any] = {"query": expr}
        if at is not None:
            params["time"] = at
        r = requests.get(f"{self.url}/api/v1/query", params=params, timeout=10)
        body = r.json()
        if body.get("status") != "success":
            raise AssertionError(f"query failed: {expr}: {body.get('error')}")
        return body["data"]["result"]

    def alerts(self) -> list[dict]:
        return requests.get(f"{self.url}/api/v1/alerts", timeout=10).json()["data"]["alerts"]

    def targets_up(self) -> dict[str, float]:
        return {r["metric"]["job"]: float(r["value"][1]) for r in self.query("up")}


def start_prometheus(
    tmp: Path,
    targets: Mapping[str, Sequence[str]],
    *,
    port: int | None = None,
    rules_dir: Path | None = None,
    scrape_interval: str = "1s",
    evaluation_interval: str = "1s",
    extra_args: Sequence[str] = (),
    data_dir: Path | None = None,
    timeout: float = 30.0,
) -> Prometheus:
    """Real Prometheus with the committed prometheus.yml rendered for these targets."""
    from aiwatch.stackconfig import render_prometheus_config

    port = port or free_port()
    work = Path(tmp) / f"prometheus-{port}"
    work.mkdir(parents=True, exist_ok=True)
    cfg = render_prometheus_config(
        work,
        targets,
        rules_dir=rules_dir,
        scrape_interval=scrape_interval,
        evaluation_interval=evaluation_interval,
    )
    data = data_dir or work / "data"
    argv = [
        which("prometheus"),
        f"--config.file={cfg}",
        f"--storage.tsdb.path={data}",
        f"--web.listen-address={LOOPBACK}:{port}",
        f"--web.external-url=http://{LOOPBACK}:{port}/",
        "--web.enable-lifecycle",
        *extra_args,
    ]
    proc = Prometheus(f"prometheus-{port}", argv, tmp)
    proc.port, proc.url = port, f"http://{LOOPBACK}:{port}"
    _await_ready(proc, "/-/ready", timeout, "prometheus")
    return proc


class Alertmanager(Proc):
    port: int
    url: str

    def alerts(self) -> list[dict]:
        return requests.get(f"{self.url}/api/v2/alerts", timeout=10).json()


def start_alertmanager(
    tmp: Path,
    config_file: Path,
    *,
    port: int | None = None,
    data_dir: Path | None = None,
    extra_args: Sequence[str] = (),
    timeout: float = 30.0,
) -> Alertmanager:
    """Real Alertmanager (Debian's prometheus-alertmanager), clustering off."""
    port = port or free_port()
    data = data_dir or Path(tmp) / f"alertmanager-{port}"
    data.mkdir(parents=True, exist_ok=True)
    argv = [
        which("prometheus-alertmanager", "alertmanager"),
        f"--config.file={config_file}",
        f"--storage.path={data}",
        f"--web.listen-address={LOOPBACK}:{port}",
        f"--web.external-url=http://{LOOPBACK}:{port}/",
        "--cluster.listen-address=",
        *extra_args,
    ]
    proc = Alertmanager(f"alertmanager-{port}", argv, tmp)
    proc.port, proc.url = port, f"http://{LOOPBACK}:{port}"
    _await_ready(proc, "/-/ready", timeout, "alertmanager")
    return proc


def gunicorn_workers(master: int) -> list[int]:
    """Pids of the workers of a gunicorn master."""
    out = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True, timeout=10
    )
    return [int(p) for p in out.stdout.split()]


def metric_sum(url: str, name: str = "ai_requests_total") -> float:
    """Sum of every sample called `name` in the exporter's /metrics."""
    from prometheus_client.parser import text_string_to_metric_families

    text = requests.get(url + "/metrics", timeout=10).text
    return sum(s.value for f in text_string_to_metric_families(text) for s in f.samples if s.name == name)


def post_events(url: str, events: list[dict], timeout: float = 10.0) -> requests.Response:
    return requests.post(f"{url}/v1/events", json={"events": events}, timeout=timeout)


def event(model: str = "gpt-4o", service: str = "orchestrator", **kw: Any) -> dict:
    """A valid event with overridable fields."""
    ev = {
        "model": model,
        "service": service,
        "prompt_tokens": 100,
        "completion_tokens": 50,
        "duration_seconds": 0.4,
        "status": "ok",
    }
    ev.update(kw)
    return ev
