"""The analysis stage: articles → sentences, entities and sentence embeddings.

Batch-first: spaCy parses the articles in ``nlp.pipe`` calls of up to
``PARSE_CHARS`` characters and every sentence of every article is embedded in
one batched model call.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from ..read.cleaning import furniture_lines, is_boilerplate
from ..types import AnalysedArticle, Article, Entity, Sentence
from .sentences import mend_bounds

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .embedding import SentenceEmbedder

# spaCy's working memory for one ``nlp.pipe`` call grows with the tokens of all its
# texts (about 17 KB per token, ~3.5 KB per character, for en_core_web_sm), and glibc
# keeps what was freed: eight of the longest articles (220,000 characters) took
# 0.75 GB at once, one at a time 0.13 GB. Parsing a doc alone or beside others gives
# the same parse, and on ordinary articles it costs no measurable time.
PARSE_CHARS = 20_000


def analyse(
    articles: Sequence[Article],
    *,
    nlp: Language | None = None,
    embedder: SentenceEmbedder | None = None,
    parse_chars: int = PARSE_CHARS,
) -> list[AnalysedArticle]:
    """Parse and embed ``articles``; the models default to the embedded ones.

    spaCy is given at most ``parse_chars`` characters per call (an article longer
    than that alone), so memory follows the longest article, not the batch.
    """
    if nlp is None:
        from .nlp import load_spacy

        nlp = load_spacy()
    if embedder is None:
        from .embedding import load_embedder

        embedder = load_embedder()
    docs = [
        doc for group in by_characters([a.text for a in articles], parse_chars) for doc in nlp.pipe(group)
    ]
    per_article = [split_sentences(doc) for doc in docs]
    flat = [s.text for sentences in per_article for s in sentences]
    vectors = embedder.encode(flat)
    vectors.setflags(write=False)
    result = []
    offset = 0
    for article, doc, sentences in zip(articles, docs, per_article, strict=True):
        block = vectors[offset : offset + len(sentences)]
        offset += len(sentences)
        entities = tuple(Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents)
        result.append(AnalysedArticle(article, sentences, entities, block, doc))
    return result


def by_characters(texts: Sequence[str], most: int) -> Iterator[list[str]]:
    """``texts`` in order, cut into runs of at most ``most`` characters (a longer text alone)."""
    run: list[str] = []
    size = 0
    for text in texts:
        if run and size + len(text) > most:
            yield run
            run, size = [], 0
        run.append(text)
        size += len(text)
    if run:
        yield run


def split_sentences(doc: Doc) -> tuple[Sentence, ...]:
    """The sentences of a parsed article, with paragraph numbers and boilerplate marked."""
    text = doc.text
    bounds = []
    for span in doc.sents:
        start, end = span.start_char, span.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end or not any(c.isalnum() for c in text[start:end]):
            continue
        bounds.append((start, end))
    sentences: list[Sentence] = []
    paragraph = 0
    last_end = 0
    not_copy = furniture_lines(text)
    for start, end in mend_bounds(text, bounds):
        if "\n\n" in text[last_end:start] or (sentences and "\n" in text[last_end:start]):
            paragraph += 1
        last_end = end
        sentence_text = text[start:end]
        sentences.append(
            Sentence(
                index=len(sentences),
                text=sentence_text,
                start=start,
                end=end,
                paragraph=paragraph,
                boilerplate=is_boilerplate(sentence_text)
                or any(a <= start and (end >= b or whole) and end <= b for a, b, whole in not_copy),
            )
        )
    return tuple(sentences)


def similarity_matrix(analysed: AnalysedArticle) -> np.ndarray:
    """Cosine similarities between the article's sentences."""
    return analysed.embeddings @ analysed.embeddings.T
