"""Stories, not articles: grouping articles about the same event.

Two articles tell the same story when their leads say the same thing (cosine of
the mean MiniLM embedding of their first content sentences) and, unless the
leads are near-identical, they name the same people, places and organisations
(several, and a good share of those they name). When in doubt articles stay
apart: a missed merge shows a story twice, a wrong one hides a story.
Entities most articles share (in a big batch: "US", "Police") prove nothing and
are ignored. Groups form by average linkage (a group joins another only when
most of their cross pairs are linked) so a chain of look-alikes does not
snowball into one giant story.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from ..types import AnalysedArticle, Article

LEAD_SENTENCES = 5
LEAD_CHARS = 1500  # the opening that tells which story an article is: a few paragraphs
# Calibrated on 131 news articles of many topics: unrelated pairs stay under 0.6 and
# pairs over 0.6 with several shared names were follow-ups of one story; sport
# reports of different matches share team names but few (under 30%) of them.
SAME_LEAD = 0.8  # leads this close are the same report, entities or not
RELATED_LEAD = 0.6  # leads this close are the same story when they share named entities
SHARED_ENTITIES = 3  # at least this many distinctive names in common ...
SHARED_SHARE = 0.3  # ... making up at least this share of the shorter list
DISTINCT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})


@dataclass(frozen=True, eq=False)
class Signature:
    """What an article's story is judged by: the lead's direction and its named entities."""

    vector: np.ndarray
    entities: frozenset[str]


@dataclass(frozen=True)
class Story:
    """Indices of the articles telling one story; ``lead`` is the one to brief."""

    members: tuple[int, ...]
    lead: int
    latest: datetime | None


def lead_length(text: str) -> int:
    """Where an article's opening ends: whole paragraphs, else whole sentences, up to ~LEAD_CHARS.

    Only the opening decides which story an article tells, so a digest analyses
    just the openings of all articles, and the whole text of those it briefs.
    """
    if len(text) <= LEAD_CHARS:
        return len(text)
    cut = text.rfind("\n", 0, LEAD_CHARS)
    if cut < LEAD_CHARS // 2:
        cut = max(text.rfind(mark, 0, LEAD_CHARS) for mark in (". ", "? ", "! ", ".\u201d ", '." '))
        cut = cut + 1 if cut >= LEAD_CHARS // 2 else LEAD_CHARS
    return cut


def signature(analysed: AnalysedArticle) -> Signature:
    """The story signature of an analysed article (or of its opening: the result is the same)."""
    end = lead_length(analysed.text)
    opening = [s for s in analysed.content_sentences() if s.start < end]
    content = [s for s in opening if len(s.text.split()) >= 4] or opening or list(analysed.sentences[:1])
    rows = [s.index for s in content[:LEAD_SENTENCES]]
    if rows:
        vector = analysed.embeddings[rows].mean(axis=0)
        norm = float(np.linalg.norm(vector))
        vector = vector / norm if norm > 0 else vector
    else:
        vector = np.zeros(analysed.embeddings.shape[1] if analysed.embeddings.ndim == 2 else 384, np.float32)
    return Signature(np.asarray(vector, dtype=np.float32), entity_keys(analysed, end))


def opening_signatures(articles: Sequence[Article]) -> list[Signature]:
    """The signatures of ``articles`` from their openings alone, cheaply.

    Equal to :func:`signature` of the analysed article, at a fraction of the cost:
    only the opening is parsed, and only the sentences the signature uses are
    embedded (embedding every sentence is most of the cost of analysis).
    """
    from ..analyse.analysis import split_sentences  # the very sentence split analysis uses, so both agree
    from ..analyse.embedding import load_embedder
    from ..analyse.nlp import load_spacy

    docs = list(load_spacy().pipe(a.text[: lead_length(a.text)] for a in articles))
    chosen: list[list[str]] = []
    entities: list[frozenset[str]] = []
    for doc in docs:
        sentences = [s for s in split_sentences(doc) if not s.boilerplate]
        content = (
            [s for s in sentences if len(s.text.split()) >= 4] or sentences or list(split_sentences(doc)[:1])
        )
        chosen.append([s.text for s in content[:LEAD_SENTENCES]])
        keys = (normalise_entity(e.text, e.label_) for e in doc.ents if e.label_ in DISTINCT_LABELS)
        entities.append(frozenset(k for k in keys if k))
    vectors = load_embedder().encode([text for texts in chosen for text in texts])
    signatures = []
    offset = 0
    for texts, keys in zip(chosen, entities, strict=True):
        block = vectors[offset : offset + len(texts)]
        offset += len(texts)
        vector = block.mean(axis=0) if len(texts) else np.zeros(vectors.shape[1], np.float32)
        norm = float(np.linalg.norm(vector))
        signatures.append(Signature((vector / norm if norm > 0 else vector).astype(np.float32), keys))
    return signatures


def entity_keys(analysed: AnalysedArticle, end: int | None = None) -> frozenset[str]:
    """Normalised names of the distinctive entities (before ``end``); a person is known by the surname."""
    keys = set()
    for entity in analysed.entities:
        if entity.label not in DISTINCT_LABELS or (end is not None and entity.start >= end):
            continue
        key = normalise_entity(entity.text, entity.label)
        if key:
            keys.add(key)
    return frozenset(keys)


def normalise_entity(text: str, label: str) -> str:
    """``"the White House's"`` → ``"white house"``; ``"Maria Lopez"`` (PERSON) → ``"lopez"``."""
    words = text.replace("’", "'").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if words and words[-1].lower().endswith("'s"):
        words[-1] = words[-1][:-2]
    words = [w.strip(".,;:!?\"'()[]") for w in words]
    words = [w for w in words if w]
    if label == "PERSON" and words:
        words = words[-1:]
    return " ".join(words).lower()


def same_story(a: Signature, b: Signature, ignore: frozenset[str] = frozenset()) -> bool:
    """True when two signatures tell the same story (see the module docstring)."""
    similarity = float(a.vector @ b.vector)
    if similarity >= SAME_LEAD:
        return True
    if similarity < RELATED_LEAD:
        return False
    mine, theirs = a.entities - ignore, b.entities - ignore
    shared = len(mine & theirs)
    return shared >= SHARED_ENTITIES and shared >= SHARED_SHARE * min(len(mine), len(theirs))


def group(
    signatures: Sequence[Signature],
    when: Sequence[datetime | None],
    sizes: Sequence[int],
) -> list[Story]:
    """Group articles into stories, most-carried first, then most recent, then input order.

    ``sizes`` (content sentences per article) breaks ties when choosing the lead article.
    Only pairs whose leads are close enough to matter (see :func:`candidate_pairs`) are
    judged one by one, so 10,000 articles group in seconds, not in a loop over 50 million pairs.
    """
    n = len(signatures)
    if n == 0:
        return []
    ignore = common_entities(signatures)
    matrix = np.stack([s.vector for s in signatures])
    first, second, similarity = candidate_pairs(matrix, RELATED_LEAD)
    neighbours: dict[int, set[int]] = {}
    pairs = []
    for i, j, sim in zip(first.tolist(), second.tolist(), similarity.tolist(), strict=True):
        if same_story(signatures[i], signatures[j], ignore):
            neighbours.setdefault(i, set()).add(j)
            neighbours.setdefault(j, set()).add(i)
            pairs.append((sim, i, j))
    cluster = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in sorted(pairs, reverse=True):
        a, b = cluster[i], cluster[j]
        if a == b:
            continue
        # Average linkage: most of the cross pairs of the two groups must be linked.
        cross = sum(1 for k in members[a] for m in neighbours.get(k, ()) if cluster[m] == b)
        if cross / (len(members[a]) * len(members[b])) < 0.5:
            continue
        for k in members[b]:
            cluster[k] = a
        members[a] += members.pop(b)
    stories = []
    for indices in members.values():
        indices = sorted(indices)
        times = [when[i] for i in indices if when[i] is not None]
        stories.append(Story(tuple(indices), _lead(indices, matrix, sizes), max(times) if times else None))
    stories.sort(
        key=lambda s: (-len(s.members), -(s.latest.timestamp() if s.latest else float("-inf")), s.members[0])
    )
    return stories


BLOCK_ROWS = 1024  # rows of the similarity matrix at a time: 40 MB for 10,000 articles


def candidate_pairs(matrix: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Index pairs ``i < j`` of rows of ``matrix`` whose dot product is at least ``threshold``.

    The similarity matrix is computed a block of rows at a time, so memory stays
    at ``BLOCK_ROWS`` × n however many articles there are. Returns the first
    indices, the second indices and the similarities, ordered by ``(i, j)``.
    """
    n = len(matrix)
    firsts, seconds, sims = [], [], []
    for begin in range(0, n, BLOCK_ROWS):
        block = matrix[begin : begin + BLOCK_ROWS] @ matrix.T
        rows, cols = np.nonzero(block >= threshold)
        keep = cols > rows + begin  # the upper triangle: each pair once, no article with itself
        rows, cols = rows[keep], cols[keep]
        firsts.append(rows + begin)
        seconds.append(cols)
        sims.append(block[rows, cols])
    if not firsts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32)
    return np.concatenate(firsts), np.concatenate(seconds), np.concatenate(sims)


def common_entities(signatures: Sequence[Signature]) -> frozenset[str]:
    """Entities too common in this batch to tell stories apart."""
    n = len(signatures)
    if n < 10:
        return frozenset()
    counts: dict[str, int] = {}
    for s in signatures:
        for key in s.entities:
            counts[key] = counts.get(key, 0) + 1
    limit = max(3, int(0.1 * n))
    return frozenset(k for k, c in counts.items() if c > limit)


def _lead(indices: list[int], matrix: np.ndarray, sizes: Sequence[int]) -> int:
    """The member closest to the group's centre; the fuller article on a tie."""
    if len(indices) == 1:
        return indices[0]
    centre = matrix[indices].mean(axis=0)
    return max(indices, key=lambda i: (round(float(matrix[i] @ centre), 2), sizes[i], -i))
