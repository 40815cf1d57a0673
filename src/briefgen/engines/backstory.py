"""When a later statement is set: the past its headline must keep.

A generated headline speaks in the present ("Giant arrows start to be placed across country"),
so a statement set in the past ("…from 1924", "In a study published in July 2010, professors
predicted…") gives a headline only with its time, and one set at a time an earlier sentence
gave ("later that fall") gives none (:func:`backstory`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..condense.parse import sets_in_the_past
from ..lexicon import CALENDAR_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A time counted from one an earlier sentence gave: "later that fall", "that year", "the
# following week", "the day before".
_TOLD_TIME = re.compile(
    r"\b(?:(?:later|earlier)\s+)?that\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year|season"
    r"|spring|summer|fall|autumn|winter)\b(?![-‑])"
    r"|\bthe\s+(?:following|previous|next)\s+(?:day|morning|week|weekend|month|year|season)\b(?![-‑])"
    r"|\bthe\s+(?:day|week|month|year)\s+(?:before|after)\b(?!\s+(?:the|a|an|his|her|their|its)\b)",
    re.IGNORECASE,
)


def backstory(span: Span, quoted: Callable[[int], bool]) -> list[list[str]] | None:
    """The words of each time outside quote marks that sets a statement's main verb in the
    past ("Two years ago, the company…", "won the best director prize at Cannes in 2002"): a
    headline of the statement must keep them, or what happened then reads in the present
    tense as today's news. None for a statement set at a time an earlier sentence gave
    ("When Trudeau took office as prime minister later that fall, the spending plan became
    a centrepiece of his mandate", review 109), which no headline can say. A year inside what
    the verb says ("his first prize since 1979") does not count."""
    settings = []
    root = span.root
    # "started to be placed…, at 10-mile intervals, from 1924": the parser may hang the start on a phrase
    nested = [
        g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "prep" and _began(g)
    ]
    for child in [*root.children, *nested]:
        if child.dep_ not in _TIME_DEPS or (child.lower_ in _REACHING_PREPS and not _began(child)):
            continue
        words = [t for t in child.subtree if not quoted(t.idx)]
        if _TOLD_TIME.search("".join(t.text_with_ws for t in words)):
            return None
        # "In an almost identical study, published in July 2010, professors predicted…": a fronted
        # phrase dated in the past dates the verb (run 220 read a superseded forecast as news)
        fronted = child.dep_ == "prep" and child.i < root.i and any(_past_date(t) for t in words)
        if child.dep_ != "advcl" and (_dated(child) or fronted) and sets_in_the_past(words):
            settings.append([t.lower_ for t in words if _telling_time_word(t)])
    return settings


def _past_date(token: Token) -> bool:
    """A date a phrase puts something at, in the past: "published [in July 2010]"; not a period a
    noun names ("a 2005-2013 study"), a day of this week ("published Monday") or a reach ("since 2010")."""
    placed = token.dep_ == "npadvmod" or (token.dep_ == "pobj" and token.head.lower_ not in _REACHING_PREPS)
    return token.ent_type_ == "DATE" and placed and sets_in_the_past([token.head, *token.subtree])


def _began(prep: Token) -> bool:
    """A "from" that dates when something began, or a past span ("were placed … from 1924", "ran
    from 1924 to 1930"); not, after an object, what the object is from ("a ruling from 2014"), nor
    an amount's start ("from 2 per cent to 3": no date)."""
    objected = any(s.dep_ == "dobj" and s.i < prep.i for s in prep.head.children)  # the object's, likely
    on_verb = prep.head.pos_ in ("VERB", "AUX", "ADP") and not objected
    return prep.lower_ == "from" and on_verb and _dated(prep)


def keeps_setting(headline: str, settings: Sequence[Sequence[str]]) -> bool:
    """Whether ``headline`` keeps the words of every time in ``settings`` (:func:`backstory`)."""
    kept = set(re.findall(r"[\w'’-]+", headline.lower()))
    return all(w in kept for words in settings for w in words if re.fullmatch(r"[\w'’-]+", w))


def _telling_time_word(token: Token) -> bool:
    """A word a headline must keep for its time to stay: a number or a year ("1990s"), "ago",
    "last", a month or a weekday; not "the" or "of", which headline style drops."""
    word = token.lower_
    return any(c.isdigit() for c in word) or token.like_num or word in _TIME_KEYS or word in CALENDAR_WORDS


_TIME_KEYS = frozenset("ago last previous".split())


def _dated(phrase: Token) -> bool:
    """Whether ``phrase`` is itself a time ("in 2002", "two years ago", "last year"), not a
    phrase about something dated ("In a 2005-2013 study published Monday")."""
    times = [phrase] + [c for c in phrase.children if c.dep_ == "pobj"]
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ == "ago" for t in times)


# How a verb's time attaches: "in 2003", "two years ago", "that year", "when he took office".
_TIME_DEPS = frozenset({"prep", "npadvmod", "advmod", "advcl"})
# Times that reach up to now or mark a start, not a past the verb is set in: "since 2014",
# "overturned a ruling from 2014".
_REACHING_PREPS = frozenset({"since", "from", "until", "till", "than"})
