"""Request parsing and error responses shared by every JSON endpoint.

Every rejection is a JSON body {"error": ..., "details": [...]} with a 4xx
status that says what was wrong: 400 malformed JSON, 401 auth, 413 too large,
415 content type, 422 invalid values.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from flask import Flask, Request, jsonify

from ..config import Config, Limits

T = TypeVar("T")
MAX_DETAILS = 1000  # problems listed in one 422 response; the count in its message is always complete


class _AsDict(Protocol):
    def as_dict(self) -> dict[str, Any]: ...


class ApiError(Exception):
    def __init__(self, status: int, message: str, details: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = details or []


def read_json(request: Request, max_bytes: int) -> Any:
    """Parse a JSON body with size, content-type and syntax checks."""
    ctype = (request.mimetype or "").lower()
    if ctype != "application/json":
        raise ApiError(415, f"Content-Type must be application/json, got {ctype or 'none'!r}")
    length = request.content_length
    if length is not None and length > max_bytes:
        raise ApiError(413, f"body of {length} bytes exceeds the limit of {max_bytes} bytes")
    raw = request.stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise ApiError(413, f"body exceeds the limit of {max_bytes} bytes")
    if not raw:
        raise ApiError(400, "empty body: expected a JSON document")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"body is not valid UTF-8 (byte {exc.start})") from exc
    try:
        # NaN/Infinity literals parse (Python accepts them) so validation can
        # reject the field with a 422 that names it, like any out-of-range number.
        return json.loads(text)
    except RecursionError as exc:
        raise ApiError(400, "JSON nested too deeply") from exc
    except ValueError as exc:
        raise ApiError(400, f"malformed JSON: {exc}") from exc


def check_auth(request: Request, token: str | None) -> None:
    """Bearer-token check for write endpoints; a no-op when no token is configured."""
    if token is None:
        return
    header = request.headers.get("Authorization", "")
    scheme, _, presented = header.partition(" ")
    ok = hmac.compare_digest(
        (scheme.lower() + " " + presented.strip()).encode(), ("bearer " + token).encode()
    )
    if not ok:
        raise ApiError(401, "missing or invalid credentials")


def read_write_body(request: Request, config: Config) -> Any:
    """The JSON body of a write endpoint: bearer auth first, then the body within limits.max_body_bytes."""
    check_auth(request, config.auth_token)
    return read_json(request, config.limits.max_body_bytes)


def validated(
    validate: Callable[[], tuple[list[T], Sequence[dict[str, Any] | _AsDict]]], rejected: str
) -> list[T]:
    """Run an all-or-nothing validator: 422 for a bad envelope or listing the invalid fields.

    `rejected` completes the message, e.g. "no event of this batch was recorded".
    """
    try:
        items, problems = validate()
    except ValueError as exc:
        raise ApiError(422, str(exc)) from exc
    if problems:
        details = [p if isinstance(p, dict) else p.as_dict() for p in problems[:MAX_DETAILS]]
        raise ApiError(422, f"{len(problems)} invalid field(s); {rejected}", details)
    return items


def read_batch(
    request: Request,
    config: Config,
    key: str,
    validate: Callable[[Any, Limits], tuple[list[T], Sequence[dict[str, Any] | _AsDict]]],
) -> list[T]:
    """A batch write ({key: [...]}): the body, 413 beyond limits.max_batch_events, then `validated`."""
    body = read_write_body(request, config)
    limits = config.limits
    if isinstance(body, dict) and isinstance(body.get(key), list):
        n = len(body[key])
        if n > limits.max_batch_events:
            raise ApiError(413, f"batch of {n} {key} exceeds the limit of {limits.max_batch_events}")
    return validated(lambda: validate(body, limits), f"no {key.removesuffix('s')} of this batch was recorded")


def install_error_handlers(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(err: ApiError):  # type: ignore[no-untyped-def]
        body: dict[str, Any] = {"error": err.message}
        if err.details:
            body["details"] = err.details
        resp = jsonify(body)
        resp.status_code = err.status
        if err.status == 401:
            resp.headers["WWW-Authenticate"] = 'Bearer realm="aiwatch"'
        return resp

    for code, text in ((404, "not found"), (405, "method not allowed")):

        def _handler(_exc: Exception, code: int = code, text: str = text):  # type: ignore[no-untyped-def]
            return jsonify({"error": text}), code

        app.register_error_handler(code, _handler)

    @app.errorhandler(413)
    def _too_large(_exc: Exception):  # type: ignore[no-untyped-def]
        return jsonify({"error": "request body too large"}), 413
