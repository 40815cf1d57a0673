"""Summarisation engines behind one small, batch-first interface.

An engine turns analysed articles into summaries (headline + bullets)::

    engine = get_engine("extractive")
    summaries = engine.summarize(analysed_articles)

Quotes are never an engine's business: they always come from the quote finder.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from ..errors import ConfigError
from ..types import AnalysedArticle, Summary


class Engine(Protocol):
    """What every engine provides."""

    name: str

    def summarize(self, articles: Sequence[AnalysedArticle]) -> list[Summary]:
        """One summary per article, in order."""
        ...


ENGINE_NAMES = ("extractive", "hf")


def get_engine(name: str = "extractive", **options: Any) -> Engine:
    """Build the engine called ``name`` with engine-specific ``options``."""
    if name == "extractive":
        from .extractive import ExtractiveEngine

        return ExtractiveEngine(**options)
    if name == "hf":
        try:
            from .hf import HFEngine
        except ImportError as err:  # the module lands with the transformers engine
            raise ConfigError(f"engine 'hf' is not available: {err}") from None
        return HFEngine(**options)
    raise ConfigError(f"unknown engine {name!r}; choose one of: {', '.join(ENGINE_NAMES)}")
