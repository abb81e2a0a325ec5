"""Opt-in LRU response cache for identical non-streaming requests.

Bounded in entries and age so it can never grow without limit or serve a
stale answer forever. Keys are a digest of the endpoint plus the canonical
JSON of the request parameters; a request whose parameters cannot be
serialised (e.g. an open file) is simply not cached. A hit returns the very
object cached earlier: treat responses as read-only.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import OrderedDict
from typing import Any


def _jsonable(value: Any) -> Any:
    dump = getattr(value, "model_dump", None)  # pydantic models (typed message params)
    if callable(dump):
        return dump()
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(f"not cacheable: {type(value).__name__}")


class ResponseCache:
    """Thread-safe LRU with a TTL. Not shared across processes."""

    def __init__(self, max_entries: int = 1024, ttl_seconds: float = 300.0) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        if ttl_seconds <= 0:
            raise ValueError("ttl_seconds must be positive")
        self.max_entries = max_entries
        self.ttl_seconds = ttl_seconds
        self._data: OrderedDict[str, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(endpoint: str, params: dict[str, Any]) -> str | None:
        """Cache key of a request, or None when it cannot be cached."""
        try:
            raw = json.dumps([endpoint, params], sort_keys=True, default=_jsonable, separators=(",", ":"))
        except (TypeError, ValueError):
            return None
        return hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()

    def get(self, key: str) -> Any | None:
        now = time.monotonic()
        with self._lock:
            item = self._data.get(key)
            if item is None:
                return None
            if item[0] <= now:
                del self._data[key]
                return None
            self._data.move_to_end(key)
            return item[1]

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self._data[key] = (time.monotonic() + self.ttl_seconds, value)
            self._data.move_to_end(key)
            while len(self._data) > self.max_entries:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)
