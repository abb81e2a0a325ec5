"""Which service made an LLM call, found from the call stack with no configuration.

Rule (first match wins):
1. `service=` given to instrument_openai, else the AIWATCH_SERVICE environment
   variable (read when the client is instrumented).
2. Walking the stack outward from the call, skip frames of aiwatch, openai,
   their HTTP stack (httpx, httpx2, httpcore, anyio, sniffio) and the standard
   library. The first frame whose file is NOT under site-packages/dist-packages
   names the service: its module's top-level package (`orchestrator.api.chat`
   → `orchestrator`); a generic first part (src, app, apps, services, lib, …)
   is passed over when a next part exists (`services.persona_runtime.main` →
   `persona_runtime`); for a script run directly (`__main__`) the file name
   without `.py` (`chat_service.py` → `chat_service`).
3. If every such frame is under site-packages (a service installed as a
   package), the first of those names it by the same rule.
4. Otherwise "unknown".

Each code object is classified once and cached, so attribution costs a few dict
lookups per call. The value then passes the recorder's cardinality guard,
which normalises it and bounds the number of distinct services.
"""

from __future__ import annotations

import os
import sys
import sysconfig
from types import CodeType, FrameType

UNKNOWN = "unknown"
_SKIP_PACKAGES = frozenset(
    {"aiwatch", "openai", "httpx", "httpx2", "httpcore", "httpcore2", "anyio", "sniffio", "_pytest", "pluggy"}
) | frozenset(sys.stdlib_module_names)
_GENERIC = frozenset(
    {"src", "app", "apps", "service", "services", "lib", "libs", "pkg", "packages", "internal", "backend"}
)
_SITE_MARKERS = (os.sep + "site-packages" + os.sep, os.sep + "dist-packages" + os.sep)
_STDLIB_DIRS = tuple(
    {os.path.join(os.path.realpath(p), "") for k in ("stdlib", "platstdlib") if (p := sysconfig.get_path(k))}
)

_SKIP, _SOFT, _APP = 0, 1, 2
_MAX_CACHE = 10_000
# Keyed by id(): code objects compare by value, so two identical helpers in
# different services would share an entry. The value holds the code object, so
# its id cannot be reused while cached.
_cache: dict[int, tuple[int, str, CodeType]] = {}


def service_from_module(module: str, filename: str) -> str:
    """The service name a module stands for (rule 2 above)."""
    if module == "__main__" or not module:
        base = os.path.basename(filename)
        return base[:-3] if base.endswith(".py") else (base or UNKNOWN)
    parts = module.split(".")
    if parts[0] in _GENERIC and len(parts) > 1:
        return parts[1]
    return parts[0]


def _classify(frame: FrameType) -> tuple[int, str]:
    g = frame.f_globals
    module = g.get("__name__") or ""
    filename = frame.f_code.co_filename
    if module == "__main__":
        spec = g.get("__spec__")  # `python -m pkg.mod` keeps the real name in the spec
        if spec is not None and getattr(spec, "name", None):
            module = spec.name
    top = module.split(".", 1)[0]
    if top in _SKIP_PACKAGES or filename.startswith("<"):
        return _SKIP, ""
    if any(m in filename for m in _SITE_MARKERS):
        return _SOFT, service_from_module(module, filename)
    if _STDLIB_DIRS and os.path.realpath(filename).startswith(_STDLIB_DIRS):
        return _SKIP, ""
    return _APP, service_from_module(module, filename)


def detect_service(frame: FrameType | None = None) -> str:
    """Service name for the current call stack (or from `frame` outward)."""
    f = frame if frame is not None else sys._getframe(1)
    soft: str | None = None
    cache = _cache
    while f is not None:
        code = f.f_code
        hit = cache.get(id(code))
        if hit is None:
            hit = (*_classify(f), code)
            if len(cache) >= _MAX_CACHE:
                cache.clear()
            cache[id(code)] = hit
        kind, name, _ = hit
        if kind == _APP:
            return name
        if kind == _SOFT and soft is None:
            soft = name
        f = f.f_back
    return soft or UNKNOWN
