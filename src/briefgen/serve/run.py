"""Running the app: options from the command line and the environment, then uvicorn."""

from __future__ import annotations

import ipaddress
import os
import sys

from ..errors import BriefgenError

TOKEN_VARIABLE = "BRIEFGEN_API_TOKEN"


class ServeError(BriefgenError):
    """The server cannot start (a missing extra, a bad address)."""


def is_loopback_host(host: str) -> bool:
    """True for localhost and loopback addresses."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(*, host: str = "127.0.0.1", port: int = 8000, allow_private_urls: bool = False) -> None:
    """Serve the API on ``host``:``port`` until interrupted (models load once, at start)."""
    try:
        import starlette  # noqa: F401
        import uvicorn
    except ImportError:
        raise ServeError(
            "briefgen serve needs Starlette and uvicorn: python -m pip install 'briefgen[serve]'"
        ) from None
    from .app import ServeOptions, create_app

    token = os.environ.get(TOKEN_VARIABLE) or None
    loopback = is_loopback_host(host)
    if not loopback and token is None:
        print(
            f"briefgen: serving on {host} without {TOKEN_VARIABLE}: anyone who can reach it can use it",
            file=sys.stderr,
        )
    options = ServeOptions(token=token, allow_private_urls=allow_private_urls, loopback_only=loopback)
    try:
        uvicorn.run(
            create_app(options),
            host=host,
            port=port,
            log_level="info",
            timeout_graceful_shutdown=10,
            limit_concurrency=256,  # beyond that, 503 at once rather than an ever longer queue
        )
    except OSError as err:
        raise ServeError(f"cannot listen on {host}:{port} ({err.strerror or err})") from None
