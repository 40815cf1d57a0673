"""The digest as data: stories with their sources, and the inputs that were skipped."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..rendering.render import brief_to_dict
from ..types import Brief
from .sources import Skipped


@dataclass(frozen=True)
class StorySource:
    """One article carrying a story."""

    title: str | None
    url: str | None
    path: str | None
    published: str | None
    outlet: str | None = None


@dataclass(frozen=True)
class DigestStory:
    """One item of the digest: the brief of its lead article and every source."""

    key: str  # the lead article's identity in the state file
    brief: Brief
    sources: tuple[StorySource, ...]
    article_keys: tuple[str, ...]


@dataclass(frozen=True)
class Digest:
    """A day's digest."""

    title: str
    date: dt.date
    stories: tuple[DigestStory, ...]
    skipped: tuple[Skipped, ...] = ()
    articles: int = 0  # articles gathered
    left_out: int = 0  # stories an earlier digest already carried (--new-only)

    @property
    def key(self) -> str:
        """The digest's identity in the state file: one per date and title."""
        return f"{self.date.isoformat()}/{slugify(self.title)}"

    @property
    def subject(self) -> str:
        return f"{self.title} — {self.date.strftime('%A %-d %B %Y')}"

    def skip_notes(self) -> list[str]:
        """Why inputs were skipped, for readers: reasons and counts, no paths or URLs."""
        if not self.skipped:
            return []
        counts = Counter(reader_reason(s.reason) for s in self.skipped)
        parts = [f"{reason} ({n})" if n > 1 else reason for reason, n in counts.most_common()]
        n = len(self.skipped)
        return [f"{n} input{'s were' if n > 1 else ' was'} skipped: " + "; ".join(parts) + "."]


def reader_reason(reason: str) -> str:
    """A skip reason for readers: no technical detail in parentheses, no leading "is"."""
    short = re.sub(r"\s*\([^()]*\)$", "", reason).strip() or reason
    return short[3:] if short.startswith("is ") else short


def digest_to_dict(digest: Digest) -> dict[str, Any]:
    """The JSON digest for newsletter tooling (fields may be added; these keep their names).

    A story's ``headline``, ``bullets``, ``quotes`` and ``opinion`` follow the single-brief JSON
    contract.
    """
    stories = []
    for story in digest.stories:
        single = brief_to_dict(story.brief)
        stories.append(
            {
                "headline": single["headline"],
                "bullets": single["bullets"],
                "quotes": single["quotes"],
                "sources": [
                    {
                        "title": s.title,
                        "url": s.url,
                        "path": s.path,
                        "published": s.published,
                        "outlet": s.outlet,
                    }
                    for s in story.sources
                ],
                "engine": single["engine"],
                "bullet_details": single.get("bullet_details", []),
                "opinion": single["opinion"],
            }
        )
    return {
        "title": digest.title,
        "date": digest.date.isoformat(),
        "stories": stories,
        "skipped": [{"input": s.input, "reason": s.reason} for s in digest.skipped],
        "articles": digest.articles,
        "left_out": digest.left_out,
    }


def slugify(text: str) -> str:
    """``"Morning Briefing!"`` → ``"morning-briefing"`` (ASCII, safe in file names)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or "digest"
