"""Assemble the catalogue: every rule group, by file, for one profile."""

from __future__ import annotations

from ..paths import CONFIG_DIR
from .alerts import AlertFactory, cost_alerts, meta_alerts, quality_alerts, security_alerts, slo_alerts
from .model import Catalogue, Group
from .otel import FILE as OTEL_FILE
from .otel import GROUP as OTEL_GROUP
from .otel import otel_records
from .records import recording_rules, slo_recording_rules
from .thresholds import FILE_NAME, PROFILE_NAMES, Thresholds, load_thresholds


def build(thresholds: Thresholds | None = None, profile: str = "default") -> Catalogue:
    """The catalogue for `profile` (default | fast) from loaded thresholds (default: the repository's
    config/thresholds.yaml; generated files never depend on $AIWATCH_CONFIG_DIR)."""
    t = thresholds or load_thresholds(CONFIG_DIR / FILE_NAME)
    p = t.profile(profile)
    a = AlertFactory(t, p)
    groups = (
        Group("ai-recording", "ai-recording.rules.yml", tuple(recording_rules(t, p))),
        Group("ai-slo-recording", "ai-slo.rules.yml", tuple(slo_recording_rules(t, p))),
        Group("ai-alerts-quality", "ai-alerts-quality.rules.yml", tuple(quality_alerts(t, a))),
        Group("ai-alerts-cost", "ai-alerts-cost.rules.yml", tuple(cost_alerts(t, a, p))),
        Group("ai-alerts-security", "ai-alerts-security.rules.yml", tuple(security_alerts(t, a))),
        Group("ai-alerts-slo", "ai-alerts-slo.rules.yml", tuple(slo_alerts(t, a))),
        Group("aiwatch-meta", "meta.rules.yml", tuple(meta_alerts(t, a, p))),
        # optional: loaded only when the operator adds rules/optional/ to rule_files (docs/otel.md)
        Group(OTEL_GROUP, OTEL_FILE, tuple(otel_records(t)), optional=True),
    )
    return Catalogue(t, p, groups)


__all__ = ["PROFILE_NAMES", "build"]
