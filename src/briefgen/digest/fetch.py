"""Polite HTTP fetching for digests: timeout, size cap, a clear User-Agent, one retry.

Only ``http`` and ``https`` are fetched. Failures a retry can cure (timeouts,
refused connections, 5xx, 429) are retried once after a short pause; the rest
(404, bad URLs, oversized bodies) fail at once. Every failure is an
:class:`~briefgen.errors.InputError` naming the URL with a short reason.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from typing import Any
from urllib.parse import urlsplit

from .._version import __version__
from ..errors import InputError

USER_AGENT = f"briefgen/{__version__} (news digest; +https://pypi.org/project/briefgen/)"
RETRY_PAUSE = 0.5  # seconds; a daily job can afford it, a flaky server often recovers


@dataclass(frozen=True)
class Response:
    """A fetched document."""

    url: str  # after redirects
    body: bytes
    content_type: str  # lower-cased media type, e.g. "text/html"
    charset: str | None


class FetchTimeoutError(InputError):
    """The server did not answer in time (after the retry): a gateway timeout to an API client."""


class _RetryableError(Exception):
    def __init__(self, reason: str, *, timeout: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.timeout = timeout


@dataclass(frozen=True)
class Fetcher:
    """Fetches URLs; ``timeout`` is per connection attempt and per read, in seconds.

    ``opener`` is the urllib opener to use (the default one when None); the HTTP
    server passes one that refuses private addresses (:mod:`briefgen.serve.urlguard`).
    """

    timeout: float = 15.0
    max_bytes: int = 5 * 1024 * 1024
    user_agent: str = USER_AGENT
    retries: int = 1
    opener: Any = None

    def fetch(self, url: str) -> Response:
        """Fetch ``url``; raises InputError(url, reason) when it cannot be had."""
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            raise InputError(url, "only http and https URLs can be fetched")
        attempt = 0
        while True:
            try:
                return self._once(url)
            except _RetryableError as err:
                if attempt >= self.retries:
                    raise (FetchTimeoutError if err.timeout else InputError)(url, err.reason) from None
                attempt += 1
                time.sleep(RETRY_PAUSE)

    def _once(self, url: str) -> Response:
        request = urllib.request.Request(
            url,
            headers={
                "User-Agent": self.user_agent,
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
            },
        )
        try:
            opened = (
                self.opener.open(request, timeout=self.timeout)
                if self.opener is not None
                else urllib.request.urlopen(request, timeout=self.timeout)
            )
            with opened as response:
                body = self._read(response)
                headers: Message = response.headers
                return Response(
                    url=response.geturl(),
                    body=body,
                    content_type=(headers.get_content_type() or "").lower(),
                    charset=headers.get_content_charset(),
                )
        except urllib.error.HTTPError as err:
            reason = f"HTTP {err.code} {err.reason}".strip()
            if err.code >= 500 or err.code == 429:
                raise _RetryableError(reason) from None
            raise InputError(url, reason) from None
        except urllib.error.URLError as err:
            timed_out = isinstance(err.reason, (TimeoutError, socket.timeout))
            raise _RetryableError(_network_reason(err.reason, self.timeout), timeout=timed_out) from None
        except TimeoutError:
            raise _RetryableError(f"timed out after {self.timeout:g} s", timeout=True) from None
        except (ConnectionError, OSError) as err:
            raise _RetryableError(_network_reason(err, self.timeout)) from None
        except ValueError as err:  # malformed URL
            raise InputError(url, f"not a valid URL ({err})") from None

    def _read(self, response) -> bytes:
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > self.max_bytes:
            raise InputError(response.geturl(), self._too_large())
        # A server that drips bytes could keep each read under the timeout forever.
        deadline = time.monotonic() + 4 * self.timeout
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = response.read(64 * 1024)
            if not chunk:
                break
            size += len(chunk)
            if size > self.max_bytes:
                raise InputError(response.geturl(), self._too_large())
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise _RetryableError(
                    f"too slow: no complete answer within {4 * self.timeout:g} s", timeout=True
                )
        return b"".join(chunks)

    def _too_large(self) -> str:
        return f"larger than the {self.max_bytes / (1024 * 1024):g} MB download limit"


def _network_reason(reason: object, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return "host not found"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason) or "network error"
