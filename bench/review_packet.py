"""A blind editor-review packet: 30 development articles, briefgen against LEAD-3.

Samples articles across the four development sources with a fixed seed (10 CNN/DailyMail,
6 BBC, 6 US political press, 8 Canadian press, as in issue 16's review), briefs each with
briefgen and with LEAD-3 (the first three sentences, the first 12 words as the headline),
and writes a packet where each article's two briefs appear in random order as A and B,
and a separate key saying which is which. The protocol is ``bench/REVIEW.md``.

    python bench/review_packet.py --out /tmp/review    # packet.md + key.json

The packet holds article text, so write it outside the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from lint import DATA, Record, load_sources  # noqa: E402
from quality import first_words  # noqa: E402

PER_SOURCE = {"CNN/DailyMail": 10, "BBC": 6, "US politics": 6, "Canadian press": 8}
SEED = 16


def choose(sources: dict[str, list[Record]], seed: int = SEED) -> list[tuple[str, Record]]:
    """The sampled (source, record) pairs, the same for the same data and seed."""
    rng = random.Random(seed)
    picked = []
    for name, count in PER_SOURCE.items():
        picked += [(name, r) for r in rng.sample(sources[name], count)]
    return picked


def lead3(analysed) -> tuple[str, list[str]]:
    """LEAD-3: the first three sentences, and the first 12 words as the headline."""
    sentences = [s.text for s in analysed.sentences[:3]]
    return first_words(analysed.text), sentences


def render_brief(headline: str, bullets: Sequence[str], byline: str | None = None) -> str:
    """A brief as the packet shows it; a signed view's byline under its headline, as users see it."""
    return "\n".join(
        [f"**{headline}**", *([f"*{byline}*"] if byline else []), "", *(f"- {b}" for b in bullets)]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, required=True, help="folder for packet.md and key.json")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--titles", action="store_true", help="give briefgen the real titles")
    args = parser.parse_args(argv)
    from briefgen import Briefer
    from briefgen.rendering.render import byline
    from briefgen.types import Article, Source

    picked = choose(load_sources(args.data), args.seed)
    briefer = Briefer(quotes=0)
    articles = [Article(r.text, Source(title=r.title if args.titles else None, path=r.id)) for _, r in picked]
    analysed = briefer.analyse(articles)
    briefs = briefer.brief_analysed(analysed)
    rng = random.Random(args.seed + 1)
    packet, key = ["# Editor review packet", ""], []
    for n, ((source, record), item, brief) in enumerate(zip(picked, analysed, briefs, strict=True), 1):
        if isinstance(brief, Exception):
            ours = f"(briefgen could not brief this article: {brief})"
        else:
            ours = render_brief(brief.headline, [b.text for b in brief.bullets], byline(brief))
        theirs = render_brief(*lead3(item))
        order = ["briefgen", "LEAD-3"]
        rng.shuffle(order)
        shown = dict(zip(order, ("A", "B"), strict=True))
        briefs_by_label = {shown["briefgen"]: ours, shown["LEAD-3"]: theirs}
        packet += [f"## Article {n}", "", record.text.strip(), ""]
        packet += [f"### Brief A\n\n{briefs_by_label['A']}", "", f"### Brief B\n\n{briefs_by_label['B']}", ""]
        key.append({"article": n, "id": record.id, "source": source, "A": order[0], "B": order[1]})
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "packet.md").write_text("\n".join(packet), encoding="utf-8")
    (args.out / "key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    print(f"wrote {args.out / 'packet.md'} and {args.out / 'key.json'} ({len(key)} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
