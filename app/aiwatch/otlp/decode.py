"""OTLP/HTTP bodies in and out: protobuf or JSON, identity or gzip.

Parsing uses the generated classes of `opentelemetry-proto` and protobuf's own
JSON mapping; the only OTLP/JSON specific step is that trace and span ids are
hex strings there (base64 in protobuf's JSON mapping), converted before
parsing. Every failure is an `OtlpError` carrying the HTTP status to answer.
"""

from __future__ import annotations

import base64
import json
import zlib
from typing import Any, TypeVar

from google.protobuf import json_format
from google.protobuf.message import DecodeError, Message
from google.rpc import code_pb2, status_pb2

PROTOBUF = "application/x-protobuf"
JSON = "application/json"
CONTENT_TYPES = (PROTOBUF, JSON)

_ID_KEYS = frozenset({"traceId", "spanId", "parentSpanId", "trace_id", "span_id", "parent_span_id"})
_MAX_DEPTH = 64  # AnyValue nesting; protobuf's own parser stops at 100

M = TypeVar("M", bound=Message)


class OtlpError(Exception):
    """A request that cannot be accepted; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def content_type(mimetype: str | None) -> str:
    """The request's OTLP encoding, or 415."""
    ctype = (mimetype or "").lower()
    if ctype not in CONTENT_TYPES:
        raise OtlpError(415, f"Content-Type must be {PROTOBUF} or {JSON}, got {ctype or 'none'!r}")
    return ctype


def inflate(body: bytes, encoding: str | None, limit: int) -> bytes:
    """Undo Content-Encoding. gzip output is capped at `limit` bytes while inflating, so a
    small compressed body that would expand to gigabytes is refused after `limit` bytes."""
    enc = (encoding or "identity").strip().lower()
    if enc == "identity":
        return body
    if enc != "gzip":
        raise OtlpError(415, f"Content-Encoding must be gzip or identity, got {enc!r}")
    out = bytearray()
    data = body
    while data:  # a gzip file may hold several members
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            while True:
                out += d.decompress(data, limit + 1 - len(out))  # never more than the limit allows
                if len(out) > limit:
                    raise OtlpError(
                        413, f"gzip body inflates beyond otlp.max_decompressed_bytes ({limit} bytes)"
                    )
                if d.eof:
                    break
                data = d.unconsumed_tail
                if not data:
                    raise OtlpError(400, "body is not valid gzip: truncated stream")
        except zlib.error as exc:
            raise OtlpError(400, f"body is not valid gzip: {exc}") from exc
        data = d.unused_data
    return bytes(out)


def _hex_ids_to_base64(doc: Any) -> None:
    """OTLP/JSON writes ids as hex; protobuf's JSON mapping wants base64. Iterative walk."""
    stack = [(doc, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > _MAX_DEPTH:
            raise OtlpError(400, f"JSON nested deeper than {_MAX_DEPTH} levels")
        if isinstance(node, dict):
            for key, value in node.items():
                if key in _ID_KEYS and isinstance(value, str):
                    try:
                        node[key] = base64.b64encode(bytes.fromhex(value)).decode()
                    except ValueError as exc:
                        raise OtlpError(400, f"{key} must be a hex string, got {value[:40]!r}") from exc
                elif isinstance(value, dict | list):
                    stack.append((value, depth + 1))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node if isinstance(v, dict | list))


def parse(body: bytes, ctype: str, message: type[M]) -> M:
    """Decode an OTLP export request of type `message`; 400 with the parser's reason if invalid."""
    msg = message()
    if ctype == PROTOBUF:
        try:
            msg.ParseFromString(body)
        except (DecodeError, RecursionError) as exc:
            raise OtlpError(400, f"malformed protobuf {message.__name__}: {exc}") from exc
        return msg
    try:
        doc = json.loads(body.decode("utf-8")) if body else {}
    except UnicodeDecodeError as exc:
        raise OtlpError(400, f"body is not valid UTF-8 (byte {exc.start})") from exc
    except RecursionError as exc:
        raise OtlpError(400, "JSON nested too deeply") from exc
    except ValueError as exc:
        raise OtlpError(400, f"malformed JSON: {exc}") from exc
    if not isinstance(doc, dict):
        raise OtlpError(400, f"body must be a JSON object ({message.__name__}), got {type(doc).__name__}")
    _hex_ids_to_base64(doc)
    try:
        json_format.ParseDict(doc, msg, ignore_unknown_fields=True, max_recursion_depth=_MAX_DEPTH)
    except (json_format.ParseError, RecursionError, ValueError, TypeError) as exc:
        raise OtlpError(400, f"invalid OTLP/JSON {message.__name__}: {exc}") from exc
    return msg


def encode(msg: Message, ctype: str) -> bytes:
    """Serialise a response in the request's encoding (OTLP/JSON: camelCase, int64 as strings)."""
    if ctype == PROTOBUF:
        return msg.SerializeToString()
    return json_format.MessageToJson(msg, indent=None).encode()


_GRPC_CODE = {
    400: code_pb2.INVALID_ARGUMENT,
    401: code_pb2.UNAUTHENTICATED,
    413: code_pb2.RESOURCE_EXHAUSTED,
    415: code_pb2.INVALID_ARGUMENT,
}


def status_body(http_status: int, message: str, ctype: str) -> bytes:
    """The google.rpc.Status body OTLP/HTTP prescribes for 4xx/5xx answers."""
    status = status_pb2.Status(code=_GRPC_CODE.get(http_status, code_pb2.UNKNOWN), message=message)
    return encode(status, ctype)
