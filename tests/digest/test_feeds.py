"""Digest feeds: valid Atom, RSS 2.0 and JSON Feed 1.1 that accumulate without duplicates.

Atom and RSS are read back by feedparser (no bozo flag) and by lxml with the
elements each standard requires checked; JSON Feed, which feedparser 6 does not
read, is checked against a JSON Schema of the JSON Feed 1.1 spec.
"""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

import feedparser
import pytest
from click.testing import CliRunner
from lxml import etree

from briefgen.cli import main
from briefgen.digest import make_digest
from briefgen.digest.feeds import ATOM, FEED_KINDS, FeedOptions, digest_entries, merge_feed, story_id
from digest_helpers import article

pytestmark = pytest.mark.slow

T0 = datetime(2026, 11, 24, 6, 30, tzinfo=timezone.utc)
T1 = T0 + timedelta(days=1)
NAMES = ("bridge-herald", "bridge-gazette", "council-week", "footbridge-opens", "leopard-study", "rovers-win")
FEED_URL = "https://news.example/briefing.feed"
RFC3339 = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$"

# JSON Feed 1.1 (https://jsonfeed.org/version/1.1), the parts briefgen writes.
JSONFEED_SCHEMA = {
    "type": "object",
    "required": ["version", "title", "items"],
    "properties": {
        "version": {"const": "https://jsonfeed.org/version/1.1"},
        "title": {"type": "string"},
        "feed_url": {"type": "string"},
        "description": {"type": "string"},
        "language": {"type": "string"},
        "authors": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}}}},
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id"],
                "anyOf": [{"required": ["content_html"]}, {"required": ["content_text"]}],
                "properties": {
                    "id": {"type": "string"},
                    "url": {"type": "string"},
                    "title": {"type": "string"},
                    "summary": {"type": "string"},
                    "content_html": {"type": "string"},
                    "date_published": {"type": "string", "pattern": RFC3339},
                    "date_modified": {"type": "string", "pattern": RFC3339},
                },
            },
        },
    },
}


def _jsonl(folder) -> str:
    path = folder / "articles.jsonl"
    lines = []
    for name in NAMES:
        title, body = article(name)
        lines.append(json.dumps({"text": body, "title": title, "url": f"https://news.example/{name}"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("feeds")


@pytest.fixture(scope="module")
def digest(briefer, folder):
    briefer.analyse([])  # the session's models
    result = make_digest(
        [_jsonl(folder)],
        fmt="json",
        state=folder / "state.sqlite3",
        stdout=io.StringIO(),
        date="2026-11-24",
        now=T0,
    )
    assert result.digest is not None and len(result.digest.stories) >= 4
    return result.digest


def _parse(text: str, kind: str):
    if kind == "jsonfeed":
        import jsonschema

        data = json.loads(text)
        jsonschema.validate(data, JSONFEED_SCHEMA)
        return [
            {
                "id": i["id"],
                "published": i["date_published"],
                "updated": i["date_modified"],
                "title": i["title"],
            }
            for i in data["items"]
        ]
    parsed = feedparser.parse(text.encode("utf-8"))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == {"atom": "atom10", "rss": "rss20"}[kind]
    return [
        {"id": e.id, "published": e.published, "updated": e.updated, "title": e.title, "entry": e}
        for e in parsed.entries
    ]


def _check_xml(text: str, kind: str) -> None:
    """The elements RFC 4287 / RSS 2.0 require, read with an XML parser."""
    root = etree.fromstring(text.encode("utf-8"))
    if kind == "atom":
        a = f"{{{ATOM}}}"
        assert root.tag == a + "feed"
        for name in ("id", "title", "updated"):
            assert root.find(a + name) is not None and root.findtext(a + name).strip()
        assert root.find(f"{a}author/{a}name") is not None  # entries have no author: the feed's counts
        assert root.find(f"{a}link[@rel='self']").get("href") == FEED_URL
        import re

        for entry in root.findall(a + "entry"):
            assert entry.findtext(a + "id").startswith("urn:uuid:")
            assert entry.findtext(a + "title")
            for stamp in ("published", "updated"):
                assert re.match(RFC3339, entry.findtext(a + stamp))
            assert entry.find(a + "content").get("type") == "html"
            assert len(entry.findall(f"{a}link[@rel='alternate']")) <= 1
    else:
        assert root.tag == "rss" and root.get("version") == "2.0"
        channel = root.find("channel")
        for name in ("title", "link", "description"):
            assert channel.findtext(name)
        for item in channel.findall("item"):
            assert item.find("guid").get("isPermaLink") == "false"
            assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
            assert item.findtext("title") and item.findtext("description")


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_each_story_is_one_valid_entry(digest, kind):
    entries = digest_entries(digest)
    text = merge_feed(entries, None, FeedOptions(kind, "Morning briefing", FEED_URL), now=T0)
    if kind != "jsonfeed":
        _check_xml(text, kind)
    parsed = _parse(text, kind)
    assert [p["id"] for p in parsed] == [story_id(s.key) for s in digest.stories]
    assert [p["title"] for p in parsed] == [s.brief.headline for s in digest.stories]
    for story, entry in zip(digest.stories, entries, strict=True):
        assert [url for url, _ in entry.links] == [s.url for s in story.sources]  # every source
        assert story.brief.headline.split()[0] in entry.content_html  # the story's card
        assert 'style="' in entry.content_html and "<style" not in entry.content_html  # inline styles
    if kind != "jsonfeed":
        first = parsed[0]["entry"]
        assert {link.href for link in first.links} >= {s.url for s in digest.stories[0].sources}
        assert all(b.text in first.summary for b in digest.stories[0].brief.bullets[:1])
        assert digest.stories[0].brief.headline.split()[0] in first.content[0].value


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_a_rerun_replaces_entries_and_keeps_their_times(digest, kind):
    entries = digest_entries(digest)
    options = FeedOptions(kind, "Morning briefing")
    first = merge_feed(entries, None, options, now=T0)
    again = merge_feed(entries, first, options, now=T1)
    before, after = _parse(first, kind), _parse(again, kind)
    assert len(after) == len(entries)
    assert [(p["id"], p["published"], p["updated"]) for p in after] == [
        (p["id"], p["published"], p["updated"]) for p in before
    ]  # nothing changed: no new edit time either
    edited = [replace(entries[0], title=entries[0].title + " (corrected)"), *entries[1:]]
    third = _parse(merge_feed(edited, again, options, now=T1), kind)
    assert len(third) == len(entries)
    assert third[0]["published"] == before[0]["published"] and third[0]["updated"] != before[0]["updated"]
    assert third[1]["updated"] == before[1]["updated"]


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_a_story_led_by_another_article_keeps_its_entry(digest, kind):
    """A rerun with more articles may lead a story with another one: same articles, same entry."""
    entries = digest_entries(digest)
    assert all(entry.articles for entry in entries)
    options = FeedOptions(kind, "Morning briefing")
    first = merge_feed(entries, None, options, now=T0)
    relead = [
        replace(e, id=story_id(f"url:https://news.example/new-lead-{n}")) for n, e in enumerate(entries)
    ]
    again = _parse(merge_feed(relead, first, options, now=T1), kind)
    assert [(p["id"], p["published"]) for p in again] == [
        (p["id"], p["published"]) for p in _parse(first, kind)
    ]


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_a_new_digest_goes_in_front_and_the_feed_keeps_its_last_entries(digest, kind):
    entries = digest_entries(digest)
    older, newer = (
        entries[:3],
        [replace(e, id=e.id + "1") for e in entries[3:5]],
    )  # two stories not seen before
    options = FeedOptions(kind, "Morning briefing", max_entries=4)
    text = merge_feed(older, None, options, now=T0)
    text = merge_feed(newer, text, options, now=T1)
    ids = [p["id"] for p in _parse(text, kind)]
    assert ids == [newer[0].id, newer[1].id, older[0].id, older[1].id]


def _run(args: list[str]):
    return CliRunner().invoke(main, ["digest", *args], catch_exceptions=False)


def test_digest_writes_a_feed_that_a_rerun_does_not_duplicate(briefer, folder, tmp_path):
    jsonl = _jsonl(tmp_path)
    feed = tmp_path / "briefing.atom"
    args = [jsonl, "-f", "atom", "-o", str(feed), "--state", str(tmp_path / "s.db"), "--date", "2026-11-24"]
    first = _run(args)
    assert first.exit_code == 0, first.stderr
    ids = [p["id"] for p in _parse(feed.read_text(encoding="utf-8"), "atom")]
    second = _run(args)
    assert second.exit_code == 0, second.stderr
    assert [p["id"] for p in _parse(feed.read_text(encoding="utf-8"), "atom")] == ids
    assert not [
        p for p in tmp_path.iterdir() if p.name.startswith(".briefing.atom.")
    ]  # no temporary file left


def test_briefing_toml_feed_is_written_beside_the_email(briefer, tmp_path):
    jsonl = _jsonl(tmp_path)
    config = tmp_path / "briefing.toml"
    config.write_text(
        f'title = "Morning briefing"\ninputs = ["{jsonl}"]\nformat = "html"\noutput = "out/"\n'
        'feed = "public/briefing.json"\nfeed_entries = 2\nfeed_url = "https://news.example/briefing.json"\n'
        f'state = "{tmp_path / "s.db"}"\n',
        encoding="utf-8",
    )
    (tmp_path / "public").mkdir()
    result = _run(["--config", str(config), "--date", "2026-11-24"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "2026-11-24-morning-briefing.html").is_file()
    data = json.loads((tmp_path / "public" / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["items"]) == 2 and data["feed_url"] == "https://news.example/briefing.json"
    assert "updated the jsonfeed feed" in result.stderr


def test_a_file_that_is_not_a_feed_is_never_overwritten(tmp_path):
    feed = tmp_path / "notes.atom"
    feed.write_text("my notes, not a feed\n", encoding="utf-8")
    result = _run(
        [
            str(_jsonl(tmp_path)),
            "-f",
            "atom",
            "-o",
            str(feed),
            "--state",
            str(tmp_path / "s.db"),
            "--max-stories",
            "1",
        ]
    )
    assert result.exit_code == 1
    assert "not valid XML" in result.stderr and "Traceback" not in result.stderr
    assert feed.read_text(encoding="utf-8") == "my notes, not a feed\n"


def test_config_checks_the_feed_keys(tmp_path):
    from briefgen.digest.config import config_from_dict
    from briefgen.errors import ConfigError

    with pytest.raises(ConfigError, match="feed_entries must be 1 or more"):
        config_from_dict({"feed": "f.atom", "feed_entries": 0})
    with pytest.raises(ConfigError, match="feed_format must be one of atom, rss, jsonfeed"):
        config_from_dict({"feed": "f.atom", "feed_format": "rdf"})
    assert config_from_dict({"feed": "f.rss"}, base=tmp_path).feed == str(tmp_path / "f.rss")
