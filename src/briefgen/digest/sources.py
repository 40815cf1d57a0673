"""Gathering a digest's articles: files, folders, globs, JSON Lines, feeds, web pages.

Each input yields articles or a :class:`Skipped` note with a short reason; one
bad input never stops the others. Network inputs are fetched concurrently, and
a feed entry that carries only a summary is followed to its page (falling back
on the summary when the page cannot be had). The same article reached twice
(two feeds linking one page, a file given twice) is kept once.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import xml.sax
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..errors import BriefgenError, InputError
from ..read.pages import extract_page, html_to_text
from ..read.reading import MAX_BYTES, article_from_text, decode_text, read_article
from ..types import Article, Source
from .fetch import Fetcher, Response

FEED_SUFFIXES = (".xml", ".rss", ".atom")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".md", ".text")
FOLDER_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES
FULL_TEXT_WORDS = 150  # a feed entry this long is the article, not a teaser
FETCH_WORKERS = 8


@dataclass(frozen=True)
class Item:
    """A gathered article with what the digest needs beside its text.

    ``when`` (UTC) is the publication time, or a local file's modification time;
    it drives ``--since`` and recency. ``outlet`` is the feed or site name.
    """

    article: Article
    origin: str  # the input it came from, for messages
    when: datetime | None = None
    outlet: str | None = None

    @property
    def key(self) -> str:
        """A stable identity for the state file: the URL when known, else the text."""
        if self.article.source.url:
            return "url:" + normalise_url(self.article.source.url)
        return "text:" + text_fingerprint(self.article.text)


@dataclass(frozen=True)
class Skipped:
    """An input, or part of one, that gave no article, and why (no path in ``reason``)."""

    input: str
    reason: str


@dataclass(frozen=True)
class _Pending:
    """A feed entry whose page is still to fetch; ``fallback`` is its summary as an article."""

    link: str
    fallback: Item | None
    problem: Skipped
    source: Source
    when: datetime | None
    outlet: str | None


@dataclass
class _Outcome:
    items: list[Item] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    follow: list[_Pending] = field(default_factory=list)


def gather(
    inputs: list[str] | tuple[str, ...],
    *,
    fetcher: Fetcher | None = None,
    follow_links: bool = True,
    on_progress: Callable[[str], None] | None = None,
) -> tuple[list[Item], list[Skipped]]:
    """Read every input; return the articles (deduplicated, in input order) and the skips."""
    fetcher = fetcher or Fetcher()
    targets: list[str] = []
    skipped: list[Skipped] = []
    for name in inputs:
        expanded, problem = expand(name)
        targets += expanded
        if problem:
            skipped.append(Skipped(name, problem))
    outcomes: list[_Outcome] = []
    with ThreadPoolExecutor(max_workers=FETCH_WORKERS) as pool:
        outcomes = list(pool.map(lambda t: _read_target(t, fetcher, follow_links), targets))
        pending = [f for o in outcomes for f in o.follow]
        followed = list(pool.map(lambda f: _follow(f, fetcher), pending))
    items: list[Item] = []
    done = iter(followed)
    for outcome in outcomes:
        items += outcome.items
        skipped += outcome.skipped
        for _ in outcome.follow:
            result = next(done)
            if isinstance(result, Item):
                items.append(result)
            else:
                skipped.append(result)
        if on_progress:
            on_progress(f"{len(items)} articles")
    return dedupe(items), skipped


def expand(name: str) -> tuple[list[str], str | None]:
    """An input → the files or URLs it stands for, or a reason it stands for none."""
    if "://" in name:
        return [name], None
    path = Path(name).expanduser()
    if path.is_dir():
        files = sorted(
            str(p)
            for p in path.iterdir()
            if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in FOLDER_SUFFIXES
        )
        return files, None
    if path.exists():
        return [str(path)], None
    if glob.has_magic(name):
        matches = sorted(m for m in glob.glob(os.path.expanduser(name), recursive=True) if Path(m).is_file())
        return matches, None if matches else "matches no files"
    return [], "no such file or folder"


def _read_target(target: str, fetcher: Fetcher, follow_links: bool) -> _Outcome:
    outcome = _Outcome()
    try:
        if "://" in target:
            _read_url(target, fetcher, follow_links, outcome)
        else:
            _read_file(target, follow_links, outcome)
    except InputError as err:
        outcome.skipped.append(Skipped(target, err.problem))
    except BriefgenError as err:
        outcome.skipped.append(Skipped(target, str(err)))
    return outcome


def _read_file(path: str, follow_links: bool, outcome: _Outcome) -> None:
    file = Path(path)
    suffix = file.suffix.lower()
    mtime = datetime.fromtimestamp(file.stat().st_mtime, tz=timezone.utc)
    if suffix in JSONL_SUFFIXES:
        _read_jsonl(path, _read_bytes(file), outcome, mtime)
    elif suffix in FEED_SUFFIXES:
        _read_feed(path, _read_bytes(file), None, follow_links, outcome)
    elif suffix in HTML_SUFFIXES:
        text = decode_text(_read_bytes(file), path)
        outcome.items.append(_page_item(text, path, Source(path=path), mtime))
    else:
        outcome.items.append(Item(read_article(path), path, when=mtime))  # its title line split off


def _read_bytes(file: Path) -> bytes:
    try:
        if file.stat().st_size > MAX_BYTES:
            raise InputError(str(file), f"is larger than {MAX_BYTES // (1024 * 1024)} MB")
        return file.read_bytes()
    except PermissionError:
        raise InputError(str(file), "permission denied") from None
    except OSError as err:
        raise InputError(str(file), f"cannot read ({err.strerror or err})") from None


def _read_url(url: str, fetcher: Fetcher, follow_links: bool, outcome: _Outcome) -> None:
    response = fetcher.fetch(url)
    kind = classify(response)
    if kind == "feed":
        _read_feed(url, response.body, response.url, follow_links, outcome)
    elif kind == "html":
        outcome.items.append(_page_item(_decode(response), url, Source(url=response.url), None))
    elif kind == "text":
        article = article_from_text(_decode(response), Source(url=response.url), name=url)
        outcome.items.append(Item(article, url))
    else:
        raise InputError(url, f"unsupported content type {response.content_type or 'unknown'}")


def classify(response: Response) -> str:
    """``feed``, ``html``, ``text`` or ``other``, from the media type and the first bytes."""
    head = response.body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    is_feed_body = head.startswith((b"<rss", b"<feed", b"<rdf")) or (
        head.startswith(b"<?xml") and re.search(rb"<(rss|feed|rdf:rdf)[\s>]", head) is not None
    )
    media = response.content_type
    if "rss" in media or "atom" in media or is_feed_body:
        return "feed"
    if "html" in media or head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if media.startswith("text/") and "xml" not in media:
        return "text"
    return "other"


def _decode(response: Response) -> str:
    if response.charset:
        try:
            return response.body.decode(response.charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(response.body, response.url)


def _page_item(html: str, origin: str, source: Source, fallback_when: datetime | None) -> Item:
    page = extract_page(html, url=source.url)
    if page is None:
        raise InputError(origin, "no article text found in the page")
    article = article_from_text(
        page.text,
        replace(source, url=page.url or source.url, title=page.title, published=page.published),
        name=origin,
    )
    return Item(article, origin, when=parse_time(page.published) or fallback_when, outlet=page.site)


def _read_jsonl(path: str, data: bytes, outcome: _Outcome, mtime: datetime) -> None:
    text = decode_text(data, path)
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            outcome.items.append(_jsonl_item(line, where, mtime))
        except InputError as err:
            outcome.skipped.append(Skipped(where, err.problem))


def _jsonl_item(line: str, where: str, mtime: datetime) -> Item:
    try:
        record = json.loads(line)
    except ValueError:
        raise InputError(where, "not valid JSON") from None
    if not isinstance(record, dict):
        raise InputError(where, "not a JSON object")
    # "article" is what many news datasets (CNN/DailyMail among them) call the text.
    text = record.get("text", record.get("article"))
    if not isinstance(text, str):
        raise InputError(where, 'has no "text" string')
    fields = {k: record.get(k) for k in ("title", "url", "published")}
    for key, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise InputError(where, f'"{key}" must be a string')
    source = Source(url=fields["url"], title=fields["title"], published=fields["published"])
    article = article_from_text(text, source, name=where)
    when = parse_time(fields["published"]) if fields["published"] else mtime
    return Item(article, where, when=when)


def _read_feed(origin: str, data: bytes, url: str | None, follow_links: bool, outcome: _Outcome) -> None:
    import feedparser

    headers = {"content-location": url} if url else {}
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        raise InputError(origin, "is not a valid RSS or Atom feed")
    broken = parsed.get("bozo_exception")
    if isinstance(broken, xml.sax.SAXException):
        # feedparser's lenient parser salvages what it can: keep that, and say the feed is broken.
        where = f"line {broken.getLineNumber()}: " if isinstance(broken, xml.sax.SAXParseException) else ""
        outcome.skipped.append(
            Skipped(origin, f"is not a valid RSS or Atom feed ({where}{broken.getMessage()})")
        )
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        title = entry.get("title") or None
        where = f"{origin} entry {number}"
        link = entry.get("link") or None
        published = _entry_time(entry)
        body = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        text = html_to_text(body)
        source = Source(url=link, title=title, published=published.isoformat() if published else None)
        item = None
        problem = Skipped(where, "has no article text")
        try:
            item = Item(article_from_text(text, source, name=where), where, when=published, outlet=outlet)
        except InputError as err:
            problem = Skipped(where, err.problem)
        full = len(text.split()) >= FULL_TEXT_WORDS
        if not full and follow_links and link and urlsplit(link).scheme in ("http", "https"):
            outcome.follow.append(_Pending(link, item, problem, source, published, outlet))
        elif item is not None:
            outcome.items.append(item)
        elif not broken:  # a broken feed's unreadable entries are covered by its own note
            outcome.skipped.append(problem)


def _follow(pending: _Pending, fetcher: Fetcher) -> Item | Skipped:
    """Fetch a feed entry's page; the entry's own summary stands in when that fails."""
    try:
        response = fetcher.fetch(pending.link)
        if classify(response) != "html":
            raise InputError(pending.link, f"unsupported content type {response.content_type or 'unknown'}")
        item = _page_item(_decode(response), pending.link, Source(url=response.url), None)
    except InputError as err:
        if pending.fallback is not None:
            return pending.fallback
        return Skipped(pending.problem.input, f"{err.problem} (and the feed gives no usable summary)")
    # The feed's title and date are the publisher's own; keep them over the page's guesses.
    source = replace(
        item.article.source,
        title=pending.source.title or item.article.source.title,
        published=pending.source.published or item.article.source.published,
    )
    return Item(
        replace(item.article, source=source),
        pending.link,
        when=pending.when or item.when,
        outlet=pending.outlet or item.outlet,
    )


def _entry_time(entry) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=timezone.utc)
    except (TypeError, ValueError):
        return None


def dedupe(items: list[Item]) -> list[Item]:
    """Keep the first of items with the same URL or the same text."""
    seen: set[str] = set()
    kept = []
    for item in items:
        keys = {"text:" + text_fingerprint(item.article.text)}
        if item.article.source.url:
            keys.add("url:" + normalise_url(item.article.source.url))
        if keys & seen:
            continue
        seen |= keys
        kept.append(item)
    return kept


_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$", re.IGNORECASE)


def normalise_url(url: str) -> str:
    """The URL without fragment, tracking parameters or a trailing slash; host lower-cased."""
    parts = urlsplit(url.strip())
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def text_fingerprint(text: str) -> str:
    """A hash of the text with case and spacing ignored."""
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest()[:32]


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 or RFC 2822 date/time → aware UTC datetime (naive means UTC); None if unreadable."""
    if not value:
        return None
    text = value.strip()
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc)
