"""Render the committed alertmanager/alertmanager.yml for a given set of endpoints.

The native stack (`make up` without Docker) and the loopback pipeline of the
tests and benchmarks (aiwatch.stack.pipeline) run Alertmanager with the
committed configuration, rendered with these documented overrides only
(docs/alerting.md):

1. endpoints: the PagerDuty Events URL, the SMTP smarthost (and whether it
   requires TLS), the heartbeat webhook URL; the Slack URL is itself a secret
   and is written to a secret file, never inline;
2. secret files: every `*_file` / `credentials_file` points at
   `<secrets_dir>/<name>` (default: the git-ignored alertmanager/secrets/);
   a secret that is missing gets a placeholder file in `<out_dir>/secrets/`
   and its receiver is pointed at the local inbox when one is given
   (`local_inbox`: the native stack's aiwatch.inbox.server, where the
   notification shows up on a web page), else at a loopback address that
   refuses connections; either way Alertmanager starts and nothing is sent
   to a third party with a fake credential;
3. template globs become absolute (the rendered file lives elsewhere);
4. the fast profile and the tests: `timing` replaces group_wait /
   group_interval / repeat_interval wherever the committed file sets them;
   tests only: `always_active=True` makes every time interval cover the
   whole week (so an info e-mail test does not depend on the clock).

Routes, receivers, inhibit rules and templates are never changed.
"""

from __future__ import annotations

import argparse
import copy
import logging
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..durations import is_duration
from ..paths import ALERTMANAGER_DIR

ALERTMANAGER_YML = ALERTMANAGER_DIR / "alertmanager.yml"
SECRETS_DIR = ALERTMANAGER_DIR / "secrets"
TIMING_KEYS = ("group_wait", "group_interval", "repeat_interval")
# Loopback, port 9 (discard): connections are refused, so a receiver without
# its secret fails loudly in the log and never reaches the internet.
UNCONFIGURED_URL = "http://127.0.0.1:9/aiwatch-unconfigured/{kind}"
UNCONFIGURED_SMARTHOST = "127.0.0.1:9"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Secret:
    """One credential file the committed config reads."""

    name: str  # file name under the secrets directory
    kind: str  # receiver kind it belongs to: slack, pagerduty, email, heartbeat, incidents
    placeholder: str  # content of the placeholder written when it is missing
    optional: bool = False  # missing is fine: the receiver works without it (an exporter without a token)


SECRETS: tuple[Secret, ...] = (
    Secret("slack_webhook_url", "slack", UNCONFIGURED_URL.format(kind="slack")),
    Secret("pagerduty_routing_key", "pagerduty", "aiwatch-unconfigured"),
    Secret("smtp_password", "email", "aiwatch-unconfigured"),
    Secret("heartbeat_token", "heartbeat", "aiwatch-unconfigured"),
    # the exporter's bearer token for the incident-log webhook (only needed when it has one)
    Secret("aiwatch_token", "incidents", "aiwatch-unconfigured", optional=True),
)
_BY_NAME = {s.name: s for s in SECRETS}
# Alertmanager 0.25 trims whitespace from the other files, not from this one.
_NOT_TRIMMED = frozenset({"smtp_password"})


def missing_secrets(secrets_dir: Path = SECRETS_DIR) -> list[str]:
    """Names of the secret files the committed config needs that `secrets_dir` lacks."""
    return [s.name for s in SECRETS if not s.optional and not (Path(secrets_dir) / s.name).is_file()]


def _check_url(name: str, url: str | None) -> None:
    if url is None:
        return
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{name} must be an http(s) URL with a host, got {url!r}")


def _check_smarthost(value: str | None) -> None:
    if value is None:
        return
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"smtp_smarthost must be host:port, got {value!r}")


def _routes(route: dict) -> Iterator[dict]:
    yield route
    for child in route.get("routes") or []:
        yield from _routes(child)


def _secret_path(path: str) -> str:
    """The secret file name a committed `*_file` path refers to (must be a known secret)."""
    name = Path(path).name
    if name not in _BY_NAME:
        raise ValueError(
            f"alertmanager.yml reads unknown secret file {path!r}; add it to aiwatch.stack.alertmanager.SECRETS"
        )
    return name


def file_fields(cfg: dict) -> Iterator[tuple[dict, str, str]]:
    """(mapping, key, secret name) for every secret-file reference in the config."""
    glob = cfg.get("global", {})
    for key in ("slack_api_url_file", "smtp_auth_password_file"):
        if key in glob:
            yield glob, key, _secret_path(glob[key])
    for rcv in cfg.get("receivers", []):
        for kind, items in rcv.items():
            if not kind.endswith("_configs"):
                continue
            for item in items:
                for key in ("api_url_file", "routing_key_file", "auth_password_file"):
                    if key in item:
                        yield item, key, _secret_path(item[key])
                auth = (item.get("http_config") or {}).get("authorization") or {}
                if "credentials_file" in auth:
                    yield auth, "credentials_file", _secret_path(auth["credentials_file"])


def render_alertmanager_config(
    out_dir: Path,
    *,
    pagerduty_url: str | None = None,
    slack_api_url: str | None = None,
    smtp_smarthost: str | None = None,
    smtp_require_tls: bool | None = None,
    heartbeat_url: str | None = None,
    secrets_dir: Path | None = None,
    timing: Mapping[str, str] | None = None,
    always_active: bool = False,
    local_inbox: Mapping[str, str] | None = None,
    source: Path = ALERTMANAGER_YML,
    incidents_url: str | None = None,
) -> Path:
    """Write `<out_dir>/alertmanager.yml` (plus placeholder secrets if needed); return its path.

    `local_inbox` maps slack, pagerduty, heartbeat (URLs) and email (host:port) to where a receiver
    without its secret sends instead (aiwatch.inbox.server.endpoints). Raises ValueError on a
    malformed override (bad URL, smarthost, duration or timing key).
    """
    for name, url in (
        ("pagerduty_url", pagerduty_url),
        ("slack_api_url", slack_api_url),
        ("heartbeat_url", heartbeat_url),
        ("incidents_url", incidents_url),
    ):
        _check_url(name, url)
    _check_smarthost(smtp_smarthost)
    inbox = dict(local_inbox or {})
    if inbox:
        missing = {"slack", "pagerduty", "heartbeat", "email"} - set(inbox)
        if missing:
            raise ValueError(f"local_inbox lacks {sorted(missing)}")
        for kind in ("slack", "pagerduty", "heartbeat"):
            _check_url(f"local_inbox {kind}", inbox[kind])
        _check_smarthost(inbox["email"])
    unconfigured_url = {
        k: inbox.get(k) or UNCONFIGURED_URL.format(kind=k) for k in ("slack", "pagerduty", "heartbeat")
    }
    unconfigured_smarthost = inbox.get("email") or UNCONFIGURED_SMARTHOST
    timing = dict(timing or {})
    unknown = sorted(set(timing) - set(TIMING_KEYS))
    if unknown:
        raise ValueError(f"unknown timing key(s) {unknown}; allowed: {list(TIMING_KEYS)}")
    for key, value in timing.items():
        if not is_duration(value):
            raise ValueError(f"timing {key} must be a duration like 30s or 15m, got {value!r}")

    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    secrets_dir = Path(secrets_dir).resolve() if secrets_dir else SECRETS_DIR
    cfg: dict[str, Any] = copy.deepcopy(yaml.safe_load(Path(source).read_text(encoding="utf-8")))

    # 1+2. Secret files: given value > file in secrets_dir > placeholder (receiver goes to loopback).
    given = {"slack_webhook_url": slack_api_url}
    gen_dir = out_dir / "secrets"
    resolved: dict[str, str] = {}
    unconfigured: set[str] = set()
    for holder, key, name in file_fields(cfg):
        if name not in resolved:
            value = given.get(name)
            if value is None and (secrets_dir / name).is_file():
                resolved[name] = str(secrets_dir / name)
                if name in _NOT_TRIMMED and (secrets_dir / name).read_bytes().endswith((b"\n", b" ")):
                    log.warning(
                        "alertmanager: %s ends with whitespace; Alertmanager 0.25 sends it as part "
                        "of the password (write it with printf '%%s')",
                        secrets_dir / name,
                    )
            else:
                if value is None:
                    secret = _BY_NAME[name]
                    value = unconfigured_url["slack"] if secret.kind == "slack" else secret.placeholder
                    if not secret.optional:
                        unconfigured.add(secret.kind)
                gen_dir.mkdir(mode=0o700, exist_ok=True)
                path = gen_dir / name
                path.write_text(value, encoding="utf-8")
                path.chmod(0o600)
                resolved[name] = str(path)
        holder[key] = resolved[name]

    glob = cfg.setdefault("global", {})
    if smtp_smarthost or "email" in unconfigured:
        glob["smtp_smarthost"] = smtp_smarthost or unconfigured_smarthost
    if smtp_require_tls is None and not smtp_smarthost and "email" in unconfigured and inbox:
        smtp_require_tls = False  # the local inbox speaks plain SMTP on loopback
    if smtp_require_tls is not None:
        glob["smtp_require_tls"] = bool(smtp_require_tls)
    for rcv in cfg.get("receivers", []):
        for item in rcv.get("pagerduty_configs", []):
            if pagerduty_url or "pagerduty" in unconfigured:
                item["url"] = pagerduty_url or unconfigured_url["pagerduty"]
        for item in rcv.get("webhook_configs", []):
            if rcv["name"] == "heartbeat" and (heartbeat_url or "heartbeat" in unconfigured):
                item["url"] = heartbeat_url or unconfigured_url["heartbeat"]
            if rcv["name"] == "incident-log":  # the exporter: its address here, else nowhere
                item["url"] = incidents_url or UNCONFIGURED_URL.format(kind="incidents")
        for item in rcv.get("email_configs", []):
            if smtp_smarthost or "email" in unconfigured:
                item.pop("smarthost", None)  # the global one applies

    # 3. Templates relative to the committed file.
    base = Path(source).resolve().parent
    cfg["templates"] = [str(base / t) if not Path(t).is_absolute() else t for t in cfg.get("templates", [])]

    # 4. Timing (fast profile, tests) and time-interval (tests) overrides.
    if timing:
        for route in _routes(cfg["route"]):
            for key in TIMING_KEYS:
                if key in route and key in timing:
                    route[key] = timing[key]
    if always_active:
        for ti in cfg.get("time_intervals", []):
            ti["time_intervals"] = [{"weekdays": ["sunday:saturday"]}]

    if unconfigured:
        log.warning(
            "alertmanager: no secret for %s in %s: those receivers point at %s",
            ", ".join(sorted(unconfigured)),
            secrets_dir,
            "the local inbox" if inbox else UNCONFIGURED_URL.format(kind="<kind>"),
        )
    path = out_dir / "alertmanager.yml"
    header = f"# Rendered by aiwatch.stack.alertmanager from {source}; do not edit (see docs/alerting.md).\n"
    path.write_text(header + yaml.safe_dump(cfg, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    """`python -m aiwatch.stack.alertmanager --out DIR [...]`: render for the native stack; prints the path."""
    p = argparse.ArgumentParser(
        prog="python -m aiwatch.stack.alertmanager", description=__doc__.splitlines()[0]
    )
    p.add_argument("--out", required=True, type=Path, help="directory for the rendered alertmanager.yml")
    p.add_argument("--secrets-dir", type=Path, default=SECRETS_DIR)
    p.add_argument("--pagerduty-url")
    p.add_argument("--smtp-smarthost")
    p.add_argument("--heartbeat-url")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    try:
        path = render_alertmanager_config(
            args.out,
            pagerduty_url=args.pagerduty_url,
            smtp_smarthost=args.smtp_smarthost,
            heartbeat_url=args.heartbeat_url,
            secrets_dir=args.secrets_dir,
        )
    except (OSError, ValueError) as exc:
        print(f"aiwatch.stack.alertmanager: {exc}", file=sys.stderr)
        return 2
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
