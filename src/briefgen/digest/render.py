"""Rendering a digest: md, text and html through templates, json from Python, eml as MIME.

The HTML digest is an email: ``digest.html.j2`` extends the shared
``email_base.html.j2`` layout and shows each story with the shared
``partials/story.html.j2``, so a digest looks like a single brief, only longer.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from ..errors import BriefgenError
from ..rendering.render import byline, page_context, quote_view, render_html, render_template, source_name
from ..types import Source
from .config import SmtpConfig
from .model import Digest, DigestStory, digest_to_dict

TEMPLATES = {"md": "digest.md.j2", "text": "digest.txt.j2", "html": "digest.html.j2"}
SUFFIX = {
    "md": "md",
    "text": "txt",
    "html": "html",
    "eml": "eml",
    "json": "json",
    "atom": "atom",
    "rss": "rss",
    "jsonfeed": "json",
}


def render_digest(
    digest: Digest,
    fmt: str,
    *,
    templates_dir: str | None = None,
    smtp: SmtpConfig | None = None,
) -> str:
    """The digest as ``md``, ``text``, ``html``, ``json`` or ``eml`` (addressed from ``smtp``)."""
    if fmt == "json":
        return json.dumps(digest_to_dict(digest), ensure_ascii=False, indent=2) + "\n"
    if fmt == "eml":
        from ..rendering.emailmsg import message_text

        return message_text(digest_message(digest, templates_dir=templates_dir, smtp=smtp))
    if fmt == "html":
        return render_html(TEMPLATES["html"], html_context(digest), templates_dir=templates_dir)
    if fmt not in TEMPLATES:
        raise BriefgenError(f"unknown digest format {fmt!r}")
    return render_template(TEMPLATES[fmt], text_context(digest), templates_dir=templates_dir)


def digest_message(digest: Digest, *, templates_dir: str | None = None, smtp: SmtpConfig | None = None):
    """The digest as an email message: a text part and an HTML part."""
    from ..rendering.emailmsg import build_message

    return build_message(
        subject=digest.subject,
        text=render_digest(digest, "text", templates_dir=templates_dir),
        html=render_digest(digest, "html", templates_dir=templates_dir),
        sender=smtp.sender if smtp else None,
        recipients=list(smtp.to) if smtp else None,
    )


def story_context(story: DigestStory, number: int) -> dict[str, Any]:
    """A story as the templates see it (``partials/story.html.j2``'s contract, plus extras)."""
    brief = story.brief
    sources = []
    for s in story.sources:
        if s.title or not s.url:
            name = source_name(Source(path=s.path, url=s.url, title=s.title))
        else:
            name = site_name(s.url)  # a bare URL is long and unreadable; its site says enough
        if s.outlet and s.outlet not in name:
            name = f"{s.outlet}: {name}"
        sources.append(
            {
                "name": name,
                # The shared partial shows a linked source by its title: the outlet belongs there too.
                "title": name,
                "url": s.url,
                "path": s.path,
                "published": s.published,
                "outlet": s.outlet,
            }
        )
    return {
        "id": f"story-{number}",
        "number": number,
        "headline": brief.headline,
        "byline": byline(brief),
        "bullets": [b.text for b in brief.bullets],
        "quotes": [quote_view(q) for q in brief.quotes],
        "quotes_found": brief.quotes_found,
        "sources": sources,
        "brief": brief,
    }


def text_context(digest: Digest) -> dict[str, Any]:
    """The context of the md and text templates."""
    return {
        "title": digest.title,
        "dateline": dateline(digest),
        "stories": [story_context(s, n) for n, s in enumerate(digest.stories, 1)],
        "notes": digest.skip_notes(),
    }


def html_context(digest: Digest) -> dict[str, Any]:
    """The context of ``digest.html.j2``: the shared page context plus the digest's extras."""
    stories = [story_context(s, n) for n, s in enumerate(digest.stories, 1)]
    context = page_context(
        stories,
        title=digest.subject,
        kicker=f"{len(stories)} {'story' if len(stories) == 1 else 'stories'}",
        heading=digest.title,
        dateline=dateline(digest),
        notes=digest.skip_notes(),
    )
    return context


def dateline(digest: Digest) -> str:
    return digest.date.strftime("%A %-d %B %Y")


def site_name(url: str) -> str:
    """``https://www.example.org/a/b`` → ``example.org``; an archived page is named by its original site."""
    parts = urlsplit(url)
    host = parts.hostname or url
    if host == "web.archive.org":
        inner = re.search(r"https?://[^/\s]+", parts.path)
        if inner:
            host = urlsplit(inner.group(0)).hostname or host
    return host.removeprefix("www.")
