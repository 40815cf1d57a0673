"""The opener a bullet may lose: a connective or a frame set off by a comma at a sentence's start.

"However,", "In fact,", "On Thursday," or "As a result," only tie a sentence to the one before it
or to its setting, so :mod:`briefgen.condense.compress` always cuts them. Anything else that
opens a sentence says what the sentence holds for, and stays: a view ("Up close, however, the
picture dims", review 202), a scope ("Privately,", "Globally,", "In some instances,"), a hedge
("In a way,", "For the most part,"), a condition ("Under that plan,", "In that case,") or a
clause the parser took for an adverb ("When they finally did,").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..lexicon import TIME_LABELS
from .referents import TIME_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Connectives that only tie a sentence to the one before it.
_OPENERS = _wordset(
    "however meanwhile moreover furthermore additionally also instead still yet but and so now "
    "then thus indeed nevertheless nonetheless actually"
)
# Adverbs an opening adverbial may be made of: links, comments and times that say nothing of
# what the sentence holds for. Not "privately", "normally", "previously", "perhaps", "up close".
_LOOSE_ADVERBS = _OPENERS | _wordset(
    "similarly equally likewise besides rather regardless overall too again finally eventually "
    "ultimately later earlier today tonight yesterday tomorrow recently afterwards subsequently "
    "unfortunately fortunately luckily sadly thankfully happily interestingly incredibly "
    "predictably unsurprisingly surprisingly frankly ironically remarkably notably curiously "
    "oddly tellingly here separately consequently therefore hence accordingly currently importantly "
    "crucially significantly"
)
# What an opening phrase may be about and still only frame its sentence ("For his part,", "In
# comparison,"); about anything else it says what the sentence holds for ("On foreign policy,
# the divide is much closer" is not "The divide is much closer"; "In a statement," is a source).
# Set phrases that only link to the sentence before: "In fact,", "For example," (not "In part,").
_CONNECTIVES = _wordset("fact example instance addition contrast comparison turn short sum course particular")
_FRAMES = _wordset(
    "part fact addition turn contrast comparison course short sum end meantime practice time moment "
    "example instance regard particular words way vein top"
)
# Determiners that make a frame a hedge or a scope: "In a way,", "In some instances,", "For the
# most part,", "In many ways,".
_HEDGING = _wordset("a an some many most certain few several")
# Prepositions whose "this"/"that" phrase only points back to a time or what was said:
# "Despite the warnings,", "After that fiasco,", "At that point," (not "Under that plan,").
_POINTING_BACK = _wordset("after following since at around over during by before")


# The words that tie a time to an adverb: "Later in the day,", "Earlier on Monday," (not "For now,").
_TIME_LINKS = _wordset("in on at of the this that last")


# The opening of a sentence that dates itself by the one before: "Three days later", "A week
# before,", "The next morning", "Later that day", "That same night", "Since then", "Within
# hours" (not "Just minutes before the bill took effect", dated by what follows, nor "Next
# year", counted from now).
_RELATIVE_TIME = re.compile(
    r"^\W*(?:(?:\w+\s+){0,2}?(?:days?|weeks?|months?|years?|hours?|minutes?|moments?|seconds?)\s+"
    r"(?:later\b|earlier\b|(?:before|after)\s*,)"
    r"|the\s+(?:next|following|previous)\s+(?:day|morning|afternoon|evening|night|week|month|year)\b(?!['’])"
    r"|(?:later|earlier)\s+that\s+(?:day|morning|afternoon|evening|night|week|month|year)\b(?!['’])"
    r"|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)\b"
    r"|since\s+then\b|within\s+(?:\w+\s+)?(?:hours|days|minutes|weeks|moments)\b)",
    re.IGNORECASE,
)


def dates_the_next(span: Span) -> bool:
    """Whether the sentence after ``span`` counts its time from it ("[On Saturday,] Sanders
    called…" then "Three days later, …", run 219): the time ``span`` names must stay."""
    return _RELATIVE_TIME.match(span.doc[span.end : span.end + 8].text) is not None


def opener_cut(span: Span, keep: set[int]) -> set[int]:
    """A leading connective or short adverbial set off by a comma ('However,', 'In fact,'), not a
    hedge ('In part,'), a scope ('Privately,') or a view ('Up close,')."""
    kept = [t for t in span if t.i in keep]
    if len(kept) < 6:
        return set()
    first = kept[0]
    if first.lower_ in _OPENERS and first.dep_ in ("advmod", "cc") and kept[1].text == ",":
        return {first.i, kept[1].i}
    joined = first.dep_ == "cc" or (first.lower_ == "however" and kept[1].pos_ in ("PRON", "DET", "PROPN"))
    if first.lower_ in ("and", "but", "yet", "so", "however") and joined and not kept[1].is_punct:
        if first.lower_ == "but" and kept[1].lower_ == "for":
            return set()  # "But for his help, the bank would have failed" is not "For his help…"
        return {first.i}  # "But he said: …", "However she is…" (not "However hard…"): a bullet stands alone
    for n in range(1, 5):
        if n < len(kept) and kept[n].text == ",":
            phrase = kept[:n]
            if (
                phrase[0].dep_ in ("prep", "advmod", "npadvmod")
                and (
                    phrase[1].lemma_.lower() in _CONNECTIVES  # a bare "In fact," whatever the parse
                    if n == 2 and phrase[0].dep_ == "prep" and not phrase[1].ent_type_
                    else phrase[0].head == span.root
                )
                # "During the game, which took place on March 27," goes whole or not at all
                and phrase[0].right_edge.i < kept[n].i
                and not any(t.ent_type_ and t.ent_type_ not in TIME_LABELS for t in phrase)
                and (_frames_only(phrase) if phrase[0].dep_ == "prep" else _loose_adverbial(phrase))
                and not (dates_the_next(span) and any(t.ent_type_ in TIME_LABELS for t in phrase))
            ):
                return {t.i for t in phrase} | {kept[n].i}
            break
    return set()


def _frames_only(phrase: Sequence[Token]) -> bool:
    """True for an opening prepositional phrase about a time, one of :data:`_FRAMES` or what the
    sentences before said ("In this regard,", "Despite the warnings,"), or a role ("As
    president,"): it only ties the sentence to its setting, which a bullet may leave."""
    if phrase[0].lower_ == "as":
        return phrase[1].lower_ != "for"  # "As president,", "As a result," (not "As for the others,")
    if _spans_up_to_now(phrase):
        return False  # "In recent weeks, it has been Trump and Cruz" (review 204): not always
    if any(t.lower_ in _HEDGING for t in phrase[1:]) and not any(t.ent_type_ in TIME_LABELS for t in phrase):
        return False  # "In a way,", "For the most part,", "In some instances,"; not "In a week,"
    if phrase[0].lower_ == "despite" or (
        phrase[0].lower_ in _POINTING_BACK
        and any(t.lower_ in ("this", "that", "these", "those") for t in phrase)
    ):
        return True
    nouns = [t for t in phrase if t.pos_ == "NOUN" or t.ent_type_]
    return any(t.ent_type_ in TIME_LABELS or t.lemma_.lower() in _FRAMES for t in nouns)


def _loose_adverbial(phrase: Sequence[Token]) -> bool:
    """True for an opening adverbial of links, comments and times only ("Meanwhile,", "Sadly,",
    "Later in the day,", "Also last week,"): not a view, scope or hedge ("Up close,",
    "Privately,", "Perhaps ironically,"), nor a name or a clause the parser made an adverb of."""
    for token in phrase:
        time = _names_a_time(token)
        if token.pos_ in ("VERB", "AUX", "PRON", "PROPN") and not time:
            return False  # "When they finally did,", "Then came Dec. 14,", "Kiely,"
        if not (time or token.lower_ in _LOOSE_ADVERBS or token.lower_ in _TIME_LINKS):
            return False
    return True


def _spans_up_to_now(phrase: Sequence[Token]) -> bool:
    """Whether ``phrase`` is a stretch of time up to now ("In recent weeks,", "Over the past
    year,", "For months,") before a perfect ("has been"): it bounds what the sentence says holds."""
    verb = phrase[0].head
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    words = {t.lower_ for t in phrase}
    timed = any(_names_a_time(t) for t in phrase)
    stretch = bool(words & {"recent", "past", "last"}) or phrase[0].lower_ in ("for", "since")
    return perfect and timed and stretch  # not "For his part,", "At the last minute,"


def _names_a_time(token: Token) -> bool:
    """Whether ``token`` is part of a date or time, or a time noun ("weeks", "season")."""
    return token.ent_type_ in TIME_LABELS or token.lemma_.lower() in TIME_NOUNS
