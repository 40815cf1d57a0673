"""Real test fixtures for the digest tests: a news site on loopback, feeds and pages.

The articles in ``tests/data/digest`` are invented for these tests.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).parent / "data" / "digest"


def article(name: str) -> tuple[str, str]:
    """(title, body) of a test article: the first line is its title."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    return title.strip(), body.strip()


def page(name: str, *, url: str | None = None, published: str = "2026-11-24T07:30:00Z") -> str:
    """The article as a news web page, with navigation and footer around it."""
    title, body = article(name)
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>{canonical}
<meta property="article:published_time" content="{published}"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<main><article><h1>{html.escape(title)}</h1>
{paragraphs}
</article></main>
<footer><p>Copyright 2026 Test News. All rights reserved.</p></footer></body></html>"""


@dataclass
class Entry:
    title: str
    link: str | None = None
    summary: str = ""
    content: str | None = None  # full text as HTML
    published: datetime = field(default_factory=lambda: datetime(2026, 11, 24, 7, 0, tzinfo=timezone.utc))


def rss(channel: str, entries: list[Entry]) -> str:
    """An RSS 2.0 feed."""
    items = []
    for e in entries:
        parts = [
            f"<title>{html.escape(e.title)}</title>",
            f"<pubDate>{format_datetime(e.published)}</pubDate>",
        ]
        if e.link:
            parts.append(f"<link>{html.escape(e.link)}</link><guid>{html.escape(e.link)}</guid>")
        if e.summary:
            parts.append(f"<description>{html.escape(e.summary)}</description>")
        if e.content:
            parts.append(f"<content:encoded><![CDATA[{e.content}]]></content:encoded>")
        items.append("<item>" + "".join(parts) + "</item>")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>{html.escape(channel)}</title><link>https://example.org/</link>
<description>Test feed</description>
{"".join(items)}
</channel></rss>
"""


def full_entry(name: str, link: str | None = None) -> Entry:
    """An RSS entry carrying the whole article as HTML."""
    title, body = article(name)
    content = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
    return Entry(title=title, link=link, summary=body.split("\n\n")[0], content=content)


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    hang: bool = False  # accept the request, never answer


class NewsServer:
    """A threaded HTTP server on 127.0.0.1 serving fixed routes; records what it was asked."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str]] = []  # (path, User-Agent)
        self._release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append((self.path, self.headers.get("User-Agent", "")))
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                if route.hang:
                    server._release.wait(30)
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def add(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8", **kw) -> str:
        self.routes[path] = Route(body.encode("utf-8") if isinstance(body, str) else body, content_type, **kw)
        return self.base + path

    def url(self, path: str) -> str:
        return self.base + path

    @contextmanager
    def running(self) -> Iterator[NewsServer]:
        thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._release.set()
            self._httpd.shutdown()
            self._httpd.server_close()
