"""OTLP attribute values (AnyValue, KeyValue lists) as plain Python values."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import DEFAULT_SERVICE


def value(v: Any) -> Any:
    """An AnyValue as str, bool, int, float, bytes, list, dict or None. Nesting is bounded by
    the protobuf parser's recursion limit."""
    kind = v.WhichOneof("value")
    if kind is None:
        return None
    if kind == "array_value":
        return [value(x) for x in v.array_value.values]
    if kind == "kvlist_value":
        return {kv.key: value(kv.value) for kv in v.kvlist_value.values}
    return getattr(v, kind)


def attributes(kvs: Iterable[Any], prefix: str | None = None) -> dict[str, Any]:
    """A KeyValue list as a dict (the last value wins for a repeated key), optionally only the
    keys that start with `prefix`."""
    if prefix is None:
        return {kv.key: value(kv.value) for kv in kvs}
    return {kv.key: value(kv.value) for kv in kvs if kv.key.startswith(prefix)}


def service_name(resource: Any) -> str:
    """The resource's service.name (the `service` label), as OTel SDKs default it when unset."""
    for kv in resource.attributes:
        if kv.key == "service.name" and kv.value.WhichOneof("value") == "string_value":
            return kv.value.string_value.strip() or DEFAULT_SERVICE
    return DEFAULT_SERVICE
