"""Faithfulness and readability lint: what an editor would send back, counted per news source.

Runs the extractive engine over every development set and counts, per source, the briefs'
unpaired quote marks, glued or split sentences, headlines and bullets ending mid-phrase,
page furniture, bullets opening on a pronoun with no referent, and bullets that are not a
word-for-word deletion of one article sentence (the checks: ``bench/lint_checks.py``).

    python bench/lint.py                      # writes bench/results/lint.md
    python bench/lint.py --limit 40 --no-write --show 5
    python bench/lint.py --titles             # give the engine the articles' real titles

Sources: CNN/DailyMail (``cnndm_dev``), BBC (``headlines_dev`` without a publisher), US
political press (``quotes_dev``, the same articles as ``headlines_dev``'s publisher rows,
with their titles taken from there) and Canadian press (``quotes_ggt_dev``). ``--limit N``
takes at most N articles per source, evenly spread over the file; ``--stride`` takes every
N-th. Parses are cached like ``bench/quality.py``'s (under /tmp/briefgen-quality).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "bench" / "results" / "lint.md"
sys.path.insert(0, str(ROOT / "bench"))

from lint_checks import CHECKS, Finding, lint_brief  # noqa: E402


@dataclass(frozen=True)
class Record:
    """One development article: its id, text and real title (if the file gives one)."""

    id: str
    text: str
    title: str | None


@dataclass(frozen=True)
class SourceResult:
    """The findings for one source's briefs."""

    source: str
    articles: int
    bullets: int
    findings: tuple[tuple[str, Finding], ...]  # (article id, finding)


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_sources(data: Path) -> dict[str, list[Record]]:
    """Every development article, by source."""
    cnndm = [Record(r["id"], r["article"], None) for r in _read(data / "cnndm_dev.jsonl")]
    headlines = _read(data / "headlines_dev.jsonl")
    titles = {r["id"]: r["title"] for r in headlines}
    bbc = [Record(r["id"], r["text"], r["title"]) for r in headlines if not r.get("publisher")]
    us = [Record(r["id"], r["text"], titles.get(r["id"])) for r in _read(data / "quotes_dev.jsonl")]
    ggt = [Record(r["id"], r["text"], r.get("title")) for r in _read(data / "quotes_ggt_dev.jsonl")]
    return {"CNN/DailyMail": cnndm, "BBC": bbc, "US politics": us, "Canadian press": ggt}


def sample(records: Sequence[Record], limit: int | None, stride: int) -> list[Record]:
    """Every ``stride``-th record, thinned evenly to at most ``limit``."""
    rows = list(records[::stride])
    if limit and len(rows) > limit:
        rows = rows[:: math.ceil(len(rows) / limit)][:limit]
    return rows


def lint_source(
    name: str, records: Sequence[Record], *, titles: bool, use_cache: bool = True
) -> SourceResult:
    """Brief ``records`` with the extractive engine and lint every brief."""
    import quality
    from briefgen.engines import get_engine
    from briefgen.types import Article, Source

    key = f"lint|{name}|" + ",".join(r.id for r in records)
    analysed = quality.analyse_cached([r.text for r in records], key, use_cache)
    if titles:
        analysed = [
            replace(a, article=Article(a.article.text, Source(title=r.title))) if r.title else a
            for a, r in zip(analysed, records, strict=True)
        ]
    summaries = get_engine("extractive").summarize(analysed)
    findings = []
    for record, item, summary in zip(records, analysed, summaries, strict=True):
        title = record.title if titles else None
        findings += [(record.id, f) for f in lint_brief(item, summary, title=title)]
    bullets = sum(len(s.bullets) for s in summaries)
    return SourceResult(name, len(records), bullets, tuple(findings))


def table(results: Sequence[SourceResult]) -> str:
    """Counts per source and check, as a Markdown table."""
    lines = [
        "| source | articles | bullets | " + " | ".join(CHECKS) + " |",
        "|---|---:|---:|" + "---:|" * len(CHECKS),
    ]
    totals = Counter()
    for result in results:
        counts = Counter(f.check for _, f in result.findings)
        totals.update(counts)
        totals["articles"] += result.articles
        totals["bullets"] += result.bullets
        cells = [str(counts[c]) for c in CHECKS]
        lines.append(
            f"| {result.source} | {result.articles} | {result.bullets} | " + " | ".join(cells) + " |"
        )
    cells = [str(totals[c]) for c in CHECKS]
    lines.append(
        f"| **all** | {totals['articles']} | {totals['bullets']} | "
        + " | ".join(f"**{c}**" for c in cells)
        + " |"
    )
    return "\n".join(lines)


def examples(results: Sequence[SourceResult], per_check: int) -> str:
    """Up to ``per_check`` findings of each check per source."""
    out = []
    for result in results:
        for check in CHECKS:
            found = [(i, f) for i, f in result.findings if f.check == check][:per_check]
            for article_id, finding in found:
                out.append(f"- [{result.source}] {check} — {article_id} {finding.where}: {finding.detail}")
                out.append(f"  > {finding.text}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=100, help="at most this many articles per source")
    parser.add_argument("--stride", type=int, default=1, help="every N-th article of each source")
    parser.add_argument("--source", action="append", help="only this source (repeatable)")
    parser.add_argument("--titles", action="store_true", help="give the engine the real titles")
    parser.add_argument("--show", type=int, default=0, help="print this many examples per check and source")
    parser.add_argument("--check", action="append", help="with --show: only these checks")
    parser.add_argument("--no-cache", action="store_true", help="parse and embed again")
    parser.add_argument("--no-write", action="store_true", help=f"do not write {RESULTS.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    if not (args.data / "cnndm_dev.jsonl").is_file():
        parser.error(f"no development data in {args.data}")
    started = time.perf_counter()
    sources = load_sources(args.data)
    results = []
    for name, records in sources.items():
        if args.source and name not in args.source:
            continue
        chosen = sample(records, args.limit, args.stride)
        results.append(lint_source(name, chosen, titles=args.titles, use_cache=not args.no_cache))
        print(f"{name}: {len(results[-1].findings)} findings", file=sys.stderr, flush=True)
    text = table(results)
    print(text)
    if args.show:
        shown = [
            replace(
                r, findings=tuple((i, f) for i, f in r.findings if not args.check or f.check in args.check)
            )
            for r in results
        ]
        print("\n" + examples(shown, args.show))
    print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    if not args.no_write:
        command = " ".join(["python bench/lint.py", *(argv if argv is not None else sys.argv[1:])])
        body = (
            "# Faithfulness and readability lint (development split)\n\n"
            f"Produced by `{command}`. Counts of findings per source; the checks are described in\n"
            "`bench/lint_checks.py`. Titles were "
            + ("given to the engine" if args.titles else "not given (headlines are generated)")
            + ".\n\n"
            + text
            + "\n\nExamples are printed with `--show N`, not written here: they quote the articles.\n"
        )
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(body, encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
