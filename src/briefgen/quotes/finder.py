"""Finding quoted spans and their speakers (first version: curly and straight double quotes)."""

from __future__ import annotations

import re

from ..types import AnalysedArticle, Quote

_PAIR = re.compile(r"[“\"]([^“”\"\n]+)[”\"]")


def find_quotes(analysed: AnalysedArticle) -> tuple[Quote, ...]:
    """Every direct quote in the article, in article order, verbatim."""
    text = analysed.text
    quotes = []
    for match in _PAIR.finditer(text):
        start, end = match.span(1)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        words = len(text[start:end].split())
        quotes.append(
            Quote(text=text[start:end], start=start, end=end, speaker=_speaker(analysed, start), scare=words <= 3)
        )
    return tuple(quotes)


def _speaker(analysed: AnalysedArticle, offset: int) -> str | None:
    sentence = next((s for s in analysed.sentences if s.start <= offset < s.end), None)
    if sentence is None:
        return None
    names = [e.text for e in analysed.entities if e.label in ("PERSON", "ORG") and sentence.start <= e.start < sentence.end]
    return names[-1] if names else None
