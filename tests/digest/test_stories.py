"""Grouping articles into stories with the real embedding model and spaCy entities."""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen import article_from_text
from briefgen.digest.stories import (
    Signature,
    group,
    lead_length,
    normalise_entity,
    opening_signatures,
    same_story,
    signature,
)
from digest_helpers import article

NAMES = ["bridge-gazette", "council-week", "bridge-herald", "leopard-study", "footbridge-opens", "rovers-win"]


@pytest.fixture(scope="module")
def analysed(briefer):
    return briefer.analyse([article_from_text(article(n)[1]) for n in NAMES])


def test_two_reports_of_one_event_are_one_story_and_others_stay_apart(analysed):
    sigs = [signature(a) for a in analysed]
    gazette, herald, footbridge = sigs[0], sigs[2], sigs[4]
    assert same_story(gazette, herald)
    # Same county, same kind of thing (a bridge), different event.
    assert not same_story(gazette, footbridge)
    assert not same_story(herald, footbridge)
    assert {"voss", "tidewater bridge", "port alder"} <= gazette.entities & herald.entities
    stories = group(sigs, [None] * len(sigs), [len(a.content_sentences()) for a in analysed])
    assert [s.members for s in stories] == [(0, 2), (1,), (3,), (4,), (5,)]
    assert stories[0].lead in (0, 2)


def test_order_is_sources_then_recency_then_input_order(analysed):
    sigs = [signature(a) for a in analysed]
    day = [datetime(2026, 11, d, tzinfo=timezone.utc) for d in (20, 21, 22, 23, 24, 25)]
    when = [day[0], day[1], day[2], None, day[4], day[3]]
    stories = group(sigs, when, [10] * len(sigs))
    # The two-source story first (its latest article on the 22nd), then newest first, undated last.
    assert [s.members for s in stories] == [(0, 2), (4,), (5,), (1,), (3,)]
    assert stories[0].latest == day[2]


def test_lead_is_the_fuller_article_on_a_tie():
    vector = np.ones(4, dtype=np.float32) / 2
    sig = Signature(vector, frozenset())
    stories = group([sig, sig], [None, None], [5, 9])
    assert stories[0].members == (0, 1) and stories[0].lead == 1


def test_normalise_entity():
    assert normalise_entity("the White House's", "ORG") == "white house"
    assert normalise_entity("Mayor Helena Voss", "PERSON") == "voss"
    assert normalise_entity("Voss’s", "PERSON") == "voss"
    assert normalise_entity("The", "ORG") == ""


@given(st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=12))
def test_grouping_is_a_partition(topics):
    # Articles on one of four orthogonal "topics": each story holds exactly one topic, all of it.
    basis = np.eye(4, dtype=np.float32)
    sigs = [Signature(basis[t], frozenset({f"e{t}"})) for t in topics]
    stories = group(sigs, [None] * len(sigs), [1] * len(sigs))
    members = sorted(i for s in stories for i in s.members)
    assert members == list(range(len(topics)))
    for s in stories:
        assert len({topics[i] for i in s.members}) == 1
    assert len(stories) == len(set(topics))
    sizes = [len(s.members) for s in stories]
    assert sizes == sorted(sizes, reverse=True)


def test_opening_signatures_equal_those_of_the_full_analysis(briefer):
    long_one = article("bridge-gazette")[1] + "\n\n" + article("council-week")[1]  # well over the opening
    texts = [long_one, article("leopard-study")[1], article("rovers-win")[1]]
    articles = [article_from_text(t) for t in texts]
    assert lead_length(long_one) < len(long_one)
    cheap = opening_signatures(articles)
    full = [signature(a) for a in briefer.analyse(articles)]
    for a, b in zip(cheap, full, strict=True):
        assert np.allclose(a.vector, b.vector, atol=1e-4)
        assert a.entities == b.entities
    assert "okafor" not in cheap[0].entities  # the second half is not the opening
