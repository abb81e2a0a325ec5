"""Round 32's held-out sources (jevbench: the cases a decision-model benchmark asks its questions about,
tickets, incident reports, e-mails and agents' run logs that state a status or a decision), loaded from
made-up archive files (never the real ones: a clean clone's test run has no network): what the loaders
keep and leave out, their labels and families, the cap, and a missing file failing loudly with its
name."""

from __future__ import annotations

import pytest

from bench.corpus import sources
from bench.corpus.sources import Sample
from tests.support.corpus_files import HELD_OUT_SPAN, fake_wheel, held_out_span, jsonl

SUITES = sources.JEVBENCH_SUITES


def _case(cid: str, domain: str, state: object, origin: str = "synthetic, fact-first") -> dict[str, object]:
    return {
        "id": cid,
        "domain": domain,
        "source": origin,
        "state": state,
        "questions": {"q": {"type": "yes_no"}},
    }


JEV_FILES = {
    SUITES + "examples/cases.jsonl": jsonl(
        _case(
            "support-001",
            "customer_support",
            "Customer writes: our nightly export failed three nights in a row.",
            "original, authors",
        ),
    ),
    SUITES + "suite-240/cases.jsonl": jsonl(
        _case(
            "it_incidents-001",
            "it_incidents",
            "Incident 4411 is resolved: the database failover finished and the on-call engineer closed it.",
        ),
        _case(
            "agent_logs-002",
            "agent_logs",
            "The agent ran 12 steps; step 7 failed with a timeout and was retried; the run ended with status OK.",
        ),
        _case("logistics-003", "logistics", {"not": "text"}),  # no text: not a row
        _case(
            "agent_logs-004",
            "agent_logs",
            "The agent ran 12 steps; step 7 failed with a timeout and was retried; the run ended with status OK.",
        ),
    ),  # the last one repeats a case: counted once
    SUITES + "suite-240/rewrites.jsonl": jsonl(
        {"id": "it_incidents-001/paraphrase", "state": "The failover is done and incident 4411 was closed."}
    ),  # rewrites of the cases: not rows
    SUITES + "suite-240/manifest.json": '{"name": "suite-240", "description": "Cases."}',
    "jevbench/examples/cases.jsonl": jsonl(_case("x-1", "demo", "Outside the suites folder: not a row.")),
    SUITES + "suite-240/extra/cases.jsonl": jsonl(_case("x-2", "demo", "A nested folder: not a suite.")),
}


def test_round_32_sources_are_held_out_in_round_32_after_every_other_loader() -> None:
    for src in ("jevbench",):
        assert sources.HELD_OUT_ROUND[src] == 32
        assert Sample(src, "1", "rag_document", "x", False).split == "held_out"
        assert src not in sources.HARD_NEGATIVES
    assert sources.LOADERS[-1:] == (sources.jevbench,)
    assert sources.LOADERS.index(sources.aiguard_safety) < sources.LOADERS.index(sources.jevbench)
    assert sources.JEVBENCH.startswith("jevbench==")  # pinned, fetched by pip like the others
    assert held_out_span() == HELD_OUT_SPAN


def test_jevbench_keeps_each_cases_state_labelled_by_domain(monkeypatch: pytest.MonkeyPatch) -> None:
    """One row a case's state, id the case's, family rag_document, labelled by its domain and language,
    in the files' order (a suite's folder name first). Not rows: a case without a text, a repeat, the
    rewrites, the manifests, a cases file outside a suite's own folder."""
    fake_wheel(monkeypatch, JEV_FILES)
    rows = sources.jevbench()
    assert [(s.id, s.family, s.label, s.text) for s in rows] == [
        ("support-001", "rag_document", "customer_support/en",
         "Customer writes: our nightly export failed three nights in a row."),
        ("it_incidents-001", "rag_document", "it_incidents/en",
         "Incident 4411 is resolved: the database failover finished and the on-call engineer closed it."),
        ("agent_logs-002", "rag_document", "agent_logs/en",
         "The agent ran 12 steps; step 7 failed with a timeout and was retried; the run ended with status OK."),
    ]  # fmt: skip
    assert all(not s.attack and s.source == "jevbench" and s.split == "held_out" for s in rows)


def test_jevbench_keeps_at_most_the_cap_spread_over_the_files(monkeypatch: pytest.MonkeyPatch) -> None:
    n = sources.HELD_OUT_BENIGN_MAX + 5
    cases = [
        _case(f"c-{i}", "logistics", f"Shipment {i} was delivered and signed for at the dock.")
        for i in range(n)
    ]
    fake_wheel(monkeypatch, {SUITES + "suite-240/cases.jsonl": jsonl(*cases)})
    rows = sources.jevbench()
    assert len(rows) == sources.HELD_OUT_BENIGN_MAX and (rows[0].id, rows[-1].id) == ("c-0", f"c-{n - 2}")


def test_jevbench_leaves_out_a_file_naming_a_reserved_or_dev_collection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    named = jsonl(_case("c-1", "agent_logs", "The run replayed AgentDojo's banking suite and passed."))
    fake_wheel(monkeypatch, {**JEV_FILES, SUITES + "suite-240/cases.jsonl": named})
    assert [s.id for s in sources.jevbench()] == ["support-001"]


def test_jevbench_without_its_cases_fails_naming_them(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_wheel(
        monkeypatch, {SUITES + "suite-240/rewrites.jsonl": JEV_FILES[SUITES + "suite-240/rewrites.jsonl"]}
    )
    with pytest.raises(RuntimeError, match=r"jevbench==.*jevbench/suites/\*/cases\.jsonl"):
        sources.jevbench()


def test_a_round_32_row_that_nearly_copies_a_dev_row_is_dropped() -> None:
    """The round-22 rule applies to the fresh source: a row equal to a dev row but for letter case or
    spacing, or sharing its first NEAR_COPY_PREFIX characters, is not counted; other rows stay."""
    assert sources.HELD_OUT_ROUND["jevbench"] >= sources.NEAR_COPY_ROUND
    head = "Customer writes: the invoice for March lists two seats we cancelled in February, and"
    assert len(head) >= sources.NEAR_COPY_PREFIX
    rows = [
        Sample("agentdojo", "d1", "document", head + " we want a refund.", False),
        Sample("agentdojo", "d2", "document", "The package was delivered on Monday.", False),
        Sample("jevbench", "1", "rag_document", head + " support has not replied.", False),
        Sample("jevbench", "2", "rag_document", "the package was  DELIVERED on Monday.", False),
        Sample("jevbench", "3", "rag_document", "Ticket 7 closed: the refund was approved and paid.", False),
    ]
    assert [(s.source, s.id) for s in sources.unique_texts(rows)] == [
        ("agentdojo", "d1"), ("agentdojo", "d2"), ("jevbench", "3"),
    ]  # fmt: skip
