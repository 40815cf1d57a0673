"""The default engine: extractive, on the embedded sentence-embedding model.

Sentences are ranked by position-aware directed centrality (PacSum, Zheng &
Lapata 2019) over MiniLM embeddings, three are chosen with maximal marginal
relevance so they say different things, then compressed on the parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..compress import compress_sentence, headline_from
from ..types import AnalysedArticle, Bullet, Sentence, Summary

MAX_BULLET_WORDS = 35


@dataclass(frozen=True)
class ExtractiveEngine:
    """Headline and bullets chosen from the article's own sentences.

    ``forward_weight``/``backward_weight`` weigh the credit a sentence earns from
    the sentences after / before it; ``position_decay`` favours the lead;
    ``redundancy`` is the MMR penalty for repeating a chosen bullet.
    """

    bullets: int = 3
    forward_weight: float = 1.0
    backward_weight: float = -0.3
    position_decay: float = 0.12
    position_weight: float = 1.0
    redundancy: float = 0.6
    name: str = "extractive"

    def summarize(self, articles: Sequence[AnalysedArticle]) -> list[Summary]:
        """One summary per analysed article."""
        return [self._postprocess(a, self._scores(a)) for a in articles]

    def _scores(self, analysed: AnalysedArticle) -> dict[int, float]:
        """Salience per content sentence index."""
        sentences = [s for s in analysed.content_sentences() if len(s.text.split()) >= 4]
        if not sentences:
            sentences = list(analysed.sentences)
        if not sentences:
            return {}
        idx = [s.index for s in sentences]
        vectors = analysed.embeddings[idx]
        sim = vectors @ vectors.T
        n = len(idx)
        centre = np.median(sim) if n > 1 else 0.0
        edges = np.clip(sim - centre, 0.0, None)
        np.fill_diagonal(edges, 0.0)
        after = np.triu(edges, 1).sum(1)
        before = np.tril(edges, -1).sum(1)
        central = self.forward_weight * after + self.backward_weight * before
        if central.max() > central.min():
            central = (central - central.min()) / (central.max() - central.min())
        else:
            central = np.zeros(n)
        position = np.exp(-self.position_decay * np.arange(n))
        score = central + self.position_weight * position
        return {i: float(v) for i, v in zip(idx, score)}

    def _postprocess(self, analysed: AnalysedArticle, scores: dict[int, float]) -> Summary:
        by_index = {s.index: s for s in analysed.sentences}
        ranked = sorted(scores, key=lambda i: -scores[i])
        chosen: list[tuple[int, str]] = []
        candidates = [(i, self._bullet_text(analysed, by_index[i])) for i in ranked]
        candidates = [(i, t) for i, t in candidates if t and len(t.split()) <= MAX_BULLET_WORDS]
        while candidates and len(chosen) < self.bullets:
            def gain(item: tuple[int, str]) -> float:
                i = item[0]
                if not chosen:
                    return scores[i]
                overlap = max(float(analysed.embeddings[i] @ analysed.embeddings[j]) for j, _ in chosen)
                return scores[i] - self.redundancy * overlap

            best = max(candidates, key=gain)
            candidates.remove(best)
            if any(_same(best[1], text) for _, text in chosen):
                continue
            chosen.append(best)
        chosen.sort()
        bullets = tuple(Bullet(text=t, sentences=(i,)) for i, t in chosen)
        lead = ranked[0] if ranked else None
        headline = self._headline(analysed, by_index[min(scores, key=lambda i: i)] if scores else None)
        del lead
        return Summary(headline=headline, bullets=bullets)

    def _bullet_text(self, analysed: AnalysedArticle, sentence: Sentence) -> str:
        span = analysed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            return sentence.text
        return compress_sentence(span)

    def _headline(self, analysed: AnalysedArticle, sentence: Sentence | None) -> str:
        if sentence is None:
            return analysed.article.source.title or ""
        span = analysed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        return headline_from(span) if span is not None else sentence.text[:90]


def _same(a: str, b: str) -> bool:
    """Near-duplicate check on word sets (Jaccard ≥ 0.7)."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.7
