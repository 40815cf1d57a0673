"""Summary quality of the extractive engine, measured the way the literature measures it.

Bullets are scored on CNN/DailyMail against the reference highlights, side by side
with LEAD-3 and BART-large-CNN (whose outputs ship in the data file); headlines are
scored against the real published titles, side by side with the first 12 words of
the first sentence. Protocol: Google's ``rouge-score`` with stemming, ROUGE-Lsum
over newline-joined sentences, mean F1 x 100.

    python bench/quality.py                       # both files, writes bench/results/quality.md
    python bench/quality.py --limit 200 --no-write

All articles of a file are analysed in one batch in this process. Parses and
embeddings are cached under ``/tmp/briefgen-quality`` (spaCy DocBin + numpy), keyed
by the data file, the selection and the parsing code (sentences are rebuilt from the
parse and their embeddings checked against them), so reruns while tuning the engine
take seconds; ``--no-cache`` ignores the cache.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sentence_vectors

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CACHE = Path("/tmp/briefgen-quality")
RESULTS = ROOT / "bench" / "results" / "quality.md"
HEADLINE_MAX = 90


@dataclass(frozen=True)
class Row:
    """One system's figures in a table."""

    system: str
    scores: dict[str, float]


def load_jsonl(path: Path, limit: int | None = None, stride: int = 1) -> list[dict[str, Any]]:
    """Every ``stride``-th record of ``path``, at most ``limit`` of them."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    rows = rows[::stride]
    return rows[:limit] if limit else rows


def analyse_cached(texts: Sequence[str], key: str, use_cache: bool = True) -> list:
    """Analysed articles for ``texts``, from the cache when its key matches.

    The key covers the data, the selection and the parsing code; sentences are
    rebuilt from the cached parse, and their embeddings are checked against them
    (``sentence_vectors``), so a change to the sentence rules needs no new parse.
    """
    import numpy as np
    from spacy.tokens import DocBin

    from briefgen.analyse.analysis import analyse, split_sentences
    from briefgen.analyse.nlp import load_spacy
    from briefgen.types import AnalysedArticle, Article, Entity

    code = b"".join(
        (ROOT / "src" / "briefgen" / "analyse" / f).read_bytes() for f in ("analysis.py", "nlp.py")
    )
    digest = hashlib.sha256(key.encode() + code + "\x00".join(texts).encode()).hexdigest()[:16]
    docs_path, base = CACHE / f"{digest}.spacy", CACHE / digest
    articles = [Article(text) for text in texts]
    stored = sentence_vectors.load(base) if use_cache else None
    if stored is not None and docs_path.is_file():
        nlp = load_spacy()
        docs = list(DocBin().from_disk(docs_path).get_docs(nlp.vocab))
        per_article = [split_sentences(doc) for doc in docs]
        flat = [s.text for sentences in per_article for s in sentences]
        vectors, changed = sentence_vectors.vectors_for(flat, stored)
        if changed:
            sentence_vectors.save(base, flat, vectors)
        result, offset = [], 0
        for article, doc, sentences in zip(articles, docs, per_article, strict=True):
            block = vectors[offset : offset + len(sentences)]
            offset += len(sentences)
            entities = tuple(Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents)
            result.append(AnalysedArticle(article, sentences, entities, block, doc))
        return result
    result = analyse(articles)
    if use_cache:
        CACHE.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(store_user_data=False)
        for item in result:
            bin_.add(item.doc)
        bin_.to_disk(docs_path)
        flat = [s.text for item in result for s in item.sentences]
        sentence_vectors.save(base, flat, np.concatenate([a.embeddings for a in result]))
    return result


def _scorer(types: Sequence[str]):
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(types), use_stemmer=True)


def rouge(pairs: Sequence[tuple[str, str]], types: Sequence[str]) -> dict[str, float]:
    """Mean F1 x 100 per ROUGE type over (reference, candidate) pairs."""
    scorer = _scorer(types)
    totals = dict.fromkeys(types, 0.0)
    for reference, candidate in pairs:
        scores = scorer.score(reference, candidate)
        for t in types:
            totals[t] += scores[t].fmeasure
    return {t: 100 * totals[t] / max(len(pairs), 1) for t in types}


def _words(sentences: Sequence[str]) -> float:
    return statistics.mean(len(s.split()) for s in sentences) if sentences else 0.0


def evaluate_bullets(
    path: Path, limit: int | None = None, stride: int = 1, use_cache: bool = True, engine=None
) -> list[Row]:
    """briefgen, LEAD-3 and BART on a CNN/DM file; ROUGE-1/2/Lsum and mean words per bullet."""
    from briefgen.engines import get_engine

    records = load_jsonl(path, limit, stride)
    analysed = analyse_cached(
        [r["article"] for r in records], f"{path.resolve()}|{limit}|{stride}", use_cache
    )
    engine = engine or get_engine("extractive")
    summaries = engine.summarize(analysed)
    types = ("rouge1", "rouge2", "rougeLsum")
    systems = {
        "briefgen": [[b.text for b in s.bullets] for s in summaries],
        "LEAD-3": [[s.text for s in a.sentences[:3]] for a in analysed],
        "BART": [list(r.get("bart") or []) for r in records],
    }
    rows = []
    for name, outputs in systems.items():
        if not any(outputs):
            continue
        pairs = [
            ("\n".join(r["highlights"]), "\n".join(out)) for r, out in zip(records, outputs, strict=True)
        ]
        scores = rouge(pairs, types)
        bullets = [b for out in outputs for b in out]
        scores["words"] = _words(bullets)
        scores["n"] = len(records)
        rows.append(Row(name, scores))
    return rows


def first_words(text: str, n: int = 12) -> str:
    """The first ``n`` words of the first sentence (the headline baseline)."""
    first = re.split(r"(?<=[.!?])\s+|\n", text.strip(), maxsplit=1)[0]
    return " ".join(first.split()[:n])


def evaluate_headlines(
    path: Path, limit: int | None = None, stride: int = 1, use_cache: bool = True, engine=None
) -> tuple[list[Row], list[tuple[str, str]]]:
    """briefgen and the first-12-words baseline against real titles; also returns (title, headline)."""
    from briefgen.condense.wording import ends_dangling
    from briefgen.engines import get_engine

    records = load_jsonl(path, limit, stride)
    analysed = analyse_cached([r["text"] for r in records], f"{path.resolve()}|{limit}|{stride}", use_cache)
    engine = engine or get_engine("extractive")
    summaries = engine.summarize(analysed)
    systems = {
        "briefgen": [s.headline for s in summaries],
        "first 12 words": [first_words(r["text"]) for r in records],
    }
    rows = []
    for name, heads in systems.items():
        scores = rouge(
            [(r["title"], h) for r, h in zip(records, heads, strict=True)], ("rouge1", "rouge2", "rougeL")
        )
        scores["chars"] = statistics.mean(len(h) for h in heads)
        scores["over90"] = 100 * sum(len(h) > HEADLINE_MAX for h in heads) / len(heads)
        scores["dangling"] = 100 * sum(ends_dangling(h) for h in heads if h) / len(heads)
        scores["n"] = len(records)
        rows.append(Row(name, scores))
    return rows, [(r["title"], h) for r, h in zip(records, systems["briefgen"], strict=True)]


def table(title: str, rows: Sequence[Row], columns: Sequence[tuple[str, str, str]]) -> str:
    """A Markdown table: ``columns`` are (key, header, format)."""
    lines = [f"**{title}** (n = {int(rows[0].scores['n'])})", ""]
    lines.append("| system | " + " | ".join(h for _, h, _ in columns) + " |")
    lines.append("|---|" + "---:|" * len(columns))
    for row in rows:
        cells = [format(row.scores[k], f) for k, _, f in columns]
        lines.append(f"| {row.system} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


BULLET_COLUMNS = (
    ("rouge1", "ROUGE-1", ".2f"),
    ("rouge2", "ROUGE-2", ".2f"),
    ("rougeLsum", "ROUGE-Lsum", ".2f"),
    ("words", "words/bullet", ".1f"),
)
HEADLINE_COLUMNS = (
    ("rouge1", "ROUGE-1", ".2f"),
    ("rouge2", "ROUGE-2", ".2f"),
    ("rougeL", "ROUGE-L", ".2f"),
    ("chars", "mean chars", ".1f"),
    ("over90", "% over 90", ".1f"),
    ("dangling", "% dangling end", ".1f"),
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cnndm", type=Path, default=DATA / "cnndm_dev.jsonl")
    parser.add_argument("--headlines", type=Path, default=DATA / "headlines_dev.jsonl")
    parser.add_argument("--limit", type=int, help="at most this many articles per file")
    parser.add_argument("--stride", type=int, default=1, help="every N-th article of each file")
    parser.add_argument("--headline-stride", type=int, help="every N-th article of the headline file only")
    parser.add_argument("--skip", choices=("bullets", "headlines"), action="append", default=[])
    parser.add_argument("--no-cache", action="store_true", help="parse and embed again")
    parser.add_argument("--no-write", action="store_true", help=f"do not write {RESULTS.relative_to(ROOT)}")
    parser.add_argument("--show", type=int, default=0, help="print this many (title, headline) pairs")
    args = parser.parse_args(argv)
    for path, what in ((args.cnndm, "bullets"), (args.headlines, "headlines")):
        if what not in args.skip and not path.is_file():
            parser.error(f"{path} not found (pass its path, or --skip {what})")

    parts = []
    started = time.perf_counter()
    if "bullets" not in args.skip:
        rows = evaluate_bullets(args.cnndm, args.limit, args.stride, not args.no_cache)
        parts.append(table(f"Bullets: {args.cnndm.name}", rows, BULLET_COLUMNS))
        print(parts[-1] + "\n", flush=True)
    if "headlines" not in args.skip:
        stride = args.headline_stride or args.stride
        rows, pairs = evaluate_headlines(args.headlines, args.limit, stride, not args.no_cache)
        parts.append(table(f"Headlines: {args.headlines.name}", rows, HEADLINE_COLUMNS))
        print(parts[-1] + "\n")
        for title, headline in pairs[: args.show]:
            print(f"  {title}\n  → {headline}\n")
    print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)

    if not args.no_write:
        command = " ".join(["python bench/quality.py", *(argv if argv is not None else sys.argv[1:])])
        text = (
            "# Summary quality (development split)\n\n"
            f"Produced by `{command}` (Google's rouge-score, stemming on, ROUGE-Lsum over\n"
            "newline-joined sentences, mean F1 x 100; LEAD-3 = the first three sentences;\n"
            "BART = BART-large-CNN's outputs shipped with the data).\n\n" + "\n\n".join(parts) + "\n"
        )
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        tmp = RESULTS.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(RESULTS)
        print(f"wrote {RESULTS.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
