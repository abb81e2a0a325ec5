"""A local OpenAI-compatible HTTP server: the stand-in for the LLM provider in tests and demos.

Speaks /v1/chat/completions (JSON and SSE streaming, usage, logprobs),
/v1/responses (JSON and SSE) and /v1/embeddings on 127.0.0.1, with failures a
caller can script: an HTTP status with an error code, a delay (for client
timeouts) and the content_filter finish reason. Replies are deterministic so
tests can assert exact token counts:

- prompt tokens = number of whitespace-separated words in the request's text
  (chat messages, responses `input`, embeddings `input`);
- the reply is `reply` (default "Hello from the fake model", 5 words), one
  word per streamed chunk, completion tokens = its word count;
- cached prompt tokens = `cached_tokens` (capped at the prompt tokens);
- each reply token has logprob ln(`token_prob`) when logprobs are requested.

Usage:
    with FakeOpenAI() as fake:
        client = openai.OpenAI(base_url=fake.base_url, api_key="test", max_retries=0)
        fake.fail_next(429)            # next request gets a 429 rate_limit_exceeded
        fake.delay_next(2.0)           # next request waits 2 s before answering
        fake.filter_next()             # next completion ends with finish_reason content_filter
    fake.requests                      # every (path, json body) received, in order
"""

from __future__ import annotations

import base64
import contextlib
import json
import math
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .stack.processes import LOOPBACK, serve_until_signalled

_ERROR_TYPES = {
    400: ("invalid_request_error", "invalid_request"),
    401: ("invalid_request_error", "invalid_api_key"),
    404: ("invalid_request_error", "model_not_found"),
    429: ("rate_limit_error", "rate_limit_exceeded"),
    500: ("server_error", "server_error"),
    503: ("server_error", "overloaded"),
}


@dataclass
class Scripted:
    """What to do with one upcoming request instead of the default reply."""

    status: int = 200
    code: str | None = None
    message: str = "scripted failure"
    delay: float = 0.0
    content_filter: bool = False


@dataclass
class _State:
    script: deque[Scripted] = field(default_factory=deque)
    requests: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _words(text: str) -> int:
    return len(text.split())


def _text_of(content: Any) -> str:
    """Text of a chat/responses content value: a string or a list of parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def _prompt_text(body: dict[str, Any]) -> str:
    if "messages" in body:
        return " ".join(_text_of(m.get("content")) for m in body["messages"] if isinstance(m, dict))
    inp = body.get("input", "")
    if isinstance(inp, list):
        parts = []
        for item in inp:
            parts.append(_text_of(item.get("content")) if isinstance(item, dict) else str(item))
        return " ".join(parts)
    return str(inp)


class FakeOpenAI:
    """Threaded fake provider on `host`:`port` (default: loopback, a free port). Start with start() or `with`."""

    def __init__(
        self,
        reply: str = "Hello from the fake model",
        cached_tokens: int = 0,
        token_prob: float = 0.8,
        host: str = LOOPBACK,
        port: int = 0,
    ) -> None:
        self.reply = reply
        self.host, self.port = host, port
        self.cached_tokens = cached_tokens
        self.token_prob = token_prob
        self._state = _State()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control ---------------------------------------------------------
    def fail_next(
        self, status: int, code: str | None = None, message: str = "scripted failure", times: int = 1
    ) -> None:
        """The next `times` requests get HTTP `status` with an OpenAI-style error body."""
        for _ in range(times):
            self._push(Scripted(status=status, code=code, message=message))

    def delay_next(self, seconds: float, times: int = 1) -> None:
        """The next `times` requests wait `seconds` before any byte is sent (client timeouts)."""
        for _ in range(times):
            self._push(Scripted(delay=seconds))

    def filter_next(self, times: int = 1) -> None:
        """The next `times` completions end with finish_reason content_filter (HTTP 200)."""
        for _ in range(times):
            self._push(Scripted(content_filter=True))

    def _push(self, s: Scripted) -> None:
        with self._state.lock:
            self._state.script.append(s)

    @property
    def requests(self) -> list[tuple[str, dict[str, Any]]]:
        with self._state.lock:
            return list(self._state.requests)

    @property
    def base_url(self) -> str:
        assert self._server is not None, "server not started"
        return f"http://{self.host}:{self._server.server_address[1]}/v1"

    # -- lifecycle -------------------------------------------------------
    def start(self) -> FakeOpenAI:
        fake = self

        class Handler(_Handler):
            owner = fake

        server = ThreadingHTTPServer((self.host, self.port), Handler)
        server.daemon_threads = True
        server.block_on_close = False
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-openai", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            if self._thread is not None:
                self._thread.join(timeout=5)
            self._server = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- replies (called from handler threads) ---------------------------
    def _next(self, path: str, body: dict[str, Any]) -> Scripted:
        with self._state.lock:
            self._state.requests.append((path, body))
            return self._state.script.popleft() if self._state.script else Scripted()

    def _completion(self, body: dict[str, Any], s: Scripted) -> tuple[list[str], int, int, int]:
        """Reply tokens (one word each, space-led after the first), prompt, completion and cached tokens."""
        words = [] if s.content_filter else self.reply.split()
        tokens = [w if i == 0 else " " + w for i, w in enumerate(words)]
        prompt = _words(_prompt_text(body))
        return tokens, prompt, len(tokens), min(self.cached_tokens, prompt)

    def _logprobs(self, tokens: list[str]) -> list[dict[str, Any]]:
        lp = math.log(self.token_prob)
        return [{"token": t, "logprob": lp, "bytes": list(t.encode()), "top_logprobs": []} for t in tokens]


class _Handler(BaseHTTPRequestHandler):
    owner: FakeOpenAI
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass

    # -- plumbing --------------------------------------------------------
    def _json(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _sse_start(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def _sse(self, payload: Any, event: str | None = None) -> None:
        data = payload if isinstance(payload, str) else json.dumps(payload)
        prefix = f"event: {event}\n" if event else ""
        self.wfile.write(f"{prefix}data: {data}\n\n".encode())
        self.wfile.flush()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            self._json(
                400,
                {
                    "error": {
                        "message": "malformed JSON",
                        "type": "invalid_request_error",
                        "code": None,
                        "param": None,
                    }
                },
            )
            return
        path = self.path.split("?")[0]
        routes = {
            "/v1/chat/completions": self._chat,
            "/v1/responses": self._responses,
            "/v1/embeddings": self._embeddings,
        }
        route = routes.get(path)
        if route is None:
            self._json(
                404,
                {
                    "error": {
                        "message": f"no route {path}",
                        "type": "invalid_request_error",
                        "code": "not_found",
                        "param": None,
                    }
                },
            )
            return
        s = self.owner._next(path, body)
        if s.delay:
            time.sleep(s.delay)
        if s.status != 200:
            etype, default_code = _ERROR_TYPES.get(s.status, ("api_error", "error"))
            err = {"message": s.message, "type": etype, "code": s.code or default_code, "param": None}
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._json(s.status, {"error": err})
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # client gave up (timeout test)
            route(body, s)

    # -- endpoints -------------------------------------------------------
    def _generate(
        self, body: dict[str, Any], s: Scripted, prompt: str, completion: str
    ) -> tuple[str, list[str], dict[str, Any]]:
        """Model, reply tokens and usage, the usage fields named as the endpoint names them."""
        tokens, p, c, cached = self.owner._completion(body, s)
        usage = {
            f"{prompt}_tokens": p,
            f"{completion}_tokens": c,
            "total_tokens": p + c,
            f"{prompt}_tokens_details": {"cached_tokens": cached},
        }
        return body.get("model", "unknown"), tokens, usage

    def _chat(self, body: dict[str, Any], s: Scripted) -> None:
        fake = self.owner
        model, tokens, usage = self._generate(body, s, "prompt", "completion")
        finish = "content_filter" if s.content_filter else "stop"
        want_lp = bool(body.get("logprobs"))
        base = {"id": "chatcmpl-fake", "created": int(time.time()), "model": model}
        if not body.get("stream"):
            choice = {
                "index": 0,
                "message": {"role": "assistant", "content": "".join(tokens)},
                "finish_reason": finish,
                "logprobs": {"content": fake._logprobs(tokens)} if want_lp else None,
            }
            self._json(200, {**base, "object": "chat.completion", "choices": [choice], "usage": usage})
            return
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        self._sse_start()
        chunk = {**base, "object": "chat.completion.chunk"}
        self._sse(
            {
                **chunk,
                "choices": [
                    {
                        "index": 0,
                        "delta": {"role": "assistant", "content": ""},
                        "finish_reason": None,
                        "logprobs": None,
                    }
                ],
            }
        )
        for t in tokens:
            lp = {"content": fake._logprobs([t])} if want_lp else None
            self._sse(
                {
                    **chunk,
                    "choices": [{"index": 0, "delta": {"content": t}, "finish_reason": None, "logprobs": lp}],
                }
            )
        self._sse(
            {**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": finish, "logprobs": None}]}
        )
        if include_usage:
            self._sse({**chunk, "choices": [], "usage": usage})
        self._sse("[DONE]")

    def _responses(self, body: dict[str, Any], s: Scripted) -> None:
        fake = self.owner
        model, tokens, usage = self._generate(body, s, "input", "output")
        usage["output_tokens_details"] = {"reasoning_tokens": 0}
        want_lp = "message.output_text.logprobs" in (body.get("include") or [])
        part = {
            "type": "output_text",
            "text": "".join(tokens),
            "annotations": [],
            "logprobs": fake._logprobs(tokens) if want_lp else [],
        }
        resp = {
            "id": "resp_fake",
            "object": "response",
            "created_at": int(time.time()),
            "model": model,
            "status": "incomplete" if s.content_filter else "completed",
            "incomplete_details": {"reason": "content_filter"} if s.content_filter else None,
            "output": [
                {
                    "type": "message",
                    "id": "msg_fake",
                    "status": "completed",
                    "role": "assistant",
                    "content": [part],
                }
            ],
            "usage": usage,
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
            "error": None,
        }
        if not body.get("stream"):
            self._json(200, resp)
            return
        self._sse_start()
        seq = 0
        start = {**resp, "status": "in_progress", "output": [], "usage": None}
        self._sse({"type": "response.created", "sequence_number": seq, "response": start}, "response.created")
        for t in tokens:
            seq += 1
            ev = {
                "type": "response.output_text.delta",
                "sequence_number": seq,
                "item_id": "msg_fake",
                "output_index": 0,
                "content_index": 0,
                "delta": t,
                "logprobs": fake._logprobs([t]) if want_lp else [],
            }
            self._sse(ev, ev["type"])
        seq += 1
        final = "response.incomplete" if s.content_filter else "response.completed"
        self._sse({"type": final, "sequence_number": seq, "response": resp}, final)

    def _embeddings(self, body: dict[str, Any], s: Scripted) -> None:
        inp = body.get("input", "")
        items = inp if isinstance(inp, list) else [inp]
        p = sum(_words(str(i)) for i in items)
        vector: Any = [0.25, 0.5, 0.75]
        if body.get("encoding_format") == "base64":  # the client's default: little-endian float32
            vector = base64.b64encode(struct.pack("<3f", *vector)).decode()
        data = [{"object": "embedding", "index": i, "embedding": vector} for i in range(len(items))]
        self._json(
            200,
            {
                "object": "list",
                "model": body.get("model", "unknown"),
                "data": data,
                "usage": {"prompt_tokens": p, "total_tokens": p},
            },
        )


def serve(host: str = LOOPBACK, port: int = 9999, reply: str = "Hello from the fake model") -> int:
    """`aiwatch fake-llm`: run the fake provider in the foreground until SIGINT/SIGTERM."""
    import sys

    try:
        fake = FakeOpenAI(reply=reply, host=host, port=port).start()
    except OSError as exc:
        print(f"aiwatch fake-llm: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return serve_until_signalled(
        f"fake OpenAI-compatible provider on {fake.base_url} (chat completions, responses, embeddings); "
        f"e.g. python examples/chat_service.py --llm-base-url {fake.base_url}",
        fake.stop,
    )
