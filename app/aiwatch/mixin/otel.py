"""Optional rule group: OpenTelemetry GenAI client metrics already in Prometheus, as aiwatch's metrics.

Teams whose OTel metrics reach Prometheus without aiwatch's exporter (Prometheus's OTLP receiver, or
the Collector's `prometheus` / `prometheusremotewrite` exporter, default underscore translation) have
`gen_ai_client_operation_duration_seconds_*` and `gen_ai_client_token_usage_*`, not `ai_requests_total`
and the rest. This group records, series for series, the metrics the `ai:*` layer is built from
(`ai_requests_total`, `ai_errors_total`, `ai_tokens_total`, `ai_request_duration_seconds_*`,
`ai_time_to_first_token_seconds_*`) with aiwatch's labels, so every record, alert and dashboard reads
them unchanged (docs/otel.md).

Why these names and 1:1 copies, not new `ai:*` records: the `ai:*` layer has ~80 records over windows
from 5m to 3d; feeding it at the raw level keeps one formula per record. Each copy is one source
series relabelled (no aggregation), so a counter copy resets exactly when its source does and `rate()`
stays right. The copies keep every source label (`job`, `instance`, `gen_ai_*`); the `ai:*` records
aggregate them away.

The group is rendered into `rules/optional/`, which `rules/*.yml` does not match: an operator loads it
by adding it to `rule_files`, so a service that also sends to the exporter is never counted twice.

Cost is not in it: OTel metrics carry no price. `python -m aiwatch.mixin otel-pricing` renders a
second, uncommitted file that prices the token copies for named models from the exporter's pricing
source (`pricing_rules`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ..error_types import (
    ERROR_TYPE_OF_CLASS,
    ERROR_TYPE_OF_WORD,  # the words error_type_from_name accepts
)
from ..otlp import INFERENCE_OPERATIONS
from ..otlp.metrics import DURATION, INPUT_TYPES, OUTPUT_TYPES, TOKEN_USAGE
from ..pricing import Pricing
from .model import Record
from .promql import indent, le_matcher, num
from .render import GENERATOR, dump_yaml
from .thresholds import Thresholds, bucket_thresholds

GROUP = "ai-otel-metrics"
FILE = "optional/ai-otel-metrics.rules.yml"
PRICING_GROUP = "ai-otel-pricing"
PRICING_FILE = "ai-otel-pricing.rules.yml"
PRICE_RECORD = "ai:price_usd_per_token"
TIME_TO_FIRST_CHUNK = "gen_ai.client.operation.time_to_first_chunk"  # unit s, streaming calls only
WITH_SUFFIXES = "UnderscoreEscapingWithSuffixes"

# Labels as the underscore translation writes the attributes.
OPERATION = "gen_ai_operation_name"
TOKEN_TYPE = "gen_ai_token_type"
ERROR_TYPE = "error_type"
ORIGINAL_ERROR_TYPE = "otel_error_type"  # where the copy keeps the instrumentation's own error.type
# (target label, source label, regex): applied in order, a later match wins. The model is the
# requested one when known, as in OTLP ingest; the service is `service_name` when a resource attribute
# was promoted, else the `job` the translation derives from service.namespace/service.name, without the
# namespace (services are named by service.name everywhere in aiwatch).
IDENTITY = (
    ("model", "", ""),  # "unknown" when neither model attribute is set
    ("model", "gen_ai_response_model", "(.+)"),
    ("model", "gen_ai_request_model", "(.+)"),
    ("service", "job", "(?:.*/)?(.+)"),
    ("service", "service_name", "(.+)"),
)


def prom_name(otel_name: str, unit: str, strategy: str) -> str:
    """The metric name an underscore translation gives an OTel instrument ({token}-style units add nothing)."""
    base = re.sub(r"[^a-zA-Z0-9:]+", "_", otel_name)
    return f"{base}_{unit}" if unit and strategy == WITH_SUFFIXES else base


@dataclass(frozen=True)
class Sources:
    """The three OTel histograms, by their names in Prometheus."""

    duration: str
    token_usage: str
    ttft: str

    @classmethod
    def of(cls, t: Thresholds) -> Sources:
        s = t.otel_metrics.translation_strategy
        return cls(
            duration=prom_name(DURATION, "seconds", s),
            token_usage=prom_name(TOKEN_USAGE, "", s),
            ttft=prom_name(TIME_TO_FIRST_CHUNK, "seconds", s),
        )


def q(text: str) -> str:
    """A PromQL string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label_replace(expr: str, dst: str, replacement: str, src: str, regex: str) -> str:
    return f"label_replace(\n  {indent(expr)},\n  {q(dst)}, {q(replacement)}, {q(src)}, {q(regex)}\n)"


def alternation(values: Iterable[str]) -> str:
    return "|".join(re.escape(v) for v in sorted(values))


def inference(metric: str, *matchers: str) -> str:
    """`metric` restricted to inference calls: agent and tool operations wrap calls counted on their own."""
    return f"{metric}{{{', '.join((f'{OPERATION}=~{q(alternation(INFERENCE_OPERATIONS))}', *matchers))}}}"


def identify(expr: str) -> str:
    """Give each series aiwatch's `model` and `service` labels (see IDENTITY)."""
    for dst, src, regex in IDENTITY:
        expr = label_replace(expr, dst, "unknown" if not src else "$1", src, regex)
    return expr


# --------------------------------------------------------------------------- error types


# HTTP statuses of failed calls, by the error type error_types.error_type_for_status gives them.
STATUS_REGEX = {
    "client": "0*4[0-9]{2}",
    "rate_limit": "0*429",
    "server": "0*(?:[5-9][0-9]{2}|[1-9][0-9]{3,})",
}
# Order of the typed levels: rate_limit after client, because 429 is also a 4xx.
LEVEL_ORDER = ("timeout", "server", "content_filter", "client", "rate_limit")


def error_type_levels() -> list[tuple[str, str]]:
    """(error_type, RE2 regex over the whole `error.type` value), lowest precedence first.

    Applied in this order by label_replace, a later match overrides an earlier one, so the result is
    what aiwatch.error_types.error_type_from_name returns: anything is `other`; "timeout" anywhere is
    `timeout`; an exception class name, a provider word or an HTTP status names its type (these three
    never match the same value). A test checks the two agree.
    """

    def wrapped(p: str) -> str:  # also the "<class 'openai.RateLimitError'>" form; blanks around ignored
        return rf"\s*(?:(?:{p})|<class '(?:{p})'>)\s*"

    levels = [("other", ".+"), ("timeout", ".*(?i:timeout|timedout).*")]
    for et in LEVEL_ORDER:
        forms = []
        names = [n for n, v in ERROR_TYPE_OF_CLASS.items() if v == et]
        if names:
            forms.append(rf"(?:.*\.)?(?:{alternation(names)})")
        words = [w for w, v in ERROR_TYPE_OF_WORD.items() if v == et]
        if words:
            forms.append(f"(?i:{alternation(words)})")
        if et in STATUS_REGEX:
            forms.append(STATUS_REGEX[et])
        levels.append((et, wrapped("|".join(forms))))
    return levels


def classify(expr: str) -> str:
    """Map `error_type` onto aiwatch's error types; the instrumentation's value moves to otel_error_type."""
    expr = label_replace(expr, ORIGINAL_ERROR_TYPE, "$1", ERROR_TYPE, "(.+)")
    for et, regex in error_type_levels():
        expr = label_replace(expr, ERROR_TYPE, et, ORIGINAL_ERROR_TYPE, regex)
    return expr


# --------------------------------------------------------------------------- buckets


def stand_ins(t: Thresholds, histogram: str) -> dict[float, float]:
    """{aiwatch threshold: OTel bound read for it}, for the thresholds on `histogram` (an aiwatch name)
    that are not OTel bucket bounds.

    The rules read "calls slower than 2 s" off a bucket with le="2". The OTel histograms have no such
    bound, so the copy gets a bucket le="2" holding the OTel bucket of the next bound up (2.56): the
    alert then counts calls slower than 2.56 s. Never more than the true number of calls slower than
    2 s, so it does not fire on calls faster than the threshold; calls between 2 and 2.56 s go uncounted.
    """
    bounds = t.otel_metrics.duration_buckets
    out = {}
    for threshold in sorted(set(bucket_thresholds(t).get(histogram, {}).values())):
        if threshold not in bounds:
            out[threshold] = min(b for b in bounds if b >= threshold)
    return out


def buckets(metric: str, moved: dict[float, float]) -> str:
    """`metric`'s buckets, plus a stand-in bucket at each moved threshold."""
    expr = inference(metric)
    for threshold, bound in moved.items():
        expr += f"\nor\n{label_replace(inference(metric, le_matcher(bound)), 'le', num(threshold), '', '')}"
    return expr


# --------------------------------------------------------------------------- the group


def requests(t: Thresholds) -> str:
    return identify(inference(f"{Sources.of(t).duration}_count"))


def tokens(t: Thresholds) -> str:
    """Token counts by aiwatch token type: input -> prompt, output -> completion (cached tokens are inside
    input in OTel, as in aiwatch's prompt; OTel metrics have no cached split)."""
    expr = inference(
        f"{Sources.of(t).token_usage}_sum", f"{TOKEN_TYPE}=~{q(alternation(INPUT_TYPES | OUTPUT_TYPES))}"
    )
    expr = label_replace(expr, "token_type", "prompt", TOKEN_TYPE, alternation(INPUT_TYPES))
    expr = label_replace(expr, "token_type", "completion", TOKEN_TYPE, alternation(OUTPUT_TYPES))
    return identify(expr)


LABELS = "model, service, + the source series' labels (job, instance, gen_ai_*)"


def otel_records(t: Thresholds) -> list[Record]:
    """The optional group: 1:1 copies of the OTel series under the names the ai:* records read."""
    src = Sources.of(t)
    out = [
        Record(
            "ai_requests_total",
            requests(t),
            LABELS,
            f"calls, from {src.duration}_count (inference operations)",
        ),
        Record(
            "ai_errors_total",
            classify(identify(inference(f"{src.duration}_count", f'{ERROR_TYPE}!=""'))),
            f"{LABELS}, error_type, {ORIGINAL_ERROR_TYPE}",
            f"failed calls (error_type set), error.type mapped onto aiwatch's error types; the original in "
            f"{ORIGINAL_ERROR_TYPE}",
        ),
        Record(
            "ai_tokens_total",
            tokens(t),
            f"{LABELS}, token_type",
            f"tokens from {src.token_usage}_sum: input -> prompt, output -> completion",
        ),
    ]
    for name, metric, what in (
        ("ai_request_duration_seconds", src.duration, "call duration"),
        ("ai_time_to_first_token_seconds", src.ttft, "time to first chunk (streaming calls)"),
    ):
        moved = stand_ins(t, name)
        text = ", ".join(f'le="{num(a)}" holds le="{num(b)}"' for a, b in moved.items())
        out += [
            Record(
                f"{name}_bucket",
                identify(buckets(f"{metric}_bucket", moved)),
                f"{LABELS}, le",
                f"{what} buckets from {metric}_bucket"
                + (f", plus threshold stand-ins ({text})" if text else ""),
            ),
            Record(f"{name}_count", identify(inference(f"{metric}_count")), LABELS, f"{what} observations"),
            Record(f"{name}_sum", identify(inference(f"{metric}_sum")), LABELS, f"{what} sum in seconds"),
        ]
    return out


# --------------------------------------------------------------------------- pricing (not committed)


@dataclass(frozen=True)
class Price:
    model: str
    input: float  # USD per token
    output: float


def prices(models: Sequence[str], pricing: Pricing) -> tuple[list[Price], list[str]]:
    """(priced models, models without a price), resolved as the exporter resolves them."""
    priced, unpriced = [], []
    for model in sorted(set(models)):
        rate = pricing.rate(model.strip().lower())
        if rate is None:
            unpriced.append(model)
        else:
            priced.append(Price(model, rate.input, rate.output))
    return priced, unpriced


def pricing_records(t: Thresholds, table: Sequence[Price]) -> list[Record]:
    """Cost and unpriced calls of the OTel copies, priced from `table` (exact model names)."""
    if not table:
        raise ValueError("no model has a price: nothing to render")
    rows = []
    for p in table:
        for token_type, usd in (("prompt", p.input), ("completion", p.output)):
            one = label_replace(f"vector({usd!r})", "model", p.model, "", "")
            rows.append(label_replace(one, "token_type", token_type, "", ""))
    return [
        Record(
            PRICE_RECORD,
            "\nor\n".join(rows),
            "model, token_type",
            "USD per token by model and token type, from the pricing source when rendered",
        ),
        Record(
            "ai_cost_usd_total",
            f"{tokens(t)}\n* on (model, token_type) group_left ()\n{PRICE_RECORD}",
            f"{LABELS}, token_type",
            "USD by token type for priced models (input tokens all at the input rate)",
        ),
        Record(
            "ai_unpriced_requests_total",
            f"{requests(t)}\nunless on (model)\n{PRICE_RECORD}",
            LABELS,
            "calls to models missing from the price table",
        ),
    ]


def render_pricing(t: Thresholds, models: Sequence[str], pricing: Pricing) -> tuple[str, list[str]]:
    """(rule file text, models without a price) for `python -m aiwatch.mixin otel-pricing`."""
    table, unpriced = prices(models, pricing)
    records = pricing_records(t, table)
    doc = {"groups": [{"name": PRICING_GROUP, "rules": [r.to_dict() for r in records]}]}
    header = (
        f"# GENERATED by `{GENERATOR} otel-pricing` on {date.today().isoformat()} from aiwatch's pricing\n"
        "# source (genai-prices and config/pricing.yaml) - do not edit; regenerate when prices or models change.\n"
        f"# Prices the OTel token copies of rules/{FILE}: load both (docs/otel.md).\n"
        f"# Priced: {', '.join(p.model for p in table)}.\n"
        f"# No price (their calls count in ai_unpriced_requests_total): {', '.join(unpriced) or 'none'}.\n"
    )
    return header + dump_yaml(doc), unpriced
