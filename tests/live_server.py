"""The briefgen app on a real uvicorn server on a loopback port, and a plain HTTP client."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


@contextmanager
def live_server(options: Any = None, worker: Any = None) -> Iterator[str]:
    """Serve ``create_app(options, worker=worker)`` with uvicorn on 127.0.0.1:<free port>; yields the base URL."""
    import uvicorn

    from briefgen.serve.app import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(options, worker=worker), log_level="critical", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300  # the models load at start (already loaded: seconds)
        while not _ready(base):
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the server did not become ready")
            time.sleep(0.1)
        yield base
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


def _ready(base: str) -> bool:
    try:
        return request(base, "GET", "/v1/health", timeout=30).status == 200
    except OSError:  # not listening yet
        return False


def request(
    base: str,
    method: str,
    path: str,
    body: Any = None,
    *,
    headers: dict[str, str] | None = None,
    raw: bytes | None = None,
    timeout: float = 120,
) -> Answer:
    """One HTTP request; ``body`` is sent as JSON, ``raw`` as it is."""
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=timeout)
    sent_headers = dict(headers or {})
    data = raw
    if body is not None:
        data = json.dumps(body).encode("utf-8")
        sent_headers.setdefault("Content-Type", "application/json")
    try:
        connection.request(method, path, body=data, headers=sent_headers)
        response = connection.getresponse()
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
    finally:
        connection.close()
