"""Evaluate briefgen's quote finding and attribution against hand-annotated news.

Usage::

    python bench/quotes_eval.py [PATH] [--limit N] [--cache DIR] [--out bench/results/quotes.md]

PATH is a JSON-lines file of ``{"id", "text", "quotes": [{"start", "end", "text",
"speaker"}]}`` (default ``../shared/data/quotes_dev.jsonl`` next to the repository).
Reference offsets in that format may include the quote marks; each reference span is
re-anchored on its ``text`` near the given offsets before scoring.

Two tables are reported. The first keeps the original figures (whole spans only,
scare quotes counted in precision) so runs stay comparable. The second is the
issue-17 scoring, in which corpora that break a quote at its attribution (the
Gender Gap Tracker's set lists each piece as its own quote) and corpora that keep
it whole (PolNeAR) are scored alike:

* a prediction matches a reference quote when its whole span *or any of its listed
  pieces* (``Quote.parts``: the pieces around an attribution, the paragraphs of a
  quote over several paragraphs) covers the reference;
* scare quotes are counted apart: a predicted quote flagged ``scare`` (a label of
  at most three words inside a sentence, not a sentence of its own, see
  ``briefgen.quotes.finder.is_scare``), which the references leave out by design,
  is left out of precision and reported on its own (with how many of them match a
  reference after all; recall counts every prediction);
* partial quotes are counted apart the same way: a predicted quote flagged
  ``partial`` (a fragment woven into the reporter's own sentence, a mixed quote,
  see ``briefgen.quotes.finder.is_woven``), which both corpora annotate as a direct
  quote only rarely; precision with them counted is reported beside it;
* speaker accuracy is given over every attributed quote, and separately over the
  quotes whose speaker is certain (``speaker_confidence`` named or resolved);
* key quotes (``key_quotes``, n=3 per article): how many carry the annotated
  speaker, and how many name a place (a GPE/LOC/FAC entity of the article).

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

import sentence_vectors

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
    if name_words(reference) & predicted_words:
        return True
    # "DNC" annotated, "Democratic National Committee" predicted (the fullest name), or back;
    # only when one side is the initials alone ("the DNC"), not a person named with them
    return bool(_initials(predicted) & _acronym(reference) or _initials(reference) & _acronym(predicted))


def _initials(name: str) -> set[str]:
    """The initials of ``name``'s capitalised words ("Democratic National Committee" → DNC)."""
    initials = "".join(w[0] for w in _WORD.findall(name) if w[:1].isupper() and not w.isupper())
    return {initials} if len(initials) >= 3 else set()


def _acronym(name: str) -> set[str]:
    """``name`` when it is initials alone, "the" aside ("the DNC"), else nothing."""
    words = [w for w in _WORD.findall(name) if w.lower() != "the"]
    return {words[0]} if len(words) == 1 and words[0].isupper() and 3 <= len(words[0]) <= 6 else set()


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


# ---------------------------------------------------------------- piece-wise scoring


@dataclass(frozen=True)
class Prediction:
    """One predicted quote: its span, the pieces it lists, speaker and certainty."""

    start: int
    end: int
    speaker: str | None
    parts: tuple[tuple[int, int], ...] = ()
    scare: bool = False
    certain: bool = True
    partial: bool = False

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return ((self.start, self.end), *self.parts)


@dataclass
class PieceScores:
    """Counts of the piece-wise scoring for one extractor over the whole set."""

    name: str
    predictions: int = 0  # scare and partial quotes excluded
    matched_predictions: int = 0
    scare: int = 0
    scare_matched: int = 0
    partial: int = 0
    partial_matched: int = 0
    references: int = 0
    matched_references: int = 0
    speaker_scored: int = 0
    speaker_correct: int = 0
    certain_scored: int = 0
    certain_correct: int = 0
    errors: int = 0

    def row(self) -> dict[str, str]:
        p = _ratio(self.matched_predictions, self.predictions)
        with_partial = _ratio(
            self.matched_predictions + self.partial_matched, self.predictions + self.partial
        )
        r = _ratio(self.matched_references, self.references)
        return {
            "extractor": self.name,
            "recall": f"{100 * r:.1f}",
            "precision": f"{100 * p:.1f}",
            "speaker accuracy": f"{100 * _ratio(self.speaker_correct, self.speaker_scored):.1f}"
            f" ({self.speaker_correct}/{self.speaker_scored})",
            "certain speakers: accuracy": f"{100 * _ratio(self.certain_correct, self.certain_scored):.1f}"
            f" ({self.certain_correct}/{self.certain_scored})",
            "precision, partial quotes counted": f"{100 * with_partial:.1f}",
            "predictions": str(self.predictions),
            "scare quotes (matching a reference)": f"{self.scare} ({self.scare_matched})",
            "partial quotes (matching a reference)": f"{self.partial} ({self.partial_matched})",
            "articles raising": str(self.errors),
        }


def match_pieces(spans: list[tuple[int, int]], prediction: Prediction) -> list[int]:
    """Indices of the reference spans the prediction covers, whole or by one of its pieces."""
    return [i for i, span in enumerate(spans) if any(covers(piece, span) for piece in prediction.spans)]


def score_pieces(
    scores: PieceScores, text: str, references: list[dict], predictions: list[Prediction]
) -> list[tuple[Prediction, int | None]]:
    """Add one article to ``scores``; returns each prediction with the reference it matched first."""
    spans = [reference_span(text, q) for q in references]
    matched_refs: set[int] = set()
    out: list[tuple[Prediction, int | None]] = []
    for prediction in predictions:
        hits = match_pieces(spans, prediction)
        out.append((prediction, hits[0] if hits else None))
        if prediction.scare:
            scores.scare += 1
            scores.scare_matched += bool(hits)
        elif prediction.partial:
            scores.partial += 1
            scores.partial_matched += bool(hits)
        else:
            scores.predictions += 1
            scores.matched_predictions += bool(hits)
        for i in hits:
            if i in matched_refs:
                continue
            matched_refs.add(i)
            reference_speaker = references[i].get("speaker") or ""
            if names_someone(reference_speaker):
                right = speaker_matches(prediction.speaker, reference_speaker)
                scores.speaker_scored += 1
                scores.speaker_correct += right
                if prediction.speaker and prediction.certain:
                    scores.certain_scored += 1
                    scores.certain_correct += right
    scores.references += len(references)
    scores.matched_references += len(matched_refs)
    return out


@dataclass
class KeyScores:
    """The key quotes of each article: do they carry the annotated speaker, is any a place."""

    shown: int = 0
    matched: int = 0  # matched a reference quote whose speaker names someone
    right: int = 0
    places: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    short: int = 0  # articles showing fewer than asked

    def row(self, n: int) -> dict[str, str]:
        return {
            "key quotes shown": str(self.shown),
            "matching an annotated quote": str(self.matched),
            "with the annotated speaker": f"{100 * _ratio(self.right, self.matched):.1f}"
            f" ({self.right}/{self.matched})",
            "naming a place": str(len(self.places)),
            f"articles with fewer than {n}": str(self.short),
        }


def place_names(doc) -> set[str]:
    """Lower-cased names the article's entities mostly tag as places (GPE, LOC, FAC), not people.

    A name spaCy tags once as a place and more often as a person ("Bryne") is a person.
    """
    if doc is None:
        return set()
    from collections import Counter

    places, others = Counter(), Counter()
    for e in doc.ents:
        name = e.text.lower().removesuffix("’s").removesuffix("'s").removeprefix("the ")
        if e.label_ in ("GPE", "LOC", "FAC"):
            places[name] += 1
        elif e.label_ in ("PERSON", "ORG"):
            others[name] += 1
            others[name.split()[-1]] += 1 if e.label_ == "PERSON" and name.split() else 0
    return {name for name, n in places.items() if n > others[name]}


def score_keys(
    keys: KeyScores, text: str, references: list[dict], chosen: list[Prediction], places: set[str], n: int
) -> None:
    """Add one article's key quotes to ``keys``."""
    spans = [reference_span(text, q) for q in references]
    keys.shown += len(chosen)
    keys.short += len(chosen) < n
    for prediction in chosen:
        speaker = (prediction.speaker or "").lower()
        hits = [i for i in match_pieces(spans, prediction) if names_someone(references[i].get("speaker"))]
        right = any(speaker_matches(prediction.speaker, references[i]["speaker"]) for i in hits)
        # A name spaCy tags as a place is no place when it is the annotated speaker ("Bryne said").
        if speaker.removeprefix("the ") in places and not right:
            keys.places.append(prediction.speaker or "")
        if not hits:
            continue
        keys.matched += 1
        if right:
            keys.right += 1
        else:
            keys.wrong.append(f"{prediction.speaker} (annotated: {references[hits[0]]['speaker']})")


# ---------------------------------------------------------------- analysis, cached


def _cache_key(text: str, model_tag: str) -> str:
    return hashlib.sha1(f"{model_tag}\0{text}".encode()).hexdigest()


def analyse_cached(texts: list[str], cache: Path | None, batch: int = 50):
    """AnalysedArticle per text, reusing parses and embeddings stored under ``cache``."""
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
            stored = sentence_vectors.load(base)
            if base.with_suffix(".doc").is_file() and stored is not None:
                doc = Doc(nlp.vocab).from_bytes(base.with_suffix(".doc").read_bytes())
                # Sentences are rebuilt from the parse; their vectors follow them.
                sentences = split_sentences(doc)
                texts_now = [s.text for s in sentences]
                vectors, changed = sentence_vectors.vectors_for(texts_now, stored)
                if changed:
                    sentence_vectors.save(base, texts_now, vectors)
                entities = tuple(Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents)
                results[i] = AnalysedArticle(Article(text), sentences, entities, vectors, doc)
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
                sentence_vectors.save(base, [s.text for s in analysed.sentences], analysed.embeddings)
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


def evaluate_briefgen(rows: list[dict], analysed: list, key: int = 3) -> tuple[PieceScores, KeyScores]:
    """Piece-wise scores of ``--quotes all`` and the key-quote scores, for the quality gate."""
    from briefgen.quotes import key_quotes

    scores, keys = PieceScores("briefgen --quotes all"), KeyScores()
    for row, item in zip(rows, analysed, strict=True):
        found = briefgen_quotes(item)
        score_pieces(scores, row["text"], row["quotes"], [as_prediction(q) for q in found])
        chosen = key_quotes(item, tuple(found), key) if found else ()
        predictions = [as_prediction(q) for q in chosen]
        score_keys(keys, row["text"], row["quotes"], predictions, place_names(item.doc), key)
    return scores, keys


def load_rows(path: Path, limit: int | None = None, stride: int = 1) -> list[dict]:
    """The annotated articles of ``path``: every ``stride``-th, then the first ``limit``."""
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()][::stride]
    return rows[:limit] if limit is not None else rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_DATA), help="annotated quotes (JSON lines)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--stride", type=int, default=1, help="only every Nth article (the gate's subset)")
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
    rows = load_rows(path, args.limit, args.stride)
    started = time.perf_counter()
    analysed = analyse_cached([r["text"] for r in rows], args.cache)
    print(f"analysis: {time.perf_counter() - started:.0f}s for {len(rows)} articles", file=sys.stderr)

    from briefgen.quotes import key_quotes

    ours, keys, theirs = (
        Scores("briefgen --quotes all"),
        Scores(f"briefgen key quotes (n={args.key})"),
        Scores("textacy direct_quotations"),
    )
    ours_pieces = PieceScores("briefgen --quotes all")
    theirs_pieces = PieceScores("textacy direct_quotations")
    key_scores = KeyScores()
    log = args.errors.open("w", encoding="utf-8") if args.errors else None
    for row, item in zip(rows, analysed, strict=True):
        text = row["text"]
        t0 = time.perf_counter()
        try:
            found = briefgen_quotes(item)
        except Exception:
            ours.errors += 1
            ours_pieces.errors += 1
            ours.error_ids.append(row["id"])
            traceback.print_exc()
            found = []
        ours.seconds += time.perf_counter() - t0
        ours.articles += 1
        predictions = [(q.start, q.end, q.text, q.speaker) for q in found]
        score_article(ours, text, row["quotes"], predictions)
        matched = score_pieces(ours_pieces, text, row["quotes"], [as_prediction(q) for q in found])
        chosen = key_quotes(item, tuple(found), args.key) if found else ()
        score_article(
            keys,
            text,
            row["quotes"],
            [(q.start, q.end, q.text, q.speaker) for q in chosen],
            count_recall=False,
        )
        score_keys(
            key_scores,
            text,
            row["quotes"],
            [as_prediction(q) for q in chosen],
            place_names(item.doc),
            args.key,
        )
        if log is not None:
            _log_article(log, row, found, matched)
        if not args.no_textacy:
            t0 = time.perf_counter()
            try:
                theirs_predictions = textacy_predictions(item.doc)
            except Exception:
                theirs.errors += 1
                theirs_pieces.errors += 1
                theirs.error_ids.append(row["id"])
                theirs_predictions = []
            theirs.seconds += time.perf_counter() - t0
            theirs.articles += 1
            score_article(theirs, text, row["quotes"], theirs_predictions)
            score_pieces(
                theirs_pieces,
                text,
                row["quotes"],
                [Prediction(s, e, speaker) for s, e, _, speaker in theirs_predictions],
            )
    if log is not None:
        log.close()

    table_rows = [ours.row()] + ([theirs.row()] if not args.no_textacy else [])
    key_row = keys.row()
    key_row.update({"recall": "–", "F1": "–", "speaker accuracy": key_row["speaker accuracy"]})
    table_rows.append(key_row)
    table = markdown_table(table_rows)
    piece_table = markdown_table([ours_pieces.row()] + ([theirs_pieces.row()] if not args.no_textacy else []))
    key_table = markdown_table([key_scores.row(args.key)])
    command = "python bench/quotes_eval.py " + " ".join(argv if argv is not None else sys.argv[1:])
    listing = ""
    if key_scores.places or key_scores.wrong:
        listing = "\nKey quotes naming a place: " + (", ".join(key_scores.places) or "none") + ".\n"
        listing += "Key quotes with another speaker: " + ("; ".join(key_scores.wrong) or "none") + ".\n"
    report = (
        f"# Quote finding and attribution\n\n"
        f"Data: `{path.name}`, {len(rows)} articles, {ours.references} reference quotes.\n"
        f"Command: `{command.strip()}`\n\n"
        "## Whole quote or piece by piece, scare quotes apart\n\n"
        f"{piece_table}\n\n"
        "A prediction matches a reference quote when its whole span or one of its listed pieces (the "
        "pieces around an attribution, the paragraphs of a quote over several paragraphs) overlaps the "
        "reference by at least half of each. Precision leaves out scare quotes (a label of at most three "
        "words inside a sentence, not a sentence of its own), which the references leave out "
        "by design, and partial quotes (a fragment woven into the reporter's own sentence, a mixed "
        "quote), which they annotate only rarely; each is counted in its own column, and precision "
        "with partial quotes counted is given too (recall counts every prediction). Speaker accuracy counts matched references "
        "whose speaker names someone; the certain column only the quotes whose speaker_confidence is "
        "named or resolved.\n\n"
        f"## Key quotes (n={args.key} per article)\n\n{key_table}\n{listing}\n"
        "## Original figures (whole spans only, scare quotes in precision)\n\n"
        f"{table}\n\n"
        "A prediction matches a reference quote when their character overlap covers at least half of "
        "each. Speaker accuracy counts matched quotes whose reference speaker names someone (a "
        "proper name heads the mention or an apposition of it; pronouns and descriptions such as "
        "'the Florida senator' are not scored); a speaker is right when it shares a name word "
        "with the reference. Precision of `--quotes all` counts every scare quote and title in quote marks, "
        "which the reference leaves out by design (annotators marked attributed quotes only); the key-quote "
        "row is the precision of what a brief shows. Recall is not given for key quotes (at most n per "
        "article by design).\n"
    )
    print(piece_table)
    print(key_table)
    print(listing)
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


def as_prediction(quote) -> Prediction:
    """A briefgen Quote as a Prediction (its speaker, pieces, scare and partial flags, certainty)."""
    confidence = getattr(quote, "speaker_confidence", None)
    return Prediction(
        quote.start,
        quote.end,
        quote.speaker,
        tuple(quote.parts),
        quote.scare,
        confidence in (None, "named", "resolved"),
        getattr(quote, "partial", False),
    )


def _log_article(log, row: dict, found: list, matched: list[tuple[Prediction, int | None]]) -> None:
    """Misses, speaker mistakes and unmatched predictions of one article, for error analysis."""
    text = row["text"]
    spans = [reference_span(text, q) for q in row["quotes"]]
    for q, span in zip(row["quotes"], spans, strict=True):
        hits = [k for k, (p, _) in enumerate(matched) if any(covers(piece, span) for piece in p.spans)]
        entry = {"id": row["id"], "ref": q["text"][:100], "speaker": q["speaker"]}
        if not hits:
            entry.update(kind="miss", context=text[max(0, span[0] - 80) : span[1] + 80])
        elif names_someone(q.get("speaker")) and not speaker_matches(
            matched[hits[0]][0].speaker, q["speaker"]
        ):
            quote = found[hits[0]]
            entry.update(
                kind="speaker",
                predicted=quote.speaker,
                confidence=getattr(quote, "speaker_confidence", None),
                context=text[max(0, span[0] - 250) : span[1] + 120],
            )
        else:
            continue
        log.write(json.dumps(entry) + "\n")
    for quote, (prediction, i) in zip(found, matched, strict=True):
        if i is None and not (prediction.scare or prediction.partial):
            entry = {
                "id": row["id"],
                "kind": "extra",
                "text": quote.text[:100],
                "predicted": quote.speaker,
                "context": text[max(0, quote.start - 80) : quote.end + 80],
            }
            log.write(json.dumps(entry) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
