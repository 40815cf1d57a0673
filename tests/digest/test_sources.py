"""Gathering digest inputs over real loopback HTTP, real files and feeds (no models needed)."""

from __future__ import annotations

import json
import time

import pytest

from briefgen.digest.fetch import USER_AGENT, Fetcher
from briefgen.digest.sources import gather, normalise_url, parse_time
from briefgen.read.pages import html_to_text
from briefgen.read.reading import split_title
from digest_helpers import DATA, Entry, NewsServer, article, full_entry, page, rss


@pytest.fixture()
def server():
    with NewsServer().running() as news:
        yield news


def test_feed_url_entries_are_followed_to_their_pages(server):
    herald = server.add("/herald/bridge", page("bridge-herald", url=server.url("/herald/bridge")))
    leopard = server.add("/herald/leopard", page("leopard-study"))
    feed = server.add(
        "/herald/rss.xml",
        rss(
            "Coastal Herald",
            [
                Entry(article("bridge-herald")[0], herald, "Drivers face detours."),
                Entry(article("leopard-study")[0], leopard, "Cubs filmed."),
            ],
        ),
        "application/rss+xml",
    )
    items, skipped = gather([feed], fetcher=Fetcher(timeout=2))
    assert skipped == []
    assert [i.article.source.url for i in items] == [herald, leopard]
    bridge = items[0]
    # The page's text, not the one-line summary; the feed's title and date; the feed's name as outlet.
    assert "eastern pier" in bridge.article.text and "Copyright" not in bridge.article.text
    assert not bridge.article.text.startswith(article("bridge-herald")[0])
    assert bridge.article.source.title == article("bridge-herald")[0]
    assert bridge.article.source.published.startswith("2026-11-24T07:00")
    assert bridge.outlet == "Coastal Herald"
    assert {agent for _, agent in server.requests} == {USER_AGENT}


def test_local_feed_file_with_full_text_needs_no_fetch(tmp_path):
    feed = tmp_path / "gazette.xml"
    feed.write_text(rss("Port Alder Gazette", [full_entry("bridge-gazette", "http://127.0.0.1:9/never")]))
    items, skipped = gather([str(feed)])
    assert skipped == []
    assert len(items) == 1
    text = items[0].article.text
    assert "Mayor Helena Voss said" in text and "\n\n" in text  # paragraphs kept


def test_summary_stands_in_when_the_page_cannot_be_had(server):
    gone = server.url("/gone")
    summary = (
        "The Tidewater Bridge in Port Alder was closed on Tuesday after engineers found cracks in its beams."
    )
    feed = server.add("/rss", rss("Herald", [Entry("Bridge shut", gone, summary)]), "application/rss+xml")
    items, skipped = gather([feed], fetcher=Fetcher(timeout=2))
    assert skipped == []
    assert items[0].article.text == summary


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (
            lambda s: s.add("/bad.xml", b"<rss><channel><item><title>Broken", "application/rss+xml"),
            "not a valid RSS or Atom feed",
        ),
        (lambda s: s.url("/missing.html"), "HTTP 404"),
        (lambda s: s.add("/slow", b"", hang=True), "timed out after 1 s"),
        (
            lambda s: s.add("/photo", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "image/png"),
            "unsupported content type image/png",
        ),
    ],
    ids=["malformed-feed", "404", "timeout", "binary"],
)
def test_a_bad_url_is_skipped_with_a_reason_and_the_rest_kept(server, tmp_path, setup, reason):
    bad = setup(server)
    good = server.add("/council", page("council-week"))
    started = time.monotonic()
    items, skipped = gather([bad, good], fetcher=Fetcher(timeout=1))
    assert len(items) == 1 and "Northfield" in items[0].article.text
    assert skipped[0].input == bad and reason in skipped[0].reason
    # A broken feed may also name its unreadable entries; nothing else is skipped.
    assert all(s.input.startswith(bad) for s in skipped)
    assert time.monotonic() - started < 8  # one retry, not a hang


def test_a_failing_server_is_retried_once(server):
    calls = []

    class Flaky(Fetcher):
        def _once(self, url):
            calls.append(url)
            return super()._once(url)

    bad = server.add("/unavailable", b"busy", status=503)
    items, skipped = gather([bad], fetcher=Flaky(timeout=1))
    assert items == [] and "HTTP 503" in skipped[0].reason
    assert len(calls) == 2
    calls.clear()
    gather([server.url("/missing")], fetcher=Flaky(timeout=1))
    assert len(calls) == 1  # a 404 is final


def test_download_size_is_capped(server):
    big = server.add("/big", page("council-week") + "<!--" + "x" * 300_000 + "-->")
    items, skipped = gather([big], fetcher=Fetcher(timeout=2, max_bytes=100_000))
    assert items == [] and "download limit" in skipped[0].reason


def test_files_folders_globs_binary_and_missing(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    (tmp_path / "notes.txt").write_text(article("rovers-win")[1])
    (tmp_path / "page.html").write_text(page("leopard-study", url="https://example.org/leopard"))
    (tmp_path / ".hidden.txt").write_text(article("council-week")[1])
    items, skipped = gather([str(tmp_path)])
    # A folder takes article files only (no hidden files, no photos) ...
    assert sorted(i.origin.rsplit("/", 1)[-1] for i in items) == ["notes.txt", "page.html"]
    assert skipped == []
    html_item = next(i for i in items if i.origin.endswith("page.html"))
    assert html_item.article.source.url == "https://example.org/leopard"
    assert html_item.article.source.title == article("leopard-study")[0]
    assert html_item.when is not None and html_item.when.isoformat().startswith("2026-11-24")
    # ... but a file named explicitly is tried, and a binary one is reported.
    items, skipped = gather(
        [str(tmp_path / "photo.jpg"), str(tmp_path / "*.txt"), str(tmp_path / "nope.txt")]
    )
    assert [i.origin for i in items] == [str(tmp_path / "notes.txt")]
    assert [(s.input.rsplit("/", 1)[-1], s.reason) for s in skipped] == [
        ("nope.txt", "no such file or folder"),
        ("photo.jpg", "looks like binary data, not text"),
    ]


def test_json_lines_accept_article_as_text_and_report_bad_lines(tmp_path):
    lines = [
        json.dumps(
            {
                "text": article("rovers-win")[1],
                "title": "Rovers win",
                "url": "https://example.org/r",
                "published": "2026-11-28T09:00:00+01:00",
            }
        ),
        json.dumps({"article": article("leopard-study")[1]}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines))
    items, skipped = gather([str(path)])
    assert [i.article.source.title for i in items] == ["Rovers win", None]
    assert items[0].when.isoformat() == "2026-11-28T08:00:00+00:00"
    assert [(s.input, s.reason) for s in skipped] == [
        (f"{path} line 3", "not valid JSON"),
        (f"{path} line 4", 'has no "text" string'),
    ]


def test_same_article_from_two_feeds_is_kept_once(tmp_path):
    link = "https://example.org/bridge?utm_source=rss#top"
    one = tmp_path / "a.xml"
    two = tmp_path / "b.xml"
    one.write_text(rss("A", [full_entry("bridge-gazette", link)]))
    two.write_text(rss("B", [full_entry("bridge-gazette", "https://EXAMPLE.org/bridge/")]))
    items, _ = gather([str(one), str(two)])
    assert len(items) == 1


def test_helpers():
    assert normalise_url("HTTPS://Example.org/a/?utm_medium=x&id=3#frag") == "https://example.org/a?id=3"
    assert parse_time("Tue, 24 Nov 2026 07:00:00 GMT").isoformat() == "2026-11-24T07:00:00+00:00"
    assert parse_time("2026-11-24").isoformat() == "2026-11-24T00:00:00+00:00"
    assert parse_time("yesterday") is None
    assert (
        html_to_text("<p>One &amp; two.</p><script>x()</script><p>Three<br>four</p>")
        == "One & two.\n\nThree\nfour"
    )


def test_a_text_files_title_line_names_the_source(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text((DATA / "council-week.txt").read_text())
    items, _ = gather([str(path)])
    assert items[0].article.source.title == article("council-week")[0]
    assert items[0].article.text.startswith("Northfield District Council has approved")
    assert split_title("# Heading\n\nBody of the article, long enough.") == (
        "Heading",
        "Body of the article, long enough.",
    )
    assert split_title("A sentence, not a title.\n\nBody text of it here.")[0] is None


def test_data_files_are_ours():
    assert sorted(p.stem for p in DATA.glob("*.txt")) == [
        "bridge-gazette",
        "bridge-herald",
        "council-week",
        "footbridge-opens",
        "leopard-study",
        "rovers-win",
    ]
