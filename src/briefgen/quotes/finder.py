"""Every direct quote of an article: spans from :mod:`.marks`, speakers from :mod:`.attribution`."""

from __future__ import annotations

from ..types import AnalysedArticle, Quote
from .attribution import Attributor
from .marks import find_quote_spans
from .speakers import build_registry

SCARE_MAX_WORDS = 3
_SENTENCE_END = ".!?…"


def find_quotes(analysed: AnalysedArticle) -> tuple[Quote, ...]:
    """Every direct quote in the article, in article order, verbatim, with its speaker when known.

    Scare quotes (a label of one to three words inside a sentence, a "political
    settlement") are included and flagged ``scare``.
    """
    text = analysed.text
    spans = find_quote_spans(text)
    if not spans:
        return ()
    doc = analysed.doc
    if doc is None or doc.text != text:
        attributions = [None] * len(spans)
    else:
        attributions = Attributor(doc, spans, build_registry(doc)).attribute_all()
    quotes = []
    for span, attribution in zip(spans, attributions, strict=True):
        body = text[span.start : span.end]
        quotes.append(
            Quote(
                text=body,
                start=span.start,
                end=span.end,
                speaker=attribution.speaker if attribution else None,
                cue=attribution.cue if attribution else None,
                scare=is_scare(text, span.start, span.end, span.open_mark),
            )
        )
    return tuple(quotes)


def is_scare(text: str, start: int, end: int, open_mark: int) -> bool:
    """A short label in quote marks inside a sentence, not a spoken sentence of its own."""
    body = text[start:end]
    if len(body.split()) > SCARE_MAX_WORDS:
        return False
    if body.rstrip()[-1:] in _SENTENCE_END + ",":
        return False  # “No,” he said. / “Never!”
    before = text[:open_mark].rstrip(" ")
    return bool(before) and before[-1] not in "\n:.!?"
