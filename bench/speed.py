"""Speed and memory of the default pipeline on this machine.

    python bench/speed.py [--cnndm ../shared/data/cnndm_dev.jsonl] [--runs 5]

Measures (1) the cold time of ``briefgen seeds/xi-zelensky-first-call.txt`` as a
fresh process (median of --runs), (2) the warm time per article over the CNN/DM
articles briefed in one process, one batch, and one at a time, and (3) peak
memory (max RSS) of each. Writes the table to bench/results/speed.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "xi-zelensky-first-call.txt"


def cold_runs(runs: int) -> tuple[list[float], float]:
    times = []
    peak = 0.0
    for _ in range(runs):
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "briefgen", str(SEED)], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        times.append(time.perf_counter() - started)
        if status != 0:
            raise SystemExit(f"briefgen failed with status {status}")
        peak = max(peak, usage.ru_maxrss / 1024)
    return times, peak


def warm(path: Path, limit: int | None) -> dict[str, float]:
    code = f"""
import json, resource, time
from briefgen import Briefer, article_from_text, Source
rows = [json.loads(line) for line in open({str(path)!r}, encoding="utf-8")][: {limit!r}]
articles = [article_from_text(r["article"], Source(url=r.get("url"))) for r in rows]
briefer = Briefer()
started = time.perf_counter()
briefer.brief(articles[0])
first = time.perf_counter() - started
started = time.perf_counter()
batch = briefer.brief_many(articles)
batch_time = time.perf_counter() - started
started = time.perf_counter()
for article in articles:
    briefer.brief(article)
single_time = time.perf_counter() - started
print(json.dumps({{"n": len(articles), "first": first, "batch": batch_time, "single": single_time,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cnndm", type=Path, default=ROOT.parent / "shared" / "data" / "cnndm_dev.jsonl")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "speed.md")
    args = parser.parse_args()

    subprocess.run([sys.executable, "-m", "briefgen", str(SEED)], stdout=subprocess.DEVNULL, check=True)
    times, cold_peak = cold_runs(args.runs)
    rows = [
        (
            "cold `briefgen seeds/xi-zelensky-first-call.txt` (median of "
            f"{args.runs}, min {min(times):.2f} s, max {max(times):.2f} s)",
            f"{statistics.median(times):.2f} s",
            f"{cold_peak:.0f} MB",
        ),
    ]
    if args.cnndm.is_file():
        result = warm(args.cnndm, args.limit)
        n = result["n"]
        rows += [
            (
                f"warm, {n} CNN/DM articles in one call (`Briefer.brief_many`)",
                f"{result['batch'] / n:.3f} s/article",
                f"{result['peak_mb']:.0f} MB",
            ),
            (
                f"warm, the same {n} articles one at a time (`Briefer.brief`)",
                f"{result['single'] / n:.3f} s/article",
                "",
            ),
            ("first brief in the process (model loading included)", f"{result['first']:.2f} s", ""),
        ]
    else:
        print(f"{args.cnndm} is absent: warm figures skipped", file=sys.stderr)
    lines = [
        f"Measured by `python bench/speed.py` on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}.",
        "",
        "| what | time | peak memory (max RSS) |",
        "|---|---|---|",
        *[f"| {a} | {b} | {c} |" for a, b, c in rows],
    ]
    table = "\n".join(lines) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(table)
    print(table)


if __name__ == "__main__":
    main()
