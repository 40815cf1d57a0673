"""Benchmark ``briefgen batch``: throughput against one process, memory, resume, grouping.

    python bench/batch_speed.py                       # everything, the table to bench/results/batch.md
    python bench/batch_speed.py --only grouping       # one part: speed, memory, big, grouping

- **speed**: ``--articles`` (1,000) articles of the development sets, briefed by
  ``briefgen batch`` (every core) and by one process calling ``Briefer.brief_many``
  (what ``briefgen`` does), in the same run; wall time of each process including
  model loading, and peak memory (max RSS) of each worker.
- **memory**: the worst case for a worker's memory in a few minutes: the
  ``--longest`` (64) longest development articles, longest first, so that the first
  batches hold the longest articles together (a 10,000-row run meets such a batch
  only after an hour); peak memory (max RSS) of each worker, wall and CPU time.
- **big**: ``--big`` (10,000) rows (the development sets repeated with new ids):
  ``briefgen batch`` is killed (SIGKILL, its whole session) after ``--kill-after``
  seconds, then rerun; ``--resume-limit`` caps the rows the rerun briefs, for a
  measured subset when the full run would not fit the time at hand.
- **grouping**: story grouping of ``--group`` (10,000) articles, the vectorised
  ``group`` against the pairwise loop it replaced (tests/grouping_reference.py),
  on signatures of the development sets repeated; both must give the same stories.

The machine may be shared: the load (``uptime``) is recorded beside each figure.
Ray's workers run at Ray's default niceness (15) unless ``RAY_worker_niceness`` is
set; the benchmark sets it to 0 so that both sides compete for the cores alike (unless
``RAY_worker_niceness`` is set already: a long ``big`` run can yield to other work).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("BRIEFGEN_SHARED_DATA", ROOT.parent / "shared" / "data"))
SETS = ("cnndm_dev.jsonl", "headlines_dev.jsonl", "quotes_dev.jsonl", "quotes_ggt_dev.jsonl")
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))


def uptime() -> str:
    """The load averages (1, 5, 15 min), as uptime prints them."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


def dev_rows() -> list[dict]:
    """Every development article, the sets interleaved so any prefix mixes them."""
    sets = []
    for name in SETS:
        path = DATA / name
        if not path.is_file():
            sys.exit(f"bench: {path} is absent (the development data ships with the developers' checkout)")
        with open(path, encoding="utf-8") as handle:
            sets.append([json.loads(line) for line in handle if line.strip()])
    rows = []
    for i in range(max(len(s) for s in sets)):
        for s in sets:
            if i < len(s):
                record = s[i]
                rows.append({"text": record.get("text") or record["article"], "title": record.get("title")})
    return rows


def write_rows(path: Path, count: int, longest_first: bool = False) -> None:
    """``count`` rows: the development articles (the longest first if asked), repeated with new ids as needed."""
    rows = dev_rows()
    if longest_first:
        rows.sort(key=lambda row: -len(row["text"]))
    with open(path, "w", encoding="utf-8") as out:
        for n in range(count):
            row = rows[n % len(rows)]
            out.write(json.dumps({"id": f"a{n:06d}", **row}, ensure_ascii=False) + "\n")


def env() -> dict[str, str]:
    paths = [str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in paths if p),
        "RAY_worker_niceness": os.environ.get("RAY_worker_niceness", "0"),  # noqa: SIM112 (Ray's name)
    }


def fresh(output: Path) -> None:
    """Remove ``output`` and its part files, so that a job starts from nothing."""
    output.unlink(missing_ok=True)
    shutil.rmtree(f"{output}.parts", ignore_errors=True)


def timed(args: list[str], **kwargs) -> tuple[float, int, int, float]:
    """Run a process; (wall seconds, its peak RSS in bytes, exit status, its CPU seconds)."""
    began = time.monotonic()
    process = subprocess.Popen(args, env=env(), **kwargs)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)  # already reaped: keep Popen from waiting again
    cpu = usage.ru_utime + usage.ru_stime
    return time.monotonic() - began, usage.ru_maxrss * 1024, process.returncode, cpu


ONE_PROCESS = """
import json, sys, resource
from briefgen import Briefer
from briefgen.errors import InputError
from briefgen.read.reading import article_from_text
articles = []
for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    try:
        articles.append(article_from_text(record["text"]))
    except InputError:
        pass
results = Briefer().brief_many(articles)
print(json.dumps({"articles": len(articles), "briefed": sum(not isinstance(r, Exception) for r in results)}))
"""


def bench_speed(work: Path, articles: int, workers: int | None) -> list[str]:
    source = work / "speed.jsonl"
    write_rows(source, articles)
    output = work / "speed-out.jsonl"
    fresh(output)  # an output left by an earlier run would be resumed, not briefed again
    lines = []
    before = uptime()
    batch_s, summary = run_batch(source, output, workers, work / "batch.log")
    middle = uptime()
    one_s, one_rss, status, one_cpu = timed(
        [sys.executable, "-c", ONE_PROCESS, str(source)], stdout=subprocess.DEVNULL
    )
    if status != 0:
        sys.exit(f"bench: the one process briefing the same articles failed (status {status})")
    after = uptime()
    rows = len(output.read_text(encoding="utf-8").splitlines())
    lines.append(f"- {articles} articles; load before / between / after: {before} / {middle} / {after}")
    lines.append(f"- briefgen batch: {batch_s:.1f} s = {rows / batch_s:.2f} articles/s ({summary})")
    lines.append(
        f"- one process (Briefer.brief_many): {one_s:.1f} s = {articles / one_s:.2f} articles/s, "
        f"peak {one_rss / 1e9:.2f} GB, {one_cpu / articles:.2f} CPU-s per article"
    )
    lines.append(f"- speed-up: **{one_s / batch_s:.2f}×**")
    return lines


def run_batch(source: Path, output: Path, workers: int | None, log: Path) -> tuple[float, str]:
    """Run ``briefgen batch`` on ``source``: (wall seconds, its last line of output); exits the
    benchmark when the job fails (status 3, some rows with an error, is a finished job)."""
    args = [sys.executable, "-m", "briefgen", "batch", str(source), "-o", str(output)]
    if workers:
        args += ["--workers", str(workers)]
    with open(log, "w") as err:
        seconds, _, status, _ = timed(args, stderr=err)
    summary = log.read_text().strip().splitlines()[-1]
    if status not in (0, 3):
        sys.exit(f"bench: briefgen batch failed: {summary}")
    return seconds, summary


def bench_memory(work: Path, count: int, workers: int | None) -> list[str]:
    source = work / "memory.jsonl"
    write_rows(source, count, longest_first=True)
    output = work / "memory-out.jsonl"
    fresh(output)
    before = uptime()
    seconds, summary = run_batch(source, output, workers, work / "memory.log")
    chars = sum(len(json.loads(line)["text"]) for line in source.read_text(encoding="utf-8").splitlines())
    return [
        f"- the {count} longest development articles ({chars / count:,.0f} characters on average), "
        f"longest first; load before / after: {before} / {uptime()}",
        f"- briefgen batch: {seconds:.1f} s ({summary})",
    ]


def bench_big(work: Path, count: int, kill_after: float, resume_limit: int | None) -> list[str]:
    source = work / "big.jsonl"
    write_rows(source, count)
    output = work / "big-out.jsonl"
    fresh(output)
    parts = Path(f"{output}.parts")
    args = [sys.executable, "-m", "briefgen", "batch", str(source), "-o", str(output)]
    lines = [f"- {count} rows (the development sets repeated with new ids); load at start: {uptime()}"]
    job = subprocess.Popen(args, env=env(), stderr=subprocess.DEVNULL, start_new_session=True)
    began = time.monotonic()
    try:
        job.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        os.killpg(job.pid, signal.SIGKILL)
        job.wait()
    first = time.monotonic() - began
    done = sum(len(part.read_text(encoding="utf-8").splitlines()) for part in parts.glob("part-*.jsonl"))
    lines.append(f"- first run killed (SIGKILL) after {first:.0f} s with {done} rows in part files")
    rerun = args + (["--limit", str(resume_limit)] if resume_limit else [])
    log = work / "big.log"
    with open(log, "w") as err:
        seconds, _, status, _ = timed(rerun, stderr=err)
    summary = log.read_text().strip().splitlines()[-1]
    ids = [json.loads(line)["id"] for line in output.read_text(encoding="utf-8").splitlines()]
    rows = len(ids)
    in_order = ids == sorted(ids) and len(set(ids)) == len(ids)
    limit = f" with --limit {resume_limit}" if resume_limit else ""
    lines.append(f"- rerun{limit}: {seconds:.0f} s, exit {status}: {summary}")
    lines.append(f"- output: {rows} rows, ids unique and in input order: {in_order}; load after: {uptime()}")
    return lines


def bench_grouping(work: Path, count: int) -> list[str]:
    import numpy as np

    from briefgen.digest.stories import Signature, group, opening_signatures
    from briefgen.errors import InputError
    from briefgen.read.reading import article_from_text
    from grouping_reference import pairwise_group

    cache = work / "signatures.npz"
    if cache.is_file():
        saved = np.load(cache)
        vectors, entities = saved["vectors"], [frozenset(json.loads(e)) for e in saved["entities"]]
    else:
        articles = []
        for row in dev_rows():
            try:
                articles.append(article_from_text(row["text"]))
            except InputError:
                continue
        signatures = opening_signatures(articles)
        vectors = np.stack([s.vector for s in signatures])
        entities = [s.entities for s in signatures]
        np.savez(cache, vectors=vectors, entities=np.array([json.dumps(sorted(e)) for e in entities]))
    signatures = [Signature(vectors[n % len(vectors)], entities[n % len(vectors)]) for n in range(count)]
    when = [None] * count
    sizes = [1] * count
    lines = [f"- {count} signatures ({len(vectors)} development articles, repeated); load: {uptime()}"]
    began = time.monotonic()
    new = group(signatures, when, sizes)
    new_s = time.monotonic() - began
    began = time.monotonic()
    old = pairwise_group(signatures, when, sizes)
    old_s = time.monotonic() - began
    same = [(s.members, s.lead) for s in new] == [(s.members, s.lead) for s in old]
    lines.append(
        f"- pairwise loop: {old_s:.1f} s; vectorised: **{new_s:.1f} s**; same stories: {same} ({len(new)} stories); load after: {uptime()}"
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", choices=("speed", "memory", "big", "grouping"), action="append")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--longest", type=int, default=64)
    parser.add_argument("--big", type=int, default=10000)
    parser.add_argument("--kill-after", type=float, default=120.0)
    parser.add_argument("--resume-limit", type=int, default=None)
    parser.add_argument("--group", type=int, default=10000)
    parser.add_argument("--work", default=None, help="working folder [default: a temporary one]")
    args = parser.parse_args()
    parts = args.only or ["speed", "memory", "big", "grouping"]
    work = Path(args.work or tempfile.mkdtemp(prefix="briefgen-batch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"bench: working in {work}, {os.cpu_count()} cores", file=sys.stderr)
    sections = []
    if "speed" in parts:
        sections.append(("Throughput and memory", bench_speed(work, args.articles, args.workers)))
    if "memory" in parts:
        sections.append(
            ("Memory: the longest articles first", bench_memory(work, args.longest, args.workers))
        )
    if "big" in parts:
        sections.append(
            (
                "10,000 rows, interrupted and resumed",
                bench_big(work, args.big, args.kill_after, args.resume_limit),
            )
        )
    if "grouping" in parts:
        sections.append(("Story grouping", bench_grouping(work, args.group)))
    for title, lines in sections:
        print(f"### {title}\n")
        print("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
