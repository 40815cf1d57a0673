"""A digest's stories say whose a signed view is, in every format (review 52)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefgen.digest.model import Digest, DigestStory, StorySource
from briefgen.digest.render import render_digest
from briefgen.types import Brief, Bullet, Opinion, Source


def digest_of(opinion: Opinion | None) -> Digest:
    brief = Brief(
        headline="Ottawa should use policy to move diets towards plants",
        bullets=(Bullet("Environment Canada, for its part, downplays the role of diet in climate change."),),
        quotes=(),
        source=Source(title="Eat more plants"),
        engine="extractive",
        opinion=opinion,
    )
    source = StorySource(title="Eat more plants", url="https://example.org/plants", path=None, published=None)
    story = DigestStory(key="plants", brief=brief, sources=(source,), article_keys=("plants",))
    return Digest(title="Morning briefing", date=dt.date(2026, 12, 5), stories=(story,))


@pytest.mark.parametrize(
    ("fmt", "shown"),
    [
        ("md", "*Opinion · Anna Pippus*"),
        ("text", "\nOpinion · Anna Pippus\n"),
        ("html", '<p class="byline" dir="auto"'),
    ],
)
def test_a_signed_view_carries_its_byline(fmt: str, shown: str) -> None:
    assert shown in render_digest(digest_of(Opinion("Anna Pippus")), fmt)
    assert "Opinion" not in render_digest(digest_of(None), fmt)


def test_the_json_digest_carries_the_opinion() -> None:
    stories = json.loads(render_digest(digest_of(Opinion(None)), "json"))["stories"]
    assert stories[0]["opinion"] == {"writer": None, "kind": "opinion"}
    assert "Opinion ·" not in render_digest(digest_of(Opinion(None)), "md")
    assert "*Opinion*" in render_digest(digest_of(Opinion(None)), "md")


@pytest.mark.parametrize(("fmt", "shown"), [("md", "*Readers' letters*"), ("text", "\nReaders' letters\n")])
def test_a_letters_page_says_so(fmt: str, shown: str) -> None:
    page = digest_of(Opinion(None, kind="letters"))
    assert shown in render_digest(page, fmt)
    assert "Opinion" not in render_digest(page, fmt)
    assert json.loads(render_digest(page, "json"))["stories"][0]["opinion"] == {
        "writer": None,
        "kind": "letters",
    }
