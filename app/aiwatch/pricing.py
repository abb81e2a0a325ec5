"""USD cost of an LLM call from a maintained price source plus local overrides.

Source: the `genai-prices` package (pydantic's community-maintained price
database, updated with each release; pinned in constraints.txt and upgraded
by PR). Resolving a model there walks match rules, so each model's per-token
rates are resolved once and cached; pricing an event is then three multiplies.
Prices that change on a date are re-resolved after `ttl_seconds`.
config/pricing.yaml overrides or adds models (negotiated, self-hosted,
fine-tuned). A model found in neither has no price: callers count it as
unpriced rather than guessing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from genai_prices import data_snapshot
from genai_prices.types import TieredPrices

from .config import PriceOverride

PER_MTOK = 1_000_000.0


@dataclass(frozen=True, slots=True)
class Rate:
    """USD per token for one model."""

    input: float
    output: float
    cached_input: float
    source: str  # "override" or "genai-prices:<provider>/<model>"

    def cost(self, prompt_tokens: int, completion_tokens: int, cached_prompt_tokens: int = 0) -> float:
        """Cost in USD. prompt_tokens includes cached_prompt_tokens (OpenAI usage semantics)."""
        cached = min(cached_prompt_tokens, prompt_tokens)
        return (
            (prompt_tokens - cached) * self.input
            + cached * self.cached_input
            + completion_tokens * self.output
        )


def _per_token(value: Decimal | TieredPrices | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, TieredPrices):
        # Tiered prices (e.g. long-context surcharges) are priced at the base tier.
        value = value.base
    return float(value) / PER_MTOK


def cached_savings(rate: Rate, prompt_tokens: int, cached_prompt_tokens: int) -> float:
    """USD saved by billing cached prompt tokens at the cached rather than the input rate."""
    return min(cached_prompt_tokens, prompt_tokens) * (rate.input - rate.cached_input)


class Pricing:
    """Per-model rate cache over genai-prices and config overrides."""

    def __init__(
        self,
        overrides: dict[str, PriceOverride] | None = None,
        ttl_seconds: float = 3600.0,
        max_entries: int = 4096,
    ) -> None:
        self._overrides = overrides or {}
        self._ttl = ttl_seconds
        self._max_entries = max_entries  # bounds memory under a flood of distinct names
        self._cache: dict[tuple[str, str | None], tuple[Rate | None, float]] = {}

    def rate(self, model: str, provider: str | None = None) -> Rate | None:
        """The rate for a model, or None when no source knows its price."""
        key = (model, provider)
        hit = self._cache.get(key)
        now = time.monotonic()
        if hit is not None and hit[1] > now:
            return hit[0]
        rate = self._resolve(model, provider)
        if len(self._cache) >= self._max_entries:
            self._cache.clear()
        self._cache[key] = (rate, now + self._ttl)
        return rate

    def cost(
        self,
        model: str,
        prompt_tokens: int,
        completion_tokens: int,
        cached_prompt_tokens: int = 0,
        provider: str | None = None,
    ) -> float | None:
        rate = self.rate(model, provider)
        if rate is None:
            return None
        return rate.cost(prompt_tokens, completion_tokens, cached_prompt_tokens)

    def _resolve(self, model: str, provider: str | None) -> Rate | None:
        override = self._overrides.get(model)
        if override is not None:
            inp = override.input_per_mtok / PER_MTOK
            cached = override.cached_input_per_mtok
            return Rate(
                input=inp,
                output=override.output_per_mtok / PER_MTOK,
                cached_input=inp if cached is None else cached / PER_MTOK,
                source="override",
            )
        snapshot = data_snapshot.get_snapshot()
        try:
            prov, info = snapshot.find_provider_model(model, None, provider, None)
        except LookupError:
            if provider is None:
                return None
            try:  # an unknown provider name should not hide a known model
                prov, info = snapshot.find_provider_model(model, None, None, None)
            except LookupError:
                return None
        price = info.get_prices(datetime.now(tz=UTC))
        inp = _per_token(price.input_mtok)
        out = _per_token(price.output_mtok)
        if inp is None:
            return None  # not token-priced (e.g. per-image): no guessed cost
        if out is None:
            out = 0.0  # input-only models (embeddings) have no completion tokens
        cached = _per_token(price.cache_read_mtok)
        return Rate(
            input=inp,
            output=out,
            cached_input=inp if cached is None else cached,
            source=f"genai-prices:{prov.id}/{info.id}",
        )
