"""A minimal LLM-backed service instrumented with the aiwatch SDK.

    aiwatch fake-llm --port 9999 &        # a local OpenAI-compatible provider (aiwatch.fakellm)
    python examples/chat_service.py --port 8080 --llm-base-url http://127.0.0.1:9999/v1

`make up` scrapes this service's /metrics as Prometheus job "examples" on port
8080 (AIWATCH_EXAMPLE_PORT); the target is simply down while it does not run.

POST /chat {"message": "..."} answers through any OpenAI-compatible endpoint
(OPENAI_BASE_URL / --llm-base-url, key from OPENAI_API_KEY); GET /metrics is
the aiwatch metric catalog for Prometheus to scrape (or set
AIWATCH_EXPORTER_URL to send the events and the screening verdicts to a central
exporter instead).
The only aiwatch line is instrument_openai(...): the service name
("chat_service", from this file's name) is detected from the call stack.
"""

from __future__ import annotations

import argparse
import os

import openai
from aiwatch.instrument import PromptBlocked, instrument_openai
from flask import Flask, Response, jsonify, request
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest


def create_app(base_url: str | None = None, model: str = "gpt-4o-mini", screen: bool = True) -> Flask:
    client = instrument_openai(
        openai.OpenAI(base_url=base_url, api_key=os.environ.get("OPENAI_API_KEY", "not-needed-locally")),
        screen_prompts=screen,  # block prompt injection before it reaches the model
        flag_outputs=screen,  # count (never block) answers with risky claims
        include_stream_usage=True,
    )
    app = Flask(__name__)

    @app.post("/chat")
    def chat():  # type: ignore[no-untyped-def]
        body = request.get_json(silent=True) or {}
        message = body.get("message")
        if not isinstance(message, str) or not message.strip():
            return jsonify({"error": 'body must be JSON {"message": "<non-empty string>"}'}), 400
        try:
            r = client.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": "Answer briefly."},
                    {"role": "user", "content": message},
                ],
            )
        except PromptBlocked as exc:
            return jsonify(
                {
                    "error": "message rejected by prompt-injection screening",
                    "risk_level": exc.result.get("risk_level"),
                }
            ), 422
        except openai.APIStatusError as exc:
            return jsonify({"error": f"model provider error: HTTP {exc.status_code}"}), 502
        except openai.APIError as exc:
            return jsonify({"error": f"model provider unavailable: {type(exc).__name__}"}), 503
        return jsonify({"answer": r.choices[0].message.content})

    @app.get("/metrics")
    def metrics():  # type: ignore[no-untyped-def]
        return Response(generate_latest(), mimetype=CONTENT_TYPE_LATEST)

    return app


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--llm-base-url", default=os.environ.get("OPENAI_BASE_URL"))
    p.add_argument("--model", default="gpt-4o-mini")
    args = p.parse_args()
    create_app(args.llm_base_url, args.model).run(host=args.host, port=args.port)


if __name__ == "__main__":
    main()
