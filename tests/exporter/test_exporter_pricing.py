"""Cost comes from the pricing source (genai-prices) plus config overrides; never guessed."""

from __future__ import annotations

import pytest
from aiwatch.config import PriceOverride, load_config
from aiwatch.pricing import Pricing
from genai_prices import Usage, calc_price


@pytest.mark.parametrize("model", ["gpt-4o", "gpt-4", "gpt-4o-mini", "gpt-4.1", "claude-3-5-sonnet"])
@pytest.mark.parametrize(("prompt", "completion", "cached"), [(1000, 500, 0), (1200, 30, 1000), (0, 0, 0)])
def test_cost_matches_pricing_source(model, prompt, completion, cached):
    expected = float(
        calc_price(
            Usage(input_tokens=prompt, output_tokens=completion, cache_read_tokens=cached), model
        ).total_price
    )
    assert Pricing().cost(model, prompt, completion, cached) == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_an_old_hand_copied_price_is_not_used_for_gpt_4o():
    # gpt-4o was once listed at $0.005/$0.015 per 1K tokens; the pricing source has the current price.
    old = 1000 / 1000 * 0.005 + 1000 / 1000 * 0.015
    assert Pricing().cost("gpt-4o", 1000, 1000) != pytest.approx(old)


def test_cached_prompt_tokens_use_cached_rate():
    rate = Pricing().rate("gpt-4o")
    assert rate is not None and rate.cached_input < rate.input
    full = Pricing().cost("gpt-4o", 1000, 0, 0)
    cached = Pricing().cost("gpt-4o", 1000, 0, 1000)
    assert cached == pytest.approx(1000 * rate.cached_input) and cached < full


def test_unknown_model_has_no_price():
    assert Pricing().rate("definitely-not-a-model-xyz") is None
    assert Pricing().cost("definitely-not-a-model-xyz", 10, 10) is None


def test_override_adds_and_replaces_prices():
    p = Pricing({"my-llama": PriceOverride(0.2, 0.4), "gpt-4o": PriceOverride(1.0, 2.0, 0.5)})
    assert p.cost("my-llama", 1_000_000, 1_000_000) == pytest.approx(0.6)
    assert p.cost("my-llama", 1_000_000, 0, 1_000_000) == pytest.approx(0.2)  # no cached rate: input rate
    assert p.cost("gpt-4o", 1_000_000, 1_000_000, 500_000) == pytest.approx(0.5 + 0.25 + 2.0)
    assert p.rate("gpt-4o").source == "override"


def test_repo_pricing_yaml_is_applied():
    cfg = load_config()
    p = Pricing(cfg.prices)
    assert p.rate("llama-3-70b-selfhosted") is not None
    assert p.cost("llama-3-70b-selfhosted", 1_000_000, 0) == pytest.approx(0.20)


def test_rates_are_cached_per_model():
    p = Pricing()
    assert p.rate("gpt-4o") is p.rate("gpt-4o")


def test_cache_is_bounded():
    p = Pricing(max_entries=10)
    for i in range(100):
        p.rate(f"unknown-{i}")
    assert len(p._cache) <= 10
