"""Choosing the key quotes: substantive, attributed, distinct, central to the story."""

from __future__ import annotations

from ..types import AnalysedArticle, Quote


def key_quotes(analysed: AnalysedArticle, quotes: tuple[Quote, ...], n: int = 3) -> tuple[Quote, ...]:
    """Up to ``n`` key quotes, in article order."""
    if n <= 0:
        return ()
    candidates = [q for q in quotes if not q.scare and q.speaker and 6 <= q.word_count <= 60]
    candidates.sort(key=lambda q: -q.word_count)
    return tuple(sorted(candidates[:n], key=lambda q: q.start))
