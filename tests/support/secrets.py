"""What a secret looks like: used to scan the tree (tests/alertmanager) and log output (tests/reliability)."""

from __future__ import annotations

import re

# What a committed secret looks like. Inline keys are forbidden anywhere: the
# config reads every credential from a *_file.
SECRET_PATTERNS = {
    "Slack webhook URL": re.compile(
        r"hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{16,}"
    ),
    "PagerDuty routing key": re.compile(
        r"(?i)(routing|service|integration)[_ -]?key\W{0,4}\s*[:=]?\s*[\"']?[0-9a-f]{32}\b"
    ),
    "inline secret field": re.compile(
        r"^\s*(smtp_auth_password|auth_password|smtp_auth_secret|auth_secret|routing_key|service_key"
        r"|slack_api_url|api_url)\s*:\s*\S",
        re.MULTILINE,
    ),
}


# "inline secret field" is a config-file shape; Python keyword arguments may share the names.
CONFIG_SUFFIXES = {
    ".yml",
    ".yaml",
    ".json",
    ".toml",
    ".ini",
    ".cfg",
    ".conf",
    ".env",
    ".example",
    ".tmpl",
    "",
}


def find_secrets(text: str, suffix: str = ".yml") -> list[str]:
    return [
        name
        for name, rx in SECRET_PATTERNS.items()
        if (name != "inline secret field" or suffix in CONFIG_SUFFIXES) and rx.search(text)
    ]
