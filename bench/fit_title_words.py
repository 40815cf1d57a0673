"""Fit the title-word model of :mod:`briefgen.condense.title_words` on real titles.

Each word of a story's headline lead is labelled by whether the published title
uses it (ROUGE's tokens, stemmed, so "assured" counts for "assures"); an
L2-regularised logistic regression over :data:`briefgen.condense.title_words.FEATURES`
is fitted by Newton's method. Before writing, the script reports the ROUGE-1
the headline chooser reaches with a model fitted on the other half of the
articles (two folds), beside the single-length headline, so what is pinned
is what generalises.

    python bench/fit_title_words.py            # ../shared/data/headlines_dev.jsonl
    python bench/fit_title_words.py --no-write
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality

OUT = quality.ROOT / "src" / "briefgen" / "condense" / "title_words.json"


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 25) -> np.ndarray:
    """Weights of an L2-regularised logistic regression (the bias, column 0, unpenalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=quality.DATA / "headlines_dev.jsonl")
    parser.add_argument(
        "--title-words",
        type=float,
        default=7.0,
        help="title length the chooser assumes (the dev titles average 7.05 words)",
    )
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)

    from rouge_score import rouge_scorer
    from rouge_score.tokenizers import DefaultTokenizer

    from briefgen.condense import title_words
    from briefgen.condense.headline import headline_from, headline_options
    from briefgen.engines.candidates import headline_lead

    records = quality.load_jsonl(args.path)
    analysed = quality.analyse_cached([r["text"] for r in records], f"{args.path.resolve()}|None|1")
    stem = DefaultTokenizer(use_stemmer=True).tokenize
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)

    rows, labels, spans = [], [], []
    for record, article in zip(records, analysed, strict=True):
        lead = headline_lead(article)
        span = article.doc.char_span(lead.start, lead.end, alignment_mode="expand") if lead else None
        spans.append(span)
        if span is None:
            rows.append(np.zeros((0, len(title_words.FEATURES))))
            labels.append(np.zeros(0))
            continue
        x, words = title_words.word_features(span)
        title = set(stem(record["title"]))
        rows.append(x)
        labels.append(np.array([float(any(s in title for s in stem(t.text))) for t in words]))

    def rouge1(i: int, text: str) -> float:
        return 100 * scorer.score(records[i]["title"], text)["rouge1"].fmeasure

    options = [headline_options(s) if s is not None else ("",) for s in spans]
    single = [headline_from(s) if s is not None else "" for s in spans]
    chosen: list[str] = [""] * len(records)
    for fold in (0, 1):
        train = [i for i in range(len(records)) if i % 2 != fold]
        w = fit_logistic(np.concatenate([rows[i] for i in train]), np.concatenate([labels[i] for i in train]))
        for i in range(fold, len(records), 2):
            if spans[i] is None or len(options[i]) < 2:
                chosen[i] = options[i][0]
                continue
            chances = title_words.title_word_probabilities(spans[i], w)
            scores = [title_words.expected_f1(o, chances, args.title_words) for o in options[i]]
            chosen[i] = options[i][int(np.argmax(scores))]
    before = np.mean([rouge1(i, h) for i, h in enumerate(single)])
    after = np.mean([rouge1(i, h) for i, h in enumerate(chosen)])
    length = np.mean([len(h) for h in chosen])
    print(f"ROUGE-1, two folds: single length {before:.2f}, chosen {after:.2f} (mean {length:.1f} chars)")

    weights = fit_logistic(np.concatenate(rows), np.concatenate(labels))
    if not args.no_write:
        OUT.write_text(
            json.dumps(
                {
                    "fitted_on": args.path.name,
                    "title_words": args.title_words,
                    "features": list(title_words.FEATURES),
                    "weights": [round(float(v), 5) for v in weights],
                },
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {OUT.relative_to(quality.ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
