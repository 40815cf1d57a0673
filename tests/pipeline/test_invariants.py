"""Invariants every brief must satisfy, checked on every article we can get."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen import Brief, InputError, Source, article_from_text
from briefgen.condense.compress import BULLET_MAX_WORDS
from briefgen.condense.wording import ends_dangling
from briefgen.engines.extractive import ExtractiveEngine
from support import shared_file

SHORT = "The mayor resigned on Friday after a vote of no confidence in the city council."
TWO = (
    "Storms cut power to 20,000 homes in the north on Sunday. "
    "Engineers expect to restore supply by Tuesday, the utility said."
)


def check_brief(brief: Brief, text: str, sentences: int | None = None) -> None:
    assert brief.headline.strip()
    assert len(brief.headline) <= 90, brief.headline
    assert not re.match(r"^\s*\(", brief.headline), f"dateline left in {brief.headline!r}"
    assert not ends_dangling(brief.headline), brief.headline
    expected = 3 if sentences is None else min(3, sentences)
    assert len(brief.bullets) == expected, [b.text for b in brief.bullets]
    texts = [b.text for b in brief.bullets]
    assert len(set(texts)) == len(texts)
    for n, bullet in enumerate(texts):
        # a lede no faithful cut brings under the limit stays whole, up to the engine's lede limit
        lede = n == 0 and bullet in text and brief.bullets[0].sentences[0] <= 2
        limit = ExtractiveEngine.lead_max_words if lede else BULLET_MAX_WORDS
        assert len(bullet.split()) <= limit, bullet
        assert bullet[-1] in ".!?”\"’'", bullet
        assert bullet[0].isupper() or not bullet[0].isalpha(), bullet
    for quote in brief.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            assert quote.speaker in text, f"speaker {quote.speaker!r} is not named in the article"


def test_seed(seed_brief, seed_path):
    check_brief(seed_brief, seed_path.read_text(encoding="utf-8"))
    assert re.search(r"\bXi\b", seed_brief.headline)
    assert "Zelensky" in seed_brief.headline


@pytest.mark.parametrize(("text", "sentences"), [(SHORT, 1), (TWO, 2)])
def test_short_articles_get_fewer_bullets(briefer, text, sentences):
    brief = briefer.brief(article_from_text(text))
    check_brief(brief, text, sentences)


def test_cnndm_articles(briefer):
    path = shared_file("cnndm_dev.jsonl")
    rows = [json.loads(line) for line in path.open(encoding="utf-8")][::3]
    articles = [article_from_text(r["article"], Source(url=r["url"])) for r in rows]
    two = []
    for article, brief in zip(articles, briefer.brief_many(articles), strict=True):
        assert isinstance(brief, Brief), brief
        # a short story whose other sentences are someone's words or say a bullet again (a
        # DailyMail caption restating the lead) gets two bullets rather than a repeat
        if len(brief.bullets) == 2:
            two.append(brief.headline)
        check_brief(brief, article.text, sentences=max(2, len(brief.bullets)))
    assert len(two) <= len(articles) // 20, two


WORDS = st.sampled_from(
    "the minister said police council voted on Monday after a long debate about taxes and "
    "schools in the city where 40 people were hurt when storm hit coast “peace” 'talks' — "
    "Mr. Smith of Reuters (AP) 3.5 % $ report: crisis".split()
)
SENTENCE = st.lists(WORDS, min_size=3, max_size=30).map(lambda ws: " ".join(ws).capitalize() + ".")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SENTENCE, min_size=1, max_size=12), st.sampled_from([" ", "\n", "\n\n"]))
def test_random_articles_never_break_the_invariants(briefer, sentences, glue):
    text = glue.join(sentences)
    try:
        article = article_from_text(text)
        brief = briefer.brief(article)
    except InputError:
        return
    assert 1 <= len(brief.bullets) <= 3
    assert len(brief.headline) <= 90
    for quote in brief.quotes:
        assert text[quote.start : quote.end] == quote.text
