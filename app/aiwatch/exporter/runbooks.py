"""GET /runbooks/ and /runbooks/<Alert>[.md], /docs/<page>[.md]: the runbooks and docs as HTML pages.

Alert notifications link `runbook_url` here by default (aiwatch.stack.links), so
the link in a Slack message or a PagerDuty incident opens the runbook. Markdown
is rendered by markdown-it-py with raw HTML disabled (a runbook cannot inject
markup); each PromQL block gets links that run its queries in Prometheus.
Relative links keep working: `../docs/alerts.md` from a runbook is /docs/alerts.md.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, urlencode

from flask import Blueprint, Response, redirect

from .http import ApiError
from .links import DOCS, runbooks_dir, stack_links

bp = Blueprint("runbooks", __name__)
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
HTML = "text/html; charset=utf-8"

CSS = """
body{font-family:system-ui,sans-serif;margin:0;color:#1d1c1d;background:#fafafa}
main{max-width:56rem;margin:0 auto;padding:1rem 1.5rem;background:#fff;min-height:100vh}
nav{font-size:.9rem;margin-bottom:1rem} nav a{margin-right:1rem}
pre{background:#f4f4f6;padding:.8rem;overflow-x:auto;border-radius:6px} code{font-size:.92em}
table{border-collapse:collapse} td,th{border:1px solid #ddd;padding:.3rem .6rem;text-align:left}
.run{font-size:.85rem;margin:-.5rem 0 1rem} .run a{margin-right:.8rem}
"""


def shell(title: str, body: str) -> str:
    """A complete page: the exporter's navigation around `body`."""
    links = stack_links()
    nav = [
        ("/", "aiwatch exporter"),
        ("/runbooks/", "Runbooks"),
        (links.inbox + "/", "Inbox"),
        (links.prometheus + "/alerts", "Prometheus alerts"),
        (links.alertmanager + "/", "Alertmanager"),
    ]
    if links.grafana:
        nav.append((links.grafana + "/", "Grafana"))
    items = "".join(f'<a href="{html.escape(u)}">{html.escape(t)}</a>' for u, t in nav)
    return (
        f"<!doctype html><html><head><meta charset=utf-8><title>{html.escape(title)}</title>"
        f"<style>{CSS}</style></head><body><main><nav>{items}</nav>{body}</main></body></html>"
    )


@lru_cache(maxsize=1)
def _markdown():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    default_fence = md.renderer.rules["fence"]

    def fence(renderer, tokens, idx, options, env):  # type: ignore[no-untyped-def]
        out = default_fence(tokens, idx, options, env)
        tok = tokens[idx]
        if tok.info.strip() != "promql" or not env.get("prometheus"):
            return out
        queries = [q.strip() for q in tok.content.splitlines() if q.strip() and not q.strip().startswith("#")]
        links = "".join(
            f'<a href="{html.escape(env["prometheus"] + "/graph?" + urlencode({"g0.expr": q, "g0.tab": "1"}))}"'
            f' title="{html.escape(q)}">run query {i + 1} in Prometheus</a>'
            for i, q in enumerate(queries)
        )
        return out + f'<div class="run">{links}</div>'

    md.add_render_rule("fence", fence)
    return md


def render_markdown(text: str) -> str:
    return _markdown().render(text, {"prometheus": stack_links().prometheus})


def _page_of(directory: Path, name: str) -> Path | None:
    name = name[:-3] if name.endswith(".md") else name
    if not NAME.match(name):
        return None
    path = Path(directory) / f"{name}.md"
    return path if path.is_file() else None


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


def _markdown_page(directory: Path, name: str, what: str) -> Response:
    path = _page_of(directory, name)
    if path is None:
        raise ApiError(404, f"no {what} named {name!r} (the runbooks are listed at /runbooks/)")
    text = path.read_text(encoding="utf-8")
    return Response(shell(_title(path), render_markdown(text)), mimetype="text/html")


@bp.get("/runbooks")
def runbooks_slash():  # type: ignore[no-untyped-def]
    return redirect("/runbooks/", code=308)


@bp.get("/runbooks/")
def runbooks_index():  # type: ignore[no-untyped-def]
    directory = Path(runbooks_dir())
    pages = sorted(directory.glob("*.md")) if directory.is_dir() else []
    if not pages:
        raise ApiError(404, f"no runbooks in {directory} (set AIWATCH_RUNBOOKS_DIR to a runbooks/ checkout)")
    items = "".join(f'<li><a href="/runbooks/{quote(p.name)}">{html.escape(p.stem)}</a></li>' for p in pages)
    body = (
        "<h1>Runbooks</h1><p>One per alert: Meaning, Impact, Diagnosis (PromQL to run), Mitigation. "
        'Every alert\'s <code>runbook_url</code> points here. Catalogue: <a href="/docs/alerts.md">alerts</a>.</p>'
        f"<ul>{items}</ul>"
    )
    return Response(shell("aiwatch runbooks", body), mimetype="text/html")


@bp.get("/runbooks/<name>")
def runbook(name: str):  # type: ignore[no-untyped-def]
    return _markdown_page(Path(runbooks_dir()), name, "runbook")


@bp.get("/docs/<name>")
def doc(name: str):  # type: ignore[no-untyped-def]
    return _markdown_page(DOCS, name, "doc")
