"""Small PromQL and text helpers shared by the record and alert definitions."""

from __future__ import annotations

TEAM = "ai:service_team:info"
MS = "model, service"
MST = "model, service, team"


def indent(expr: str, by: int = 2) -> str:
    return expr.replace("\n", "\n" + " " * by)


def block(expr: str) -> str:
    """`expr` in parentheses on its own indented lines."""
    return f"(\n  {indent(expr)}\n)"


def join_team(expr: str) -> str:
    """Attach the owning team (services without one get team="unassigned")."""
    return f"{block(expr)}\n* on (service) group_left (team) {TEAM}"


def le_matcher(bound: float) -> str:
    """Match a bucket bound however it was exposed ("2" or "2.0"; Prometheus 3 normalises to "2.0")."""
    forms = sorted({f"{bound:g}", repr(float(bound))})
    return f'le="{forms[0]}"' if len(forms) == 1 else f'le=~"{"|".join(forms)}"'


def sum_by(by: str, inner: str) -> str:
    return f"sum by ({by}) ({inner})"


def num(x: float) -> str:
    return f"{x:g}"


def pct(x: float) -> str:
    return f"{x * 100:g}%"


def secs(x: float) -> str:
    return f"{x:g}s"


def usd(x: float) -> str:
    return f"${x:g}"
