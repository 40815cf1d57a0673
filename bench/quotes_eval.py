"""Evaluate briefgen's quote finding and attribution against hand-annotated news.

Usage::

    python bench/quotes_eval.py [PATH] [--limit N] [--cache DIR] [--out bench/results/quotes.md]

PATH is a JSON-lines file of ``{"id", "text", "quotes": [{"start", "end", "text",
"speaker"}]}`` (default ``../shared/data/quotes_dev.jsonl`` next to the repository).
Reference offsets in that format may include the quote marks; each reference span is
re-anchored on its ``text`` near the given offsets before scoring.

Reported for ``--quotes all`` (every quote briefgen finds) and, side by side, for
textacy's ``direct_quotations`` on the same spaCy parse:

* span precision / recall / F1: a prediction matches a reference quote when their
  character overlap covers at least half of each;
* speaker accuracy over matched quotes whose reference speaker names someone (see
  ``names_someone``: pronouns and descriptions such as "the Florida senator" are not
  scored): correct when the two share a name word, case-insensitive;
* the share of predictions that are verbatim (``text[start:end] == quote``);
* the number of articles on which the extractor raised.

briefgen's key-quote filter (``key_quotes``, n=3) is also scored for precision, since
the reference only marks attributed quotes and unattributed scare quotes found by
``--quotes all`` count against its precision.

``--cache DIR`` keeps the spaCy parses and sentence embeddings between runs
(parsing 840 articles takes minutes on a laptop CPU).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "quotes_dev.jsonl"
DEFAULT_OUT = ROOT / "bench" / "results" / "quotes.md"
QUOTE_CHARS = "\"'“”‘’«»„‚‹›`"

# Words that never make a reference speaker "name someone" on their own.
_NOT_NAMES = frozenset(
    [
        "i",
        "me",
        "we",
        "us",
        "you",
        "he",
        "him",
        "she",
        "her",
        "it",
        "they",
        "them",
        "his",
        "its",
        "their",
        "who",
        "which",
        "that",
        "this",
        "these",
        "those",
        "the",
        "a",
        "an",
        "one",
        "another",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "president",
        "senator",
        "said",
    ]
)
_WORD = re.compile(r"[\w’'-]+")


@dataclass
class Scores:
    """Counts for one extractor over the whole set."""

    name: str
    predictions: int = 0
    matched_predictions: int = 0
    references: int = 0
    matched_references: int = 0
    speaker_scored: int = 0
    speaker_correct: int = 0
    verbatim: int = 0
    errors: int = 0
    error_ids: list[str] = field(default_factory=list)
    seconds: float = 0.0
    articles: int = 0

    def row(self) -> dict[str, str]:
        p = _ratio(self.matched_predictions, self.predictions)
        r = _ratio(self.matched_references, self.references)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "extractor": self.name,
            "predictions": str(self.predictions),
            "precision": f"{100 * p:.1f}%",
            "recall": f"{100 * r:.1f}%",
            "F1": f"{100 * f1:.1f}%",
            "speaker accuracy": f"{100 * _ratio(self.speaker_correct, self.speaker_scored):.1f}%"
            f" ({self.speaker_correct}/{self.speaker_scored})",
            "verbatim": f"{100 * _ratio(self.verbatim, self.predictions):.1f}%",
            "articles raising": str(self.errors),
            "time per article": f"{1000 * self.seconds / self.articles:.1f} ms" if self.articles else "–",
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def name_words(speaker: str | None) -> set[str]:
    """The words of a speaker mention that name someone (capitalised, not pronouns or titles)."""
    if not speaker:
        return set()
    words = set()
    for word in _WORD.findall(speaker):
        bare = word.strip("’'-").removesuffix("’s").removesuffix("'s")
        if bare[:1].isupper() and bare.lower().strip(".") not in _NOT_NAMES:
            words.add(bare.lower())
    return words


_CUT = re.compile(r"\s(?:of|for|at|to|in|from|with|who|whom|which|that|on|during|by|and|as)\s.*$", re.S)


def names_someone(speaker: str | None) -> bool:
    """True when a reference speaker mention names someone rather than describing them.

    Each comma-separated part of the mention is cut before its first preposition or
    relative pronoun; the mention names someone when a part ends on a proper name
    (``Mr. Trump``, ``Col. Steven H. Warren, a military spokesman``, ``the Washington
    Post``), not on a common noun (``the Florida senator``, ``a spokesman for X``) or
    a pronoun.
    """
    if not speaker:
        return False
    for part in speaker.split(","):
        head = _CUT.sub("", " " + part.strip() + " ").strip()
        words = _WORD.findall(head)
        if words and name_words(words[-1]):
            return True
    return False


def speaker_matches(predicted: str | None, reference: str) -> bool:
    """True when the predicted speaker shares a name word with the reference."""
    if not predicted:
        return False
    predicted_words = {
        w.lower().strip("’'-").removesuffix("’s").removesuffix("'s") for w in _WORD.findall(predicted)
    }
    return bool(name_words(reference) & predicted_words)


def reference_span(text: str, quote: dict) -> tuple[int, int]:
    """Where the reference quote's text really lies (given offsets may include the marks)."""
    start, end, body = quote["start"], quote["end"], quote.get("text") or ""
    if body and text[start:end] != body:
        found = text.find(body, max(0, start - 5), end + 5)
        if found >= 0:
            return found, found + len(body)
    while start < end and text[start] in QUOTE_CHARS + " \n":
        start += 1
    while end > start and text[end - 1] in QUOTE_CHARS + " \n":
        end -= 1
    return start, end


def covers(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when spans ``a`` and ``b`` overlap on at least half of each."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap > 0 and 2 * overlap >= a[1] - a[0] and 2 * overlap >= b[1] - b[0]


def score_article(
    scores: Scores,
    text: str,
    references: list[dict],
    predictions: list[tuple[int, int, str, str | None]],
    *,
    count_recall: bool = True,
) -> None:
    """Add one article's predictions ``(start, end, text, speaker)`` to ``scores``."""
    spans = [reference_span(text, q) for q in references]
    scores.predictions += len(predictions)
    scores.verbatim += sum(1 for s, e, body, _ in predictions if text[s:e] == body and body)
    matched_refs: set[int] = set()
    for s, e, _, speaker in predictions:
        hits = [i for i, span in enumerate(spans) if covers((s, e), span)]
        if not hits:
            continue
        scores.matched_predictions += 1
        for i in hits:
            if i in matched_refs:
                continue
            matched_refs.add(i)
            reference_speaker = references[i].get("speaker") or ""
            if names_someone(reference_speaker):
                scores.speaker_scored += 1
                scores.speaker_correct += speaker_matches(speaker, reference_speaker)
    if count_recall:
        scores.references += len(references)
        scores.matched_references += len(matched_refs)


# ---------------------------------------------------------------- analysis, cached


def _cache_key(text: str, model_tag: str) -> str:
    return hashlib.sha1(f"{model_tag}\0{text}".encode()).hexdigest()


def analyse_cached(texts: list[str], cache: Path | None, batch: int = 50):
    """AnalysedArticle per text, reusing parses and embeddings stored under ``cache``."""
    import numpy as np
    from spacy.tokens import Doc

    from briefgen.analyse.analysis import analyse, split_sentences
    from briefgen.analyse.nlp import load_spacy
    from briefgen.types import AnalysedArticle, Article, Entity

    nlp = load_spacy()
    tag = f"{nlp.meta.get('name')}-{nlp.meta.get('version')}-{'+'.join(nlp.pipe_names)}"
    results: list = [None] * len(texts)
    todo: list[int] = []
    for i, text in enumerate(texts):
        if cache is not None:
            base = cache / _cache_key(text, tag)
            if base.with_suffix(".doc").is_file() and base.with_suffix(".npy").is_file():
                doc = Doc(nlp.vocab).from_bytes(base.with_suffix(".doc").read_bytes())
                vectors = np.load(base.with_suffix(".npy"))
                vectors.setflags(write=False)
                entities = tuple(Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents)
                results[i] = AnalysedArticle(Article(text), split_sentences(doc), entities, vectors, doc)
                continue
        todo.append(i)
    for begin in range(0, len(todo), batch):
        chunk = todo[begin : begin + batch]
        done = analyse([Article(texts[i]) for i in chunk])
        for i, analysed in zip(chunk, done, strict=True):
            results[i] = analysed
            if cache is not None:
                cache.mkdir(parents=True, exist_ok=True)
                base = cache / _cache_key(texts[i], tag)
                base.with_suffix(".doc").write_bytes(analysed.doc.to_bytes())
                np.save(base.with_suffix(".npy"), np.asarray(analysed.embeddings))
        print(f"  analysed {min(begin + batch, len(todo))}/{len(todo)}", file=sys.stderr)
    return results


# ---------------------------------------------------------------- extractors


def briefgen_quotes(analysed) -> list:
    from briefgen.quotes import find_quotes

    return list(find_quotes(analysed))


def textacy_predictions(doc) -> list[tuple[int, int, str, str | None]]:
    """textacy's direct quotations as (start, end, text, speaker), marks stripped."""
    from textacy.extract.triples import direct_quotations

    text = doc.text
    out = []
    for triple in direct_quotations(doc):
        start, end = triple.content.start_char, triple.content.end_char
        while start < end and text[start] in QUOTE_CHARS + " \n":
            start += 1
        while end > start and text[end - 1] in QUOTE_CHARS + " \n":
            end -= 1
        speaker = " ".join(t.text for t in triple.speaker) or None
        out.append((start, end, text[start:end], speaker))
    return out


# ---------------------------------------------------------------- report


def markdown_table(rows: list[dict[str, str]]) -> str:
    heads = list(rows[0])
    lines = ["| " + " | ".join(heads) + " |", "|" + "|".join("---" for _ in heads) + "|"]
    lines += ["| " + " | ".join(r[h] for h in heads) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_DATA), help="annotated quotes (JSON lines)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--cache", type=Path, default=None, help="directory caching parses and embeddings")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="markdown table written here")
    parser.add_argument("--no-textacy", action="store_true", help="skip textacy's direct_quotations")
    parser.add_argument("--key", type=int, default=3, help="n for the key-quote precision row")
    parser.add_argument(
        "--errors", type=Path, default=None, help="write per-quote misses/mistakes (JSON lines)"
    )
    args = parser.parse_args(argv)

    path = Path(args.path)
    if not path.is_file():
        print(f"quotes_eval: {path} does not exist", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    if args.limit is not None:
        rows = rows[: args.limit]
    started = time.perf_counter()
    analysed = analyse_cached([r["text"] for r in rows], args.cache)
    print(f"analysis: {time.perf_counter() - started:.0f}s for {len(rows)} articles", file=sys.stderr)

    from briefgen.quotes import key_quotes

    ours, keys, theirs = (
        Scores("briefgen --quotes all"),
        Scores("briefgen key quotes (n=3)"),
        Scores("textacy direct_quotations"),
    )
    log = args.errors.open("w", encoding="utf-8") if args.errors else None
    for row, item in zip(rows, analysed, strict=True):
        text = row["text"]
        t0 = time.perf_counter()
        try:
            found = briefgen_quotes(item)
        except Exception:
            ours.errors += 1
            ours.error_ids.append(row["id"])
            traceback.print_exc()
            found = []
        ours.seconds += time.perf_counter() - t0
        ours.articles += 1
        predictions = [(q.start, q.end, q.text, q.speaker) for q in found]
        score_article(ours, text, row["quotes"], predictions)
        chosen = key_quotes(item, tuple(found), args.key) if found else ()
        score_article(
            keys,
            text,
            row["quotes"],
            [(q.start, q.end, q.text, q.speaker) for q in chosen],
            count_recall=False,
        )
        if log is not None:
            _log_article(log, row, predictions)
        if not args.no_textacy:
            t0 = time.perf_counter()
            try:
                theirs_predictions = textacy_predictions(item.doc)
            except Exception:
                theirs.errors += 1
                theirs.error_ids.append(row["id"])
                theirs_predictions = []
            theirs.seconds += time.perf_counter() - t0
            theirs.articles += 1
            score_article(theirs, text, row["quotes"], theirs_predictions)
    if log is not None:
        log.close()

    table_rows = [ours.row()] + ([theirs.row()] if not args.no_textacy else [])
    key_row = keys.row()
    key_row.update({"recall": "–", "F1": "–", "speaker accuracy": key_row["speaker accuracy"]})
    table_rows.append(key_row)
    table = markdown_table(table_rows)
    command = "python bench/quotes_eval.py " + " ".join(argv if argv is not None else sys.argv[1:])
    report = (
        f"# Quote finding and attribution\n\n"
        f"Data: `{path.name}`, {len(rows)} articles, {ours.references} reference quotes.\n"
        f"Command: `{command.strip()}`\n\n{table}\n\n"
        "A prediction matches a reference quote when their character overlap covers at least half of "
        "each. Speaker accuracy counts matched quotes whose reference speaker names someone (a "
        "proper name heads the mention or an apposition of it; pronouns and descriptions such as "
        "'the Florida senator' are not scored); a speaker is right when it shares a name word "
        "with the reference. Precision of `--quotes all` counts every scare quote and title in quote marks, "
        "which the reference leaves out by design (annotators marked attributed quotes only); the key-quote "
        "row is the precision of what a brief shows. Recall is not given for key quotes (at most n per "
        "article by design).\n"
    )
    print(table)
    for scores in (ours, theirs):
        if scores.error_ids:
            print(f"{scores.name} raised on: {', '.join(scores.error_ids[:10])}", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(report, encoding="utf-8")
    tmp.replace(args.out)
    print(f"written to {args.out}", file=sys.stderr)
    return 0


def _log_article(log, row: dict, predictions: list) -> None:
    """Misses and speaker mistakes of one article, for error analysis."""
    text = row["text"]
    spans = [reference_span(text, q) for q in row["quotes"]]
    for q, span in zip(row["quotes"], spans, strict=True):
        hits = [p for p in predictions if covers((p[0], p[1]), span)]
        if not hits:
            context = text[max(0, span[0] - 80) : span[1] + 80]
            log.write(
                json.dumps(
                    {
                        "id": row["id"],
                        "kind": "miss",
                        "ref": q["text"],
                        "speaker": q["speaker"],
                        "context": context,
                    }
                )
                + "\n"
            )
        elif names_someone(q.get("speaker")) and not speaker_matches(hits[0][3], q["speaker"]):
            context = text[max(0, span[0] - 200) : span[1] + 120]
            log.write(
                json.dumps(
                    {
                        "id": row["id"],
                        "kind": "speaker",
                        "ref": q["text"][:100],
                        "speaker": q["speaker"],
                        "predicted": hits[0][3],
                        "context": context,
                    }
                )
                + "\n"
            )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
