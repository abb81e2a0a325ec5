"""Is an Alertmanager receiver real, or a local stand-in?

The doctor reads the configuration Alertmanager has loaded (GET /api/v2/status)
and judges every integration of a receiver by where it would send:

- a URL or SMTP smarthost on loopback, or in a domain reserved for examples and
  tests (example.com/.net/.org, *.example, *.invalid, *.test, *.localhost), is a
  stand-in; so is the placeholder the native stack renders for a missing secret
  (a path with `aiwatch-unconfigured`);
- a credential read from a `*_file` that is missing, empty, or still a
  placeholder (`aiwatch-unconfigured`, `REPLACE-WITH-...`) is missing; a file
  the doctor cannot read (Alertmanager runs elsewhere) cannot be verified;
- e-mail recipients in a reserved domain are stand-ins.

`trusted` (config/doctor.yaml `trusted_receivers`) lists hosts, host:port pairs
or e-mail domains to accept anyway: a relay on the same host, or loopback sinks
in a test.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

PAGING: Final = frozenset({"pagerduty", "opsgenie", "victorops"})
RESERVED_DOMAINS: Final = ("example.com", "example.net", "example.org")
RESERVED_SUFFIXES: Final = (".example", ".invalid", ".test", ".localhost")
PLACEHOLDERS: Final = ("aiwatch-unconfigured", "replace-with")
# integration kind -> (URL field, its *_file variant, default URL)
URLS: Final = {
    "pagerduty": ("url", None, "https://events.pagerduty.com/v2/enqueue"),
    "slack": ("api_url", "api_url_file", None),
    "webhook": ("url", "url_file", None),
    "opsgenie": ("api_url", None, "https://api.opsgenie.com/"),
    "victorops": ("api_url", None, "https://alert.victorops.com/integrations/generic/20131114/alert/"),
    "msteams": ("webhook_url", "webhook_url_file", None),
    "discord": ("webhook_url", "webhook_url_file", None),
    "webex": ("api_url", None, "https://webexapis.com/v1/messages"),
    "telegram": ("api_url", None, "https://api.telegram.org"),
    "pushover": ("url", None, "https://api.pushover.net/1/messages.json"),
    "wechat": ("api_url", None, "https://qyapi.weixin.qq.com/cgi-bin/"),
}
SECRET_FILES: Final = (
    "routing_key_file",
    "service_key_file",
    "api_key_file",
    "auth_password_file",
    "token_file",
)
GLOBAL_URLS: Final = {
    "slack": ("slack_api_url", "slack_api_url_file"),
    "opsgenie": ("opsgenie_api_url", None),
}


@dataclass(frozen=True)
class Verdict:
    receiver: str
    kind: str  # pagerduty, slack, email, webhook, ...
    problems: tuple[str, ...]  # empty: real
    unverified: tuple[str, ...] = ()  # could not be checked from here

    @property
    def real(self) -> bool:
        return not self.problems


def _trusted(host: str, port: int | None, trusted: frozenset[str]) -> bool:
    return host in trusted or (port is not None and f"{host}:{port}" in trusted)


def host_problem(host: str, port: int | None, trusted: frozenset[str]) -> str | None:
    """Why sending to host[:port] reaches no one real, or None."""
    host = host.lower().strip("[]")
    if _trusted(host, port, trusted):
        return None
    where = f"{host}:{port}" if port else host
    try:
        ip = ipaddress.ip_address(host)
        if ip.is_loopback or ip.is_unspecified:
            return f"{where} is a loopback address (a local stand-in)"
    except ValueError:
        if host == "localhost" or host.endswith(RESERVED_SUFFIXES) or host in RESERVED_DOMAINS:
            return f"{where} is a reserved example/test name"
        if host.endswith(tuple("." + d for d in RESERVED_DOMAINS)):
            return f"{where} is a reserved example/test name"
    return None


def url_problem(url: str, trusted: frozenset[str]) -> str | None:
    if "aiwatch-unconfigured" in url:
        return f"{url} is the placeholder for a missing secret"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{url!r} is not an http(s) URL"
    try:
        port = parts.port
    except ValueError:
        return f"{url!r} has an invalid port"
    return host_problem(parts.hostname, port, trusted)


def _read_secret(path: str) -> tuple[str | None, str | None]:
    """(content, None), or (None, why it is missing), or (None, None) when it cannot be read from here."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None, None if not p.parent.exists() else f"secret file {path} does not exist"
    except OSError:
        return None, None
    if not text:
        return None, f"secret file {path} is empty"
    if text.lower().startswith(PLACEHOLDERS):
        return None, f"secret file {path} holds a placeholder, not a credential"
    return text, None


def judge(
    name: str, receiver: dict[str, Any], glob: dict[str, Any], trusted: frozenset[str]
) -> list[Verdict]:
    """One verdict per integration of `receiver` (an entry of the loaded config's `receivers`)."""
    out: list[Verdict] = []
    for key, items in receiver.items():
        if not key.endswith("_configs") or not isinstance(items, list):
            continue
        kind = key.removesuffix("_configs")
        for item in items:
            problems: list[str] = []
            unverified: list[str] = []

            def secret(
                path: str, problems: list[str] = problems, unverified: list[str] = unverified
            ) -> str | None:
                content, problem = _read_secret(path)
                if problem:
                    problems.append(problem)
                elif content is None:
                    unverified.append(f"{path} (not readable from here)")
                return content

            if kind == "email":
                smarthost = item.get("smarthost") or glob.get("smtp_smarthost") or ""
                host, _, port = str(smarthost).rpartition(":")
                if not host:
                    problems.append("no SMTP smarthost")
                else:
                    p = host_problem(host, int(port) if port.isdigit() else None, trusted)
                    if p:
                        problems.append(f"smarthost {p}")
                for addr in str(item.get("to") or "").split(","):
                    domain = addr.strip().rpartition("@")[2].lower().rstrip(">")
                    if domain and domain not in trusted and host_problem(domain, None, frozenset()):
                        problems.append(f"recipient {addr.strip()} is in a reserved example domain")
                pw = item.get("auth_password_file") or glob.get("smtp_auth_password_file")
                if pw:
                    secret(pw)
            elif kind in URLS:
                field, file_field, default = URLS[kind]
                url = item.get(field)
                url_file = item.get(file_field) if file_field else None
                g_url, g_file = GLOBAL_URLS.get(kind, (None, None))
                if not url and not url_file:
                    url = glob.get(g_url) if g_url else None
                    url_file = glob.get(g_file) if g_file else None
                if url_file:
                    url = secret(url_file)
                elif url == "<secret>":
                    unverified.append(f"{kind} URL (masked by Alertmanager)")
                    url = None
                elif not url:
                    url = default
                    if url is None:
                        problems.append(f"no {field}")
                if url:
                    p = url_problem(str(url), trusted)
                    if p:
                        problems.append(p)
                for f in SECRET_FILES:
                    if item.get(f):
                        secret(item[f])
                auth = (item.get("http_config") or {}).get("authorization") or {}
                if auth.get("credentials_file"):
                    secret(auth["credentials_file"])
            else:
                unverified.append(f"{kind} integration (not checked)")
            out.append(Verdict(name, kind, tuple(problems), tuple(unverified)))
    return out
