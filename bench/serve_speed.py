"""Speed of ``briefgen serve`` on this machine.

    python bench/serve_speed.py [--requests 20] [--cnndm ../shared/data/cnndm_dev.jsonl]

Measures (1) warm ``POST /v1/brief`` latency, p50 and p95, one request at a
time against a ``briefgen serve`` process on loopback, for an article of about
700 words (the first CNN/DailyMail dev article of 650-750 words when the
evaluation data is there, else the seed article; its word count is reported),
(2) the bytes of the page's first load (``/`` and every asset it names), and
(3) the time of ``briefgen serve --help`` as a new process (median of 5).
Writes the table to bench/results/serve.md.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "xi-zelensky-first-call.txt"
CNNDM = ROOT.parent / "shared" / "data" / "cnndm_dev.jsonl"


def pick_article(path: Path) -> tuple[str, str]:
    """(text, description) of a ~700-word article."""
    if path.is_file():
        with path.open(encoding="utf-8") as rows:
            for line in rows:
                row = json.loads(line)
                if 650 <= len(row["article"].split()) <= 750:
                    return row["article"], f"CNN/DailyMail dev article {row['id'][:24]}…"
    return SEED.read_text(encoding="utf-8"), f"the seed article {SEED.name}"


def call(port: int, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        try:
            if call(port, "GET", "/v1/health")[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not become ready")


def brief_latencies(port: int, text: str, requests: int) -> list[float]:
    body = json.dumps({"text": text, "format": "json"}).encode("utf-8")
    for _ in range(3):  # warm: first-use costs (caches, lazy imports) are not what is measured
        status, answer = call(port, "POST", "/v1/brief", body)
        if status != 200:
            raise SystemExit(f"brief failed: {status} {answer[:200]!r}")
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        status, _ = call(port, "POST", "/v1/brief", body)
        times.append(time.perf_counter() - started)
        if status != 200:
            raise SystemExit(f"brief failed: {status}")
    return times


def first_load(port: int) -> tuple[int, list[str]]:
    status, page = call(port, "GET", "/")
    assert status == 200
    # What the browser loads with the page: stylesheets and scripts (links to other pages are not).
    assets = re.findall(rb'<(?:link rel="stylesheet" href|script src)="(/[^"]+)"', page)
    total = len(page)
    for asset in assets:
        status, body = call(port, "GET", asset.decode())
        assert status == 200, asset
        total += len(body)
    return total, ["/", *(a.decode() for a in assets)]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def library_latencies(text: str, requests: int) -> tuple[list[float], float]:
    """The same brief through the Python API in this process: what the server adds is the difference.

    Returns the latencies and the CPU seconds per brief (user + system)."""
    import resource

    from briefgen import Briefer, article_from_text
    from briefgen.rendering.render import render

    briefer = Briefer()
    for _ in range(3):
        render(briefer.brief(article_from_text(text)), "json")
    times = []
    usage = resource.getrusage(resource.RUSAGE_SELF)
    for _ in range(requests):
        started = time.perf_counter()
        render(briefer.brief(article_from_text(text)), "json")
        times.append(time.perf_counter() - started)
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - usage.ru_utime + after.ru_stime - usage.ru_stime) / requests
    return times, cpu


def help_times(runs: int = 5) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "briefgen", "serve", "--help"], check=True, stdout=subprocess.DEVNULL
        )
        times.append(time.perf_counter() - started)
    return times


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--cnndm", type=Path, default=CNNDM)
    args = parser.parse_args()

    text, name = pick_article(args.cnndm)
    words = len(text.split())
    helps = help_times()
    port = free_port()
    server = start_server(port)
    try:
        brief_latencies(port, text, 0)  # warm-up only
        cpu_before = cpu_seconds(server.pid)
        latencies = brief_latencies(port, text, args.requests)
        cpu_per_brief = (cpu_seconds(server.pid) - cpu_before) / (args.requests + 3)
        page_bytes, assets = first_load(port)
    finally:
        server.terminate()
        server.wait(30)
    library, library_cpu = library_latencies(text, args.requests)
    load = os.getloadavg()
    p50, p95 = statistics.median(latencies), percentile(latencies, 0.95)
    rows = [
        "Measured by `python bench/serve_speed.py` on "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1 / 5 / 15 min) when it finished.",
        "",
        "| what | result | target |",
        "|---|---|---|",
        f"| warm `POST /v1/brief`, {name} ({words} words), {args.requests} requests one at a time, p50 "
        f"| **{p50:.2f} s** | ≤ 0.5 s |",
        f"| the same, p95 (min {min(latencies):.2f} s, max {max(latencies):.2f} s) | {p95:.2f} s | |",
        f"| server CPU time per brief (user + system, both cores) | {cpu_per_brief:.2f} s | |",
        f"| the same brief with the Python API in one process (`Briefer.brief` + JSON), p50 "
        f"| {statistics.median(library):.2f} s | (what the server adds: the difference) |",
        f"| the same, CPU time per brief | {library_cpu:.2f} s | |",
        f"| the page's first load ({', '.join(assets)}) | **{page_bytes / 1024:.1f} KB** ({page_bytes} bytes) | < 100 KB |",
        f"| `briefgen serve --help`, new process (median of {len(helps)}, max {max(helps):.2f} s) "
        f"| **{statistics.median(helps):.2f} s** | < 1 s |",
        "",
    ]
    out = ROOT / "bench" / "results" / "serve.md"
    out.write_text("\n".join(rows), encoding="utf-8")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
