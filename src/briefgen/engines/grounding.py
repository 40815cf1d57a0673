"""The grounding check: is a generated bullet or headline stated by the article?

Abstractive models are fluent but invent facts: a number the article never gives,
a person it never mentions, a quote nobody said. Every generated claim passes
four tests before a reader sees it:

1. each number, with its unit, occurs in the article ("5 km" is not "5 miles";
   "3" and "three", "5%" and "5 per cent", "$2m" and "2 million dollars" agree);
2. each named entity (spaCy) occurs in the article, allowing inflection and name
   shortening ("Zelensky" for "Volodymyr Zelensky", "Ukrainian" for "Ukraine"),
   but not a name mixed from two people ("Volodymyr Jinping"); weekday and month
   names count as entities;
3. each quoted phrase occurs in the article, word for word;
4. some article sentence, or two adjacent ones, is similar enough in meaning
   (MiniLM cosine ≥ a threshold calibrated on CNN/DailyMail, see
   ``bench/hf_speed.py --calibrate``).

Checks 1-3 are exact and cheap; 4 catches a claim the article does not make in
words it does contain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..lexicon import CALENDAR_WORDS_NOT_MAY, GROUNDING_TITLES, NAME_PARTICLES

if TYPE_CHECKING:
    from spacy.language import Language

    from ..analyse.embedding import SentenceEmbedder
    from ..types import AnalysedArticle

# Calibrated with bench/hf_speed.py (figures in the README). Bullets: BART's
# summary sentences of cnndm_dev against their own article pass 94.8% at 0.55,
# against another article 0% (the highest such score was 0.50). Headlines are
# shorter, so score lower: at 0.50, 93.3% of headlines_dev titles pass against
# their text and 6.0% against another text (same-topic neighbours).
BULLET_THRESHOLD = 0.55
HEADLINE_THRESHOLD = 0.50

ENTITY_LABELS = frozenset(
    ["PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"]
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "_",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
    if w != "_"
} | {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_UNITS = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pc": "%",
    "percentage points": "pt",
    "points": "pt",
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "mile": "mile",
    "miles": "mile",
    "mph": "mph",
    "kph": "kph",
    "km/h": "kph",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "inches": "in",
    "inch": "in",
    "kg": "kg",
    "kilos": "kg",
    "kilograms": "kg",
    "kilogram": "kg",
    "lb": "lb",
    "lbs": "lb",
    "tonnes": "t",
    "tonne": "t",
    "tons": "t",
    "ton": "t",
    "year": "year",
    "years": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "minutes": "minute",
    "degrees": "deg",
    "degree": "deg",
    "dollars": "$",
    "dollar": "$",
    "usd": "$",
    "pounds": "£",
    "euros": "€",
    "euro": "€",
}
_CURRENCY = {"$": "$", "£": "£", "€": "€", "¥": "¥", "us$": "$"}
CURRENCY_UNITS = frozenset(_CURRENCY.values())  # the unit of a sum of money in a Quantity
_UNIT_RE = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_SCALE_RE = "|".join(sorted(_SCALES, key=len, reverse=True))
_NUMWORD_RE = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?P<cur>US\$|[$£€¥])?\s?"
    rf"(?:(?P<num>\d+(?:[.,]\d+)*)|\b(?P<word>{_NUMWORD_RE})\b)"
    rf"(?:[\s-]?(?P<scale>{_SCALE_RE})\b)?"
    rf"(?:[\s-]?(?P<unit>{_UNIT_RE})(?![\w/]))?",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"|‘([^’]{3,}\s[^’]+)’")


@dataclass(frozen=True)
class Verdict:
    """The outcome of the grounding check for one claim.

    ``sentences`` are the indices of the article sentences that support it best;
    ``reason`` says which test failed, None when ``supported``.
    """

    supported: bool
    reason: str | None
    sentences: tuple[int, ...]
    similarity: float


@dataclass(frozen=True)
class Quantity:
    """A number in text: its value, its unit (normalised) and how it was written."""

    value: float
    unit: str | None
    text: str


def quantities(text: str) -> list[Quantity]:
    """The numbers ``text`` states, with scale words applied and units normalised."""
    found = []
    for match in _QUANTITY.finditer(text):
        if match.group("num"):
            raw = match.group("num")
            # "1,500" is fifteen hundred; "1.5" one and a half
            digits = raw.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw) else raw
            try:
                value = float(digits.replace(",", "."))
            except ValueError:
                continue
        else:
            word = match.group("word").lower()
            if word in ("hundred", "dozen") and not match.group("unit"):
                continue  # "hundreds of", "a dozen" are rarely a claim on their own
            value = float(_NUMBER_WORDS[word])
        scale = (match.group("scale") or "").lower()
        if scale in ("m", "b", "k") and not match.group("cur") and match.group("num") is None:
            scale = ""
        value *= _SCALES.get(scale, 1.0)
        unit = _UNITS.get(re.sub(r"\s+", " ", (match.group("unit") or "").lower()))
        if match.group("cur"):
            unit = _CURRENCY[match.group("cur").lower()]
        found.append(Quantity(value, unit, match.group(0).strip()))
    return found


def words(text: str) -> list[str]:
    """Lower-cased words with possessive 's removed, for matching names and phrases."""
    out = []
    for word in _WORD.findall(text.lower().replace("’", "'")):
        word = re.sub(r"'s$", "", word)
        if word:
            out.append(word)
    return out


def same_word(a: str, b: str) -> bool:
    """True for the same word up to inflection: Ukraine/Ukrainian, China/Chinese, talk/talks."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4:
        return False
    if long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= 0.8 * len(short)


class _ArticleIndex:
    """What the checks look up in one article, computed once."""

    def __init__(self, analysed: AnalysedArticle) -> None:
        tokens = words(analysed.text)
        self.text = " " + " ".join(tokens) + " "
        self.vocabulary = set(tokens)
        self.by_prefix: dict[str, set[str]] = {}
        for token in self.vocabulary:
            self.by_prefix.setdefault(token[:4], set()).add(token)
        self.entities = [(e.label, words(e.text)) for e in analysed.entities]
        self.person_words = {w for label, ws in self.entities if label == "PERSON" for w in ws}
        self.quantities = quantities(analysed.text)

    def has_word(self, word: str) -> bool:
        if word in self.vocabulary:
            return True
        return any(same_word(word, other) for other in self.by_prefix.get(word[:4], ()))

    def has_phrase(self, tokens: Sequence[str]) -> bool:
        return bool(tokens) and f" {' '.join(tokens)} " in self.text


class GroundingChecker:
    """Checks generated claims against their article (see the module docstring)."""

    def __init__(
        self,
        threshold: float = BULLET_THRESHOLD,
        headline_threshold: float = HEADLINE_THRESHOLD,
        *,
        nlp: Language | None = None,
        embedder: SentenceEmbedder | None = None,
    ) -> None:
        self.threshold = threshold
        self.headline_threshold = headline_threshold
        self._nlp = nlp
        self._embedder = embedder

    def check(
        self, analysed: AnalysedArticle, claims: Sequence[str], *, headline: bool = False
    ) -> list[Verdict]:
        """Verdicts for ``claims`` about one article."""
        return self.check_many([(analysed, list(claims), headline)])[0]

    def check_many(self, items: Sequence[tuple[AnalysedArticle, Sequence[str], bool]]) -> list[list[Verdict]]:
        """Verdicts for many (article, claims, are-headlines) items: one parse, one embedding batch."""
        nlp = self._nlp or _load_spacy()
        embedder = self._embedder or _load_embedder()
        flat = [claim for _, claims, _ in items for claim in claims]
        docs = list(nlp.pipe(flat)) if flat else []
        vectors = embedder.encode(flat) if flat else np.zeros((0, 1))
        out: list[list[Verdict]] = []
        n = 0
        for analysed, claims, is_headline in items:
            index = _ArticleIndex(analysed)
            threshold = self.headline_threshold if is_headline else self.threshold
            verdicts = []
            for claim in claims:
                verdicts.append(self._verdict(analysed, index, claim, docs[n], vectors[n], threshold))
                n += 1
            out.append(verdicts)
        return out

    def _verdict(self, analysed, index: _ArticleIndex, claim: str, doc, vector, threshold: float) -> Verdict:
        similarity, support = support_score(analysed.embeddings, vector)
        reason = _number_problem(index, claim) or _entity_problem(index, doc) or _quote_problem(index, claim)
        if reason is None and similarity < threshold:
            reason = f"no article sentence supports it (similarity {similarity:.2f} < {threshold:.2f})"
        return Verdict(reason is None, reason, support, similarity)


def support_score(embeddings: np.ndarray, vector: np.ndarray) -> tuple[float, tuple[int, ...]]:
    """Best cosine of ``vector`` with one article sentence or two adjacent ones (a fused claim)."""
    if len(embeddings) == 0:
        return 0.0, ()
    single = embeddings @ vector
    best = int(np.argmax(single))
    score, support = float(single[best]), (best,)
    if len(embeddings) > 1:
        pairs = embeddings[:-1] + embeddings[1:]
        pairs = pairs / np.linalg.norm(pairs, axis=1, keepdims=True).clip(min=1e-9)
        pair_scores = pairs @ vector
        j = int(np.argmax(pair_scores))
        if float(pair_scores[j]) > score:
            score, support = float(pair_scores[j]), (j, j + 1)
    return score, support


def _number_problem(index: _ArticleIndex, claim: str) -> str | None:
    for q in quantities(claim):
        same_value = [a for a in index.quantities if abs(a.value - q.value) <= 1e-6 * max(1.0, abs(q.value))]
        if not same_value:
            return f"number '{q.text}' is not in the article"
        # An age may be written "47-year-old" or "aged 47"; other units must agree.
        lenient = (q.unit, None) if q.unit == "year" else (q.unit,)
        if q.unit and not any(a.unit in lenient for a in same_value):
            return f"number '{q.text}' is not in the article with that unit"
    return None


def _entity_problem(index: _ArticleIndex, doc) -> str | None:
    for text, label in _names(doc):
        raw = [w for w in words(text) if w not in NAME_PARTICLES]
        core = [w for w in raw if w not in GROUNDING_TITLES]
        if not core or index.has_phrase(raw) or index.has_phrase(core):
            continue
        if _in_one_entity(index, core):
            continue  # name shortening: "Zelensky" of "Volodymyr Zelensky"
        missing = [w for w in core if not index.has_word(w)]
        if missing:
            return f"name '{text}' is not in the article"
        if label in ("PERSON", "PROPN") and _mixes_people(index, core):
            return f"name '{text}' is not in the article (its words name different people)"
    for token in doc:
        if token.lower_ in CALENDAR_WORDS_NOT_MAY and not index.has_word(token.lower_):
            return f"date '{token.text}' is not in the article"
    return None


def _names(doc) -> list[tuple[str, str]]:
    """Named entities, plus runs of proper nouns the recogniser missed ("Volodymyr Jinping")."""
    names = [(e.text, e.label_) for e in doc.ents if e.label_ in ENTITY_LABELS]
    in_entity = {t.i for e in doc.ents for t in e}
    run: list = []
    for token in [*doc, None]:
        if (
            token is not None
            and token.pos_ == "PROPN"
            and token.i not in in_entity
            and token.text[:1].isupper()
        ):
            run.append(token)
            continue
        if run:
            names.append((doc[run[0].i : run[-1].i + 1].text, "PROPN"))
            run = []
    return names


def _mixes_people(index: _ArticleIndex, core: Sequence[str]) -> bool:
    """True when the words of one generated name come from two people's names in the article."""
    people = [ws for label, ws in index.entities if label == "PERSON"]
    if not people:
        return False
    best = max(people, key=lambda ws: sum(any(same_word(w, e) for e in ws) for w in core))
    rest = [w for w in core if not any(same_word(w, e) for e in best)]
    # "Chinese leader Xi" keeps "Chinese", which names nobody; "Volodymyr Jinping" does not.
    return any(w in index.person_words for w in rest)


def _in_one_entity(index: _ArticleIndex, core: Sequence[str]) -> bool:
    for _, entity_words in index.entities:
        if all(any(same_word(w, e) for e in entity_words) for w in core):
            return True
    return False


def _quote_problem(index: _ArticleIndex, claim: str) -> str | None:
    for match in _QUOTED.finditer(claim):
        phrase = next(g for g in match.groups() if g)
        if not index.has_phrase(words(phrase)):
            return f"quote “{phrase.strip()}” is not in the article"
    return None


def _load_spacy():
    from ..analyse.nlp import load_spacy

    return load_spacy()


def _load_embedder():
    from ..analyse.embedding import load_embedder

    return load_embedder()
