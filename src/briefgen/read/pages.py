"""HTML → article text: whole pages through trafilatura, feed fragments through lxml."""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass

_BLOCKS = (
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "table",
    "tr",
    "section",
    "article",
    "figure",
    "figcaption",
    "header",
    "footer",
)


@dataclass(frozen=True)
class Page:
    """What trafilatura found in a page: main text, title, canonical URL, date, site name."""

    text: str
    title: str | None
    url: str | None
    published: str | None
    site: str | None


def extract_page(markup: str, *, url: str | None = None) -> Page | None:
    """The main text and metadata of a web page, or None when it has no article text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return None
    title = (doc.title or "").strip() or None
    lines = text.strip().split("\n")
    # trafilatura keeps the page's <h1>; it is the title, not the article's first sentence.
    if title and lines and lines[0].strip() == title and len(lines) > 1:
        lines = lines[1:]
    # One line per paragraph; a blank line between them marks paragraphs for the parser.
    body = "\n\n".join(line.strip() for line in lines if line.strip())
    return Page(
        text=body,
        title=title,
        url=doc.url or url,
        published=doc.date or None,
        site=doc.sitename or doc.hostname or None,
    )


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content), one paragraph per block."""
    if "<" not in fragment:
        return _tidy(htmllib.unescape(fragment))
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(htmllib.unescape(re.sub(r"<[^>]*>", " ", fragment)))
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
        if element.text:
            element.text = "\n\n" + element.text
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    joined = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", joined)
