"""The vectorised story grouping gives the very stories of the pairwise loop it replaced."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.digest.stories import Signature, candidate_pairs, group, opening_signatures
from briefgen.errors import InputError
from briefgen.read.reading import article_from_text
from grouping_reference import pairwise_group
from support import shared_file


def _stories(stories):
    return [(s.members, s.lead, s.latest) for s in stories]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=0, max_value=2**32 - 1),
    st.integers(min_value=1, max_value=60),
    st.integers(min_value=1, max_value=8),
)
def test_same_stories_as_the_pairwise_loop_on_random_clusters(seed, n, topics):
    # Articles scattered around a few topics, close enough that many pairs sit near
    # the thresholds, with entity sets that overlap by chance: every rule is exercised.
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(topics, 16))
    labels = rng.integers(0, topics, n)
    vectors = centres[labels] + rng.normal(scale=rng.uniform(0.2, 0.9), size=(n, 16))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    names = [f"e{k}" for k in range(12)]
    signatures = [
        Signature(v, frozenset(rng.choice(names, rng.integers(0, 7), replace=False).tolist()))
        for v in vectors
    ]
    day = datetime(2026, 11, 1, tzinfo=timezone.utc)
    when = [day + timedelta(hours=int(h)) if h % 3 else None for h in rng.integers(0, 200, n)]
    sizes = rng.integers(1, 30, n).tolist()
    assert _stories(group(signatures, when, sizes)) == _stories(pairwise_group(signatures, when, sizes))


def test_candidate_pairs_are_the_pairs_over_the_threshold_each_once():
    rng = np.random.default_rng(3)
    matrix = rng.normal(size=(2500, 8)).astype(np.float32)  # more rows than one block
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    first, second, similarity = candidate_pairs(matrix, 0.9)
    full = matrix @ matrix.T
    want = [(i, j) for i, j in zip(*np.nonzero(full >= 0.9), strict=True) if i < j]
    assert list(zip(first.tolist(), second.tolist(), strict=True)) == want
    assert np.allclose(similarity, full[first, second])


def test_same_stories_as_the_pairwise_loop_on_the_development_data(briefer):
    articles = []
    for name, take in (("cnndm_dev.jsonl", 131), ("headlines_dev.jsonl", 250), ("quotes_ggt_dev.jsonl", 49)):
        with open(shared_file(name), encoding="utf-8") as handle:
            for line in list(handle)[:take]:
                record = json.loads(line)
                try:
                    articles.append(article_from_text(record.get("text") or record["article"]))
                except InputError:
                    continue
    signatures = opening_signatures(articles)
    when = [None] * len(articles)
    sizes = [len(a.text) for a in articles]
    new = group(signatures, when, sizes)
    assert _stories(new) == _stories(pairwise_group(signatures, when, sizes))
    assert sum(len(s.members) > 1 for s in new) >= 3  # the data does have stories told more than once
