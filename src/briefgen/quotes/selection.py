"""Choosing the key quotes: substantive, attributed, distinct, central to the story."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..lexicon import STOP_WORDS
from ..types import AnalysedArticle, Quote

MIN_WORDS, MAX_WORDS = 6, 60
MIN_FILL_WORDS = 4  # shorter certain quotes fill slots the full ones leave empty
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
    When fewer than ``n`` such quotes exist, certain quotes of 4–5 words fill
    the remaining slots, and after them partial quotes (a fragment woven into the
    reporter's sentence, of 4–60 words) whose speaker their own sentence names, never
    chosen over a direct quote.
    They are ranked by how close the quote's meaning is to the whole article (cosine
    between the quote's embedding and the mean of the article's sentence embeddings),
    with a mild preference for fuller quotes; a quote repeating a better-ranked one
    (same words, or near-identical meaning) is dropped.
    """
    if n <= 0:
        return ()
    carried = [" ".join(_WORD.findall(text.lower())) for text in shown]
    usable = [
        q
        for q in quotes
        if q.certain
        and not q.scare
        and q.word_count <= MAX_WORDS
        and not any(" ".join(_WORD.findall(q.spoken.lower())) in text for text in carried)
    ]
    direct = [q for q in usable if not q.partial]
    full = [q for q in direct if q.word_count >= MIN_WORDS]
    chosen = _rank(analysed, full, n, [])
    if len(chosen) < n:
        # Fewer full quotes than asked (a bullet may carry one): shorter certain quotes fill the slots.
        short = [q for q in direct if MIN_FILL_WORDS <= q.word_count < MIN_WORDS]
        chosen = _rank(analysed, short, n - len(chosen), chosen)
    if len(chosen) < n:
        # Still short: partial quotes, the speaker's words woven into the reporter's sentence,
        # whose own sentence names the speaker (a pronoun or a chain of quotes can point
        # to the person the clause is about, not the one speaking: "He said Cruz “has courage…”").
        partial = [
            q
            for q in usable
            if q.partial and q.speaker_confidence == "named" and q.word_count >= MIN_FILL_WORDS
        ]
        chosen = _rank(analysed, partial, n - len(chosen), chosen)
    return tuple(sorted(chosen, key=lambda q: q.start))


def _rank(analysed: AnalysedArticle, candidates: list[Quote], n: int, taken: list[Quote]) -> list[Quote]:
    """``taken`` plus up to ``n`` of ``candidates``, best first, none repeating another."""
    if not candidates or n <= 0:
        return list(taken)
    vectors = _embed([q.text for q in [*taken, *candidates]])
    taken_vectors, vectors = vectors[: len(taken)], vectors[len(taken) :]
    centrality = _centrality(analysed, vectors)
    scores = [c + 0.05 * min(q.word_count, 40) / 40 for q, c in zip(candidates, centrality, strict=True)]
    order = sorted(range(len(candidates)), key=lambda i: -scores[i])
    chosen = list(taken)
    chosen_vectors = list(taken_vectors)
    for i in order:
        if any(
            _duplicates(candidates[i], q, vectors[i], v) for q, v in zip(chosen, chosen_vectors, strict=True)
        ):
            continue
        chosen.append(candidates[i])
        chosen_vectors.append(vectors[i])
        if len(chosen) == len(taken) + n:
            break
    return chosen


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
