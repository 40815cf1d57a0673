"""Bullets that say again what another bullet says.

A DailyMail story repeats its lead in a photo caption, and a sports report says the same
thing twice in other words ("Given's performances in the FA Cup have given Sherwood plenty to
consider…", "Given's recent performances have given Villa boss Tim Sherwood plenty to ponder
over the coming weeks"). The embeddings catch a caption that copies the lead; these checks
catch the rest: the same words, or the same statement (who did what to what) in other words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import SPEECH_LEMMAS
from .grounding import CURRENCY_UNITS, quantities

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..types import AnalysedArticle, Sentence

# A run of this many words, in order and with a verb, in both bullets says the same thing twice:
# "…suggested that the candidate's incendiary style amounted to an act" after an opening of its
# own (review 103); "campaigns against Communism, abortion and the Equal Rights Amendment" in a
# bullet on her death and one on her campaigns is no repeat.
_SAME_WORDS_RUN = 8
_WORD = re.compile(r"\d+(?:[.,]\d+)*%?|[\w’'-]+")  # "0.5%" is one word, not "0" and "5"
# Significant digits that make a figure exact: "£38,831" is one fact, "$1m" or "2,000" may be two.
_EXACT_DIGITS = 3
# Verbs too general for a statement to be the same one because they are: "is", "has", "says".
_GENERAL_VERBS = SPEECH_LEMMAS | {"be", "have", "do", "get", "make", "go", "come", "take"}


def repeats(analysed: AnalysedArticle, bullet: tuple[Sentence, str], other: tuple[Sentence, str]) -> bool:
    """Whether a bullet (its sentence and text) says what ``other`` says: their word sets
    overlap (Jaccard ≥ 0.7), they give the same exact figure (:func:`_exact_figures`), or their
    sentences make the same statement, the same subject
    doing the same thing to the same object, named not by pronouns ("performances give
    plenty" in both)."""
    words, others = set(bullet[1].lower().split()), set(other[1].lower().split())
    if words and others and len(words & others) / len(words | others) >= 0.7:
        return True
    if _exact_figures(bullet[1]) & _exact_figures(other[1]):
        return True  # "…cost 12 per cent more – or £38,831 –…" and "…which was £38,831 more…" (review 178)
    run = _shared_run(bullet[1], other[1])
    if len(run) >= _SAME_WORDS_RUN:
        span = analysed.span_of(bullet[0])
        told = {
            t.lower_
            for t in span or ()
            if t.tag_ in ("VBD", "VBZ", "VBP", "VBN")
            and t.dep_ not in ("aux", "auxpass")
            and t.lemma_.lower() not in _GENERAL_VERBS  # "…said on Thursday that it would" is a frame
        }
        if told & set(run):
            return True  # a statement twice, not a name or a list both mention
    statements = [_statement(analysed.span_of(s)) for s, _ in (bullet, other)]
    return statements[0] is not None and statements[0] == statements[1]


def _exact_figures(text: str) -> set[tuple[float, str | None]]:
    """The exact figures of ``text``, as value and unit: a sum of money or a number written in
    thousands ("£38,831", "16,500") with at least :data:`_EXACT_DIGITS` significant digits. Two
    bullets that give the same one state the same fact; "$1.25bn" is "$1,250m", not "$1.25M"."""
    figures = set()
    for quantity in quantities(text):
        number = re.search(r"\d+(?:[.,]\d+)*", quantity.text)
        money = quantity.unit in CURRENCY_UNITS
        if number is None or not (money or re.fullmatch(r"\d{1,3}(?:,\d{3})+", number.group())):
            continue
        if len(re.sub(r"\D", "", number.group()).strip("0")) >= _EXACT_DIGITS:
            figures.add((round(quantity.value, 2), quantity.unit))  # "$2.01bn" is "$2,010m"
    return figures


def _shared_run(text: str, other: str) -> list[str]:
    """The longest run of words, in order, that the two texts share (lower case)."""
    a, b = _WORD.findall(text.lower()), _WORD.findall(other.lower())
    longest, end, previous = 0, 0, [0] * (len(b) + 1)
    for i, word in enumerate(a):
        current = [0] * (len(b) + 1)
        for j, there in enumerate(b, 1):
            if word == there:
                current[j] = previous[j - 1] + 1
                if current[j] > longest:
                    longest, end = current[j], i + 1
        previous = current
    return a[end - longest : end]


def _statement(span: Span | None) -> tuple[str, ...] | None:
    """The main verb's subject (its whole name: "Real Madrid", not "Madrid"), the verb with
    its negation and modals ("did not approve" is not "will approve") and its object, as
    lemmas; None when one is missing, a pronoun, or the verb says too little to tell
    statements apart."""
    if span is None:
        return None
    verb = span.root
    if verb.lemma_.lower() in _GENERAL_VERBS:
        return None
    subject = _child(verb, ("nsubj", "nsubjpass"))
    thing = _child(verb, ("dobj", "attr"))
    if subject is None or thing is None or "PRON" in (subject.pos_, thing.pos_):
        return None
    mood = " ".join(c.lower_ for c in verb.children if c.dep_ == "neg" or c.tag_ == "MD")
    return _name(subject), mood, verb.lemma_.lower(), _name(thing)


def _name(noun: Token) -> str:
    """A noun's lemma, or a name's words ("Real Madrid"): the parser's compounds of a common
    noun come and go ("manager plenty"), a name's do not."""
    words = (
        [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if noun.pos_ == "PROPN"
        else []
    )
    return " ".join([*(w.lower_ for w in words), noun.lemma_.lower()])


def _child(verb: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in verb.children if c.dep_ in deps), None)
