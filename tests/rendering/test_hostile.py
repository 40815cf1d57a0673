"""A hostile article is harmless in every format: nothing executes, nothing is interpreted.

Two briefs are checked: one made by the real pipeline from the hostile article
(``tests/hostile.py``, source URL ``javascript:alert(1)``) and one built by hand
whose every field carries every payload. "Not interpreted" is checked the
strict way: the text a reader sees (Markdown rendered by a CommonMark parser,
HTML parsed by lxml, the email's decoded parts) is exactly the article's text.
"""

from __future__ import annotations

import email
import email.policy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from briefgen import article_from_text
from briefgen.rendering.render import brief_to_dict, escape_markdown, render
from hostile import HOSTILE_ARTICLE, HOSTILE_SOURCE, hostile_brief

MARKDOWN = MarkdownIt("commonmark")  # raw HTML enabled, as most Markdown viewers do


@pytest.fixture(scope="module", params=["pipeline", "handmade"])
def brief(request):
    if request.param == "handmade":
        return hostile_brief()
    briefer = request.getfixturevalue("briefer")
    return briefer.brief(article_from_text(HOSTILE_ARTICLE, HOSTILE_SOURCE))


def assert_inert(doc) -> None:
    """No element that runs script, loads anything, or links anywhere but the web."""
    for tag in ("script", "img", "iframe", "object", "embed", "svg", "math", "form", "link", "b"):
        assert doc.find(f".//{tag}") is None, f"<{tag}> was interpreted"
    for el in doc.iter():
        if isinstance(el.tag, str):
            assert not any(name.lower().startswith("on") for name in el.attrib), el.attrib
    for a in doc.iter("a"):
        assert a.get("href", "").startswith(("http://", "https://", "#")), a.get("href")


def squash(text: str) -> str:
    return " ".join(text.split())


def test_the_pipeline_keeps_the_payloads(brief):
    """The article's hostile text reaches the brief, so the checks below are not vacuous."""
    fields = brief_to_dict(brief)
    everything = json.dumps([fields["headline"], fields["bullets"], fields["quotes"]], ensure_ascii=False)
    payloads = ("<script>", "<img", "<b>", "{{ 7*7 }}", "{% raw %}", "](javascript:")
    assert sum(p in everything for p in payloads) >= 2, everything
    assert brief.source.url == "javascript:alert(1)"


def test_markdown(brief):
    md = render(brief, "md")
    assert "49" not in md
    doc = lxml_html.document_fromstring(f"<html><body>{MARKDOWN.render(md)}</body></html>")
    assert_inert(doc)
    assert doc.find(".//a") is None, "no link: the javascript: source must stay text"
    (h1,) = doc.iter("h1")
    assert h1.text_content() == brief.headline
    assert [li.text_content().strip() for li in doc.iter("li")] == [b.text for b in brief.bullets]
    quotes = [squash(bq.text_content()) for bq in doc.iter("blockquote")]
    for quote, shown in zip(brief.quotes, quotes, strict=True):
        assert shown == squash(f"“{quote.spoken}” — {quote.speaker or 'unattributed'}")
    assert "Source: javascript:alert(1)" in squash(doc.text_content())


def test_text(brief):
    text = render(brief, "text")
    assert "49" not in text
    assert text.startswith(brief.headline + "\n")
    flat = squash(text)
    for bullet in brief.bullets:
        assert squash(bullet.text) in flat
    assert "{{ 7*7 }}" in flat


def test_json(brief):
    data = json.loads(render(brief, "json"))
    assert data == brief_to_dict(brief)
    assert data["source"]["url"] == "javascript:alert(1)"


@pytest.mark.parametrize("fragment", [False, True])
def test_html_and_fragment(brief, fragment):
    page = render(brief, "html", fragment=fragment)
    doc = (
        lxml_html.fragment_fromstring(page, create_parent="div")
        if fragment
        else lxml_html.document_fromstring(page)
    )
    assert_inert(doc)
    assert "49" not in doc.text_content()
    assert [h.text_content() for h in doc.iter("h1")] == [brief.headline]
    assert [b.text_content() for b in doc.find_class("bullet")] == [b.text for b in brief.bullets]
    assert [bq.text_content() for bq in doc.iter("blockquote")] == [f"“{q.spoken}”" for q in brief.quotes]
    (source,) = doc.find_class("source-cell")
    assert (brief.source.title or "javascript:alert(1)") in source.text_content()
    if not fragment:
        assert doc.find_class("preheader")[0].text_content() == brief.bullets[0].text
        assert doc.findtext(".//title") == brief.headline


def test_eml(brief):
    raw = render(brief, "eml", sender="desk@example.org")
    message = email.message_from_bytes(raw.encode("ascii"), policy=email.policy.default)
    assert message["Subject"] == squash(brief.headline)
    html_part = message.get_body(("html",)).get_content().replace("\r\n", "\n")
    text_part = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert html_part == render(brief, "html") and text_part == render(brief, "text")
    assert_inert(lxml_html.document_fromstring(html_part))


# Characters Markdown could act on, mixed with words, spaces and right-to-left text.
_MD_ALPHABET = st.sampled_from(list("abc XYZ 019 #*_-+=`~<>[]()!&;:/\\|.\"'{}%$ مرحبا שלום é"))


@settings(max_examples=300, deadline=None)
@given(st.lists(_MD_ALPHABET, min_size=1, max_size=40).map("".join))
def test_escaped_markdown_renders_as_the_literal_text(text):
    rendered = MARKDOWN.render("- " + escape_markdown(text))
    doc = lxml_html.fragment_fromstring(rendered, create_parent="div")
    items = list(doc.iter("li"))
    if not text.strip():
        return  # an empty item: nothing to show
    assert len(items) == 1, rendered
    assert [el.tag for el in items[0].iter()] in (["li"], ["li", "p"]), rendered
    assert items[0].text_content().strip() == text.strip()
