"""The SDK's parts on their own: service attribution, the response cache, the exporter sink's queue."""

from __future__ import annotations

import importlib
import json
import sys
import threading
from http.server import ThreadingHTTPServer

import pytest
from aiwatch.config import Limits
from aiwatch.events import Event, event_json, validate_event
from aiwatch.instrument import ExporterSink, ResponseCache, detect_service
from aiwatch.instrument import cache as cache_mod
from aiwatch.instrument.attribution import service_from_module
from support.standins import JsonHandler


# -- attribution ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("module", "filename", "expected"),
    [
        ("orchestrator.api.chat", "/srv/orchestrator/api/chat.py", "orchestrator"),
        ("services.persona_runtime.main", "/srv/services/persona_runtime/main.py", "persona_runtime"),
        ("src.rag_search", "/srv/src/rag_search.py", "rag_search"),
        ("app", "/srv/app.py", "app"),
        ("__main__", "/srv/bin/chat_service.py", "chat_service"),
    ],
)
def test_service_from_module_rule(module, filename, expected):
    assert service_from_module(module, filename) == expected


def _write_pkg(root, rel, body):
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body)


def test_detect_service_walks_past_libraries_to_the_application(tmp_path, monkeypatch):
    call = "from aiwatch.instrument import detect_service\n\ndef who():\n    return detect_service()\n"
    # an application package that calls through an installed library
    _write_pkg(
        tmp_path / "app_src",
        "services/agent_runtime/__init__.py",
        "import vendorlib\n\ndef handle():\n    return vendorlib.complete()\n",
    )
    _write_pkg(tmp_path / "app_src", "services/__init__.py", "")
    site = tmp_path / "venv" / "lib" / "site-packages"
    _write_pkg(
        site, "vendorlib/__init__.py", "from . import inner\n\ndef complete():\n    return inner.who()\n"
    )
    _write_pkg(site, "vendorlib/inner.py", call)
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.syspath_prepend(str(tmp_path / "app_src"))
    try:
        app = importlib.import_module("services.agent_runtime")
        vendorlib = importlib.import_module("vendorlib")
        assert app.handle() == "agent_runtime"  # the library frames are passed over
        # called straight from this test: the test module is the first application frame
        assert vendorlib.complete() == "test_sdk_parts"
        assert detect_service() == "test_sdk_parts"
    finally:
        for name in ("services.agent_runtime", "services", "vendorlib", "vendorlib.inner"):
            sys.modules.pop(name, None)


def test_detect_service_falls_back_to_an_installed_package():
    def fake_frame(name, filename, back=None):
        code = compile("pass", filename, "exec")
        return type("F", (), {"f_globals": {"__name__": name}, "f_code": code, "f_back": back})()

    outer = fake_frame("gunicorn.app", "/venv/lib/python3.11/site-packages/gunicorn/app.py")
    svc = fake_frame("billing.views", "/venv/lib/python3.11/site-packages/billing/views.py", outer)
    inner = fake_frame("openai.resources.chat", "/venv/lib/python3.11/site-packages/openai/c.py", svc)
    assert detect_service(inner) == "billing"
    assert detect_service(fake_frame("openai._client", "/venv/site-packages/openai/x.py")) == "unknown"


# -- response cache --------------------------------------------------------------
def test_cache_is_lru_and_bounded():
    c = ResponseCache(max_entries=2, ttl_seconds=60)
    k = [
        ResponseCache.key("chat", {"model": "m", "messages": [{"role": "user", "content": str(i)}]})
        for i in range(3)
    ]
    assert len(set(k)) == 3
    c.put(k[0], "r0")
    c.put(k[1], "r1")
    assert c.get(k[0]) == "r0"  # k0 is now most recent
    c.put(k[2], "r2")  # evicts k1
    assert (c.get(k[0]), c.get(k[1]), c.get(k[2]), len(c)) == ("r0", None, "r2", 2)


def test_cache_entries_expire_after_ttl(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(cache_mod.time, "monotonic", lambda: now[0])
    c = ResponseCache(max_entries=4, ttl_seconds=30)
    c.put("k", "v")
    now[0] += 29.9
    assert c.get("k") == "v"
    now[0] += 0.2
    assert c.get("k") is None and len(c) == 0


def test_cache_key_is_order_independent_and_skips_uncacheable_params():
    a = ResponseCache.key("chat", {"model": "m", "temperature": 0, "messages": []})
    b = ResponseCache.key("chat", {"messages": [], "temperature": 0, "model": "m"})
    assert a == b and a != ResponseCache.key("responses", {"model": "m", "temperature": 0, "messages": []})
    assert ResponseCache.key("chat", {"model": "m", "file": object()}) is None
    with pytest.raises(ValueError, match="max_entries"):
        ResponseCache(max_entries=0)


# -- exporter sink -----------------------------------------------------------------
def _event(**kw) -> Event:
    base = {
        "model": "gpt-4o",
        "service": "svc",
        "prompt_tokens": 3,
        "completion_tokens": 2,
        "duration_seconds": 0.5,
        "status": "ok",
    }
    return Event(**{**base, **kw})


def test_event_json_is_what_the_exporter_validates():
    ev = _event(
        status="error",
        error_type="timeout",
        cached_prompt_tokens=1,
        ttft_seconds=0.1,
        confidence=0.9,
        cache_hit=False,
    )
    wire = event_json(ev)
    problems: list = []
    assert validate_event(json.loads(json.dumps(wire)), 0, Limits(), problems) == ev and problems == []
    assert set(event_json(_event())) == {
        "model",
        "service",
        "prompt_tokens",
        "completion_tokens",
        "duration_seconds",
        "status",
    }


class _Gate:
    """A loopback /v1/events endpoint that holds every request until released."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.arrived = threading.Event()
        self.bodies: list[dict] = []
        gate = self

        class H(JsonHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                gate.bodies.append({"auth": self.headers.get("Authorization"), **body})
                gate.arrived.set()
                gate.release.wait(10)
                self.reply_json(202, {"accepted": len(body["events"])})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def test_full_queue_drops_and_counts_without_blocking_the_caller():
    gate = _Gate()
    sink = ExporterSink(gate.url, token="s3cret", batch_size=1, max_queue=2, flush_interval=0.05)
    try:
        sink.record(_event())
        assert gate.arrived.wait(10)  # the worker is now stuck in that POST
        for _ in range(3):
            sink.record(_event())  # 2 fit in the queue, the third is dropped at once
        assert sink.dropped_queue_full == 1
        gate.release.set()
        assert sink.flush(timeout=10)
        assert sink.stats() == {
            "sent": 3,
            "batches": 3,
            "verdicts_sent": 0,
            "retries": 0,
            "queued": 0,
            "dropped_queue_full": 1,
            "dropped_unreachable": 0,
            "dropped_rejected": 0,
        }
        assert gate.bodies[0]["auth"] == "Bearer s3cret"
    finally:
        sink.close(timeout=5)
        gate.stop()
    sink.record(_event())  # after close: counted, not raised
    assert sink.dropped_queue_full == 2


def test_batches_up_to_batch_size():
    gate = _Gate()
    gate.release.set()
    sink = ExporterSink(gate.url, batch_size=50, flush_interval=5.0)
    try:
        for _ in range(120):
            sink.record(_event())
        assert sink.flush(timeout=10)
        assert sorted(len(b["events"]) for b in gate.bodies) == [20, 50, 50]
        assert sink.sent == 120 and sink.dropped == 0
    finally:
        sink.close(timeout=5)
        gate.stop()


def test_unreachable_exporter_is_retried_with_backoff_then_dropped(caplog):
    from aiwatch.stack.processes import free_port

    sink = ExporterSink(
        f"http://127.0.0.1:{free_port()}",
        max_retries=2,
        backoff_initial=0.01,
        flush_interval=0.01,
        timeout=1.0,
    )
    try:
        with caplog.at_level("WARNING", logger="aiwatch.instrument"):
            sink.record(_event())
            sink.record(_event())
            assert sink.flush(timeout=10)
        assert (sink.dropped_unreachable, sink.retries, sink.sent) == (2, 2, 0)
        assert "dropped 2 events after 3 attempts" in caplog.text
    finally:
        sink.close(timeout=5)


def test_bad_settings_are_rejected():
    with pytest.raises(ValueError, match="batch_size"):
        ExporterSink("http://127.0.0.1:1", batch_size=0)
