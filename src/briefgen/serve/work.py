"""What the API's endpoints do, without HTTP: read an article, render a brief, make a digest.

These run in worker threads (fetching, rendering) or on the model thread
(briefing, digests); the app only moves requests and answers between them.
"""

from __future__ import annotations

import io
import json
import tempfile
import threading
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..read.reading import article_from_text, decode_text, split_title
from ..types import Article, Brief, Source
from .schema import ApiError, BriefRequest, DigestRequest, TextInput

MEDIA_TYPES = {
    "json": "application/json",
    "all": "application/json",
    "md": "text/markdown; charset=utf-8",
    "text": "text/plain; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "fragment": "text/html; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "rss": "application/rss+xml; charset=utf-8",
    "jsonfeed": "application/feed+json",
}


def load_article(request: BriefRequest, fetcher: Any) -> Article:
    """The article a brief request gives: its text, a page's main text, or a fetched URL's.

    Raises InputError (422: nothing to brief), ForbiddenURLError (400),
    FetchTimeoutError (504) or ApiError (502: the URL could not be fetched).
    """
    if request.kind == "text":
        title, body = split_title(request.value)
        text = body if title else request.value
        return article_from_text(text, Source(title=title), name="text")
    if request.kind == "html":
        return _page_article(request.value, "html", None)
    return fetch_article(request.value, fetcher)


def fetch_article(url: str, fetcher: Any) -> Article:
    """Fetch ``url`` (through the URL guard) and read the article in it."""
    from ..digest.fetch import FetchTimeoutError
    from ..digest.sources import classify
    from .urlguard import ForbiddenURLError

    try:
        response = fetcher.fetch(url)
    except (ForbiddenURLError, FetchTimeoutError):
        raise
    except InputError as err:
        raise ApiError(502, f"{url}: cannot be fetched: {err.problem}") from None
    kind = classify(response)
    text = _decode(response.body, response.charset, url)
    if kind == "html":
        return _page_article(text, url, response.url)
    if kind == "text":
        return article_from_text(text, Source(url=response.url), name=url)
    if kind == "feed":
        raise InputError(url, "is a feed, not an article: send it to /v1/digest")
    raise InputError(url, f"unsupported content type {response.content_type or 'unknown'}")


def _page_article(markup: str, name: str, url: str | None) -> Article:
    from ..read.pages import extract_page

    page = extract_page(markup, url=url)
    if page is None or len(page.text.split()) < 4:
        raise InputError(name, "is a web page without article text")
    source = Source(url=page.url or url, title=page.title, published=page.published)
    return article_from_text(page.text, source, name=name)


def _decode(body: bytes, charset: str | None, name: str) -> str:
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(body, name)


def render_brief(brief: Brief, fmt: str) -> str:
    """The brief in the requested format; ``all`` is a JSON object of every format."""
    from ..rendering.render import brief_to_dict, render

    if fmt == "all":
        answer: dict[str, Any] = {"json": brief_to_dict(brief)}
        for name in ("md", "text", "html"):
            answer[name] = render(brief, name)
        answer["fragment"] = render(brief, "html", fragment=True)
        return json.dumps(answer, ensure_ascii=False)
    if fmt == "fragment":
        return render(brief, "html", fragment=True)
    return render(brief, fmt)


class MemoFetcher:
    """Fetches each URL once and remembers the answer (or the error) for this request only.

    A digest's URLs are fetched first, off the model thread; the digest then
    runs on the model thread and finds every page already here.
    """

    def __init__(self, fetcher: Any) -> None:
        self._fetcher = fetcher
        self._answers: dict[str, Any] = {}
        self._lock = threading.Lock()

    def fetch(self, url: str) -> Any:
        with self._lock:
            known = url in self._answers
            answer = self._answers.get(url)
        if not known:
            try:
                answer = self._fetcher.fetch(url)
            except InputError as err:
                answer = err
            with self._lock:
                self._answers[url] = answer
        if isinstance(answer, Exception):
            raise answer
        return answer


class DigestJob:
    """A digest request's inputs laid out for :func:`make_digest` in a private temporary folder.

    Text articles become one JSON Lines file; URLs stay URLs. The folder (and
    the digest's throwaway state file) is removed by :meth:`close`: nothing is kept.
    """

    def __init__(self, request: DigestRequest, fetcher: Any) -> None:
        self.request = request
        self.fetcher = MemoFetcher(fetcher)
        self._folder = tempfile.TemporaryDirectory(prefix="briefgen-serve-")
        folder = Path(self._folder.name)
        self.jsonl = folder / "articles.jsonl"
        self.inputs: list[str] = []
        self._line_input: dict[int, int] = {}  # line of the JSON Lines file → index in inputs
        lines = []
        for index, item in enumerate(request.inputs):
            if isinstance(item, TextInput):
                record = {k: v for k, v in vars(item).items() if v is not None}
                lines.append(json.dumps(record, ensure_ascii=False))
                self._line_input[len(lines)] = index
            else:
                self.inputs.append(item)
        if lines:
            self.jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
            self.inputs.insert(0, str(self.jsonl))
        self.state = folder / "state.sqlite3"

    def prefetch(self) -> None:
        """Fetch every URL the digest will need (feeds, their linked pages), off the model thread."""
        from ..digest.sources import gather

        urls = [i for i in self.inputs if "://" in i]
        if urls:
            gather(urls, fetcher=self.fetcher)

    def run(self, now: datetime | None = None) -> str:
        """Make the digest (on the model thread) and render it; raises NoDigestError when empty."""
        from ..digest import NoDigestError, make_digest

        try:
            result = make_digest(
                self.inputs,
                fmt="json",
                title=self.request.title,
                date=self.request.date,
                max_stories=self.request.max_stories,
                quotes=self.request.quotes,
                state=self.state,
                stdout=io.StringIO(),  # rendered below, once the inputs are named for the client
                fetcher=self.fetcher,
                now=now,
            )
        except NoDigestError as err:
            raise NoDigestError(str(err), [self._named(s) for s in err.skipped]) from None
        assert result.digest is not None
        digest = replace(result.digest, skipped=tuple(self._named(s) for s in result.digest.skipped))
        return self._render(digest, now or datetime.now(timezone.utc))

    def _render(self, digest: Any, now: datetime) -> str:
        from ..digest.config import FEED_KINDS
        from ..digest.render import render_digest

        if self.request.format in FEED_KINDS:
            from ..digest.feeds import FeedOptions, digest_entries, merge_feed

            options = FeedOptions(kind=self.request.format, title=self.request.title)
            return merge_feed(digest_entries(digest), None, options, now=now)
        return render_digest(digest, self.request.format)

    def _named(self, skipped: Any) -> Any:
        """A skip note naming the request's input (``inputs[3]``), not the temporary file."""
        prefix = f"{self.jsonl} line "
        if skipped.input.startswith(prefix):
            rest = skipped.input[len(prefix) :]
            number = int(rest.split()[0]) if rest.split()[0].isdigit() else 0
            if number in self._line_input:
                return replace(skipped, input=f"inputs[{self._line_input[number]}]")
        return skipped

    def close(self) -> None:
        self._folder.cleanup()
