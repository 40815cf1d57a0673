"""Digests as feeds: Atom (RFC 4287), RSS 2.0 and JSON Feed 1.1, accumulating across runs.

Newsletter platforms read feeds on a schedule (RSS-to-email campaigns, RSS
imports), so a feed is a running list rather than one day's file: each digest
puts its stories in front of the entries already in the file and keeps the
newest ``max_entries``. An entry's id comes from its story's key in the state
file, so rebuilding a digest replaces its entries instead of adding them again.

An entry's ``published`` time is when it first entered the feed, not when the
article appeared: RSS-to-email campaigns send the items dated after their last
send, and an article from yesterday briefed this morning must still go out.
``updated`` changes only when the entry's content does.

Old entries are carried over as they are (elements of the file, items of the
JSON), never parsed back into stories, so nothing is lost in a round trip.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from .._version import __version__
from ..errors import ConfigError
from ..output import write_atomic
from ..rendering.render import render_html
from .config import DigestConfig
from .model import Digest
from .render import story_context

FEED_KINDS = ("atom", "rss", "jsonfeed")
FEED_SUFFIX = {"atom": "atom", "rss": "rss", "jsonfeed": "json"}
DEFAULT_ENTRIES = 50
ENTRY_TEMPLATE = "feed_entry.html.j2"
PROJECT_URL = "https://pypi.org/project/briefgen/"

ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
JSONFEED_VERSION = "https://jsonfeed.org/version/1.1"
BRIEFGEN = "urn:briefgen:feed"  # namespace of the extension element that lists an entry's articles
# uuid5 namespace of story ids: the same story key gives the same id on every machine.
_STORY_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, PROJECT_URL + "#story")


@dataclass(frozen=True)
class FeedEntry:
    """One story of a digest as a feed entry."""

    id: str  # urn:uuid from the story's key in the state file
    title: str  # the story's headline
    links: tuple[tuple[str, str], ...]  # (url, name) of every source that has a web address
    bullets: tuple[str, ...]  # the summary
    content_html: str  # the story's email card, styles inline
    articles: tuple[str, ...] = ()  # short hashes of the story's articles' state-file keys


@dataclass(frozen=True)
class FeedOptions:
    """How a feed file is written: its kind, title, public URL and length."""

    kind: str = "atom"
    title: str = "Daily briefing"
    feed_url: str | None = None  # where readers fetch the feed (Atom rel=self, RSS atom:link, feed_url)
    max_entries: int = DEFAULT_ENTRIES


def story_id(key: str) -> str:
    """The feed id of the story whose state-file key is ``key``: stable across runs and machines."""
    return f"urn:uuid:{uuid.uuid5(_STORY_NAMESPACE, key)}"


def article_hash(key: str) -> str:
    """A short, stable stand-in for an article's state-file key (which may be a long URL)."""
    import hashlib

    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def carry_ids(entries: Sequence[FeedEntry], old: dict[str, tuple[str, ...]]) -> list[FeedEntry]:
    """New entries, each keeping the id of the old entry it continues.

    ``old`` maps the ids already in the feed to their articles. A story keeps its
    key while its lead article stays the same; when a rerun with more articles
    leads it with another one, the entry that shares an article is the same
    story, and keeps its id (and so its place in readers' lists).
    """
    owner = {article: ident for ident, articles in old.items() for article in articles}
    taken: set[str] = set()
    carried = []
    for entry in entries:
        ident = entry.id
        if ident not in old:
            ident = next((owner[a] for a in entry.articles if a in owner), ident)
        if ident in taken:  # a story that split in two: only the first half continues the entry
            ident = entry.id
        taken.add(ident)
        carried.append(replace(entry, id=ident) if ident != entry.id else entry)
    return carried


def feed_kind_for(path: str) -> str:
    """The kind a feed path implies: ``.rss`` → rss, ``.json`` → jsonfeed, anything else Atom."""
    suffix = Path(path).suffix.lower()
    return {".rss": "rss", ".json": "jsonfeed"}.get(suffix, "atom")


def digest_entries(digest: Digest, *, templates_dir: str | None = None) -> tuple[FeedEntry, ...]:
    """The digest's stories as feed entries, in digest order (content = the digest's story card)."""
    entries = []
    for number, story in enumerate(digest.stories, 1):
        context = story_context(story, number)
        context["id"] = None  # no anchor: the card stands alone
        card = render_html(ENTRY_TEMPLATE, {"story": context}, templates_dir=templates_dir, fragment=True)
        links = tuple((s["url"], s["name"]) for s in context["sources"] if _is_web_url(s["url"]))
        entries.append(
            FeedEntry(
                id=story_id(story.key),
                title=story.brief.headline,
                links=links,
                bullets=tuple(b.text for b in story.brief.bullets),
                content_html=card,
                articles=tuple(article_hash(key) for key in story.article_keys),
            )
        )
    return tuple(entries)


def merge_feed(
    entries: Sequence[FeedEntry], existing: str | None, options: FeedOptions, *, now: datetime
) -> str:
    """The feed text: ``entries`` in front of ``existing``'s (a feed this module wrote), capped.

    An existing entry with the id of a new one is replaced by it, keeping its
    ``published`` time, and its ``updated`` time too when nothing changed.
    """
    if options.kind not in FEED_KINDS:
        raise ConfigError(f"unknown feed kind {options.kind!r}; choose one of: {', '.join(FEED_KINDS)}")
    if options.max_entries < 1:
        raise ConfigError("feed_entries must be 1 or more")
    now = now.astimezone(timezone.utc).replace(microsecond=0)
    if options.kind == "jsonfeed":
        return _merge_jsonfeed(entries, existing, options, now)
    return _merge_xml(entries, existing, options, now)


def read_existing(path: Path | None) -> str | None:
    """The text of a feed file about to be extended, or None when there is none yet."""
    if path is None or not path.exists():
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read the existing feed ({err})") from None


def entry_count(text: str, kind: str) -> int:
    """How many entries the feed ``text`` holds."""
    if kind == "jsonfeed":
        return len(json.loads(text)["items"])
    from lxml import etree

    root = etree.fromstring(text.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    return len(root.findall(f"{{{ATOM}}}entry") if kind == "atom" else root.findall("channel/item"))


# --- Atom and RSS -------------------------------------------------------------------------
# lxml, not xml.etree: Atom needs its namespace as the default one, with plain attributes.


def _merge_xml(
    entries: Sequence[FeedEntry], existing: str | None, options: FeedOptions, now: datetime
) -> str:
    from lxml import etree

    atom = options.kind == "atom"
    old = _old_xml_entries(existing, atom)
    entries = carry_ids(
        entries, {i: tuple(a.text for a in e.findall(f"{{{BRIEFGEN}}}article")) for i, e in old.items()}
    )
    new_ids = {e.id for e in entries}
    fresh = []
    for entry in entries:
        previous = old.get(entry.id)
        published = _xml_time(previous, atom, "published") if previous is not None else None
        element = (
            _atom_entry(entry, published or now, now) if atom else _rss_item(entry, published or now, now)
        )
        if previous is not None and _same_xml(previous, element):
            element = previous  # unchanged: keep its updated time, so readers see no edit
        fresh.append(element)
    kept = fresh + [e for i, e in old.items() if i not in new_ids]
    kept = kept[: options.max_entries]
    root = _atom_feed(options, kept, now) if atom else _rss_feed(options, kept, now)
    etree.cleanup_namespaces(root)
    etree.indent(root)
    return etree.tostring(root, encoding="utf-8", xml_declaration=True).decode("utf-8") + "\n"


def _old_xml_entries(existing: str | None, atom: bool) -> dict[str, Any]:
    if not existing:
        return {}
    from lxml import etree

    kind = "an Atom" if atom else "an RSS"
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(existing.encode("utf-8"), parser)
    except etree.XMLSyntaxError as err:
        raise ConfigError(
            f"the existing feed is not valid XML ({err}); move it away to start a new one"
        ) from None
    if (atom and root.tag != f"{{{ATOM}}}feed") or (
        not atom and (root.tag != "rss" or root.find("channel") is None)
    ):
        raise ConfigError(f"the existing feed file is not {kind} feed; move it away or choose another path")
    items = root.findall(f"{{{ATOM}}}entry") if atom else root.findall("channel/item")
    found: dict[str, Any] = {}
    for item in items:
        ident = item.findtext(f"{{{ATOM}}}id" if atom else "guid")
        if ident:
            found.setdefault(ident.strip(), item)
    return found


def _atom_entry(entry: FeedEntry, published: datetime, updated: datetime) -> Any:
    from lxml import etree

    element = etree.Element(f"{{{ATOM}}}entry", nsmap={None: ATOM, "briefgen": BRIEFGEN})
    _sub(element, f"{{{ATOM}}}id", entry.id)
    _sub(element, f"{{{ATOM}}}title", entry.title, type="text")
    for number, (url, name) in enumerate(entry.links):
        _sub(
            element,
            f"{{{ATOM}}}link",
            None,
            rel="alternate" if number == 0 else "related",
            href=url,
            title=name,
        )
    _sub(element, f"{{{ATOM}}}published", _iso(published))
    _sub(element, f"{{{ATOM}}}updated", _iso(updated))
    _sub(element, f"{{{ATOM}}}summary", _bullets_html(entry.bullets), type="html")
    _sub(element, f"{{{ATOM}}}content", entry.content_html, type="html")
    for article in entry.articles:  # an extension element (RFC 4287 section 6)
        _sub(element, f"{{{BRIEFGEN}}}article", article)
    return element


def _atom_feed(options: FeedOptions, entries: list[Any], now: datetime) -> Any:
    from lxml import etree

    root = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM, "briefgen": BRIEFGEN})
    # The feed's id must not change; the feed URL is its identity when known, else its title.
    _sub(root, f"{{{ATOM}}}id", story_id("feed:" + (options.feed_url or options.title)))
    _sub(root, f"{{{ATOM}}}title", options.title, type="text")
    if options.feed_url:
        _sub(root, f"{{{ATOM}}}link", None, rel="self", type="application/atom+xml", href=options.feed_url)
    _sub(root, f"{{{ATOM}}}updated", _iso(_newest(entries, True) or now))
    author = _sub(root, f"{{{ATOM}}}author", None)
    _sub(author, f"{{{ATOM}}}name", options.title)
    _sub(root, f"{{{ATOM}}}generator", "briefgen", uri=PROJECT_URL, version=__version__)
    root.extend(entries)
    return root


def _rss_item(entry: FeedEntry, published: datetime, updated: datetime) -> Any:
    from lxml import etree

    item = etree.Element("item", nsmap={"atom": ATOM, "content": CONTENT, "briefgen": BRIEFGEN})
    _sub(item, "title", entry.title)
    if entry.links:
        _sub(item, "link", entry.links[0][0])
    _sub(item, "guid", entry.id, isPermaLink="false")
    _sub(item, "pubDate", format_datetime(published, usegmt=True))
    _sub(item, f"{{{ATOM}}}updated", _iso(updated))  # RSS has no edit time; feed readers know Atom's
    _sub(item, "description", _bullets_html(entry.bullets))
    _sub(item, f"{{{CONTENT}}}encoded", entry.content_html)
    for url, name in entry.links:  # RSS's <link> holds one URL; every source goes here
        _sub(item, f"{{{ATOM}}}link", None, rel="related", href=url, title=name)
    for article in entry.articles:
        _sub(item, f"{{{BRIEFGEN}}}article", article)
    return item


def _rss_feed(options: FeedOptions, items: list[Any], now: datetime) -> Any:
    from lxml import etree

    root = etree.Element(
        "rss", {"version": "2.0"}, nsmap={"atom": ATOM, "content": CONTENT, "briefgen": BRIEFGEN}
    )
    channel = _sub(root, "channel", None)
    _sub(channel, "title", options.title)
    _sub(channel, "link", options.feed_url or PROJECT_URL)  # required; the feed's own URL when known
    _sub(channel, "description", f"{options.title}: news briefings made by briefgen")
    _sub(channel, "lastBuildDate", format_datetime(_newest(items, False) or now, usegmt=True))
    _sub(channel, "generator", f"briefgen {__version__}")
    if options.feed_url:
        _sub(channel, f"{{{ATOM}}}link", None, rel="self", type="application/rss+xml", href=options.feed_url)
    channel.extend(items)
    return root


def _same_xml(old: Any, new: Any) -> bool:
    """Equal apart from the edit time (and whitespace between elements)."""
    from copy import deepcopy

    from lxml import etree

    def key(element: Any) -> bytes:
        copy = deepcopy(element)
        for child in copy.findall(f"{{{ATOM}}}updated"):
            copy.remove(child)
        for node in copy.iter():
            node.tail = None if node is not copy else node.tail
        copy.tail = None
        return etree.tostring(copy, method="c14n")

    return key(old) == key(new)


def _xml_time(element: Any, atom: bool, which: str) -> datetime | None:
    from .sources import parse_time

    if which == "published":
        text = element.findtext(f"{{{ATOM}}}published" if atom else "pubDate")
    else:
        text = element.findtext(f"{{{ATOM}}}updated")
    return parse_time(text) if text else None


def _newest(entries: list[Any], atom: bool) -> datetime | None:
    times = [t for e in entries if (t := _xml_time(e, atom, "updated")) is not None]
    return max(times) if times else None


def _sub(parent: Any, tag: str, text: str | None, **attributes: str) -> Any:
    from lxml import etree

    child = etree.SubElement(parent, tag, attributes)
    if text is not None:
        child.text = text
    return child


# --- JSON Feed ----------------------------------------------------------------------------


def _merge_jsonfeed(
    entries: Sequence[FeedEntry], existing: str | None, options: FeedOptions, now: datetime
) -> str:
    old: dict[str, dict[str, Any]] = {}
    if existing:
        try:
            data = json.loads(existing)
        except ValueError as err:
            raise ConfigError(
                f"the existing feed is not valid JSON ({err}); move it away to start a new one"
            ) from None
        if not isinstance(data, dict) or not str(data.get("version", "")).startswith("https://jsonfeed.org/"):
            raise ConfigError(
                "the existing feed file is not a JSON Feed; move it away or choose another path"
            )
        for item in data.get("items", []):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                old.setdefault(item["id"], item)
    entries = carry_ids(entries, {ident: _json_articles(item) for ident, item in old.items()})
    new_ids = {e.id for e in entries}
    fresh = []
    for entry in entries:
        previous = old.get(entry.id)
        published = previous.get("date_published") if previous else None
        item = _json_item(entry, published or _iso(now), _iso(now))
        if previous is not None and {k: v for k, v in previous.items() if k != "date_modified"} == {
            k: v for k, v in item.items() if k != "date_modified"
        }:
            item = previous
        fresh.append(item)
    items = (fresh + [item for ident, item in old.items() if ident not in new_ids])[: options.max_entries]
    feed: dict[str, Any] = {"version": JSONFEED_VERSION, "title": options.title}
    if options.feed_url:
        feed["feed_url"] = options.feed_url
    feed["description"] = f"{options.title}: news briefings made by briefgen"
    feed["authors"] = [{"name": options.title}]
    feed["language"] = "en"
    feed["items"] = items
    return json.dumps(feed, ensure_ascii=False, indent=2) + "\n"


def _json_articles(item: dict[str, Any]) -> tuple[str, ...]:
    extension = item.get("_briefgen")
    articles = extension.get("articles") if isinstance(extension, dict) else None
    return tuple(a for a in articles if isinstance(a, str)) if isinstance(articles, list) else ()


def _json_item(entry: FeedEntry, published: str, modified: str) -> dict[str, Any]:
    item: dict[str, Any] = {"id": entry.id}
    if entry.links:
        item["url"] = entry.links[0][0]
    item["title"] = entry.title
    item["summary"] = "\n".join(f"• {b}" for b in entry.bullets)
    item["content_html"] = entry.content_html
    item["date_published"] = published
    item["date_modified"] = modified
    # JSON Feed has one url per item; every source is in an extension object (keys start with _).
    item["_briefgen"] = {
        "sources": [{"url": url, "title": name} for url, name in entry.links],
        "articles": list(entry.articles),
    }
    return item


# --- shared -------------------------------------------------------------------------------


def _bullets_html(bullets: Sequence[str]) -> str:
    from html import escape

    return "<ul>" + "".join(f"<li>{escape(b)}</li>" for b in bullets) + "</ul>"


def _iso(when: datetime) -> str:
    return when.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _is_web_url(value: Any) -> bool:
    from ..rendering.render import is_web_url

    return is_web_url(value)


# --- the digest's two ways to a feed ------------------------------------------------------


def digest_feed_text(
    digest: Digest, config: DigestConfig, target: Path | None, *, now: datetime, kind: str | None = None
) -> str:
    """``-f atom|rss|jsonfeed``: the feed to write to ``target``, extending the one already there."""
    options = FeedOptions(
        kind=kind or config.format,
        title=config.title,
        feed_url=config.feed_url,
        max_entries=config.feed_entries,
    )
    entries = digest_entries(digest, templates_dir=config.templates)
    return merge_feed(entries, read_existing(target), options, now=now)


def update_config_feed(digest: Digest, config: DigestConfig, *, now: datetime) -> str:
    """``feed = "path"``: add the digest to that feed beside the main output; returns a note for stderr."""
    assert config.feed is not None
    kind = config.feed_format or feed_kind_for(config.feed)
    target = Path(config.feed).expanduser()
    if not target.parent.is_dir():
        raise ConfigError(f"feed {config.feed}: the folder {target.parent} does not exist")
    text = digest_feed_text(digest, config, target, now=now, kind=kind)
    try:
        write_atomic(target, text)
    except OSError as err:
        raise ConfigError(f"{target}: cannot write the feed ({err.strerror or err})") from None
    return f"updated the {kind} feed {target} ({entry_count(text, kind)} entries)"
