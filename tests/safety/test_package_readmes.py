"""package-readmes: each README's request is fixed by the package's name, so the rows do not depend on
which other packages happen to be installed (round 49 found one installed beyond the pinned set)."""

from __future__ import annotations

import importlib.metadata
from email.message import Message
from types import SimpleNamespace

import pytest

from bench.corpus.sources import README_ASKS, package_readmes, readme_ask


def _dist(name: str, body: str) -> SimpleNamespace:
    msg = Message()
    msg["Name"] = name
    msg.set_payload(body)
    return SimpleNamespace(metadata=msg)


def _readme(name: str) -> str:
    return f"{name} does one thing well.\n\n" + "It is documented at length here. " * 12


def _rows(monkeypatch: pytest.MonkeyPatch, names: list[str]) -> dict[str, str]:
    dists = [_dist(n, _readme(n)) for n in names]
    monkeypatch.setattr(importlib.metadata, "distributions", lambda: dists)
    return {s.id: s.text for s in package_readmes()}


def test_an_extra_package_adds_its_row_and_rewords_no_other(monkeypatch: pytest.MonkeyPatch) -> None:
    pinned = _rows(monkeypatch, ["Alpha", "charlie", "delta", "echo", "foxtrot", "golf"])
    extra = _rows(monkeypatch, ["Alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"])
    assert set(extra) - set(pinned) == {"bravo"}
    assert {k: extra[k] for k in pinned} == pinned


def test_the_request_is_the_names_own() -> None:
    names = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett"]
    asks = [readme_ask(n) for n in names]
    assert asks == [readme_ask(n) for n in names]  # the same in any order of calls
    assert all(a in README_ASKS for a in asks)
    assert len(set(asks)) > 1  # spread over the requests, not one for all


def test_short_descriptions_are_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    dists = [_dist("tiny", "Too short."), _dist("long", _readme("long"))]
    monkeypatch.setattr(importlib.metadata, "distributions", lambda: dists)
    rows = package_readmes()
    assert [s.id for s in rows] == ["long"]
    assert rows[0].source == "package-readmes" and not rows[0].attack
    assert rows[0].text == readme_ask("long").format(doc=_readme("long").strip())  # under 1.5 KB: whole
