"""The doctor's read-only view of a deployment: Prometheus, Alertmanager, Grafana, the exporter, amtool.

Every call is bounded by the doctor's HTTP timeout; failures become `Unreachable`
with a one-line reason, never a traceback.
"""

from __future__ import annotations

import shutil
import subprocess
from typing import Any

import requests
import yaml


class Unreachable(Exception):
    """A component did not answer (or answered nonsense): the checks that need it fail with this reason."""


class Probe:
    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.session = requests.Session()
        self._cache: dict[tuple[str, str], Any] = {}

    def get(self, url: str, **kw: Any) -> requests.Response:
        try:
            return self.session.get(url, timeout=self.timeout, **kw)
        except requests.RequestException as exc:
            raise Unreachable(f"{url}: {type(exc).__name__}") from None

    def json(self, url: str, **kw: Any) -> Any:
        r = self.get(url, **kw)
        if r.status_code != 200:
            raise Unreachable(f"{url}: HTTP {r.status_code}")
        try:
            return r.json()
        except ValueError:
            raise Unreachable(f"{url}: not JSON") from None

    # -- Prometheus -------------------------------------------------------------------
    def query(self, prometheus: str, expr: str) -> list[dict[str, Any]]:
        """Instant query; a list of {metric, value}."""
        key = (prometheus, expr)
        if key not in self._cache:
            body = self.json(f"{prometheus}/api/v1/query", params={"query": expr})
            if body.get("status") != "success":
                raise Unreachable(f"query {expr!r} failed: {body.get('error')}")
            self._cache[key] = body["data"]["result"]
        return self._cache[key]

    def by(self, prometheus: str, expr: str, *labels: str) -> dict[tuple[str, ...], float]:
        """{label values: value} of an instant query."""
        return {
            tuple(r["metric"].get(label, "") for label in labels): float(r["value"][1])
            for r in self.query(prometheus, expr)
        }

    def rule_groups(self, prometheus: str) -> list[dict[str, Any]]:
        key = (prometheus, "/api/v1/rules")
        if key not in self._cache:
            body = self.json(f"{prometheus}/api/v1/rules")
            self._cache[key] = body.get("data", {}).get("groups", [])
        return self._cache[key]

    # -- Alertmanager -----------------------------------------------------------------
    def alertmanager_config(self, alertmanager: str) -> dict[str, Any]:
        """The configuration Alertmanager has loaded (secrets masked)."""
        key = (alertmanager, "config")
        if key not in self._cache:
            status = self.json(f"{alertmanager}/api/v2/status")
            try:
                cfg = yaml.safe_load(status["config"]["original"])
            except (KeyError, TypeError, yaml.YAMLError):
                raise Unreachable(f"{alertmanager}/api/v2/status: no loaded configuration") from None
            self._cache[key] = cfg
        return self._cache[key]

    def routes(self, alertmanager: str, labels: dict[str, str]) -> list[str]:
        """Receivers an alert with `labels` reaches, from `amtool config routes test` against the live config."""
        amtool = shutil.which("amtool")
        if amtool is None:
            raise Unreachable("amtool not found (Debian package prometheus-alertmanager)")
        argv = [amtool, "config", "routes", "test", f"--alertmanager.url={alertmanager}/"]
        argv += [f"{k}={v}" for k, v in sorted(labels.items())]
        try:
            proc = subprocess.run(argv, capture_output=True, text=True, timeout=self.timeout * 4, check=False)
        except subprocess.TimeoutExpired:
            raise Unreachable("amtool config routes test timed out") from None
        if proc.returncode != 0:
            raise Unreachable(f"amtool config routes test: {(proc.stderr or proc.stdout).strip()[:300]}")
        return [r for r in proc.stdout.strip().split(",") if r]
