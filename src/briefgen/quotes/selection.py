"""Choosing the key quotes: substantive, attributed, distinct, central to the story."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..lexicon import STOP_WORDS
from ..types import AnalysedArticle, Quote

MIN_WORDS, MAX_WORDS = 6, 60
DUPLICATE_OVERLAP = 0.6  # share of the shorter quote's words found in the longer one
DUPLICATE_COSINE = 0.9
_WORD = re.compile(r"\w+")


def key_quotes(
    analysed: AnalysedArticle, quotes: tuple[Quote, ...], n: int = 3, shown: Sequence[str] = ()
) -> tuple[Quote, ...]:
    """Up to ``n`` key quotes, in article order.

    Candidates are quotes of 6–60 words whose speaker is certain (named or
    resolved from the attribution, never guessed; scare quotes never qualify)
    that ``shown`` (the brief's bullets) does not already carry word for word.
    They are ranked by how close the quote's meaning is to the whole article (cosine
    between the quote's embedding and the mean of the article's sentence embeddings),
    with a mild preference for fuller quotes; a quote repeating a better-ranked one
    (same words, or near-identical meaning) is dropped.
    """
    if n <= 0:
        return ()
    carried = [" ".join(_WORD.findall(text.lower())) for text in shown]
    candidates = [
        q
        for q in quotes
        if q.certain
        and not q.scare
        and MIN_WORDS <= q.word_count <= MAX_WORDS
        and not any(" ".join(_WORD.findall(q.spoken.lower())) in text for text in carried)
    ]
    if not candidates:
        return ()
    vectors = _embed([q.text for q in candidates])
    centrality = _centrality(analysed, vectors)
    scores = [c + 0.05 * min(q.word_count, 40) / 40 for q, c in zip(candidates, centrality, strict=True)]
    order = sorted(range(len(candidates)), key=lambda i: -scores[i])
    chosen: list[int] = []
    for i in order:
        if any(_duplicates(candidates[i], candidates[j], vectors[i], vectors[j]) for j in chosen):
            continue
        chosen.append(i)
        if len(chosen) == n:
            break
    return tuple(sorted((candidates[i] for i in chosen), key=lambda q: q.start))


def _embed(texts: list[str]) -> np.ndarray:
    from ..analyse.embedding import load_embedder

    return load_embedder().encode(texts)


def _centrality(analysed: AnalysedArticle, vectors: np.ndarray) -> list[float]:
    embeddings = np.asarray(analysed.embeddings)
    keep = [s.index for s in analysed.content_sentences() if s.index < len(embeddings)]
    if embeddings.size == 0 or not keep:
        return [0.0] * len(vectors)
    centre = embeddings[keep].mean(axis=0)
    norm = float(np.linalg.norm(centre))
    if not np.isfinite(norm) or norm == 0.0:
        return [0.0] * len(vectors)
    return [float(v) for v in vectors @ (centre / norm)]


def _content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS}


def _duplicates(a: Quote, b: Quote, va: np.ndarray, vb: np.ndarray) -> bool:
    """Near-duplicates: most of the shorter quote's words recur in the other, or the same meaning."""
    wa, wb = _content_words(a.text), _content_words(b.text)
    shorter = min(len(wa), len(wb))
    if shorter and len(wa & wb) / shorter >= DUPLICATE_OVERLAP:
        return True
    return float(np.dot(va, vb)) >= DUPLICATE_COSINE
