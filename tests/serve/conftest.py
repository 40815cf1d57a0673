"""Servers for the API tests: real uvicorn on loopback ports, the session's models."""

from __future__ import annotations

import pytest

from digest_helpers import NewsServer
from live_server import live_server


@pytest.fixture(scope="module")
def api(briefer):
    """The app as ``briefgen serve`` runs it: SSRF guard on, no token."""
    briefer.analyse([])  # the session's models: the server's warm-up finds them loaded
    with live_server() as base:
        yield base


@pytest.fixture(scope="module")
def news():
    """A news site on loopback (pages, feeds, redirects, a server that never answers)."""
    with NewsServer().running() as server:
        yield server


@pytest.fixture(scope="module")
def open_api(briefer, news):
    """The app with --allow-private-urls and short fetch timeouts, to brief pages of ``news``."""
    from briefgen.serve.app import ServeOptions

    briefer.analyse([])
    with live_server(ServeOptions(allow_private_urls=True, timeout=0.5)) as base:
        yield base
