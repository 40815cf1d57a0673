"""The ASGI app of ``briefgen serve``: Starlette routes over the briefing library.

Routes: ``POST /v1/brief``, ``POST /v1/digest``, ``GET /v1/health``, ``GET /docs``
and ``/openapi.json``, and the editor's page at ``/`` with its two assets.

Concurrency: handlers are async and never do model work themselves. Fetching
and rendering run in Starlette's thread pool, briefs and digests on the one
model thread (:mod:`briefgen.serve.worker`), so a slow article never holds up
``/v1/health`` or a request for the page.

Errors are JSON, ``{"error": "one line", "status": N}``, with the command
line's wording; a bug is logged on the server and answered with a 500 that
carries no traceback. Nothing a request sends is stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .._version import __version__
from ..digest.config import DigestConfig
from ..errors import BriefgenError, InputError, ModelError
from .schema import MAX_BODY, ApiError, parse_brief_request, parse_digest_request
from .worker import ModelWorker

log = logging.getLogger("briefgen.serve")

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
STATIC = {"page.js": "text/javascript; charset=utf-8", "page.css": "text/css; charset=utf-8"}
_PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
    "frame-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


@dataclass(frozen=True)
class ServeOptions:
    """How the server behaves.

    ``token``: the bearer token every ``/v1`` request but health must carry (None: open).
    ``allow_private_urls``: fetch loopback and private addresses too (off: SSRF guard on).
    ``loopback_only``: answer only requests addressed to localhost by name or address
    (the default when bound to loopback: a web page cannot reach the server by
    rebinding its own host name to 127.0.0.1). ``timeout`` and ``max_download_mb``
    are the digest's fetch limits.
    """

    token: str | None = None
    allow_private_urls: bool = False
    loopback_only: bool = True
    timeout: float = DigestConfig.timeout
    max_download_mb: float = DigestConfig.max_download_mb
    trusted: frozenset[tuple[str, int]] = field(default_factory=frozenset)

    def fetcher(self) -> Any:
        """The Fetcher for URLs in requests: the digest's limits, through the URL guard."""
        from ..digest.fetch import Fetcher
        from .urlguard import UrlGuard

        guard = UrlGuard(allow_private=self.allow_private_urls, trusted=self.trusted)
        return Fetcher(
            timeout=self.timeout, max_bytes=int(self.max_download_mb * 1024 * 1024), opener=guard.opener()
        )


def create_app(options: ServeOptions | None = None, *, worker: ModelWorker | None = None) -> ASGIApp:
    """The ASGI app. The model thread starts (and loads the models) when the server starts."""
    options = options or ServeOptions()
    worker = worker or ModelWorker()
    fetcher = options.fetcher()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        worker.start()
        try:
            yield
        finally:
            await run_in_threadpool(worker.stop)

    async def brief(request: Request) -> Response:
        _check_token(request, options.token)
        query = parse_brief_request(await _read_json(request))
        from .work import MEDIA_TYPES, load_article, render_brief

        article = await run_in_threadpool(load_article, query, fetcher)
        try:
            result = await asyncio.wrap_future(worker.brief(article, query.quotes))
        except InputError as err:  # the pipeline names pasted text "standard input"
            raise InputError(query.value if query.kind == "url" else query.kind, err.problem) from None
        body = await run_in_threadpool(render_brief, result, query.format)
        return Response(body, media_type=MEDIA_TYPES[query.format])

    async def digest(request: Request) -> Response:
        _check_token(request, options.token)
        query = parse_digest_request(await _read_json(request))
        from .work import MEDIA_TYPES, DigestJob

        job = await run_in_threadpool(DigestJob, query, fetcher)  # writes a temporary file
        try:
            await run_in_threadpool(job.prefetch)
            body = await asyncio.wrap_future(worker.call(job.run))
        finally:
            await run_in_threadpool(job.close)
        return Response(body, media_type=MEDIA_TYPES[query.format])

    async def health(request: Request) -> Response:
        answer: dict[str, Any] = {"version": __version__, "queued": worker.pending}
        if not worker.ready.is_set():
            return JSONResponse({"status": "loading", **answer}, status_code=503)
        if worker.error is not None:
            return JSONResponse({"status": "error", "error": worker.error, **answer}, status_code=503)
        return JSONResponse({"status": "ok", **answer})

    async def openapi(request: Request) -> Response:
        from .openapi import openapi_spec

        return JSONResponse(openapi_spec())

    async def docs(request: Request) -> Response:
        from .openapi import docs_page, openapi_spec

        return Response(docs_page(openapi_spec()), media_type="text/html; charset=utf-8")

    async def page(request: Request) -> Response:
        return Response(
            _asset("index.html"),
            media_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": _PAGE_CSP},
        )

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            raise HTTPException(404)
        return Response(_asset(name), media_type=STATIC[name], headers={"Cache-Control": "no-cache"})

    app = Starlette(
        routes=[
            Route("/v1/brief", brief, methods=["POST"]),
            Route("/v1/digest", digest, methods=["POST"]),
            Route("/v1/health", health, methods=["GET"]),
            Route("/openapi.json", openapi, methods=["GET"]),
            Route("/docs", docs, methods=["GET"]),
            Route("/", page, methods=["GET"]),
            Route("/static/{name}", static, methods=["GET"]),
        ],
        # Expected errors are answered where they arise; Exception (a bug) is answered by
        # Starlette's outermost layer, which then re-raises it so the server logs it.
        exception_handlers={
            ApiError: _error_response,
            BriefgenError: _error_response,
            HTTPException: _error_response,
            Exception: _error_response,
        },
        lifespan=lifespan,
    )
    return _Guard(app, loopback_only=options.loopback_only)


class _Guard:
    """Outermost layer: the Host check, security headers, and JSON for errors raised anywhere."""

    def __init__(self, app: ASGIApp, *, loopback_only: bool) -> None:
        self.app = app
        self.loopback_only = loopback_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.loopback_only and _host_name(scope) not in LOOPBACK_NAMES:
            response = _json_error(
                421, "this server answers only requests to localhost (it is bound to loopback)"
            )
            await response(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _host_name(scope: Scope) -> str:
    for key, value in scope.get("headers", []):
        if key == b"host":
            host = value.decode("latin-1").strip().lower()
            if host.startswith("["):  # [::1]:8000
                return host[1:].split("]", 1)[0]
            return host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return ""


async def _read_json(request: Request) -> Any:
    """The JSON body, at most 5 MB (413 as soon as it is known to be more)."""
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    # JSON only: a form or text/plain post from another site's page would need no CORS preflight.
    if media != "application/json":
        raise ApiError(415, "send the request body as JSON, with Content-Type: application/json")
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_BODY:
        raise ApiError(413, _too_large())
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise ApiError(413, _too_large())
    try:
        return json.loads(bytes(body))
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "the request body is not valid JSON") from None


def _too_large() -> str:
    return f"the request body is larger than {MAX_BODY // (1024 * 1024)} MB; briefgen briefs news articles"


def _check_token(request: Request, token: str | None) -> None:
    if token is None:
        return
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    # Hashing first makes the comparison's time independent of the lengths too.
    expected = hashlib.sha256(token.encode("utf-8")).digest()
    offered = hashlib.sha256(value.strip().encode("utf-8")).digest()
    if scheme.lower() != "bearer" or not hmac.compare_digest(expected, offered):
        raise ApiError(401, "a valid bearer token is required (Authorization: Bearer TOKEN)")


async def _error_response(request: Request, exc: Exception) -> Response:
    status, message = error_status(exc)
    response = _json_error(status, message)
    if status == 401:
        response.headers["WWW-Authenticate"] = "Bearer"
    return response


def error_status(exc: BaseException) -> tuple[int, str]:
    """The HTTP status and the one-line message for an exception a request raised."""
    from ..digest.fetch import FetchTimeoutError
    from .urlguard import ForbiddenURLError

    if isinstance(exc, ApiError):
        return exc.status, exc.message
    if isinstance(exc, HTTPException):
        return exc.status_code, {404: "no such page", 405: "method not allowed"}.get(
            exc.status_code, exc.detail
        )
    if isinstance(exc, ForbiddenURLError):
        return 400, str(exc)
    if isinstance(exc, FetchTimeoutError):
        return 504, str(exc)
    if isinstance(exc, ModelError):
        return 503, str(exc)
    if isinstance(exc, InputError):
        return 422, str(exc)
    if isinstance(exc, BriefgenError):
        from ..digest import NoDigestError

        if isinstance(exc, NoDigestError):
            reasons = "; ".join(f"{s.input}: {s.reason}" for s in exc.skipped[:5])
            return 422, f"{exc}: {reasons}" if reasons else str(exc)
        return 400, str(exc)
    log.error("internal error", exc_info=exc)
    return 500, "internal error: the server could not answer this request"


def _json_error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": " ".join(str(message).split()), "status": status}, status_code=status)


def _asset(name: str) -> bytes:
    return resources.files("briefgen.serve").joinpath("static", name).read_bytes()
