"""The default engine: extractive, on the embedded sentence-embedding model.

News puts the most important facts first, and on CNN/DailyMail the first three
sentences (LEAD-3) beat every unsupervised ranker we measured, so the ranking
is lead-first: a strong position prior, plus a small position-aware centrality
term (PacSum, Zheng & Lapata 2019: a sentence earns credit from the sentences
after it), chosen with maximal marginal relevance so the three bullets say
different things. Sentences that are page furniture, too short to stand, or a
feature lede that names nothing are passed over; a sentence whose words the
rest of the story repeats earns a little more. Each bullet is compressed on
the parse (``briefgen.condense.compress``), modifiers the story never repeats included
(``briefgen.condense.trimming``); the headline is the lead statement trimmed to wire style,
at the length whose words a title would most likely share (``briefgen.condense.title_words``),
and never stating a claim without its source nor ending mid-phrase
(``briefgen.engines.generated_headline``).

The weights were chosen on the development split with ``bench/quality.py``
(a handful of parameters; no article is special-cased).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..condense.clause_prefix import DEGREE_WORDS
from ..condense.compress import BULLET_MAX_WORDS, compress_sentence
from ..condense.contrasts import with_its_contrast
from ..condense.faithful import unfaithful_cut
from ..condense.lost_clause import (
    leans_on_cut,
    unanswered_question,
)
from ..condense.quote_marks import in_unclosed_quote, quote_context, tidy_quote_spacing, whole_sentence
from ..condense.referents import missing_referent
from ..condense.shed import shed_settings
from ..condense.wording import ends_dangling
from ..lexicon import FINITE_TAGS
from ..read.furniture import strip_markers
from ..read.quote_spans import find_quote_spans
from ..read.titles import says_no_news, teaser_signs, title_headline
from ..types import AnalysedArticle, Bullet, Sentence, Summary
from .bullet_referents import Names, lacks_referent
from .candidates import candidate_sentences, cites_a_source, headline_lead, names_something, only_a_quote
from .generated_headline import faithful_headline
from .ledes import holds_back, reports_an_event, truism
from .repeats import repeats

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_QUOTE_MARKS = frozenset("“\"‘'«")


@dataclass(frozen=True)
class ExtractiveEngine:
    """Headline and bullets chosen from the article's own sentences.

    ``position_decay`` sets how fast the lead prior falls with sentence rank;
    ``centrality_weight`` weighs PacSum centrality (``forward_weight`` /
    ``backward_weight``: the credit from sentences after / before);
    ``redundancy`` is the MMR penalty for repeating a chosen bullet;
    ``compress_to`` is the length (words) above which optional compression rules apply;
    ``quote_penalty`` weighs against a bullet that is mostly a quote;
    ``unrepeated`` is the recurrence below which a bullet's modifier is trimmed (0: never;
    headlines are always trimmed, see :mod:`briefgen.condense.headline`) and
    ``recurrence_weight`` weighs how much of a sentence the rest of the article repeats;
    ``headline`` is "title" (the input's title when it has one) or "generate" (always cut
    from the lead); ``title_weight`` weighs how many of the title's names and numbers a
    sentence carries (the title says which sentences carry the news); ``lead_max_words`` is
    how long the first sentence may stay whole when no faithful cut brings it under
    ``BULLET_MAX_WORDS`` (the lede carries the news; any other sentence that long is no bullet).
    """

    bullets: int = 3
    position_decay: float = 0.5
    centrality_weight: float = 0.3
    forward_weight: float = 1.0
    backward_weight: float = -0.3
    redundancy: float = 0.6
    duplicate_similarity: float = 0.9
    compress_to: int = 35
    quote_penalty: float = 0.6
    unrepeated: float = 0.5
    recurrence_weight: float = 0.2
    headline: str = "title"
    title_weight: float = 0.3
    lead_max_words: int = 50
    name: str = "extractive"

    def summarize(self, articles: Sequence[AnalysedArticle]) -> list[Summary]:
        """One summary per analysed article."""
        return [self._summarize_one(a) for a in articles]

    def _summarize_one(self, analysed: AnalysedArticle) -> Summary:
        candidates = candidate_sentences(analysed)
        scores = self._scores(analysed, candidates)
        headline, source, reason = self._headline(analysed, candidates)
        bullets = self._choose(analysed, candidates, scores, headline)
        bullets = bullets or self._standing_sentence(analysed, headline)
        return Summary(headline=headline, bullets=bullets, headline_source=source, headline_reason=reason)

    def _standing_sentence(self, analysed: AnalysedArticle, headline: str) -> tuple[Bullet, ...]:
        """When no sentence passed as a bullet: the first that stands whole rather than none, one
        within the lede's limit, outside any quote, opening on no word that points back."""
        for sentence in analysed.content_sentences():
            opening, closing = quote_context(analysed.text, sentence.start, sentence.end)
            text = whole_sentence(sentence.text)
            if opening or closing or len(text.split()) > self.lead_max_words:
                continue
            first = sentence.index == analysed.opening_index()  # its "This…" may be the picture
            if missing_referent(text, [headline], [], False, opening=first) is None:
                return (Bullet(text=text, sentences=(sentence.index,)),)
        return ()

    def _scores(self, analysed: AnalysedArticle, candidates: Sequence[Sentence]) -> np.ndarray:
        """Salience per candidate: lead prior + PacSum centrality + a feature-lede penalty."""
        n = len(candidates)
        if n == 0:
            return np.zeros(0)
        vectors = analysed.embeddings[[s.index for s in candidates]]
        sim = vectors @ vectors.T
        edges = np.clip(sim - (np.median(sim) if n > 1 else 0.0), 0.0, None)
        np.fill_diagonal(edges, 0.0)
        forward, backward = np.triu(edges, 1).sum(1), np.tril(edges, -1).sum(1)
        central = self.forward_weight * forward + self.backward_weight * backward
        spread = central.max() - central.min()
        central = (central - central.min()) / spread if spread > 0 else np.zeros(n)
        score = np.exp(-self.position_decay * np.arange(n)) + self.centrality_weight * central
        if self.recurrence_weight:
            score += self.recurrence_weight * _recurrence(analysed, candidates)
        # A lead that names no one and nothing ("As attempts to break a record
        # go, it was pretty impressive.") sets a scene; the news comes after it. One that
        # cites its source reports ("…are damaging online commerce, say e-business experts").
        lead = candidates[0] if n > 3 else None
        if lead and not names_something(analysed, lead) and not cites_a_source(analysed, lead):
            span = analysed.span_of(lead)
            score[0] -= 0.0 if reports_an_event(span) else 1.0  # "A schoolboy … has been abused…"
            score[0] -= 10.0 if truism(span) else 0.0  # "In an emergency, seconds can make a difference."
        title = analysed.article.source.title
        if title and self.title_weight:
            score += self.title_weight * np.array([_title_share(title, s.text) for s in candidates])
        # A bullet that is mostly a quote reads as a claim, not a report of one,
        # and repeats what the key quotes show.
        score -= self.quote_penalty * np.array([mostly_quoted(s.text) for s in candidates])
        return score

    def _choose(
        self,
        analysed: AnalysedArticle,
        candidates: Sequence[Sentence],
        scores: np.ndarray,
        headline: str = "",
    ) -> tuple[Bullet, ...]:
        texts: dict[int, str] = {}
        pool = list(range(len(candidates)))
        chosen: list[int] = []
        vectors = analysed.embeddings[[s.index for s in candidates]] if candidates else None
        names = Names(analysed)
        asked: dict[int, int] = {}  # an answer's sentence index → the question's candidate
        while pool and len(chosen) < self.bullets:

            def gain(k: int) -> float:
                if not chosen:
                    return float(scores[k])
                overlap = max(float(vectors[k] @ vectors[j]) for j in chosen)
                return float(scores[k]) - self.redundancy * overlap

            best = max(pool, key=gain)
            pool.remove(best)
            if chosen and max(float(vectors[best] @ vectors[j]) for j in chosen) >= self.duplicate_similarity:
                continue  # DailyMail repeats its lead in a caption
            if in_unclosed_quote(analysed.text, candidates[best].start):
                continue  # someone's words, their speaker and marks in the sentence before
            limit = self._word_limit(candidates, best)
            text = texts.setdefault(best, self._bullet_text(analysed, candidates[best], limit))
            bullet = (candidates[best], text)
            if (
                not text
                or len(text.split()) > limit
                or any(repeats(analysed, bullet, (candidates[j], texts[j])) for j in chosen)
            ):
                continue
            before = [k for k in chosen if k < best]
            if (_speakerless_quote(text) or _CONTINUED_QUOTE.match(text)) and not any(
                candidates[j].index == candidates[best].index - 1 for j in before
            ):
                # "“So we simply introduced a bill…”": whose words, only the sentence before says;
                # "He said: ‘I went to show my feelings…’": about what, only it says (review 206)
                continue
            if lacks_referent(analysed, candidates, best, before, texts, headline, names):
                continue  # "He said…" with no "he" before it: another sentence says the news
            if _unanswered(analysed, candidates[best]) and not any(
                candidates[j].index == candidates[best].index + 1 for j in chosen
            ):
                asked[candidates[best].index + 1] = best  # back in the pool if its answer is chosen
                continue  # "…was also asked whether he thought…": the answer, not chosen, is the news
            previous = next((j for j in before if candidates[j].index == candidates[best].index - 1), None)
            if previous is not None:
                leaned_on = _whole_if_leaned_on(
                    analysed,
                    candidates[previous],
                    texts[previous],
                    text,
                    self._word_limit(candidates, previous),
                )
                if leaned_on is None:
                    continue  # "They made him our problem," after a cut that took who "they" are
                texts[previous] = leaned_on
                texts[best] = with_its_contrast(candidates[best].text, text, limit)
            chosen.append(best)
            if candidates[best].index in asked:
                pool.append(asked.pop(candidates[best].index))
        chosen.sort()
        return tuple(Bullet(text=texts[k], sentences=(candidates[k].index,)) for k in chosen)

    def _word_limit(self, candidates: Sequence[Sentence], k: int) -> int:
        """The most words candidate ``k``'s bullet may have: the lede's own limit for the first
        candidate (it carries the news) unless a caption glued to it restates it."""
        if k == 0 and not _restates_itself(candidates[k].text):
            return self.lead_max_words
        return BULLET_MAX_WORDS

    def _bullet_text(
        self, analysed: AnalysedArticle, sentence: Sentence, limit: int = BULLET_MAX_WORDS
    ) -> str:
        """The sentence compressed, or whole when a cut would change what it says.

        A sentence inside a quote that runs over several sentences is never cut (its words
        are someone's) and gets the marks it needs to stand alone; a whole sentence over
        ``limit`` words is no bullet (empty text). The lede (``limit`` over the bullet limit)
        stays whole rather than shed most of itself: what goes is its news (review 177)."""
        if only_a_quote(sentence.text):
            return ""
        span = analysed.span_of(sentence)
        opening, closing = quote_context(analysed.text, sentence.start, sentence.end)
        if span is None or opening or closing:
            text = whole_sentence(sentence.text, opening, closing)
        else:
            text = compress_sentence(
                span, BULLET_MAX_WORDS, target_words=self.compress_to, unrepeated=self.unrepeated
            )
            if (
                unfaithful_cut(span, text)
                or _ends_unfinished(text)
                or holds_back(text)
                or _lost_its_verb(span, text)
                or _strands_a_degree(span, text)
            ):
                text = whole_sentence(sentence.text)  # "But one thing is different[, and it's…]"
            title = analysed.article.source.title
            if _drops_title_names(span, title, text) and len(sentence.text.split()) <= BULLET_MAX_WORDS:
                text = whole_sentence(sentence.text)  # never at the cost of the bullet itself
            if len(text.split()) > BULLET_MAX_WORDS:
                shorter = shed_settings(span, BULLET_MAX_WORDS, self.compress_to)
                lede = limit > BULLET_MAX_WORDS  # "…in the Philippines[, earning … a nomination…]": its news
                if (
                    shorter
                    and not (
                        lede and len(text.split()) <= limit and 2 * len(shorter.split()) < len(text.split())
                    )
                    and not unfaithful_cut(span, shorter)
                    and not _ends_unfinished(shorter)
                    and not _lost_its_verb(span, shorter)
                    and not _strands_a_degree(span, shorter)
                ):
                    text = shorter
        text = tidy_quote_spacing(strip_markers(text))
        return text if len(text.split()) <= limit else ""

    def _headline(
        self, analysed: AnalysedArticle, candidates: Sequence[Sentence]
    ) -> tuple[str, str, str | None]:
        """The headline, where it came from, and why a title was passed over: the input's
        title unless ``headline`` is "generate" or the title is a teaser
        (:func:`briefgen.read.titles.title_headline`, :func:`~briefgen.read.titles.teaser_signs`),
        else a cut of the lead."""
        reason = None
        if self.headline != "generate":
            title = title_headline(analysed.article.source.title)
            signs = teaser_signs(analysed.article.source.title, analysed.text)
            if title and not signs:
                return title, "title", None
            if signs:
                reason = "the title is a teaser (" + ", ".join(signs) + ")"
            elif analysed.article.source.title and says_no_news(analysed.article.source.title):
                reason = "the title is a byline or a section's label"
        lead = headline_lead(analysed, candidates)
        if lead is None:
            return analysed.article.source.title or "", "generated", reason
        return tidy_quote_spacing(faithful_headline(analysed, lead, candidates)), "generated", reason


def _whole_if_leaned_on(
    analysed: AnalysedArticle, sentence: Sentence, cut: str, text: str, limit: int = BULLET_MAX_WORDS
) -> str | None:
    """The bullet ``cut`` of ``sentence``, or the whole sentence when the next bullet, ``text``,
    leans on what the cut took (:func:`briefgen.condense.lost_clause.leans_on_cut`: "The
    44-year-old from Oldham…" after "Police tweeted a warning [after a holidaymaker walked
    in…]"); None when that sentence is over ``limit`` words (the lede's own limit for the
    first candidate), and ``text`` cannot follow."""
    span = analysed.span_of(sentence)
    if span is None or not leans_on_cut(span, cut, text):
        return cut
    whole = _whole_text(analysed, sentence)
    return whole if len(whole.split()) <= limit else None


def _whole_text(analysed: AnalysedArticle, sentence: Sentence) -> str:
    """``sentence`` whole as a bullet, as :meth:`ExtractiveEngine._bullet_text` writes it uncut."""
    opening, closing = quote_context(analysed.text, sentence.start, sentence.end)
    return tidy_quote_spacing(strip_markers(whole_sentence(sentence.text, opening, closing)))


def _unanswered(analysed: AnalysedArticle, sentence: Sentence) -> bool:
    """Whether ``sentence`` only tells that someone was asked something (:func:`unanswered_question`)."""
    span = analysed.span_of(sentence) if analysed.doc else None
    return span is not None and unanswered_question(span)


def _restates_itself(text: str, run: int = 5) -> bool:
    """True when ``text`` says a run of ``run`` words twice: a caption glued to the lead it
    restates ("Germans now think of themselves as the victims of Hitler and his Nazi Regime
    Germans no longer see the war as a defeat and now think of themselves as victims…")."""
    words = re.findall(r"[\w’'-]+", text.lower())
    runs = [tuple(words[i : i + run]) for i in range(len(words) - run + 1)]
    return len(set(runs)) < len(runs)


def _ends_unfinished(text: str) -> bool:
    """True when a cut leaves a word or mark that needs more before the final stop ("…reports —.")."""
    bare = text.rstrip(".")
    return ends_dangling(bare) or bare.rstrip().endswith(("—", "–", "--"))


def _lost_its_verb(span: Span, text: str) -> bool:
    """True when the cut ``text`` keeps none of the tensed verbs of ``span``: a phrase, not a
    statement ("Close to 50 interviews with … party chairs[ — counties that… — revealed Trump
    …]", where the parser took the subject for the whole sentence, review 169)."""
    lower = text.lower()  # "isn’t" → "isn", "t"; "it’s" → "it", "s"; "cannot" whole
    words = set(re.findall(r"\w+", lower)) | set(re.findall(r"[\w’'-]+", lower))
    # a verb with a subject is tensed whatever its tag ("The USFL folded[VBN] in 1986")
    verbs = [
        t
        for t in span
        if t.pos_ in ("VERB", "AUX") and (t.tag_ in FINITE_TAGS or any(c.dep_ == "nsubj" for c in t.children))
    ]
    return bool(verbs) and not any(form in words for t in verbs for form in _verb_forms(t))


def _drops_title_names(span: Span, title: str | None, text: str) -> bool:
    """True when the cut ``text`` of ``span`` leaves out a name the title gives: under
    "Parker misses England clash", "Tom Shanklin will start … in Cardiff[ on Saturday after
    Sonny Parker failed to recover…]" cut the very news the title is about (review 171). Names
    are the sentence's people, organisations and places; the title's words lose their "'s"."""
    if not title:
        return False
    titled = {re.sub(r"['’]s$", "", w.lower()) for w in re.findall(r"[\w’'-]+", title)}
    named = {t.lower_ for e in span.ents if e.label_ in _NAME_LABELS for t in e if t.is_alpha}
    kept = {w.lower() for w in re.findall(r"[\w’'-]+", text)}
    return bool((titled & named) - kept)


_NAME_LABELS = frozenset("PERSON ORG GPE NORP FAC".split())


def _verb_forms(verb: Token) -> tuple[str, ...]:
    """``verb`` as :func:`_lost_its_verb` may find it among a text's words: "’s" as "s", the
    "is" of "isn’t" as "isn", the "can" of "cannot" as "cannot"."""
    form = verb.lower_.strip("'’")
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is None or verb.whitespace_:
        return (form,)
    if following.lower_.replace("’", "'") == "n't":
        return (form, form + "n")
    return (form, form + following.lower_)


def _strands_a_degree(span: Span, text: str) -> bool:
    """True when the cut ``text`` ends on a degree word whose phrase it left out: "he offered
    promises very much[ in line with what the audience had hoped to hear]" (review 168)."""
    words = re.findall(r"[\w’'-]+", text.lower())
    return bool(words) and any(
        t.lower_ == words[-1]
        and t.dep_ == "advmod"
        and (t.lower_ in DEGREE_WORDS or any(c.dep_ == "advmod" for c in t.children))  # not "rose sharply"
        and t.i + 1 < span.end
        and span.doc[t.i + 1].pos_ == "ADP"
        for t in span
    )


def _recurrence(analysed: AnalysedArticle, candidates: Sequence[Sentence]) -> np.ndarray:
    """Per sentence, the mean share (0-1) of its content words the rest of the article repeats
    (each capped at 3 uses). The article is counted once; a sentence's own words are taken off."""
    from collections import Counter

    def lemmas(tokens) -> list[str]:
        return [t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop]

    total = Counter(lemmas(analysed.doc))
    shares = []
    for sentence in candidates:
        span = analysed.span_of(sentence)
        content = lemmas(span) if span is not None else []
        own = Counter(content)
        share = sum(min(total[w] - own[w], 3) for w in content) / (3 * len(content)) if content else 0.0
        shares.append(share)
    return np.array(shares)


# A bullet that is only "He said:" and someone's words, which go on from the sentence before.
_CONTINUED_QUOTE = re.compile(
    r"^\W*(?:he|she|they)\s+(?:said|says|added|adds|explained|told \w+)\s*[:,]\s*[“‘\"']", re.I
)


def _speakerless_quote(text: str) -> bool:
    """True when ``text`` opens on a double quote mark and is all someone's words, with no word
    outside its quotes (:func:`briefgen.read.quote_spans.find_quote_spans`)."""
    text = text.strip()
    if text[:1] not in '“"':
        return False
    outside, last = [], 0
    for span in find_quote_spans(text):
        outside.append(text[last : span.open_mark])
        last = span.close_mark or len(text)
    outside.append(text[last:])
    return not re.search(r"[A-Za-z]", "".join(outside))


def mostly_quoted(text: str) -> bool:
    """True when the sentence opens on a quote or half its words are quoted."""
    if text[:1] in _QUOTE_MARKS:
        return True
    quoted = re.findall(r"[“\"]([^”\"]*)[”\"]|‘([^’]*)’(?!\w)", text)
    quoted = [a or b for a, b in quoted]
    return sum(len(q.split()) for q in quoted) * 2 >= len(text.split())


def _title_share(title: str, sentence: str) -> float:
    """The share (0-1) of the title's names and numbers (capitalised words after the first,
    figures) that ``sentence`` repeats."""
    words = re.findall(r"[\w'’.-]+", title)
    markers = {
        w.strip(".").lower()
        for n, w in enumerate(words)
        if (n and w[:1].isupper()) or any(c.isdigit() for c in w)
    }
    if not markers:
        return 0.0
    found = {w.strip(".").lower() for w in re.findall(r"[\w'’.-]+", sentence)}
    return len(markers & found) / len(markers)
