"""The briefing pipeline: read → analyse → summarise → find quotes → brief.

This is the Python API the CLI is a thin layer over::

    from briefgen import Briefer, read_article, render

    briefer = Briefer()                      # models load lazily, once
    brief = briefer.brief(read_article("article.txt"))
    print(render(brief, "md"))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

from .errors import BriefgenError, InputError
from .lexicon import VERB_POS
from .read.reading import article_from_text
from .types import AnalysedArticle, Article, Brief, Source, Summary

if TYPE_CHECKING:
    from .engines import Engine

QuoteLimit = int | Literal["all"]


@dataclass
class Briefer:
    """Briefs articles with one engine; models are loaded on first use and kept.

    ``quotes`` is the number of key quotes per brief (0 for none) or ``"all"``
    for every quote found, scare and partial quotes included (flagged). ``batch_size`` is how
    many articles :meth:`brief_many` analyses at once.
    """

    engine: str = "extractive"
    quotes: QuoteLimit = 3
    engine_options: dict[str, Any] = field(default_factory=dict)
    batch_size: int = 32
    _engine: Any = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.quotes != "all" and (not isinstance(self.quotes, int) or self.quotes < 0):
            raise BriefgenError(f"quotes must be a number ≥ 0 or 'all', not {self.quotes!r}")
        if not isinstance(self.batch_size, int) or self.batch_size < 1:
            raise BriefgenError(f"batch_size must be a number ≥ 1, not {self.batch_size!r}")

    def brief(self, article: Article) -> Brief:
        """Brief one article; raises :class:`InputError` when it cannot be briefed."""
        result = self.brief_many([article])[0]
        if isinstance(result, BriefgenError):
            raise result
        return result

    def brief_many(self, articles: Sequence[Article]) -> list[Brief | BriefgenError]:
        """Brief many articles in batches; a failed article yields its error in place.

        Articles are analysed ``batch_size`` at a time: big enough to batch the
        model calls, small enough that a thousand-article job does not hold a
        thousand parses in memory.
        """
        self._get_engine()  # a missing model fails now, not after the analysis
        results: list[Brief | BriefgenError] = []
        for begin in range(0, len(articles), self.batch_size):
            results += self.brief_analysed(self.analyse(articles[begin : begin + self.batch_size]))
        return results

    def brief_analysed(self, analysed: Sequence[AnalysedArticle]) -> list[Brief | BriefgenError]:
        """Brief articles already analysed (see :meth:`analyse`), so no text is analysed twice."""
        problems = [_unbriefable(item) for item in analysed]
        ok = [item for item, problem in zip(analysed, problems, strict=True) if problem is None]
        summaries = iter(self._get_engine().summarize(ok) if ok else [])
        return [
            InputError(_name(item.article), problem) if problem else self._assemble(item, next(summaries))
            for item, problem in zip(analysed, problems, strict=True)
        ]

    def analyse(self, articles: Sequence[Article]) -> list[AnalysedArticle]:
        """Run the analysis stage (sentences, entities, embeddings) on ``articles``."""
        from .analyse.analysis import analyse

        return analyse(articles)

    def _assemble(self, analysed: AnalysedArticle, summary: Summary) -> Brief:
        from .quotes import find_quotes, key_quotes
        from .read.writers import opinion_of

        found = find_quotes(analysed)
        shown = [bullet.text for bullet in summary.bullets]  # a quote a bullet carries is not repeated
        if self.quotes == "all":
            # Every quote, with no speaker rather than a guessed one.
            chosen = tuple(q if q.certain or q.speaker is None else replace(q, speaker=None) for q in found)
        else:
            chosen = key_quotes(analysed, found, self.quotes, shown)
        return Brief(
            headline=summary.headline,
            bullets=summary.bullets,
            quotes=chosen,
            source=analysed.article.source,
            engine=self._get_engine().name,
            headline_status=summary.headline_status,
            headline_reason=summary.headline_reason,
            headline_source=summary.headline_source,
            quotes_found=sum(1 for quote in found if not (quote.scare or quote.partial)),
            quotes_wanted=0 if self.quotes == "all" else self.quotes,
            opinion=opinion_of(analysed.article.text, analysed.article.source.title, people=_people),
        )

    def _get_engine(self) -> Engine:
        if self._engine is None:
            from .engines import get_engine

            self._engine = get_engine(self.engine, **self.engine_options)
        return self._engine


@dataclass(frozen=True)
class BriefOutcome:
    """What :func:`brief_inputs` made: the rendered text, the briefs, and per-input errors."""

    text: str
    briefs: tuple[Brief, ...]
    errors: tuple[BriefgenError, ...]


def brief_inputs(
    inputs: Sequence[str],
    *,
    fmt: str = "md",
    templates_dir: str | None = None,
    render_options: dict[str, Any] | None = None,
    **options: Any,
) -> BriefOutcome:
    """Read, brief and render several inputs (paths, or ``-`` for stdin), as the CLI does.

    A failed input is reported in ``errors`` and the others are still briefed,
    in input order. ``options`` are as for :class:`Briefer`; ``render_options``
    (``fragment``, ``sender``, ``recipients``) as for :func:`render.render_briefs`.
    With html or eml, several briefs make one email with a story each.
    """
    from .read.reading import read_article
    from .rendering.render import render

    briefer = Briefer(**options)
    slots: list[Article | BriefgenError] = []
    for name in inputs:
        try:
            slots.append(read_article(name))
        except BriefgenError as err:
            slots.append(err)
    articles = [slot for slot in slots if isinstance(slot, Article)]
    results = iter(briefer.brief_many(articles) if articles else [])
    briefs: list[Brief] = []
    errors: list[BriefgenError] = []
    for slot in slots:
        outcome = next(results) if isinstance(slot, Article) else slot
        if isinstance(outcome, Brief):
            briefs.append(outcome)
        else:
            errors.append(outcome)
    if not briefs:
        text = ""
    elif fmt in ("html", "eml"):
        from .rendering.render import render_briefs

        text = render_briefs(briefs, fmt, templates_dir=templates_dir, **(render_options or {}))
    else:
        rendered = [render(b, fmt, templates_dir=templates_dir) for b in briefs]
        text = "".join(r + "\n" for r in rendered) if fmt == "json" else "\n---\n\n".join(rendered)
    return BriefOutcome(text=text, briefs=tuple(briefs), errors=tuple(errors))


def brief_text(text: str, *, source: Source | None = None, **options: Any) -> Brief:
    """Brief an article given as a string (``options`` as for :class:`Briefer`)."""
    return Briefer(**options).brief(article_from_text(text, source))


def _unbriefable(analysed: AnalysedArticle) -> str | None:
    # A sentence states something: a few words around a verb. Lists of names,
    # numbers or tags are not briefable, whatever their length.
    for sentence in analysed.sentences:
        span = analysed.span_of(sentence)
        if span is None:
            continue
        words = sum(1 for t in span if t.is_alpha)
        if words >= 3 and any(t.pos_ in VERB_POS for t in span):
            return None
    return "has no sentence to brief"


def _name(article: Article) -> str:
    return article.source.path or article.source.url or "standard input"


def _people(text: str) -> list[str]:
    """The names spaCy's tagger reads as persons in ``text`` (a title)."""
    from .analyse.nlp import load_spacy

    return [entity.text for entity in load_spacy()(text).ents if entity.label_ == "PERSON"]
