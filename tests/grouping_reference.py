"""The pairwise story grouping that ``digest.stories.group`` replaced, kept as its reference.

A Python loop over every pair of articles: O(n²) calls, and an n × n similarity
and link matrix in memory. tests/digest/ and bench/batch_speed.py check that the
vectorised ``group`` gives the very same stories, and measure both.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import numpy as np

from briefgen.digest.stories import RELATED_LEAD, Signature, Story, common_entities, same_story


def pairwise_group(
    signatures: Sequence[Signature],
    when: Sequence[datetime | None],
    sizes: Sequence[int],
) -> list[Story]:
    """The former ``group``, line for line."""
    n = len(signatures)
    if n == 0:
        return []
    ignore = common_entities(signatures)
    matrix = np.stack([s.vector for s in signatures])
    similarity = matrix @ matrix.T
    linked = np.zeros((n, n), dtype=bool)
    pairs = []
    for i in range(n):
        for j in range(i + 1, n):
            if similarity[i, j] >= RELATED_LEAD and same_story(signatures[i], signatures[j], ignore):
                linked[i, j] = linked[j, i] = True
                pairs.append((float(similarity[i, j]), i, j))
    cluster = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in sorted(pairs, reverse=True):
        a, b = cluster[i], cluster[j]
        if a == b:
            continue
        cross = linked[np.ix_(members[a], members[b])]
        if cross.mean() < 0.5:
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


def _lead(indices: list[int], matrix: np.ndarray, sizes: Sequence[int]) -> int:
    if len(indices) == 1:
        return indices[0]
    centre = matrix[indices].mean(axis=0)
    return max(indices, key=lambda i: (round(float(matrix[i] @ centre), 2), sizes[i], -i))
