"""The HTTP API's requests: strict parsing of JSON bodies into frozen dataclasses.

Every problem is an :class:`ApiError` with the HTTP status and one line for the
client, worded like the command line's messages. Unknown fields are refused,
as unknown keys in ``briefing.toml`` are: a typo must not pass unnoticed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from ..read.reading import MAX_BYTES

MAX_BODY = MAX_BYTES
"""Largest request body (5 MB), the largest article the command line accepts."""
BRIEF_FORMATS = ("json", "md", "text", "html", "fragment", "all")
DIGEST_FORMATS = ("json", "md", "text", "html", "atom", "rss", "jsonfeed")
MAX_QUOTES = 50
MAX_DIGEST_INPUTS = 200

QuoteLimit = int | Literal["all"]


class ApiError(Exception):
    """A request the API refuses: ``status`` and a one-line ``message`` for the client."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class BriefRequest:
    """``POST /v1/brief``: one article as ``text``, ``url`` or ``html``, and how to answer."""

    kind: Literal["text", "url", "html"]
    value: str
    format: str = "json"
    quotes: QuoteLimit = 3


@dataclass(frozen=True)
class TextInput:
    """An article of a digest given as text (the fields of a JSON Lines input)."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class DigestRequest:
    """``POST /v1/digest``: articles (text) and URLs (pages or feeds) in, one digest out."""

    inputs: tuple[TextInput | str, ...]
    format: str = "json"
    title: str = "Daily briefing"
    date: dt.date | None = None
    max_stories: int = 12
    quotes: QuoteLimit = 1


def parse_brief_request(data: Any) -> BriefRequest:
    """Validate the JSON of ``POST /v1/brief``; raises ApiError(400)."""
    _check_object(data, ("text", "url", "html", "format", "quotes"))
    given = [kind for kind in ("text", "url", "html") if kind in data]
    if len(given) != 1:
        raise ApiError(400, 'give exactly one of "text", "url" or "html"')
    kind = given[0]
    value = data[kind]
    if not isinstance(value, str):
        raise ApiError(400, f'"{kind}" must be a string')
    if kind == "url":
        check_web_url(value, f'"{kind}"')
    fmt = _choice(data.get("format", "json"), BRIEF_FORMATS, "format")
    return BriefRequest(kind=kind, value=value, format=fmt, quotes=_quotes(data.get("quotes", 3)))


def parse_digest_request(data: Any) -> DigestRequest:
    """Validate the JSON of ``POST /v1/digest``; raises ApiError(400)."""
    _check_object(data, ("inputs", "format", "title", "date", "max_stories", "quotes"))
    inputs = data.get("inputs")
    if not isinstance(inputs, list) or not inputs:
        raise ApiError(400, '"inputs" must be a non-empty list of URLs and {"text": ...} articles')
    if len(inputs) > MAX_DIGEST_INPUTS:
        raise ApiError(400, f'"inputs" holds {len(inputs)} items; at most {MAX_DIGEST_INPUTS} per digest')
    parsed = tuple(_digest_input(item, f"inputs[{n}]") for n, item in enumerate(inputs))
    title = data.get("title", "Daily briefing")
    if not isinstance(title, str) or not title.strip():
        raise ApiError(400, '"title" must be a non-empty string')
    date = None
    if "date" in data:
        if not isinstance(data["date"], str):
            raise ApiError(400, '"date" must be a string YYYY-MM-DD')
        try:
            date = dt.date.fromisoformat(data["date"])
        except ValueError:
            raise ApiError(400, f'"date" {data["date"]!r}: expected YYYY-MM-DD') from None
    max_stories = data.get("max_stories", 12)
    if not _is_int(max_stories) or max_stories < 0:
        raise ApiError(400, '"max_stories" must be an integer ≥ 0 (0: all)')
    return DigestRequest(
        inputs=parsed,
        format=_choice(data.get("format", "json"), DIGEST_FORMATS, "format"),
        title=title,
        date=date,
        max_stories=max_stories,
        quotes=_quotes(data.get("quotes", 1)),
    )


def check_web_url(value: str, name: str) -> None:
    """An absolute http(s) URL with a host, or ApiError(400)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value.strip())
        host = parts.hostname
    except ValueError:
        raise ApiError(400, f"{name}: not a valid URL") from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise ApiError(400, f"{name}: only absolute http and https URLs can be fetched")


def _digest_input(item: Any, name: str) -> TextInput | str:
    if isinstance(item, str):
        check_web_url(item, name)
        return item.strip()
    if not isinstance(item, dict):
        raise ApiError(400, f'{name}: must be a URL or an object {{"text": ...}}')
    unknown = sorted(set(item) - {"text", "title", "url", "published"})
    if unknown:
        raise ApiError(400, f"{name}: unknown field {unknown[0]!r} (known: text, title, url, published)")
    for key in ("text", "title", "url", "published"):
        if key in item and item[key] is not None and not isinstance(item[key], str):
            raise ApiError(400, f'{name}: "{key}" must be a string')
    if not item.get("text"):
        raise ApiError(400, f'{name}: "text" is missing or empty')
    return TextInput(item["text"], item.get("title"), item.get("url"), item.get("published"))


def _check_object(data: Any, known: tuple[str, ...]) -> None:
    if not isinstance(data, dict):
        raise ApiError(400, "the request body must be a JSON object")
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ApiError(400, f"unknown field {unknown[0]!r} (known fields: {', '.join(known)})")


def _choice(value: Any, choices: tuple[str, ...], name: str) -> str:
    if value not in choices:
        raise ApiError(400, f'"{name}" must be one of {", ".join(choices)}, not {value!r}')
    return value


def _quotes(value: Any) -> QuoteLimit:
    if value == "all":
        return "all"
    if not _is_int(value) or not 0 <= value <= MAX_QUOTES:
        raise ApiError(400, f'"quotes" must be a number from 0 to {MAX_QUOTES}, or "all"')
    return value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
