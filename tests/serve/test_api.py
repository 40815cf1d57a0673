"""The HTTP API end to end: uvicorn on a loopback port, a real HTTP client, the real models."""

from __future__ import annotations

import json
import socket
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest

from briefgen import read_article
from briefgen.rendering.render import brief_to_dict
from briefgen.types import Source
from digest_helpers import Entry, article, page, rss
from live_server import live_server, request
from support import SEED

pytestmark = pytest.mark.slow

SEED_TEXT = SEED.read_text(encoding="utf-8")


def _one_line_error(answer, status: int) -> str:
    assert answer.status == status, (answer.status, answer.body[:300])
    assert answer.headers["content-type"].startswith("application/json")
    data = answer.json
    assert set(data) == {"error", "status"} and data["status"] == status
    assert "\n" not in data["error"] and "Traceback" not in data["error"] and data["error"]
    return data["error"]


def test_health_answers_ok_with_the_version(api):
    from briefgen import __version__

    answer = request(api, "GET", "/v1/health")
    assert answer.status == 200
    assert answer.json["status"] == "ok" and answer.json["version"] == __version__


def test_brief_json_follows_the_command_lines_contract(api, briefer, seed_path):
    answer = request(api, "POST", "/v1/brief", {"text": SEED_TEXT, "format": "json"})
    assert answer.status == 200 and answer.headers["content-type"] == "application/json"
    expected = brief_to_dict(briefer.brief(replace(read_article(str(seed_path)), source=Source())))
    assert answer.json == expected


@pytest.mark.parametrize(
    ("fmt", "media", "starts"),
    [
        ("md", "text/markdown", "# Xi Jinping"),
        ("text", "text/plain", "Xi Jinping"),
        ("html", "text/html", "<!DOCTYPE html>"),
        ("fragment", "text/html", "<!--[if mso]><table"),
    ],
)
def test_brief_in_each_format(api, fmt, media, starts):
    answer = request(api, "POST", "/v1/brief", {"text": SEED_TEXT, "format": fmt, "quotes": 1})
    assert answer.status == 200
    assert answer.headers["content-type"].startswith(media)
    assert answer.text.lstrip().startswith(starts), answer.text[:200]
    if fmt == "fragment":  # the email body alone, to paste into a newsletter
        assert "<!DOCTYPE" not in answer.text and "<body" not in answer.text


def test_format_all_gives_every_format_of_one_brief(api):
    data = request(api, "POST", "/v1/brief", {"text": SEED_TEXT, "format": "all", "quotes": 0}).json
    assert set(data) == {"json", "md", "text", "html", "fragment"}
    assert data["json"]["quotes"] == []
    assert data["md"].startswith("# " + data["json"]["headline"][:20])
    assert 'class="container"' in data["fragment"] and "<!DOCTYPE" not in data["fragment"]


def test_brief_a_saved_web_page(api):
    title, body = article("leopard-study")
    answer = request(
        api, "POST", "/v1/brief", {"html": page("leopard-study", url="https://news.example/leopard")}
    )
    assert answer.status == 200
    data = answer.json
    assert data["source"]["title"] == title and data["source"]["url"] == "https://news.example/leopard"
    assert data["bullets"][0].split()[0] in body


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ([1, 2], "must be a JSON object"),
        ({}, "exactly one of"),
        ({"text": "a", "url": "https://example.org/"}, "exactly one of"),
        ({"text": 5}, '"text" must be a string'),
        ({"text": "x", "format": "pdf"}, '"format" must be one of'),
        ({"text": "x", "quotes": -1}, '"quotes"'),
        ({"text": "x", "quotes": True}, '"quotes"'),
        ({"text": "x", "colour": "red"}, "unknown field 'colour'"),
        ({"url": "file:///etc/passwd"}, "only absolute http and https URLs"),
        ({"url": "ftp://example.org/a"}, "only absolute http and https URLs"),
    ],
)
def test_bad_requests_are_400_with_one_line(api, body, says):
    assert says in _one_line_error(request(api, "POST", "/v1/brief", body), 400)


def test_broken_json_is_400_and_other_media_415(api):
    broken = request(api, "POST", "/v1/brief", raw=b'{"text": ', headers={"Content-Type": "application/json"})
    assert "not valid JSON" in _one_line_error(broken, 400)
    form = request(api, "POST", "/v1/brief", raw=b"text=hello", headers={"Content-Type": "text/plain"})
    assert "Content-Type: application/json" in _one_line_error(form, 415)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("   \n  ", "is empty"),
        (
            "Le conseil municipal a voté mardi la fermeture du pont pour des travaux de réparation.",
            "not in English",
        ),
        ("The red car, the blue house, the green tree and the old dog in the park.", "no sentence"),
    ],
)
def test_text_that_cannot_be_briefed_is_422(api, text, says):
    message = _one_line_error(request(api, "POST", "/v1/brief", {"text": text}), 422)
    assert message.startswith("text: ") and says in message


def test_a_body_declared_over_5_mb_is_refused_before_it_is_read(api):
    host, port = api.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(
            b"POST /v1/brief HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 6000000\r\n\r\n{"
        )
        import http.client

        response = http.client.HTTPResponse(sock)  # the answer comes with the body still unsent
        response.begin()
        assert response.status == 413
        assert "larger than 5 MB" in json.loads(response.read())["error"]


def test_a_streamed_body_over_5_mb_is_413(api):
    host, port = api.removeprefix("http://").split(":")
    import http.client

    connection = http.client.HTTPConnection(host, int(port), timeout=60)
    payload = b'{"text": "' + b"a" * (5 * 1024 * 1024) + b'"}'

    def chunks():
        for start in range(0, len(payload), 256 * 1024):
            yield payload[start : start + 256 * 1024]

    connection.request(
        "POST", "/v1/brief", body=chunks(), headers={"Content-Type": "application/json"}, encode_chunked=True
    )
    response = connection.getresponse()
    assert response.status == 413
    assert "larger than 5 MB" in json.loads(response.read())["error"]
    connection.close()


def test_unknown_paths_methods_and_hosts_answer_json(api):
    assert _one_line_error(request(api, "GET", "/v2/brief"), 404) == "no such page"
    assert _one_line_error(request(api, "GET", "/v1/brief"), 405) == "method not allowed"
    # A page on another site that rebinds its own name to 127.0.0.1 is refused by name.
    rebound = request(api, "GET", "/v1/health", headers={"Host": "attacker.example:8000"})
    assert "only requests to localhost" in _one_line_error(rebound, 421)
    assert request(api, "GET", "/v1/health", headers={"Host": "localhost:8000"}).status == 200


def test_security_headers(api):
    answer = request(api, "GET", "/")
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]


def test_openapi_description_is_valid_and_matches_the_routes(api):
    from openapi_spec_validator import validate

    spec = request(api, "GET", "/openapi.json").json
    validate(spec)
    for path, methods in spec["paths"].items():
        for method in methods:
            assert request(api, method.upper(), path, {} if method == "post" else None).status not in (
                404,
                405,
            )
    docs = request(api, "GET", "/docs")
    assert docs.status == 200 and "/v1/brief" in docs.text and 'href="/openapi.json"' in docs.text
    assert "<script" not in docs.text


def test_a_bug_is_a_500_without_its_details():
    """An unexpected exception answers JSON with no traceback and none of its message."""
    from concurrent.futures import Future

    from briefgen.serve.worker import ModelWorker

    class BrokenWorker(ModelWorker):  # no models: every brief fails as a bug would
        def start(self) -> None:
            self.ready.set()

        def stop(self, timeout: float = 30.0) -> None:
            pass

        def brief(self, article, quotes) -> Future:
            future: Future = Future()
            future.set_exception(RuntimeError("secret internal detail at /srv/app.py line 12"))
            return future

    with live_server(worker=BrokenWorker()) as base:
        answer = request(base, "POST", "/v1/brief", {"text": SEED_TEXT})
        assert _one_line_error(answer, 500) == "internal error: the server could not answer this request"
        assert b"secret" not in answer.body
        assert request(base, "GET", "/v1/health").status == 200  # and it goes on serving


# --- tokens -------------------------------------------------------------------------------


def test_bearer_token(briefer):
    from briefgen.serve.app import ServeOptions

    briefer.analyse([])
    with live_server(ServeOptions(token="s3cret-token")) as base:
        missing = request(base, "POST", "/v1/brief", {"text": SEED_TEXT})
        assert "bearer token" in _one_line_error(missing, 401)
        assert missing.headers["www-authenticate"] == "Bearer"
        for wrong in (
            "Bearer s3cret-tokeN",
            "Bearer s3cret-token-and-more",
            "Basic s3cret-token",
            "s3cret-token",
        ):
            assert (
                request(
                    base, "POST", "/v1/brief", {"text": SEED_TEXT}, headers={"Authorization": wrong}
                ).status
                == 401
            )
        good = request(
            base, "POST", "/v1/brief", {"text": SEED_TEXT}, headers={"Authorization": "Bearer s3cret-token"}
        )
        assert good.status == 200 and good.json["headline"]
        assert request(base, "POST", "/v1/digest", {"inputs": [{"text": SEED_TEXT}]}).status == 401
        assert request(base, "GET", "/v1/health").status == 200  # probes need no token


# --- URLs: the SSRF guard, fetching, timeouts -----------------------------------------------


def test_loopback_urls_are_refused(api, news):
    news.add("/guarded", page("bridge-herald"))
    for url in (
        news.url("/guarded"),
        news.url("/guarded").replace("127.0.0.1", "localhost"),  # a name that resolves to loopback
        news.url("/guarded").replace("127.0.0.1", "2130706433"),  # 127.0.0.1 as one number
        news.url("/guarded").replace("127.0.0.1", "[::ffff:127.0.0.1]"),
    ):
        message = _one_line_error(request(api, "POST", "/v1/brief", {"url": url}), 400)
        assert "loopback address" in message and "--allow-private-urls" in message
    assert not [path for path, _ in news.requests if path == "/guarded"]  # never connected


class _Redirector:
    """A server that answers every GET with a redirect to ``target``."""

    def __init__(self, target: str) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(302)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_a_redirect_to_loopback_is_refused(briefer, news):
    """The first server is trusted (as a public one would be); its redirect to loopback is not followed."""
    from briefgen.serve.app import ServeOptions

    target = news.add("/after-redirect", page("bridge-herald"))
    redirector = _Redirector(target)
    try:
        options = ServeOptions(trusted=frozenset({("127.0.0.1", redirector.port)}))
        briefer.analyse([])
        with live_server(options) as base:
            answer = request(base, "POST", "/v1/brief", {"url": f"http://127.0.0.1:{redirector.port}/story"})
            assert "loopback address" in _one_line_error(answer, 400)
            direct = request(base, "POST", "/v1/brief", {"url": target})
            assert "loopback address" in _one_line_error(direct, 400)
    finally:
        redirector.close()
    assert not [path for path, _ in news.requests if path == "/after-redirect"]


def test_with_allow_private_urls_a_page_and_a_redirect_are_briefed(open_api, news):
    markup = page("bridge-herald", url="https://herald.example/bridge")
    url = news.add("/herald/bridge", markup)
    expected = request(open_api, "POST", "/v1/brief", {"html": markup}).json
    redirector = _Redirector(url)
    try:
        for start in (url, f"http://127.0.0.1:{redirector.port}/short"):
            answer = request(open_api, "POST", "/v1/brief", {"url": start})
            assert answer.status == 200, answer.body
            assert answer.json["source"]["url"] == "https://herald.example/bridge"
            assert (
                answer.json["headline"] == expected["headline"]
                and answer.json["bullets"] == expected["bullets"]
            )
    finally:
        redirector.close()


def test_fetch_errors(open_api, news):
    missing = _one_line_error(request(open_api, "POST", "/v1/brief", {"url": news.url("/nothing")}), 502)
    assert "HTTP 404" in missing
    slow = news.add("/slow", "", hang=True)
    started = time.monotonic()
    timeout = _one_line_error(request(open_api, "POST", "/v1/brief", {"url": slow}), 504)
    assert "timed out after 0.5 s" in timeout and time.monotonic() - started < 10
    feed = news.add("/feed.xml", rss("Herald", [Entry("A story", news.url("/a"))]), "application/rss+xml")
    assert "send it to /v1/digest" in _one_line_error(
        request(open_api, "POST", "/v1/brief", {"url": feed}), 422
    )
    menu = news.add("/menu", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert "without article text" in _one_line_error(
        request(open_api, "POST", "/v1/brief", {"url": menu}), 422
    )


def test_a_slow_article_does_not_block_the_health_check(open_api, news):
    slow = news.add("/very-slow", "", hang=True)
    results = {}

    def brief_slow() -> None:
        results["slow"] = request(open_api, "POST", "/v1/brief", {"url": slow})

    def brief_long() -> None:  # a long article keeps the model thread busy
        results["long"] = request(open_api, "POST", "/v1/brief", {"text": "\n\n".join([SEED_TEXT] * 8)})

    threads = [threading.Thread(target=brief_slow), threading.Thread(target=brief_long)]
    for thread in threads:
        thread.start()
    time.sleep(0.3)
    waits = []
    for _ in range(5):
        started = time.monotonic()
        assert request(open_api, "GET", "/v1/health").status == 200
        waits.append(time.monotonic() - started)
    busy = any(thread.is_alive() for thread in threads)
    for thread in threads:
        thread.join(120)
    assert busy, "the slow requests ended before health was asked: the test proved nothing"
    assert max(waits) < 1.0, waits
    assert results["slow"].status == 504 and results["long"].status == 200


# --- digests --------------------------------------------------------------------------------


def test_digest_of_text_and_a_feed(open_api, news):
    herald = news.add("/d/bridge", page("bridge-herald", url=news.url("/d/bridge")))
    feed = news.add(
        "/d/rss.xml",
        rss("Coastal Herald", [Entry(article("bridge-herald")[0], herald, "Detours.")]),
        "application/rss+xml",
    )
    title, body = article("bridge-gazette")
    inputs = [
        feed,
        {"text": body, "title": title, "url": "https://gazette.example/bridge"},
        {"text": article("rovers-win")[1], "title": article("rovers-win")[0]},
        {"text": "Nur ein kurzer deutscher Satz ohne Englisch, der hier nicht gebrieft wird."},
    ]
    answer = request(
        open_api, "POST", "/v1/digest", {"inputs": inputs, "title": "Test digest", "date": "2026-11-24"}
    )
    assert answer.status == 200, answer.body
    data = answer.json
    assert data["title"] == "Test digest" and data["date"] == "2026-11-24"
    bridge = [s for s in data["stories"] if "Bridge" in s["headline"]]
    assert len(bridge) == 1 and len(bridge[0]["sources"]) == 2  # two outlets, one story
    assert data["skipped"] == [
        {"input": "inputs[3]", "reason": "is not in English (briefgen's models support English only)"}
    ]
    atom = request(open_api, "POST", "/v1/digest", {"inputs": inputs[1:3], "format": "atom"})
    assert atom.status == 200 and atom.headers["content-type"].startswith("application/atom+xml")
    import feedparser

    parsed = feedparser.parse(atom.body)
    assert not parsed.bozo and len(parsed.entries) == 2


def test_digest_errors(api):
    assert "non-empty list" in _one_line_error(request(api, "POST", "/v1/digest", {"inputs": []}), 400)
    path = _one_line_error(request(api, "POST", "/v1/digest", {"inputs": ["/etc/passwd"]}), 400)
    assert path.startswith("inputs[0]: only absolute http")
    empty = _one_line_error(
        request(
            api, "POST", "/v1/digest", {"inputs": [{"text": "Bonjour tout le monde, ceci est un texte."}]}
        ),
        422,
    )
    assert empty.startswith("no digest") and "inputs[0]" in empty
    assert "YYYY-MM-DD" in _one_line_error(
        request(api, "POST", "/v1/digest", {"inputs": [{"text": "x"}], "date": "24/11"}), 400
    )


# --- load -----------------------------------------------------------------------------------


def test_fifty_concurrent_briefs_all_succeed(api):
    """50 briefs at once over loopback: no error. Prints p50/p95 (run with -s to see them)."""
    texts = [
        article(name)[1]
        for name in ("bridge-herald", "council-week", "footbridge-opens", "leopard-study", "rovers-win")
    ]
    texts.append(SEED_TEXT)

    def one(n: int) -> tuple[int, float, str]:
        started = time.monotonic()
        answer = request(
            api, "POST", "/v1/brief", {"text": texts[n % len(texts)], "quotes": n % 4}, timeout=600
        )
        return answer.status, time.monotonic() - started, answer.json.get("headline", "")

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(one, range(50)))
    wall = time.monotonic() - started
    assert [status for status, _, _ in results] == [200] * 50
    assert all(headline for _, _, headline in results)
    # The same text gives the same brief however the batch was made up.
    by_text: dict[int, set[str]] = {}
    for n, (_, _, headline) in enumerate(results):
        by_text.setdefault(n % len(texts), set()).add(headline)
    assert all(len(headlines) == 1 for headlines in by_text.values())
    latencies = sorted(seconds for _, seconds, _ in results)
    p50 = statistics.median(latencies)
    p95 = latencies[int(0.95 * len(latencies)) - 1]
    print(
        f"\n50 concurrent briefs: wall {wall:.1f} s, p50 {p50:.2f} s, p95 {p95:.2f} s, max {latencies[-1]:.2f} s"
    )
