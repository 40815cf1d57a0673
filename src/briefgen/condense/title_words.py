"""Which headline to print: the one whose words a title would most likely use.

A lead can be cut to a headline at several lengths, and no single length is
right: a short headline loses what the long one says, a long one says what no
title would. Each option is scored by the F1 it should reach against the
story's real title (Hedge Trimmer's length problem, decided by expected
overlap, not by a fixed budget). A word's chance of being in the title comes
from a logistic model over what any parser can tell about it: how often the
rest of the article repeats it, its part of speech, entity type, syntactic
role, depth and place in the sentence. The weights are fitted on the
development titles with ``bench/fit_title_words.py`` and pinned in
``title_words.json``; they describe words, not articles.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

from .trimming import article_counts
from .wording import inside_quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_POS = ("PROPN", "NOUN", "VERB", "ADJ", "NUM", "ADP", "DET", "AUX", "PRON", "ADV", "PART", "CCONJ")
_ENTITIES = ("PERSON", "ORG", "GPE", "NORP", "DATE", "CARDINAL", "MONEY", "PERCENT")
_DEPS = (
    "nsubj nsubjpass dobj pobj compound amod prep det aux auxpass poss ccomp xcomp advmod conj "
    "appos nummod npadvmod advcl relcl acl attr"
).split()
FEATURES: tuple[str, ...] = (
    "bias",
    "content",
    "log_count",
    "capped_count",
    "unrepeated",
    "position",
    "depth",
    "root",
    "quoted",
    "stopword",
    "capitalised",
    "long_word",
    *(f"pos_{p}" for p in _POS),
    *(f"entity_{e}" for e in _ENTITIES),
    "log_count_propn",
    "log_count_noun",
    "log_count_verb",
    "log_count_next",
    "in_next",
    *(f"dep_{d}" for d in _DEPS),
    "head_is_root",
    "log_length",
)
# Words of a headline that the lead does not have as such ("to" for "will", "is" for "has been").
UNSEEN_WORD = 0.05
_PIECE = re.compile(r"[a-z0-9]+")
_NEXT_SENTENCES = 3


def word_features(span: Span) -> tuple[np.ndarray, list[Token]]:
    """One row of :data:`FEATURES` per word (not punctuation) of ``span``, and the words."""
    counts = article_counts(span)
    following = [s for s in span.doc.sents if s.start >= span.end][:_NEXT_SENTENCES]
    soon = Counter(t.lemma_.lower() for s in following for t in s if t.is_alpha and not t.is_stop)
    quoted = inside_quotes(span)
    rows, words = [], []
    for t in span:
        if t.is_punct or t.is_space or not _PIECE.search(t.lower_):
            continue
        content = t.is_alpha and not t.is_stop
        lemma = t.lemma_.lower()
        count = counts[lemma] if content else 0
        near = soon[lemma] if content else 0
        depth, head = 0, t
        while head.head is not head and depth < 8:
            head, depth = head.head, depth + 1
        log_count = math.log1p(count)
        row = [
            1.0,
            float(content),
            log_count,
            min(count, 3) / 3 * content,
            float(count == 0 and content),
            (t.i - span.start) / max(len(span), 1),
            depth / 8,
            float(t.dep_ == "ROOT"),
            float(t.i in quoted),
            float(t.is_stop),
            float(t.text[:1].isupper() and t.i > span.start),
            float(len(t.text) > 6),
            *(float(t.pos_ == p) for p in _POS),
            *(float(t.ent_type_ == e) for e in _ENTITIES),
            log_count * (t.pos_ == "PROPN"),
            log_count * (t.pos_ == "NOUN"),
            log_count * (t.pos_ == "VERB"),
            math.log1p(near),
            float(near > 0),
            *(float(t.dep_ == d) for d in _DEPS),
            float(t.head.dep_ == "ROOT"),
            math.log1p(len(t.text)),
        ]
        rows.append(row)
        words.append(t)
    return np.array(rows, dtype=float).reshape(len(rows), len(FEATURES)), words


@cache
def _model() -> tuple[np.ndarray, float]:
    data = json.loads(resources.files("briefgen.condense").joinpath("title_words.json").read_text("utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise RuntimeError("title_words.json was fitted on other features; rerun bench/fit_title_words.py")
    return np.array(data["weights"], dtype=float), float(data["title_words"])


def title_word_probabilities(span: Span, weights: np.ndarray | None = None) -> dict[str, float]:
    """For each word of ``span`` (lower case, as ROUGE splits it) and its lemma, the chance
    that the story's title uses it; ``weights`` replace the pinned ones (for fitting)."""
    if weights is None:
        weights = _model()[0]
    rows, words = word_features(span)
    if not words:
        return {}
    chances = 1.0 / (1.0 + np.exp(-(rows @ weights)))
    found: dict[str, float] = {}
    for token, chance in zip(words, chances, strict=True):
        for piece in _PIECE.findall(token.lower_) + _PIECE.findall(token.lemma_.lower()):
            found[piece] = max(found.get(piece, 0.0), float(chance))
    return found


def _chance(word: str, chances: dict[str, float]) -> float:
    if word in chances:
        return chances[word]
    for ending in ("s", "es", "ed", "d"):  # "assures" for the lead's "assured", lemma "assure"
        if word.endswith(ending) and word[: -len(ending)] in chances:
            return chances[word[: -len(ending)]]
    return UNSEEN_WORD


def expected_f1(headline: str, chances: dict[str, float], title_words: float | None = None) -> float:
    """The ROUGE-1 F1 ``headline`` should reach against a title of ``title_words`` words:
    2 · (expected shared words) / (headline words + title words)."""
    words = _PIECE.findall(headline.lower())
    if not words:
        return 0.0
    if title_words is None:
        title_words = _model()[1]
    return 2 * sum(_chance(w, chances) for w in words) / (len(words) + title_words)


def choose_headline(span: Span, options: Sequence[str]) -> str:
    """The option with the highest expected F1 against the title; the first on a tie."""
    if len(options) < 2:
        return options[0] if options else ""
    return best_headline(span, options)[0]


def best_headline(span: Span, options: Sequence[str]) -> tuple[str, float]:
    """The option of :func:`choose_headline` with its expected F1 (which compares headlines
    of different sentences too); ``("", 0.0)`` when there is none."""
    if not options:
        return "", 0.0
    chances = title_word_probabilities(span)
    scores = [expected_f1(option, chances) for option in options]
    best = int(np.argmax(scores))
    return options[best], scores[best]
